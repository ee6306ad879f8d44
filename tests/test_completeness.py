"""Completeness at the coordinator: the set-based computation gives, for every agency, what asking
the directory about every (agency, task) pair gives, and its work grows with tasks + links."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kh57desk.coordinator import completeness as completeness_module
from kh57desk.coordinator.completeness import LATE, MISSING, ON_TIME, completeness
from kh57desk.db.models import Task
from kh57desk.domain import status as task_status
from kh57desk.domain.periods import parse_period
from kh57desk.services import agencies, plan_apply, progress, sample_plan, setup, tasks
from kh57desk.services.tasks import deadline_of
from kh57desk.sync import package_import, report_package, task_package
from kh57desk.workspace import open_workspace

Q2 = parse_period("2025-Q2")
TODAY = dt.date(2025, 6, 20)
COORDINATOR = "Sở Khoa học và Công nghệ"


@pytest.fixture
def coordinator(tmp_path):
    ws = open_workspace(tmp_path / "so-khcn")
    with ws.db.transaction() as session:
        setup.initialise(session, COORDINATOR, coordinator=True)
        agencies.add(session, "Ủy ban nhân dân xã Vũ Thư", kind="local")
        draft = sample_plan.load_draft()
        draft.tasks.append(plan_apply.TaskDraft(ref="(99)", content="Phối hợp quảng bá khoa học ở nước ngoài",
                                                lead="Sở Ngoại vụ", coordinating="Sở Y tế, các đơn vị liên quan",
                                                deadline="Tháng 4/2025", source_row=99))
        plan_apply.apply(session, draft)
    yield ws
    ws.close()


def pairwise(session, period, today):
    """The reference: ask the directory about every (agency, task) pair, as the first version did."""
    directory = agencies.directory(session)
    open_tasks = session.scalars(select(Task).where(Task.withdrawn.is_(False)).order_by(Task.plan_id, Task.position))
    open_tasks = open_tasks.all()
    expected, overdue = {}, []
    for row in agencies.list_all(session):
        if row.name == COORDINATOR:
            continue
        lead = coordinate = 0
        counts = {name: 0 for name in task_status.STATUSES}
        for task in open_tasks:
            found = directory.assignment(agencies.to_domain(row), task.lead_text, task.coordinating_text)
            if found is None or found.role == "related":  # "đơn vị liên quan" only: not a party
                continue
            if found.role == "coordinate":
                coordinate += 1
                continue
            lead += 1
            derived = task_status.derive_status(None, deadline_of(task), period.end, today)
            counts[derived] += 1
            if derived == task_status.OVERDUE:
                overdue.append((task.ref, task.content, task.deadline_text, row.name))
        if lead or coordinate:
            expected[row.name] = (lead, coordinate, counts)
    return expected, overdue


def observed(result):
    return ({status.agency: (status.lead, status.coordinate, status.counts) for status in result.agencies},
            [(task.ref, task.content, task.deadline_text, task.agency) for task in result.overdue_tasks])


@pytest.mark.parametrize("period_id, today", [("2025-Q2", TODAY), ("2025-Q4", None), ("2025-Q1", None)])
def test_every_agency_as_the_pairwise_reference_says(coordinator, period_id, today):
    period = parse_period(period_id)
    with coordinator.db.reader() as session:
        result = completeness(session, period, today)
        assert observed(result) == pairwise(session, period, today)
    figures = {status.agency: status for status in result.agencies}
    # 19 led, 53 coordinated (named or by a group such as "Các sở, ngành liên quan"); the 23 tasks whose
    # coordinating cell says only "đơn vị liên quan" make it no party (issue 13)
    assert (figures["Sở Y tế"].lead, figures["Sở Y tế"].coordinate) == (19, 53)
    assert figures["Ủy ban nhân dân xã Vũ Thư"].kind == "local"
    assert figures["Ủy ban nhân dân xã Vũ Thư"].assigned > 0  # reached only through "UBND huyện, thành phố"…
    assert "Sở Ngoại vụ" not in figures  # named by a task, but not in the directory
    assert all(status.report_state == MISSING for status in result.agencies)


def test_an_agency_added_after_the_plan_gets_the_tasks_that_named_it(coordinator):
    with coordinator.db.transaction() as session:
        agencies.add(session, "Sở Ngoại vụ", kind="other")  # no group term covers "other"
    with coordinator.db.reader() as session:
        result = completeness(session, Q2, TODAY)
        assert observed(result) == pairwise(session, Q2, TODAY)
    added = next(status for status in result.agencies if status.agency == "Sở Ngoại vụ")
    assert (added.lead, added.coordinate) == (1, 0)  # task (99), which names it as lead
    assert added.counts[task_status.OVERDUE] == 1  # due in April, nothing reported by 20 June
    assert ("(99)", "Sở Ngoại vụ") in {(task.ref, task.agency) for task in result.overdue_tasks}


def test_withdrawn_tasks_are_not_counted(coordinator):
    with coordinator.db.reader() as session:
        before = {status.agency: status.assigned for status in completeness(session, Q2, TODAY).agencies}
    with coordinator.db.transaction() as session:
        session.scalar(select(Task).where(Task.ref == "(16)")).withdrawn = True  # Sở Y tế leads (16)
    with coordinator.db.reader() as session:
        result = completeness(session, Q2, TODAY)
        assert observed(result) == pairwise(session, Q2, TODAY)
    after = {status.agency: status.assigned for status in result.agencies}
    assert after["Sở Y tế"] == before["Sở Y tế"] - 1


def test_work_grows_with_tasks_and_links_not_with_pairs(coordinator, monkeypatch):
    """Statuses are derived once per distinct deadline, plus once per entry: never once per (agency, task) pair."""
    calls = []
    derive = task_status.derive_status
    monkeypatch.setattr(task_status, "derive_status", lambda *args, **kw: calls.append(args) or derive(*args, **kw))
    with coordinator.db.reader() as session:
        result = completeness(session, Q2, TODAY)
        open_tasks = session.scalars(select(Task).where(Task.withdrawn.is_(False))).all()
        deadlines = {deadline_of(task) for task in open_tasks}
    assert len(result.agencies) == 24 and len(open_tasks) == 99  # two concerned only through "đơn vị liên quan"
    assert len(calls) == len(deadlines) < len(open_tasks)  # once per distinct deadline (no entries yet)
    assert completeness_module.task_status is task_status


def test_a_reporting_agency_counts_its_entries_on_the_tasks_it_leads_only(coordinator, tmp_path):
    with coordinator.db.transaction() as session:
        package = task_package.export_for(session, "Sở Y tế", tmp_path / "out").path
    agency = open_workspace(tmp_path / "so-y-te")
    try:
        [imported] = package_import.import_paths(agency, [package], trust_new_sender=True)
        assert imported.ok, imported.message
        with agency.db.transaction() as session:
            progress.record(session, tasks.find_task(session, "16"), Q2, state="hoàn thành", completed_on="10/6/2025")
            progress.record(session, tasks.find_task(session, "34"), Q2, state="hoàn thành")
            progress.record(session, tasks.find_task(session, "28"), Q2, state="đang thực hiện", percent="40")
            progress.record(session, tasks.find_task(session, "1"), Q2, state="hoàn thành")  # it only coordinates (1)
        with agency.db.transaction() as session:
            sent = report_package.export(agency, session, Q2, tmp_path / "bao-cao.kh57").path
    finally:
        agency.close()
    with coordinator.db.reader() as session:
        before = next(s for s in completeness(session, Q2, TODAY).agencies if s.agency == "Sở Y tế")
    [result] = package_import.import_paths(coordinator, [sent], trust_new_sender=True)
    assert result.ok, result.message
    with coordinator.db.reader() as session:
        summary = completeness(session, Q2, TODAY)
    health = next(s for s in summary.agencies if s.agency == "Sở Y tế")
    assert (health.lead, health.coordinate) == (before.lead, before.coordinate)
    assert health.counts[task_status.DONE_ON_TIME] == before.counts[task_status.DONE_ON_TIME] + 2
    assert health.counts[task_status.ON_TRACK] == before.counts[task_status.ON_TRACK] + 1
    assert sum(health.counts.values()) == health.lead
    assert health.report_state in (ON_TIME, LATE) and health.sequence == 1
    assert summary.by_state(MISSING) and health not in summary.by_state(MISSING)
