"""One running program per data folder: a second launch (a double-clicked .kh57 file) hands the
file to the window already open, which comes forward with the import preview; the second
process exits at once."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from journey_driver import Wait, data_dir, private_ui_settings, run_program, visible  # noqa: F401

from kh57desk import instance
from kh57desk.services import plan_apply, sample_plan, setup
from kh57desk.sync import task_package
from kh57desk.workspace import open_workspace


def _task_package(tmp_path):
    coordinator = open_workspace(tmp_path / "so-khcn")
    with coordinator.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True, province="Hưng Yên")
        plan_apply.apply(session, sample_plan.load_draft())
        path = task_package.export_for(session, "Sở Y tế", tmp_path / "goi").path
    coordinator.close()
    return path


def test_a_second_launch_hands_its_package_to_the_running_window(data_dir, tmp_path):
    package = _task_package(tmp_path)
    agency = open_workspace(data_dir)
    with agency.db.transaction() as session:
        setup.initialise(session, "Sở Y tế", province="Hưng Yên")
    agency.close()
    seen = {}

    def steps():
        from kh57desk.ui.main_window import MainWindow
        from kh57desk.ui.package_dialog import PackageDialog

        yield Wait(lambda: visible(MainWindow) is not None, "the main window")
        yield Wait(lambda: instance.window_running(data_dir), "the window listens on its data folder")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(sys.path)}
        started = time.monotonic()
        second = subprocess.Popen([sys.executable, "-m", "kh57desk.ui.app", "--data-dir", str(data_dir),
                                   str(package)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        yield Wait(lambda: second.poll() is not None, "the second launch exits", timeout=30)
        seen["second"] = (second.returncode, second.stderr.read().decode("utf-8", "replace"),
                          time.monotonic() - started)
        yield Wait(lambda: visible(PackageDialog) is not None, "the running window shows the import preview")
        dialog = visible(PackageDialog)
        seen["files"] = [p.name for p in dialog.paths]
        seen["main_windows"] = sum(1 for w in [visible(MainWindow)] if w is not None)
        dialog.close()
        visible(MainWindow).close()

    code, journey = run_program(["--data-dir", str(data_dir)], steps())
    assert journey.error == ""
    assert journey.finished and code == 0
    returncode, stderr, _seconds = seen["second"]
    assert returncode == 0 and "Traceback" not in stderr
    assert seen["main_windows"] == 1
    assert seen["files"] == [package.name]
    assert not instance.window_running(data_dir)  # the server closed with the window
