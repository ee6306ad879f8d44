"""Apply a plan (from a file importer, the sample plan or a task package) to the database.

``preview`` says what would change; ``apply`` does exactly that in the caller's transaction.
Rules: tasks are matched by plan + reference number, then by content similarity when the
numbers shifted; entered progress is never touched; tasks that disappeared are marked
withdrawn, never deleted; applying the same draft twice changes nothing. The plan's targets
(``PlanDraft.indicators``) go the same way into the ``Indicator`` table
(:func:`kh57desk.services.indicators.sync_targets`). A draft with targets but no tasks (the
targets appendix on its own) leaves the tasks alone, and one with no targets leaves the
targets alone.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kh57desk.db.models import COORDINATE, LEAD, Plan, Task, TaskAgency, new_uid
from kh57desk.domain import deadline as deadline_rules
from kh57desk.domain.agency_directory import AgencyDirectory, Agency
from kh57desk.domain.text import clean, fold, nfc
from kh57desk.importers.draft import PlanDraft, RowProblem, TaskDraft  # noqa: F401 - callers import them here
from kh57desk.services import agencies, audit, indicators as indicator_service, settings as settings_service

SIMILARITY_THRESHOLD = 0.85
ADOPTED_REASON = "Tự nhận thực hiện"
UNASSIGNED_REASON = "Chưa phân công: có thể nhận thực hiện"
TRACKED_FIELDS = ("group", "content", "lead_text", "coordinating_text", "deadline_text", "product", "note")
FIELD_LABELS = {"group": "Nhóm", "content": "Nội dung", "lead_text": "Cơ quan chủ trì",
                "coordinating_text": "Cơ quan phối hợp", "deadline_text": "Thời hạn", "product": "Sản phẩm",
                "note": "Ghi chú", "ref": "Số thứ tự", "role": "Vai trò"}


@dataclass
class Change:
    ref: str
    content: str
    role: str = ""
    reason: str = ""
    uid: str = ""
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    source_row: int | None = None


@dataclass
class PlanPreview:
    plan_key: str
    plan_exists: bool
    added: list[Change] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    unchanged: int = 0
    withdrawn: list[Change] = field(default_factory=list)
    restored: list[Change] = field(default_factory=list)
    skipped: list[Change] = field(default_factory=list)  # not this agency's tasks
    unknown_agencies: list[str] = field(default_factory=list)
    unassigned: list[Change] = field(default_factory=list)  # tasks with no lead agency at all
    problems: list[RowProblem] = field(default_factory=list)
    applied: bool = False
    targets: indicator_service.TargetSync = field(default_factory=indicator_service.TargetSync)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.updated or self.withdrawn or self.restored or self.targets.added
                    or self.targets.updated or self.targets.withdrawn) or not self.plan_exists

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "updated": len(self.updated), "unchanged": self.unchanged,
                "withdrawn": len(self.withdrawn), "restored": len(self.restored), "skipped": len(self.skipped),
                "unassigned": len(self.unassigned), "unknown_agencies": len(self.unknown_agencies),
                "problems": len(self.problems), "targets_added": len(self.targets.added),
                "targets_updated": len(self.targets.updated), "targets_withdrawn": len(self.targets.withdrawn),
                "targets_unchanged": self.targets.unchanged}


_KEY_FIELDS = ("ref", "content", "group", "lead_text", "coordinating_text", "note", "deadline_text")


def search_key(task: Task) -> str:
    return fold(" ".join(getattr(task, name) for name in _KEY_FIELDS))


def _find_plan(session: Session, draft: PlanDraft) -> Plan | None:
    if draft.uid:
        plan = session.scalar(select(Plan).where(Plan.uid == draft.uid))
        if plan:
            return plan
    if clean(draft.number):
        return session.scalar(select(Plan).where(Plan.number == clean(draft.number)))
    return session.scalar(select(Plan).where(Plan.number == "", Plan.title == clean(draft.title)))


def _draft_values(draft: TaskDraft, directory: AgencyDirectory) -> dict[str, str]:
    return {"group": clean(draft.group), "content": clean(draft.content),
            "lead_text": agency_text(directory, draft.lead),
            "coordinating_text": agency_text(directory, draft.coordinating), "deadline_text": draft.deadline_text(),
            "product": clean(draft.product), "note": clean(draft.note)}


def agency_text(directory: AgencyDirectory, cell: str) -> str:
    """An agency cell on one line. A line break between two agencies (``Sở Tài chính`` /
    ``Sở Nội vụ``, one per line) becomes ``; `` so the stored text still names them apart; a
    break inside a name (``Trường Đại học`` / ``Y - Dược Thái Bình``) becomes a space. The
    directory decides: a break lies inside a name when the words on both sides of it end up in
    the same agency or group it finds in the cell."""
    lines = [line for line in (clean(part) for part in nfc(cell).split("\n")) if line]
    if len(lines) < 2:
        return clean(cell)
    names = [fold(m.text) for m in directory.split("\n".join(lines))]
    text = lines[0]
    for line in lines[1:]:
        seam = fold(f"{text.rsplit(' ', 1)[-1]} {line.split(' ', 1)[0]}")
        inside = text.endswith((",", ";")) or any(seam in name for name in names)
        text = f"{text} {line}" if inside else f"{text}; {line}"
    return text


def _match(existing: list[Task], drafts: list[TaskDraft]) -> dict[int, Task]:
    """Pair draft index → existing task, most certain first: the same uid; the same text;
    the same reference number with similar text (edited in place); similar text under
    another number (renumbered); finally the same number with rewritten text."""
    pairs: dict[int, Task] = {}
    free = {t.id: t for t in existing}

    def take(i: int, task: Task) -> None:
        pairs[i] = task
        free.pop(task.id, None)

    by_uid = {t.uid: t for t in existing}
    for i, d in enumerate(drafts):
        if d.uid and d.uid in by_uid:
            take(i, by_uid[d.uid])
    by_text: dict[str, list[Task]] = {}
    for t in existing:
        by_text.setdefault(fold(t.content), []).append(t)
    for i, d in enumerate(drafts):
        if i in pairs:
            continue
        same = [t for t in by_text.get(fold(d.content), []) if t.id in free]
        if same:
            same.sort(key=lambda t: normalise_ref(t.ref) != normalise_ref(d.ref))
            take(i, same[0])
    for threshold in (0.6, SIMILARITY_THRESHOLD, None):
        for i, d in enumerate(drafts):
            if i in pairs or not free:
                continue
            if threshold == 0.6 or threshold is None:
                candidates = [t for t in free.values() if normalise_ref(t.ref) == normalise_ref(d.ref)]
            else:
                candidates = list(free.values())
            if not candidates:
                continue
            best = max(candidates, key=lambda t: similarity(t.content, d.content, threshold or 0.0))
            if threshold is None or similarity(best.content, d.content, threshold) >= threshold:
                take(i, best)
    return pairs


def similarity(a: str, b: str, floor: float = SIMILARITY_THRESHOLD) -> float:
    """Similarity of two task texts in 0..1; anything certainly below ``floor`` is 0."""
    a_key, b_key = fold(a), fold(b)
    if a_key == b_key:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a_key, b_key, autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def normalise_ref(ref: str) -> str:
    """``(12)``, ``12``, ``12.`` → ``12``; ``a)`` → ``a``; ``1.2.`` → ``1.2``."""
    return fold(ref).strip().strip("().").strip()


def _scope(directory: AgencyDirectory, own: Agency | None, draft: TaskDraft) -> tuple[str, str] | None:
    """(role, reason) for this database's agency, or None when the task is not its concern. A
    task the agency adopted stays its lead; a task no one is given is kept (to be adopted)."""
    if own is None:  # coordinator: keeps every task
        return "", ""
    if draft.adopted:
        return LEAD, ADOPTED_REASON
    assignment = directory.assignment(own, draft.lead, draft.coordinating)
    if assignment is None:
        if not clean(draft.lead) and not clean(draft.coordinating):
            return "", UNASSIGNED_REASON
        return None
    return assignment.role, assignment.reason  # RELATED (only "đơn vị liên quan"): kept, out of reports


def _own_agency(session: Session, directory: AgencyDirectory) -> Agency | None:
    prefs = settings_service.load(session)
    if prefs.mode == settings_service.COORDINATOR_MODE or not prefs.agency_name:
        return None
    return directory.match(prefs.agency_name)


def preview(session: Session, draft: PlanDraft, keep_all: bool = False) -> PlanPreview:
    return _run(session, draft, keep_all, write=False)


def apply(session: Session, draft: PlanDraft, keep_all: bool = False) -> PlanPreview:
    """Apply ``draft`` inside the caller's transaction and return what was done."""
    return _run(session, draft, keep_all, write=True)


