"""Entering progress in the detail panel: the task's timeline of dated updates, one update edited at a
time (saved on its own, checked, undoable, kept after a restart), a percentage of 120 refused under
its field, a form that never overwrites an update changed elsewhere, marks on updates in reported
periods; attachments copied into the data folder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from kh57desk.db.models import Attachment, ProgressUpdate
from kh57desk.domain import status as task_status
from kh57desk.domain.periods import parse_period
from kh57desk.services import progress
from kh57desk.services import tasks as task_service
from kh57desk.ui.task_model import STATUS, UPDATED

Q1, Q2 = parse_period("2025-Q1"), parse_period("2025-Q2")


def open_task(page, qtbot, ref: str):
    row = next(r for r in page.model.rows if r.ref == ref)
    page.open_task(row.id)  # shows it whatever the filter, liên quan (chung) too
    qtbot.waitUntil(lambda: page.panel.detail is not None and page.panel.detail.id == row.id
                    and page.panel.detail.period.id == page.context.period.id, timeout=10_000)
    return row


def entry_of(workspace, ref: str, period=Q2):
    """The latest update of the task dated inside ``period``'s window (what the panel opens on)."""
    with workspace.db.reader() as session:
        updates = progress.list_updates(session, task_service.find_task(session, ref))
        return next((u for u in updates if period.contains(u.on)), None)


def type_into(widget, text: str) -> None:
    from typing_keys import type_text

    type_text(widget, text)


def test_typing_saves_to_the_database_and_updates_the_list(tasks_page, demo_workspace, qtbot, idle, demo_app):
    row = open_task(tasks_page, qtbot, "(3)")
    form = tasks_page.panel.form
    assert entry_of(demo_workspace, "(3)") is None
    form.state.setCurrentIndex(form.state.findData(task_status.IN_PROGRESS))  # a choice is saved at once
    idle(demo_app.worker)
    assert entry_of(demo_workspace, "(3)").state == task_status.IN_PROGRESS
    type_into(form.result, "Đã rà soát 12 thủ tục; <b>không</b> phải HTML")
    type_into(form.output_doc_number, "Kế hoạch số 123/KH-SNV")  # focus left "result": saved
    QTest.keyClick(form.output_doc_number, Qt.Key.Key_Return)
    idle(demo_app.worker)
    entry = entry_of(demo_workspace, "(3)")
    assert entry.result == "Đã rà soát 12 thủ tục; <b>không</b> phải HTML"
    assert entry.output_doc_number == "Kế hoạch số 123/KH-SNV"
    # the derived status follows the dates as they are typed, before anything is saved
    assert "Quá hạn, chưa hoàn thành" in tasks_page.panel.status.text()
    type_into(form.completed_on, "25/3/2025")
    assert "Hoàn thành đúng hạn" in tasks_page.panel.status.text()
    form.completed_on.clear()
    type_into(form.completed_on, "15/4/2025")
    assert "Hoàn thành quá hạn" in tasks_page.panel.status.text()
    saved_from = dt.datetime.now().replace(microsecond=0)
    QTest.keyClick(form.completed_on, Qt.Key.Key_Tab)
    idle(demo_app.worker)
    saved_until = dt.datetime.now()
    entry = entry_of(demo_workspace, "(3)")
    assert entry.completed_on == dt.date(2025, 4, 15)
    assert entry.state == task_status.COMPLETED and entry.percent == 100  # the service's rule, shown in the form
    assert form.state.currentData() == task_status.COMPLETED and form.percent.text() == "100"
    proxy_row = tasks_page.proxy.proxy_row_of(row.id)
    assert tasks_page.proxy.index(proxy_row, STATUS).data() == "Hoàn thành quá hạn"
    # the time shown is the time on the user's clock when the update was saved
    with demo_workspace.db.reader() as session:
        [stored] = [u for u in session.scalars(select(ProgressUpdate)) if u.id == entry.id]
        saved_at = stored.edited_at
    assert saved_from <= saved_at <= saved_until
    assert tasks_page.panel.save_state.text() == f"Đã lưu lúc {saved_at:%H:%M:%S}"
    assert tasks_page.proxy.index(proxy_row, UPDATED).data() == f"{saved_at:%d/%m/%Y}"
    assert tasks_page.proxy.index(proxy_row, UPDATED).data(Qt.ItemDataRole.ToolTipRole) == \
        f"Cập nhật tiến độ lần cuối: {saved_at:%d/%m/%Y %H:%M}"


