"""The dashboard's figures and the task filters they open (one definition for both)."""

from __future__ import annotations

import datetime as dt

from kh57desk.domain import status as task_status
from kh57desk.domain import targets as target_rules
from kh57desk.domain.periods import parse_period
from kh57desk.domain.roles import RELATED
from kh57desk.services import dashboard
from kh57desk.services import indicators, plan_apply, progress, sample_plan, tasks

TODAY = dt.date(2025, 5, 20)
Q2 = parse_period("2025-Q2")


def _task(session, ref: str):
    return tasks.find_task(session, ref)


def test_summary_counts_agree_with_the_task_list(demo_workspace):
    with demo_workspace.db.transaction() as session:
        progress.record(session, _task(session, "(1)"), Q2, state="hoàn thành", completed_on="10/4/2025")
        progress.record(session, _task(session, "(5)"), Q2, state="đang thực hiện", percent=30)
        progress.record(session, _task(session, "(6)"), Q2, state="hoàn thành", completed_on="15/4/2025")
        # (22): only "Đơn vị liên quan" in general for Sở Nội vụ: entered, but not in the figures
        progress.record(session, _task(session, "(22)"), Q2, state="hoàn thành", completed_on="15/5/2025")
    with demo_workspace.db.reader() as session:
        summary = dashboard.summary(session, Q2, TODAY)
        every = tasks.list_tasks(session, Q2, today=TODAY)
    rows = [r for r in every if r.role != RELATED]
    assert (summary.total, summary.related, len(every)) == (len(rows), 30, 94) and summary.total == 64
    assert summary.by_status == tasks.count_by_status(rows)
    assert summary.by_status[task_status.DONE_LATE] == 1  # (1): due March, done in April
    assert summary.by_status[task_status.DONE_ON_TIME] == 1  # (6): due April, done 15/4
    assert summary.by_status[task_status.ON_TRACK] == 1
    assert summary.done == 2
    overdue = [r for r in rows if r.status == task_status.OVERDUE]
    assert [r.ref for r in overdue] == ["(4)", "(7)"] and summary.overdue.count == 2
    assert [b.ref for b in summary.overdue_tasks] == ["(4)", "(7)"]
    # due within 30 days and not done: (23) is due 31/5; (22), due then too, is liên quan (chung)
    assert [b.ref for b in summary.due_soon_tasks] == ["(23)"]
    assert summary.due_soon.count == 1
    # each figure's filter, applied to the task list, gives the same number
    for figure in (summary.overdue, summary.due_soon, summary.not_done):
        assert sum(dashboard.matches(r, figure.task_filter, TODAY, Q2) for r in every) == figure.count
    assert [r.state for r in summary.reports][:1] == ["late"]


def test_filters_window_role_group_search_withdrawn(demo_workspace):
    with demo_workspace.db.transaction() as session:
        _task(session, "(1)").withdrawn = True
    with demo_workspace.db.reader() as session:
        rows = tasks.list_tasks(session, Q2, today=TODAY, include_withdrawn=True)

    def count(**kw):
        accept = dashboard.matcher(dashboard.TaskFilter(**kw), TODAY, Q2)
        return sum(accept(r) for r in rows)

    active = [r for r in rows if not r.withdrawn and r.role != RELATED]
    assert count() == len(active) == 63  # liên quan (chung) only when asked for by its role
    assert count(include_withdrawn=True) == 64
    assert count(role=RELATED) == sum(r.role == RELATED and not r.withdrawn for r in rows) == 30
    assert count(role="lead") == sum(r.role == "lead" for r in active) > 0
    assert count(group="Quý I") == sum(r.group == "Quý I" for r in active) > 0
    assert count(window=dashboard.NO_DUE_DATE) == sum(r.deadline_due is None for r in active) > 0
    assert count(window=dashboard.PAST_DUE) == sum(r.deadline_due is not None and r.deadline_due < TODAY for r in active)
    assert count(window=dashboard.IN_PERIOD) == sum(r.deadline_due is not None and Q2.start <= r.deadline_due <= Q2.end
                                             for r in active)
    assert count(window=dashboard.NEXT_7_DAYS) == 0
    assert count(window=dashboard.NEXT_30_DAYS) == 1  # (23), due 31/5/2025 ((22) too, but liên quan chung)
    # search ignores diacritics and case, as a phrase
    with_accents = count(search="Chuyển đổi số")
    assert with_accents == count(search="chuyen doi so") == count(search="CHUYEN DOI SO") > 0
    assert count(search="khong co trong ke hoach") == 0
    assert count(statuses=dashboard.NOT_DONE) + count(statuses=frozenset({task_status.DONE_ON_TIME, task_status.DONE_LATE, task_status.ADJUSTMENT})) \
        == len(active)


def test_targets_behind_schedule(demo_workspace):
    lines = {2025: ["Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%",
                    "Mỗi năm có ≥ 20 nhiệm vụ khoa học và công nghệ cấp tỉnh được nghiệm thu"],
             2030: ["Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn", "Hoàn thiện hạ tầng số đồng bộ"]}
    draft = sample_plan.load_draft()
    draft.indicators = [target_rules.parse_target(line, year) for year, group in lines.items() for line in group]
    with demo_workspace.db.transaction() as session:
        plan_apply.apply(session, draft)
        rows = {r.text: r for r in indicators.list_indicators(session, Q2)}
        indicators.record_value(session, rows["Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%"].id, Q2, "52")
        indicators.record_value(session, rows["Mỗi năm có ≥ 20 nhiệm vụ khoa học và công nghệ cấp tỉnh được "
                                              "nghiệm thu"].id, Q2, "25")
        indicators.record_value(session, rows["Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn"].id, Q2,
                                "12")
    with demo_workspace.db.reader() as session:
        summary = dashboard.summary(session, Q2, TODAY)
    assert summary.targets_total == 4
    # 5G (2025, 52 < 60) is behind; 20 tasks/year is met; 30 enterprises by 2030 is on its way;
    # the qualitative one has no figure to judge
    assert [t.text for t in summary.targets_behind] == ["Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%"]
