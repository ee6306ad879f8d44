"""The coordinator's verdicts on an agency's report of a period (like DHIS2's approval): a receipt
recorded automatically when a report package is imported, then accept, return with a reason, or
reopen an accepted period, with notes on single tasks. Every verdict and receipt for an agency
travels in the next verdict package to it (``sync.verdict_package``)."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import PackageLog, Task, Verdict
from kh57desk.domain.periods import Period
from kh57desk.errors import InputError
from kh57desk.services import agencies, audit, settings as settings_service
from kh57desk.services.setup import require_configured
from kh57desk.services.verdicts import ACCEPTED, REOPENED, RETURNED, VerdictView, list_verdicts, standing, view

REASON_LIMIT = NOTE_LIMIT = 2000


def _task_notes(session: Session, notes: list[tuple[str, str]]) -> list[dict]:
    from kh57desk.services.tasks import find_task

    result = []
    for key, note in notes:
        note = " ".join(note.split())
        if not note:
            raise InputError(f"Ghi chú cho nhiệm vụ {key} đang trống.")
        if len(note) > NOTE_LIMIT:
            raise InputError(f"Ghi chú cho nhiệm vụ {key} dài quá {NOTE_LIMIT} ký tự.")
        task: Task = find_task(session, key)
        result.append({"task_uid": task.uid, "note": note})
    return result


def decide(session: Session, agency_name: str, period: Period, decision: str, reason: str = "",
           notes: list[tuple[str, str]] | None = None) -> VerdictView:
    """Accept, return (a reason is required) or reopen an agency's report of ``period``."""
    prefs = require_configured(session)
    if prefs.mode != settings_service.COORDINATOR_MODE:
        raise InputError("Chỉ cơ quan tổng hợp mới chấp nhận, trả lại hoặc mở lại báo cáo của các cơ quan.")
    if decision not in (ACCEPTED, RETURNED, REOPENED):
        raise InputError("Hãy chọn chấp nhận, trả lại hoặc mở lại.")
    agency = agencies.require(session, agency_name).name
    reason = " ".join((reason or "").split())
    if decision == RETURNED and not reason:
        raise InputError("Trả lại báo cáo cần ghi lý do.")
    if len(reason) > REASON_LIMIT:
        raise InputError(f"Lý do dài quá {REASON_LIMIT} ký tự.")
    received = session.scalar(select(PackageLog.id).where(PackageLog.kind == "report", PackageLog.period == period.id,
                                                          PackageLog.producer_agency == agency))
    if received is None:
        raise InputError(f"Chưa nhận gói báo cáo kỳ {period.id} nào của {agency}; không có gì để xét.")
    current = standing(list_verdicts(session, agency, period.id))
    if decision == REOPENED and (current is None or current.decision != ACCEPTED):
        raise InputError(f"Báo cáo kỳ {period.id} của {agency} chưa được chấp nhận; không cần mở lại.")
    if decision == ACCEPTED and current is not None and current.decision == ACCEPTED:
        raise InputError(f"Báo cáo kỳ {period.id} của {agency} đã được chấp nhận.")
    row = Verdict(agency=agency, period=period.id, decision=decision, reason=reason,
                  notes=json.dumps(_task_notes(session, notes or []), ensure_ascii=False),
                  decided_by=audit.current_user())
    session.add(row)
    session.flush()
    audit.record(session, f"verdict.{decision}", "verdict", row.uid, agency=agency, period=period.id, reason=reason,
                 notes=json.loads(row.notes))
    return view(session, row)
