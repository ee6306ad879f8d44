"""Drive the real program from inside its own event loop.

A journey is a generator: it acts on what is on screen, then yields a predicate and is resumed
when that predicate holds (polled every 25 ms on the GUI thread). The program runs exactly as a
user starts it, through ``kh57desk.ui.app.main`` and ``app.exec()``; the journey ends by closing
the main window, as a user does. A step that fails, or a wait longer than its timeout, stops the
program and the test reports it with the step's traceback.
"""

from __future__ import annotations

import time
import traceback

import pytest
from typing_keys import type_text  # noqa: F401 - the journeys type with it
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

POLL_MS = 25
WATCHDOG_S = 240


@pytest.fixture(autouse=True)
def private_ui_settings(qapp, tmp_path):
    """Window geometry and the remembered data folder go to this test's own INI file (imported by
    every journey module, which makes it apply there)."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield tmp_path / "qsettings"


@pytest.fixture(params=["dữ liệu", "Nguyễn Văn A %41 #1/dữ liệu"], ids=["plain", "percent-hash"])
def data_dir(request, tmp_path):
    """Each journey runs twice: in a Vietnamese folder name, and in one whose path also holds a
    space, ``%`` (a URI escape) and ``#`` (a URI fragment), as Windows user folders can.
    (Fixtures live here, not in a conftest.py: tests/ui imports its conftest by that name.)"""
    folder = tmp_path / request.param
    folder.mkdir(parents=True)
    return folder


@dataclass
class Wait:
    """Resume the journey when ``until()`` is true; fail after ``timeout`` seconds."""
    until: Callable[[], bool]
    what: str
    timeout: float = 30.0


@dataclass
class Journey:
    steps: Generator[Wait | None, None, None]
    error: str = ""
    finished: bool = False
    log: list[str] = field(default_factory=list)
    _waiting: Wait | None = None
    _deadline: float = 0.0

    def start(self) -> None:
        QTimer.singleShot(0, self._advance)

    def _fail(self, message: str) -> None:
        self.error = message
        app = QApplication.instance()
        for widget in app.topLevelWidgets():  # modal dialogs would keep exec() busy
            if widget.isVisible():
                widget.close()
        app.quit()

    def _advance(self) -> None:
        from kh57desk.ui.crash import CrashHandler

        crash = CrashHandler.latest
        if crash is not None and crash.shown:  # the program met an error it did not foresee
            self._fail("the program reported an unexpected error: " + " | ".join(crash.shown)
                       + f"\nsteps so far: {self.log}")
            return
        try:
            if self._waiting is not None:
                if not self._waiting.until():
                    if time.monotonic() > self._deadline:
                        self._fail(f"timed out waiting for: {self._waiting.what}\nsteps so far: {self.log}")
                        return
                    QTimer.singleShot(POLL_MS, self._advance)
                    return
                self.log.append(self._waiting.what)
            self._waiting = next(self.steps)
            if self._waiting is not None:
                self._deadline = time.monotonic() + self._waiting.timeout
            QTimer.singleShot(0 if self._waiting is None else POLL_MS, self._advance)
        except StopIteration:
            self.finished = True
        except Exception:  # noqa: BLE001 - reported by the test
            self._fail(traceback.format_exc())


def answer_question(answer: str, seen: list[str] | None = None, after_ms: int = 200) -> None:
    """Answer the next yes/no question (ui.qt.ask: "&Có" / "&Không") when it opens, as a user
    clicks it; its text goes into ``seen``. The question runs its own loop, so this is armed
    before the click that asks it."""
    from PySide6.QtWidgets import QMessageBox

    def click() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
                    and any(b.text() == answer for b in w.buttons())), None)
        if box is None:
            QTimer.singleShot(after_ms, click)
            return
        if seen is not None:
            seen.append(box.text())
        next(b for b in box.buttons() if b.text() == answer).click()
    QTimer.singleShot(after_ms, click)


def visible(kind: type) -> QWidget | None:
    """The visible top-level window of ``kind`` (the wizard, the main window, a dialog)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def run_program(argv: list[str], steps: Generator) -> tuple[int, Journey]:
    """Start ``kh57desk`` with ``argv`` and drive it with ``steps``; returns the exit code."""
    from kh57desk.ui import app as program
    from kh57desk.ui.crash import CrashHandler

    CrashHandler.dialogs, CrashHandler.latest = False, None  # a crash fails the journey instead of waiting
    application = QApplication.instance()
    for widget in QApplication.topLevelWidgets():  # what earlier tests left open is not this program's
        widget.close()
    journey = Journey(steps)
    journey.start()
    watchdog = QTimer()  # a question nobody answers must not hang the test run
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: journey._fail(f"the journey took over {WATCHDOG_S} s; steps so far: {journey.log}"))
    watchdog.start(WATCHDOG_S * 1000)
    try:
        code = program.main(["kh57desk", *argv])
        crash = CrashHandler.latest
        if crash is not None and crash.shown and not journey.error:  # after the last step
            journey.error = "the program reported an unexpected error: " + " | ".join(crash.shown)
    finally:
        watchdog.stop()
        CrashHandler.dialogs = True
        application.setQuitOnLastWindowClosed(True)
        for widget in QApplication.topLevelWidgets():
            widget.close()
    return code, journey
