import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from kh57desk.db import migrate
from kh57desk.db.models import Plan, Task
from kh57desk.db.session import make_engine, open_database
from kh57desk.errors import DatabaseError

ROOT = Path(__file__).resolve().parents[1]


def test_new_database_has_pragmas_and_head_revision(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    with db.reader() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.head_revision()
    db.close()


def test_failed_transaction_leaves_nothing_behind(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    with pytest.raises(RuntimeError):
        with db.transaction() as session:
            session.add(Plan(number="26/KH-UBND", title="x"))
            session.flush()
            raise RuntimeError("crash in the middle")
    with db.reader() as session:
        assert session.scalars(select(Plan)).all() == []
    db.close()


def test_foreign_keys_are_enforced(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    with pytest.raises(Exception):
        with db.transaction() as session:
            session.add(Task(plan_id=999, content="x"))
    db.close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "kh57desk.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert "không phải cơ sở dữ liệu" in err.value.message
    assert path.read_bytes() == before


def test_an_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError):
        open_database(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contacts"]
    conn.close()


def test_upgrade_from_first_migration_keeps_data_and_backs_up(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO plan (uid, number, title, issuer, schedule, source_file, source_sha256, "
                          "created_at) VALUES ('p1', '26/KH-UBND', 'Kế hoạch', 'UBND tỉnh', '', '', '', "
                          "'2025-02-13 00:00:00')"))
        conn.execute(text(
            "INSERT INTO task (uid, plan_id, ref, position, group_name, content, lead_text, coordinating_text, "
            "deadline_text, deadline_kind, product, note, withdrawn, role, role_reason, created_at, updated_at) "
            "VALUES ('t1', 1, '(1)', 0, 'Quý I', 'Phát động phong trào thi đua chuyển đổi số', 'Sở Nội vụ', '', "
            "'Tháng 3/2025', 'date', '', '', 0, 'lead', '', '2025-01-01', '2025-01-01')"))
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(task)"))]
        assert "search_key" not in columns
    engine.dispose()

    backups = tmp_path / "backups"
    db = open_database(path, backups)
    with db.reader() as session:
        task = session.scalar(select(Task))
        assert task.content == "Phát động phong trào thi đua chuyển đổi số"
        assert "chuyen doi so" in task.search_key and "so noi vu" in task.search_key
        assert session.scalar(select(Plan)).number == "26/KH-UBND"
    db.close()
    copies = list(backups.glob("*.sqlite3"))
    assert len(copies) == 1 and "0001" in copies[0].name
    conn = sqlite3.connect(copies[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_head_constant_matches_the_scripts():
    assert migrate.head_revision() == migrate.script_head()


def test_revision_chain_is_linear():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.config())
    heads = script.get_heads()
    assert len(heads) == 1
    revisions = list(script.walk_revisions())
    assert all(len(r._all_down_revisions) <= 1 for r in revisions)
    assert revisions[-1].down_revision is None


def test_models_match_the_migrations(tmp_path):
    """Autogenerate against a migrated database must find nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from kh57desk.db.models import Base

    db = open_database(tmp_path / "a.sqlite3")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []


def test_killed_writer_leaves_a_clean_database(tmp_path):
    """A process killed in the middle of a transaction loses only that transaction."""
    path = tmp_path / "crash.sqlite3"
    open_database(path).close()
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from kh57desk.db.session import open_database\n"
        "from kh57desk.db.models import Plan\n"
        "db = open_database(Path(sys.argv[1]))\n"
        "with db.transaction() as s:\n"
        "    s.add(Plan(number='1/KH', title='kept'))\n"
        "s = db.sessions()\n"
        "s.begin()\n"
        "s.add(Plan(number='2/KH', title='lost'))\n"
        "s.flush()\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, check=False, timeout=60)
    db = open_database(path)
    with db.reader() as session:
        assert [p.number for p in session.scalars(select(Plan))] == ["1/KH"]
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    db.close()
