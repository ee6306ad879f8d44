"""Backups of the database file: make, list, restore."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kh57desk import platform_win
from kh57desk.db.session import SQLITE_MAGIC, backup_file
from kh57desk.errors import InputError
from kh57desk.workspace import Workspace


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created: dt.datetime


def create(workspace: Workspace, reason: str = "thu-cong") -> BackupInfo:
    target = backup_file(workspace.db.path, workspace.backups, reason)
    return _info(target)


def _info(path: Path) -> BackupInfo:
    stat = path.stat()
    return BackupInfo(path, stat.st_size, dt.datetime.fromtimestamp(stat.st_mtime))


def list_backups(workspace: Workspace) -> list[BackupInfo]:
    if not workspace.backups.exists():
        return []
    return sorted((_info(p) for p in workspace.backups.glob("kh57desk-*.sqlite3")),
                  key=lambda b: b.created, reverse=True)


def held_elsewhere(database: Path) -> bool:
    """True while another connection writes to ``database`` or reads in a transaction: we cannot
    take the write lock, or a full checkpoint is blocked by its readers. Our own connections
    must be closed before asking."""
    try:
        connection = sqlite3.connect(database, timeout=0.2, isolation_level=None)
    except sqlite3.Error:
        return True
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return bool(busy)
    except sqlite3.OperationalError:  # "database is locked": someone else holds it
        return True
    finally:
        connection.close()


def restore(workspace: Workspace, backup: Path) -> BackupInfo:
    """Replace the database with ``backup`` after backing up the current one. The caller must
    reopen the workspace afterwards. Returns the safety backup of the replaced database."""
    backup = Path(backup)
    try:
        with backup.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                raise InputError(f"Tệp '{backup.name}' không phải bản sao lưu kh57desk.")
    except OSError:
        raise InputError(f"Không đọc được bản sao lưu '{backup}'.") from None
    workspace.db.close()
    target = workspace.db.path
    if held_elsewhere(target):
        raise InputError("Một chương trình khác (lệnh kh57 hoặc cửa sổ kh57desk khác) đang dùng cơ sở dữ liệu này; "
                         "đợi lệnh đó xong hoặc đóng chương trình đó rồi khôi phục lại. Không thay đổi gì.")
    safety = create(workspace, "truoc-khoi-phuc")
    workspace.db.close()
    for suffix in ("-wal", "-shm"):  # retried: a scanner may still hold them for a moment
        platform_win.unlink(f"{target}{suffix}")
    tmp = target.with_suffix(".restoring")
    shutil.copyfile(backup, tmp)
    platform_win.replace(tmp, target)
    return safety
