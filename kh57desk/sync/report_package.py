"""Report packages (agency → coordinator), format version 2: the progress updates dated inside the
period's window (tombstones of deleted ones included), each task's latest earlier update (for
its carried-forward standing), the target figures measured up to the window's end, the
attachments of the updates sent, and the generated report files with their signatures.
Importing them is ``sync.report_merge``."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk.db.models import Attachment, GeneratedReport, Indicator, IndicatorValue, Plan, ProgressUpdate, Task
from kh57desk.domain.periods import Period
from kh57desk.errors import InputError
from kh57desk.services import assignments, audit, reported, settings as settings_service
from kh57desk.services.attachments import stored_path
from kh57desk.services.indicators import own_agency_id
from kh57desk.services.setup import require_configured
from kh57desk.sync import container, identity, manifest as manifests
from kh57desk.workspace import Workspace

UPDATE_FIELDS = ("state", "percent", "completed_on", "result", "output_doc_number", "output_doc_date",
                 "difficulties", "proposals")


@dataclass(frozen=True)
class ReportExport:
    path: Path
    period: str
    entries: int  # progress updates in the package
    indicator_values: int
    attachments: int
    report_files: int


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else None


def update_json(task_uid: str, update: ProgressUpdate) -> dict:
    return {"uid": update.uid, "task_uid": task_uid, "on": update.on_date.isoformat(), "state": update.state,
            "percent": update.percent, "completed_on": _iso(update.completed_on), "result": update.result,
            "output_doc_number": update.output_doc_number, "output_doc_date": _iso(update.output_doc_date),
            "difficulties": update.difficulties, "proposals": update.proposals, "revision": update.revision,
            "deleted": bool(update.deleted), "created_at": _iso(update.created_at), "edited_at": _iso(update.edited_at),
            "entered_by": update.entered_by or "", "late_for": update.late_for or ""}


def _updates(session: Session, period: Period) -> list[tuple[str, ProgressUpdate]]:
    """The own updates dated inside the window (tombstones too), each task's latest live update
    dated before it, and the earlier updates changed after a report was sent (late amendments,
    tombstones too: so corrections of reported periods reach the coordinator), in plan order."""
    base = (select(Task.uid, ProgressUpdate).join(ProgressUpdate, ProgressUpdate.task_id == Task.id)
            .where(ProgressUpdate.agency_id.is_(None), Task.withdrawn.is_(False)))
    inside = session.execute(base.where(ProgressUpdate.on_date >= period.start, ProgressUpdate.on_date <= period.end)
                             .order_by(Task.plan_id, Task.position, ProgressUpdate.on_date,
                                       ProgressUpdate.created_at)).all()
    earlier: dict[str, tuple] = {}
    for uid, update in session.execute(base.where(ProgressUpdate.on_date < period.start,
                                                  ProgressUpdate.deleted.is_(False))):
        rank = (update.on_date, update.created_at, update.uid)
        if uid not in earlier or rank > earlier[uid][0]:
            earlier[uid] = (rank, update)
    amended = session.execute(base.where(ProgressUpdate.on_date < period.start, ProgressUpdate.late_for != "")
                              .order_by(ProgressUpdate.on_date)).all()
    chosen = {row[1].uid for row in earlier.values()}
    return [(uid, row[1]) for uid, row in earlier.items()] + \
        [(uid, update) for uid, update in amended if update.uid not in chosen] + \
        [(uid, update) for uid, update in inside]


def _latest_report_files(workspace: Workspace, session: Session, period: Period) -> tuple[list[dict], dict[str, bytes]]:
    """The newest version of the period's report: every file of it still on disk, signed ones included."""
    report = session.scalar(select(GeneratedReport).where(GeneratedReport.period == period.id)
                            .order_by(GeneratedReport.version.desc(), GeneratedReport.id.desc()))
    if report is None:
        return [], {}
    files: dict[str, bytes] = {}
    listed = []
    signed = json.loads(report.signature_info).get("files", []) if report.signature_info else []
    for item in json.loads(report.files or "[]") + signed:  # the generated files, then the signed ones
        source = Path(item["path"])
        if not source.is_absolute():
            source = workspace.data_dir / source
        if not source.exists():
            continue
        name = f"reports/{source.name}"
        files[name] = source.read_bytes()
        listed.append({"path": name, "format": item.get("format", source.suffix.lstrip(".")),
                       "sha256": container.sha256(files[name])})
    if not listed:
        return [], {}
    return [{"number": report.number, "issued_on": _iso(report.issued_on), "version": report.version,
             "signed": bool(report.signed), "signer": report.signer or "", "files": listed}], files


