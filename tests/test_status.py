"""Every combination of entered state, completion date, deadline kind and cut-off."""

import datetime as dt

import pytest

from kh57desk.domain import deadline as D
from kh57desk.domain import status as S
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
    (None, DUE_MAY, S.OVERDUE),
    (None, DUE_JUNE, S.NOT_STARTED_STATUS),
    ((S.NOT_STARTED, None, None), DUE_JUNE, S.NOT_STARTED_STATUS),
    ((S.NOT_STARTED, None, None), DUE_MAY, S.OVERDUE),
    ((S.IN_PROGRESS, None, 40), DUE_JUNE, S.ON_TRACK),
    ((S.IN_PROGRESS, None, 40), DUE_MAY, S.OVERDUE),
    ((None, None, 30), DUE_JUNE, S.ON_TRACK),
    ((S.COMPLETED, d(2025, 5, 20), 100), DUE_MAY, S.DONE_ON_TIME),
    ((S.COMPLETED, d(2025, 5, 31), 100), DUE_MAY, S.DONE_ON_TIME),
    ((S.COMPLETED, d(2025, 6, 2), 100), DUE_MAY, S.DONE_LATE),
    ((S.COMPLETED, None, 100), DUE_JUNE, S.DONE_ON_TIME),
    ((S.COMPLETED, None, 100), DUE_MAY, S.DONE_LATE),          # no date: judged at the cut-off
    ((S.IN_PROGRESS, d(2025, 5, 2), None), DUE_MAY, S.DONE_ON_TIME),  # a completion date means done
    ((S.IN_PROGRESS, None, 100), DUE_JUNE, S.DONE_ON_TIME),
    ((S.ADJUSTMENT_PROPOSED, None, None), DUE_MAY, S.ADJUSTMENT),
    ((S.ADJUSTMENT_PROPOSED, d(2025, 5, 2), None), DUE_MAY, S.ADJUSTMENT),
    (None, ONGOING, S.RECURRING),
    ((S.IN_PROGRESS, None, 50), ONGOING, S.RECURRING),
    ((S.COMPLETED, d(2025, 6, 1), None), ONGOING, S.DONE_ON_TIME),
    (None, YEARLY, S.RECURRING),
    (None, NOVEMBER, S.RECURRING),                             # due 30/11, not yet passed at 14/06
    (None, STAGE, S.NOT_STARTED_STATUS),
    ((S.IN_PROGRESS, None, 10), STAGE, S.ON_TRACK),
    (None, CONDITIONAL, S.NOT_STARTED_STATUS),
    ((S.IN_PROGRESS, None, None), CONDITIONAL, S.ON_TRACK),
    (None, UNKNOWN, S.NOT_STARTED_STATUS),
]


@pytest.mark.parametrize("entry,deadline,expected", TABLE)
def test_status_table(entry, deadline, expected):
    value = S.Entry(*entry) if entry else None
    assert S.derive_status(value, deadline, Q2_END) == expected


def test_yearly_task_fixed_to_a_month_becomes_overdue_after_it():
    assert S.derive_status(None, NOVEMBER, d(2025, 12, 14)) == S.OVERDUE
    assert S.derive_status(S.Entry(S.COMPLETED, d(2025, 11, 20)), NOVEMBER, d(2025, 12, 14)) == S.DONE_ON_TIME


def test_today_before_the_cut_off_is_used_for_overdue():
    # at 20/05 a task due 31/05 is not overdue yet, even if the quarter ends on 14/06
    assert S.derive_status(None, DUE_MAY, Q2_END, today=d(2025, 5, 20)) == S.NOT_STARTED_STATUS
    assert S.derive_status(None, DUE_MAY, Q2_END, today=d(2025, 6, 1)) == S.OVERDUE


def test_every_status_has_a_vietnamese_label_in_report_order():
    assert [S.STATUS_LABELS[s] for s in S.STATUSES] == [
        "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện (trong hạn)", "Quá hạn, chưa hoàn thành",
        "Chưa triển khai", "Thường xuyên (đang triển khai)", "Đề nghị điều chỉnh/dừng thực hiện"]


@pytest.mark.parametrize("text,state", [("hoàn thành", S.COMPLETED), ("Đang thực hiện", S.IN_PROGRESS),
                                        ("chua trien khai", S.NOT_STARTED), ("đề nghị điều chỉnh", S.ADJUSTMENT_PROPOSED),
                                        ("completed", S.COMPLETED), ("xyz", None)])
def test_state_words(text, state):
    assert S.state_from_text(text) == state
