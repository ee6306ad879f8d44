"""CA certificates on packages: with the signed-only rule a certificate must chain to a trusted
CA (a self-made one never passes); a certificate is registered for one agency (on first use once
confirmed, or by hand) and cannot sign for another; task packages are signed like report packages."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from kh57desk.services import settings, signing_service
from kh57desk.sync import container, package_import, report_package
from kh57desk.workspace import open_workspace
from tests.pki import P12_PASSWORD, make_ca, make_signer, write_p12

from security.conftest import Q2, dump_hash, refused


@pytest.fixture(scope="module")
def authority():
    return make_ca("CA tin cậy thử nghiệm")


def signed_report(agency, path, p12_path):
    with agency.db.reader() as s:
        prefs = settings.load(s)
    source = signing_service.key_source(prefs, p12=p12_path)
    with agency.db.transaction() as s:
        return report_package.export(agency, s, Q2, path,
                                     lambda data: signing_service.sign_bytes(data, source, P12_PASSWORD, prefs)).path


def trust(coordinator, authority, tmp_path):
    with coordinator.db.transaction() as s:
        settings.update(s, require_signed_packages=True)
        prefs = settings.load(s)
    signing_service.add_trusted(coordinator, prefs, authority.write_pem(tmp_path / "ca.pem"))


def test_a_self_made_certificate_never_passes_the_signed_only_rule(coordinator, make_agency, authority, tmp_path):
    trust(coordinator, authority, tmp_path)
    own_ca = make_ca("CA tự tạo")
    p12 = write_p12(tmp_path / "tu-tao.p12", make_signer(own_ca, "Người Tự Ký"), own_ca)
    message = refused(coordinator, signed_report(make_agency("Sở Y tế"), tmp_path / "a.kh57", p12),
                      trust_new_sender=True)
    assert "Người Tự Ký" in message and "chứng thư tự tạo không được chấp nhận" in message


def test_a_trusted_certificate_registered_for_one_agency_cannot_sign_for_another(coordinator, make_agency,
                                                                                 authority, tmp_path):
    trust(coordinator, authority, tmp_path)
    p12 = write_p12(tmp_path / "snv.p12", make_signer(authority, "Phạm Thị Nội"), authority)
    noi_vu, health = make_agency("Sở Nội vụ"), make_agency("Sở Y tế")
    first = signed_report(noi_vu, tmp_path / "snv.kh57", p12)
    message = refused(coordinator, first)
    assert "Chứng thư số mới của Phạm Thị Nội" in message or "Người gửi mới: Sở Nội vụ" in message
    [result] = package_import.import_paths(coordinator, [first], trust_new_sender=True)
    assert result.ok and result.preview.certificate.new and result.preview.signed_by == "Phạm Thị Nội"
    borrowed = signed_report(health, tmp_path / "syt.kh57", p12)  # Sở Y tế signs with Sở Nội vụ's person
    message = refused(coordinator, borrowed, trust_new_sender=True)
    assert "Gói xưng là của Sở Y tế nhưng được ký bằng chứng thư số của Phạm Thị Nội" in message
    assert "đã đăng ký cho Sở Nội vụ" in message
    again = signed_report(noi_vu, tmp_path / "snv2.kh57", p12)
    [result] = package_import.import_paths(coordinator, [again])  # key and certificate known: no question
    assert result.ok and not result.preview.new_sender


def test_export_tasks_signs_with_a_p12_and_the_agency_sees_the_signer(coordinator, authority, tmp_path):
    p12 = write_p12(tmp_path / "skhcn.p12", make_signer(authority, "Trần Văn Dũng"), authority)
    command = [sys.executable, "-m", "kh57desk.cli", "--data-dir", str(coordinator.data_dir), "export-tasks",
               "--agency", "Sở Y tế", "--out", str(tmp_path / "ra"), "--p12", str(p12)]
    result = subprocess.run(command, input=P12_PASSWORD + "\n", capture_output=True, text=True, encoding="utf-8",
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120)
    assert result.returncode == 0, result.stderr
    [path] = (tmp_path / "ra").glob("*.kh57")
    with zipfile.ZipFile(path) as archive:
        assert {container.MANIFEST_SIGNATURE, container.ORIGIN_SIGNATURE} <= set(archive.namelist())
    agency = open_workspace(tmp_path / "so-y-te")
    try:
        before = dump_hash(agency)
        [preview] = package_import.import_paths(agency, [path], dry_run=True)
        assert preview.ok and preview.preview.signed_by == "Trần Văn Dũng"
        assert any("chứng thư số của Trần Văn Dũng" in line for line in preview.preview.confirmations())
        assert dump_hash(agency) == before
        [imported] = package_import.import_paths(agency, [path], trust_new_sender=True)
        assert imported.ok and imported.preview.applied
    finally:
        agency.close()


def test_a_certificate_entered_by_hand_is_registered_for_its_agency(coordinator, authority, tmp_path):
    signer = make_signer(authority, "Lê Thị Hoa")
    command = [sys.executable, "-m", "kh57desk.cli", "--data-dir", str(coordinator.data_dir), "senders"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = lambda *args: subprocess.run(command + list(args), capture_output=True, text=True, encoding="utf-8",  # noqa: E731
                                       env=env, timeout=120)
    done = run("--certificate", str(signer.write_pem(tmp_path / "hoa.pem")), "--for", "Sở Y tế")
    assert done.returncode == 0 and "Đã đăng ký chứng thư số Lê Thị Hoa" in done.stdout
    listing = run("--json")
    assert '"sender": "Sở Y tế"' in listing.stdout and "Lê Thị Hoa" in listing.stdout
    before = dump_hash(coordinator)
    taken = run("--certificate", str(tmp_path / "hoa.pem"), "--for", "Sở Nội vụ")
    assert taken.returncode == 2 and "đã đăng ký cho Sở Y tế" in taken.stderr
    assert dump_hash(coordinator) == before
