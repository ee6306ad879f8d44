"""The progress service on the journal: dated updates, carried standing, validation messages,
stale edits refused by revision, late amendments after a report was sent and their paragraph."""

import datetime as dt

import pytest

from kh57desk.domain import status as task_status
from kh57desk.domain.periods import parse_period
from kh57desk.errors import InputError
from kh57desk.services import progress, report_data, reported, tasks

M05, M06 = parse_period("2025-M05"), parse_period("2025-M06")


def test_a_new_update_carries_the_standing_and_keeps_its_own_texts(demo_workspace):
    with demo_workspace.db.transaction() as s:
        task = tasks.find_task(s, "5")
        progress.add_update(s, task, "20/04/2025", state="đang thực hiện", percent=40, result="Dự thảo",
                            difficulties="Thiếu kinh phí")
        later = progress.add_update(s, task, "20/05/2025", result="Lấy ý kiến").update
        earlier = progress.add_update(s, task, "01/04/2025", result="Khảo sát").update
    assert (later.state, later.percent, later.difficulties) == (task_status.IN_PROGRESS, 40, "")
    assert (earlier.state, earlier.percent) == (task_status.NOT_STARTED, None)  # nothing before 01/04 to carry
    with demo_workspace.db.transaction() as s:
        started = progress.add_update(s, tasks.find_task(s, "6"), "02/04/2025", percent=30).update
    assert (started.state, started.percent) == (task_status.IN_PROGRESS, 30)  # a percentage means under way
    with demo_workspace.db.reader() as s:
        assert [u.on for u in progress.list_updates(s, tasks.find_task(s, "5"))] == [
            dt.date(2025, 5, 20), dt.date(2025, 4, 20), dt.date(2025, 4, 1)]


@pytest.mark.parametrize("on, changes, message", [
    ("01/01/2999", {"percent": 10}, "ở tương lai"),
    ("31/12/1999", {"percent": 10}, "trước năm 2000"),
    ("10/05/2025", {"percent": 101}, "phải là số từ 0 đến 100"),
    ("10/05/2025", {"percent": "abc"}, "phải là số từ 0 đến 100"),
    ("10/05/2025", {"completed_on": "11/05/2025"}, "sau ngày cập nhật"),
    ("31/02/2025", {"percent": 10}, "không phải một ngày có thật"),
])
def test_bad_values_are_refused_in_vietnamese(demo_workspace, on, changes, message):
    with pytest.raises(InputError, match=message):
        with demo_workspace.db.transaction() as s:
            progress.add_update(s, tasks.find_task(s, "5"), on, **changes)


def test_unknown_ids_and_withdrawn_tasks(demo_workspace):
    with pytest.raises(InputError, match="Không có cập nhật tiến độ mã '4242'"):
        with demo_workspace.db.transaction() as s:
            progress.edit_update(s, 4242, percent=10)
    with pytest.raises(InputError, match="đã bị rút khỏi kế hoạch"):
        with demo_workspace.db.transaction() as s:
            task = tasks.find_task(s, "5")
            task.withdrawn = True
            progress.add_update(s, task, "10/05/2025", percent=10)


def test_an_edit_from_a_stale_form_is_refused_and_shows_the_newer_value(demo_workspace):
    with demo_workspace.db.transaction() as s:
        first = progress.add_update(s, tasks.find_task(s, "5"), "10/05/2025", result="A").update
    with demo_workspace.db.transaction() as s:
        progress.edit_update(s, first.id, expected_revision=1, result="B (cửa sổ khác)")
    with pytest.raises(progress.StaleUpdate) as caught:
        with demo_workspace.db.transaction() as s:
            progress.edit_update(s, first.id, expected_revision=1, result="C (biểu mẫu cũ)")
    assert caught.value.current.result == "B (cửa sổ khác)" and caught.value.current.revision == 2
    assert "vừa được sửa ở nơi khác" in caught.value.message


