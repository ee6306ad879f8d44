"""What the province's consolidated report says, as plain values: gathered from the agencies'
merged entries (report packages) at the coordinator. The PDF and XLSX writers render this."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.coordinator.completeness import Completeness, completeness
from kh57desk.db.models import Agency, Indicator, IndicatorValue, Plan, Task
from kh57desk.domain import agency_directory
from kh57desk.domain import status as task_status
from kh57desk.domain import targets as target_rules
from kh57desk.domain.periods import Period
from kh57desk.domain.plan_reference import plan_reference
from kh57desk.domain.text import vietnamese_sort_key
from kh57desk.services import agencies, settings as settings_service
from kh57desk.services import standing
from kh57desk.services.report_data import next_period
from kh57desk.services.tasks import deadline_of


@dataclass(frozen=True)
class AgencyLine:
    """One agency's row of Phụ lục I. The status counts are over the tasks it leads (by name or
    as a member of a group such as "Các sở, ban, ngành"), so they always add up to ``lead``."""

    agency: str
    lead: int
    coordinate: int
    counts: tuple[int, ...]   # one per status, in ``domain.status.STATUSES`` order
    report_state_label: str
    related: int = 0          # tasks that name only "đơn vị liên quan" (liên quan chung): not in the counts

    def count(self, status: str) -> int:
        return self.counts[task_status.STATUSES.index(status)]

    @property
    def done_on_time(self) -> int:
        return self.count(task_status.DONE_ON_TIME)

    @property
    def done_late(self) -> int:
        return self.count(task_status.DONE_LATE)

    @property
    def overdue(self) -> int:
        return self.count(task_status.OVERDUE)

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def completion_percent(self) -> float:
        """Share of led tasks completed, rounded once to one decimal (10.53 → 10.5)."""
        return round(100 * self.done / self.lead, 1) if self.lead else 0.0


@dataclass(frozen=True)
class UpcomingTask:
    ref: str
    content: str
    deadline: str
    lead: str


@dataclass(frozen=True)
class AgencyText:
    agency: str
    ref: str
    text: str


@dataclass(frozen=True)
class TargetFigure:
    text: str
    target_label: str
    province_value: float | None        # the coordinator's own figure, when entered
    agency_values: tuple[tuple[str, float], ...]
    assessment: str


@dataclass
class Consolidated:
    period: Period
    due: dt.date
    plan_title: str
    agencies_required: int
    on_time: int
    late: int
    missing: list[str]
    totals: dict[str, int]
    agencies: list[AgencyLine]
    overdue: list[tuple[str, str, str, str]]  # ref, content, deadline, agency
    difficulties: list[AgencyText] = field(default_factory=list)
    proposals: list[AgencyText] = field(default_factory=list)
    targets: list[TargetFigure] = field(default_factory=list)
    next_period_label: str = "kỳ tới"
    upcoming: list[UpcomingTask] = field(default_factory=list)

    @property
    def tasks_led(self) -> int:
        return sum(a.lead for a in self.agencies)

    @property
    def leading(self) -> list[AgencyLine]:
        """The agencies that lead at least one task: the rows of both charts (PDF and XLSX)."""
        return [a for a in self.agencies if a.lead]

    def total_line(self) -> AgencyLine:
        """The ``Tổng cộng`` row of Phụ lục I."""
        counts = tuple(sum(a.counts[i] for a in self.agencies) for i in range(len(task_status.STATUSES)))
        return AgencyLine("Tổng cộng", self.tasks_led, sum(a.coordinate for a in self.agencies), counts, "",
                          sum(a.related for a in self.agencies))


def _plan_title(session: Session) -> str:
    plan = session.scalar(select(Plan).order_by(Plan.id.desc()))
    if plan is None:
        return "kế hoạch"
    return plan_reference(plan.number, plan.title)


def consolidate(session: Session, period: Period, today: dt.date | None = None) -> Consolidated:
    state: Completeness = completeness(session, period, today)
    tasks = {t.id: t for t in session.scalars(select(Task).where(Task.withdrawn.is_(False))
                                              .order_by(Task.plan_id, Task.position))}
    related = _related_counts(session, tasks.values())
    lines = sorted((AgencyLine(a.agency, a.lead, a.coordinate, tuple(a.counts[s] for s in task_status.STATUSES),
                               a.report_state_label, related.get(a.agency, 0)) for a in state.agencies),
                   key=lambda line: vietnamese_sort_key(line.agency))
    names = dict(session.execute(select(Agency.id, Agency.name)).all())
    journal = standing.load(session, period, own=False)
    order = {task_id: index for index, task_id in enumerate(tasks)}
    texts = []
    for task_id, agency_id in sorted((k for k in journal.keys() if k[0] in tasks), key=lambda k: order[k[0]]):
        seen = journal.standing((task_id, agency_id), deadline_of(tasks[task_id]), today)
        texts.append((agency_id, tasks[task_id].ref, "\n".join(seen.difficulties), "\n".join(seen.proposals)))
    difficulties = [AgencyText(names.get(a, ""), ref, d.strip()) for a, ref, d, _ in texts if d and d.strip()]
    proposals = [AgencyText(names.get(a, ""), ref, p.strip()) for a, ref, _, p in texts if p and p.strip()]
    return Consolidated(
        period=period, due=state.due, plan_title=_plan_title(session), agencies_required=len(state.agencies),
        on_time=len(state.by_state("on_time")), late=len(state.by_state("late")),
        missing=sorted((a.agency for a in state.by_state("missing")), key=vietnamese_sort_key),
        totals=state.totals, agencies=lines,
        overdue=[(t.ref, t.content, t.deadline_text, t.agency) for t in state.overdue_tasks],
        difficulties=_dedupe(difficulties), proposals=_dedupe(proposals),
        targets=_targets(session, period, names), **_next_period(session, period, journal, tasks, today))


def _related_counts(session: Session, tasks) -> dict[str, int]:
    """Per agency, the tasks that concern it only as "đơn vị liên quan" (liên quan chung): shown
    in their own column, outside the lead and status counts. Tasks repeat the same cells, so each
    distinct pair of lead and coordinating cells is judged once."""
    cells = Counter((t.lead_text or "", t.coordinating_text or "") for t in tasks)
    directory = agencies.directory(session)
    counts: dict[str, int] = {}
    for row in agencies.list_all(session):
        agency = agencies.to_domain(row)
        total = sum(n for (lead, coordinating), n in cells.items()
                    if (found := directory.assignment(agency, lead, coordinating)) and found.role == agency_directory.RELATED)
        if total:
            counts[row.name] = total
    return counts


def _next_period(session: Session, period: Period, journal: standing.PeriodJournal, tasks: dict[int, Task],
                 today: dt.date | None) -> dict:
    """The next period's label and the tasks due in it that no agency has reported completed."""
    label, horizon = next_period(period, settings_service.effective_schedule(session).fixed_dates)
    completed = {task_id for task_id, agency_id in journal.keys() if task_id in tasks
                 and task_status.is_done(journal.standing((task_id, agency_id), deadline_of(tasks[task_id]), today).status)}
    upcoming = sorted((t for t in tasks.values() if t.deadline_due and period.end < t.deadline_due <= horizon
                       and t.id not in completed), key=lambda t: t.deadline_due)  # stable: plan order on a tie
    return {"next_period_label": label,
            "upcoming": [UpcomingTask(t.ref, t.content, t.deadline_text, t.lead_text or "") for t in upcoming]}


