"""Progress entries: what the agency reports for a task in a period."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import ProgressEntry, Task
from kh57desk.domain import status as S
from kh57desk.domain.dates import parse_user_date
from kh57desk.domain.periods import Period
from kh57desk.domain.text import clean, nfc
from kh57desk.errors import InputError
from kh57desk.services import audit

TEXT_FIELDS = ("result", "output_doc_number", "difficulties", "proposals")
ALL_FIELDS = ("state", "percent", "completed_on", *TEXT_FIELDS, "output_doc_date")
MAX_TEXT = 20_000


@dataclass(frozen=True)
class EntryView:
    task_id: int
    task_uid: str
    period: str
    state: str
    percent: int | None
    completed_on: dt.date | None
    result: str
    output_doc_number: str
    output_doc_date: dt.date | None
    difficulties: str
    proposals: str
    updated_at: dt.datetime | None

    def values(self) -> dict:
        return {name: getattr(self, name) for name in ALL_FIELDS}

    def to_json(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in asdict(self).items()}


def _view(task: Task, entry: ProgressEntry) -> EntryView:
    return EntryView(task.id, task.uid, entry.period, entry.state, entry.percent, entry.completed_on, entry.result,
                     entry.output_doc_number, entry.output_doc_date, entry.difficulties, entry.proposals,
                     entry.updated_at)


def validate(changes: dict) -> dict:
    """Check and normalise user values; raise ``InputError`` (Vietnamese) on the first bad one."""
    clean_values: dict = {}
    for name, value in changes.items():
        if name not in ALL_FIELDS:
            raise InputError(f"Trường '{name}' không tồn tại.")
        if name == "state":
            state = value if value in S.STATES else S.state_from_text(str(value or ""))
            if state is None:
                raise InputError(f"Tình trạng '{value}' không hợp lệ. Dùng: chưa triển khai, đang thực hiện, "
                                 "hoàn thành, đề nghị điều chỉnh.")
            clean_values[name] = state
        elif name == "percent":
            if value in (None, ""):
                clean_values[name] = None
                continue
            try:
                percent = int(str(value).strip().rstrip("%"))
            except ValueError:
                raise InputError(f"Tỷ lệ hoàn thành '{value}' phải là số từ 0 đến 100.") from None
            if not 0 <= percent <= 100:
                raise InputError(f"Tỷ lệ hoàn thành '{value}' phải là số từ 0 đến 100.")
            clean_values[name] = percent
        elif name in ("completed_on", "output_doc_date"):
            clean_values[name] = parse_user_date(value, "Ngày hoàn thành" if name == "completed_on"
                                                 else "Ngày văn bản")
        else:
            text = nfc(value or "").strip() if name != "output_doc_number" else clean(value)
            if len(text) > MAX_TEXT:
                raise InputError(f"Nội dung quá dài (tối đa {MAX_TEXT} ký tự).")
            clean_values[name] = text
    return clean_values


def get_entry(session: Session, task: Task, period: Period) -> EntryView | None:
    entry = session.scalar(select(ProgressEntry).where(ProgressEntry.task_id == task.id,
                                                       ProgressEntry.period == period.id,
                                                       ProgressEntry.agency_id.is_(None)))
    return _view(task, entry) if entry else None


def record(session: Session, task: Task, period: Period, **changes) -> EntryView:
    """Create or update the entry of ``task`` in ``period`` with ``changes`` (only those fields)."""
    values = validate(changes)
    if task.withdrawn:
        raise InputError(f"Nhiệm vụ {task.ref} đã bị rút khỏi kế hoạch; không nhập tiến độ được.")
    completed = values.get("completed_on")
    if completed and completed > dt.date.today() + dt.timedelta(days=1):
        raise InputError(f"Ngày hoàn thành {completed:%d/%m/%Y} ở tương lai.")
    entry = session.scalar(select(ProgressEntry).where(ProgressEntry.task_id == task.id,
                                                       ProgressEntry.period == period.id,
                                                       ProgressEntry.agency_id.is_(None)))
    before = {}
    if entry is None:
        entry = ProgressEntry(task_id=task.id, period=period.id, state=S.NOT_STARTED)
        session.add(entry)
    else:
        before = {name: getattr(entry, name) for name in values}
    if values.get("completed_on") and "state" not in values and entry.state != S.ADJUSTMENT_PROPOSED:
        values["state"] = S.COMPLETED
    if values.get("state") == S.COMPLETED and "percent" not in values:
        values["percent"] = 100
    for name, value in values.items():
        setattr(entry, name, value)
    entry.updated_at = dt.datetime.now()
    session.flush()
    audit.record(session, "progress.record", "progress_entry", entry.uid, task=task.uid, period=period.id,
                 before=json.loads(json.dumps(before, default=str)), after=json.loads(json.dumps(values, default=str)))
    return _view(task, entry)


def history(session: Session, task: Task) -> list[EntryView]:
    """Every entry of ``task``, newest period first."""
    entries = session.scalars(select(ProgressEntry).where(ProgressEntry.task_id == task.id,
                                                         ProgressEntry.agency_id.is_(None))
                              .order_by(ProgressEntry.period.desc()))
    return [_view(task, e) for e in entries]


def copy_from_previous(session: Session, task: Task, period: Period, previous: Period) -> EntryView:
    """Start this period's entry from the previous period's (keeps what is already entered here)."""
    source = get_entry(session, task, previous)
    if source is None:
        raise InputError(f"Kỳ trước ({previous.label}) chưa có số liệu cho nhiệm vụ {task.ref}.")
    current = get_entry(session, task, period)
    values = {name: value for name, value in source.values().items()
              if current is None or getattr(current, name) in (None, "", S.NOT_STARTED)}
    return record(session, task, period, **values)


def effective_entries(session: Session, period: Period, own: bool = True, fixed_dates: tuple = ()) -> dict:
    """For each task (and, at the coordinator, each reporting agency), the entry that speaks for
    ``period``: the latest entry whose period ends on or before the period's cut-off. A task
    completed in Q1 is still completed in Q2 without being entered again; the period's own
    entry wins a tie with a longer period ending the same day.

    Keys are ``task_id`` (``own=True``) or ``(task_id, agency_id)``; values are rows with
    task_id, agency_id, period, state, completed_on, percent, updated_at."""
    from kh57desk.domain.periods import parse_period

    query = select(ProgressEntry.task_id, ProgressEntry.agency_id, ProgressEntry.period, ProgressEntry.state,
                   ProgressEntry.completed_on, ProgressEntry.percent, ProgressEntry.updated_at)
    query = query.where(ProgressEntry.agency_id.is_(None) if own else ProgressEntry.agency_id.is_not(None))
    ends: dict[str, dt.date | None] = {period.id: period.end}
    best: dict = {}
    for row in session.execute(query):
        if row.period not in ends:
            try:
                ends[row.period] = parse_period(row.period, fixed_dates).end
            except InputError:
                ends[row.period] = None
        end = ends[row.period]
        if end is None or end > period.end:
            continue
        rank = (end, row.period == period.id, row.updated_at or dt.datetime.min)
        key = row.task_id if own else (row.task_id, row.agency_id)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, row)
    return {key: value[1] for key, value in best.items()}


def clear(session: Session, task: Task, period: Period) -> bool:
    """Remove this agency's entry of ``task`` for ``period`` (the user's own undo of a first
    entry); recorded in the audit log with what it held. Returns whether there was one."""
    entry = session.scalar(select(ProgressEntry).where(ProgressEntry.task_id == task.id,
                                                       ProgressEntry.period == period.id,
                                                       ProgressEntry.agency_id.is_(None)))
    if entry is None:
        return False
    before = {name: getattr(entry, name) for name in ALL_FIELDS}
    session.delete(entry)
    session.flush()
    audit.record(session, "progress.clear", "progress_entry", entry.uid, task=task.uid, period=period.id,
                 before=json.loads(json.dumps(before, default=str)))
    return True
