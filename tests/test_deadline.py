import datetime as dt
import json

import pytest
from hypothesis import given, strategies as st

from kh57desk.domain import deadline as deadline_rules
from kh57desk.domain.deadline import parse_deadline
from tests.fixtures_reference import REFERENCE_DIR, load_sample_tasks

d = dt.date

# Every form named in the domain notes, and the variants the reference plans print.
CASES = [
    ("Tháng 3/2025", deadline_rules.DATE, d(2025, 3, 1), d(2025, 3, 31), None),
    ("Tháng 9/ 2025", deadline_rules.DATE, d(2025, 9, 1), d(2025, 9, 30), None),
    ("Tháng \n\n3/2025 ", deadline_rules.DATE, d(2025, 3, 1), d(2025, 3, 31), None),
    ("Tháng 2/2024", deadline_rules.DATE, d(2024, 2, 1), d(2024, 2, 29), None),
    ("Quý II/2025", deadline_rules.DATE, d(2025, 4, 1), d(2025, 6, 30), None),
    ("Quý \n\nII/2025", deadline_rules.DATE, d(2025, 4, 1), d(2025, 6, 30), None),
    ("Quý II năm 2025", deadline_rules.DATE, d(2025, 4, 1), d(2025, 6, 30), None),
    ("Quý IV/2025", deadline_rules.DATE, d(2025, 10, 1), d(2025, 12, 31), None),
    ("Quý I/2026", deadline_rules.DATE, d(2026, 1, 1), d(2026, 3, 31), None),
    ("Trước 20/4/2025", deadline_rules.DATE, None, d(2025, 4, 20), None),
    ("Thường xuyên", deadline_rules.RECURRING, None, None, deadline_rules.CONTINUOUS),
    ("Năm 2030 (2025-2030)", deadline_rules.RANGE, d(2025, 1, 1), d(2030, 12, 31), None),
    ("Năm 2028 (2025-2030)", deadline_rules.RANGE, d(2025, 1, 1), d(2028, 12, 31), None),
    ("Năm 2030 (2025-2030", deadline_rules.RANGE, d(2025, 1, 1), d(2030, 12, 31), None),
    ("Năm 2025", deadline_rules.DATE, d(2025, 1, 1), d(2025, 12, 31), None),
    ("Khi Trung ương có quy định mới", deadline_rules.CONDITIONAL, None, None, None),
    ("Tháng 11 của năm trước", deadline_rules.RECURRING, None, None, deadline_rules.YEARLY),
    ("6 tháng đầu năm 2025", deadline_rules.DATE, d(2025, 1, 1), d(2025, 6, 30), None),
    ("6 tháng cuối năm 2025", deadline_rules.DATE, d(2025, 7, 1), d(2025, 12, 31), None),
    ("Hằng năm", deadline_rules.RECURRING, None, None, deadline_rules.YEARLY),
    ("Hàng năm", deadline_rules.RECURRING, None, None, deadline_rules.YEARLY),
    ("Giai đoạn 2026-2030", deadline_rules.RANGE, d(2026, 1, 1), d(2030, 12, 31), None),
    ("15/11/2025", deadline_rules.DATE, None, d(2025, 11, 15), None),
    ("Hàn thành đăng ký trong Tháng 3/2025", deadline_rules.DATE, d(2025, 3, 1), d(2025, 3, 31), None),
]


@pytest.mark.parametrize("text,kind,start,due,recurrence", CASES)
def test_real_deadline_forms(text, kind, start, due, recurrence):
    parsed = parse_deadline(text)
    assert (parsed.kind, parsed.start, parsed.due, parsed.recurrence) == (kind, start, due, recurrence)


def test_month_of_previous_year_is_due_at_end_of_that_month_each_year():
    parsed = parse_deadline("Tháng 11 của năm trước")
    assert parsed.month == 11
    assert parsed.due_in_year(2025) == d(2025, 11, 30)


@pytest.mark.parametrize("value", ["", "   ", "Theo tiến độ dự án", "31/2/2025", "Tháng 13/2025",
                                   "Giai đoạn 2030-2026", "Quý V/2025"])
def test_text_not_understood_comes_back_unparsed_with_its_raw_text(value):
    parsed = parse_deadline(value)
    assert parsed.kind == deadline_rules.UNPARSED
    assert parsed.raw == value.strip()
    assert parsed.due is None


def test_excel_date_cells():
    assert parse_deadline(dt.datetime(2025, 6, 30, 0, 0)) == deadline_rules.Deadline(deadline_rules.DATE, "30/06/2025", due=d(2025, 6, 30))
    assert parse_deadline(d(2025, 5, 1)).due == d(2025, 5, 1)
    assert parse_deadline(None).kind == deadline_rules.UNPARSED


def test_every_deadline_of_the_reference_table_is_understood():
    tasks = load_sample_tasks()
    kinds = {}
    for task in tasks:
        parsed = parse_deadline(task["deadline"])
        assert parsed.kind != deadline_rules.UNPARSED, (task["ref"], task["deadline"])
        kinds[parsed.kind] = kinds.get(parsed.kind, 0) + 1
    assert kinds == {deadline_rules.DATE: 73, deadline_rules.RANGE: 14, deadline_rules.RECURRING: 10, deadline_rules.CONDITIONAL: 1}
    by_ref = {t["ref"]: parse_deadline(t["deadline"]) for t in tasks}
    assert by_ref["(1)"].due == d(2025, 3, 31)
    assert by_ref["(24)"].due == d(2025, 4, 20)
    assert by_ref["(93)"].kind == deadline_rules.CONDITIONAL
    assert by_ref["(96)"].recurrence == deadline_rules.YEARLY


def test_reference_table_text_holds_the_split_quarter_form():
    text = (REFERENCE_DIR / "tieu-ban-thai-binh-2025-phu-luc.txt").read_text(encoding="utf-8")
    assert "Quý \n\nII/2025" in text or "Quý II/2025" in text


@given(st.one_of(st.text(), st.none(), st.integers(), st.dates(), st.datetimes()))
def test_never_raises(value):
    parsed = parse_deadline(value)
    assert parsed.kind in deadline_rules.KINDS
    if parsed.kind == deadline_rules.UNPARSED:
        assert parsed.due is None
