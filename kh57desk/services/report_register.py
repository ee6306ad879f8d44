"""The periodic report: its draft (the user's paragraphs, recipients, number, date, signer), its
generation as PDF and XLSX, and the register of generated reports.

- A draft (``ReportDraft``, ``load_draft``, ``save_draft``; kept in ``report_data``) is stored per
  period and plan in a ``setting`` row ``report_draft.<period>.<plan uid>`` (JSON), so the window
  can reopen what the user wrote.
- ``generate`` renders the files in memory, writes them under ``reports/<period>/`` with
  exclusive creation (an existing file, signed or not, is never overwritten), and records a
  ``GeneratedReport`` row. ``files`` holds, per file, ``path`` (relative to the data folder, so a
  portable data folder can move), ``format``, ``sha256``, ``size`` and, for PDFs,
  ``signature_box`` = ``[page_index, x1, y1, x2, y2]`` in PDF points: the signer's signature space.
- Numbers: ``Số: <n>/BC-<prefix>``. The number the user types wins; otherwise a new version of a
  period's report keeps the number of the previous version; otherwise the counter in settings
  (``next_report_number``) gives it. The counter starts again at 01 in a new year (Decree 30).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kh57desk.db.models import GeneratedReport, Plan, Setting
from kh57desk.domain.dates import parse_user_date
from kh57desk.domain.periods import Period
from kh57desk.domain.text import clean
from kh57desk.errors import InputError
from kh57desk.reports.model import ReportSummary
from kh57desk.reports import output_files
from kh57desk.reports.numbering import format_report_number, parse_report_number
from kh57desk.services import audit, report_data, reported, settings as settings_service, setup
# The draft lives with the data gathering; the window finds it here with the rest of the report API.
from kh57desk.services.report_data import ReportDraft, default_draft, load_draft, save_draft, validate_draft
from kh57desk.workspace import Workspace

__all__ = ["FORMATS", "GeneratedReportInfo", "ReportDraft", "ReportFile", "default_draft", "generate", "get_report",
           "list_reports", "load_draft", "mark_submitted", "next_number", "resolve_file", "save_draft", "summary",
           "validate_draft"]

FORMATS = ("pdf", "xlsx")
NUMBER_YEAR_KEY = "report_number_year"
ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportFile:
    path: Path          # absolute
    format: str
    sha256: str
    size: int
    signature_box: list | None = None
    exists: bool = True


@dataclass(frozen=True)
class GeneratedReportInfo:
    id: int
    uid: str
    plan_id: int | None
    period: str
    number: str
    issued_on: dt.date
    version: int
    files: list[ReportFile]
    copies: list[Path]
    pages: int
    font_family: str
    signed: bool = False
    signer: str = ""
    submitted: bool = False
    submitted_on: dt.date | None = None
    created_at: dt.datetime | None = None
    consolidated: bool = False  # the coordinator's consolidated report of the province
    warnings: tuple[str, ...] = ()  # said after generating: an early date, a substitute font

    def file(self, fmt: str) -> ReportFile | None:
        return next((f for f in self.files if f.format == fmt), None)

    @property
    def signature_label(self) -> str:
        return "Đã ký số" if self.signed else "Chưa ký"

    @property
    def sent_label(self) -> str:
        if not self.submitted:
            return "Chưa gửi"
        return f"Đã gửi {self.submitted_on:%d/%m/%Y}" if self.submitted_on else "Đã gửi"


def summary(session: Session, period: Period, today: dt.date | None = None,
            plan_id: int | None = None) -> ReportSummary:
    """What will go into the report (for the window's summary pane and ``kh57 report``)."""
    return report_data.summary(session, period, today or dt.date.today(), plan_id)


# -- numbers ---------------------------------------------------------------------------------

def _number_year(session: Session) -> int | None:
    row = session.get(Setting, NUMBER_YEAR_KEY)
    try:
        return int(row.value) if row else None
    except ValueError:
        return None


def next_number(session: Session, day: dt.date) -> int:
    """The number the counter would give a report dated ``day`` (01 again in a new year)."""
    year = _number_year(session)
    if year is not None and day.year > year:
        return 1
    return max(1, settings_service.load(session).next_report_number)


def consume_number(session: Session, n: int, day: dt.date) -> None:
    year = _number_year(session)
    if year is not None and day.year < year:
        return  # a back-dated report does not move this year's counter
    prefs = settings_service.load(session)
    base = 1 if year is not None and day.year > year else prefs.next_report_number
    settings_service.update(session, next_report_number=max(base, n + 1))
    row = session.get(Setting, NUMBER_YEAR_KEY)
    if row is None:
        session.add(Setting(key=NUMBER_YEAR_KEY, value=str(day.year)))
    else:
        row.value = str(day.year)


def _choose_number(session: Session, draft: ReportDraft, plan: Plan, period: Period, day: dt.date,
                   prefix: str) -> str:
    if draft.number:
        number, n = parse_report_number(draft.number, prefix)
        consume_number(session, n, day)
        return number
    previous = session.scalar(select(GeneratedReport.number)
                              .where(GeneratedReport.period == period.id, GeneratedReport.plan_id == plan.id)
                              .order_by(GeneratedReport.version.desc()))
    if previous:
        return previous
    n = next_number(session, day)
    consume_number(session, n, day)
    return format_report_number(n, prefix)


# -- generation ------------------------------------------------------------------------------

def _formats(formats) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(str(f).lower().lstrip(".") for f in formats))
    bad = [f for f in wanted if f not in FORMATS]
    if bad or not wanted:
        raise InputError(f"Định dạng '{', '.join(bad) or '(trống)'}' không hợp lệ: dùng pdf, xlsx hoặc cả hai.")
    return wanted


