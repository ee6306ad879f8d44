"""A workspace is a data folder with its database, attachments, reports and backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kh57desk import paths
from kh57desk.db.session import Database, open_database


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


def open_workspace(data_dir: str | Path | None = None) -> Workspace:
    """Resolve the data folder (``--data-dir`` > env > portable > OS folder), check it is
    writable, and open (creating and migrating) its database."""
    folder = paths.ensure_writable(paths.resolve_data_dir(data_dir))
    db = open_database(paths.database_path(folder), paths.backups_dir(folder))
    return Workspace(folder, db)
