"""Progress updates: the journal of dated updates of each task (add, edit, delete, list).

An update describes a task on one day (``on``, never in the future). State, percent and
completion date carry forward: a new update starts from the latest earlier one. Edits raise the
revision; deletions keep a tombstone, so both travel in packages. A change to an update dated
inside a period whose report was already sent or exported is flagged as a late amendment. How a
period *sees* the journal is ``services.standing`` (over ``domain.journal.period_view``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import Plan, ProgressUpdate, Task
from kh57desk.domain import journal
from kh57desk.domain import status as task_status
from kh57desk.domain.dates import parse_user_date
from kh57desk.domain.periods import Period
from kh57desk.domain.text import clean, nfc
from kh57desk.errors import InputError
from kh57desk.services import audit

TEXT_FIELDS = ("result", "output_doc_number", "difficulties", "proposals")
CARRIED_FIELDS = ("state", "percent", "completed_on")
ALL_FIELDS = ("state", "percent", "completed_on", *TEXT_FIELDS, "output_doc_date")
MAX_TEXT = 20_000


class StaleUpdate(InputError):
    """The update changed in the database after the form loaded it (another window, the CLI)."""

    def __init__(self, current: "UpdateView"):
        super().__init__(f"Cập nhật ngày {current.on:%d/%m/%Y} vừa được sửa ở nơi khác (lần sửa {current.revision}); "
                         "hãy xem giá trị mới trước khi lưu.")
        self.current = current


@dataclass(frozen=True)
class UpdateView:
    id: int
    uid: str
    task_id: int
    task_uid: str
    on: dt.date
    state: str
    percent: int | None
    completed_on: dt.date | None
    result: str
    output_doc_number: str
    output_doc_date: dt.date | None
    difficulties: str
    proposals: str
    revision: int
    deleted: bool
    origin: str
    entered_by: str
    late_for: str
    created_at: dt.datetime
    edited_at: dt.datetime
    agency_id: int | None = None

    @property
    def is_late_amendment(self) -> bool:
        return bool(self.late_for)

    def values(self) -> dict:
        return {name: getattr(self, name) for name in ALL_FIELDS}

    def to_domain(self) -> journal.Update:
        return to_domain(self)

    def to_json(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in asdict(self).items()}


def to_domain(row) -> journal.Update:
    """The plain journal value of a row (ORM or view) with the update's fields."""
    return journal.Update(row.on_date if hasattr(row, "on_date") else row.on, row.state, row.percent,
                          row.completed_on, row.result, row.output_doc_number, row.output_doc_date, row.difficulties,
                          row.proposals, row.uid, row.created_at, row.late_for)


def view_of(update: ProgressUpdate, task_uid: str) -> UpdateView:
    return UpdateView(update.id, update.uid, update.task_id, task_uid, update.on_date, update.state, update.percent,
                      update.completed_on, update.result, update.output_doc_number, update.output_doc_date,
                      update.difficulties, update.proposals, update.revision, update.deleted, update.origin,
                      update.entered_by, update.late_for, update.created_at, update.edited_at, update.agency_id)


def validate(changes: dict) -> dict:
    """Check and normalise user values; raise ``InputError`` (Vietnamese) on the first bad one."""
    clean_values: dict = {}
    for name, value in changes.items():
        if name not in ALL_FIELDS:
            raise InputError(f"Trường '{name}' không tồn tại.")
        if name == "state":
            state = value if value in task_status.STATES else task_status.state_from_text(str(value or ""))
            if state is None:
                raise InputError(f"Tình trạng '{value}' không hợp lệ. Dùng: chưa triển khai, đang thực hiện, "
                                 "hoàn thành, đề nghị điều chỉnh.")
            clean_values[name] = state
        elif name == "percent":
            clean_values[name] = parse_percent(value)
        elif name in ("completed_on", "output_doc_date"):
            clean_values[name] = parse_user_date(value, "Ngày hoàn thành" if name == "completed_on"
                                                 else "Ngày văn bản")
        else:
            text = nfc(value or "").strip() if name != "output_doc_number" else clean(value)
            if len(text) > MAX_TEXT:
                raise InputError(f"Nội dung quá dài (tối đa {MAX_TEXT} ký tự).")
            clean_values[name] = text
    return clean_values


def parse_percent(value) -> int | None:
    """``"60"``, ``"60%"``, 60 → 60; empty → None; anything outside 0–100 is refused."""
    if value in (None, ""):
        return None
    try:
        percent = int(str(value).strip().rstrip("%").strip())
    except ValueError:
        raise InputError(f"Tỷ lệ hoàn thành '{value}' phải là số từ 0 đến 100.") from None
    if not 0 <= percent <= 100:
        raise InputError(f"Tỷ lệ hoàn thành '{value}' phải là số từ 0 đến 100.")
    return percent