def _file_name(prefix: str, period: Period, version: int, fmt: str) -> str:
    agency = f"-{prefix}" if prefix else ""
    return f"Bao-cao{agency}-{period.id}-v{version}.{fmt}"


def generate(workspace: Workspace, session: Session, period: Period, formats=FORMATS, out: Path | str | None = None,
             progress: ProgressFn | None = None, *, draft: ReportDraft | None = None, plan_id: int | None = None,
             number: str | None = None, date: dt.date | str | None = None,
             today: dt.date | None = None) -> GeneratedReportInfo:
    """Generate the report of ``period`` in ``formats`` and record it in the register.

    ``draft`` defaults to the saved one; ``number`` and ``date`` (typed by the user) override
    it. ``progress(step, steps, message)`` reports the stages and may raise ``Cancelled``. On any
    error nothing is left behind: no row, no file, the counter unchanged (the caller's
    transaction rolls back)."""
    formats = _formats(formats)
    prefs = setup.require_configured(session)
    steps = 2 + len(formats)

    def tell(step: int, message: str) -> None:
        if progress:
            progress(step, steps, message)

    tell(0, "Đang tổng hợp số liệu…")
    draft = validate_draft(session, replace(draft or load_draft(session, period, plan_id), period=period.id))
    if plan_id is not None:
        draft = replace(draft, plan_id=plan_id)
    if number is not None and clean(number):
        draft = replace(draft, number=parse_report_number(number, prefs.report_prefix)[0])
    if date not in (None, ""):
        draft = replace(draft, date=parse_user_date(date, "Ngày báo cáo"))
    copies = output_files.copy_targets(out, formats)
    today = today or dt.date.today()
    day = draft.date or today
    plan = report_data.resolve_plan(session, draft.plan_id)
    version = (session.scalar(select(func.max(GeneratedReport.version))
                              .where(GeneratedReport.period == period.id, GeneratedReport.plan_id == plan.id))
               or 0) + 1
    report_number = _choose_number(session, draft, plan, period, day, prefs.report_prefix)
    document = report_data.build_document(session, period, draft, number=report_number, day=day, today=today, version=version)

    from kh57desk.reports.pdf_report import render_pdf  # imported here: reportlab and openpyxl take
    from kh57desk.reports.xlsx_report import render_xlsx  # half a second to load, every command pays it

    rendered: dict[str, bytes] = {}
    box, pages, family = None, 0, ""
    for step, fmt in enumerate(formats, start=1):
        if fmt == "pdf":
            tell(step, "Đang tạo tệp PDF…")
            result = render_pdf(document, on_page=lambda n: tell(step, f"Đang tạo tệp PDF: trang {n}…"))
            rendered["pdf"], box, pages, family = result.data, result.signature_box, result.pages, result.font_family
        else:
            tell(step, "Đang tạo tệp Excel…")
            rendered["xlsx"] = render_xlsx(document)

    tell(steps - 1, "Đang ghi tệp…")
    folder = workspace.reports / period.id
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        files = []
        for fmt, data in rendered.items():
            path = output_files.write_new(folder / _file_name(prefs.report_prefix, period, version, fmt), data)
            written.append(path)
            files.append(ReportFile(path, fmt, hashlib.sha256(data).hexdigest(), len(data),
                                    box if fmt == "pdf" else None))
        copied = []
        for fmt, target in copies.items():
            copied.append(output_files.write_copy(target, rendered[fmt]))
            written.append(copied[-1])
        row = GeneratedReport(plan_id=plan.id, period=period.id, number=report_number, issued_on=day,
                              version=version, files=json.dumps(_files_json(workspace, files), ensure_ascii=False),
                              signer=document.signer.name, recipients=json.dumps(document.recipients,
                                                                                 ensure_ascii=False),
                              free_text=json.dumps({k: getattr(draft, k) for k in (
                                  "results_text", "difficulties_text", "proposals_text", "next_period_text")},
                                  ensure_ascii=False))
        session.add(row)
        session.flush()
        audit.record(session, "report.generate", "generated_report", row.uid, period=period.id,
                     number=report_number, version=version, files=[f.path.name for f in files])
    except OSError as exc:
        output_files.remove_all(written)
        raise InputError(f"Không ghi được tệp báo cáo vào '{folder}': {exc.strerror or exc}.") from None
    except BaseException:
        output_files.remove_all(written)
        raise
    tell(steps, "Đã tạo báo cáo.")
    return GeneratedReportInfo(row.id, row.uid, plan.id, period.id, report_number, day, version, files, copied,
                               pages, family, signer=row.signer, created_at=row.created_at,
                               warnings=generation_warnings(period, day, family))


