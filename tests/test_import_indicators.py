"""Indicators: a plan's targets applied to the database, listed per period, figures recorded."""

import copy

import pytest
from sqlalchemy import func, select

from kh57desk.db.models import AuditLog, Indicator, IndicatorValue
from kh57desk.domain import targets as target_rules
from kh57desk.domain.periods import parse_period
from kh57desk.errors import InputError
from kh57desk.services import indicators, plan_apply, sample_plan

TARGET_LINES = [
    (2025, "a) Phát triển hạ tầng", "- Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%."),
    (2025, "a) Phát triển hạ tầng", "- Hoàn thiện hạ tầng số đồng bộ."),
    (2025, "b) Phát triển doanh nghiệp", "- Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn."),
    (2030, "a) Phát triển hạ tầng", "- Tỷ lệ phủ sóng 5G trên địa bàn ≥ 90%."),
    (2030, "b) Kinh tế số", "- Quy mô kinh tế số đạt 30% GRDP."),
    (2030, "c) Nhân lực", "- Tỷ lệ hồ sơ trễ hạn tối đa 1,5%."),
]


def _draft(lines=TARGET_LINES):
    draft = sample_plan.load_draft()
    draft.indicators = [target_rules.parse_target(text, year, group) for year, group, text in lines]
    return draft


@pytest.fixture
def plan_with_targets(demo_workspace):
    with demo_workspace.db.transaction() as session:
        result = plan_apply.apply(session, _draft())
    assert result.counts()["targets_added"] == 6 and result.counts()["added"] == 0
    return demo_workspace


def test_targets_are_stored_and_listed_in_plan_order(plan_with_targets):
    q2 = parse_period("2025-Q2")
    with plan_with_targets.db.reader() as session:
        rows = indicators.list_indicators(session, q2)
    assert [(r.milestone_year, r.comparator, r.target, r.unit) for r in rows] == [
        (2025, ">=", 60, "%"), (2025, "", None, ""), (2025, ">=", 30, "doanh nghiệp"),
        (2030, ">=", 90, "%"), (2030, "=", 30, "% GRDP"), (2030, "<=", 1.5, "%")]
    assert [r.assessment for r in rows] == ["Chưa có số liệu", "Chỉ tiêu định tính", "Chưa có số liệu",
                                            "Chưa có số liệu", "Chưa có số liệu", "Chưa có số liệu"]
    assert rows[0].group == "a) Phát triển hạ tầng" and rows[0].text == "Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%"
    assert rows[0].target_label == "≥ 60%"
    assert rows[0].plan_id == rows[5].plan_id


def test_record_value_accepts_vietnamese_numbers_and_assesses(plan_with_targets):
    q2, q3 = parse_period("2025-Q2"), parse_period("2025-Q3")
    with plan_with_targets.db.transaction() as session:
        ids = [r.id for r in indicators.list_indicators(session, q2)]
        row = indicators.record_value(session, ids[0], q2, "62,5", note="Theo số liệu Viettel")
        assert (row.value, row.assessment, row.note) == (62.5, "Đạt", "Theo số liệu Viettel")
        row = indicators.record_value(session, ids[2], q2, "3.000")
        assert (row.value, row.assessment) == (3000, "Đạt")
        row = indicators.record_value(session, ids[5], q2, "2%")
        assert (row.value, row.assessment) == (2, "Chưa đạt")  # at most 1,5%: lower is better
        indicators.record_value(session, ids[0], q3, 58)
    with plan_with_targets.db.reader() as session:
        rows = {r.id: r for r in indicators.list_indicators(session, q3)}
        assert rows[ids[0]].value == 58 and rows[ids[0]].assessment == "Chưa đạt"
        assert rows[ids[0]].values_by_period == {"2025-Q2": 62.5, "2025-Q3": 58}
        # a dated measurement: Q3 shows the latest figure measured up to its end (Q2's)
        assert rows[ids[2]].value == 3000 and rows[ids[2]].values_by_period == {"2025-Q2": 3000}
        assert session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "indicator.record")) == 4
        stored = session.scalar(select(IndicatorValue).where(IndicatorValue.indicator_id == ids[0],
                                                             IndicatorValue.period == "2025-Q2"))
        assert stored.agency_id is not None  # the figure is this database's own agency's
        assert stored.measured_on.isoformat() == "2025-06-14"  # the window's last day (already past)


