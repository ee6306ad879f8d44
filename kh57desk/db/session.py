"""Open a database file: check it, back it up, migrate it, and hand out sessions.

Every connection gets WAL, foreign keys and a busy timeout; on a removable drive (a USB
stick, often FAT32) WAL is off and every commit is synced, so pulling the stick out after a
save loses nothing. Paths go to SQLite as objects or encoded URIs, never pasted into a URL
string, so ``%`` and ``#`` in a folder name are just characters. ``Database.transaction()``
is the one way to write: it commits on success and rolls back on any exception, so
nothing half-written survives.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kh57desk import __version__, platform_win
from kh57desk.db import migrate
from kh57desk.errors import DatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _pragmas(removable: bool) -> list[str]:
    journal = ("PRAGMA journal_mode=DELETE", "PRAGMA synchronous=FULL") if removable else \
        ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")
    return [journal[0], "PRAGMA foreign_keys=ON", f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}", journal[1]]


def make_engine(path: Path, removable: bool = False) -> Engine:
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)

    def on_connect(dbapi_conn, _record) -> None:
        cursor = dbapi_conn.cursor()
        for pragma in _pragmas(removable):
            cursor.execute(pragma)
        cursor.close()

    event.listen(engine, "connect", on_connect)
    return engine


def readonly_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only; ``%``, ``#``, ``?`` and spaces are percent-encoded."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database (before touching it)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise DatabaseError(f"Không đọc được tệp cơ sở dữ liệu '{path}': {exc.strerror or exc}.") from None
    if head != SQLITE_MAGIC:
        raise DatabaseError(f"Tệp '{path.name}' không phải cơ sở dữ liệu kh57desk (SQLite); không thay đổi gì.")


def backup_file(source: Path, target_dir: Path, reason: str = "") -> Path:
    """Copy a live database with SQLite's backup API (consistent even while open)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{reason}" if reason else ""
    target = target_dir / f"kh57desk-{stamp}{suffix}.sqlite3"
    partial = target.with_name(target.name + ".partial")  # a full disk never leaves a half copy behind
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
        platform_win.replace(partial, target)  # retried while a scanner holds the new file
    except BaseException:
        platform_win.remove_quietly(partial)
        raise
    finally:
        src.close()
    return target


class Database:
    """An open, migrated database file."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextlib.contextmanager
    def reader(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def version_probe(self):
        """A probe that tells when another program wrote to this database."""
        from kh57desk.db.data_version import DataVersionProbe

        return DataVersionProbe(self.path, readonly_uri(self.path))

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, backups: Path | None = None, removable: bool = False) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``.

    An existing database that needs a migration is first copied to ``backups``. ``removable``:
    the file is on a USB stick (no WAL, full sync).
    """
    check_sqlite_file(path)
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(path, removable)
    try:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
        if existed and has_tables and current is None:
            raise DatabaseError(f"Tệp '{path.name}' là SQLite nhưng không phải cơ sở dữ liệu kh57desk.")
        if current is not None and migrate.is_newer(current):  # no backup: nothing will be changed
            raise DatabaseError(
                f"Cơ sở dữ liệu '{path}' được tạo bởi phiên bản kh57desk mới hơn (lược đồ {current}; phiên bản "
                f"này {__version__} chỉ biết đến {migrate.head_revision()}). Hãy cài phiên bản kh57desk mới nhất; "
                "không thay đổi gì.")
        if current != migrate.head_revision():
            if existed and current is not None and backups is not None:
                backup_file(path, backups, f"truoc-nang-cap-{current}")
            migrate.upgrade(engine)
    except (SADatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DatabaseError(f"Không mở được cơ sở dữ liệu '{path.name}': {exc.orig if hasattr(exc, 'orig') else exc}.") \
            from None
    except DatabaseError:
        engine.dispose()
        raise
    return Database(path, engine)
