"""One place resolves the data folder for the window and the CLI: a remembered folder that is gone,
portable mode before the remembered folder, network drives refused, USB sticks without WAL,
``%`` and ``#`` in the folder's path."""

from __future__ import annotations

import sqlite3

import pytest

from kh57desk import paths, platform_win, workspace
from kh57desk.db import migrate
from kh57desk.errors import DataDirError

ODD_FOLDER = "Nguyễn Văn A %41 #1/dữ liệu"  # spaces, diacritics, a URI escape and a fragment mark


@pytest.fixture
def program(tmp_path):
    base = tmp_path / "program"
    base.mkdir()
    return base


def test_remembered_folder_with_its_database_is_used(tmp_path, program):
    pointer, moved = tmp_path / "config" / "data-folder.txt", tmp_path / "E" / "kh57"
    moved.mkdir(parents=True)
    (moved / paths.DB_FILE).write_bytes(b"")
    paths.remember_data_dir(moved, pointer)
    located = paths.locate(None, {}, program, pointer)
    assert (located.folder, located.source, located.missing) == (moved.resolve(), paths.REMEMBERED, None)


def test_remembered_folder_that_is_gone_is_named_not_replaced(tmp_path, program):
    pointer, moved = tmp_path / "config" / "data-folder.txt", tmp_path / "E" / "kh57"
    paths.remember_data_dir(moved, pointer)
    located = paths.locate(None, {}, program, pointer)
    assert located.source == paths.DEFAULT and located.folder == paths.default_data_dir()
    assert located.missing == moved.resolve()
    # forgetting it (the user chose the default folder) ends the question
    paths.forget_data_dir(pointer)
    assert paths.locate(None, {}, program, pointer).missing is None


def test_portable_mode_wins_over_a_remembered_folder(tmp_path, program):
    pointer, moved = tmp_path / "config" / "data-folder.txt", tmp_path / "D" / "kh57"
    moved.mkdir(parents=True)
    (moved / paths.DB_FILE).write_bytes(b"")
    paths.remember_data_dir(moved, pointer)
    (program / paths.PORTABLE_MARKER).write_text("")
    located = paths.locate(None, {}, program, pointer)
    assert (located.folder, located.source) == (program / paths.PORTABLE_FOLDER, paths.PORTABLE)


def test_remembering_the_default_folder_is_not_a_missing_folder(tmp_path, program):
    pointer = tmp_path / "config" / "data-folder.txt"
    paths.remember_data_dir(paths.default_data_dir(), pointer)
    assert paths.locate(None, {}, program, pointer).missing is None


@pytest.mark.parametrize("folder, windows, drives, hint", [
    (r"E:\kh57desk-data", True, {}, "không có ổ E:"),
    (r"E:\kh57desk-data", True, {"E:\\": 2}, "USB chưa cắm"),
    (r"\\server\share\kh57", True, {}, "ổ mạng chưa kết nối"),
    (r"C:\Users\An\kh57", True, {"C:\\": 3}, "đã bị xóa"),
    ("/media/an/USB/kh57", False, {}, "USB hoặc ổ mạng"),
])
def test_missing_folder_hint(folder, windows, drives, hint):
    assert hint in platform_win.missing_folder_hint(folder, windows, lambda root: drives.get(root, 1))


def test_cli_refuses_a_remembered_folder_that_is_gone(tmp_path):
    from tests.conftest import run_cli

    gone = tmp_path / "USB" / "kh57desk-data"
    paths.remember_data_dir(gone)  # the user's configuration folder is a temporary one in tests
    try:
        result = run_cli("tasks", "--json")
    finally:
        paths.forget_data_dir()
    assert result.returncode == 2
    assert str(gone) in result.stderr and "--data-dir" in result.stderr
    assert not paths.default_data_dir().joinpath(paths.DB_FILE).exists()


def test_network_folder_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    target = tmp_path / "Z" / "kh57"
    monkeypatch.setattr(platform_win, "drive_kind", lambda path: platform_win.NETWORK)
    with pytest.raises(DataDirError) as err:
        workspace.open_workspace(target)
    assert "ổ mạng" in err.value.message and str(target) in err.value.message
    assert not target.exists()