def test_a_pause_in_typing_saves_without_leaving_the_field(tasks_page, demo_workspace, qtbot, demo_app):
    open_task(tasks_page, qtbot, "(5)")
    type_into(tasks_page.panel.form.difficulties, "Thiếu kinh phí")
    assert tasks_page.panel.form.difficulties.hasFocus()

    def saved() -> bool:
        entry = entry_of(demo_workspace, "(5)")
        return entry is not None and entry.difficulties == "Thiếu kinh phí"
    qtbot.waitUntil(saved, timeout=5_000)


def test_bad_values_are_shown_and_not_saved(tasks_page, demo_workspace, qtbot, idle, demo_app):
    open_task(tasks_page, qtbot, "(8)")
    form = tasks_page.panel.form
    type_into(form.completed_on, "31/2/2025")
    QTest.keyClick(form.completed_on, Qt.Key.Key_Tab)
    idle(demo_app.worker)
    error = form.field_errors["completed_on"]  # under the field itself
    assert "không phải một ngày có thật" in error.text()
    assert error.isVisibleTo(tasks_page.panel)
    assert entry_of(demo_workspace, "(8)") is None
    form.completed_on.clear()
    type_into(form.completed_on, "12/5/2025")
    QTest.keyClick(form.completed_on, Qt.Key.Key_Tab)
    idle(demo_app.worker)
    assert form.errors == {}
    assert entry_of(demo_workspace, "(8)").completed_on == dt.date(2025, 5, 12)


def test_undo_puts_back_the_last_change(tasks_page, demo_workspace, qtbot, idle, demo_app):
    open_task(tasks_page, qtbot, "(9)")
    panel, form = tasks_page.panel, tasks_page.panel.form
    assert not panel.undo_button.isEnabled()
    type_into(form.result, "Bản đầu")
    panel.flush()
    idle(demo_app.worker)
    form.result.selectAll()
    type_into(form.result, "Bản sửa")
    type_into(form.percent, "40")  # the focus leaves the result: saved; then the percentage
    panel.flush()
    idle(demo_app.worker)
    assert (entry_of(demo_workspace, "(9)").result, entry_of(demo_workspace, "(9)").percent) == ("Bản sửa", 40)
    assert panel.undo_button.isEnabled()
    panel.undo_button.click()
    idle(demo_app.worker)
    assert (entry_of(demo_workspace, "(9)").result, entry_of(demo_workspace, "(9)").percent) == ("Bản sửa", None)
    type_into(form.difficulties, "Sau khi hoàn tác")  # the form's own undo is not a change made elsewhere
    panel.flush()
    idle(demo_app.worker)
    assert not panel.has_conflict and entry_of(demo_workspace, "(9)").difficulties == "Sau khi hoàn tác"
    panel.undo()
    idle(demo_app.worker)
    panel.undo()
    idle(demo_app.worker)
    entry = entry_of(demo_workspace, "(9)")
    assert (entry.result, entry.percent) == ("Bản đầu", None)
    assert form.result.toPlainText() == "Bản đầu" and form.percent.text() == ""
    panel.undo()  # the first save made the update: undoing it deletes it (kept as a tombstone)
    idle(demo_app.worker)
    assert entry_of(demo_workspace, "(9)") is None
    assert not panel.undo_button.isEnabled()
    assert panel.timeline.topLevelItemCount() == 0


