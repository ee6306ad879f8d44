"""Gather what goes into a periodic report: the user's draft (paragraphs, recipients, number,
date, signer), the summary shown before generating, and the full ``ReportDocument`` the PDF and
XLSX writers render.

Sources: task statuses from ``services.tasks.list_tasks``; this agency's own progress updates dated
inside the period's window, seen through ``services.standing`` (results in date order, output
documents, difficulties, proposals), with the draft's per-task text overrides; the late
amendments to earlier reports of the same kind (``services.reported``); targets from
``services.indicators.list_indicators``; the agency, signer and place from settings.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import COORDINATE, LEAD, Plan, Setting, Task
from kh57desk.domain import periods as reporting_periods
from kh57desk.domain import status as task_status
from kh57desk.domain.dates import parse_user_date
from kh57desk.domain.periods import Period, parse_period
from kh57desk.domain.text import clean, fold, nfc
from kh57desk.reports.numbering import parse_report_number
from kh57desk.errors import InputError
from kh57desk.reports.body import compose_body
from kh57desk.reports.model import (ITEM, SUBHEADING, Block, GroupSummary, ReportDocument, ReportSummary, Signer,
                                    StatusCount, TargetLine, TaskLine, TaskNote)
from kh57desk.services import agencies, audit, indicators, reported, settings as settings_service, setup, \
    tasks as task_service

DRAFT_KEY = "report_draft"
MAX_TEXT = 20_000
MAX_RECIPIENTS = 40


def resolve_plan(session: Session, plan_id: int | None = None) -> Plan:
    """The plan a report is about: the one asked for, else the only plan in the database."""
    if plan_id is not None:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise InputError(f"Không có kế hoạch số {plan_id} trong cơ sở dữ liệu.")
        return plan
    plans = list(session.scalars(select(Plan).order_by(Plan.id)))
    if not plans:
        raise InputError("Chưa có kế hoạch nào: hãy nhập kế hoạch (hoặc chạy 'kh57 demo') trước khi lập báo cáo.")
    if len(plans) > 1:
        names = "; ".join(f"{p.id}: {p.display_name}" for p in plans)
        raise InputError(f"Có {len(plans)} kế hoạch, hãy chọn kế hoạch cần báo cáo (--plan): {names}.")
    return plans[0]


def find_plan(session: Session, key: str) -> Plan:
    """A plan by database id or by its number (``26/KH-UBND``), for the command line."""
    key = clean(key)
    if key.isdigit() and (plan := session.get(Plan, int(key))) is not None:
        return plan
    for plan in session.scalars(select(Plan).order_by(Plan.id)):
        if plan.number and fold(plan.number) == fold(key):
            return plan
    raise InputError(f"Không tìm thấy kế hoạch '{key}'. Dùng mã số (1, 2…) hoặc số kế hoạch (26/KH-UBND).")


def plan_reference(plan: Plan) -> str:
    """``Kế hoạch số 26/KH-UBND ngày 13/02/2025 của Ủy ban nhân dân tỉnh Thái Bình``."""
    text = plan.display_name
    if plan.number and plan.issued_on:
        text += f" ngày {plan.issued_on:%d/%m/%Y}"
    issuer = clean(plan.issuer)
    if issuer and fold(issuer) not in fold(text):
        text += f" của {issuer}"
    return text


def subject(plan: Plan, period: reporting_periods.Period) -> str:
    return f"Kết quả thực hiện {plan.display_name}, {period.label}"


def next_period(period: reporting_periods.Period, fixed_dates: tuple = ()) -> tuple[str, dt.date]:
    """The period after ``period`` (its label) and the last day of its calendar span: tasks
    due up to that day are the next period's main tasks."""
    if period.kind in reporting_periods.STANDARD_KINDS:
        following = reporting_periods.following(period)
        end = following.end
        return following.label, dt.date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
    if period.kind == reporting_periods.CUSTOM and fixed_dates:
        for year in (period.year, period.year + 1):
            for candidate in reporting_periods.custom_periods(year, fixed_dates):
                if candidate.end > period.end:
                    return candidate.label, candidate.end
    return "thời gian tới", period.end + dt.timedelta(days=90)


# -- drafts ----------------------------------------------------------------------------------

