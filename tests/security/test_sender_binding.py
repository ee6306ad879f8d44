"""Origin authentication: every package is signed by its database's key; the coordinator binds an
agency to the key that first sends its reports (after the fingerprint was compared), an agency
pins the coordinator's key from its first task package; afterwards other keys, unsigned packages
and older formats are refused for that sender."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import zipfile

from sqlalchemy import select

from kh57desk.db.models import AuditLog, SenderKey
from kh57desk.services import senders
from kh57desk.signing import origin
from kh57desk.sync import container, package_import, task_package
from tests.conftest import run_cli

from security.conftest import COORDINATOR, files_under, one_line, refused, report_of, rewrite


def test_each_database_has_its_own_key_kept_for_the_user_only_with_a_fingerprint_read_over_the_phone(tmp_path):
    (tmp_path / "a").mkdir()
    first = origin.load_or_create(tmp_path / "a")
    again = origin.load_or_create(tmp_path / "a")
    other = origin.load_or_create(tmp_path)
    assert first.fingerprint == again.fingerprint != other.fingerprint
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", first.fingerprint)
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(origin.key_path(tmp_path / "a")).st_mode) == 0o600


def test_a_new_sender_is_refused_naming_agency_and_fingerprint_until_confirmed(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    package = report_of(agency, tmp_path / "syt.kh57")
    fingerprint = origin.load_or_create(agency.data_dir).fingerprint
    outside = files_under(tmp_path)
    message = refused(coordinator, package)
    assert f"Người gửi mới: Sở Y tế (cơ quan thực hiện), mã khóa {fingerprint}" in message
    [preview] = package_import.import_paths(coordinator, [package], dry_run=True)
    assert preview.ok and preview.preview.new_sender and preview.preview.sender.fingerprint == fingerprint
    [result] = package_import.import_paths(coordinator, [package], trust_new_sender=True)
    assert result.ok and result.preview.applied
    assert files_under(tmp_path) - outside <= files_under(coordinator.data_dir)
    with coordinator.db.reader() as s:
        [binding] = s.scalars(select(SenderKey)).all()
        assert (binding.sender, binding.role, binding.fingerprint) == ("Sở Y tế", senders.AGENCY, fingerprint)
        assert s.scalar(select(AuditLog).where(AuditLog.action == "sender.bind")).entity_uid == fingerprint


def test_after_binding_another_key_for_the_agency_is_refused(coordinator, make_agency, tmp_path):
    genuine = make_agency("Sở Y tế")
    package_import.import_paths(coordinator, [report_of(genuine, tmp_path / "1.kh57")], trust_new_sender=True)
    impostor = make_agency("Sở Y tế", folder="may-khac")
    message = refused(coordinator, report_of(impostor, tmp_path / "2.kh57"), trust_new_sender=True)
    assert "Gói xưng là của Sở Y tế nhưng được ký bằng khóa" in message
    assert origin.load_or_create(genuine.data_dir).fingerprint in message
    assert "thu hồi khóa cũ (Đồng bộ → Khóa của người gửi…; lệnh: kh57 senders --revoke)" in message  # the way out


def test_a_valid_key_of_another_agency_cannot_speak_for_it(coordinator, make_agency, tmp_path):
    noi_vu = make_agency("Sở Nội vụ")
    package_import.import_paths(coordinator, [report_of(noi_vu, tmp_path / "snv.kh57")], trust_new_sender=True)
    claims_health = rewrite(report_of(noi_vu, tmp_path / "snv2.kh57"), tmp_path / "gia.kh57",
                            data_change=lambda d: d.update(agency="Sở Y tế"),
                            manifest_change=lambda m: m["producer"].update(agency="Sở Y tế"), key_of=noi_vu.data_dir)
    message = refused(coordinator, claims_health, trust_new_sender=True)
    assert "Gói xưng là của Sở Y tế nhưng được ký bằng khóa" in message and "của Sở Nội vụ" in message


def test_a_rehashed_or_downgraded_package_without_the_bound_keys_signature_is_refused(coordinator, make_agency,
                                                                                      tmp_path):
    agency = make_agency("Sở Y tế")
    package_import.import_paths(coordinator, [report_of(agency, tmp_path / "1.kh57")], trust_new_sender=True)
    second = report_of(agency, tmp_path / "2.kh57")
    unsigned = rewrite(second, tmp_path / "khong-ky.kh57", data_change=lambda d: d["updates"][0].update(percent=99))
    assert "thiếu chữ ký nguồn gốc" in refused(coordinator, unsigned)
    downgraded = rewrite(second, tmp_path / "v2.kh57", manifest_change=lambda m: m.update(format_version=2))
    message = refused(coordinator, downgraded)
    assert "Sở Y tế đã được gắn với khóa" in message and "phiên bản 2" in message


def test_a_swapped_origin_signature_is_refused(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    first, second = report_of(agency, tmp_path / "1.kh57"), report_of(agency, tmp_path / "2.kh57")
    with zipfile.ZipFile(first) as archive:
        stolen = archive.read(container.ORIGIN_SIGNATURE)
    with zipfile.ZipFile(second) as archive:
        entries = {i.filename: archive.read(i) for i in archive.infolist()}
    entries[container.ORIGIN_SIGNATURE] = stolen
    swapped = tmp_path / "tron.kh57"
    with zipfile.ZipFile(swapped, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    assert "không khớp" in refused(coordinator, swapped, trust_new_sender=True)


def test_an_old_format_package_of_a_sender_never_bound_imports_with_a_note(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    old = rewrite(report_of(agency, tmp_path / "1.kh57"), tmp_path / "cu.kh57",
                  manifest_change=lambda m: m.update(format_version=2))
    [result] = package_import.import_paths(coordinator, [old])
    assert result.ok and result.preview.applied
    assert any("không có chữ ký nguồn gốc" in flag and "phiên bản 2" in flag for flag in result.preview.flags)


def test_a_forged_task_package_at_an_agency_is_refused(coordinator, make_agency, tmp_path):
    from kh57desk.services import plan_apply, sample_plan, setup
    from kh57desk.workspace import open_workspace

    agency = make_agency("Sở Y tế")
    forger = open_workspace(tmp_path / "gia-mao")
    try:
        with forger.db.transaction() as s:
            setup.initialise(s, COORDINATOR, coordinator=True)
            plan_apply.apply(s, sample_plan.load_draft())
        with forger.db.transaction() as s:
            forged = task_package.export_for(s, "Sở Y tế", tmp_path / "gia").path
    finally:
        forger.close()
    message = refused(agency, forged, trust_new_sender=True)
    assert f"Gói xưng là của {COORDINATOR} nhưng được ký bằng khóa" in message
    assert origin.load_or_create(coordinator.data_dir).fingerprint in message


def test_senders_command_lists_revokes_and_confirms_from_a_file_with_audit(coordinator, make_agency, tmp_path):
    agency = make_agency("Sở Y tế")
    fingerprint = origin.load_or_create(agency.data_dir).fingerprint
    package = report_of(agency, tmp_path / "1.kh57")
    result = run_cli("senders", "--confirm", str(package), data_dir=coordinator.data_dir, check=True)
    assert f"Sở Y tế đã gắn với khóa {fingerprint}." in result.stdout
    listing = json.loads(run_cli("senders", "--json", data_dir=coordinator.data_dir, check=True).stdout)
    assert listing["own_fingerprint"] == origin.load_or_create(coordinator.data_dir).fingerprint
    assert [(s["sender"], s["fingerprint"], s["active"]) for s in listing["senders"]] == [("Sở Y tế", fingerprint, True)]
    [imported] = package_import.import_paths(coordinator, [package])  # bound: no confirmation needed
    assert imported.ok and imported.preview.sender.verified
    revoked = run_cli("senders", "--revoke", "Sở Y tế", data_dir=coordinator.data_dir, check=True)
    assert f"Đã thu hồi khóa {fingerprint} của Sở Y tế" in revoked.stdout
    assert "Người gửi mới" in refused(coordinator, report_of(agency, tmp_path / "2.kh57"))
    table = run_cli("senders", "--all", data_dir=coordinator.data_dir, check=True).stdout
    assert "Sở Y tế" in table and fingerprint in table
    missing = run_cli("senders", "--revoke", "Sở Y tế", data_dir=coordinator.data_dir)
    assert missing.returncode == 2
    one_line(missing.stderr.strip())
    with coordinator.db.reader() as s:
        actions = [a.action for a in s.scalars(select(AuditLog).where(AuditLog.action.like("sender.%")))]
    assert actions == ["sender.bind", "sender.revoke"]