def test_restart_and_find_it_kept(demo_workspace, start_app, qtbot, idle):
    first = start_app(demo_workspace)
    first.context.set_period(Q2)
    page = first.window.show_page("tasks")
    qtbot.waitUntil(lambda: page.loaded_once)
    open_task(page, qtbot, "(10)")
    type_into(page.panel.form.proposals, "Đề nghị bổ sung kinh phí năm 2025")
    first.window.close()  # still typing: closing saves the field
    qtbot.waitUntil(lambda: first.finished)
    assert entry_of(demo_workspace, "(10)").proposals == "Đề nghị bổ sung kinh phí năm 2025"

    second = start_app(demo_workspace)
    second.context.set_period(Q2)
    page = second.window.show_page("tasks")
    qtbot.waitUntil(lambda: page.loaded_once)
    open_task(page, qtbot, "(10)")
    assert page.panel.form.proposals.toPlainText() == "Đề nghị bổ sung kinh phí năm 2025"


def test_the_journal_lists_earlier_updates_and_new_ones_carry_the_standing(tasks_page, demo_workspace, qtbot,
                                                                           idle, demo_app):
    with demo_workspace.db.transaction() as session:
        progress.record(session, task_service.find_task(session, "(12)"), Q1, state="đang thực hiện", percent=50,
                        result="Đã khảo sát hạ tầng", difficulties="Thiết bị cũ")
    open_task(tasks_page, qtbot, "(12)")
    panel = tasks_page.panel
    assert panel.timeline.topLevelItemCount() == 1
    assert panel.timeline.topLevelItem(0).text(0) == "14/03/2025"
    assert panel.tabs.tabText(2) == "Nhật ký (1)"
    assert panel.editing.text() == "Cập nhật mới"  # nothing dated in Q2 yet: the form is a new update
    type_into(panel.form.result, "Kết quả quý II")
    panel.flush()
    idle(demo_app.worker)
    entry = entry_of(demo_workspace, "(12)")
    # a new update carries state and percent; texts belong to the update that has them
    assert (entry.result, entry.difficulties, entry.percent, entry.state, entry.on) == (
        "Kết quả quý II", "", 50, task_status.IN_PROGRESS, dt.date(2025, 5, 20))  # today in these tests
    assert [panel.timeline.topLevelItem(i).text(0) for i in range(2)] == ["20/05/2025", "14/03/2025"]
    # an earlier update chosen on the timeline opens in the form, and its edits go to it
    panel.open_update(panel.timeline.update_ids()[1])
    qtbot.waitUntil(lambda: panel.form.on.text() == "14/03/2025", timeout=5_000)
    assert panel.form.result.toPlainText() == "Đã khảo sát hạ tầng"
    panel.form.result.selectAll()
    type_into(panel.form.result, "Đã khảo sát hạ tầng 12 xã")
    panel.flush()
    idle(demo_app.worker)
    with demo_workspace.db.reader() as session:
        journal = progress.list_updates(session, task_service.find_task(session, "(12)"))
    assert [(u.on, u.result, u.revision) for u in journal] == [
        (dt.date(2025, 5, 20), "Kết quả quý II", 1), (dt.date(2025, 3, 14), "Đã khảo sát hạ tầng 12 xã", 2)]


def test_attachments_are_copied_listed_and_removed(tasks_page, demo_workspace, qtbot, idle, demo_app, tmp_path):
    open_task(tasks_page, qtbot, "(13)")
    panel = tasks_page.panel
    source = tmp_path / "Biên bản hội nghị.pdf"
    source.write_bytes(b"%PDF-1.4 bien ban")
    panel.add_files([str(source)])
    idle(demo_app.worker)
    assert panel.files.topLevelItemCount() == 1
    assert panel.files.topLevelItem(0).text(0) == "Biên bản hội nghị.pdf"
    assert panel.tabs.tabText(1) == "Tệp (1)"
    with demo_workspace.db.reader() as session:
        stored = [(a.id, a.file_name, session.get(ProgressUpdate, a.update_id).on_date, a.sha256)
                  for a in session.scalars(select(Attachment))]
    assert [(name, on) for _id, name, on, _sha in stored] == [("Biên bản hội nghị.pdf", dt.date(2025, 5, 20))]
    with demo_workspace.db.reader() as session:  # kept in UTC, shown as the user's clock reads it (UTC+7)
        added_at = session.scalars(select(Attachment)).one().added_at
    assert panel.files.topLevelItem(0).text(2) == f"{added_at + dt.timedelta(hours=7):%d/%m/%Y %H:%M}"
    assert abs(added_at - dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)) < dt.timedelta(minutes=1)
    sha = stored[0][3]
    assert (demo_workspace.attachments / sha[:2] / sha).read_bytes() == b"%PDF-1.4 bien ban"
    panel.add_files([str(source)])  # the same file again: a clear message, nothing added
    idle(demo_app.worker)
    assert "đã được đính kèm" in demo_app.context.last_error
    assert panel.files.topLevelItemCount() == 1
    panel.remove_files([stored[0][0]])
    idle(demo_app.worker)
    assert panel.files.topLevelItemCount() == 0
    with demo_workspace.db.reader() as session:
        # the file went to the update of the period's day, which carries the task's standing and no text
        [update] = session.scalars(select(ProgressUpdate)).all()
        assert (update.result, update.state) == ("", task_status.NOT_STARTED)
        assert session.scalars(select(Attachment)).all() == []


