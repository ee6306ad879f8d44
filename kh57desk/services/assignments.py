"""Who does a task when the plan does not say: the coordinator assigns agencies, an agency adopts.

- :func:`assign` (coordinator): the lead and coordinating agencies of tasks, by ref or by group.
  The choice is kept in ``Task.assigned_lead``/``assigned_coordinating`` and wins over the plan's
  cells when the plan is imported again; it goes out in task packages as the task's cells.
- :func:`adopt` (agency): "Nhận thực hiện" — the agency leads a task no one was given; the task is
  marked self-assigned (``Task.adopted``), goes to the coordinator in the next report package
  (:func:`adopted_uids`) and is recorded there as a self-assigned lead link
  (:func:`record_adoptions`), so the coordinator's next task package keeps it and completeness
  counts it under that agency.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import LEAD, Task, TaskAgency
from kh57desk.domain.text import clean, fold
from kh57desk.errors import InputError
from kh57desk.services import agencies, audit, plan_apply, settings as settings_service
from kh57desk.services.setup import require_configured
from kh57desk.services.tasks import find_task

ADOPTED_REASON = plan_apply.ADOPTED_REASON
MAX_NAMES = 1_000


@dataclass(frozen=True)
class Assigned:
    ref: str
    content: str
    lead: str
    coordinating: str


def _tasks(session: Session, keys: list[str], group: str | None) -> list[Task]:
    found: dict[int, Task] = {}
    for key in keys:
        task = find_task(session, key)
        found[task.id] = task
    if group is not None:
        wanted = fold(group)
        in_group = [t for t in session.scalars(select(Task).where(Task.withdrawn.is_(False)).order_by(Task.position))
                    if wanted and (fold(t.group) == wanted or fold(t.group).startswith(wanted + " › "))]
        if not in_group:
            raise InputError(f"Không có nhiệm vụ nào trong nhóm “{group}”.")
        found.update((t.id, t) for t in in_group)
    if not found:
        raise InputError("Chưa chọn nhiệm vụ nào (nhập số thứ tự, mã nhiệm vụ hoặc --group NHÓM).")
    return list(found.values())


def _known(session: Session, text: str, what: str) -> str:
    """The agency cell as given (``Sở Tài chính; Sở Nội vụ``), every name known to the directory."""
    value = "; ".join(part for part in (clean(p) for p in text.split(";")) if part)
    if len(value) > MAX_NAMES:
        raise InputError(f"Danh sách {what} quá dài.")
    unknown = [m.text for m in agencies.directory(session).split(value) if m.unknown]
    if unknown:
        raise InputError(f"{what.capitalize()} chưa có trong danh mục: " + ", ".join(f"“{n}”" for n in unknown)
                         + ". Thêm vào danh mục trước (Danh mục cơ quan, hoặc kh57 import --add-agency).")
    return value


def assign(session: Session, keys: list[str], lead: str, coordinating: str | None = None,
           group: str | None = None) -> list[Assigned]:
    """Give tasks (by ref/uid, and/or every task of ``group``) their lead agency and, when
    ``coordinating`` is given, their coordinating agencies (``""`` clears them)."""
    prefs = require_configured(session)
    if prefs.mode != settings_service.COORDINATOR_MODE:
        raise InputError("Chỉ cơ quan tổng hợp (chế độ điều phối) mới phân công cơ quan chủ trì, phối hợp.")
    lead_text = _known(session, lead or "", "cơ quan chủ trì")
    if not lead_text:
        raise InputError("Chưa nhập cơ quan chủ trì (--lead).")
    coordinating_text = None if coordinating is None else _known(session, coordinating, "cơ quan phối hợp")
    tasks = _tasks(session, keys, group)
    directory, agency_ids = agencies.directory(session), {row.name: row.id for row in agencies.list_all(session)}
    done = []
    for task in tasks:  # both cells are kept together: re-importing the plan brings neither back
        task.assigned_lead = task.lead_text = lead_text
        if coordinating_text is not None:
            task.coordinating_text = coordinating_text
        task.assigned_coordinating = task.coordinating_text
        plan_apply.relink(directory, agency_ids, task)
        task.search_key = plan_apply.search_key(task)
        done.append(Assigned(task.ref, task.content, task.lead_text, task.coordinating_text))
    session.flush()
    audit.record(session, "task.assign", "task", ",".join(t.uid for t in tasks), lead=lead_text,
                 coordinating=coordinating_text, count=len(tasks))
    return done


def adopt(session: Session, keys: list[str]) -> list[Assigned]:
    """"Nhận thực hiện": this agency leads the tasks (self-assigned)."""
    prefs = require_configured(session)
    if prefs.mode == settings_service.COORDINATOR_MODE:
        raise InputError("Cơ quan tổng hợp phân công bằng kh57 assign; “Nhận thực hiện” dành cho cơ quan thực hiện.")
    tasks = _tasks(session, keys, None)
    for task in tasks:
        if task.role == LEAD and not task.adopted:
            raise InputError(f"Nhiệm vụ {task.ref} đã giao cho {prefs.agency_name} chủ trì; không cần nhận.")
        if task.withdrawn:
            raise InputError(f"Nhiệm vụ {task.ref} đã rút khỏi kế hoạch; không nhận được.")
    for task in tasks:
        task.role, task.role_reason, task.adopted = LEAD, ADOPTED_REASON, True
    session.flush()
    audit.record(session, "task.adopt", "task", ",".join(t.uid for t in tasks), agency=prefs.agency_name)
    return [Assigned(t.ref, t.content, prefs.agency_name, t.coordinating_text) for t in tasks]


def adopted_uids(session: Session) -> list[str]:
    """The tasks this agency adopted (sent in its report packages)."""
    return list(session.scalars(select(Task.uid).where(Task.adopted.is_(True), Task.withdrawn.is_(False))
                                .order_by(Task.plan_id, Task.position)))


def record_adoptions(session: Session, agency_name: str, uids: list[str], write: bool = True) -> int:
    """At the coordinator: the tasks an agency adopted become its self-assigned lead links; the
    number of new ones."""
    row = agencies.require(session, agency_name)
    tasks = session.scalars(select(Task).where(Task.uid.in_(uids))).all() if uids else []
    added = 0
    for task in tasks:
        if any(link.agency_id == row.id and link.self_assigned for link in task.links):
            continue
        added += 1
        if write:
            task.links.append(TaskAgency(role=LEAD, name=row.name, agency_id=row.id, self_assigned=True))
    if write and added:
        session.flush()
        audit.record(session, "task.adopted", "agency", str(row.id), agency=row.name, tasks=added)
    return added


def self_assigned(session: Session, agency_id: int) -> set[int]:
    """Ids of the tasks an agency adopted (as the coordinator knows it)."""
    return set(session.scalars(select(TaskAgency.task_id).where(TaskAgency.agency_id == agency_id,
                                                                TaskAgency.self_assigned.is_(True))))