def _dedupe(items: list[AgencyText]) -> list[AgencyText]:
    """One line per agency and text: the same difficulty written under several tasks is said once."""
    seen, result = set(), []
    for item in sorted(items, key=lambda i: vietnamese_sort_key(i.agency)):  # stable: task order within an agency
        key = (item.agency, item.text.casefold())
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def _targets(session: Session, period: Period, names: dict[int, str]) -> list[TargetFigure]:
    indicators = session.scalars(select(Indicator).where(Indicator.withdrawn.is_(False))
                                 .order_by(Indicator.plan_id, Indicator.position)).all()
    latest: dict[tuple, IndicatorValue] = {}  # dated measurements: each agency's latest up to the window's end
    for value in session.scalars(select(IndicatorValue).where(IndicatorValue.measured_on <= period.end)
                                 .order_by(IndicatorValue.measured_on, IndicatorValue.updated_at, IndicatorValue.id)):
        latest[(value.indicator_id, value.agency_id)] = value
    values: dict[int, list[IndicatorValue]] = {}
    for value in latest.values():
        values.setdefault(value.indicator_id, []).append(value)
    result = []
    for ind in indicators:
        own = next((v.value for v in values.get(ind.id, []) if v.agency_id is None), None)
        by_agency = tuple(sorted(((names.get(v.agency_id, ""), v.value) for v in values.get(ind.id, [])
                                  if v.agency_id is not None and v.value is not None),
                                 key=lambda pair: (vietnamese_sort_key(pair[0]), pair[1])))
        target = target_rules.Target(ind.text, ind.comparator, ind.target, ind.target_high, ind.unit, ind.per_year,
                          ind.milestone_year, ind.group)
        result.append(TargetFigure(ind.text, target.describe(), own, by_agency,
                                   target_rules.assess(ind.comparator, ind.target, ind.target_high, own, ind.per_year)))
    return result
