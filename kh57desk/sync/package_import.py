"""Importing a package: verify everything before the database is touched, preview, then apply
in one transaction. The same code serves the window, ``kh57 import-package`` and ``--dry-run``.

Order of checks: container limits and names → manifest format/version/schema → every file's
size and SHA-256 → data schema → signature (required by the coordinator if so set) → the
package is meant for this database (mode, agency, plans) → its sender (the origin signature
against the key bound to the sender it claims: ``sync.sender_check``) → replay (same package: nothing to
do; an older sequence from the same producer: refused; another database for the same agency:
flagged) → preview → apply.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kh57desk import diagnostics
from kh57desk.db.models import PackageLog, Plan
from kh57desk.errors import InputError, Kh57Error
from kh57desk.services import agencies, audit, senders, settings as settings_service, setup, verdicts
from kh57desk.sync import container, manifest as manifests, report_merge, sender_check, task_package, verdict_package
from kh57desk.sync.package_preview import PackagePreview
from kh57desk.sync.container import PackageError
from kh57desk.workspace import Workspace

log = logging.getLogger(__name__)
MAX_SEQUENCE = 2**53 - 1  # what every JSON reader keeps exact

MERGE_POLICY = (
    "Cơ quan tổng hợp quản lý nội dung, thời hạn và phân công nhiệm vụ: gói nhiệm vụ mới cập nhật các "
    "nhiệm vụ đó, đánh dấu nhiệm vụ bị rút, và không động đến tiến độ của cơ quan. Cơ quan thực hiện "
    "quản lý tiến độ của mình: gói báo cáo thay thế số liệu kỳ đó của cơ quan tại cơ quan tổng hợp, "
    "bản trước được lưu vào lịch sử. Không dữ liệu nào bị xóa khi nhập gói."
)

log = logging.getLogger(__name__)


def verify_signature(workspace: Workspace, prefs, contents: container.PackageContents) \
        -> tuple[str, bool, str, dt.datetime | None]:
    """Check ``manifest.p7s`` over the manifest bytes (which hold every file's hash): return the
    signer's name ('' if unsigned), whether the signer's CA is in the trusted list, the SHA-256 of
    the signer's certificate and the RFC 3161 timestamp's time (UTC, naive) when it has one from a
    trusted authority."""
    if contents.signature is None:
        return "", False, "", None
    from kh57desk.services import signing_service
    from kh57desk.signing import trust, verify as signing_verify

    trusted = trust.load_trusted(signing_service.trust_dir(workspace, prefs))
    try:
        report = signing_verify.verify_detached_bytes(contents.manifest_bytes, contents.signature, container.MANIFEST,
                                                      trusted)
    except Kh57Error as exc:
        raise PackageError(f"Chữ ký số của gói không hợp lệ (gói đã bị sửa hoặc chữ ký bị tráo): {exc.message}") \
            from None
    stamped = report.timestamp_time if report.timestamp_trusted else None  # an unknown authority proves nothing
    if stamped is not None and stamped.tzinfo is not None:
        stamped = stamped.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return (report.signer_name or "(không rõ tên)", report.trusted, report.signer.sha256 if report.signer else "",
            stamped)


def inspect(workspace: Workspace, session: Session, path: Path, write: bool = False,
            trust_new_sender: bool = False, confirm_large_change: bool = False,
            received_on: dt.date | None = None) -> PackagePreview:
    """Verify ``path`` and compute (``write=False``) or apply (``write=True``) its changes
    within ``session``'s transaction. ``trust_new_sender``: the user compared the fingerprint of a
    sender not bound yet and confirmed it (otherwise such a package is refused when writing).
    ``confirm_large_change``: the user saw that a task package withdraws more than 10% of the
    agency's tasks or changes more than half, and wants it applied. ``received_on``: the day the
    package arrived (the e-mail's date) when it is not the day of the import; timeliness is judged
    on it (or on an RFC 3161 timestamp), never on the sender's clock."""
    contents = container.read_package(Path(path))
    manifest = contents.manifest
    manifests.check_manifest(manifest)
    if type(manifest["sequence"]) is not int or manifest["sequence"] > MAX_SEQUENCE:  # 1e30 passes as an integer
        raise PackageError(f"Số thứ tự của gói ({str(manifest['sequence'])[:30]}) không hợp lệ; không nhập.")
    container.check_files(contents)
    kind = manifest["kind"]
    data_name = manifests.DATA_FILE[kind]
    if data_name not in contents.entries:
        raise PackageError(f"Gói thiếu tệp dữ liệu {data_name}; không nhập.")
    data = contents.json(data_name)
    manifests.check_schema(kind, data, manifest["format_version"])
    for item in data.get("attachments", []):
        if item["path"] not in contents.entries or container.sha256(contents.entries[item["path"]]) != item["sha256"]:
            raise PackageError(f"Tệp đính kèm '{item['file_name']}' trong gói không khớp mã băm; không nhập.")
    for report in data.get("reports", []):
        for item in report["files"]:
            if item["path"] not in contents.entries or \
                    container.sha256(contents.entries[item["path"]]) != item["sha256"]:
                raise PackageError(f"Gói thiếu tệp báo cáo '{item['path']}' hoặc tệp không khớp mã băm; không nhập.")
    if _parse_time(manifest["created_at"]) > dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) + dt.timedelta(days=1):
        raise PackageError(f"Thời điểm tạo gói ({manifest['created_at'][:19]}) ở tương lai; không nhập.")
    prefs = settings_service.load(session)
    signed_by, trusted, certificate, timestamp_at = verify_signature(workspace, prefs, contents)
    if prefs.require_signed_packages and kind == manifests.REPORT and not signed_by:
        raise PackageError("Cơ quan tổng hợp yêu cầu gói báo cáo có chữ ký số; gói này chưa được ký.")
    if prefs.require_signed_packages and kind == manifests.REPORT and not trusted:
        raise PackageError(f"Chứng thư số của người ký ({signed_by}) không thuộc tổ chức chứng thực nào trong danh sách "
                           "tin cậy (chứng thư tự tạo không được chấp nhận); cơ quan tổng hợp chỉ nhận gói có chữ ký số "
                           "hợp lệ. Không nhập.")
    producer = manifest["producer"]
    preview = PackagePreview(Path(path), kind, producer["agency"], producer["database_id"], manifest["sequence"],
                             manifest["created_at"], manifest.get("period", ""), signed_by)
    if signed_by and not trusted:
        preview.flags.append(f"Chứng thư của người ký ({signed_by}) chưa thuộc tổ chức chứng thực nào trong danh "
                             "sách tin cậy.")
    _check_destination(session, manifest, data, prefs, preview)
    preview.sender = sender_check.check(session, contents, trust_new_sender, write)
    if certificate:
        preview.certificate = sender_check.check_certificate(session, preview.sender.sender, certificate, signed_by,
                                                             trust_new_sender, write)
    if not preview.sender.fingerprint:
        preview.flags.append(sender_check.UNSIGNED_NOTE.format(version=manifest["format_version"],
                                                               sender=preview.sender.sender))
    manifest_sha = container.sha256(contents.manifest_bytes)
    if _check_replay(session, manifest, manifest_sha, preview):
        return preview
    source = f"{manifests.KIND_LABELS[kind]} {producer['agency']} số {manifest['sequence']}"
    if kind == manifests.VERDICT:
        preview.verdicts = verdicts.receive(session, data["verdicts"], write)
    elif kind == manifests.TASKS:
        if write and preview.initialises_agency:
            setup.initialise(session, preview.initialises_agency)
        preview.plans = task_package.apply_data(session, data, write=False)
        preview.large_change = task_package.large_change(preview.plans)
        if write and preview.large_change and not confirm_large_change:
            raise PackageError(f"{preview.large_change}; chưa áp dụng (lệnh: thêm --yes để xác nhận).")
        if write:
            preview.plans = task_package.apply_data(session, data, write=True)
    else:
        if manifest["format_version"] == 1:
            data = report_merge.convert_v1(data, _parse_time(manifest["created_at"]))
        preview.report = report_merge.merge(workspace, session, contents, data, write, source,
                                            producer["database_id"])
        if write:  # the receipt that travels in the next verdict package to this agency
            verdicts.record_receipt(session, preview.sender.sender, manifest["period"],
                                    dt.datetime.combine(received_on, dt.time(12)) if received_on else
                                    dt.datetime.now())
    if write:
        summary = ({"plans": [p.counts() for p in preview.plans]} if kind == manifests.TASKS
                   else {"verdicts": preview.verdicts} if kind == manifests.VERDICT else preview.report.counts())
        session.add(PackageLog(kind=kind, producer_db=producer["database_id"], producer_agency=producer["agency"],
                               sequence=manifest["sequence"], period=manifest.get("period", ""),
                               manifest_sha256=manifest_sha, file_name=Path(path).name, signed_by=signed_by,
                               created_at=_parse_time(manifest["created_at"]), received_on=received_on,
                               timestamp_at=timestamp_at,
                               summary=json.dumps(summary, ensure_ascii=False),
                               flags=json.dumps(preview.flags, ensure_ascii=False)))
        audit.record(session, "package.import", "package", manifest_sha[:16], kind=kind, file=Path(path).name,
                     producer=producer["agency"], sequence=manifest["sequence"],
                     received_on=received_on.isoformat() if received_on else None)
        session.flush()
        preview.applied = True
    return preview


def _parse_time(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise PackageError("Thời điểm tạo gói không hợp lệ; không nhập.") from None
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def _check_destination(session: Session, manifest: dict, data: dict, prefs, preview: PackagePreview) -> None:
    kind = manifest["kind"]
    if kind == manifests.VERDICT:
        verdict_package.check_destination(session, manifest, data, prefs)
        return
    if kind == manifests.TASKS:
        if manifest["producer"]["mode"] != settings_service.COORDINATOR_MODE:
            raise PackageError("Gói nhiệm vụ phải do cơ quan tổng hợp tạo; không nhập.")
        recipient = (manifest.get("recipient") or {}).get("agency", "")
        if prefs.mode == settings_service.COORDINATOR_MODE:
            raise PackageError("Đây là gói nhiệm vụ gửi cho cơ quan thực hiện; cơ sở dữ liệu tổng hợp không nhập gói này.")
        if not prefs.configured:
            agencies.seed_defaults(session)
            if agencies.find(session, recipient) is None:
                raise PackageError(f"Cơ quan nhận '{recipient}' không có trong danh mục; không nhập.")
            preview.initialises_agency = agencies.find(session, recipient).name
            return
        own = agencies.find(session, prefs.agency_name)
        target = agencies.find(session, recipient)
        if own is None or target is None or own.id != target.id:
            raise PackageError(f"Gói nhiệm vụ này gửi cho {recipient}, không phải {prefs.agency_name}; không nhập.")
        return
    setup.require_configured(session)
    if prefs.mode != settings_service.COORDINATOR_MODE:
        raise PackageError("Gói báo cáo chỉ nhập vào cơ sở dữ liệu của cơ quan tổng hợp (Sở Khoa học và Công nghệ).")
    if data["agency"] != manifest["producer"]["agency"]:
        raise PackageError("Tên cơ quan trong gói không khớp với cơ quan tạo gói; không nhập.")
    known = set(session.scalars(select(Plan.uid)))
    if manifest["plans"] and not known.intersection(manifest["plans"]):
        raise PackageError("Gói báo cáo thuộc kế hoạch không có trong cơ sở dữ liệu này; không nhập.")
    if data["period"]["id"] != manifest.get("period"):
        raise PackageError("Kỳ báo cáo trong gói không khớp với bản kê khai; không nhập.")


def _check_replay(session: Session, manifest: dict, manifest_sha: str, preview: PackagePreview) -> bool:
    """True when the package was imported already (nothing to do). Raises for an older package."""
    done = session.scalar(select(PackageLog).where(PackageLog.manifest_sha256 == manifest_sha))
    if done is not None:
        preview.already_imported = True
        return True
    producer = manifest["producer"]
    latest = session.scalar(select(func.max(PackageLog.sequence)).where(
        PackageLog.producer_db == producer["database_id"], PackageLog.kind == manifest["kind"]))
    if latest is not None and manifest["sequence"] <= latest:
        raise PackageError(f"Gói này cũ hơn gói đã nhập từ {producer['agency']} (số thứ tự {manifest['sequence']}, "
                           f"đã nhập đến số {latest}); không nhập.")
    others = session.scalars(select(PackageLog.producer_db).where(
        PackageLog.producer_agency == producer["agency"], PackageLog.producer_db != producer["database_id"])
        .distinct()).all()
    if others:
        preview.flags.append(f"{producer['agency']} trước đây gửi gói từ một cơ sở dữ liệu khác "
                             f"(mã {others[0][:8]}…); hãy xác nhận với cơ quan này.")
    return False


def confirm_sender(workspace: Workspace, session: Session, path: Path) -> sender_check.SenderCheck:
    """Bind the sender of a package to its key without importing it (``kh57 senders --confirm``),
    after the whole package was verified like an import."""
    preview = inspect(workspace, session, path, write=False)
    found = preview.sender
    if not found.fingerprint:
        raise PackageError("Gói định dạng cũ này không có chữ ký nguồn gốc; không có khóa nào để gắn.")
    if found.new:
        senders.bind(session, found.sender, found.role, found.public_key, found.fingerprint,
                     how=f"xác nhận từ tệp {Path(path).name}")
    return found


@dataclass
class FileResult:
    path: Path
    ok: bool
    message: str
    preview: PackagePreview | None = None


def package_files(paths: list[Path]) -> list[Path]:
    """The files to import: the given files, and the ``.kh57`` files of given folders."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == container.EXTENSION))
        else:
            files.append(path)
    if not files:
        raise InputError("Không có tệp gói (.kh57) nào để nhập.")
    return files


def import_paths(workspace: Workspace, paths: list[Path], dry_run: bool = False,
                 progress: Callable[[int, int], None] | None = None,
                 trust_new_sender: bool = False, confirm_large_change: bool = False,
                 received_on: dt.date | None = None) -> list[FileResult]:
    """Import files and the ``.kh57`` files of folders, oldest of each producer first, each in its
    own transaction; one bad file does not stop the others. ``progress(done, total)`` is called
    before the first file and after each one; raising ``Cancelled`` from it stops between files."""
    files = by_sequence(package_files(paths))
    results = []
    if progress:
        progress(0, len(files))
    for done, path in enumerate(files, start=1):
        try:
            # a dry run is rolled back: even the directory a new database would seed is not kept
            with (workspace.db.reader() if dry_run else workspace.db.transaction()) as session:
                preview = inspect(workspace, session, path, write=not dry_run, trust_new_sender=trust_new_sender,
                                  confirm_large_change=confirm_large_change, received_on=received_on)
            message = ("đã nhập trước đây, không thay đổi" if preview.already_imported
                       else "xem trước, chưa ghi" if dry_run else "đã nhập")
            results.append(FileResult(path, True, message, preview))
        except Kh57Error as exc:
            results.append(FileResult(path, False, exc.message))
        except (ValueError, KeyError, TypeError, OverflowError, RecursionError) as exc:  # data the schema let by
            log.warning("package %s refused: %r", path, exc)
            results.append(FileResult(path, False, "Gói có dữ liệu không hợp lệ (ngày, số hoặc cấu trúc); không nhập."))
        except Exception as exc:  # noqa: BLE001 - a hostile file never stops the others nor shows a traceback
            log.exception("package %s refused", path)
            results.append(FileResult(path, False, f"Gói không hợp lệ ({diagnostics.describe(exc)})"))
        if progress:
            progress(done, len(files))
    return results


def by_sequence(files: list[Path]) -> list[Path]:
    """Oldest first, so a folder holding several packages of one producer imports in order."""
    def key(path: Path):
        try:
            contents = container.read_package(path)
            sequence = contents.manifest.get("sequence", 0)
            return (str(contents.manifest.get("producer", {}).get("database_id", "")),
                    sequence if isinstance(sequence, int) else 0, path.name)
        except (Kh57Error, AttributeError, TypeError):  # refused later with its own message, in its turn
            return ("", 0, path.name)
    return sorted(files, key=key)
