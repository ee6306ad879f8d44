"""Task packages (coordinator → agency): the plan, that agency's tasks with their stable ids,
the plan's targets and its reporting schedule."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import Indicator, Plan, Task
from kh57desk.domain.agency_directory import Agency
from kh57desk.domain.targets import Target
from kh57desk.errors import InputError
from kh57desk.services import agencies, assignments, audit, plan_apply, settings as settings_service
from kh57desk.services.setup import require_configured
from kh57desk.sync import container, identity, manifest as manifests

TARGET_FIELDS = ("group", "text", "comparator", "target", "target_high", "unit", "per_year", "milestone_year")


@dataclass(frozen=True)
class ExportResult:
    agency: str
    path: Path
    tasks: int
    indicators: int


def _assigned(session: Session, agency: Agency) -> list[Task]:
    """The agency's tasks: named or covered by a group in their cells, adopted by it (a task it
    took on itself is never withdrawn from it by the next package), or given to no one yet (so
    that it can adopt them)."""
    directory = agencies.directory(session)
    adopted = _adopted(session, agency)
    tasks = session.scalars(select(Task).join(Plan).order_by(Task.plan_id, Task.position, Task.id)).all()
    return [t for t in tasks
            if t.id in adopted or not (t.lead_text.strip() or t.coordinating_text.strip())
            or directory.assignment(agency, t.lead_text, t.coordinating_text) is not None]


def _adopted(session: Session, agency: Agency) -> set[int]:
    row = agencies.find(session, agency.name)
    return assignments.self_assigned(session, row.id) if row is not None else set()


def build_data(session: Session, agency: Agency) -> dict:
    tasks = _assigned(session, agency)
    adopted = _adopted(session, agency)
    plan_ids = sorted({t.plan_id for t in tasks})
    plans = session.scalars(select(Plan).where(Plan.id.in_(plan_ids)).order_by(Plan.id)).all() if plan_ids else []
    plan_uid = {p.id: p.uid for p in plans}
    indicators = session.scalars(select(Indicator).where(Indicator.plan_id.in_(plan_ids), Indicator.withdrawn.is_(False))
                                 .order_by(Indicator.plan_id, Indicator.position)).all() if plan_ids else []
    return {
        "agency": {"name": agency.name, "short_name": agency.short_name, "kind": agency.kind},
        "plans": [{"uid": p.uid, "number": p.number, "title": p.title, "issuer": p.issuer,
                   "issued_on": p.issued_on.isoformat() if p.issued_on else None, "schedule": p.schedule or ""}
                  for p in plans],
        "tasks": [{"uid": t.uid, "plan_uid": plan_uid[t.plan_id], "ref": t.ref, "position": t.position,
                   "group": t.group, "content": t.content, "lead": t.lead_text, "coordinating": t.coordinating_text,
                   "deadline": t.deadline_text, "product": t.product, "note": t.note, "withdrawn": t.withdrawn,
                   "assigned": bool(t.assigned_lead), "adopted": t.id in adopted}
                  for t in tasks],
        "indicators": [{"uid": i.uid, "plan_uid": plan_uid[i.plan_id],
                        **{name: getattr(i, name) for name in TARGET_FIELDS}} for i in indicators],
    }


def export_for(session: Session, agency_name: str, out_dir: Path, signature_for=None) -> ExportResult:
    """Write the task package of one agency into ``out_dir`` (never overwriting a file), signed
    with the database's key and, when ``signature_for(manifest_bytes) -> bytes`` is given, by a
    person's CA certificate too (``manifest.p7s``)."""
    prefs = require_configured(session)
    if prefs.mode != settings_service.COORDINATOR_MODE:
        raise InputError("Chỉ cơ quan tổng hợp (chế độ điều phối) mới xuất gói nhiệm vụ cho các cơ quan.")
    row = agencies.require(session, agency_name)
    agency = agencies.to_domain(row)
    data = build_data(session, agency)
    if not any(not t["withdrawn"] for t in data["tasks"]):
        raise InputError(f"Không có nhiệm vụ nào giao cho {agency.name}; không tạo gói.")
    files = {manifests.DATA_FILE[manifests.TASKS]: json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")}
    sequence = identity.next_sequence(session, agency.name)
    manifest = manifests.build(manifests.TASKS, identity.producer(session), sequence, [p["uid"] for p in data["plans"]], files,
                       recipient=agency.name, origin_public=identity.origin_key(session).public_text)
    target = container.free_name(Path(out_dir), f"nhiem-vu-{identity.file_stem(agency.name)}")
    signature = signature_for(container.manifest_bytes(manifest)) if signature_for else None
    identity.write_signed(session, target, manifest, files, signature)
    audit.record(session, "package.export", "package", str(sequence), kind=manifests.TASKS, agency=agency.name,
                 file=str(target), tasks=len(data["tasks"]))
    return ExportResult(agency.name, target, len(data["tasks"]), len(data["indicators"]))


def export_all(session: Session, out_dir: Path, signature_for=None) -> list[ExportResult]:
    """One task package per agency of the directory that has at least one task."""
    results = []
    for row in agencies.list_all(session):
        agency = agencies.to_domain(row)
        if any(not t.withdrawn for t in _assigned(session, agency)):
            results.append(export_for(session, row.name, out_dir, signature_for))
    if not results:
        raise InputError("Chưa có nhiệm vụ nào được giao cho cơ quan nào; hãy nhập kế hoạch trước.")
    return results


def drafts(data: dict) -> list[plan_apply.PlanDraft]:
    """The plan drafts a task package carries (one per plan), with the coordinator's ids."""
    result = []
    for plan in data["plans"]:
        tasks = [plan_apply.TaskDraft(ref=t["ref"], content=t["content"], group=t["group"], lead=t["lead"],
                                      coordinating=t["coordinating"], deadline=t["deadline"], product=t["product"],
                                      note=t["note"], uid=t["uid"], adopted=t.get("adopted", False))
                 for t in sorted(data["tasks"], key=lambda t: t["position"])
                 if t["plan_uid"] == plan["uid"] and not t["withdrawn"]]
        targets = [Target(**{name: i.get(name) for name in TARGET_FIELDS if name in i})
                   for i in data["indicators"] if i["plan_uid"] == plan["uid"]]
        result.append(plan_apply.PlanDraft(tasks=tasks, number=plan["number"], title=plan["title"],
                                           issuer=plan["issuer"], uid=plan["uid"], indicators=targets,
                                           source_file="gói nhiệm vụ"))
    return result


WITHDRAW_SHARE, CHANGE_SHARE = 0.10, 0.5  # past these shares of an agency's tasks, a task package asks first


def large_change(previews: list[plan_apply.PlanPreview]) -> str:
    """The sentence asking for confirmation when a task package would withdraw more than 10% of the
    agency's tasks or change more than half of them; '' otherwise."""
    counts = [p.counts() for p in previews]
    withdrawn = sum(c["withdrawn"] for c in counts)
    changed = sum(c["updated"] for c in counts) + withdrawn
    held = sum(c["updated"] + c["withdrawn"] + c["unchanged"] for c in counts)
    if not held or (withdrawn <= WITHDRAW_SHARE * held and changed <= CHANGE_SHARE * held):
        return ""
    return (f"Gói nhiệm vụ này rút {withdrawn} và sửa {changed - withdrawn} trong {held} nhiệm vụ đang có của cơ quan; "
            "hãy xem kỹ trước khi áp dụng")


def apply_data(session: Session, data: dict, write: bool) -> list[plan_apply.PlanPreview]:
    """Preview or apply the task package's plans; afterwards the plans keep the coordinator's
    schedule and targets keep the coordinator's ids (report packages refer to them)."""
    previews = []
    for plan_data, draft in zip(data["plans"], drafts(data)):
        previews.append(plan_apply.apply(session, draft) if write else plan_apply.preview(session, draft))
        if not write:
            continue
        plan = session.scalar(select(Plan).where(Plan.uid == plan_data["uid"]))
        if plan_data["schedule"]:
            plan.schedule = plan_data["schedule"]
        for item in data["indicators"]:
            if item["plan_uid"] != plan.uid:
                continue
            indicator = session.scalar(select(Indicator).where(Indicator.plan_id == plan.id,
                                                               Indicator.text == item["text"]))
            taken = session.scalar(select(Indicator.id).where(Indicator.uid == item["uid"]))
            if indicator is not None and indicator.uid != item["uid"] and taken is None:
                indicator.uid = item["uid"]
    session.flush()
    return previews
