"""Báo cáo screen operations, run on the database worker: what the screen shows for a period
(the plans, the summary, the saved draft, the register with each report's signature state),
saving the draft, generating, marking as sent, signing. Thin compositions of
``services.report_register`` and ``services.signing_service``, the same as ``kh57 report`` and
``kh57 sign``. No Qt here."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.app import verdicts as app_verdicts
from kh57desk.app.changes import Changes, Outcome
from kh57desk.db.models import GeneratedReport, Plan
from kh57desk.domain.periods import Period
from kh57desk.errors import InputError
from kh57desk.reports.model import ReportSummary
from kh57desk.reports.numbering import format_report_number
from kh57desk.services import report_register, settings as settings_service, signing_service
from kh57desk.services.report_register import GeneratedReportInfo, ReportDraft
from kh57desk.signing.keys import KeySource
from kh57desk.workspace import Workspace


REPORTS_CHANGED = Changes(reports=True)


@dataclass(frozen=True)
class PlanChoice:
    id: int
    name: str


@dataclass(frozen=True)
class SignedCopy:
    path: Path
    format: str  # pdf / p7s
    exists: bool


@dataclass(frozen=True)
class RegisterRow:
    """One generated report as the register table shows it."""

    info: GeneratedReportInfo
    consolidated: bool
    level: str = ""
    signed_at: str = ""
    signed_files: tuple[SignedCopy, ...] = ()
    verdicts: tuple[str, ...] = ()  # Sở KH&CN's receipt and verdicts on the period's report, task notes indented

    @property
    def id(self) -> int:
        return self.info.id

    @property
    def verdict(self) -> str:
        """The latest of them: 'Sở KH&CN đã nhận ngày …', 'Đã chấp nhận ngày …', 'Trả lại ngày …: lý do …'."""
        labels = [line for line in self.verdicts if not line.startswith(" ")]
        return labels[-1] if labels else ""

    def pdf(self) -> Path | None:
        """The PDF to show or print: the signed one when there is one, else the generated one."""
        signed = next((f.path for f in self.signed_files if f.format == "pdf" and f.exists), None)
        if signed is not None:
            return signed
        generated = self.info.file("pdf")
        return generated.path if generated is not None and generated.exists else None

    def any_file(self) -> Path | None:
        pdf = self.pdf()
        if pdf is not None:
            return pdf
        return next((f.path for f in self.info.files if f.exists), None)

    @property
    def missing_files(self) -> bool:
        return any(not f.exists for f in self.info.files)


@dataclass(frozen=True)
class ReportsState:
    period: Period
    plans: list[PlanChoice]
    plan_id: int | None       # the plan the summary and draft are about (None: no plan yet)
    summary: ReportSummary | None
    draft: ReportDraft | None
    next_number: str          # what the counter would give, for the number field's hint
    register: list[RegisterRow]


def _register(session: Session, data_dir: Path) -> list[RegisterRow]:
    rows = {row.id: row for row in session.scalars(select(GeneratedReport))}
    verdict_lines: dict[str, tuple[str, ...]] = {}
    result = []
    for info in report_register.list_reports(session, data_dir):
        row = rows[info.id]
        try:
            consolidated = json.loads(row.note or "{}").get("kind") == "consolidated"
        except (ValueError, AttributeError):
            consolidated = False
        state = signing_service.signature_state(row)
        copies = tuple(SignedCopy(path, entry.get("format", ""), path.exists())
                       for entry in state["files"]
                       for path in [report_register.resolve_file(data_dir, entry)])
        if info.period not in verdict_lines:
            verdict_lines[info.period] = tuple(app_verdicts.period_lines(session, info.period))
        result.append(RegisterRow(info, consolidated, state["level"], state["signed_at"], copies,
                                  () if consolidated else verdict_lines[info.period]))
    return result


def load_register(session: Session, data_dir: Path) -> list[RegisterRow]:
    return _register(session, data_dir)


def load_state(session: Session, data_dir: Path, period: Period, plan_id: int | None,
               today: dt.date) -> ReportsState:
    plans = [PlanChoice(p.id, p.display_name) for p in session.scalars(select(Plan).order_by(Plan.id))]
    register = _register(session, data_dir)
    if not plans:
        return ReportsState(period, plans, None, None, None, "", register)
    if plan_id not in {p.id for p in plans}:
        plan_id = plans[0].id
    prefs = settings_service.load(session)
    draft = report_register.load_draft(session, period, plan_id)
    summary = report_register.summary(session, period, today, plan_id)
    number = report_register.next_number(session, draft.date or today)
    return ReportsState(period, plans, plan_id, summary, draft,
                        format_report_number(number, prefs.report_prefix), register)


def save_draft(session: Session, draft: ReportDraft) -> ReportDraft:
    return report_register.save_draft(session, draft)


def generate(ws: Workspace, job, period: Period, draft: ReportDraft, formats: tuple[str, ...],
             today: dt.date) -> Outcome[GeneratedReportInfo]:
    """Save the draft and generate the report in one transaction (both, or neither)."""
    def progress(step: int, steps: int, _message: str) -> None:
        job.progress(step, steps)
    with ws.db.transaction() as session:
        saved = report_register.save_draft(session, draft)
        info = report_register.generate(ws, session, period, formats, progress=progress, draft=saved,
                                        plan_id=saved.plan_id, today=today)
    return Outcome(info, REPORTS_CHANGED)


def mark_sent(session: Session, report_id: int, day: dt.date) -> Outcome[GeneratedReportInfo]:
    return Outcome(report_register.mark_submitted(session, report_id, day), REPORTS_CHANGED)


def sign_report(ws: Workspace, report_id: int, source: KeySource,
                secret: str) -> Outcome[signing_service.SignResult]:
    """Sign every file of a registered report (its ``lines()``: result, notes, warnings)."""
    with ws.db.transaction() as session:
        result = signing_service.sign_report(ws, session, report_id, source, secret)
    return Outcome(result, REPORTS_CHANGED)


def require_pdf(row: RegisterRow) -> Path:
    path = row.pdf()
    if path is None:
        raise InputError(f"Báo cáo số {row.info.number} không có tệp PDF (hoặc tệp đã bị xóa khỏi thư mục dữ liệu).")
    return path
