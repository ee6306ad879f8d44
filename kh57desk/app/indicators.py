"""Recording the measured value of a target (chỉ tiêu) for a reporting period."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kh57desk.app.changes import Changes, Outcome
from kh57desk.domain.periods import Period
from kh57desk.services import indicators as indicator_service


def record_value(session: Session, indicator_id: int, period: Period, value: str,
                 note: str) -> Outcome[indicator_service.IndicatorRow]:
    row = indicator_service.record_value(session, indicator_id, period, value, note)
    return Outcome(row, Changes(indicators=True))
