"""Every way to a Python traceback that users met now ends in one Vietnamese line (CLI) with
nothing half-written: a database from a newer version, an immutable database file, a full disk
during backup and package export, and any unexpected error (logged, exit code 1)."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest

from kh57desk import diagnostics
from kh57desk.db import session as db_session

DB = "kh57desk.sqlite3"


def _init(cli, data_dir, *extra):
    cli("init", "--agency", "Sở Y tế", "--province", "Hưng Yên", *extra, data_dir=data_dir, check=True)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("error, expected", [
    (OSError(errno.ENOSPC, "No space left on device"), "Ổ đĩa đã đầy"),
    (sqlite3.OperationalError("database or disk is full"), "Ổ đĩa đã đầy"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "chỉ đọc hoặc bị khóa"),
    (OSError(errno.EROFS, "Read-only file system"), "chỉ đọc hoặc bị khóa"),
    (PermissionError(errno.EACCES, "Permission denied", "bao-cao.xlsx"), "Không có quyền ghi 'bao-cao.xlsx'"),
    (sqlite3.OperationalError("database is locked"), "đang bận"),
    (sqlite3.DatabaseError("database disk image is malformed"), "bị hỏng"),
])
def test_known_causes_get_a_plain_sentence(error, expected):
    wrapped = RuntimeError("while saving")
    wrapped.__cause__ = error  # found through the exception chain, as SQLAlchemy wraps sqlite3's errors
    assert expected in diagnostics.known_cause(wrapped)
    assert diagnostics.known_cause(ValueError("x")) is None


def test_an_unexpected_error_names_the_log(tmp_path):
    message = diagnostics.describe(KeyError("x"), tmp_path)
    assert message.startswith("Đã xảy ra lỗi không mong muốn (KeyError)")
    assert str(tmp_path / "logs" / "kh57desk.log") in message


def test_a_database_from_a_newer_version_is_refused_without_a_backup(cli, data_dir):
    _init(cli, data_dir)
    connection = sqlite3.connect(data_dir / DB)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()  # the last connection checkpoints the WAL into the file
    before = _digest(data_dir / DB)
    backups = sorted((data_dir / "backups").glob("*")) if (data_dir / "backups").exists() else []
    for _attempt in range(2):
        result = cli("tasks", data_dir=data_dir)
        assert result.returncode == 2
        assert "phiên bản kh57desk mới hơn" in _one_line(result.stderr)
    assert _digest(data_dir / DB) == before
    after = sorted((data_dir / "backups").glob("*")) if (data_dir / "backups").exists() else []
    assert after == backups  # no useless backup per attempt


def test_an_immutable_database_file_gives_one_line(cli, data_dir):
    _init(cli, data_dir)
    database = data_dir / DB
    if subprocess.run(["chattr", "+i", str(database)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available on this file system")
    try:
        before = _digest(database)
        result = cli("demo", data_dir=data_dir)
        assert result.returncode in (1, 2)
        line = _one_line(result.stderr)
        assert line.startswith("Lỗi: ")
        assert _digest(database) == before
    finally:
        subprocess.run(["chattr", "-i", str(database)], check=True)


def test_an_unexpected_error_in_a_command_is_one_line_exit_1_and_logged(data_dir, monkeypatch, capsys):
    from kh57desk import cli
    from kh57desk.cli import core_commands

    def broken(_args):
        raise RuntimeError("hỏng bất ngờ")
    monkeypatch.setattr(core_commands, "cmd_periods", broken)
    code = cli.main(["--data-dir", str(data_dir), "periods"])
    assert code == 1
    line = _one_line(capsys.readouterr().err)
    assert "lỗi không mong muốn (RuntimeError)" in line and "kh57desk.log" in line
    log = (data_dir / "logs" / "kh57desk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "hỏng bất ngờ" in log


def test_a_full_disk_during_backup_leaves_no_partial_copy(data_dir, workspace, monkeypatch):
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, connection):
            self.connection = connection

        def backup(self, target):
            target.execute("CREATE TABLE half(x)")
            target.commit()
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self.connection.close()

    def connect(target, *args, **kwargs):
        connection = real_connect(target, *args, **kwargs)
        return FullDisk(connection) if kwargs.get("uri") else connection
    monkeypatch.setattr(db_session.sqlite3, "connect", connect)
    with pytest.raises(sqlite3.OperationalError):
        db_session.backup_file(workspace.db.path, data_dir / "backups", "thu")
    assert list((data_dir / "backups").iterdir()) == []


def test_packages_of_a_failed_export_are_removed_and_numbers_not_reused(tmp_path, monkeypatch):
    from kh57desk.app import sync as sync_app
    from kh57desk.services import plan_apply, sample_plan, settings as settings_service, setup
    from kh57desk.sync import container
    from kh57desk.workspace import open_workspace

    ws = open_workspace(tmp_path / "so-khcn")
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        plan_apply.apply(session, sample_plan.load_draft())
    real_write = container.write_package
    written = []

    def write_then_fill_the_disk(target, *args, **kwargs):
        if len(written) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(real_write(target, *args, **kwargs))
        return written[-1]
    monkeypatch.setattr(container, "write_package", write_then_fill_the_disk)
    out = tmp_path / "goi"
    with pytest.raises(OSError):
        sync_app.export_tasks(ws, out)
    assert len(written) == 3 and not any(path.exists() for path in written)
    assert list(out.iterdir()) == []
    with ws.db.reader() as session:
        assert settings_service.load(session).package_sequence == 0  # rolled back with the files
    monkeypatch.setattr(container, "write_package", real_write)
    results = sync_app.export_tasks(ws, out)
    assert len(results) > 3 and all(r.path.exists() for r in results)
    ws.close()