@dataclass
class ReportDraft:
    """What the user sets for one period's report. ``None`` signer fields and an empty ``number``
    or ``date`` mean "from settings / the counter / the day of generation"."""

    period: str
    plan_id: int | None = None
    results_text: str = ""
    difficulties_text: str = ""
    proposals_text: str = ""
    next_period_text: str = ""
    recipients: list[str] = field(default_factory=list)
    number: str = ""
    date: dt.date | None = None
    signer_authority: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    task_texts: dict[str, str] = field(default_factory=dict)  # task uid -> the result as worded in this report

    def to_json(self) -> str:
        data = {k: v for k, v in self.__dict__.items()}
        data["date"] = self.date.isoformat() if self.date else None
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "ReportDraft":
        data = json.loads(text)
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        known["date"] = dt.date.fromisoformat(known["date"]) if known.get("date") else None
        return cls(**known)


def _draft_key(period_id: str, plan: Plan) -> str:
    return f"{DRAFT_KEY}.{period_id}.{plan.uid}"


def default_draft(session: Session, period: Period, plan_id: int | None = None) -> ReportDraft:
    prefs = settings_service.load(session)
    plan = resolve_plan(session, plan_id)
    return ReportDraft(period=period.id, plan_id=plan.id, recipients=list(prefs.recipients),
                       signer_authority=prefs.signer_authority, signer_title=prefs.signer_title,
                       signer_name=prefs.signer_name)


def load_draft(session: Session, period: Period, plan_id: int | None = None) -> ReportDraft:
    """The saved draft of ``period``'s report, else one filled from settings."""
    plan = resolve_plan(session, plan_id)
    row = session.get(Setting, _draft_key(period.id, plan))
    if row is None:
        return default_draft(session, period, plan.id)
    try:
        draft = ReportDraft.from_json(row.value)
    except (ValueError, TypeError):
        return default_draft(session, period, plan.id)
    return replace(draft, period=period.id, plan_id=plan.id)


def _clean_recipient(text: str) -> str:
    return clean(text).lstrip("-–•+* ").rstrip(";.,").strip()


def validate_draft(session: Session, draft: ReportDraft) -> ReportDraft:
    """Check and normalise a draft; ``InputError`` (Vietnamese) on the first bad value."""
    schedule = settings_service.effective_schedule(session)
    period = parse_period(draft.period, schedule.fixed_dates)
    plan = resolve_plan(session, draft.plan_id)
    texts = {}
    for name, label in (("results_text", "I"), ("difficulties_text", "II"), ("proposals_text", "III"),
                        ("next_period_text", "IV")):
        text = nfc(getattr(draft, name) or "").strip()
        if len(text) > MAX_TEXT:
            raise InputError(f"Nội dung phần {label} quá dài (tối đa {MAX_TEXT} ký tự).")
        texts[name] = text
    recipients = [r for r in (_clean_recipient(x) for x in draft.recipients or []) if r]
    if len(recipients) > MAX_RECIPIENTS:
        raise InputError(f"Danh sách nơi nhận quá dài (tối đa {MAX_RECIPIENTS} dòng).")
    for recipient in recipients:
        if len(recipient) > 300:
            raise InputError(f"Nơi nhận '{recipient[:40]}…' quá dài (tối đa 300 ký tự).")
    number = ""
    if clean(draft.number):
        prefix = settings_service.load(session).report_prefix
        number = parse_report_number(draft.number, prefix)[0]
    day = parse_user_date(draft.date, "Ngày báo cáo") if draft.date not in (None, "") else None

    def signer(value: str | None, upper: bool) -> str | None:
        if value is None:
            return None
        text = clean(value)
        if len(text) > 200:
            raise InputError("Thông tin người ký quá dài (tối đa 200 ký tự).")
        return text.upper() if upper else text

    task_texts = {}
    for uid, value in (draft.task_texts or {}).items():
        text = nfc(value or "").strip()
        if len(text) > MAX_TEXT:
            raise InputError(f"Nội dung viết lại cho một nhiệm vụ quá dài (tối đa {MAX_TEXT} ký tự).")
        if text:
            task_texts[str(uid)] = text
    return ReportDraft(period=period.id, plan_id=plan.id, recipients=recipients, number=number, date=day,
                       task_texts=task_texts,
                       signer_authority=signer(draft.signer_authority, True),
                       signer_title=signer(draft.signer_title, True), signer_name=signer(draft.signer_name, False),
                       **texts)


