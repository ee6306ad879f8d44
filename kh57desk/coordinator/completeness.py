"""Completeness and timeliness of reporting in a period, across agencies, at the coordinator.

An agency *must report* in a period when at least one non-withdrawn task concerns it (lead,
coordinator, or covered by a group term). Status counts are over the tasks it leads: the lead
agency answers for a task's status, coordinators contribute to it. It *reported on time* when the
coordinator received a report package for the period no later than the report's due date: the
day it was imported, or the day set by hand (the e-mail's arrival), or the time of an RFC 3161
timestamp inside the package's signature. The sender's own clock (``created_at``) is shown, never
used: a back-dated package cannot make a late report look on time.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import COORDINATE, LEAD, PackageLog, Task, TaskAgency
from kh57desk.domain import status as task_status
from kh57desk.domain.deadline import Deadline
from kh57desk.domain.agency_directory import AgencyDirectory, GroupTerm
from kh57desk.domain.periods import Period
from kh57desk.platform_win import vietnam_time
from kh57desk.services import agencies, verdicts
from kh57desk.services import settings as settings_service
from kh57desk.services.settings import effective_schedule
from kh57desk.services.progress import effective_entries

ON_TIME, LATE, MISSING = "on_time", "late", "missing"
REPORT_STATE_LABELS = {ON_TIME: "Đã báo cáo đúng hạn", LATE: "Báo cáo muộn", MISSING: "Chưa báo cáo"}
VERDICT_LABELS = {verdicts.ACCEPTED: "Đã chấp nhận", verdicts.RETURNED: "Trả lại", verdicts.REOPENED: "Mở lại"}


@dataclass
class AgencyStatus:
    agency: str
    kind: str
    lead: int = 0
    coordinate: int = 0
    report_state: str = MISSING
    reported_at: dt.datetime | None = None  # the sender's clock: shown, never judged on
    received_on: dt.date | None = None  # the coordinator's side: what timeliness is judged on
    timestamp_at: dt.datetime | None = None  # RFC 3161 time in the package's signature, if any
    verdict: str = ""  # the coordinator's standing verdict: accepted / returned / reopened ('' none yet)
    verdict_at: dt.datetime | None = None
    sequence: int | None = None
    signed_by: str = ""
    counts: dict[str, int] = field(default_factory=lambda: {s: 0 for s in task_status.STATUSES})
    self_assigned: int = 0  # of the tasks it leads, those it adopted itself ("Nhận thực hiện")

    @property
    def assigned(self) -> int:
        return self.lead + self.coordinate

    @property
    def lead_label(self) -> str:
        """The tasks it leads, those it adopted itself named apart: "5 (2 tự nhận)"."""
        return f"{self.lead} ({self.self_assigned} tự nhận)" if self.self_assigned else str(self.lead)

    @property
    def overdue(self) -> int:
        return self.counts[task_status.OVERDUE]

    @property
    def report_state_label(self) -> str:
        return REPORT_STATE_LABELS[self.report_state]

    @property
    def review_label(self) -> str:
        """chưa gửi / đã nhận (đúng hạn, muộn) / trả lại / đã chấp nhận, with dates."""
        if self.report_state == MISSING:
            return "Chưa gửi"
        if self.verdict in VERDICT_LABELS:
            return f"{VERDICT_LABELS[self.verdict]} {self.verdict_at:%d/%m/%Y}"
        timely = "đúng hạn" if self.report_state == ON_TIME else "muộn"
        return f"Đã nhận {self.received_on:%d/%m/%Y} ({timely})"

    def to_json(self) -> dict:
        return {"agency": self.agency, "kind": self.kind, "lead": self.lead, "coordinate": self.coordinate,
                "self_assigned": self.self_assigned,
                "report_state": self.report_state,
                "reported_at": self.reported_at.isoformat() if self.reported_at else None,
                "received_on": self.received_on.isoformat() if self.received_on else None,
                "timestamp_at": self.timestamp_at.isoformat() if self.timestamp_at else None,
                "verdict": self.verdict, "verdict_at": self.verdict_at.isoformat() if self.verdict_at else None,
                "review_label": self.review_label,
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
        totals = {s: 0 for s in task_status.STATUSES}
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
    """Every agency's report state and status counts in ``period``, in a few set-based passes:
    one over the open tasks, one over their agency links, one over the period's entries. Agencies
    reached through a group term share their kind's task set, so the cost grows with agencies +
    links, not agencies × tasks."""
    schedule = effective_schedule(session)
    due = schedule.due_date(period)
    tasks = _open_tasks(session)
    bare_by_deadline = {deadline: task_status.derive_status(None, deadline, period.end, today)
                        for deadline in {facts.deadline for facts in tasks.values()}}
    bare = {task_id: bare_by_deadline[facts.deadline]
            for task_id, facts in tasks.items()}  # each task's status for an agency that entered nothing
    own = settings_service.load(session).agency_name  # the coordinator enters its own progress directly
    rows = [row for row in agencies.list_all(session) if row.name != own]
    links = _LinkIndex(session, agencies.directory(session), {row.kind or "other" for row in rows})
    entries_by_agency: dict[int, dict[int, object]] = defaultdict(dict)
    for (task_id, agency_id), entry in effective_entries(session, period, own=False,
                                                         fixed_dates=schedule.fixed_dates).items():
        entries_by_agency[agency_id][task_id] = entry
    logs: dict[str, PackageLog] = {}
    for log in sorted(session.scalars(select(PackageLog).where(PackageLog.kind == "report",
                                                               PackageLog.period == period.id)),
                      key=lambda log: (received_day(log), log.sequence)):
        logs.setdefault(log.producer_agency, log)  # the first package received counts for timeliness
    by_agency: dict[str, list] = defaultdict(list)
    for item in verdicts.list_verdicts(session, period=period.id):
        by_agency[item.agency].append(item)
    result: list[AgencyStatus] = []
    overdue_ids: list[tuple[str, list[int]]] = []  # per agency, in plan order; texts read once at the end
    for row in rows:
        kind = row.kind or "other"
        status = AgencyStatus(row.name, kind)
        lead_extra = links.named[LEAD].get(row.id, set()) - links.by_kind[LEAD][kind]
        # named as coordinator on a task a group gives it to lead: the name wins, it coordinates
        demoted = links.by_kind[LEAD][kind] & links.named[COORDINATE].get(row.id, set()) \
            - links.named[LEAD].get(row.id, set())
        status.lead = len(links.by_kind[LEAD][kind]) + len(lead_extra) - len(demoted)
        status.coordinate = links.coordinate_count(row.id, kind) + len(demoted)
        status.self_assigned = len(links.self_assigned.get(row.id, ()))
        if not status.assigned:
            continue
        status.counts.update(links.bare_counts(kind, bare))
        for task_id in demoted:
            status.counts[bare[task_id]] -= 1
        overdue = set(links.bare_overdue(kind, bare)) - demoted
        for task_id in lead_extra:
            status.counts[bare[task_id]] += 1
            if bare[task_id] == task_status.OVERDUE:
                overdue.add(task_id)
        for task_id, entry in entries_by_agency.get(row.id, {}).items():
            if task_id in demoted or (task_id not in lead_extra and task_id not in links.by_kind[LEAD][kind]):
                continue  # an entry on a task the agency only coordinates: the lead answers for its status
            derived = task_status.derive_status(task_status.Entry(entry.state, entry.completed_on, entry.percent),
                                                tasks[task_id].deadline, period.end, today)
            status.counts[bare[task_id]] -= 1
            status.counts[derived] += 1
            if derived == task_status.OVERDUE:
                overdue.add(task_id)
            else:
                overdue.discard(task_id)
        overdue_ids.append((row.name, sorted(overdue, key=lambda overdue_id: tasks[overdue_id].order)))
        log = logs.get(row.name)
        if log is not None:
            status.reported_at, status.sequence, status.signed_by = log.created_at, log.sequence, log.signed_by
            status.received_on, status.timestamp_at = received_day(log), log.timestamp_at
            stamped_in_time = log.timestamp_at is not None and vietnam_time(log.timestamp_at).date() <= due
            status.report_state = ON_TIME if status.received_on <= due or stamped_in_time else LATE
            decided = verdicts.standing(by_agency.get(row.name, []))
            if decided is not None:
                status.verdict, status.verdict_at = decided.decision, decided.decided_at
        result.append(status)
    texts = _task_texts(session, {task_id for _name, ids in overdue_ids for task_id in ids})
    overdue_tasks = [OverdueTask(*texts[task_id], name) for name, ids in overdue_ids for task_id in ids]
    return Completeness(period, due, result, overdue_tasks)


def received_day(log: PackageLog) -> dt.date:
    """The day the coordinator received a package: set by hand, else the day it was imported (Vietnam time)."""
    return log.received_on or vietnam_time(log.imported_at).date()


@dataclass(frozen=True)
class _TaskFacts:
    order: int
    deadline: Deadline


def _open_tasks(session: Session) -> dict[int, _TaskFacts]:
    """Each open task's place in plan order and its deadline (one object per distinct deadline:
    plans repeat them, and statuses are derived once per deadline)."""
    columns = (Task.deadline_kind, Task.deadline_text, Task.deadline_due, Task.deadline_start,
               Task.deadline_recurrence, Task.deadline_month)
    query = (select(Task.id, *columns).where(Task.withdrawn.is_(False))
             .order_by(Task.plan_id, Task.position, Task.id))
    deadlines: dict[tuple, Deadline] = {}
    facts = {}
    for order, (task_id, *values) in enumerate(session.connection().execute(query)):  # Core rows: no ORM cost
        key = tuple(values)
        if key not in deadlines:
            kind, text, due, start, recurrence, month = key
            deadlines[key] = Deadline(kind, text, due=due, start=start, recurrence=recurrence, month=month)
        facts[task_id] = _TaskFacts(order, deadlines[key])
    return facts


def _task_texts(session: Session, task_ids: set[int]) -> dict[int, tuple[str, str, str]]:
    """Number, content and deadline as written, of the tasks named (the overdue ones)."""
    texts = {}
    ordered = sorted(task_ids)
    for start in range(0, len(ordered), 10_000):  # below SQLite's limit of bound parameters
        query = select(Task.id, Task.ref, Task.content, Task.deadline_text).where(
            Task.id.in_(ordered[start:start + 10_000]))
        texts.update((row.id, (row.ref, row.content, row.deadline_text)) for row in session.execute(query))
    return texts


class _LinkIndex:
    """The open tasks' agency links, inverted: per role, the tasks that name each agency and the
    tasks a group term gives to each agency kind. A name or group of the lead cell makes the
    agency lead; otherwise one in the coordinating cell makes it a coordinator."""

    def __init__(self, session: Session, directory: AgencyDirectory, kinds: set[str]) -> None:
        ids = {row.name: row.id for row in agencies.list_all(session)}
        groups = {group.key: group for group in directory.groups}
        self.named: dict[str, dict[int, set[int]]] = {LEAD: defaultdict(set), COORDINATE: defaultdict(set)}
        by_group: dict[str, dict[str, set[int]]] = {LEAD: defaultdict(set), COORDINATE: defaultdict(set)}
        resolved: dict[str, int | GroupTerm | None] = {}  # a name written before its agency was added
        self.self_assigned: dict[int, set[int]] = defaultdict(set)
        query = (select(TaskAgency.task_id, TaskAgency.role, TaskAgency.agency_id, TaskAgency.group_key,
                        TaskAgency.name, TaskAgency.self_assigned).join(Task).where(Task.withdrawn.is_(False)))
        for task_id, role, agency_id, group_key, name, adopted in session.connection().execute(query):
            if adopted and agency_id is not None:
                self.self_assigned[agency_id].add(task_id)
            role = LEAD if role == LEAD else COORDINATE
            if agency_id is None and not group_key:
                if name not in resolved:
                    agency = directory.match(name)
                    resolved[name] = ids.get(agency.name) if agency else directory.match_group(name)
                target = resolved[name]
                if isinstance(target, GroupTerm):
                    group_key = target.key
                elif target is not None:
                    agency_id = target
            if agency_id is not None:
                self.named[role][agency_id].add(task_id)
            elif group_key in groups and not groups[group_key].vague:  # "đơn vị liên quan" makes no party
                by_group[role][group_key].add(task_id)
        self.by_kind: dict[str, dict[str, set[int]]] = {
            role: {kind: set().union(*(tasks for key, tasks in by_group[role].items() if kind in groups[key].kinds))
                   for kind in kinds} for role in (LEAD, COORDINATE)}
        self._coordinate_only = {kind: self.by_kind[COORDINATE][kind] - self.by_kind[LEAD][kind] for kind in kinds}
        self._bare_counts: dict[str, Counter] = {}
        self._bare_overdue: dict[str, list[int]] = {}

    def coordinate_count(self, agency_id: int, kind: str) -> int:
        """Tasks the agency coordinates and does not lead (each set operation walks the smaller set)."""
        lead_named = self.named[LEAD].get(agency_id, set())
        kind_only = self._coordinate_only[kind]
        own = {task_id for task_id in self.named[COORDINATE].get(agency_id, ())
               if task_id not in lead_named and task_id not in self.by_kind[LEAD][kind] and task_id not in kind_only}
        return len(kind_only) - len(kind_only & lead_named) + len(own)

    def bare_counts(self, kind: str, bare: dict[int, str]) -> Counter:
        """Statuses, before any entry, of the tasks a group term gives the kind to lead."""
        if kind not in self._bare_counts:
            self._bare_counts[kind] = Counter(bare[task_id] for task_id in self.by_kind[LEAD][kind])
        return self._bare_counts[kind]

    def bare_overdue(self, kind: str, bare: dict[int, str]) -> list[int]:
        if kind not in self._bare_overdue:
            self._bare_overdue[kind] = [task_id for task_id in self.by_kind[LEAD][kind]
                                        if bare[task_id] == task_status.OVERDUE]
        return self._bare_overdue[kind]