def test_removable_drive_runs_without_wal_and_with_full_sync(tmp_path, monkeypatch):
    monkeypatch.setattr(platform_win, "drive_kind", lambda path: platform_win.REMOVABLE)
    ws = workspace.open_workspace(tmp_path / "USB")
    try:
        with ws.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        ws.close()
    assert not (tmp_path / "USB" / f"{paths.DB_FILE}-wal").exists()
    monkeypatch.setattr(platform_win, "drive_kind", lambda path: platform_win.FIXED)
    ws = workspace.open_workspace(tmp_path / "USB")  # the same database back on a fixed disk
    try:
        with ws.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    finally:
        ws.close()


def test_odd_characters_in_the_data_folder(tmp_path):
    folder = tmp_path / ODD_FOLDER
    ws = workspace.open_workspace(folder)
    try:
        from kh57desk.services import backups

        backup = backups.create(ws)
    finally:
        ws.close()
    assert (folder / paths.DB_FILE).is_file() and not (tmp_path / "Nguyễn Văn A A #1").exists()
    assert backup.path.parent == folder / "backups"
    with sqlite3.connect(backup.path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.HEAD,)


def test_percent_in_the_install_path_does_not_break_migrations(tmp_path, monkeypatch):
    import shutil

    installed = tmp_path / "Chương trình 100% #2" / "migrations"
    shutil.copytree(migrate.MIGRATIONS, installed)
    monkeypatch.setattr(migrate, "MIGRATIONS", installed)
    assert migrate.script_head() == migrate.HEAD
    ws = workspace.open_workspace(tmp_path / "data")
    try:
        with ws.db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
    finally:
        ws.close()


def _journey(tmp_path, data_dir, env=None, command_prefix=None):
    """init, import the reference plan's appendix, record progress, generate the PDF report."""
    from pypdf import PdfReader

    from plan_fixtures import appendix_xlsx
    from tests.conftest import run_cli

    appendix = tmp_path / "Phụ lục #1 100%.xlsx"
    appendix_xlsx(appendix)
    run = (lambda *args: run_cli(*args, data_dir=data_dir, env=env, check=True)) if command_prefix is None else \
        (lambda *args: _run_from(command_prefix, data_dir, env, *args))
    assert "Đã khởi tạo cho Sở Nội vụ" in run("init", "--agency", "Sở Nội vụ").stdout
    assert "thêm 94" in run("import", str(appendix)).stdout
    saved = run("progress", "(1)", "--period", "2025-Q2", "--state", "hoàn thành", "--completed", "25/3/2025").stdout
    assert "nhiệm vụ (1)" in saved and "Đã hoàn thành" in saved and "25/03/2025" in saved
    out = tmp_path / "Báo cáo #2 100%.pdf"
    run("report", "--period", "2025-Q2", "--format", "pdf", "--out", str(out), "--today", "20/6/2025")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "BÁO CÁO" in text and "Phát động phong trào thi đua" in text
    assert (data_dir / paths.DB_FILE).is_file()


def _run_from(program_folder, data_dir, env, *args):
    import os
    import subprocess
    import sys

    full_env = {k: v for k, v in os.environ.items() if k != paths.ENV_VAR}
    full_env.update(env or {}, PYTHONPATH=str(program_folder), PYTHONIOENCODING="utf-8")
    result = subprocess.run([sys.executable, "-m", "kh57desk.cli", "--data-dir", str(data_dir), *args],
                            capture_output=True, text=True, encoding="utf-8", env=full_env, cwd=program_folder,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def test_cli_journey_with_percent_and_hash_in_the_data_folder(tmp_path):
    _journey(tmp_path, tmp_path / ODD_FOLDER)


def test_cli_journey_installed_under_a_path_with_percent_and_hash(tmp_path):
    import shutil
    from pathlib import Path

    import kh57desk

    source = Path(kh57desk.__file__).resolve().parent.parent
    program = tmp_path / "Chương trình 100% #2" / "kh57desk"
    shutil.copytree(source / "kh57desk", program / "kh57desk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(source / "resources", program / "resources")
    _journey(tmp_path, tmp_path / ODD_FOLDER, command_prefix=program)
