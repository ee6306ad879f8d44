"""Importing a report package at the coordinator: the agency's progress updates join its journal.

Updates are upserted by identity (uid): a new one is added, a newer revision replaces the stored
one, an older or equal one changes nothing, a tombstone marks the stored one deleted. A package
never replaces a whole window, so monthly, quarterly and half-year packages that carry the same
updates never duplicate them. Version-1 packages (one entry per task and period) are converted
first, as migration 0004 converts a database: each entry becomes an update dated by
``domain.journal.converted_entry_day`` with a stable uid derived from agency, task and period.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kh57desk.db.models import Attachment, Indicator, IndicatorValue, ProgressUpdate, Task
from kh57desk.domain.dates import parse_user_date
from kh57desk.domain.journal import converted_entry_day
from kh57desk.domain.periods import Period, parse_period
from kh57desk.errors import InputError
from kh57desk.services import agencies, assignments
from kh57desk.services.attachments import clean_name, stored_path
from kh57desk.sync import container, identity
from kh57desk.sync.report_package import UPDATE_FIELDS
from kh57desk.workspace import Workspace

V1_NAMESPACE = uuid.UUID("6f1d4a52-57a0-4e57-9b57-0a57de5c0001")


@dataclass
class ReportMerge:
    """What a report package does (or did) at the coordinator."""

    agency: str
    period: str
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0  # updates the agency deleted (tombstones applied)
    values_added: int = 0
    values_replaced: int = 0
    attachments: int = 0
    report_files: list[str] = field(default_factory=list)
    unknown_tasks: list[str] = field(default_factory=list)
    foreign_updates: int = 0  # uids already held for another agency: refused
    adopted: int = 0  # tasks the agency newly took on itself ("Nhận thực hiện")

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.replaced or self.removed or self.values_added or self.values_replaced
                    or self.adopted)

    def counts(self) -> dict:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged, "removed": self.removed,
                "values_added": self.values_added, "values_replaced": self.values_replaced,
                "attachments": self.attachments, "report_files": len(self.report_files),
                "unknown_tasks": len(self.unknown_tasks), "foreign_updates": self.foreign_updates,
                "adopted": self.adopted}


def _date(text):
    return parse_user_date(text) if text else None


def _moment(text) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def v1_update_uid(agency: str, task_uid: str, period_id: str) -> str:
    return str(uuid.uuid5(V1_NAMESPACE, f"{agency}\n{task_uid}\n{period_id}"))


def convert_v1(data: dict, created_at: dt.datetime, today: dt.date | None = None) -> dict:
    """A version-1 report payload in version-2 form (see the module docstring)."""
    today = today or dt.date.today()
    period = data["period"]
    window = (dt.date.fromisoformat(period["start"]), dt.date.fromisoformat(period["end"])) \
        if period.get("start") and period.get("end") else None
    updates = []
    for entry in data["entries"]:
        saved = _moment(entry.get("updated_at")) or created_at
        completed = _date(entry["completed_on"])
        day = converted_entry_day(saved.date(), window, completed, today)
        stamp = saved.isoformat()
        updates.append({**{name: entry[name] for name in UPDATE_FIELDS}, "task_uid": entry["task_uid"],
                        "uid": v1_update_uid(data["agency"], entry["task_uid"], period["id"]), "on": day.isoformat(),
                        "revision": 1, "deleted": False, "created_at": stamp, "edited_at": stamp, "entered_by": "",
                        "late_for": ""})
    end = window[1] if window else today
    return {**{k: v for k, v in data.items() if k != "entries"}, "updates": updates,
            "indicator_values": [{**v, "measured_on": min(end, today).isoformat()} for v in data["indicator_values"]],
            "attachments": [{**a, "update_uid": v1_update_uid(data["agency"], a["task_uid"], period["id"])}
                            for a in data["attachments"]]}


def _values(item: dict) -> dict:
    values = {name: item[name] for name in UPDATE_FIELDS}
    for name in ("completed_on", "output_doc_date"):
        values[name] = _date(values[name])
    return values


def _check_item(item: dict, today: dt.date) -> dt.date:
    on = dt.date.fromisoformat(item["on"])
    completed = _date(item["completed_on"])
    if on > today + dt.timedelta(days=1) or on.year < 2000:
        raise InputError(f"Gói có cập nhật ngày {on:%d/%m/%Y} không hợp lệ (ở tương lai hoặc trước năm 2000); "
                         "không nhập.")
    if completed is not None and completed > on:
        raise InputError(f"Gói có cập nhật ngày {on:%d/%m/%Y} với ngày hoàn thành {completed:%d/%m/%Y} sau ngày "
                         "cập nhật; không nhập.")
    return on


def merge(workspace: Workspace, session: Session, contents: container.PackageContents, data: dict,
          write: bool, source: str, producer_db: str = "") -> ReportMerge:
    """Upsert the package's updates into the agency's journal (see the module docstring)."""
    del source  # the package log names the package; updates keep their own revisions
    agency = agencies.find(session, data["agency"])
    if agency is None:
        raise InputError(f"Cơ quan gửi gói '{data['agency']}' không có trong danh mục; không nhập.")
    period = parse_period(data["period"]["id"])
    result = ReportMerge(agency.name, period.id)
    uids = {u["task_uid"] for u in data["updates"]} | {a["task_uid"] for a in data["attachments"]}
    tasks = {t.uid: t for t in session.scalars(select(Task).where(Task.uid.in_(uids)))} if uids else {}
    result.adopted = assignments.record_adoptions(session, agency.name, data.get("adopted", []), write)
    result.unknown_tasks = sorted(uids - set(tasks))
    if uids and not tasks:
        raise InputError("Gói báo cáo không khớp nhiệm vụ nào trong cơ sở dữ liệu này (khác kế hoạch); không nhập.")
    today = dt.date.today()
    wanted = [u["uid"] for u in data["updates"]]
    stored = {u.uid: u for u in session.scalars(select(ProgressUpdate).where(ProgressUpdate.uid.in_(wanted)))} \
        if wanted else {}
    new_rows: list[dict] = []
    now = dt.datetime.now()
    for item in data["updates"]:
        task = tasks.get(item["task_uid"])
        if task is None:
            continue
        on = _check_item(item, today)
        incoming = (item["revision"], _moment(item["edited_at"]) or dt.datetime.min)
        row = stored.get(item["uid"])
        if row is None:
            if item["deleted"]:
                continue  # deleted before the coordinator ever saw it
            result.added += 1
            new_rows.append({"uid": item["uid"], "task_id": task.id, "agency_id": agency.id, "on_date": on,
                             **_values(item), "revision": item["revision"], "deleted": False, "origin": producer_db,
                             "entered_by": item["entered_by"][:200], "late_for": item["late_for"][:200],
                             "created_at": _moment(item["created_at"]) or now, "edited_at": incoming[1]})
            continue
        if row.agency_id != agency.id or row.task_id != task.id:
            result.foreign_updates += 1
            continue
        if incoming <= (row.revision, row.edited_at or dt.datetime.min):
            result.unchanged += 1
            continue
        if item["deleted"]:
            result.removed += 0 if row.deleted else 1
        else:
            result.replaced += 1
        if write:
            for name, value in _values(item).items():
                setattr(row, name, value)
            row.on_date, row.revision, row.deleted, row.edited_at = on, item["revision"], item["deleted"], incoming[1]
            row.late_for = item["late_for"][:200]
    if write and new_rows:
        # plain executemany: hundreds of updates a package, no ORM objects needed
        session.connection().execute(insert(ProgressUpdate.__table__), new_rows)
    _merge_values(session, data, agency.id, period, result, write)
    _merge_attachments(workspace, session, contents, data, tasks, result, write)
    _keep_report_files(workspace, contents, data, agency.name, period, result, write)
    if write:
        session.flush()
    return result


def _merge_attachments(workspace: Workspace, session: Session, contents, data: dict, tasks: dict,
                       result: ReportMerge, write: bool) -> None:
    for item in data["attachments"]:
        if tasks.get(item["task_uid"]) is None:
            continue
        result.attachments += 1
        if not write:
            continue
        update_id = session.scalar(select(ProgressUpdate.id).where(ProgressUpdate.uid == item["update_uid"]))
        if update_id is None:
            continue
        target = stored_path(workspace.attachments, item["sha256"])
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(contents.entries[item["path"]])
        exists = session.scalar(select(Attachment.id).where(Attachment.update_id == update_id,
                                                            Attachment.sha256 == item["sha256"]))
        if exists is None:
            session.add(Attachment(sha256=item["sha256"], file_name=clean_name(item["file_name"]), size=item["size"],
                                   task_id=tasks[item["task_uid"]].id, update_id=update_id))


def _keep_report_files(workspace: Workspace, contents, data: dict, agency: str, period: Period,
                       result: ReportMerge, write: bool) -> None:
    folder = workspace.data_dir / "nhan-ve" / identity.file_stem(agency) / period.id
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


def _merge_values(session: Session, data: dict, agency_id: int, period: Period, result: ReportMerge,
                  write: bool) -> None:
    uids = [v["indicator_uid"] for v in data["indicator_values"]]
    indicators = {i.uid: i for i in session.scalars(select(Indicator).where(Indicator.uid.in_(uids)))} if uids else {}
    for item in data["indicator_values"]:
        indicator = indicators.get(item["indicator_uid"])
        if indicator is None:
            continue
        measured = dt.date.fromisoformat(item["measured_on"])
        row = session.scalar(select(IndicatorValue).where(IndicatorValue.indicator_id == indicator.id,
                                                          IndicatorValue.period == period.id,
                                                          IndicatorValue.agency_id == agency_id))
        if row is None:
            result.values_added += 1
            if write:
                session.add(IndicatorValue(indicator_id=indicator.id, period=period.id, agency_id=agency_id,
                                           value=item["value"], note=item["note"], measured_on=measured))
        elif (row.value, row.note, row.measured_on) != (item["value"], item["note"], measured):
            result.values_replaced += 1
            if write:
                row.value, row.note, row.measured_on = item["value"], item["note"], measured
