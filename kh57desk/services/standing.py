"""How a period sees the journal: every caller (task list, panel, dashboard, reports, packages,
completeness, CLI) reads a task's standing through ``PeriodJournal.standing``, which is
``domain.journal.period_view`` over the updates loaded here. They cannot disagree.

Loading is two queries: the latest update of each task dated before the window (picked by SQLite
with a window function; only the carried fields: state, percent, completion date) and every
update inside the window. So a
quarterly report costs the same whether a task has one update or two years of monthly ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kh57desk.db.models import ProgressUpdate
from kh57desk.domain import journal
from kh57desk.domain.deadline import Deadline
from kh57desk.domain.periods import Period

_CARRIED = (ProgressUpdate.task_id, ProgressUpdate.agency_id, ProgressUpdate.on_date, ProgressUpdate.created_at,
            ProgressUpdate.uid, ProgressUpdate.state, ProgressUpdate.percent, ProgressUpdate.completed_on)
_FULL = _CARRIED + (ProgressUpdate.result, ProgressUpdate.output_doc_number, ProgressUpdate.output_doc_date,
                    ProgressUpdate.difficulties, ProgressUpdate.proposals, ProgressUpdate.late_for,
                    ProgressUpdate.id)


@dataclass
class PeriodJournal:
    """The updates a period needs, per task (``own``) or per (task, agency) at the coordinator:
    each key's latest update before the window, then those inside it."""

    period: Period
    updates: dict = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)  # update uid -> database id (inside the window)

    def standing(self, key, deadline: Deadline, today: dt.date | None = None) -> journal.Standing:
        return journal.period_view(self.updates.get(key, ()), self.period.start, self.period.end, deadline, today)

    def keys(self):
        return self.updates.keys()


def _filter(query, own: bool, agency_id: int | None, task_ids):
    if agency_id is not None:
        query = query.where(ProgressUpdate.agency_id == agency_id)
    else:
        query = query.where(ProgressUpdate.agency_id.is_(None) if own else ProgressUpdate.agency_id.is_not(None))
    if task_ids is not None:
        query = query.where(ProgressUpdate.task_id.in_(list(task_ids)))
    return query.where(ProgressUpdate.deleted.is_(False))


def load(session: Session, period: Period, *, own: bool = True, agency_id: int | None = None,
         task_ids=None) -> PeriodJournal:
    """The journal as ``period`` sees it. ``own=False`` keys by (task_id, agency_id) over every
    reporting agency's updates (the coordinator); ``agency_id`` picks one agency's."""
    per_key = own and agency_id is None
    latest_first = func.row_number().over(
        partition_by=(ProgressUpdate.task_id, ProgressUpdate.agency_id),
        order_by=(ProgressUpdate.on_date.desc(), ProgressUpdate.created_at.desc(), ProgressUpdate.uid.desc()))
    ranked = _filter(select(*_CARRIED, latest_first.label("rank")), own, agency_id, task_ids) \
        .where(ProgressUpdate.on_date < period.start).subquery()
    result = PeriodJournal(period)
    rows = session.connection().execute  # plain rows: no ORM work per row (thousands of updates)
    for row in rows(select(ranked).where(ranked.c.rank == 1)).all():  # each key's latest before the window
        key = row.task_id if per_key else (row.task_id, row.agency_id)
        result.updates[key] = [journal.Update(row.on_date, row.state, row.percent, row.completed_on, uid=row.uid,
                                              created_at=row.created_at)]
    inside = _filter(select(*_FULL), own, agency_id, task_ids).where(
        ProgressUpdate.on_date >= period.start, ProgressUpdate.on_date <= period.end)
    for row in rows(inside.order_by(ProgressUpdate.on_date, ProgressUpdate.created_at)).all():
        key = row.task_id if per_key else (row.task_id, row.agency_id)
        result.updates.setdefault(key, []).append(journal.Update(
            row.on_date, row.state, row.percent, row.completed_on, row.result, row.output_doc_number,
            row.output_doc_date, row.difficulties, row.proposals, row.uid, row.created_at, row.late_for))
        result.ids[row.uid] = row.id
    return result


def effective_entries(session: Session, period: Period, own: bool = True, fixed_dates: tuple = ()) -> dict:
    """For each task (or ``(task_id, agency_id)`` with ``own=False``) the update its status in
    ``period`` comes from: the latest dated on or before the window's end. ``fixed_dates`` is
    accepted for callers written for per-period entries (the window is in ``period``)."""
    del fixed_dates
    loaded = load(session, period, own=own)
    return {key: updates[-1] for key, updates in loaded.updates.items() if updates}
