"""Detached CMS signature of the report's Excel file: a DER ``.p7s`` beside it that openssl and
pyHanko verify as well as kh57desk; one flipped byte in the workbook or the signature fails."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from asn1crypto import cms

import pki
from pki import pki_env, soft_token  # noqa: F401 - pytest fixtures
from kh57desk.db.models import GeneratedReport
from kh57desk.services import settings as settings_service, signing_service
from kh57desk.signing import keys, verify

OPENSSL = shutil.which("openssl")
PYHANKO = Path(sys.executable).with_name("pyhanko")


def _openssl_verify(content: Path, p7s: Path, ca: Path | None = None) -> subprocess.CompletedProcess:
    trust = ["-CAfile", str(ca)] if ca else ["-noverify"]
    return subprocess.run([OPENSSL, "cms", "-verify", "-binary", "-inform", "DER", "-content", str(content),
                           "-in", str(p7s), *trust, "-out", "/dev/null"], capture_output=True, text=True, timeout=60)


@pytest.fixture
def signed_xlsx(demo_workspace, pki_env):
    ws = demo_workspace
    report_id = pki.generate_report(ws, formats=("xlsx",))
    with ws.db.transaction() as session:
        result = signing_service.sign_report(ws, session, report_id, keys.P12File(pki_env.p12), pki_env.password)
        row = session.get(GeneratedReport, report_id)
        files = json.loads(row.files)
    xlsx = ws.data_dir / files[0]["path"]
    return xlsx, result.files[0].path


def test_p7s_is_der_cms_with_the_signer_certificate(signed_xlsx, pki_env):
    xlsx, p7s = signed_xlsx
    assert p7s == xlsx.with_name(xlsx.name + ".p7s")
    info = cms.ContentInfo.load(p7s.read_bytes())  # DER, not PEM
    assert info["content_type"].native == "signed_data"
    signed = info["content"]
    assert signed["encap_content_info"]["content"].native is None  # detached
    subjects = [c.chosen.subject.native["common_name"] for c in signed["certificates"]]
    assert "Nguyễn Văn An" in subjects


@pytest.mark.skipif(OPENSSL is None, reason="openssl không có trên máy")
def test_openssl_verifies_with_and_without_the_ca(signed_xlsx, pki_env):
    xlsx, p7s = signed_xlsx
    out = _openssl_verify(xlsx, p7s)
    assert out.returncode == 0 and "Verification successful" in out.stderr
    out = _openssl_verify(xlsx, p7s, pki_env.ca_pem)
    assert out.returncode == 0 and "Verification successful" in out.stderr


def test_kh57desk_and_pyhanko_verify(signed_xlsx, pki_env, tmp_path):
    xlsx, p7s = signed_xlsx
    for result in (signing_service.verify_file(xlsx), signing_service.verify_file(p7s), signing_service.verify_file(xlsx, p7s)):
        assert result.ok and result.kind == "cms" and result.p7s == p7s
        assert result.signatures[0].signer.common_name == "Nguyễn Văn An"
    trust_dir = tmp_path / "ca"
    trust_dir.mkdir()
    shutil.copy(pki_env.ca_pem, trust_dir / "ca.pem")
    assert signing_service.verify_file(xlsx, trust_dir=trust_dir).trusted
    out = subprocess.run([str(PYHANKO), "sign", "validate", "--executive-summary", "--detached", str(p7s),
                          "--trust", str(pki_env.ca_pem), "--trust-replace", "--no-revocation-check", str(xlsx)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "VALID" in out.stdout, out.stdout + out.stderr


@pytest.mark.parametrize("where", ["workbook", "signature"])
def test_one_flipped_byte_fails(signed_xlsx, where):
    xlsx, p7s = signed_xlsx
    target = xlsx if where == "workbook" else p7s
    size = target.stat().st_size
    # in the signature, flip a byte of the RSA signature value (the last bytes of the structure)
    pki.flip_byte(target, size // 2 if where == "workbook" else size - 10)
    result = signing_service.verify_file(xlsx)
    assert not result.ok
    assert result.summary()[-1].startswith("KẾT LUẬN: CHỮ KÝ KHÔNG HỢP LỆ")
    if OPENSSL:
        assert _openssl_verify(xlsx, p7s).returncode != 0
    if where == "workbook":
        assert result.signatures[0].intact is False


def test_truncated_signature_file_is_a_failed_check(signed_xlsx):
    xlsx, p7s = signed_xlsx
    p7s.write_bytes(p7s.read_bytes()[:200])
    result = signing_service.verify_file(xlsx)
    assert not result.ok
    assert "không phải tệp chữ ký số CMS/PKCS#7" in result.signatures[0].problems[0]


def test_token_signs_loose_file_and_bytes(soft_token, tmp_path, pki_env):
    table = tmp_path / "bang-tong-hop.xlsx"
    table.write_bytes(b"PK\x03\x04 not really a workbook, any bytes can be signed")
    prefs = settings_service.AppSettings(agency_name="Sở Nội vụ")
    source = keys.Token(soft_token.module, soft_token.label)
    result = signing_service.sign_file(table, source, soft_token.pin, prefs)
    p7s = result.files[0].path
    assert p7s.name == "bang-tong-hop.xlsx.p7s" and result.signer.common_name == "Trần Thị Bình"
    if OPENSSL:
        assert _openssl_verify(table, p7s, pki_env.ca_pem).returncode == 0
    der = signing_service.sign_bytes(b'{"kind": "report"}', source, soft_token.pin, prefs)
    report = verify.verify_detached_bytes(b'{"kind": "report"}', der, "manifest.json")
    assert report.signer_name == "Trần Thị Bình" and report.intact
    with pytest.raises(Exception, match="thay đổi sau khi ký"):
        verify.verify_detached_bytes(b'{"kind": "tasks"}', der, "manifest.json")


def test_loose_file_never_overwrites_its_signature(tmp_path, pki_env):
    table = tmp_path / "a.xlsx"
    table.write_bytes(b"PK\x03\x04 data")
    prefs = settings_service.AppSettings()
    signing_service.sign_file(table, keys.P12File(pki_env.p12), pki_env.password, prefs)
    first = (tmp_path / "a.xlsx.p7s").read_bytes()
    from kh57desk.errors import InputError
    with pytest.raises(InputError, match="đã có chữ ký 'a.xlsx.p7s'"):
        signing_service.sign_file(table, keys.P12File(pki_env.p12), pki_env.password, prefs)
    assert (tmp_path / "a.xlsx.p7s").read_bytes() == first
