"""Killing the program in the middle of typing loses at most the field being typed, and the
database opens cleanly afterwards (a real process, killed with SIGKILL)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kh57desk.domain.periods import parse_period
from kh57desk.services import progress
from kh57desk.services import tasks as task_service
from kh57desk.workspace import open_workspace

DONE_FIELD = "Đã rà soát 12 thủ tục hành chính"
TYPED = "Thiếu cán bộ chuyên trách về chuyển đổi số; kinh phí chưa được bố trí " * 20

CHILD = r'''
import datetime as dt, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from kh57desk.domain.periods import parse_period
from kh57desk.ui.app import Application
from kh57desk.workspace import open_workspace

def spin(condition, seconds=20.0):
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            sys.exit("timeout")
        app.processEvents()
        time.sleep(0.005)

def type_text(widget, text, pause=0.0):
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        app.processEvents()
        if pause:
            time.sleep(pause)

controller = Application(open_workspace(Path(sys.argv[1])), today=lambda: dt.date(2025, 5, 20))
controller.start()
spin(lambda: controller.window is not None)
controller.context.set_period(parse_period("2025-Q2"))
page = controller.window.show_page("tasks")
spin(lambda: page.loaded_once)
row = next(r for r in page.model.rows if r.ref == "(3)")  # liên quan (chung): opened as from a search
page.open_task(row.id)
spin(lambda: page.panel.detail is not None and page.panel.detail.id == row.id)
form = page.panel.form
type_text(form.result, sys.argv[3])
form.difficulties.setFocus()          # the user moves on to the next field
spin(lambda: not controller.worker.busy)
print("TYPING", flush=True)
type_text(form.difficulties, sys.argv[4], pause=0.01)   # ... and is killed while typing it
print("FINISHED", flush=True)
'''


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_while_typing_loses_at_most_the_field_being_typed(demo_workspace, tmp_path):
    data_dir = demo_workspace.data_dir
    demo_workspace.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(data_dir), str(tmp_path / "qsettings"), DONE_FIELD,
                              TYPED], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                             cwd=Path(__file__).resolve().parents[2])
    try:
        line = child.stdout.readline()
        assert line.strip() == "TYPING", child.stderr.read()
        time.sleep(1.5)  # mid-way through the second field
        assert child.poll() is None, "the child finished typing before it was killed"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    connection = sqlite3.connect(data_dir / "kh57desk.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    workspace = open_workspace(data_dir)  # opens cleanly, WAL recovered
    try:
        with workspace.db.reader() as session:
            [entry] = progress.list_updates(session, task_service.find_task(session, "(3)"))  # the window's new update
    finally:
        workspace.close()
    assert entry is not None and entry.result == DONE_FIELD  # the finished field is kept
    assert TYPED.startswith(entry.difficulties)  # the one being typed: nothing, or a part of it
    assert len(entry.difficulties) < len(TYPED)