def parse_day(value, today: dt.date | None = None) -> dt.date:
    """The date of an update as the user typed it (default today)."""
    if value in (None, ""):
        return today or dt.date.today()
    return parse_user_date(value, "Ngày cập nhật")


def _complete_state(values: dict, state_before: str | None) -> None:
    """Entering a completion date means completed; completed means 100%; a percentage on a task
    not yet started means it is under way."""
    if values.get("completed_on") and "state" not in values and state_before != task_status.ADJUSTMENT_PROPOSED:
        values["state"] = task_status.COMPLETED
    if (values.get("percent") or 0) > 0 and "state" not in values and state_before in (None, task_status.NOT_STARTED):
        values["state"] = task_status.IN_PROGRESS
    if values.get("state") == task_status.COMPLETED and "percent" not in values:
        values["percent"] = 100


def _check(session: Session, task: Task, on: dt.date, completed: dt.date | None, today: dt.date) -> tuple[str, ...]:
    if task.withdrawn:
        raise InputError(f"Nhiệm vụ {task.ref} đã bị rút khỏi kế hoạch; không nhập tiến độ được.")
    issued = session.scalar(select(Plan.issued_on).where(Plan.id == task.plan_id))
    check = journal.check_update_dates(on, completed, today, issued)
    if check.error:
        raise InputError(check.error)
    return check.warnings


def _json(values: dict) -> dict:
    return json.loads(json.dumps(values, default=str))


def own_updates(session: Session, task_id: int, *, include_deleted: bool = False) -> list[ProgressUpdate]:
    query = select(ProgressUpdate).where(ProgressUpdate.task_id == task_id, ProgressUpdate.agency_id.is_(None))
    if not include_deleted:
        query = query.where(ProgressUpdate.deleted.is_(False))
    return list(session.scalars(query.order_by(ProgressUpdate.on_date, ProgressUpdate.created_at,
                                               ProgressUpdate.id)))


@dataclass(frozen=True)
class Saved:
    """An update as saved, with the warnings the user should see (a date before the plan…)."""

    update: UpdateView
    warnings: tuple[str, ...] = ()


def add_update(session: Session, task: Task, on=None, *, today: dt.date | None = None, **changes) -> Saved:
    """Add an update of ``task`` dated ``on`` (default today). Fields not given carry forward
    from the latest earlier update (state, percent, completion date); texts start empty."""
    today = today or dt.date.today()
    day = parse_day(on, today)
    values = validate(changes)
    previous = journal.carried_forward([to_domain(u) for u in own_updates(session, task.id)], day)
    carried = {name: getattr(previous, name) for name in CARRIED_FIELDS} if previous else {"state": task_status.NOT_STARTED}
    _complete_state(values, carried.get("state"))
    row_values = {**carried, **values}
    warnings = _check(session, task, day, row_values.get("completed_on"), today)
    from kh57desk.services.reported import amended_reports, require_open

    require_open(session, day)

    now = dt.datetime.now()
    update = ProgressUpdate(task_id=task.id, on_date=day, entered_by=audit.current_user(), created_at=now,
                            edited_at=now, late_for=amended_reports(session, day), **row_values)
    session.add(update)
    session.flush()
    audit.record(session, "progress.add", "progress_update", update.uid, task=task.uid, on=day.isoformat(),
                 after=_json(row_values))
    return Saved(view_of(update, task.uid), warnings)


def find_update(session: Session, key) -> ProgressUpdate:
    """An update by its number (``17``) or uid; tombstones count as absent."""
    text = str(key or "").strip().lstrip("#")
    update = session.get(ProgressUpdate, int(text)) if text.isdigit() else \
        session.scalar(select(ProgressUpdate).where(ProgressUpdate.uid == text))
    if update is None or update.deleted:
        raise InputError(f"Không có cập nhật tiến độ mã '{key}' (xem 'kh57 progress NHIỆM_VỤ --list').")
    return update


def _changeable(session: Session, key, expected_revision: int | None, verb: str) -> tuple[ProgressUpdate, Task]:
    """This agency's update ``key``, unchanged since ``expected_revision`` (when given)."""
    update = find_update(session, key)
    task = session.get(Task, update.task_id)
    if update.agency_id is not None:
        raise InputError(f"Cập nhật này là của cơ quan khác (nhận qua gói báo cáo); không {verb} được ở đây.")
    if expected_revision is not None and update.revision != expected_revision:
        raise StaleUpdate(view_of(update, task.uid))
    return update, task


