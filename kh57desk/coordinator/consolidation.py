"""What the province's consolidated report says, as plain values: gathered from the agencies'
merged entries (report packages) at the coordinator. The PDF and XLSX writers render this."""

from __future__ import annotations

from kh57desk.domain.plan_reference import plan_reference

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.coordinator.completeness import Completeness, completeness
from kh57desk.db.models import Agency, Indicator, IndicatorValue, Plan, ProgressEntry, Task
from kh57desk.domain import status as S
from kh57desk.domain import targets as T
from kh57desk.domain.periods import Period


@dataclass(frozen=True)
class AgencyLine:
    agency: str
    lead: int
    coordinate: int
    done_on_time: int
    done_late: int
    in_progress: int   # on track + recurring
    overdue: int
    not_started: int
    report_state_label: str

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def completion_percent(self) -> float:
        return round(100 * self.done / self.lead, 1) if self.lead else 0.0


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

    @property
    def tasks_led(self) -> int:
        return sum(a.lead for a in self.agencies)


def _plan_title(session: Session) -> str:
    plan = session.scalar(select(Plan).order_by(Plan.id.desc()))
    if plan is None:
        return "kế hoạch"
    return plan_reference(plan.number, plan.title)


def consolidate(session: Session, period: Period, today: dt.date | None = None) -> Consolidated:
    state: Completeness = completeness(session, period, today)
    lines = [AgencyLine(a.agency, a.lead, a.coordinate, a.counts[S.DONE_ON_TIME], a.counts[S.DONE_LATE],
                        a.counts[S.ON_TRACK] + a.counts[S.RECURRING], a.counts[S.OVERDUE],
                        a.counts[S.NOT_STARTED_STATUS], a.report_state_label) for a in state.agencies]
    names = dict(session.execute(select(Agency.id, Agency.name)).all())
    texts = session.execute(select(ProgressEntry.agency_id, Task.ref, ProgressEntry.difficulties,
                                   ProgressEntry.proposals).join(Task, Task.id == ProgressEntry.task_id)
                            .where(ProgressEntry.period == period.id, ProgressEntry.agency_id.is_not(None),
                                   Task.withdrawn.is_(False)).order_by(ProgressEntry.agency_id, Task.position)).all()
    difficulties = [AgencyText(names.get(a, ""), ref, d.strip()) for a, ref, d, _ in texts if d and d.strip()]
    proposals = [AgencyText(names.get(a, ""), ref, p.strip()) for a, ref, _, p in texts if p and p.strip()]
    return Consolidated(
        period=period, due=state.due, plan_title=_plan_title(session), agencies_required=len(state.agencies),
        on_time=len(state.by_state("on_time")), late=len(state.by_state("late")),
        missing=[a.agency for a in state.by_state("missing")], totals=state.totals, agencies=lines,
        overdue=[(t.ref, t.content, t.deadline_text, t.agency) for t in state.overdue_tasks],
        difficulties=_dedupe(difficulties), proposals=_dedupe(proposals),
        targets=_targets(session, period, names))


def _dedupe(items: list[AgencyText]) -> list[AgencyText]:
    """One line per agency and text: the same difficulty written under several tasks is said once."""
    seen, result = set(), []
    for item in items:
        key = (item.agency, item.text.casefold())
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def _targets(session: Session, period: Period, names: dict[int, str]) -> list[TargetFigure]:
    indicators = session.scalars(select(Indicator).where(Indicator.withdrawn.is_(False))
                                 .order_by(Indicator.plan_id, Indicator.position)).all()
    values: dict[int, list[IndicatorValue]] = {}
    for value in session.scalars(select(IndicatorValue).where(IndicatorValue.period == period.id)):
        values.setdefault(value.indicator_id, []).append(value)
    result = []
    for ind in indicators:
        own = next((v.value for v in values.get(ind.id, []) if v.agency_id is None), None)
        by_agency = tuple(sorted((names.get(v.agency_id, ""), v.value) for v in values.get(ind.id, [])
                                 if v.agency_id is not None and v.value is not None))
        target = T.Target(ind.text, ind.comparator, ind.target, ind.target_high, ind.unit, ind.per_year,
                          ind.milestone_year, ind.group)
        result.append(TargetFigure(ind.text, target.describe(), own, by_agency,
                                   T.assess(ind.comparator, ind.target, ind.target_high, own, ind.per_year)))
    return result
