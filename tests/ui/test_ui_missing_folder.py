"""A remembered data folder that is gone: the window names it and offers retry, another folder,
the default folder or quitting; nothing is created before the user chooses."""

from __future__ import annotations

import pytest

from kh57desk import paths
from kh57desk.ui import missing_folder_dialog as missing


@pytest.fixture
def gone(tmp_path):
    folder = tmp_path / "USB" / "kh57desk-data"
    paths.remember_data_dir(folder)
    return folder.resolve()


def test_default_folder_is_chosen_and_the_memory_forgotten(gone):
    asked = []
    folder = missing.resolve_data_dir(None, ask=lambda m, d: asked.append((m, d)) or missing.DEFAULT)
    assert asked == [(gone, paths.default_data_dir())]
    assert folder == paths.default_data_dir() and paths.remembered_data_dir() is None


def test_another_folder_is_chosen_and_remembered(gone, tmp_path):
    other = tmp_path / "Tài liệu" / "kh57"
    other.mkdir(parents=True)
    starts = []
    folder = missing.resolve_data_dir(None, ask=lambda m, d: missing.CHOOSE,
                                      browse=lambda start: starts.append(start) or str(other))
    assert folder == other.resolve() and paths.remembered_data_dir() == other.resolve()
    assert starts == [gone.parent]


def test_retry_after_the_stick_is_plugged_in(gone):
    answers = []

    def ask(m, d):
        answers.append(m)
        gone.mkdir(parents=True)
        (gone / paths.DB_FILE).write_bytes(b"")  # the user plugged the stick in, then pressed Thử lại
        return missing.RETRY

    assert missing.resolve_data_dir(None, ask=ask) == gone and answers == [gone]


def test_quit_or_a_cancelled_browse(gone):
    assert missing.resolve_data_dir(None, ask=lambda m, d: missing.QUIT) is None
    answers = iter([missing.CHOOSE, missing.QUIT])
    assert missing.resolve_data_dir(None, ask=lambda m, d: next(answers), browse=lambda start: "") is None
    assert paths.remembered_data_dir() == gone  # nothing changed
    assert not paths.default_data_dir().joinpath(paths.DB_FILE).exists()


def test_command_line_folder_is_never_questioned(gone, tmp_path):
    assert missing.resolve_data_dir(str(tmp_path / "cli"), ask=lambda m, d: pytest.fail("asked")) == tmp_path / "cli"


def test_the_dialog_names_the_folder_and_maps_its_buttons(qapp, gone):
    dialog = missing.MissingFolderDialog(gone, paths.default_data_dir())
    assert str(gone) in dialog.text() and str(paths.default_data_dir()) in dialog.informativeText()
    assert "thư mục đã bị xóa" in dialog.text()
    assert dialog.choice == missing.QUIT  # closed without an answer
    for name, button in dialog.buttons.items():
        dialog.clickedButton = lambda button=button: button
        assert dialog.choice == name


def test_window_start_with_a_missing_folder_then_quit(qapp, gone, monkeypatch):
    from kh57desk.ui import app

    monkeypatch.setattr(missing, "_ask", lambda m, d: missing.QUIT)
    assert app.main(["kh57desk"]) == 0
    assert not paths.default_data_dir().exists()


def test_window_starts_on_a_data_folder_with_percent_and_hash(qapp, tmp_path):
    """The window's own start (main → data folder → database → main window) on such a folder."""
    from kh57desk.ui import app
    from tests.conftest import run_cli

    folder = tmp_path / "Nguyễn Văn A %41 #1" / "dữ liệu"
    run_cli("demo", data_dir=folder, check=True)
    assert app.main(["kh57desk", "--data-dir", str(folder), "--exit-when-ready"]) == 0
    log = (folder / "logs" / "kh57desk.log").read_text(encoding="utf-8")
    assert f"data folder {folder}" in log
    assert not (tmp_path / "Nguyễn Văn A A #1").exists()