def test_recording_again_replaces_and_empty_clears(plan_with_targets):
    q2 = parse_period("2025-Q2")
    with plan_with_targets.db.transaction() as session:
        first = indicators.list_indicators(session, q2)[0].id
        indicators.record_value(session, first, q2, "50")
        indicators.record_value(session, first, q2, "65")
        row = indicators.record_value(session, first, q2, "", note="Chưa có số liệu chính thức")
        assert row.value is None and row.assessment == "Chưa có số liệu" and row.note == "Chưa có số liệu chính thức"
        assert session.scalar(select(func.count(IndicatorValue.id))) == 1


@pytest.mark.parametrize("value, message", [
    ("sáu mươi", "không phải là số"), ("1e400", "không phải là số"), ("1.2.3", "không phải là số"),
    ("9" * 20, "quá lớn"),
])
def test_bad_values_are_refused_and_change_nothing(plan_with_targets, value, message):
    q2 = parse_period("2025-Q2")
    with plan_with_targets.db.reader() as session:
        first = indicators.list_indicators(session, q2)[0].id
    with pytest.raises(InputError, match=message):
        with plan_with_targets.db.transaction() as session:
            indicators.record_value(session, first, q2, value)
    with plan_with_targets.db.reader() as session:
        assert session.scalar(select(func.count(IndicatorValue.id))) == 0


def test_unknown_withdrawn_and_qualitative_targets_are_refused(plan_with_targets):
    q2 = parse_period("2025-Q2")
    with plan_with_targets.db.transaction() as session:
        rows = indicators.list_indicators(session, q2)
        with pytest.raises(InputError, match="Không có chỉ tiêu số 999"):
            indicators.record_value(session, 999, q2, 1)
        with pytest.raises(InputError, match="định tính"):
            indicators.record_value(session, rows[1].id, q2, 1)
        qualitative = indicators.record_value(session, rows[1].id, q2, "", note="Đã hoàn thành giai đoạn 1")
        assert qualitative.note == "Đã hoàn thành giai đoạn 1" and qualitative.assessment == "Chỉ tiêu định tính"
        with pytest.raises(InputError, match="quá dài"):
            indicators.record_value(session, rows[0].id, q2, 1, note="x" * 6000)


def test_revised_targets_update_in_place_keep_figures_and_withdraw(plan_with_targets):
    q2 = parse_period("2025-Q2")
    with plan_with_targets.db.transaction() as session:
        first = indicators.list_indicators(session, q2)[0]
        indicators.record_value(session, first.id, q2, "61")
    revised = copy.deepcopy(TARGET_LINES)
    revised[0] = (2025, "a) Phát triển hạ tầng", "- Tỷ lệ phủ sóng 5G trên địa bàn ≥ 65%.")  # figure revised
    del revised[2]  # dropped from the plan
    with plan_with_targets.db.transaction() as session:
        preview = plan_apply.preview(session, _draft(revised))
        assert [c.text for c in preview.targets.withdrawn] == [
            "Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn"]
        assert len(preview.targets.updated) == 1 and preview.targets.updated[0].changes["target"] == (60, 65)
        assert preview.targets.unchanged == 4 and preview.targets.added == []
        assert session.scalar(select(func.count(Indicator.id)).where(Indicator.withdrawn)) == 0  # preview only
        plan_apply.apply(session, _draft(revised))
    with plan_with_targets.db.reader() as session:
        rows = indicators.list_indicators(session, q2)
        assert len(rows) == 5
        assert rows[0].id == first.id and rows[0].target == 65 and rows[0].value == 61
        assert rows[0].assessment == "Chưa đạt"
        assert session.scalar(select(func.count(Indicator.id))) == 6  # withdrawn, not deleted
    with plan_with_targets.db.transaction() as session:
        again = plan_apply.apply(session, _draft(revised))
    assert not again.has_changes and again.targets.unchanged == 5


def test_a_draft_without_targets_leaves_them_alone(plan_with_targets):
    with plan_with_targets.db.transaction() as session:
        result = plan_apply.apply(session, sample_plan.load_draft())
        assert result.targets.withdrawn == [] and not result.has_changes
        assert session.scalar(select(func.count(Indicator.id)).where(Indicator.withdrawn)) == 0
