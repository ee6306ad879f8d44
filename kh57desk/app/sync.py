"""Đồng bộ screen operations, run on the database worker: what the screen shows (the packages
received, the period's latest report, completeness at the coordinator), exporting and importing
packages, copying to a USB stick, the consolidated report. Thin compositions of ``kh57desk.sync``
and ``kh57desk.coordinator``, the same as ``kh57 export-report``, ``import-package``,
``export-tasks``, ``completeness`` and ``consolidate``. No Qt here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kh57desk import platform_win
from kh57desk.app import verdicts as app_verdicts
from kh57desk.app.changes import Changes, Outcome
from kh57desk.app.signatures import person_signature
from kh57desk.coordinator import completeness as completeness_service
from kh57desk.coordinator import consolidated_report
from kh57desk.db.models import GeneratedReport, PackageLog
from kh57desk.domain.periods import Period
from kh57desk.services import settings as settings_service
from kh57desk.sync import container, identity, package_import, report_package, task_package, transfer
from kh57desk.sync.package_import import FileResult
from kh57desk.workspace import Workspace

OUTBOX = "goi-gui-di"  # where report packages are written by default (report_package.export)

# A package changes tasks (task package), progress and targets (report package) and the register
PACKAGE_IMPORTED = Changes(tasks=True, progress=True, indicators=True, reports=True, packages=True)


@dataclass(frozen=True)
class ReceivedPackage:
    kind: str
    producer: str
    sequence: int
    period: str
    file_name: str
    signed_by: str
    created_at: dt.datetime   # local time
    imported_at: dt.datetime  # local time


@dataclass(frozen=True)
class PeriodReport:
    """The period's latest generated report: what a report package carries."""

    number: str
    version: int
    signed: bool
    signer: str


@dataclass(frozen=True)
class SyncState:
    period: Period
    coordinator: bool
    agency: str
    coordinator_email: str
    received: list[ReceivedPackage]
    report: PeriodReport | None = None
    completeness: completeness_service.Completeness | None = None
    verdicts: tuple[str, ...] = ()  # agency: the coordinator's verdicts on this period's report, with task notes
    fingerprint: str = ""  # this database's key, read over the phone when a receiver asks


