import datetime as dt

import pytest

from kh57desk.domain import periods as reporting_periods
from kh57desk.domain import schedule as schedules
from kh57desk.errors import InputError
from tests.fixtures_reference import REFERENCE_DIR, load_sample_plan

d = dt.date


def test_narrative_plan_rhythm_monthly_quarterly_half_yearly_yearly():
    text = (REFERENCE_DIR / "ke-hoach-thai-binh-nq57-narrative.txt").read_text(encoding="utf-8")
    sentence = next(line for line in text.splitlines() if "định kỳ hằng tháng" in line)
    schedule = schedules.parse_schedule_text(sentence)
    assert schedule.kinds == (reporting_periods.MONTHLY, reporting_periods.QUARTERLY, reporting_periods.HALF_YEAR, reporting_periods.YEARLY)
    assert schedule.fixed_dates == ()


def test_sub_committee_rhythm_once_a_month():
    schedule = schedules.parse_schedule_text(load_sample_plan()["plan"]["schedule_text"])
    assert schedule.kinds == (reporting_periods.MONTHLY,)


def test_fixed_dates_rhythm():
    schedule = schedules.parse_schedule_text("định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu)")
    assert schedule.kinds == (reporting_periods.CUSTOM,)
    assert schedule.fixed_dates == ((1, 6), (15, 11))
    periods = schedule.periods_in_year(2025)
    assert [schedule.due_date(p) for p in periods] == [d(2025, 6, 1), d(2025, 11, 15)]


def test_unknown_rhythm_falls_back_to_decree_09():
    schedule = schedules.parse_schedule_text("theo quy định")
    assert schedule.kinds == schedules.Schedule().kinds


def test_schedule_round_trips_through_json():
    schedule = schedules.validate((reporting_periods.QUARTERLY, reporting_periods.YEARLY), ((1, 6),), 10, "x")
    assert schedules.Schedule.from_json(schedule.to_json()) == schedule


@pytest.mark.parametrize("args", [(("Z",),), ((reporting_periods.MONTHLY,), ((31, 2),)), ((reporting_periods.MONTHLY,), (), 99)])
def test_invalid_schedule(args):
    with pytest.raises(InputError):
        schedules.validate(*args)


def test_reports_due_late_submitted_and_upcoming_on_a_day():
    schedule = schedules.Schedule(kinds=(reporting_periods.QUARTERLY, reporting_periods.HALF_YEAR), due_days_after=6)
    items = schedules.reports_on(schedule, d(2025, 6, 17), submitted={"2025-Q1"}, since=d(2025, 1, 1))
    states = {(r.period.id, r.state) for r in items}
    assert states == {("2025-Q1", schedules.SUBMITTED), ("2025-Q2", schedules.DUE), ("2025-H1", schedules.DUE)}
    items = schedules.reports_on(schedule, d(2025, 6, 25), submitted=frozenset(), since=d(2025, 1, 1))
    assert {(r.period.id, r.state) for r in items} == {("2025-Q1", schedules.LATE), ("2025-Q2", schedules.LATE),
                                                       ("2025-H1", schedules.LATE)}
    items = schedules.reports_on(schedule, d(2025, 8, 20), since=d(2025, 7, 1), horizon_days=40)
    assert [(r.period.id, r.state, r.due) for r in items] == [("2025-Q3", schedules.UPCOMING, d(2025, 9, 20))]


def test_current_period_prefers_the_shortest_kind():
    assert schedules.current_period(schedules.Schedule(), d(2025, 5, 20)).id == "2025-M06"
    assert schedules.current_period(schedules.Schedule(kinds=(reporting_periods.QUARTERLY, reporting_periods.YEARLY)), d(2025, 5, 20)).id == "2025-Q2"