def build(workspace: Workspace, session: Session, period: Period) -> tuple[dict, dict[str, bytes], list[str]]:
    prefs = require_configured(session)
    rows = _updates(session, period)
    updates = [update_json(uid, update) for uid, update in rows]
    own = own_agency_id(session)
    values = session.execute(select(Indicator.uid, IndicatorValue).join(IndicatorValue)
                             .where(IndicatorValue.measured_on <= period.end,
                                    (IndicatorValue.agency_id == own) if own else IndicatorValue.agency_id.is_(None))
                             .order_by(Indicator.position, IndicatorValue.measured_on)).all()
    latest_values = {uid: value for uid, value in values}  # the latest measurement of each target
    files: dict[str, bytes] = {}
    attachments = []
    sent = {update.id: update.uid for _uid, update in rows if not update.deleted}
    for uid, att in session.execute(select(Task.uid, Attachment).join(Attachment, Attachment.task_id == Task.id)
                                    .where(Attachment.update_id.in_(list(sent)))).all():
        source = stored_path(workspace.attachments, att.sha256)
        if not source.exists():
            raise InputError(f"Tệp đính kèm '{att.file_name}' không còn trong thư mục dữ liệu; không tạo gói.")
        name = f"attachments/{att.sha256}"
        files[name] = source.read_bytes()
        attachments.append({"update_uid": sent[att.update_id], "task_uid": uid, "sha256": att.sha256, "file_name": att.file_name, "size": att.size,
                            "path": name})
    reports, report_files = _latest_report_files(workspace, session, period)
    files.update(report_files)
    adopted = assignments.adopted_uids(session)  # tasks taken on with "Nhận thực hiện" (issue 13)
    if not updates and not latest_values and not reports and not adopted:
        raise InputError(f"Kỳ {period.id} chưa có số liệu nào để gửi.")
    task_uids = sorted({u["task_uid"] for u in updates})
    plan_uids = sorted(set(session.scalars(select(Plan.uid).join(Task).where(Task.uid.in_(task_uids))))) \
        if updates else sorted(set(session.scalars(select(Plan.uid))))
    data = {"agency": prefs.agency_name,
            "period": {"id": period.id, "start": period.start.isoformat(), "end": period.end.isoformat()},
            "updates": updates,
            "indicator_values": [{"indicator_uid": uid, "value": v.value, "note": v.note or "",
                                  "measured_on": v.measured_on.isoformat()} for uid, v in latest_values.items()],
            "attachments": attachments, "reports": reports}
    if adopted:
        data["adopted"] = adopted
    manifests.check_schema("report", data)
    files[manifests.DATA_FILE[manifests.REPORT]] = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    return data, files, plan_uids


def export(workspace: Workspace, session: Session, period: Period, out: Path | None = None,
           signature_for=None) -> ReportExport:
    """Write the period's report package. ``signature_for(manifest_bytes) -> bytes`` signs the
    manifest when given (the signing service supplies it)."""
    prefs = require_configured(session)
    if prefs.mode == settings_service.COORDINATOR_MODE:
        raise InputError("Cơ sở dữ liệu tổng hợp không gửi gói báo cáo; dùng 'kh57 consolidate'.")
    data, files, plan_uids = build(workspace, session, period)
    sequence = identity.next_sequence(session)
    manifest = manifests.build(manifests.REPORT, identity.producer(session), sequence, plan_uids, files, period=period.id,
                       origin_public=identity.origin_key(session).public_text)
    signature = signature_for(container.manifest_bytes(manifest)) if signature_for else None
    if out is None:
        out = container.free_name(workspace.data_dir / "goi-gui-di",
                                  f"bao-cao-{identity.file_stem(prefs.agency_name)}-{period.id}")
    elif Path(out).suffix.lower() != container.EXTENSION:
        out = Path(out).with_suffix(container.EXTENSION)
    identity.write_signed(session, Path(out), manifest, files, signature)
    reported.mark(session, period.id, reported.PACKAGE)
    audit.record(session, "package.export", "package", str(sequence), kind=manifests.REPORT, period=period.id,
                 file=str(out), updates=len(data["updates"]))
    return ReportExport(Path(out), period.id, len(data["updates"]), len(data["indicator_values"]),
                        len(data["attachments"]), sum(len(r["files"]) for r in data["reports"]))
