"""Completeness and timeliness of reporting in a period, across agencies, at the coordinator.

An agency *must report* in a period when at least one non-withdrawn task concerns it (lead,
coordinator, or covered by a group term). Status counts are over the tasks it leads: the lead
agency answers for a task's status, coordinators contribute to it. It *reported on time* when a report package for the
period was produced no later than the report's due date (the producer's creation time: files
travel by USB and email, so arrival can lag through no fault of the agency).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import PackageLog, Task
from kh57desk.domain import status as S
from kh57desk.domain.periods import Period
from kh57desk.services import agencies
from kh57desk.services import settings as settings_service
from kh57desk.services.settings import effective_schedule
from kh57desk.services.progress import effective_entries
from kh57desk.services.tasks import deadline_of

ON_TIME, LATE, MISSING = "on_time", "late", "missing"
REPORT_STATE_LABELS = {ON_TIME: "Đã báo cáo đúng hạn", LATE: "Báo cáo muộn", MISSING: "Chưa báo cáo"}


@dataclass
class AgencyStatus:
    agency: str
    kind: str
    lead: int = 0
    coordinate: int = 0
    report_state: str = MISSING
    reported_at: dt.datetime | None = None
    sequence: int | None = None
    signed_by: str = ""
    counts: dict[str, int] = field(default_factory=lambda: {s: 0 for s in S.STATUSES})

    @property
    def assigned(self) -> int:
        return self.lead + self.coordinate

    @property
    def overdue(self) -> int:
        return self.counts[S.OVERDUE]

    @property
    def report_state_label(self) -> str:
        return REPORT_STATE_LABELS[self.report_state]

    def to_json(self) -> dict:
        return {"agency": self.agency, "kind": self.kind, "lead": self.lead, "coordinate": self.coordinate,
                "report_state": self.report_state,
                "reported_at": self.reported_at.isoformat() if self.reported_at else None,
                "sequence": self.sequence, "signed_by": self.signed_by, "counts": self.counts}


@dataclass
class OverdueTask:
    ref: str
    content: str
    deadline_text: str
    agency: str


@dataclass
class Completeness:
    period: Period
    due: dt.date
    agencies: list[AgencyStatus]
    overdue_tasks: list[OverdueTask]

    @property
    def totals(self) -> dict[str, int]:
        totals = {s: 0 for s in S.STATUSES}
        for agency in self.agencies:
            for key, value in agency.counts.items():
                totals[key] += value
        return totals

    def by_state(self, state: str) -> list[AgencyStatus]:
        return [a for a in self.agencies if a.report_state == state]

    def most_overdue(self, limit: int = 10) -> list[AgencyStatus]:
        return sorted((a for a in self.agencies if a.overdue), key=lambda a: (-a.overdue, a.agency))[:limit]

    def to_json(self) -> dict:
        return {"period": self.period.id, "due": self.due.isoformat(),
                "reported_on_time": len(self.by_state(ON_TIME)), "reported_late": len(self.by_state(LATE)),
                "missing": len(self.by_state(MISSING)), "totals": self.totals,
                "agencies": [a.to_json() for a in self.agencies],
                "overdue_tasks": [vars(t) for t in self.overdue_tasks]}


def completeness(session: Session, period: Period, today: dt.date | None = None) -> Completeness:
    schedule = effective_schedule(session)
    due = schedule.due_date(period)
    directory = agencies.directory(session)
    tasks = session.scalars(select(Task).where(Task.withdrawn.is_(False)).order_by(Task.plan_id, Task.position)).all()
    rows = {row.name: row for row in agencies.list_all(session)}
    entries = effective_entries(session, period, own=False, fixed_dates=schedule.fixed_dates)
    logs: dict[str, PackageLog] = {}
    for log in session.scalars(select(PackageLog).where(PackageLog.kind == "report", PackageLog.period == period.id)
                               .order_by(PackageLog.sequence)):
        logs.setdefault(log.producer_agency, log)  # the first package counts for timeliness
    result: list[AgencyStatus] = []
    overdue_tasks: list[OverdueTask] = []
    own = settings_service.load(session).agency_name  # the coordinator enters its own progress directly
    for name, row in sorted(rows.items()):
        if name == own:
            continue
        agency = agencies.to_domain(row)
        status = AgencyStatus(name, agency.kind)
        for task in tasks:
            assignment = directory.assignment(agency, task.lead_text, task.coordinating_text)
            if assignment is None:
                continue
            if assignment.role == "lead":
                status.lead += 1
            else:
                status.coordinate += 1
            if assignment.role != "lead":
                continue  # the lead agency answers for a task's status; coordinators contribute
            entry = entries.get((task.id, row.id))
            derived = S.derive_status(S.Entry(entry.state, entry.completed_on, entry.percent) if entry else None,
                                      deadline_of(task), period.end, today)
            status.counts[derived] += 1
            if derived == S.OVERDUE:
                overdue_tasks.append(OverdueTask(task.ref, task.content, task.deadline_text, name))
        if not status.assigned:
            continue
        log = logs.get(name)
        if log is not None:
            status.reported_at, status.sequence, status.signed_by = log.created_at, log.sequence, log.signed_by
            status.report_state = ON_TIME if log.created_at.date() <= due else LATE
        result.append(status)
    return Completeness(period, due, result, overdue_tasks)
