"""Move the data folder: copy everything, check the copy, then open it there.

Everything in the folder goes (attachments, reports, backups, signature and seal images, the
trusted-CA list, packages sent and received, logs…) except the live database files, which are
copied consistently with SQLite's backup API instead. Every copied file is then compared with
its original (size and SHA-256) and the new database is checked, before the program switches.
The old folder is left as it was; a failed copy leaves the target as empty as it was found.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kh57desk import paths, platform_win
from kh57desk.db.session import backup_file
from kh57desk.errors import InputError
from kh57desk.workspace import Workspace, check_drive, open_workspace

SKIPPED_PREFIXES = (".write-test-",)  # probes of paths.ensure_writable, not data


@dataclass(frozen=True)
class CopiedFolder:
    files: int
    size: int


def _live_database_files(data_dir: Path) -> set[Path]:
    database = paths.database_path(data_dir)
    return {database, *(Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal"))}


def _files_to_copy(source: Path) -> list[Path]:
    live = _live_database_files(source)
    found = []
    for folder, _dirs, files in os.walk(source):
        for name in files:
            path = Path(folder) / name
            if path not in live and not name.startswith(SKIPPED_PREFIXES) and not path.is_symlink():
                found.append(path)
    return sorted(found)


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def copy_folder(source: Path, target: Path) -> CopiedFolder:
    """Copy every file of ``source`` but the live database into ``target``, then compare each
    copy with its original; OSError or InputError when anything differs."""
    files = _files_to_copy(source)
    size = 0
    for path in files:
        copy = target / path.relative_to(source)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, copy)
        size += path.stat().st_size
    for path in files:
        copy = target / path.relative_to(source)
        if copy.stat().st_size != path.stat().st_size or _digest(copy) != _digest(path):
            raise InputError(f"Bản chép của '{path.relative_to(source)}' khác bản gốc.")
    return CopiedFolder(len(files), size)


def _check_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    if verdict != "ok":
        raise InputError(f"Bản chép cơ sở dữ liệu bị lỗi ({verdict}).")


def _refuse(source: Path, target: Path) -> None:
    source, resolved = source.resolve(), target.resolve()
    if resolved == source:
        raise InputError("Đây đã là thư mục dữ liệu đang dùng.")
    if source in resolved.parents:
        raise InputError("Không chuyển thư mục dữ liệu vào bên trong chính nó; hãy chọn thư mục ở chỗ khác.")
    if target.exists() and any(target.iterdir()):
        raise InputError(f"Thư mục '{target}' không trống. Hãy chọn hoặc tạo một thư mục trống.")


def move_data_folder(ws: Workspace, target: Path) -> tuple[Workspace, CopiedFolder]:
    """Copy the data folder of ``ws`` into the empty folder ``target``, verify it, open it there."""
    target = Path(target)
    _refuse(ws.data_dir, target)
    check_drive(target)  # a network drive is refused with its reason
    existed = target.exists()
    paths.ensure_writable(target)
    try:
        copied = copy_folder(ws.data_dir, target)
        database = backup_file(ws.db.path, target, "chuyen-thu-muc")
        _check_database(database)
        platform_win.replace(database, paths.database_path(target))
    except (OSError, sqlite3.Error, InputError) as exc:
        for child in list(target.iterdir()):
            platform_win.remove_quietly(child)
        if not existed:
            platform_win.remove_quietly(target)
        reason = exc.message if isinstance(exc, InputError) else (getattr(exc, "strerror", None) or exc)
        raise InputError(f"Không chép được dữ liệu sang '{target}': {reason}. Thư mục cũ vẫn dùng được.") \
            from None
    return open_workspace(target), copied
