"""Signed packages: a manifest signature verified on import, a swapped one refused, and the
coordinator's "signature required" setting."""

from __future__ import annotations

import zipfile

import pytest

from kh57desk.errors import InputError
from kh57desk.services import progress, settings, signing_service, tasks
from kh57desk.sync import container, package_import, report_package
from tests.pki import make_ca, make_signer, write_p12, P12_PASSWORD
from tests.test_sync_packages import Q2, agency, coordinator, dump, task_file  # noqa: F401 - fixtures


@pytest.fixture
def p12(tmp_path):
    ca = make_ca()
    signer = make_signer(ca, "Lê Văn Cường")
    return write_p12(tmp_path / "khoa.p12", signer, ca), ca


def _signed_export(ws, tmp_path, p12_path, name, result_text):
    with ws.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "16"), Q2, state="đang thực hiện", result=result_text)
    with ws.db.reader() as s:
        prefs = settings.load(s)
    source = signing_service.key_source(prefs, p12=p12_path)
    with ws.db.transaction() as s:
        return report_package.export(ws, s, Q2, tmp_path / name,
                                     lambda data: signing_service.sign_bytes(data, source, P12_PASSWORD, prefs)).path


def test_signed_package_is_verified_and_its_signer_recorded(coordinator, agency, tmp_path, p12):
    path = _signed_export(agency, tmp_path, p12[0], "ky.kh57", "Đã khảo sát 20 cơ sở y tế")
    with zipfile.ZipFile(path) as z:
        assert container.MANIFEST_SIGNATURE in z.namelist()
    [result] = package_import.import_paths(coordinator, [path], trust_new_sender=True)
    assert result.ok, result.message
    assert result.preview.signed_by == "Lê Văn Cường"
    assert any("chưa thuộc tổ chức chứng thực" in f for f in result.preview.flags)  # CA not imported as trusted


def test_swapped_signature_is_refused(coordinator, agency, tmp_path, p12):
    first = _signed_export(agency, tmp_path, p12[0], "a.kh57", "Bản thứ nhất")
    second = _signed_export(agency, tmp_path, p12[0], "b.kh57", "Bản thứ hai")
    with zipfile.ZipFile(first) as z:
        stolen = z.read(container.MANIFEST_SIGNATURE)
    swapped = tmp_path / "swapped.kh57"
    with zipfile.ZipFile(second) as src, zipfile.ZipFile(swapped, "w") as dst:
        for info in src.infolist():
            data = stolen if info.filename == container.MANIFEST_SIGNATURE else src.read(info)
            dst.writestr(info.filename, data)
    before = dump(coordinator)
    with pytest.raises(InputError) as err:
        with coordinator.db.transaction() as s:
            package_import.inspect(coordinator, s, swapped, write=True)
    assert "Chữ ký số của gói không hợp lệ" in err.value.message
    assert dump(coordinator) == before


def test_coordinator_can_require_signed_packages(coordinator, agency, tmp_path):
    with coordinator.db.transaction() as s:
        settings.update(s, require_signed_packages=True)
    with agency.db.transaction() as s:
        progress.record(s, tasks.find_task(s, "16"), Q2, state="đang thực hiện")
    with agency.db.transaction() as s:
        path = report_package.export(agency, s, Q2, tmp_path / "unsigned.kh57").path
    [result] = package_import.import_paths(coordinator, [path], trust_new_sender=True)
    assert not result.ok and "yêu cầu gói báo cáo có chữ ký số" in result.message