def edit_update(session: Session, key, *, expected_revision: int | None = None, on=None,
                today: dt.date | None = None, **changes) -> Saved:
    """Change fields (and optionally the date) of one update. With ``expected_revision`` the
    edit is refused (``StaleUpdate``) when someone else changed the update since it was read."""
    from kh57desk.services.reported import amended_reports, require_open

    today = today or dt.date.today()
    update, task = _changeable(session, key, expected_revision, "sửa")
    values = validate(changes)
    day = parse_day(on, today) if on not in (None, "") else update.on_date
    _complete_state(values, update.state)
    before = {name: getattr(update, name) for name in values} | ({"on": update.on_date} if day != update.on_date
                                                                  else {})
    merged = {name: values.get(name, getattr(update, name)) for name in ALL_FIELDS}
    warnings = _check(session, task, day, merged["completed_on"], today)
    require_open(session, update.on_date)
    require_open(session, day)
    if not values and day == update.on_date:
        return Saved(view_of(update, task.uid), warnings)
    for name, value in values.items():
        setattr(update, name, value)
    update.on_date = day
    update.revision += 1
    update.edited_at = dt.datetime.now()
    update.late_for = " ".join(sorted(set(update.late_for.split()) |
                                      set(amended_reports(session, day).split()) |
                                      set(amended_reports(session, before.get("on", day)).split())))
    session.flush()
    audit.record(session, "progress.edit", "progress_update", update.uid, task=task.uid, on=day.isoformat(),
                 revision=update.revision, before=_json(before), after=_json(values))
    return Saved(view_of(update, task.uid), warnings)


def delete_update(session: Session, key, *, expected_revision: int | None = None) -> UpdateView:
    """Delete one update, keeping a tombstone (it travels in packages) and its values in the audit log."""
    from kh57desk.services.reported import amended_reports, require_open

    update, task = _changeable(session, key, expected_revision, "xóa")
    require_open(session, update.on_date)
    before = {name: getattr(update, name) for name in ALL_FIELDS}
    update.deleted = True
    update.revision += 1
    update.edited_at = dt.datetime.now()
    update.late_for = " ".join(sorted(set(update.late_for.split()) |
                                      set(amended_reports(session, update.on_date).split())))
    session.flush()
    audit.record(session, "progress.delete", "progress_update", update.uid, task=task.uid,
                 on=update.on_date.isoformat(), before=_json(before))
    return view_of(update, task.uid)


def list_updates(session: Session, task: Task, *, agency_id: int | None = None) -> list[UpdateView]:
    """The task's journal, newest first (this agency's own, or one reporting agency's)."""
    query = select(ProgressUpdate).where(ProgressUpdate.task_id == task.id, ProgressUpdate.deleted.is_(False),
                                         ProgressUpdate.agency_id.is_(None) if agency_id is None
                                         else ProgressUpdate.agency_id == agency_id)
    rows = session.scalars(query.order_by(ProgressUpdate.on_date.desc(), ProgressUpdate.created_at.desc(),
                                          ProgressUpdate.id.desc()))
    return [view_of(u, task.uid) for u in rows]


def agency_updates(session: Session, task: Task) -> list[tuple[str, UpdateView]]:
    """At the coordinator: every reporting agency's updates of ``task`` (received in report
    packages), newest first, with the agency's name."""
    from kh57desk.db.models import Agency

    rows = session.execute(select(ProgressUpdate, Agency.name).join(Agency, Agency.id == ProgressUpdate.agency_id)
                           .where(ProgressUpdate.task_id == task.id, ProgressUpdate.deleted.is_(False))
                           .order_by(ProgressUpdate.on_date.desc(), ProgressUpdate.created_at.desc()))
    return [(name, view_of(update, task.uid)) for update, name in rows]


# -- entering "for a period" (the --period option, older callers) -------------------------------

def period_day(period: Period, today: dt.date | None = None) -> dt.date:
    """The date an update entered for ``period`` gets: its window's last day, or today if earlier."""
    return journal.period_update_day(period.end, today or dt.date.today())


def get_entry(session: Session, task: Task, period: Period) -> UpdateView | None:
    """The latest own update dated on ``period``'s update day (what ``record`` changes)."""
    day = period_day(period)
    rows = [u for u in own_updates(session, task.id) if u.on_date == day]
    return view_of(rows[-1], task.uid) if rows else None


def record(session: Session, task: Task, period: Period, **changes) -> UpdateView:
    """Enter ``changes`` for ``period``: edit the update dated on its update day, else add one.
    A completion date after that day dates a new update on the completion day instead (as
    migration 0004 does), so no update has a completion after its own date."""
    current = get_entry(session, task, period)
    completed = validate({"completed_on": changes["completed_on"]})["completed_on"] \
        if changes.get("completed_on") else None
    day = journal.converted_entry_day(period_day(period), None, completed, dt.date.today())
    if current is None or day != current.on:
        return add_update(session, task, day, **changes).update
    return edit_update(session, current.id, **changes).update


def clear(session: Session, task: Task, period: Period) -> bool:
    """Delete the update ``record`` would change for ``period``; returns whether there was one."""
    current = get_entry(session, task, period)
    if current is None:
        return False
    delete_update(session, current.id)
    return True


# the coordinator's completeness and consolidation read the latest update per (task, agency)
from kh57desk.services.standing import effective_entries  # noqa: E402,F401
