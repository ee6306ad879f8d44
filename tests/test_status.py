"""Every combination of entered state, completion date, deadline kind and cut-off."""

import datetime as dt

import pytest

from kh57desk.domain import deadline as deadline_rules
from kh57desk.domain import status as task_status
from kh57desk.domain.deadline import parse_deadline

d = dt.date
Q2_END = d(2025, 6, 14)
DUE_MAY = parse_deadline("Tháng 5/2025")        # due 31/05/2025, before the cut-off
DUE_JUNE = parse_deadline("Tháng 6/2025")       # due 30/06/2025, after the cut-off
ONGOING = parse_deadline("Thường xuyên")
YEARLY = parse_deadline("Hằng năm")
NOVEMBER = parse_deadline("Tháng 11 của năm trước")
STAGE = parse_deadline("Giai đoạn 2026-2030")
CONDITIONAL = parse_deadline("Khi Trung ương có quy định mới")
UNKNOWN = parse_deadline("Theo tiến độ dự án")

TABLE = [
    # entry (state, completed_on, percent), deadline, expected
    (None, DUE_MAY, task_status.OVERDUE),
    (None, DUE_JUNE, task_status.NOT_STARTED_STATUS),
    ((task_status.NOT_STARTED, None, None), DUE_JUNE, task_status.NOT_STARTED_STATUS),
    ((task_status.NOT_STARTED, None, None), DUE_MAY, task_status.OVERDUE),
    ((task_status.IN_PROGRESS, None, 40), DUE_JUNE, task_status.ON_TRACK),
    ((task_status.IN_PROGRESS, None, 40), DUE_MAY, task_status.OVERDUE),
    ((None, None, 30), DUE_JUNE, task_status.ON_TRACK),
    ((task_status.COMPLETED, d(2025, 5, 20), 100), DUE_MAY, task_status.DONE_ON_TIME),
    ((task_status.COMPLETED, d(2025, 5, 31), 100), DUE_MAY, task_status.DONE_ON_TIME),
    ((task_status.COMPLETED, d(2025, 6, 2), 100), DUE_MAY, task_status.DONE_LATE),
    ((task_status.COMPLETED, None, 100), DUE_JUNE, task_status.DONE_ON_TIME),
    ((task_status.COMPLETED, None, 100), DUE_MAY, task_status.DONE_LATE),          # no date: judged at the cut-off
    ((task_status.IN_PROGRESS, d(2025, 5, 2), None), DUE_MAY, task_status.DONE_ON_TIME),  # a completion date means done
    ((task_status.IN_PROGRESS, None, 100), DUE_JUNE, task_status.DONE_ON_TIME),
    ((task_status.ADJUSTMENT_PROPOSED, None, None), DUE_MAY, task_status.ADJUSTMENT),
    ((task_status.ADJUSTMENT_PROPOSED, d(2025, 5, 2), None), DUE_MAY, task_status.ADJUSTMENT),
    (None, ONGOING, task_status.RECURRING),
    ((task_status.IN_PROGRESS, None, 50), ONGOING, task_status.RECURRING),
    ((task_status.COMPLETED, d(2025, 6, 1), None), ONGOING, task_status.DONE_ON_TIME),
    (None, YEARLY, task_status.RECURRING),
    (None, NOVEMBER, task_status.RECURRING),                             # due 30/11, not yet passed at 14/06
    (None, STAGE, task_status.NOT_STARTED_STATUS),
    ((task_status.IN_PROGRESS, None, 10), STAGE, task_status.ON_TRACK),
    (None, CONDITIONAL, task_status.NOT_STARTED_STATUS),
    ((task_status.IN_PROGRESS, None, None), CONDITIONAL, task_status.ON_TRACK),
    (None, UNKNOWN, task_status.NOT_STARTED_STATUS),
]


@pytest.mark.parametrize("entry,deadline,expected", TABLE)
def test_status_table(entry, deadline, expected):
    value = task_status.Entry(*entry) if entry else None
    assert task_status.derive_status(value, deadline, Q2_END) == expected


def test_yearly_task_fixed_to_a_month_becomes_overdue_after_it():
    assert task_status.derive_status(None, NOVEMBER, d(2025, 12, 14)) == task_status.OVERDUE
    assert task_status.derive_status(task_status.Entry(task_status.COMPLETED, d(2025, 11, 20)), NOVEMBER, d(2025, 12, 14)) == task_status.DONE_ON_TIME


def test_today_before_the_cut_off_is_used_for_overdue():
    # at 20/05 a task due 31/05 is not overdue yet, even if the quarter ends on 14/06
    assert task_status.derive_status(None, DUE_MAY, Q2_END, today=d(2025, 5, 20)) == task_status.NOT_STARTED_STATUS
    assert task_status.derive_status(None, DUE_MAY, Q2_END, today=d(2025, 6, 1)) == task_status.OVERDUE


def test_every_status_has_a_vietnamese_label_in_report_order():
    assert [task_status.STATUS_LABELS[s] for s in task_status.STATUSES] == [
        "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện (trong hạn)", "Quá hạn, chưa hoàn thành",
        "Chưa triển khai", "Thường xuyên (đang triển khai)", "Đề nghị điều chỉnh/dừng thực hiện"]


@pytest.mark.parametrize("text,state", [("hoàn thành", task_status.COMPLETED), ("Đang thực hiện", task_status.IN_PROGRESS),
                                        ("chua trien khai", task_status.NOT_STARTED), ("đề nghị điều chỉnh", task_status.ADJUSTMENT_PROPOSED),
                                        ("completed", task_status.COMPLETED), ("xyz", None)])
def test_state_words(text, state):
    assert task_status.state_from_text(text) == state