def _run(session: Session, draft: PlanDraft, keep_all: bool, write: bool) -> PlanPreview:
    directory = agencies.directory(session)
    own = None if keep_all else _own_agency(session, directory)
    plan = _find_plan(session, draft)
    result = PlanPreview(plan_key=draft.key, plan_exists=plan is not None, problems=list(draft.problems))
    existing = list(session.scalars(select(Task).where(Task.plan_id == plan.id))) if plan else []

    kept: list[tuple[TaskDraft, str, str]] = []
    unknown: dict[str, None] = {}
    adopted = {(normalise_ref(t.ref), fold(t.content)) for t in existing if t.adopted} | \
        {t.uid for t in existing if t.adopted}
    for d in draft.tasks:
        if own is not None and (d.uid in adopted or (normalise_ref(d.ref), fold(d.content)) in adopted):
            d = dataclasses.replace(d, adopted=True)  # adopted here: the plan imported again keeps it
        for cell in (d.lead, d.coordinating):
            for mention in directory.split(cell):
                if mention.unknown:
                    unknown.setdefault(mention.text, None)
        scope = _scope(directory, own, d)
        if scope is None:
            result.skipped.append(Change(clean(d.ref), clean(d.content), reason="Không giao cho cơ quan này",
                                         source_row=d.source_row))
            continue
        kept.append((d, *scope))
    result.unknown_agencies = list(unknown)

    pairs = _match(existing, [k[0] for k in kept]) if existing else {}
    for position, (d, role, reason) in enumerate(kept):
        task = pairs.get(position)
        if task is not None and task.assigned_lead:  # the coordinator's assignment wins over the plan's cells
            kept[position] = (dataclasses.replace(d, lead=task.assigned_lead, coordinating=task.assigned_coordinating),
                              role, reason)
        elif not clean(d.lead) and not d.adopted:
            result.unassigned.append(Change(clean(d.ref), clean(d.content), source_row=d.source_row,
                                            reason="Chưa có cơ quan chủ trì: cần phân công"))
    if write and plan is None:
        plan = Plan(number=clean(draft.number), title=clean(draft.title), issuer=clean(draft.issuer),
                    issued_on=draft.issued_on, source_file=draft.source_file, source_sha256=draft.source_sha256)
        if draft.uid:
            plan.uid = draft.uid
        if draft.schedule_text:
            from kh57desk.domain.schedule import parse_schedule_text
            plan.schedule = parse_schedule_text(draft.schedule_text).to_json()
        session.add(plan)
        session.flush()
    elif write:
        plan.source_file = draft.source_file or plan.source_file
        plan.source_sha256 = draft.source_sha256 or plan.source_sha256
        _adopt_uid(session, Plan, plan, draft.uid)  # a task package for a plan imported here from its file

    matched_ids = set()
    agency_ids = {row.name: row.id for row in agencies.list_all(session)} if write else {}
    new_rows: list[dict] = []
    new_links: list[list[dict]] = []
    for position, (d, role, reason) in enumerate(kept):
        values = _draft_values(d, directory)
        task = pairs.get(position)
        if task is None:
            result.added.append(Change(clean(d.ref), values["content"], role, reason, d.uid or "",
                                       source_row=d.source_row))
            if write:
                row = {"plan_id": plan.id, "uid": d.uid or new_uid(), "ref": clean(d.ref), "position": position,
                       "role": role, "role_reason": reason, "adopted": d.adopted, **values,
                       **_deadline_values(d.deadline)}
                row["search_key"] = fold(" ".join(row[name] for name in _KEY_FIELDS))
                new_rows.append(row)
                new_links.append(_link_rows(directory, agency_ids, d))
            continue
        matched_ids.add(task.id)
        if write:
            _adopt_uid(session, Task, task, d.uid)
        changes = {name: (getattr(task, name), values[name]) for name in TRACKED_FIELDS
                   if getattr(task, name) != values[name]}
        if normalise_ref(task.ref) != normalise_ref(d.ref) or task.ref != clean(d.ref):
            changes["ref"] = (task.ref, clean(d.ref))
        if task.role != role:
            changes["role"] = (task.role, role)
        change = Change(clean(d.ref), values["content"], role, reason, task.uid, changes, d.source_row)
        if task.withdrawn:
            result.restored.append(change)
        elif changes:
            result.updated.append(change)
        else:
            result.unchanged += 1
        if write and (changes or task.withdrawn or task.position != position):
            for name in TRACKED_FIELDS:
                setattr(task, name, values[name])
            task.ref, task.role, task.role_reason = clean(d.ref), role, reason
            task.position, task.withdrawn, task.adopted = position, False, d.adopted
            _set_deadline(task, d.deadline)
            task.search_key = search_key(task)
            if "lead_text" in changes or "coordinating_text" in changes:
                relink(directory, agency_ids, task)

    if new_rows:
        _insert_tasks(session, new_rows, new_links)
    tasks_only_targets = not draft.tasks and bool(draft.indicators)
    for task in existing:
        if task.id not in matched_ids and not task.withdrawn and not tasks_only_targets:
            result.withdrawn.append(Change(task.ref, task.content, task.role, "Không còn trong kế hoạch mới",
                                           task.uid))
            if write:
                task.withdrawn = True
    if draft.indicators:
        result.targets = indicator_service.sync_targets(session, plan.id if plan else None, draft.indicators, write)
    if write:
        session.flush()
        audit.record(session, "plan.apply", "plan", plan.uid, source=draft.source_file, **result.counts())
        result.applied = True
    return result


