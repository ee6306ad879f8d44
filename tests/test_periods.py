import datetime as dt

import pytest
from hypothesis import given, strategies as st

from kh57desk.domain import periods as reporting_periods
from kh57desk.errors import InputError

d = dt.date


@pytest.mark.parametrize("pid,start,end,label", [
    # Decree 09/2019/NĐ-CP, Art. 12
    ("2025-M05", d(2025, 4, 15), d(2025, 5, 14), "tháng 5 năm 2025"),
    ("2025-M01", d(2024, 12, 15), d(2025, 1, 14), "tháng 1 năm 2025"),
    ("2025-Q1", d(2024, 12, 15), d(2025, 3, 14), "quý I năm 2025"),
    ("2025-Q2", d(2025, 3, 15), d(2025, 6, 14), "quý II năm 2025"),
    ("2025-Q4", d(2025, 9, 15), d(2025, 12, 14), "quý IV năm 2025"),
    ("2025-H1", d(2024, 12, 15), d(2025, 6, 14), "6 tháng đầu năm 2025"),
    ("2025-H2", d(2025, 6, 15), d(2025, 12, 14), "6 tháng cuối năm 2025"),
    ("2025-Y", d(2024, 12, 15), d(2025, 12, 14), "năm 2025"),
    ("DX-2025-06-15", d(2025, 1, 1), d(2025, 6, 15), "đột xuất đến ngày 15/06/2025"),
    ("2025-q2", d(2025, 3, 15), d(2025, 6, 14), "quý II năm 2025"),
])
def test_cut_off_windows(pid, start, end, label):
    period = reporting_periods.parse_period(pid)
    assert (period.start, period.end, period.label) == (start, end, label)
    assert period.id == pid.upper()


@pytest.mark.parametrize("bad", ["2025-Q5", "2025-Q0", "2025-M13", "2025-M00", "2025-H3", "25-Q1", "Q2-2025",
                                 "", "2025-C1", "DX-2025-02-30", "1990-Q1"])
def test_bad_period_ids_raise_a_vietnamese_message(bad):
    with pytest.raises(InputError) as err:
        reporting_periods.parse_period(bad)
    assert "không hợp lệ" in err.value.message


def test_custom_periods_from_a_plans_fixed_dates():
    # "định kỳ trước ngày 01/6 và 15/11 hằng năm"
    first, second = reporting_periods.custom_periods(2025, ((1, 6), (15, 11)))
    assert (first.id, first.start, first.end) == ("2025-C1", d(2024, 11, 15), d(2025, 5, 31))
    assert (second.id, second.start, second.end) == ("2025-C2", d(2025, 6, 1), d(2025, 11, 14))
    assert reporting_periods.parse_period("2025-C2", ((1, 6), (15, 11))) == second


@given(st.dates(min_value=d(2001, 1, 1), max_value=d(2098, 12, 31)),
       st.sampled_from(reporting_periods.STANDARD_KINDS))
def test_every_day_lies_in_exactly_one_period_of_each_kind(day, kind):
    period = reporting_periods.period_containing(day, kind)
    assert period.contains(day)
    before, after = reporting_periods.previous(period), reporting_periods.following(period)
    assert before.end + dt.timedelta(days=1) == period.start
    assert period.end + dt.timedelta(days=1) == after.start
    assert reporting_periods.parse_period(period.id) == period


def test_ad_hoc_window_must_be_ordered():
    with pytest.raises(InputError):
        reporting_periods.ad_hoc(d(2025, 1, 1), d(2025, 2, 1))
