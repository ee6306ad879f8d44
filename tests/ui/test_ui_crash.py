"""The window's crash handler: an error nobody handled (a Qt callback, a thread) is logged with
its traceback, then shown once in Vietnamese; errors while the dialog is open are only logged;
the windowed build's missing stderr changes nothing."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kh57desk import diagnostics
from kh57desk.ui.crash import CrashHandler


@pytest.fixture
def handler(tmp_path):
    diagnostics.setup_logging(tmp_path)
    crash = CrashHandler(tmp_path, show_dialogs=False).install()
    yield crash
    crash.uninstall()


def _log(tmp_path) -> str:
    return (tmp_path / "logs" / "kh57desk.log").read_text(encoding="utf-8")


def test_an_error_in_a_thread_is_logged_and_shown_in_vietnamese(handler, qtbot, tmp_path):
    def work():
        raise KeyError("mã nhiệm vụ")
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(handler.shown), timeout=3_000)
    assert handler.shown == [diagnostics.describe(KeyError("x"), tmp_path)]
    assert "lỗi không mong muốn (KeyError)" in handler.shown[0]
    assert "Traceback" in _log(tmp_path) and "mã nhiệm vụ" in _log(tmp_path)


def test_an_error_in_a_qt_callback_without_stderr(handler, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)  # the windowed (no console) build

    def boom():
        raise OSError(28, "No space left on device")
    handler.excepthook(*_raised(boom))
    qtbot.waitUntil(lambda: bool(handler.shown), timeout=3_000)
    assert handler.shown[0].startswith("Ổ đĩa đã đầy")
    assert "No space left on device" in _log(tmp_path)


def _raised(function):
    try:
        function()
    except BaseException as exc:  # noqa: BLE001 - handed to the hook as Python does
        return type(exc), exc, exc.__traceback__
    raise AssertionError("did not raise")


def test_the_dialog_copies_the_details_and_follow_up_errors_are_only_logged(tmp_path, qtbot):
    crash = CrashHandler(tmp_path).install()
    seen = {}

    def inside_dialog():
        box = crash.box
        seen["text"] = box.text()
        crash.report(ValueError("lỗi thứ hai"))  # while the dialog is open
        QApplication.processEvents()
        seen["second_dialogs"] = sum(isinstance(w, QMessageBox) and w.isVisible() and "ValueError" in w.text()
                                     for w in QApplication.topLevelWidgets())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Chép thông tin lỗi").click()
        box.accept()
    try:
        QTimer.singleShot(200, inside_dialog)
        QTimer.singleShot(8_000, lambda: crash.box is not None and crash.box.reject())  # never hang the run
        crash.report(RuntimeError("lỗi đầu tiên"))
        qtbot.waitUntil(lambda: len(crash.shown) == 2 and not crash.showing, timeout=5_000)
    finally:
        crash.uninstall()
    assert "RuntimeError" in seen["text"]
    assert seen["second_dialogs"] == 0
    assert "lỗi đầu tiên" in QApplication.clipboard().text()
