"""The import dialog on real plan files: the reference appendix laid out as an office's .xlsx,
a revised version of it, an unknown agency, and a file the importer refuses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_import, setup
from kh57desk.services import tasks as task_service

plan_fixtures = pytest.importorskip("plan_fixtures")

Q2 = parse_period("2025-Q2")


@pytest.fixture
def noi_vu_app(workspace, start_app):
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Nội vụ")
    controller = start_app(workspace)
    controller.context.set_period(Q2)
    return controller


def read(dialog, qtbot, idle, worker):
    dialog.read()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    idle(worker)
    return dialog.preview


def test_import_an_xlsx_appendix_then_a_revision(noi_vu_app, workspace, qtbot, idle, tmp_path):
    path = tmp_path / "Phụ lục kế hoạch năm 2025.xlsx"
    expected = plan_fixtures.appendix_xlsx(path)
    dialog = noi_vu_app.window.open_import(str(path))
    idle(noi_vu_app.worker)
    sheets = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
    assert sheets == ["Tự tìm trang có bảng nhiệm vụ", "Quyết định", "Phụ lục II", "Ghi chú"]
    preview = read(dialog, qtbot, idle, noi_vu_app.worker)
    with workspace.db.reader() as session:
        direct = plan_import.preview(session, plan_import.read_file(path))
    assert preview.counts() == direct.counts()
    assert len(preview.added) + len(preview.skipped) == len(expected) == 98
    account = dialog.draft.account
    assert account.adds_up() and account.places["task"] == 98
    assert dialog.account.text() == (f"Đã đọc 0 đoạn văn và {account.total} dòng bảng: 98 vào nhiệm vụ, 0 vào chỉ "
                                     f"tiêu, {account.places['context']} tiêu đề hoặc ngữ cảnh, 0 không hiểu.")
    assert dialog.added.topLevelItemCount() == len(preview.added) > 0
    assert dialog.tabs.tabText(0) == f"Thêm mới ({len(preview.added)})"
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.result_preview is not None, timeout=30_000)
    idle(noi_vu_app.worker)
    with workspace.db.reader() as session:
        rows = task_service.list_tasks(session, Q2)
    assert len(rows) == len(preview.added)
    page = noi_vu_app.window.pages["tasks"]
    assert noi_vu_app.window.current_page == "tasks"
    qtbot.waitUntil(lambda: page.model.rowCount() == len(rows), timeout=10_000)

    # a revised version: one task reworded, one gone, one with an agency the directory lacks
    revised = [dict(t) for t in expected]
    kept = {c.ref for c in preview.added}
    lead = {c.ref for c in preview.added if c.role == "lead"}
    reworded = next(t for t in revised if t["ref"] in kept)
    reworded["content"] += " (sửa đổi theo Công văn số 12/UBND-KGVX)"
    removed = next(t for t in revised if t["ref"] in kept and t is not reworded)
    revised.remove(removed)
    unknown = next(t for t in revised if t["ref"] in lead and t is not reworded)
    unknown["coordinating"] = "Viện Lúa Vùng Biển"  # shorter than the cell width: not wrapped
    second = tmp_path / "Phụ lục kế hoạch năm 2025 (sửa đổi).xlsx"
    plan_fixtures.appendix_xlsx(second, tasks=revised)
    dialog = noi_vu_app.window.open_import(str(second))
    preview = read(dialog, qtbot, idle, noi_vu_app.worker)
    assert [c.ref for c in preview.withdrawn] == [removed["ref"]]
    assert reworded["ref"] in [c.ref for c in preview.updated]
    assert "Viện Lúa Vùng Biển" in preview.unknown_agencies
    assert dialog.tabs.currentWidget() is dialog._unknown_page
    dialog.unknown.setCurrentItem(dialog.unknown.findItems("Viện Lúa Vùng Biển", Qt.MatchFlag.MatchExactly)[0])
    dialog.kind.setCurrentIndex(dialog.kind.findData("sector"))
    old = dialog.preview
    dialog.add_agency_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not old, timeout=30_000)
    idle(noi_vu_app.worker)
    assert "Viện Lúa Vùng Biển" not in dialog.preview.unknown_agencies
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.result_preview is not None, timeout=30_000)
    idle(noi_vu_app.worker)
    with workspace.db.reader() as session:
        all_rows = task_service.list_tasks(session, Q2, include_withdrawn=True)
    assert [r.ref for r in all_rows if r.withdrawn] == [removed["ref"]]
    assert next(r for r in all_rows if r.ref == reworded["ref"]).content.endswith("12/UBND-KGVX)")


def test_a_refused_file_shows_why_and_changes_nothing(noi_vu_app, workspace, qtbot, idle, tmp_path):
    old_excel = plan_fixtures.ole_file(tmp_path / "Kế hoạch cũ.xls", "Workbook")
    dialog = noi_vu_app.window.open_import(str(old_excel))
    dialog.read()
    idle(noi_vu_app.worker)
    assert ".xlsx" in noi_vu_app.context.last_error
    assert dialog.preview is None and not dialog.apply_button.isEnabled()
    assert dialog.read_button.isEnabled()
    with workspace.db.reader() as session:
        assert task_service.list_tasks(session, Q2) == []


def test_reading_a_long_file_can_be_cancelled(noi_vu_app, workspace, qtbot, idle, tmp_path, monkeypatch):
    import time

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    def slow_read(path, sheet=None, plan_number=None, progress=None):
        for row in range(1000):
            progress(row, 1000)  # raises Cancelled once the user pressed Hủy
            time.sleep(0.01)
        raise AssertionError("not cancelled")
    monkeypatch.setattr(plan_import, "read_file", slow_read)
    path = tmp_path / "Kế hoạch rất dài.xlsx"
    plan_fixtures.appendix_xlsx(path)
    noi_vu_app.context.last_error = ""
    dialog = noi_vu_app.window.open_import(str(path))  # opened with a file: reading starts at once
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog) is not None
                    and dialog.findChild(QProgressDialog).isVisible(), timeout=5_000)
    progress = dialog.findChild(QProgressDialog)
    assert progress.maximum() == 1000
    progress.findChild(QPushButton).click()
    idle(noi_vu_app.worker)
    assert dialog.summary.text() == "Đã dừng đọc tệp; chưa nhập gì."
    assert noi_vu_app.context.last_error == ""
    assert dialog.read_button.isEnabled() and dialog.preview is None


def test_import_a_pdf_plan(noi_vu_app, qtbot, idle, tmp_path):
    pdf_fixtures = pytest.importorskip("pdf_fixtures")
    path = tmp_path / "Kế hoạch 57.pdf"
    pdf_fixtures.narrative_pdf(path)
    dialog = noi_vu_app.window.open_import(str(path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    idle(noi_vu_app.worker)
    preview = dialog.preview
    assert len(preview.added) + len(preview.skipped) == 85
    assert dialog.account.text().startswith(f"Đã đọc {dialog.draft.account.total} đoạn văn và 0 dòng bảng:")
    assert dialog.account.text().endswith(", 0 không hiểu.")
