"""When the coordinator received an agency's report package: the day of the import by default,
set by hand to the e-mail's arrival day when the package waited in a mailbox (audited). The
first package of the period received counts for timeliness (``coordinator.completeness``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import PackageLog, Verdict
from kh57desk.domain.periods import Period
from kh57desk.errors import InputError
from kh57desk.services import agencies, audit
from kh57desk.services.verdicts import RECEIVED


def check_received_day(day: dt.date, today: dt.date) -> dt.date:
    if day > today:
        raise InputError(f"Ngày nhận {day:%d/%m/%Y} ở tương lai; không ghi.")
    if day.year < 2000:
        raise InputError(f"Ngày nhận {day:%d/%m/%Y} trước năm 2000; không ghi.")
    return day


def set_received(session: Session, agency_name: str, period: Period, day: dt.date, today: dt.date) -> PackageLog:
    """Set the received day of the agency's first report package of ``period``."""
    check_received_day(day, today)
    agency = agencies.require(session, agency_name)
    log = session.scalar(select(PackageLog).where(PackageLog.kind == "report", PackageLog.period == period.id,
                                                  PackageLog.producer_agency == agency.name)
                         .order_by(PackageLog.sequence))
    if log is None:
        raise InputError(f"Chưa nhận gói báo cáo kỳ {period.id} nào của {agency.name}.")
    if day > log.imported_at.date() + dt.timedelta(days=1):
        raise InputError(f"Ngày nhận {day:%d/%m/%Y} sau ngày nhập gói ({log.imported_at:%d/%m/%Y}); không ghi.")
    before = log.received_on
    log.received_on = day
    receipt = session.scalar(select(Verdict).where(Verdict.agency == agency.name, Verdict.period == period.id,
                                                   Verdict.decision == RECEIVED))
    if receipt is not None:  # the receipt the agency is sent says the same day
        receipt.decided_at = dt.datetime.combine(day, dt.time(12))
    audit.record(session, "package.received", "package", log.manifest_sha256[:16], agency=agency.name,
                 period=period.id, received_on=day.isoformat(), before=before.isoformat() if before else None)
    session.flush()
    return log
