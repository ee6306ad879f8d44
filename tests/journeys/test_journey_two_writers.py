"""Two writers on one database, the window and the command line: an update edited by ``kh57``
while the window shows it is never overwritten silently. The window's save meets the newer
revision, shows the newer text and keeps what the user typed for them to choose; the window
also notices the outside write and refreshes."""

from __future__ import annotations

import json

from journey_driver import Wait, data_dir, private_ui_settings, run_program, type_text  # noqa: F401
from journey_steps import main_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cli_runner import run_cli
from kh57desk.domain.periods import parse_period

FIRST = "Đã xây dựng dự thảo kế hoạch"
FROM_CLI = "Đã trình UBND tỉnh ban hành kế hoạch (sửa từ dòng lệnh)"
TYPED = " — bổ sung từ cửa sổ"


def _journal(data_dir) -> list[dict]:
    listed = json.loads(run_cli("progress", "(1)", "--list", "--json", data_dir=data_dir, check=True).stdout)
    return listed["updates"] if isinstance(listed, dict) else listed


def test_an_edit_from_the_command_line_is_never_lost(data_dir):
    run_cli("init", "--agency", "Sở Nội vụ", "--province", "Hưng Yên", data_dir=data_dir, check=True)
    run_cli("demo", data_dir=data_dir, check=True)
    run_cli("progress", "(1)", "--on", "20/05/2025", "--result", FIRST, data_dir=data_dir, check=True)
    [update] = _journal(data_dir)
    seen = {}

    def steps():
        yield Wait(lambda: main_window() is not None, "the main window")
        window = main_window()
        window.context.set_period(parse_period("2025-Q2"))
        tasks = window.show_page("tasks")
        yield Wait(lambda: tasks.loaded_once and tasks.model.rowCount() > 0, "the task list", timeout=20)
        task = next(row for row in tasks.model.rows if row.ref == "(1)")
        tasks.select_task(task.id)
        panel = tasks.panel
        yield Wait(lambda: panel.detail is not None and panel.form.result.toPlainText() == FIRST,
                   "the update shown in the form")
        # meanwhile, at the command line:
        run_cli("progress", "(1)", "--edit", str(update["id"]), "--result", FROM_CLI, data_dir=data_dir, check=True)
        form = panel.form
        form.result.moveCursor(form.result.textCursor().MoveOperation.End)
        type_text(form.result, TYPED)
        QTest.keyClick(form.result, Qt.Key.Key_Tab)  # leaving the field saves it
        form.output_doc_number.setFocus()
        yield Wait(lambda: panel.has_conflict, "the newer revision met: a choice offered", timeout=20)
        seen["form_after_conflict"] = form.result.toPlainText()
        seen["database_after_conflict"] = [u["result"] for u in _journal(data_dir)]
        panel.keep_mine()
        yield Wait(lambda: not panel.has_conflict and not window.context.worker.busy
                   and panel.save_state.text().startswith("Đã lưu"), "the user's choice saved", timeout=20)
        window.close()

    code, journey = run_program(["--data-dir", str(data_dir)], steps())
    assert journey.error == "" and journey.finished and code == 0
    assert seen["form_after_conflict"] == FROM_CLI  # the newer text is shown, not overwritten
    assert seen["database_after_conflict"] == [FROM_CLI]
    [final] = _journal(data_dir)
    assert final["result"] == FIRST + TYPED and final["revision"] == update["revision"] + 2
