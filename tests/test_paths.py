import os
from pathlib import Path

import pytest

from kh57desk import paths
from kh57desk.errors import DataDirError


def test_order_cli_then_env_then_portable_then_os(tmp_path):
    base = tmp_path / "program"
    base.mkdir()
    env = {paths.ENV_VAR: str(tmp_path / "env")}
    assert paths.resolve_data_dir(tmp_path / "cli", env, base) == tmp_path / "cli"
    assert paths.resolve_data_dir(None, env, base) == tmp_path / "env"
    assert "kh57desk" in str(paths.resolve_data_dir(None, {}, base))
    (base / paths.PORTABLE_MARKER).write_text("")
    assert paths.resolve_data_dir(None, {}, base) == base / paths.PORTABLE_FOLDER


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_unwritable_folder_gives_a_vietnamese_message(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataDirError) as err:
            paths.ensure_writable(folder)
        assert "Không ghi được" in err.value.message
    finally:
        folder.chmod(0o700)


def test_a_file_in_place_of_the_folder_is_refused(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError) as err:
        paths.ensure_writable(blocker / "sub")
    assert "Không ghi được vào thư mục dữ liệu" in err.value.message
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs /proc (Linux)")
def test_a_folder_nobody_can_create_is_refused_even_for_root():
    with pytest.raises(DataDirError) as err:
        paths.ensure_writable(Path("/proc/kh57desk-data"))
    assert "/proc/kh57desk-data" in err.value.message


def test_a_folder_the_user_moved_to_is_remembered_for_window_and_command_line(tmp_path):
    pointer = tmp_path / "config" / "data-folder.txt"
    moved = tmp_path / "D" / "kh57 dữ liệu"
    moved.mkdir(parents=True)
    base = tmp_path / "program"
    base.mkdir()
    assert paths.resolve_data_dir(None, {}, base, pointer) != moved
    paths.remember_data_dir(moved, pointer)
    # remembered, but only used once the folder really holds a database
    assert paths.resolve_data_dir(None, {}, base, pointer) != moved
    (moved / paths.DB_FILE).write_bytes(b"")
    assert paths.resolve_data_dir(None, {}, base, pointer) == moved.resolve()
    # --data-dir and the environment variable still win
    assert paths.resolve_data_dir(tmp_path / "cli", {}, base, pointer) == tmp_path / "cli"
    assert paths.resolve_data_dir(None, {paths.ENV_VAR: str(tmp_path / "env")}, base, pointer) == tmp_path / "env"


def test_cli_follows_the_remembered_folder(tmp_path, monkeypatch):
    from tests.conftest import run_cli

    moved = tmp_path / "moved"
    assert run_cli("init", "--agency", "Sở Y tế", data_dir=moved).returncode == 0
    paths.remember_data_dir(moved)  # the user's config folder is a temporary one in tests
    result = run_cli("tasks", "--json")
    assert result.returncode == 0, result.stderr
    assert (moved / paths.DB_FILE).exists()