@pytest.mark.parametrize("ref", ["(14)"])
def test_withdrawn_task_is_read_only(tasks_page, demo_workspace, qtbot, idle, demo_app, ref):
    with demo_workspace.db.transaction() as session:
        task_service.find_task(session, ref).withdrawn = True
    demo_app.context.tasks_changed.emit()
    idle(demo_app.worker)
    tasks_page.withdrawn.setChecked(True)
    open_task(tasks_page, qtbot, ref)
    assert tasks_page.panel.form.result.isReadOnly()
    assert not tasks_page.panel.form.state.isEnabled()
    assert not tasks_page.panel.add_file_button.isEnabled()


def test_a_percentage_of_120_is_refused_under_its_field_and_not_saved(tasks_page, demo_workspace, qtbot, idle,
                                                                    demo_app):
    open_task(tasks_page, qtbot, "(15)")
    form = tasks_page.panel.form
    type_into(form.percent, "120")
    QTest.keyClick(form.percent, Qt.Key.Key_Tab)
    idle(demo_app.worker)
    label = form.field_errors["percent"]
    assert label.isVisibleTo(tasks_page.panel) and "phải là số từ 0 đến 100" in label.text()
    assert entry_of(demo_workspace, "(15)") is None  # neither 120 nor 12
    form.percent.selectAll()
    type_into(form.percent, "60")
    QTest.keyClick(form.percent, Qt.Key.Key_Tab)
    idle(demo_app.worker)
    assert not label.isVisibleTo(tasks_page.panel) and entry_of(demo_workspace, "(15)").percent == 60


def test_a_future_update_date_is_refused_under_its_field(tasks_page, demo_workspace, qtbot, idle, demo_app):
    open_task(tasks_page, qtbot, "(16)")
    form = tasks_page.panel.form
    form.on.selectAll()
    type_into(form.on, "01/01/2999")
    QTest.keyClick(form.on, Qt.Key.Key_Tab)
    idle(demo_app.worker)
    assert "ở tương lai" in form.field_errors["on"].text()
    assert entry_of(demo_workspace, "(16)") is None


def test_a_form_never_overwrites_an_update_changed_elsewhere(tasks_page, demo_workspace, qtbot, idle, demo_app):
    with demo_workspace.db.transaction() as session:
        update = progress.add_update(session, task_service.find_task(session, "(17)"), "01/05/2025",
                                     result="Bản của cửa sổ").update
    open_task(tasks_page, qtbot, "(17)")
    panel = tasks_page.panel
    assert panel.form.result.toPlainText() == "Bản của cửa sổ"
    with demo_workspace.db.transaction() as session:  # the CLI, another window…
        progress.edit_update(session, update.id, result="Bản sửa từ dòng lệnh")
    panel.form.result.selectAll()
    type_into(panel.form.result, "Bản gõ trong biểu mẫu")
    panel.flush()
    idle(demo_app.worker)
    assert entry_of(demo_workspace, "(17)").result == "Bản sửa từ dòng lệnh"  # nothing overwritten
    assert panel.has_conflict and panel.conflict.isVisibleTo(panel)
    assert panel.form.result.toPlainText() == "Bản sửa từ dòng lệnh"  # the newer value is shown
    assert "Bản gõ trong biểu mẫu" in panel.conflict.text.text()  # the user's text is kept
    panel.conflict.keep_mine_button.click()
    idle(demo_app.worker)
    saved = entry_of(demo_workspace, "(17)")
    assert (saved.result, saved.revision) == ("Bản gõ trong biểu mẫu", 3)
    assert not panel.has_conflict