def save_draft(session: Session, draft: ReportDraft) -> ReportDraft:
    """Validate and keep the draft of its period's report; returns what was saved."""
    setup.require_configured(session)
    clean_draft = validate_draft(session, draft)
    plan = resolve_plan(session, clean_draft.plan_id)
    key = _draft_key(clean_draft.period, plan)
    row = session.get(Setting, key)
    value = clean_draft.to_json()
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value
    audit.record(session, "report.draft", "setting", key, period=clean_draft.period)
    return clean_draft


# -- the summary -----------------------------------------------------------------------------

def _task_line(row: task_service.TaskRow, standing, override: str = "") -> TaskLine:
    documents = standing.documents
    first = documents[0] if documents else None
    return TaskLine(
        group=row.group, ref=row.ref, content=row.content, role=row.role, role_label=row.role_label,
        deadline_text=row.deadline_text, deadline_due=row.deadline_due, status=row.status,
        status_label=row.status_label, percent=row.percent, completed_on=row.completed_on,
        result=override or standing.result_text, output_doc_number=first.number if first else "",
        output_doc_date=first.date if first else None, difficulties=standing.difficulties_text,
        proposals=standing.proposals_text, documents=tuple((d.number, d.date) for d in documents),
        updates=len(standing.updates), result_overridden=bool(override), task_uid=row.uid)


def _outcome(line: TaskLine) -> str:
    """What a highlight says: the result entered, else "đã hoàn thành ngày …", plus the document."""
    text = "; ".join(clean(part) for part in line.result.splitlines() if clean(part))  # dated lines of a window
    if not text and task_status.is_done(line.status):
        text = f"Đã hoàn thành{f' ngày {line.completed_on:%d/%m/%Y}' if line.completed_on else ''}"
    if line.output_text:
        text = f"{text} ({line.output_text})" if text else line.output_text
    return text


def _note(line: TaskLine, text: str = "") -> TaskNote:
    return TaskNote(line.ref, line.content, line.role_label, clean(text), line.role == LEAD)


def _targets(session: Session, period: reporting_periods.Period, plan_id: int) -> list[TargetLine]:
    from kh57desk.domain.targets import format_number

    lines = []
    for row in indicators.list_indicators(session, period, plan_id=plan_id):
        value_text = format_number(row.value)
        if value_text and row.unit:
            value_text += row.unit if row.unit.startswith("%") else f" {row.unit}"
        lines.append(TargetLine(group=row.group, text=row.text, milestone_year=row.milestone_year,
                                target_text=row.target_label, target=row.target, value=row.value,
                                value_text=value_text, unit=row.unit, note=row.note, assessment=row.assessment))
    return lines


