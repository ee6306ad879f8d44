"""Listing tasks with their status in a period: plain rows for the window and the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, asdict, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kh57desk.db.models import ROLE_LABELS, Plan, ProgressUpdate, Task
from kh57desk.domain import deadline as deadline_rules
from kh57desk.domain import status as task_status
from kh57desk.domain.periods import Period
from kh57desk.domain.text import search_words, words_matcher
from kh57desk.errors import InputError
from kh57desk.services.plan_apply import normalise_ref
from kh57desk.services import standing as standing_service


@dataclass(slots=True)
class TaskRow:
    id: int
    uid: str
    plan_id: int
    plan_number: str
    ref: str
    position: int
    group: str
    content: str
    role: str
    role_label: str
    lead_text: str
    coordinating_text: str
    deadline_text: str
    deadline_kind: str
    deadline_due: dt.date | None
    withdrawn: bool
    search_key: str
    state: str | None
    percent: int | None
    completed_on: dt.date | None
    status: str
    status_label: str
    last_update: dt.datetime | None
    standing_on: dt.date | None = None  # the date of the update the status comes from (may be before the window)
    updates_in_period: int = 0  # updates dated inside the period's window
    result: str = ""  # the period's results, in date order
    period_updates: tuple = ()  # the journal updates dated inside the window (domain.journal.Update)
    standing: object = None  # the domain.journal.Standing all of the above come from (reports reuse it)

    def to_json(self) -> dict:
        data = asdict(replace(self, standing=None))
        data.pop("standing")
        data["period_updates"] = [{key: _iso(value) for key, value in update._asdict().items() if key != "created_at"}
                                  for update in self.period_updates]
        for key, value in data.items():
            data[key] = _iso(value)
        data.pop("search_key")
        return data


def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def deadline_of(task: Task) -> deadline_rules.Deadline:
    return deadline_rules.Deadline(task.deadline_kind, task.deadline_text, due=task.deadline_due, start=task.deadline_start,
                      recurrence=task.deadline_recurrence, month=task.deadline_month)


def get_task(session: Session, task_id: int) -> Task | None:
    return session.get(Task, task_id)


def plan_name(session: Session, plan_id: int) -> str:
    plan = session.get(Plan, plan_id)
    return plan.display_name if plan else ""


def list_tasks(session: Session, period: Period, *, today: dt.date | None = None, status: str | None = None,
               role: str | None = None, group: str | None = None, due_before: dt.date | None = None,
               due_after: dt.date | None = None, search: str | None = None, include_withdrawn: bool = False,
               plan_id: int | None = None) -> list[TaskRow]:
    """Tasks with their derived status in ``period`` (judged at ``today`` when it comes first)."""
    if status is not None and status not in task_status.STATUSES:
        raise InputError(f"Trạng thái '{status}' không hợp lệ. Dùng: {', '.join(task_status.STATUSES)}.")
    columns = (Task.id, Task.uid, Task.plan_id, Plan.number, Task.ref, Task.position, Task.group, Task.content,
               Task.role, Task.lead_text, Task.coordinating_text, Task.deadline_text, Task.deadline_kind,
               Task.deadline_start, Task.deadline_due, Task.deadline_recurrence, Task.deadline_month,
               Task.withdrawn, Task.search_key)
    query = select(*columns).join(Plan, Plan.id == Task.plan_id)
    if not include_withdrawn:
        query = query.where(Task.withdrawn.is_(False))
    if role:
        query = query.where(Task.role == role)
    if group:
        query = query.where(Task.group == group)
    if plan_id is not None:
        query = query.where(Task.plan_id == plan_id)
    if due_before:
        query = query.where(Task.deadline_due.is_not(None), Task.deadline_due <= due_before)
    if due_after:
        query = query.where(Task.deadline_due.is_not(None), Task.deadline_due >= due_after)
    search_test = words_matcher(search)
    query = _narrowed_by_words(query, search)
    query = query.order_by(Task.plan_id, Task.position, Task.id)
    journal = standing_service.load(session, period)
    last_updates = dict(session.execute(
        select(ProgressUpdate.task_id, func.max(ProgressUpdate.edited_at)).where(ProgressUpdate.agency_id.is_(None))
        .group_by(ProgressUpdate.task_id)).all())
    rows = []
    deadlines: dict[tuple, deadline_rules.Deadline] = {}
    for t in session.execute(query):
        if search_test is not None and not search_test(t.search_key):
            continue
        key = (t.deadline_kind, t.deadline_text, t.deadline_due, t.deadline_start, t.deadline_recurrence,
               t.deadline_month)
        deadline = deadlines.get(key)
        if deadline is None:
            deadline = deadlines[key] = deadline_rules.Deadline(t.deadline_kind, t.deadline_text, due=t.deadline_due,
                                                   start=t.deadline_start, recurrence=t.deadline_recurrence,
                                                   month=t.deadline_month)
        standing = journal.standing(t.id, deadline, today)
        derived = standing.status
        if status and derived != status:
            continue
        rows.append(TaskRow(
            t.id, t.uid, t.plan_id, t.number or "", t.ref, t.position, t.group, t.content, t.role,
            ROLE_LABELS.get(t.role, ""), t.lead_text, t.coordinating_text, t.deadline_text, t.deadline_kind,
            t.deadline_due, t.withdrawn, t.search_key, standing.state, standing.percent, standing.completed_on,
            derived, task_status.STATUS_LABELS[derived], last_updates.get(t.id), standing.latest_on, len(standing.updates),
            standing.result_text, standing.updates, standing))
    return rows


def search_ids(session: Session, text: str, include_withdrawn: bool = False) -> list[int]:
    """Ids of the tasks whose text holds every word of ``text``, in any order (diacritics, case and
    punctuation ignored)."""
    test = words_matcher(text)
    query = _narrowed_by_words(select(Task.id, Task.search_key), text)
    if not include_withdrawn:
        query = query.where(Task.withdrawn.is_(False))
    return [row.id for row in session.execute(query.order_by(Task.plan_id, Task.position, Task.id))
            if test is None or test(row.search_key)]


def _narrowed_by_words(query, text: str | None):
    """Only rows whose key holds the longest word of ``text`` somewhere (one LIKE: each more costs
    as much as it saves); the caller keeps those with every word (:func:`~kh57desk.domain.text.words_matcher`)."""
    words = search_words(text)
    if words:
        query = query.where(Task.search_key.contains(max(words, key=len), autoescape=True))
    return query


def find_task(session: Session, key: str) -> Task:
    """A task by uid, by reference number (``12``, ``(12)``, ``2.3``) or by database id (``#5``)."""
    key = (key or "").strip()
    if not key:
        raise InputError("Chưa nhập nhiệm vụ (số thứ tự hoặc mã).")
    if key.startswith("#") and key[1:].isdigit():
        task = session.get(Task, int(key[1:]))
        if task:
            return task
    task = session.scalar(select(Task).where(Task.uid == key))
    if task:
        return task
    wanted = normalise_ref(key)
    matches = [t for t in session.scalars(select(Task).where(Task.withdrawn.is_(False)))
               if normalise_ref(t.ref) == wanted]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise InputError(f"Có {len(matches)} nhiệm vụ cùng số thứ tự '{key}'; hãy dùng mã nhiệm vụ (uid) hoặc #id.")
    raise InputError(f"Không tìm thấy nhiệm vụ '{key}'.")


def groups(session: Session) -> list[str]:
    return [g for g in session.scalars(select(Task.group).where(Task.withdrawn.is_(False))
                                       .group_by(Task.group).order_by(func.min(Task.position))) if g]


def count_by_status(rows: list[TaskRow]) -> dict[str, int]:
    counts = {s: 0 for s in task_status.STATUSES}
    for row in rows:
        counts[row.status] += 1
    return counts