def local_time(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time (naive) in Vietnam time, by arithmetic (``astimezone()`` fails on
    Windows for dates before 1970 or near year 9999, which a hostile package may carry)."""
    return None if moment is None else platform_win.vietnam_time(moment)


def _received(session: Session, limit: int = 200) -> list[ReceivedPackage]:
    rows = session.scalars(select(PackageLog).order_by(PackageLog.imported_at.desc(), PackageLog.id.desc())
                           .limit(limit))
    return [ReceivedPackage(r.kind, r.producer_agency, r.sequence, r.period, r.file_name, r.signed_by,
                            local_time(r.created_at), local_time(r.imported_at)) for r in rows]


def load_state(session: Session, period: Period, today: dt.date) -> SyncState:
    prefs = settings_service.load(session)
    coordinator = prefs.mode == settings_service.COORDINATOR_MODE
    state = SyncState(period, coordinator, prefs.agency_name, prefs.coordinator_email, _received(session),
                      fingerprint=identity.origin_key(session).fingerprint)
    if coordinator:
        return dataclasses.replace(state, completeness=completeness_service.completeness(session, period, today))
    latest = session.scalar(select(GeneratedReport).where(GeneratedReport.period == period.id)
                            .order_by(GeneratedReport.version.desc(), GeneratedReport.id.desc()))
    if latest is not None:
        state = dataclasses.replace(state, report=PeriodReport(latest.number, latest.version, bool(latest.signed),
                                                               latest.signer or ""))
    return dataclasses.replace(state, verdicts=tuple(app_verdicts.period_lines(session, period)))


def completeness(session: Session, period: Period, today: dt.date) -> completeness_service.Completeness:
    return completeness_service.completeness(session, period, today)


# --- the agency: report packages --------------------------------------------------------------

@dataclass(frozen=True)
class ReportPackage:
    export: report_package.ReportExport
    signed_by_key: bool

    @property
    def path(self) -> Path:
        return self.export.path

    def lines(self) -> list[str]:
        e = self.export
        lines = [f"Đã tạo gói báo cáo kỳ {e.period}: {e.entries} nhiệm vụ, {e.indicator_values} chỉ tiêu, "
                 f"{e.attachments} tệp đính kèm, {e.report_files} tệp báo cáo.",
                 f"Tệp: {e.path}"]
        if self.signed_by_key:
            lines.append("Gói đã được ký số.")
        return lines


def export_report(ws: Workspace, period: Period, source=None, secret: str = "", out: Path | None = None,
                  signature_for=None) -> ReportPackage:
    """Write the period's report package into ``out`` (default: the outbox folder), signed when
    a key is given (``source``/``secret``, or a ready ``signature_for(data)``). The package exists
    only if the transaction that numbered it committed."""
    if source is not None:
        signature_for = person_signature(ws, source, secret)
    with container.removed_on_failure(), ws.db.transaction() as session:
        result = report_package.export(ws, session, period, Path(out) if out else None, signature_for)
    return ReportPackage(result, signature_for is not None)


def copy_to(path: Path, folder: Path) -> Path:
    """A verified copy (hash checked after writing) on a USB stick or shared folder."""
    return transfer.copy_verified(Path(path), Path(folder))


def report_mail(state: SyncState, period_label: str, path: Path) -> str:
    return transfer.report_mail(state.agency, period_label, Path(path).name, state.coordinator_email)


def tasks_mail(agency: str, path: Path) -> str:
    return transfer.tasks_mail(agency, Path(path).name)


# --- both: importing packages -----------------------------------------------------------------

def import_packages(ws: Workspace, job, paths: list[Path], dry_run: bool, trust_new_sender: bool = False,
                    confirm_large_change: bool = False, received_on: dt.date | None = None) -> Outcome[list[FileResult]]:
    """Preview (``dry_run``) or import the packages one by one, each in its own transaction,
    oldest of each producer first; progress after each file, and a stop between two files.
    ``trust_new_sender``: the user confirmed the fingerprints of the new senders shown.
    ``received_on``: the day the coordinator received them (the program's today)."""
    results = package_import.import_paths(ws, paths, dry_run=dry_run, progress=job.progress,
                                          trust_new_sender=trust_new_sender, confirm_large_change=confirm_large_change,
                                          received_on=received_on)
    applied = not dry_run and any(r.ok and r.preview is not None and r.preview.applied for r in results)
    return Outcome(results, PACKAGE_IMPORTED if applied else Changes())


# --- the coordinator --------------------------------------------------------------------------

def export_tasks(ws: Workspace, folder: Path, agency: str | None = None,
                 signature_for=None) -> list[task_package.ExportResult]:
    """Task packages for ``agency``, or for every agency with tasks: all of them, or none (a
    failure part-way removes the packages already written); signed by a person when
    ``signature_for(data)`` is given."""
    with container.removed_on_failure(), ws.db.transaction() as session:
        if agency:
            return [task_package.export_for(session, agency, Path(folder), signature_for)]
        return task_package.export_all(session, Path(folder), signature_for)


@dataclass(frozen=True)
class TaskPackages:
    """The task packages written for every agency, signed by a person (the window's Tạo gói
    nhiệm vụ có chữ ký số)."""
    results: list[task_package.ExportResult]
    folder: Path

    def lines(self) -> list[str]:
        return [f"Đã tạo {len(self.results)} gói nhiệm vụ có chữ ký số trong {self.folder}."]


def export_tasks_signed(ws: Workspace, folder: Path, source, secret: str) -> TaskPackages:
    """Every agency's task package, each signed by the person whose key ``source`` holds."""
    return TaskPackages(export_tasks(ws, folder, signature_for=person_signature(ws, source, secret)), Path(folder))


def consolidate(ws: Workspace, job, period: Period, formats: tuple[str, ...],
                today: dt.date) -> Outcome[consolidated_report.ConsolidatedResult]:
    job.progress(0, 1)
    with ws.db.transaction() as session:
        result = consolidated_report.generate(ws, session, period, formats, today=today, day=today)
    job.progress(1, 1)
    return Outcome(result, Changes(reports=True))
