"""What the task list and the task panel ask of the database, as functions run on the worker thread.

Each takes a session and plain values and returns plain dataclasses (never live ORM objects):
thin compositions of the services the command line uses too. No Qt here.

The panel edits the task's journal of dated updates: it shows the timeline, edits one update at
a time (or a new one), and sees the selected period only through ``services.standing``. Saves
carry the revision the form last saw (``Revision``, shared in order on the single worker), so a
form never overwrites an update changed elsewhere (``progress.StaleUpdate``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.domain import journal
from kh57desk.domain import status as task_status
from kh57desk.domain.deadline import Deadline
from kh57desk.domain.periods import Period
from kh57desk.errors import InputError
from kh57desk.services import attachments, progress, reported, standing, tasks as task_service
from kh57desk.services.attachments import AttachmentView
from kh57desk.services.progress import ALL_FIELDS, UpdateView

BLANK_ENTRY = {"state": task_status.NOT_STARTED, "percent": None, "completed_on": None, "result": "",
               "output_doc_number": "", "output_doc_date": None, "difficulties": "", "proposals": ""}


@dataclass(frozen=True)
class ReportedWindow:
    period_id: str
    start: dt.date
    end: dt.date

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


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
    entry: UpdateView | None  # the update the form opens on: the latest dated inside the period's window
    history: list[UpdateView]  # the task's journal, newest first
    attachments: list[AttachmentView]  # the files of ``entry``
    status: str  # the task's status in the period (services.standing)
    new_update: dict = field(default_factory=dict)  # a new update's values: today's date (or the window's end), carried
    reported: tuple[ReportedWindow, ...] = ()
    agency_updates: tuple[tuple[str, UpdateView], ...] = ()  # the coordinator: agencies' updates (read only)

    def reported_in(self, day: dt.date) -> list[str]:
        return [w.period_id for w in self.reported if w.holds(day)]


@dataclass(frozen=True)
class ListValues:
    """What the task list shows for the task after a save: its standing in the period."""

    state: str | None
    percent: int | None
    completed_on: dt.date | None
    edited_at: dt.datetime | None


@dataclass(frozen=True)
class SaveResult:
    task_id: int
    period: Period
    update: UpdateView
    before: dict | None  # the update's fields (and "on") before the save; None: the save created it
    status: str  # the task's status in the period after the save
    entry: ListValues
    warnings: tuple[str, ...] = ()


class Revision:
    """The update a form edits and the revision it last saw. Operations run one at a time on the
    worker, so each save reads and advances it in order; a change made elsewhere in between
    shows as a different revision in the database."""

    def __init__(self, update_id: int | None = None, revision: int | None = None):
        self.update_id, self.revision = update_id, revision


def load_tasks(session: Session, period: Period, today: dt.date) -> list[task_service.TaskRow]:
    """Every task (withdrawn too: the list hides them unless asked) with its status in ``period``."""
    return task_service.list_tasks(session, period, today=today, include_withdrawn=True)


def task_rows_key(period: Period, today: dt.date) -> tuple:
    """What identifies :func:`load_tasks`'s rows when one screen's read hands them to another."""
    return ("task_rows", period.id, today)


def _task(session: Session, task_id: int):
    task = task_service.get_task(session, task_id)
    if task is None:
        raise InputError("Nhiệm vụ không còn trong cơ sở dữ liệu (có thể dữ liệu vừa được khôi phục).")
    return task


def _standing(session: Session, task, period: Period, today: dt.date) -> journal.Standing:
    return standing.load(session, period, task_ids=[task.id]).standing(task.id, task_service.deadline_of(task),
                                                                        today)


def load_task_detail(session: Session, attachments_dir: Path, task_id: int, period: Period,
                     today: dt.date | None = None, update_id: int | None = None) -> TaskDetail:
    """The task, its journal, and the update the form opens on (``update_id``, else the latest
    dated inside the period's window, else none: a new update)."""
    today = today or dt.date.today()
    task = _task(session, task_id)
    history = progress.list_updates(session, task)
    if update_id is not None:
        entry = next((u for u in history if u.id == update_id), None)
    else:
        entry = next((u for u in history if period.contains(u.on)), None)
    new_day = progress.period_day(period, today)
    carried = journal.carried_forward([u.to_domain() for u in history], new_day)
    new_update = dict(BLANK_ENTRY, on=new_day)
    if carried is not None:
        new_update.update(state=carried.state, percent=carried.percent, completed_on=carried.completed_on)
    windows = tuple(ReportedWindow(r.period_id, r.start, r.end) for r in reported.reported_periods(session))
    return TaskDetail(
        task.id, task.uid, task.ref, task.content, task.group, task_service.plan_name(session, task.plan_id),
        task.lead_text, task.coordinating_text, task_service.deadline_of(task), task.product, task.note, task.role,
        task.role_reason, task.withdrawn, period, entry, history,
        attachments.list_for(session, attachments_dir, task.id, entry.id) if entry else [],
        _standing(session, task, period, today).status, new_update, windows,
        tuple(progress.agency_updates(session, task)))


def form_values(update: UpdateView | None, new_update: dict) -> dict:
    """What the form shows: the update's fields and date, or a new update's."""
    return dict(new_update) if update is None else {**update.values(), "on": update.on}


def save_update(session: Session, task_id: int, period: Period, changes: dict, target: Revision,
                today: dt.date) -> SaveResult:
    """Save ``changes`` (fields, and ``on`` for the date) to the update ``target`` names, or add
    a new update dated ``changes['on']`` when it names none. Refuses (``StaleUpdate``) when the
    update changed in the database since ``target.revision``."""
    task = _task(session, task_id)
    values = {name: value for name, value in changes.items() if name != "on"}
    on = changes.get("on")
    if target.update_id is None:
        saved = progress.add_update(session, task, on, today=today, **values)
    else:
        saved = progress.edit_update(session, target.update_id, on=on, today=today,
                                     expected_revision=target.revision, **values)
    return _result(session, task, period, saved, None, target, today)


def _result(session: Session, task, period: Period, saved: progress.Saved, before: dict | None, target: Revision,
            today: dt.date) -> SaveResult:
    target.update_id, target.revision = saved.update.id, saved.update.revision
    seen = _standing(session, task, period, today)
    return SaveResult(task.id, period, saved.update, before, seen.status,
                      ListValues(seen.state, seen.percent, seen.completed_on, saved.update.edited_at), saved.warnings)


def save_with_undo(session: Session, task_id: int, period: Period, changes: dict, target: Revision,
                   today: dt.date) -> SaveResult:
    """``save_update``, remembering what the update held before (for the panel's undo)."""
    task = _task(session, task_id)
    previous = None
    if target.update_id is not None:
        previous = next((u for u in progress.list_updates(session, task) if u.id == target.update_id), None)
    result = save_update(session, task_id, period, changes, target, today)
    if previous is None:
        return result
    before = {**{name: getattr(previous, name) for name in ALL_FIELDS}, "on": previous.on}
    return SaveResult(result.task_id, result.period, result.update, before, result.status, result.entry,
                      result.warnings)


def undo_save(session: Session, task_id: int, period: Period, update_id: int, before: dict | None,
              today: dt.date, target: Revision | None = None) -> SaveResult | None:
    """Put an update back as it was before a save: delete it when the save created it. ``target``
    (the form's, when it edits that update) learns the new revision, so the form's next save is
    not mistaken for a stale one."""
    task = _task(session, task_id)
    if before is None:
        progress.delete_update(session, update_id)
        return None
    fields = {name: before.get(name) for name in ALL_FIELDS}
    saved = progress.edit_update(session, update_id, on=before["on"], today=today, **fields)
    return _result(session, task, period, saved, None, target or Revision(), today)


def delete_update(session: Session, update_id: int, revision: int | None) -> UpdateView:
    return progress.delete_update(session, update_id, expected_revision=revision)


def derive(values: dict | None, deadline: Deadline, period: Period, today: dt.date) -> str:
    """The status the panel shows while the user types: the values being typed, as of their date,
    seen by the period (an update dated after the window does not count)."""
    if values is None:
        return task_status.derive_status(None, deadline, period.end, today)
    return task_status.derive_status(task_status.Entry(values.get("state"), values.get("completed_on"), values.get("percent")),
                           deadline, period.end, today)
