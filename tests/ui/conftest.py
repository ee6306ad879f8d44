"""Fixtures for the window tests: offscreen Qt (tests/conftest.py sets QT_QPA_PLATFORM), one
QApplication for the session (pytest-qt's ``qapp``), a private QSettings file and data folder
per test, and a running ``Application`` on a demo or empty database."""

from __future__ import annotations

import datetime as dt

import pytest
from typing_keys import type_text

TODAY = dt.date(2025, 5, 20)


@pytest.fixture(autouse=True)
def private_ui_settings(qapp, tmp_path):
    """Window geometry and column widths go to this test's own INI file."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield tmp_path / "qsettings"


def wait_idle(qtbot, worker, timeout: int = 10_000) -> None:
    """Until the database worker has run everything queued and its results were delivered."""
    qtbot.waitUntil(lambda: not worker.busy, timeout=timeout)


@pytest.fixture
def idle(qtbot):
    return lambda worker, timeout=10_000: wait_idle(qtbot, worker, timeout)


@pytest.fixture
def start_app(qtbot):
    """Start the window on a workspace; every started application is closed after the test."""
    from kh57desk.ui.app import Application
    from kh57desk.ui.translations import Translations

    started = []

    def start(workspace, today=TODAY, wait_for_window: bool = True):
        translations = Translations()
        translations.install("vi")
        controller = Application(workspace, today=lambda: today, translations=translations)
        started.append(controller)
        controller.start()
        if wait_for_window:
            qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
            wait_idle(qtbot, controller.worker)
        return controller

    yield start
    for controller in started:
        controller.quit()
        controller.translations.remove()


@pytest.fixture
def demo_app(demo_workspace, start_app):
    """The window on the sample plan (Sở Nội vụ, 94 tasks), today 20/5/2025, period Q2 2025."""
    from kh57desk.domain.periods import parse_period

    controller = start_app(demo_workspace)
    controller.context.set_period(parse_period("2025-Q2"))
    return controller


@pytest.fixture
def tasks_page(demo_app, qtbot, idle):
    page = demo_app.window.show_page("tasks")
    qtbot.waitUntil(lambda: page.loaded_once and page.model.rowCount() == 94, timeout=10_000)
    idle(demo_app.worker)
    return page


@pytest.fixture
def typist():
    return type_text
