"""Keys and certificates: PKCS#12 files, a real SoftHSM2 token, and the Vietnamese messages for
wrong password/PIN, expired, not yet valid, no signing key usage, token not inserted."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509

import pki
from pki import pki_env, soft_token  # noqa: F401 - pytest fixtures
from kh57desk.errors import InputError
from kh57desk.services import settings as settings_service, signing_service
from kh57desk.signing import certificates, keys


def _asn1(issued: pki.Issued) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(issued.der)


def test_valid_certificate_is_described_and_usable(pki_env):
    check = certificates.check_for_signing(_asn1(pki_env.signer))
    assert check.ok and check.errors == [] and check.warnings == []
    assert check.info.common_name == "Nguyễn Văn An"
    assert check.info.organization == "Sở Khoa học và Công nghệ tỉnh Thái Bình"
    assert check.info.issuer_common_name == "CA thử nghiệm kh57desk"
    assert check.info.subject.startswith("CN=Nguyễn Văn An, O=Sở Khoa học")
    assert check.info.serial == format(pki_env.signer.cert.serial_number, "X")
    assert 728 <= check.days_left <= 730


def test_expired_certificate_is_refused(pki_env):
    old = pki.make_signer(pki_env.ca, not_before=pki.days_from_now(-400), not_after=pki.days_from_now(-2))
    check = certificates.check_for_signing(_asn1(old))
    assert not check.ok
    assert "đã hết hạn" in check.errors[0] and "gia hạn" in check.errors[0]


def test_not_yet_valid_certificate_is_refused(pki_env):
    future = pki.make_signer(pki_env.ca, not_before=pki.days_from_now(5), not_after=pki.days_from_now(400))
    check = certificates.check_for_signing(_asn1(future))
    assert not check.ok and "chưa có hiệu lực" in check.errors[0]


def test_certificate_without_signing_key_usage_is_refused(pki_env):
    encipher_only = pki.make_signer(pki_env.ca, digital_signature=False, non_repudiation=False)
    check = certificates.check_for_signing(_asn1(encipher_only))
    assert not check.ok and "không có mục đích sử dụng 'ký số'" in check.errors[0]


def test_warning_thirty_days_before_expiry(pki_env):
    soon = pki.make_signer(pki_env.ca, not_after=pki.days_from_now(12))
    check = certificates.check_for_signing(_asn1(soon))
    assert check.ok
    assert len(check.warnings) == 1 and "sẽ hết hạn sau 11 ngày" in check.warnings[0]
    later = certificates.check_for_signing(_asn1(pki.make_signer(pki_env.ca, not_after=pki.days_from_now(45))))
    assert later.warnings == []


def test_ca_certificate_cannot_sign(pki_env):
    check = certificates.check_for_signing(_asn1(pki_env.ca))
    assert not check.ok and "tổ chức chứng thực (CA)" in " ".join(check.errors)


def test_p12_opens_with_its_password(pki_env):
    with keys.open_key(keys.P12File(pki_env.p12), pki_env.password) as loaded:
        assert loaded.certificate.sha256 == _asn1(pki_env.signer).sha256
        assert [c.sha256 for c in loaded.chain] == [_asn1(pki_env.ca).sha256]


def test_wrong_password_is_a_clear_message(pki_env):
    with pytest.raises(InputError, match="Mật khẩu của tệp khóa 'nguyen-van-an.p12' không đúng"):
        with keys.open_key(keys.P12File(pki_env.p12), "sai-mật-khẩu"):
            pass
    with pytest.raises(InputError, match="cần mật khẩu"):
        with keys.open_key(keys.P12File(pki_env.p12), ""):
            pass


def test_missing_or_foreign_key_file(pki_env, tmp_path):
    with pytest.raises(InputError, match="Không tìm thấy tệp khóa"):
        with keys.open_key(keys.P12File(tmp_path / "khong-co.p12"), "x"):
            pass
    foreign = tmp_path / "giay-to.pfx"
    foreign.write_bytes(b"%PDF-1.4 not a key")
    with pytest.raises(InputError, match="không phải tệp khóa PKCS#12"):
        with keys.open_key(keys.P12File(foreign), "x"):
            pass


def test_check_certificate_service_reports_expired_p12(pki_env, tmp_path):
    old = pki.make_signer(pki_env.ca, not_before=pki.days_from_now(-400), not_after=pki.days_from_now(-1))
    p12 = pki.write_p12(tmp_path / "cu.p12", old, pki_env.ca)
    check = signing_service.check_certificate(keys.P12File(p12), pki.P12_PASSWORD)
    assert not check.ok and "đã hết hạn" in check.errors[0]


def test_key_source_choice():
    prefs = settings_service.AppSettings(pkcs11_module="/x/lib.so", pkcs11_token="VNPT-CA")
    assert signing_service.key_source(prefs, p12="a.p12") == keys.P12File(Path("a.p12"))
    assert signing_service.key_source(prefs, token=True) == keys.Token("/x/lib.so", "VNPT-CA")
    assert signing_service.key_source(prefs, token=True, token_label="Khác") == keys.Token("/x/lib.so", "Khác")
    with pytest.raises(InputError, match="Chưa chọn khóa"):
        signing_service.key_source(prefs)
    with pytest.raises(InputError, match="Chọn một trong hai"):
        signing_service.key_source(prefs, p12="a.p12", token=True)


# --- PKCS#11: a real SoftHSM2 token ------------------------------------------------------------

def test_token_signs_and_reports_its_certificate(soft_token):
    source = keys.Token(soft_token.module, soft_token.label)
    assert soft_token.label in keys.token_labels(soft_token.module)
    with keys.open_key(source, soft_token.pin) as loaded:
        info = certificates.describe(loaded.certificate)
        assert info.common_name == "Trần Thị Bình"
        assert any(certificates.describe(c).is_ca for c in loaded.chain)
    check = signing_service.check_certificate(source, soft_token.pin)
    assert check.ok and check.info.common_name == "Trần Thị Bình"


def test_wrong_pin_is_a_clear_message(soft_token):
    with pytest.raises(InputError, match="Mã PIN của thiết bị ký số không đúng"):
        with keys.open_key(keys.Token(soft_token.module, soft_token.label), "000000"):
            pass


def test_token_with_another_label_is_not_inserted(soft_token):
    with pytest.raises(InputError, match="Không thấy thiết bị ký số có nhãn 'VNPT-CA'.*đang cắm: 'kh57-thu-nghiem'"):
        with keys.open_key(keys.Token(soft_token.module, "VNPT-CA"), soft_token.pin):
            pass


def test_no_token_plugged_in(soft_token, tmp_path):
    """A separate process with an empty token folder: the module loads, no token is present."""
    empty = tmp_path / "empty"
    empty.mkdir()
    conf = tmp_path / "empty.conf"
    conf.write_text(f"directories.tokendir = {empty}\nobjectstore.backend = file\nlog.level = ERROR\n")
    code = ("from kh57desk.signing import keys\n"
            "from kh57desk.errors import InputError\n"
            f"try:\n    keys.open_key(keys.Token({soft_token.module!r}, ''), '1234').__enter__()\n"
            "except InputError as e:\n    print(e.message)\n")
    out = subprocess.run([os.sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                         env={**os.environ, "SOFTHSM2_CONF": str(conf)}, timeout=60)
    assert "Chưa cắm thiết bị ký số (USB token)" in out.stdout, out.stderr


def test_module_that_does_not_exist_or_is_not_a_library(tmp_path):
    with pytest.raises(InputError, match="Không tìm thấy thư viện thiết bị ký số"):
        keys.load_module(str(tmp_path / "vnpt-ca.dll"))
    fake = tmp_path / "not-a-lib.so"
    fake.write_bytes(b"not a library")
    with pytest.raises(InputError, match="Không nạp được thư viện thiết bị ký số 'not-a-lib.so'"):
        keys.load_module(str(fake))
    with pytest.raises(InputError, match="Chưa chọn tệp thư viện"):
        keys.load_module("")


def test_expiry_date_moves_with_now(pki_env):
    cert = _asn1(pki_env.signer)
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=720)
    check = certificates.check_for_signing(cert, now=later)
    assert check.ok and check.warnings and "sẽ hết hạn sau" in check.warnings[0]
    assert not certificates.check_for_signing(cert, now=later + dt.timedelta(days=30)).ok