def summary(session: Session, period: reporting_periods.Period, today: dt.date | None = None,
            plan_id: int | None = None, overrides: dict[str, str] | None = None) -> ReportSummary:
    """What the report of ``period`` will say, judged at the cut-off (or ``today`` if earlier)."""
    prefs = setup.require_configured(session)
    plan = resolve_plan(session, plan_id)
    rows = [r for r in task_service.list_tasks(session, period, today=today, plan_id=plan.id)
            if r.role in (LEAD, COORDINATE)]
    if overrides is None:  # the saved draft's wording for this report
        overrides = load_draft(session, period, plan.id).task_texts
    lines = [_task_line(r, r.standing, overrides.get(r.uid, "")) for r in rows]  # the list's own period view
    as_of = min(period.end, today) if today else period.end

    reasons = dict(session.execute(select(Task.id, Task.role_reason).where(Task.id.in_([r.id for r in rows])))
                   .all()) if rows else {}
    named = sum(1 for r in rows if reasons.get(r.id, "").startswith(("Được giao", "Tự nhận")))
    counts = {s: [0, 0] for s in task_status.STATUSES}
    for row in rows:
        counts[row.status][0 if row.role == LEAD else 1] += 1
    status_counts = [StatusCount(s, task_status.STATUS_LABELS[s], lead, coord) for s, (lead, coord) in counts.items()]

    groups: dict[str, list[TaskLine]] = {}
    for line in lines:
        groups.setdefault(line.group, []).append(line)
    group_summaries = []
    for name, members in groups.items():
        highlights = [note for note in (_note(m, _outcome(m)) for m in members) if note.text]
        group_summaries.append(GroupSummary(name, len(members), sum(task_status.is_done(m.status) for m in members),
                                            highlights))

    schedule = settings_service.effective_schedule(session)
    next_label, horizon = next_period(period, schedule.fixed_dates)
    upcoming = [line for line in lines
                if line.status in (task_status.ON_TRACK, task_status.NOT_STARTED_STATUS) and line.deadline_due
                and as_of < line.deadline_due <= horizon]
    return ReportSummary(
        period_id=period.id, period_label=period.label, window_start=period.start, window_end=period.end,
        as_of=as_of, plan_id=plan.id, plan_name=plan.display_name, plan_reference=plan_reference(plan),
        agency=prefs.agency_name,
        lead_total=sum(1 for r in rows if r.role == LEAD), coordinate_total=sum(1 for r in rows if r.role != LEAD),
        status_counts=status_counts, groups=group_summaries,
        difficulties=[_note(m, m.difficulties) for m in lines if clean(m.difficulties)],
        proposals=[_note(m, m.proposals) for m in lines if clean(m.proposals) and m.status != task_status.ADJUSTMENT],
        adjustments=[_note(m, m.proposals) for m in lines if m.status == task_status.ADJUSTMENT],
        overdue=[_note(m) for m in lines if m.status == task_status.OVERDUE],
        next_period_label=next_label, next_tasks=[_note(m, m.deadline_text) for m in upcoming],
        recurring_count=sum(1 for m in lines if m.status == task_status.RECURRING),
        targets=_targets(session, period, plan.id), tasks=lines,
        amendments=[TaskNote(a.task_ref, "", "", a.text) for a in reported.amendments(session, period, plan.id)],
        named_total=named, group_total=len(rows) - named)


def build_document(session: Session, period: Period, draft: ReportDraft, *, number: str, day: dt.date,
                   today: dt.date, version: int = 1) -> ReportDocument:
    """Everything the writers render: header from settings, body from the summary and the draft."""
    prefs = settings_service.load(session)
    plan = resolve_plan(session, draft.plan_id)
    s = summary(session, period, today, plan.id, draft.task_texts)
    recipients = [r for r in draft.recipients if not agencies.names_only(session, r, prefs.agency_name)]
    archive = [r for r in recipients if clean(r).lower().startswith("lưu")]
    recipients = [r for r in recipients if r not in archive] + (archive[-1:] or ["Lưu: VT"])
    signer = Signer(prefs.signer_authority if draft.signer_authority is None else draft.signer_authority,
                    prefs.signer_title if draft.signer_title is None else draft.signer_title,
                    prefs.signer_name if draft.signer_name is None else draft.signer_name)
    return ReportDocument(
        superior=prefs.superior_name, agency=prefs.agency_name, number=number, place=prefs.place, date=day,
        subject=subject(plan, period), period_id=period.id, period_label=period.label,
        window_start=period.start, window_end=period.end,
        body=with_amendments(compose_body(s, draft.results_text, draft.difficulties_text, draft.proposals_text,
                                          draft.next_period_text), s),
        recipients=recipients, signer=signer, status_counts=s.status_counts, tasks=s.tasks, targets=s.targets,
        version=version)


AMENDMENTS_HEADING = "Bổ sung sau báo cáo kỳ trước"


def with_amendments(body: list[Block], s: ReportSummary) -> list[Block]:
    """Section I ends with the late amendments to earlier reports of this kind, when there are any."""
    if not s.amendments:
        return body
    index = next((i for i, block in enumerate(body) if block.text.startswith("II.")), len(body))
    paragraph = [Block(SUBHEADING, f"{AMENDMENTS_HEADING} ({len(s.amendments)} nội dung)"),
                 *(Block(ITEM, note.text.rstrip(".;") + ";") for note in s.amendments)]
    return body[:index] + paragraph + body[index:]