def test_changes_after_a_sent_report_are_late_amendments_listed_by_the_next_report(demo_workspace):
    with demo_workspace.db.transaction() as s:
        task = tasks.find_task(s, "5")
        update = progress.add_update(s, task, "20/04/2025", percent=40, result="Dự thảo").update
        reported.mark(s, M05.id, reported.SENT, at=dt.datetime(2025, 5, 16, 9))
        assert update.late_for == ""
        amended = progress.edit_update(s, update.id, result="Dự thảo đã trình UBND").update
        added = progress.add_update(s, task, "01/05/2025", result="Họp lấy ý kiến").update
        outside = progress.add_update(s, task, "20/05/2025", result="Trong kỳ tháng 6").update
    assert (amended.late_for, added.late_for, outside.late_for) == ("2025-M05", "2025-M05", "")
    with demo_workspace.db.reader() as s:
        summary = report_data.summary(s, M06, today=dt.date(2025, 6, 20))
        assert [n.text for n in summary.amendments] == [
            "Nhiệm vụ (5): cập nhật ngày 20/04/2025 (kỳ 2025-M05): Dự thảo đã trình UBND",
            "Nhiệm vụ (5): cập nhật ngày 01/05/2025 (kỳ 2025-M05): Họp lấy ý kiến"]
        draft = report_data.load_draft(s, M06)
        doc = report_data.build_document(s, M06, draft, number="01/BC-SNV", day=dt.date(2025, 6, 20),
                                         today=dt.date(2025, 6, 20))
        texts = [b.text for b in doc.body]
        heading = texts.index("Bổ sung sau báo cáo kỳ trước (2 nội dung)")
        assert texts[heading + 1].startswith("Nhiệm vụ (5): cập nhật ngày 20/04/2025")
        assert heading < next(i for i, t in enumerate(texts) if t.startswith("II."))
        # the M05 report itself is not rewritten: its view still has the amended update, flagged
        assert report_data.summary(s, M05, today=dt.date(2025, 6, 20)).amendments == []


def test_a_returned_report_reopens_its_period_and_an_accepted_one_locks_it(demo_workspace):
    with demo_workspace.db.transaction() as s:
        task = tasks.find_task(s, "5")
        reported.mark(s, M05.id, reported.SENT, at=dt.datetime(2025, 5, 16))
        reported.mark(s, M05.id, reported.RETURNED, at=dt.datetime(2025, 5, 18))
        corrected = progress.add_update(s, task, "01/05/2025", result="Sửa theo yêu cầu").update
        assert corrected.late_for == ""  # belongs to the corrected version
        reported.mark(s, M05.id, reported.ACCEPTED, at=dt.datetime(2025, 5, 25))
    with pytest.raises(InputError, match="đã được cơ quan tổng hợp chấp nhận"):
        with demo_workspace.db.transaction() as s:
            progress.edit_update(s, corrected.id, result="Sửa sau khi chấp nhận")
    with pytest.raises(InputError, match="đã được cơ quan tổng hợp chấp nhận"):
        with demo_workspace.db.transaction() as s:
            progress.add_update(s, tasks.find_task(s, "5"), "02/05/2025", result="Thêm sau khi chấp nhận")
    with demo_workspace.db.transaction() as s:
        reported.mark(s, M05.id, reported.REOPENED)
        assert progress.edit_update(s, corrected.id, result="Sửa sau khi mở lại").update.revision == 2


def test_per_task_wording_in_the_draft_overrides_the_journal_for_that_report_only(demo_workspace):
    q2 = parse_period("2025-Q2")
    with demo_workspace.db.transaction() as s:
        task = tasks.find_task(s, "5")
        progress.add_update(s, task, "20/04/2025", result="Bản dài, nhiều chi tiết về cuộc họp")
        draft = report_data.load_draft(s, q2)
        draft.task_texts = {task.uid: "Đã tổ chức họp"}
        report_data.save_draft(s, draft)
        uid = task.uid
    with demo_workspace.db.reader() as s:
        draft = report_data.load_draft(s, q2)
        doc = report_data.build_document(s, q2, draft, number="01/BC-SNV", day=dt.date(2025, 6, 20),
                                         today=dt.date(2025, 6, 20))
        line = next(t for t in doc.tasks if t.task_uid == uid)
        assert (line.result, line.result_overridden) == ("Đã tổ chức họp", True)
        journal_text = progress.list_updates(s, tasks.find_task(s, "5"))[0].result
        assert journal_text == "Bản dài, nhiều chi tiết về cuộc họp"
