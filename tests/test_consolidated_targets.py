"""At the coordinator, a period's target figures are dated measurements: each agency's latest
figure measured up to the window's end (a later one does not count, an earlier one carries)."""

import datetime as dt

from kh57desk.coordinator import consolidation
from kh57desk.db.models import Agency, Indicator, IndicatorValue
from kh57desk.domain import targets as target_rules
from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_apply, sample_plan, setup


def test_each_agency_s_latest_figure_up_to_the_window_s_end(workspace):
    with workspace.db.transaction() as s:
        setup.initialise(s, "Sở Khoa học và Công nghệ", coordinator=True)
        draft = sample_plan.load_draft()
        draft.indicators = [target_rules.parse_target("Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%", 2025, "")]
        plan_apply.apply(s, draft)
        indicator = s.query(Indicator).one()
        health = s.query(Agency).filter(Agency.name == "Sở Y tế").one()
        for period, value, day in (("2025-M04", 40, dt.date(2025, 4, 14)), ("2025-M05", 55, dt.date(2025, 5, 14)),
                                   ("2025-Q3", 70, dt.date(2025, 9, 14))):
            s.add(IndicatorValue(indicator_id=indicator.id, period=period, value=value, note="", agency_id=health.id,
                                 measured_on=day))
    with workspace.db.reader() as s:
        names = dict(s.query(Agency.id, Agency.name).all())
        [q2] = consolidation._targets(s, parse_period("2025-Q2"), names)
        [q1] = consolidation._targets(s, parse_period("2025-Q1"), names)
        [q3] = consolidation._targets(s, parse_period("2025-Q3"), names)
    assert q2.agency_values == (("Sở Y tế", 55.0),)
    assert q1.agency_values == ()
    assert q3.agency_values == (("Sở Y tế", 70.0),)
