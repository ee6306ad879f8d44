"""A restore never pulls the database from under another program: the window running on the
folder (found through its single-instance socket) or a command holding the database (found by
failing to take SQLite's write lock or a full checkpoint). Otherwise it works from the CLI too."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from kh57desk.app import settings as settings_app
from kh57desk.errors import InputError


def _digest(path) -> str:
    """The database's content (a checkpoint may move bytes between the WAL and the file)."""
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode("utf-8")).hexdigest()
    finally:
        connection.close()


def _tasks(cli, data_dir) -> int:
    listed = json.loads(cli("tasks", "--json", data_dir=data_dir, check=True).stdout)
    return len(listed["tasks"]) + listed["hidden_related"]  # every task in the database, liên quan (chung) too


def test_restore_from_the_command_line(cli, data_dir):
    cli("init", "--agency", "Sở Nội vụ", "--province", "Hưng Yên", data_dir=data_dir, check=True)
    cli("backup", data_dir=data_dir, check=True)
    [backup] = list((data_dir / "backups").glob("*.sqlite3"))
    cli("demo", data_dir=data_dir, check=True)
    assert _tasks(cli, data_dir) == 94
    listing = cli("restore", "--list", data_dir=data_dir, check=True).stdout
    assert backup.name in listing
    result = cli("restore", str(backup), data_dir=data_dir, check=True)
    assert "Đã khôi phục" in result.stdout
    assert _tasks(cli, data_dir) == 0
    assert len(list((data_dir / "backups").glob("*truoc-khoi-phuc*"))) == 1  # what was replaced is kept


def test_restore_is_refused_while_the_window_runs_on_the_folder(cli, data_dir, qapp):
    from kh57desk.ui.single_instance import InstanceServer

    cli("init", "--agency", "Sở Nội vụ", data_dir=data_dir, check=True)
    cli("backup", data_dir=data_dir, check=True)
    [backup] = list((data_dir / "backups").glob("*.sqlite3"))
    cli("demo", data_dir=data_dir, check=True)
    server = InstanceServer(data_dir)
    assert server.listen()
    try:
        result = cli("restore", str(backup), data_dir=data_dir)
    finally:
        server.close()
    assert result.returncode == 2
    assert "Cửa sổ kh57desk đang mở" in result.stderr and "Traceback" not in result.stderr
    assert _tasks(cli, data_dir) == 94


@pytest.mark.parametrize("hold", ["writer", "reader"])
def test_restore_is_refused_while_another_connection_holds_the_database(demo_workspace, hold):
    backup = settings_app.backups.create(demo_workspace, "thu").path
    database = demo_workspace.db.path
    other = sqlite3.connect(database, isolation_level=None)
    try:
        if hold == "writer":
            other.execute("BEGIN IMMEDIATE")
        else:
            other.execute("BEGIN")
            other.execute("SELECT count(*) FROM task").fetchone()
        before = _digest(database)
        with pytest.raises(InputError, match="đang dùng cơ sở dữ liệu này"):
            settings_app.restore_backup(demo_workspace, backup)
        assert _digest(database) == before
        assert not list(demo_workspace.backups.glob("*truoc-khoi-phuc*"))
    finally:
        other.execute("ROLLBACK")
        other.close()
