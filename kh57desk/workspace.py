"""A workspace is a data folder with its database, attachments, reports and backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kh57desk import paths, platform_win
from kh57desk.db.session import Database, open_database
from kh57desk.errors import DataDirError


@dataclass
class Workspace:
    data_dir: Path
    db: Database

    @property
    def backups(self) -> Path:
        return paths.backups_dir(self.data_dir)

    @property
    def attachments(self) -> Path:
        return paths.attachments_dir(self.data_dir)

    @property
    def reports(self) -> Path:
        return paths.reports_dir(self.data_dir)

    def close(self) -> None:
        self.db.close()


def check_drive(folder: Path) -> str:
    """The drive kind of ``folder``; a network drive is refused (SQLite's locking needs one machine)."""
    kind = platform_win.drive_kind(Path(folder).absolute())  # a relative path run from a mapped drive counts too
    if kind == platform_win.NETWORK:
        raise DataDirError(platform_win.network_refusal(folder))
    return kind


def open_workspace(data_dir: str | Path | None = None) -> Workspace:
    """Resolve the data folder (``--data-dir`` > env > portable > remembered > OS folder), check it
    is on this machine and writable, and open (creating and migrating) its database. A remembered
    folder that is gone is refused rather than silently replaced by the default one. On a removable
    drive (USB stick) the database runs without WAL and with full sync, so unplugging loses nothing."""
    located = paths.locate(data_dir)
    if located.missing is not None:
        raise DataDirError(paths.missing_folder_message(located.missing))
    kind = check_drive(located.folder)
    folder = paths.ensure_writable(located.folder)
    db = open_database(paths.database_path(folder), paths.backups_dir(folder),
                       removable=kind == platform_win.REMOVABLE)
    return Workspace(folder, db)
