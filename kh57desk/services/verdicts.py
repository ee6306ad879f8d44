"""Verdicts on a period's report: received (a receipt), accepted, returned with a reason, reopened,
with notes on single tasks. The coordinator decides them (``coordinator.verdicts``) and sends them
in verdict packages; here is what both sides share: the values, their wording, and at the agency
the copies a verdict package brings, which also reopen (returned, reopened) or lock (accepted) the
period through ``services.reported``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import Task, Verdict
from kh57desk.services import audit, reported

RECEIVED, ACCEPTED, RETURNED, REOPENED = "received", "accepted", "returned", "reopened"
DECISIONS = (RECEIVED, ACCEPTED, RETURNED, REOPENED)
PERIOD_MARK = {ACCEPTED: reported.ACCEPTED, RETURNED: reported.RETURNED, REOPENED: reported.REOPENED}


@dataclass(frozen=True)
class TaskNote:
    task_uid: str
    ref: str
    note: str


@dataclass(frozen=True)
class VerdictView:
    uid: str
    agency: str
    period: str
    decision: str
    reason: str
    notes: tuple[TaskNote, ...]
    decided_at: dt.datetime
    decided_by: str

    def label(self, coordinator: str = "Sở KH&CN") -> str:
        """The register's words: 'Sở KH&CN đã nhận ngày 18/06/2025', 'Đã chấp nhận', 'Trả lại: …'
        (``decided_at`` is the coordinator's local time)."""
        day = f"{self.decided_at:%d/%m/%Y}"
        if self.decision == RECEIVED:
            return f"{coordinator} đã nhận ngày {day}"
        if self.decision == ACCEPTED:
            return f"Đã chấp nhận ngày {day}"
        if self.decision == RETURNED:
            return f"Trả lại ngày {day}: lý do {self.reason}"
        return f"Mở lại ngày {day}" + (f": {self.reason}" if self.reason else "")

    def note_lines(self) -> list[str]:
        return [f"Nhiệm vụ {note.ref or note.task_uid[:8]}: {note.note}" for note in self.notes]

    def to_json(self) -> dict:
        return {"uid": self.uid, "agency": self.agency, "period": self.period, "decision": self.decision,
                "reason": self.reason, "notes": [{"task_uid": n.task_uid, "note": n.note} for n in self.notes],
                "decided_at": self.decided_at.isoformat(timespec="seconds"), "decided_by": self.decided_by}


def view(session: Session, row: Verdict) -> VerdictView:
    notes = json.loads(row.notes or "[]")
    refs = dict(session.execute(select(Task.uid, Task.ref).where(Task.uid.in_([n["task_uid"] for n in notes]))).all()) \
        if notes else {}
    return VerdictView(row.uid, row.agency, row.period, row.decision, row.reason,
                       tuple(TaskNote(n["task_uid"], refs.get(n["task_uid"], ""), n["note"]) for n in notes),
                       row.decided_at, row.decided_by)


def list_verdicts(session: Session, agency: str | None = None, period: str | None = None) -> list[VerdictView]:
    """Oldest first."""
    query = select(Verdict).order_by(Verdict.decided_at, Verdict.id)
    if agency is not None:
        query = query.where(Verdict.agency == agency)
    if period is not None:
        query = query.where(Verdict.period == period)
    return [view(session, row) for row in session.scalars(query)]


def standing(views: list[VerdictView]) -> VerdictView | None:
    """The verdict that stands for a period: the latest decision other than a receipt."""
    decided = [v for v in views if v.decision != RECEIVED]
    return decided[-1] if decided else None


def record_receipt(session: Session, agency: str, period: str, received: dt.datetime) -> None:
    """A receipt for the agency's report of ``period`` (one per period: the first package received)."""
    exists = session.scalar(select(Verdict.id).where(Verdict.agency == agency, Verdict.period == period,
                                                     Verdict.decision == RECEIVED))
    if exists is None:
        session.add(Verdict(agency=agency, period=period, decision=RECEIVED, decided_at=received,
                            decided_by=audit.current_user()))
        session.flush()


def receive(session: Session, items: list[dict], write: bool) -> int:
    """At the agency: keep the verdicts a package brings (by ``uid``); a new accept, return or
    reopen marks the period (locked, reopened). Returns how many are new."""
    known = set(session.scalars(select(Verdict.uid).where(Verdict.uid.in_([i["uid"] for i in items])))) \
        if items else set()
    fresh = [item for item in items if item["uid"] not in known]
    if not write:
        return len(fresh)
    now = dt.datetime.now()
    for item in sorted(fresh, key=lambda i: i["decided_at"]):
        session.add(Verdict(uid=item["uid"], agency=item["agency"], period=item["period"], decision=item["decision"],
                            reason=item["reason"], notes=json.dumps(item["notes"], ensure_ascii=False),
                            decided_at=dt.datetime.fromisoformat(item["decided_at"]), decided_by=item["decided_by"],
                            arrived_at=now))
        if item["decision"] in PERIOD_MARK:
            reported.mark(session, item["period"], PERIOD_MARK[item["decision"]], now)
        audit.record(session, "verdict.receive", "verdict", item["uid"], period=item["period"],
                     decision=item["decision"])
    session.flush()
    return len(fresh)