def _adopt_uid(session: Session, model, row, uid: str) -> None:
    """Take the coordinator's identity for a plan or task this database first imported from a
    file (matched by number, then by content), so that report packages name what the coordinator
    knows; its progress stays with it. An identity already held by another row is left alone."""
    if not uid or row.uid == uid:
        return
    if session.scalar(select(model.id).where(model.uid == uid)) is None:
        row.uid = uid


def _deadline_values(value: object) -> dict:
    parsed = deadline_rules.parse_deadline(value)
    return {"deadline_text": parsed.raw, "deadline_kind": parsed.kind, "deadline_start": parsed.start,
            "deadline_due": parsed.due, "deadline_recurrence": parsed.recurrence, "deadline_month": parsed.month}


def _set_deadline(task: Task, value: object) -> None:
    for name, field_value in _deadline_values(value).items():
        setattr(task, name, field_value)


def _link_rows(directory: AgencyDirectory, agency_ids: dict[str, int], draft: TaskDraft) -> list[dict]:
    return [{"role": role, "name": mention.text[:300],
             "agency_id": agency_ids.get(mention.agency.name) if mention.agency else None,
             "group_key": mention.group.key if mention.group else ""}
            for role, cell in ((LEAD, draft.lead), (COORDINATE, draft.coordinating))
            for mention in directory.split(cell)]


def relink(directory: AgencyDirectory, agency_ids: dict[str, int], task: Task) -> None:
    """The task's agency links made again from its cells; the links of agencies that adopted it
    (self-assigned) stay."""
    task.links[:] = [link for link in task.links if link.self_assigned]
    for values in _link_rows(directory, agency_ids, TaskDraft("", "", lead=task.lead_text,
                                                              coordinating=task.coordinating_text)):
        task.links.append(TaskAgency(**values))


def _insert_tasks(session: Session, rows: list[dict], links: list[list[dict]]) -> None:
    """New tasks and their agency links in two bulk INSERTs (a plan of thousands of tasks is
    written in a fraction of the time the unit of work would take)."""
    batched = {"render_nulls": True}  # rows with and without a due date go in the same batch
    ids = session.execute(insert(Task).returning(Task.id, sort_by_parameter_order=True), rows,
                          execution_options=batched).scalars().all()
    link_rows = [dict(link, task_id=task_id) for task_id, task_links in zip(ids, links) for link in task_links]
    if link_rows:
        session.execute(insert(TaskAgency), link_rows, execution_options=batched)
