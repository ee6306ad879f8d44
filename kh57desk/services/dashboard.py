"""The overview of a reporting period, and the task filters its figures stand for.

Each figure on the dashboard (tasks by status, overdue, due soon…) is a ``TaskFilter``;
the task list applies the same filter with ``matches``, so a figure and the list it opens
can never disagree.

Tasks the plan gives only to "đơn vị liên quan" in general (role "liên quan (chung)") are not
the agency's own work: they are hidden unless the filter asks for that role, and left out of
the figures (counted apart, like withdrawn tasks).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from kh57desk.domain import status as task_status
from kh57desk.domain import targets as target_rules
from kh57desk.domain.periods import Period
from kh57desk.domain.roles import RELATED
from kh57desk.domain.schedule import ReportDue
from kh57desk.domain.text import fold, words_matcher
from kh57desk.services import due_reports, indicators as indicator_service, tasks as task_service

# Deadline windows of the task filter
ANY_DEADLINE, PAST_DUE, NEXT_7_DAYS, NEXT_30_DAYS, IN_PERIOD, NO_DUE_DATE = "", "past", "7", "30", "period", "none"
WINDOWS = (ANY_DEADLINE, PAST_DUE, NEXT_7_DAYS, NEXT_30_DAYS, IN_PERIOD, NO_DUE_DATE)
DUE_SOON_DAYS = 30
NOT_DONE = frozenset({task_status.ON_TRACK, task_status.OVERDUE, task_status.NOT_STARTED_STATUS, task_status.RECURRING})
SHORT_LIST = 8


@dataclass(frozen=True)
class TaskFilter:
    """What the task list shows. Empty values mean "no restriction"."""

    statuses: frozenset[str] = frozenset()
    role: str = ""
    group: str = ""
    window: str = ANY_DEADLINE
    include_withdrawn: bool = False
    search: str = ""

    def with_search(self, text: str) -> "TaskFilter":
        return replace(self, search=fold(text))


def window_bounds(window: str, today: dt.date, period: Period) -> tuple[dt.date | None, dt.date | None]:
    """The (first, last) due dates a window accepts; ``None`` is open-ended."""
    if window == PAST_DUE:
        return None, today - dt.timedelta(days=1)
    if window == NEXT_7_DAYS:
        return today, today + dt.timedelta(days=7)
    if window == NEXT_30_DAYS:
        return today, today + dt.timedelta(days=DUE_SOON_DAYS)
    if window == IN_PERIOD:
        return period.start, period.end
    return None, None


def matcher(task_filter: TaskFilter, today: dt.date, period: Period):
    """A fast predicate ``row -> bool`` for ``task_filter`` (built once, applied to many rows)."""
    statuses = task_filter.statuses
    role, group, window = task_filter.role, task_filter.group, task_filter.window
    withdrawn_ok, search = task_filter.include_withdrawn, words_matcher(task_filter.search)
    first, last = window_bounds(window, today, period)

    def accept(row: task_service.TaskRow) -> bool:
        if row.withdrawn and not withdrawn_ok:
            return False
        if statuses and row.status not in statuses:
            return False
        if role and row.role != role:
            return False
        if not role and row.role == RELATED:  # liên quan (chung): only when asked for by name
            return False
        if group and row.group != group:
            return False
        if window:
            due = row.deadline_due
            if window == NO_DUE_DATE:
                if due is not None:
                    return False
            elif due is None or (first is not None and due < first) or (last is not None and due > last):
                return False
        return search is None or search(row.search_key)

    return accept


def matches(row: task_service.TaskRow, task_filter: TaskFilter, today: dt.date, period: Period) -> bool:
    return matcher(task_filter, today, period)(row)


@dataclass(frozen=True)
class TaskBrief:
    id: int
    ref: str
    content: str
    deadline_text: str
    deadline_due: dt.date | None
    status: str


@dataclass(frozen=True)
class Figure:
    """One number on the dashboard and the task list it opens."""

    key: str
    count: int
    task_filter: TaskFilter


@dataclass
class DashboardSummary:
    period: Period
    today: dt.date
    total: int
    by_status: dict[str, int]
    overdue: Figure
    due_soon: Figure
    not_done: Figure
    withdrawn: int
    related: int = 0  # active tasks given only to "đơn vị liên quan" in general, not in the figures
    overdue_tasks: list[TaskBrief] = field(default_factory=list)
    due_soon_tasks: list[TaskBrief] = field(default_factory=list)
    reports: list[ReportDue] = field(default_factory=list)
    targets_total: int = 0
    targets_behind: list[indicator_service.IndicatorRow] = field(default_factory=list)

    def status_figure(self, status: str) -> Figure:
        return Figure(status, self.by_status.get(status, 0), TaskFilter(statuses=frozenset({status})))

    @property
    def done(self) -> int:
        return sum(self.by_status.get(s, 0) for s in (task_status.DONE_ON_TIME, task_status.DONE_LATE))


OVERDUE_FILTER = TaskFilter(statuses=frozenset({task_status.OVERDUE}))
DUE_SOON_FILTER = TaskFilter(statuses=NOT_DONE, window=NEXT_30_DAYS)
NOT_DONE_FILTER = TaskFilter(statuses=NOT_DONE)


def _brief(row: task_service.TaskRow) -> TaskBrief:
    return TaskBrief(row.id, row.ref, row.content, row.deadline_text, row.deadline_due, row.status)


def summarise(rows: list[task_service.TaskRow], period: Period, today: dt.date) -> DashboardSummary:
    """The figures of a period from its task rows (withdrawn rows and "liên quan (chung)" rows
    are counted apart)."""
    current = [r for r in rows if not r.withdrawn]
    active = [r for r in current if r.role != RELATED]
    by_status = task_service.count_by_status(active)
    figures = {}
    lists = {}
    for key, task_filter in (("overdue", OVERDUE_FILTER), ("due_soon", DUE_SOON_FILTER),
                             ("not_done", NOT_DONE_FILTER)):
        accept = matcher(task_filter, today, period)
        hits = [r for r in active if accept(r)]
        figures[key] = Figure(key, len(hits), task_filter)
        lists[key] = sorted(hits, key=lambda r: (r.deadline_due or dt.date.max, r.position))[:SHORT_LIST]
    return DashboardSummary(period, today, len(active), by_status, figures["overdue"], figures["due_soon"],
                            figures["not_done"], len(rows) - len(current), len(current) - len(active),
                            [_brief(r) for r in lists["overdue"]], [_brief(r) for r in lists["due_soon"]])


def is_behind(row: indicator_service.IndicatorRow, period: Period) -> bool:
    """A target is behind schedule when its figure for the period does not meet it and it is
    due: a yearly target ("Mỗi năm…"), or one whose milestone year has come. A target whose
    milestone is still ahead is on its way, not behind."""
    if row.assessment != target_rules.NOT_MET:
        return False
    return row.per_year or row.milestone_year is None or row.milestone_year <= period.year


def summary(session: Session, period: Period, today: dt.date,
            rows: list[task_service.TaskRow] | None = None) -> DashboardSummary:
    """The dashboard of ``period`` as seen on ``today``: tasks by status, overdue, due within
    30 days, the reports that are due or late, and the targets behind schedule. ``rows``: every
    task's row for that period and day (withdrawn too), when the caller has them already."""
    if rows is None:
        rows = task_service.list_tasks(session, period, today=today, include_withdrawn=True)
    result = summarise(rows, period, today)
    result.reports = due_reports.reports_due(session, today)
    targets = indicator_service.list_indicators(session, period)
    result.targets_total = len(targets)
    result.targets_behind = [t for t in targets if is_behind(t, period)]
    return result
