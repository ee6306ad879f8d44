"""Periods already reported (a report marked sent, or a report package exported), and the late
amendments ("bổ sung sau báo cáo") made to updates dated inside them afterwards.

A period accepted by the coordinator (``how = accepted``) is locked: no update dated inside it
can be added, edited or deleted until it is reopened (``how = reopened`` recorded later).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import ProgressUpdate, ReportedPeriod, Task
from kh57desk.domain import journal
from kh57desk.domain.periods import Period, parse_period
from kh57desk.errors import InputError
from kh57desk.services.settings import effective_schedule

SENT, PACKAGE, RETURNED, ACCEPTED, REOPENED = "sent", "package", "returned", "accepted", "reopened"


def mark(session: Session, period_id: str, how: str, at: dt.datetime | None = None) -> None:
    """Record that ``period_id`` was reported (``sent`` / ``package``) or got a verdict."""
    session.add(ReportedPeriod(period=period_id, how=how, at=at or dt.datetime.now()))
    session.flush()


def _latest_events(session: Session) -> dict[str, list[ReportedPeriod]]:
    events: dict[str, list[ReportedPeriod]] = {}
    for row in session.scalars(select(ReportedPeriod).order_by(ReportedPeriod.at, ReportedPeriod.id)):
        events.setdefault(row.period, []).append(row)
    return events


def reported_periods(session: Session) -> list[journal.ReportedPeriod]:
    """Periods whose report stands as sent: sent or exported, and not returned since (a returned
    report's period reopens; changes then belong to the corrected version)."""
    fixed = effective_schedule(session).fixed_dates
    result = []
    for period_id, rows in _latest_events(session).items():
        sends = [r for r in rows if r.how in (SENT, PACKAGE, ACCEPTED)]
        returned = [r for r in rows if r.how == RETURNED]
        if not sends or (returned and returned[-1].at >= sends[-1].at):
            continue
        try:
            period = parse_period(period_id, fixed)
        except InputError:
            continue
        result.append(journal.ReportedPeriod(period.id, period.kind, period.start, period.end, sends[0].at))
    return result


def amended_reports(session: Session, day: dt.date) -> str:
    """Space-separated ids of the reported periods whose window holds ``day``."""
    return journal.amended_reports(day, reported_periods(session))


def locked_periods(session: Session) -> list[Period]:
    fixed = effective_schedule(session).fixed_dates
    locked = []
    for period_id, rows in _latest_events(session).items():
        verdicts = [r for r in rows if r.how in (ACCEPTED, REOPENED)]
        if verdicts and verdicts[-1].how == ACCEPTED:
            try:
                locked.append(parse_period(period_id, fixed))
            except InputError:
                continue
    return locked


def require_open(session: Session, day: dt.date) -> None:
    """Refuse a change to an update dated inside a period the coordinator accepted."""
    for period in locked_periods(session):
        if period.contains(day):
            raise InputError(f"Kỳ {period.label} đã được cơ quan tổng hợp chấp nhận; không thêm, sửa hay xóa "
                             f"cập nhật ngày {day:%d/%m/%Y} được cho đến khi kỳ được mở lại.")


def amendments(session: Session, period: Period, plan_id: int | None = None) -> list[journal.Amendment]:
    """The late amendments the report of ``period`` lists in its own paragraph."""
    rows = session.execute(select(ProgressUpdate, Task.ref).join(Task, Task.id == ProgressUpdate.task_id)
                           .where(ProgressUpdate.agency_id.is_(None), ProgressUpdate.late_for != "",
                                  *([Task.plan_id == plan_id] if plan_id is not None else []))).all()
    from kh57desk.services.progress import to_domain

    changes = [journal.Amendment(to_domain(update), amended, update.edited_at, update.deleted, ref)
               for update, ref in rows for amended in update.late_for.split()]
    return journal.amendments_for_report(changes, period.kind, period.start, reported_periods(session))