def generation_warnings(period: Period, day: dt.date, font_family: str) -> tuple[str, ...]:
    """What the user should know about a report just made: dated before its period's cut-off
    ends (the last days' progress is not in it yet), or set in the substitute font."""
    warnings = []
    if day < period.end:
        warnings.append(f"Báo cáo ghi ngày {day:%d/%m/%Y}, trước ngày chốt số liệu của kỳ ({period.end:%d/%m/%Y}): "
                        f"tiến độ từ {day + dt.timedelta(days=1):%d/%m/%Y} đến {period.end:%d/%m/%Y} chưa có trong "
                        "báo cáo.")
    if font_family and not font_family.startswith("TimesNewRoman"):
        warnings.append("Máy không có phông Times New Roman: tệp PDF dùng phông Liberation Serif (cùng kích thước "
                        "chữ); cài Times New Roman để đúng thể thức Nghị định 30.")
    return tuple(warnings)


def _files_json(workspace: Workspace, files: list[ReportFile]) -> list[dict]:
    result = []
    for f in files:
        entry = {"path": f.path.relative_to(workspace.data_dir).as_posix(), "format": f.format, "sha256": f.sha256,
                 "size": f.size}
        if f.signature_box:
            entry["signature_box"] = f.signature_box
        result.append(entry)
    return result


# -- the register ----------------------------------------------------------------------------

def resolve_file(data_dir: Path, entry: dict) -> Path:
    """The absolute path of a ``files`` entry (stored relative to the data folder)."""
    path = Path(entry["path"])
    return path if path.is_absolute() else Path(data_dir) / path


def _info(row: GeneratedReport, data_dir: Path | None) -> GeneratedReportInfo:
    try:
        entries = json.loads(row.files or "[]")
    except ValueError:
        entries = []
    files = []
    for e in entries:
        path = resolve_file(data_dir, e) if data_dir is not None else Path(e.get("path", ""))
        files.append(ReportFile(path, e.get("format", ""), e.get("sha256", ""), int(e.get("size", 0)),
                                e.get("signature_box"), path.exists() if data_dir is not None else True))
    note = _note(row)
    try:
        submitted_on = dt.date.fromisoformat(note["submitted_on"]) if note.get("submitted_on") else None
    except (ValueError, TypeError):
        submitted_on = None
    return GeneratedReportInfo(row.id, row.uid, row.plan_id, row.period, row.number, row.issued_on, row.version,
                               files, [], 0, "", bool(row.signed), row.signer, bool(row.submitted), submitted_on,
                               row.created_at, note.get("kind") == "consolidated")


def _note(row: GeneratedReport) -> dict:
    """The register row's note: JSON facts about the report (its kind, the day it was sent)."""
    try:
        note = json.loads(row.note or "{}")
    except ValueError:
        return {}
    return note if isinstance(note, dict) else {}


def list_reports(session: Session, data_dir: Path | None = None, period: str | None = None) \
        -> list[GeneratedReportInfo]:
    """The register, newest first. With ``data_dir`` the file paths are absolute and
    ``ReportFile.exists`` says whether each file is still there."""
    query = select(GeneratedReport)
    if period:
        query = query.where(GeneratedReport.period == period)
    query = query.order_by(GeneratedReport.created_at.desc(), GeneratedReport.id.desc())
    return [_info(row, data_dir) for row in session.scalars(query)]


def get_report(session: Session, report_id: int, data_dir: Path | None = None) -> GeneratedReportInfo:
    row = session.get(GeneratedReport, report_id)
    if row is None:
        raise InputError(f"Không có báo cáo mã {report_id} trong sổ báo cáo (xem 'kh57 reports').")
    return _info(row, data_dir)


def mark_submitted(session: Session, report_id: int, day: dt.date | None = None) -> GeneratedReportInfo:
    """Mark a generated report as sent to the coordinator; the period then counts as submitted."""
    row = session.get(GeneratedReport, report_id)
    if row is None:
        raise InputError(f"Không có báo cáo mã {report_id} trong sổ báo cáo (xem 'kh57 reports').")
    if not row.submitted:
        row.submitted = True
        row.note = json.dumps({**_note(row), "submitted_on": (day or dt.date.today()).isoformat()})
        reported.mark(session, row.period, reported.SENT)  # later changes in its window are late amendments
        session.flush()
        audit.record(session, "report.submitted", "generated_report", row.uid, period=row.period,
                     number=row.number, version=row.version)
    return _info(row, None)
