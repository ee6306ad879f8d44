"""Alembic, driven from code: the migration scripts ship inside the package.

Opening an up-to-date database must not pay for Alembic (it reads every script): the head
revision is a constant here, checked against the scripts by a test, and Alembic is imported
only when an upgrade is really needed.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0009"  # the newest script in migrations/versions (tests/test_database.py checks it)


def config():
    from alembic.config import Config

    cfg = Config()
    # the ini-style options interpolate "%": a "%" in the install path must be doubled
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return HEAD


def known_revisions() -> set[str]:
    """The revisions this version ships, from the scripts' file names (``0003_sync.py``)."""
    return {path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def is_newer(revision: str) -> bool:
    """True for a database made by a newer kh57desk: a revision unknown here."""
    return revision not in known_revisions()


def script_head() -> str:
    """The head according to the scripts themselves (slow: reads them all)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    if "alembic_version" not in inspect(conn).get_table_names():
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
