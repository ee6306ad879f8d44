"""What the window asks of the database, as functions run on the worker thread.

Each takes a session and plain values and returns plain dataclasses (never live ORM objects):
thin compositions of the services the command line uses too. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.db.models import Plan, Task
from kh57desk.domain import status as S
from kh57desk.domain.deadline import Deadline
from kh57desk.domain.periods import Period, parse_period
from kh57desk.errors import InputError
from kh57desk.services import attachments, progress, settings as settings_service, tasks as task_service
from kh57desk.services.attachments import AttachmentView
from kh57desk.services.progress import ALL_FIELDS, EntryView

BLANK_ENTRY = {"state": S.NOT_STARTED, "percent": None, "completed_on": None, "result": "",
               "output_doc_number": "", "output_doc_date": None, "difficulties": "", "proposals": ""}


@dataclass(frozen=True)
class TaskDetail:
    id: int
    uid: str
    ref: str
    content: str
    group: str
    plan_name: str
    lead_text: str
    coordinating_text: str
    deadline: Deadline
    product: str
    note: str
    role: str
    role_reason: str
    withdrawn: bool
    period: Period
    entry: EntryView | None
    previous: EntryView | None  # the latest entry of an earlier period, for "copy from previous"
    previous_period: Period | None
    history: list[EntryView]
    attachments: list[AttachmentView]


@dataclass(frozen=True)
class SaveResult:
    task_id: int
    period: Period
    before: dict  # all fields before the save, for undo
    entry: EntryView
    status: str


def load_tasks(session: Session, period: Period, today: dt.date) -> list[task_service.TaskRow]:
    """Every task (withdrawn too: the list hides them unless asked) with its status in ``period``."""
    return task_service.list_tasks(session, period, today=today, include_withdrawn=True)


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise InputError("Nhiệm vụ không còn trong cơ sở dữ liệu (có thể dữ liệu vừa được khôi phục).")
    return task


def _fixed_dates(session: Session) -> tuple[tuple[int, int], ...]:
    return settings_service.effective_schedule(session).fixed_dates


def _previous(session: Session, history: list[EntryView], period: Period) -> tuple[EntryView | None, Period | None]:
    fixed = _fixed_dates(session)
    best: tuple[Period, EntryView] | None = None
    for entry in history:
        try:
            other = parse_period(entry.period, fixed)
        except InputError:
            continue
        if other.end < period.end and (best is None or other.end > best[0].end):
            best = (other, entry)
    return (best[1], best[0]) if best else (None, None)


def load_task_detail(session: Session, attachments_dir: Path, task_id: int, period: Period) -> TaskDetail:
    task = _task(session, task_id)
    history = progress.history(session, task)
    entry = next((e for e in history if e.period == period.id), None)
    previous, previous_period = _previous(session, history, period)
    plan = session.get(Plan, task.plan_id)
    return TaskDetail(
        task.id, task.uid, task.ref, task.content, task.group, plan.display_name if plan else "", task.lead_text,
        task.coordinating_text, task_service.deadline_of(task), task.product, task.note, task.role,
        task.role_reason, task.withdrawn, period, entry, previous, previous_period,
        [e for e in history if e.period != period.id],
        attachments.list_for(session, attachments_dir, task.id, period.id))


def _values(entry: EntryView | None) -> dict:
    return dict(BLANK_ENTRY) if entry is None else entry.values()


def derive(entry: EntryView | dict | None, deadline: Deadline, period: Period, today: dt.date) -> str:
    """The status the table shows for an entry (a saved one, or the values being typed)."""
    if entry is None:
        return S.derive_status(None, deadline, period.end, today)
    get = entry.get if isinstance(entry, dict) else (lambda name: getattr(entry, name))
    return S.derive_status(S.Entry(get("state"), get("completed_on"), get("percent")), deadline, period.end, today)


def save_progress(session: Session, task_id: int, period: Period, changes: dict, today: dt.date) -> SaveResult:
    task = _task(session, task_id)
    before = _values(progress.get_entry(session, task, period))
    entry = progress.record(session, task, period, **changes)
    return SaveResult(task_id, period, before, entry, derive(entry, task_service.deadline_of(task), period, today))


def restore_progress(session: Session, task_id: int, period: Period, values: dict, today: dt.date) -> SaveResult:
    """Put every field of the entry back to ``values`` (undo of the last change)."""
    return save_progress(session, task_id, period, {name: values.get(name) for name in ALL_FIELDS}, today)


def copy_previous(session: Session, task_id: int, period: Period, today: dt.date) -> SaveResult:
    task = _task(session, task_id)
    history = progress.history(session, task)
    _entry, previous_period = _previous(session, history, period)
    if previous_period is None:
        raise InputError(f"Nhiệm vụ {task.ref} chưa có số liệu ở kỳ nào trước kỳ này để chép.")
    before = _values(progress.get_entry(session, task, period))
    entry = progress.copy_from_previous(session, task, period, previous_period)
    return SaveResult(task_id, period, before, entry, derive(entry, task_service.deadline_of(task), period, today))
