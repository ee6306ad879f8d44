"""The window: the coordinator assigns agencies to several selected tasks or to a whole group
(Phân công… with the agency picker); an agency adopts a task no one was given (Nhận thực hiện)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from kh57desk.db.models import Task
from kh57desk.services import plan_import, setup

narrative_forms = pytest.importorskip("narrative_forms")


def start(workspace, start_app, qtbot, idle, tmp_path, agency: str, coordinator: bool):
    path = tmp_path / "chuong-trinh.txt"
    path.write_text(narrative_forms.PARTY_PROGRAMME, encoding="utf-8")
    with workspace.db.transaction() as session:
        setup.initialise(session, agency, coordinator=coordinator)
        plan_import.apply(session, plan_import.read_file(path))
    app = start_app(workspace)
    page = app.window.show_page("tasks")
    qtbot.waitUntil(lambda: page.loaded_once and page.model.rowCount() > 0, timeout=10_000)
    idle(app.worker)
    return app, page


def choose(page, refs: list[str]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for ref in refs:
        task = next(r for r in page.model.rows if r.ref == ref)
        row = page.proxy.proxy_row_of(task.id)
        selection.select(page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def cells(workspace) -> dict[str, tuple[str, str]]:
    with workspace.db.reader() as session:
        return {t.ref: (t.lead_text, t.coordinating_text) for t in session.scalars(select(Task))}


def test_coordinator_assigns_selected_tasks_then_a_group(workspace, start_app, qtbot, idle, tmp_path):
    app, page = start(workspace, start_app, qtbot, idle, tmp_path, "Sở Khoa học và Công nghệ", True)
    assert page.assign_button.isVisible() and not page.adopt_button.isVisible()
    choose(page, ["III.1.a", "III.3"])
    assert len(page.selected_ids()) == 2
    dialog = page.assign_selected()
    idle(app.worker)
    assert dialog.summary.text() == "2 nhiệm vụ đã chọn." and not dialog.whole_group.isVisible()
    dialog.lead.set_name("Sở Y tế")
    for name in ("Sở Tài chính", "Sở Nội vụ", "Sở Tài chính"):
        dialog.coordinator.set_name(name)
        dialog.add_button.click()
    assert dialog.coordinating_names() == ["Sở Tài chính", "Sở Nội vụ"]
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    idle(app.worker)
    found = cells(workspace)
    assert found["III.1.a"] == found["III.3"] == ("Sở Y tế", "Sở Tài chính; Sở Nội vụ")
    assert found["III.1.b"] == ("", "")

    group = "III. NHIỆM VỤ, GIẢI PHÁP › 2. Hoàn thiện thể chế"
    page.group.setCurrentIndex(page.group.findData(group))
    page.table.selectionModel().clearSelection()
    dialog = page.assign_selected()
    idle(app.worker)
    assert dialog.whole_group.isChecked() and dialog.summary.text() == "0 nhiệm vụ đã chọn."
    dialog.lead.set_name("Sở Tư pháp")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    found = cells(workspace)
    assert found["III.2.a"] == found["III.2.b"] == ("Sở Tư pháp", "")


def test_an_unknown_lead_is_refused_in_a_dialog(workspace, start_app, qtbot, idle, tmp_path):
    app, page = start(workspace, start_app, qtbot, idle, tmp_path, "Sở Khoa học và Công nghệ", True)
    choose(page, ["IV.1"])
    dialog = page.assign_selected()
    dialog.lead.set_name("Sở Không Có")
    app.context.last_error = ""
    dialog.ok.click()
    qtbot.waitUntil(lambda: bool(app.context.last_error), timeout=10_000)
    assert "chưa có trong danh mục" in app.context.last_error and dialog.isVisible()
    assert cells(workspace)["IV.1"] == ("", "")


def test_agency_adopts_a_task_no_one_was_given(workspace, start_app, qtbot, idle, tmp_path):
    app, page = start(workspace, start_app, qtbot, idle, tmp_path, "Sở Y tế", False)
    assert page.adopt_button.isVisible() and not page.assign_button.isVisible()
    choose(page, ["IV.2"])
    page.adopt_button.click()
    idle(app.worker)
    with workspace.db.reader() as session:
        task = session.scalar(select(Task).where(Task.ref == "IV.2"))
        assert (task.role, task.role_reason, task.adopted) == ("lead", "Tự nhận thực hiện", True)
    qtbot.waitUntil(lambda: next(r for r in page.model.rows if r.ref == "IV.2").role == "lead", timeout=10_000)
