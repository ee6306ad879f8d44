"""Report packages (agency → coordinator): one period's progress entries, target figures,
attachments, and the generated report files with their signatures."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kh57desk.db.models import (Attachment, GeneratedReport, Indicator, IndicatorValue, Plan, ProgressEntry,
                                ProgressHistory, Task, new_uid)
from kh57desk.domain.dates import parse_user_date
from kh57desk.domain.periods import Period, parse_period
from kh57desk.errors import InputError
from kh57desk.services import agencies, audit, settings as settings_service
from kh57desk.services.attachments import stored_path
from kh57desk.services.indicators import own_agency_id
from kh57desk.services.setup import require_configured
from kh57desk.sync import container, identity, manifest as M
from kh57desk.workspace import Workspace

ENTRY_FIELDS = ("state", "percent", "completed_on", "result", "output_doc_number", "output_doc_date",
                "difficulties", "proposals")


@dataclass(frozen=True)
class ReportExport:
    path: Path
    period: str
    entries: int
    indicator_values: int
    attachments: int
    report_files: int


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else None


def _entry_json(task_uid: str, entry: ProgressEntry) -> dict:
    return {"task_uid": task_uid, "state": entry.state, "percent": entry.percent,
            "completed_on": _iso(entry.completed_on), "result": entry.result,
            "output_doc_number": entry.output_doc_number, "output_doc_date": _iso(entry.output_doc_date),
            "difficulties": entry.difficulties, "proposals": entry.proposals, "updated_at": _iso(entry.updated_at)}


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
    rows = session.execute(select(Task.uid, ProgressEntry).join(ProgressEntry, ProgressEntry.task_id == Task.id)
                           .where(ProgressEntry.period == period.id, ProgressEntry.agency_id.is_(None),
                                  Task.withdrawn.is_(False)).order_by(Task.plan_id, Task.position)).all()
    entries = [_entry_json(uid, entry) for uid, entry in rows]
    own = own_agency_id(session)
    values = session.execute(select(Indicator.uid, IndicatorValue).join(IndicatorValue)
                             .where(IndicatorValue.period == period.id,
                                    (IndicatorValue.agency_id == own) if own else IndicatorValue.agency_id.is_(None))
                             .order_by(Indicator.position)).all()
    files: dict[str, bytes] = {}
    attachments = []
    for uid, att in session.execute(select(Task.uid, Attachment).join(Attachment, Attachment.task_id == Task.id)
                                    .where(Attachment.period == period.id)).all():
        source = stored_path(workspace.attachments, att.sha256)
        if not source.exists():
            raise InputError(f"Tệp đính kèm '{att.file_name}' không còn trong thư mục dữ liệu; không tạo gói.")
        name = f"attachments/{att.sha256}"
        files[name] = source.read_bytes()
        attachments.append({"task_uid": uid, "sha256": att.sha256, "file_name": att.file_name, "size": att.size,
                            "path": name})
    reports, report_files = _latest_report_files(workspace, session, period)
    files.update(report_files)
    if not entries and not values and not reports:
        raise InputError(f"Kỳ {period.id} chưa có số liệu nào để gửi.")
    plan_uids = sorted(set(session.scalars(select(Plan.uid).join(Task).where(Task.uid.in_([e["task_uid"] for e in entries]))))) \
        if entries else sorted(set(session.scalars(select(Plan.uid))))
    data = {"agency": prefs.agency_name,
            "period": {"id": period.id, "start": period.start.isoformat(), "end": period.end.isoformat()},
            "entries": entries,
            "indicator_values": [{"indicator_uid": uid, "value": v.value, "note": v.note or ""} for uid, v in values],
            "attachments": attachments, "reports": reports}
    M.check_schema("report", data)
    files[M.DATA_FILE[M.REPORT]] = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
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
    manifest = M.build(M.REPORT, identity.producer(session), sequence, plan_uids, files, period=period.id)
    signature = signature_for(container.manifest_bytes(manifest)) if signature_for else None
    if out is None:
        out = container.free_name(workspace.data_dir / "goi-gui-di",
                                  f"bao-cao-{identity.file_stem(prefs.agency_name)}-{period.id}")
    elif Path(out).suffix.lower() != container.EXTENSION:
        out = Path(out).with_suffix(container.EXTENSION)
    container.write_package(Path(out), manifest, files, signature)
    audit.record(session, "package.export", "package", str(sequence), kind=M.REPORT, period=period.id,
                 file=str(out), entries=len(data["entries"]))
    return ReportExport(Path(out), period.id, len(data["entries"]), len(data["indicator_values"]),
                        len(data["attachments"]), sum(len(r["files"]) for r in data["reports"]))


@dataclass
class ReportMerge:
    """What a report package does (or did) at the coordinator."""

    agency: str
    period: str
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0  # entries the agency no longer reports: kept in history
    values_added: int = 0
    values_replaced: int = 0
    attachments: int = 0
    report_files: list[str] = field(default_factory=list)
    unknown_tasks: list[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.replaced or self.removed or self.values_added or self.values_replaced)

    def counts(self) -> dict:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged, "removed": self.removed,
                "values_added": self.values_added, "values_replaced": self.values_replaced,
                "attachments": self.attachments, "report_files": len(self.report_files),
                "unknown_tasks": len(self.unknown_tasks)}


def _entry_values(item: dict) -> dict:
    values = {name: item[name] for name in ENTRY_FIELDS}
    for name in ("completed_on", "output_doc_date"):
        values[name] = parse_user_date(values[name]) if values[name] else None
    return values


def merge(workspace: Workspace, session: Session, contents: container.PackageContents, data: dict,
          write: bool, source: str) -> ReportMerge:
    """Replace the agency's entries for the period with the package's, keeping replaced versions
    in ``progress_history``. Nothing is deleted without a copy in history."""
    agency = agencies.find(session, data["agency"])
    if agency is None:
        raise InputError(f"Cơ quan gửi gói '{data['agency']}' không có trong danh mục; không nhập.")
    period = parse_period(data["period"]["id"])
    result = ReportMerge(agency.name, period.id)
    uids = {e["task_uid"] for e in data["entries"]} | {a["task_uid"] for a in data["attachments"]}
    tasks = {t.uid: t for t in session.scalars(select(Task).where(Task.uid.in_(uids)))} if uids else {}
    result.unknown_tasks = sorted(uids - set(tasks))
    if uids and not tasks:
        raise InputError("Gói báo cáo không khớp nhiệm vụ nào trong cơ sở dữ liệu này (khác kế hoạch); không nhập.")
    current = {e.task_id: e for e in session.scalars(select(ProgressEntry).where(
        ProgressEntry.period == period.id, ProgressEntry.agency_id == agency.id))}
    seen = set()
    new_rows: list[dict] = []
    for item in data["entries"]:
        task = tasks.get(item["task_uid"])
        if task is None:
            continue
        seen.add(task.id)
        values = _entry_values(item)
        entry = current.get(task.id)
        if entry is None:
            result.added += 1
            new_rows.append({"task_id": task.id, "period": period.id, "agency_id": agency.id, **values})
            continue
        if all(getattr(entry, k) == v for k, v in values.items()):
            result.unchanged += 1
            continue
        result.replaced += 1
        if write:
            _keep_history(session, entry, source)
            for name, value in values.items():
                setattr(entry, name, value)
            entry.updated_at = dt.datetime.now()
    if write and new_rows:
        now = dt.datetime.now()
        for row in new_rows:
            row.update(uid=new_uid(), updated_at=now)
        # plain executemany: hundreds of entries a package, no ORM objects needed
        session.connection().execute(insert(ProgressEntry.__table__), new_rows)
    for task_id, entry in current.items():
        if task_id not in seen:
            result.removed += 1
            if write:
                _keep_history(session, entry, source)
                session.delete(entry)
    _merge_values(session, data, agency.id, period, result, write)
    for item in data["attachments"]:
        task = tasks.get(item["task_uid"])
        if task is None:
            continue
        result.attachments += 1
        if write:
            target = stored_path(workspace.attachments, item["sha256"])
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(contents.entries[item["path"]])
            exists = session.scalar(select(Attachment.id).where(Attachment.task_id == task.id,
                                                                Attachment.period == period.id,
                                                                Attachment.sha256 == item["sha256"]))
            if exists is None:
                session.add(Attachment(sha256=item["sha256"], file_name=item["file_name"], size=item["size"],
                                       task_id=task.id, period=period.id))
    folder = workspace.data_dir / "nhan-ve" / identity.file_stem(agency.name) / period.id
    for report in data["reports"]:
        for item in report["files"]:
            result.report_files.append(item["path"].split("/", 1)[-1])
            if write:
                folder.mkdir(parents=True, exist_ok=True)
                name = Path(item["path"]).name
                target = folder / name
                counter = 2
                while target.exists() and target.read_bytes() != contents.entries[item["path"]]:
                    target = folder / f"{Path(name).stem} ({counter}){Path(name).suffix}"
                    counter += 1
                if not target.exists():
                    target.write_bytes(contents.entries[item["path"]])
    if write:
        session.flush()
    return result


def _keep_history(session: Session, entry: ProgressEntry, source: str) -> None:
    data = {name: (_iso(getattr(entry, name)) if isinstance(getattr(entry, name), dt.date) else getattr(entry, name))
            for name in ENTRY_FIELDS}
    data["updated_at"] = _iso(entry.updated_at)
    session.add(ProgressHistory(task_id=entry.task_id, period=entry.period, agency_id=entry.agency_id,
                                data=json.dumps(data, ensure_ascii=False), source=source[:300]))


def _merge_values(session: Session, data: dict, agency_id: int, period: Period, result: ReportMerge,
                  write: bool) -> None:
    uids = [v["indicator_uid"] for v in data["indicator_values"]]
    indicators = {i.uid: i for i in session.scalars(select(Indicator).where(Indicator.uid.in_(uids)))} if uids else {}
    for item in data["indicator_values"]:
        indicator = indicators.get(item["indicator_uid"])
        if indicator is None:
            continue
        row = session.scalar(select(IndicatorValue).where(IndicatorValue.indicator_id == indicator.id,
                                                          IndicatorValue.period == period.id,
                                                          IndicatorValue.agency_id == agency_id))
        if row is None:
            result.values_added += 1
            if write:
                session.add(IndicatorValue(indicator_id=indicator.id, period=period.id, agency_id=agency_id,
                                           value=item["value"], note=item["note"]))
        elif (row.value, row.note) != (item["value"], item["note"]):
            result.values_replaced += 1
            if write:
                row.value, row.note = item["value"], item["note"]
