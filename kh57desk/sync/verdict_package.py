"""Verdict packages (coordinator → agency): every receipt and verdict the coordinator holds for one
agency (received, accepted, returned with its reason, reopened, with task notes), signed with the
coordinator's database key (and its CA certificate when one is given). The agency keeps them by
``uid``, so sending the whole list again changes nothing; a new return reopens the period there,
an acceptance locks it until a reopening arrives (``services.verdicts.receive``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.errors import InputError
from kh57desk.services import agencies, audit, settings as settings_service, verdicts
from kh57desk.services.setup import require_configured
from kh57desk.sync import container, identity, manifest as manifests


@dataclass(frozen=True)
class VerdictExport:
    agency: str
    path: Path
    verdicts: int


def build_data(session: Session, agency: str) -> dict:
    data = {"agency": agency, "verdicts": [v.to_json() for v in verdicts.list_verdicts(session, agency)]}
    manifests.check_schema("verdict", data)
    return data


def export_for(session: Session, agency_name: str, out_dir: Path, signature_for=None) -> VerdictExport:
    """Write the verdict package of one agency into ``out_dir`` (never overwriting a file)."""
    prefs = require_configured(session)
    if prefs.mode != settings_service.COORDINATOR_MODE:
        raise InputError("Chỉ cơ quan tổng hợp mới gửi kết quả xét báo cáo.")
    agency = agencies.require(session, agency_name).name
    data = build_data(session, agency)
    if not data["verdicts"]:
        raise InputError(f"Chưa có kết quả xét báo cáo nào cho {agency}.")
    files = {manifests.DATA_FILE[manifests.VERDICT]: json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")}
    sequence = identity.next_sequence(session, agency)
    manifest = manifests.build(manifests.VERDICT, identity.producer(session), sequence, [], files, recipient=agency,
                       origin_public=identity.origin_key(session).public_text)
    target = container.free_name(Path(out_dir), f"ket-qua-{identity.file_stem(agency)}")
    signature = signature_for(container.manifest_bytes(manifest)) if signature_for else None
    identity.write_signed(session, target, manifest, files, signature)
    audit.record(session, "package.export", "package", str(sequence), kind=manifests.VERDICT, agency=agency, file=str(target),
                 verdicts=len(data["verdicts"]))
    return VerdictExport(agency, target, len(data["verdicts"]))


def check_destination(session: Session, manifest: dict, data: dict, prefs) -> None:
    """A verdict package comes from a coordinator and is for this agency's database."""
    if manifest["producer"]["mode"] != settings_service.COORDINATOR_MODE:
        raise container.PackageError("Gói kết quả xét báo cáo phải do cơ quan tổng hợp tạo; không nhập.")
    if prefs.mode == settings_service.COORDINATOR_MODE or not prefs.configured:
        raise container.PackageError("Gói kết quả xét báo cáo chỉ nhập vào cơ sở dữ liệu của cơ quan thực hiện.")
    recipient = (manifest.get("recipient") or {}).get("agency", "")
    own, target = agencies.find(session, prefs.agency_name), agencies.find(session, recipient)
    if own is None or target is None or own.id != target.id or data["agency"] != recipient or \
            any(item["agency"] != recipient for item in data["verdicts"]):
        raise container.PackageError(f"Gói kết quả này gửi cho {recipient}, không phải {prefs.agency_name}; "
                                     "không nhập.")