def test_updates_in_a_reported_period_are_marked(tasks_page, demo_workspace, qtbot, idle, demo_app):
    from kh57desk.services import reported

    with demo_workspace.db.transaction() as session:
        task = task_service.find_task(session, "(18)")
        first = progress.add_update(session, task, "20/04/2025", result="Trong tháng 5").update
        reported.mark(session, "2025-M05", reported.SENT)
        progress.add_update(session, task, "01/05/2025", result="Bổ sung")
        progress.add_update(session, task, "18/05/2025", result="Tháng 6")
    open_task(tasks_page, qtbot, "(18)")
    marks = tasks_page.panel.timeline.marks()
    assert marks == ["", "Bổ sung sau báo cáo 2025-M05", "Kỳ đã báo cáo: 2025-M05"]
    tasks_page.panel.open_update(first.id)
    qtbot.waitUntil(lambda: tasks_page.panel.form.on.text() == "20/04/2025", timeout=5_000)
    assert "thuộc kỳ đã báo cáo 2025-M05" in tasks_page.panel.editing.text()


def test_a_new_update_starts_from_the_standing_and_the_period_only_chooses_the_view(tasks_page, demo_workspace,
                                                                                   qtbot, idle, demo_app):
    with demo_workspace.db.transaction() as session:
        progress.add_update(session, task_service.find_task(session, "(19)"), "20/04/2025", state="đang thực hiện",
                            percent=30, result="Tháng 4")
    open_task(tasks_page, qtbot, "(19)")
    panel = tasks_page.panel
    assert panel.form.result.toPlainText() == "Tháng 4"  # the latest update inside Q2
    panel.new_button.click()
    assert (panel.form.on.text(), panel.form.percent.text(), panel.form.result.toPlainText()) == (
        "20/05/2025", "30", "")
    type_into(panel.form.result, "Tháng 5")
    panel.flush()
    idle(demo_app.worker)
    with demo_workspace.db.reader() as session:
        journal = progress.list_updates(session, task_service.find_task(session, "(19)"))
    assert [(u.on, u.percent, u.result) for u in journal] == [
        (dt.date(2025, 5, 20), 30, "Tháng 5"), (dt.date(2025, 4, 20), 30, "Tháng 4")]


def test_deleting_the_open_update_keeps_a_tombstone_and_opens_the_periods_next(tasks_page, demo_workspace, qtbot,
                                                                               idle, demo_app, monkeypatch):
    with demo_workspace.db.transaction() as session:
        task = task_service.find_task(session, "(20)")
        progress.add_update(session, task, "20/04/2025", percent=30, result="Tháng 4")
        progress.add_update(session, task, "10/05/2025", percent=50, result="Tháng 5")
    open_task(tasks_page, qtbot, "(20)")
    panel = tasks_page.panel
    assert panel.form.result.toPlainText() == "Tháng 5"
    monkeypatch.setattr("kh57desk.ui.task_panel.ask", lambda *_args: True)
    panel.delete_button.click()
    idle(demo_app.worker)
    qtbot.waitUntil(lambda: panel.form.result.toPlainText() == "Tháng 4", timeout=5_000)
    assert panel.timeline.topLevelItemCount() == 1
    # the list reads the task again: its standing now comes from the 20/04 update
    qtbot.waitUntil(lambda: next(r for r in tasks_page.model.rows if r.ref == "(20)").percent == 30, timeout=5_000)
    with demo_workspace.db.reader() as session:
        from kh57desk.db.models import ProgressUpdate

        rows = [(u.result, u.deleted) for u in session.scalars(select(ProgressUpdate).order_by(ProgressUpdate.on_date))]
    assert rows == [("Tháng 4", False), ("Tháng 5", True)]
