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
from kh57desk.domain.periods import Period
from kh57desk.errors import InputError
from kh57desk.services import attachments, progress, tasks as task_service
from kh57desk.services.attachments import AttachmentView
from kh57desk.services.progress import ALL_FIELDS, UpdateView

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
    entry: UpdateView | None  # the update dated on the period's update day (what the form edits)
    history: list[UpdateView]  # the task's journal, newest first
    attachments: list[AttachmentView]


@dataclass(frozen=True)
class SaveResult:
    task_id: int
    period: Period
    before: dict  # all fields before the save, for undo
    entry: UpdateView
    status: str


def load_tasks(session: Session, period: Period, today: dt.date) -> list[task_service.TaskRow]:
    """Every task (withdrawn too: the list hides them unless asked) with its status in ``period``."""
    return task_service.list_tasks(session, period, today=today, include_withdrawn=True)


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise InputError("Nhiệm vụ không còn trong cơ sở dữ liệu (có thể dữ liệu vừa được khôi phục).")
    return task


def load_task_detail(session: Session, attachments_dir: Path, task_id: int, period: Period) -> TaskDetail:
    task = _task(session, task_id)
    history = progress.list_updates(session, task)
    entry = progress.get_entry(session, task, period)
    plan = session.get(Plan, task.plan_id)
    return TaskDetail(
        task.id, task.uid, task.ref, task.content, task.group, plan.display_name if plan else "", task.lead_text,
        task.coordinating_text, task_service.deadline_of(task), task.product, task.note, task.role,
        task.role_reason, task.withdrawn, period, entry, history,
        attachments.list_for(session, attachments_dir, task.id, period.id))


def _values(entry: UpdateView | None) -> dict:
    return dict(BLANK_ENTRY) if entry is None else entry.values()


def derive(entry: UpdateView | dict | None, deadline: Deadline, period: Period, today: dt.date) -> str:
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
