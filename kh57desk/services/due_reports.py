"""Which periodic reports are upcoming, due or late for this database on a given day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import GeneratedReport, Plan
from kh57desk.domain.schedule import ReportDue, reports_on
from kh57desk.services.settings import effective_schedule


def submitted_periods(session: Session) -> set[str]:
    """Periods for which a report was marked as sent (submitted) in the register."""
    return set(session.scalars(select(GeneratedReport.period).where(GeneratedReport.submitted.is_(True))))


def reports_due(session: Session, day: dt.date, horizon_days: int = 30) -> list[ReportDue]:
    schedule = effective_schedule(session)
    first_plan = session.scalar(select(Plan.created_at).order_by(Plan.created_at))
    since = dt.date(day.year, 1, 1)
    if first_plan is not None and since < first_plan.date() <= day:
        since = first_plan.date()
    return reports_on(schedule, day, submitted_periods(session), since=since, horizon_days=horizon_days)
