"""X.509 certificates as the user sees them: who, issued by whom, valid when, usable for signing.

Pure functions over ``asn1crypto`` certificates (what pyHanko uses); ``check_for_signing`` turns
expiry and key usage into Vietnamese errors and the 30-day renewal warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import pem, x509

from kh57desk.errors import InputError
from kh57desk.platform_win import vietnam_time

EXPIRY_WARNING_DAYS = 30
SIGNING_KEY_USAGES = {"digital_signature", "non_repudiation"}


@dataclass(frozen=True)
class CertificateInfo:
    subject: str              # the whole distinguished name, most specific part first
    common_name: str
    organization: str
    issuer: str
    issuer_common_name: str
    serial: str               # hexadecimal, as CA portals print it
    not_before: dt.datetime   # aware, UTC
    not_after: dt.datetime
    is_ca: bool
    key_usage: tuple[str, ...]
    sha256: str               # fingerprint of the DER encoding

    def to_json(self) -> dict:
        return {"subject": self.subject, "common_name": self.common_name, "organization": self.organization,
                "issuer": self.issuer, "serial": self.serial, "not_before": self.not_before.isoformat(),
                "not_after": self.not_after.isoformat(), "sha256": self.sha256}

    @property
    def validity_text(self) -> str:
        day = lambda moment: vietnam_time(moment).strftime("%d/%m/%Y")  # noqa: E731
        return f"từ {day(self.not_before)} đến {day(self.not_after)}"


@dataclass
class CertificateCheck:
    info: CertificateInfo
    errors: list[str] = field(default_factory=list)    # the certificate cannot sign now
    warnings: list[str] = field(default_factory=list)  # it can, but the user should act
    days_left: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


_SHORT_NAMES = {"common_name": "CN", "organization_name": "O", "organizational_unit_name": "OU",
                "country_name": "C", "locality_name": "L", "state_or_province_name": "ST",
                "email_address": "E", "serial_number": "SERIALNUMBER", "user_id": "UID", "title": "T"}


def _name_text(name: x509.Name) -> str:
    """``CN=Nguyễn Văn An, O=Sở …, C=VN``: the usual notation, most specific part first."""
    parts = []
    for rdn in reversed(list(name.chosen)):
        for attr in rdn:
            kind = attr["type"].native
            parts.append(f"{_SHORT_NAMES.get(kind, kind)}={attr['value'].native}")
    return ", ".join(parts)


def _name_part(name: x509.Name, key: str) -> str:
    value = name.native.get(key, "")
    return ", ".join(value) if isinstance(value, list) else str(value or "")


def describe(cert: x509.Certificate) -> CertificateInfo:
    tbs = cert["tbs_certificate"]
    validity = tbs["validity"]
    usage = cert.key_usage_value.native if cert.key_usage_value is not None else set()
    return CertificateInfo(
        subject=_name_text(cert.subject), common_name=_name_part(cert.subject, "common_name"),
        organization=_name_part(cert.subject, "organization_name"), issuer=_name_text(cert.issuer),
        issuer_common_name=_name_part(cert.issuer, "common_name"),
        serial=format(cert.serial_number, "X"),
        not_before=validity["not_before"].native, not_after=validity["not_after"].native,
        is_ca=bool(cert.ca), key_usage=tuple(sorted(usage)), sha256=cert.sha256.hex())


def _day(moment: dt.datetime) -> str:
    return vietnam_time(moment).strftime("%d/%m/%Y %H:%M")  # no local-time call: 9999 and 1950 work on Windows


def check_for_signing(cert: x509.Certificate, now: dt.datetime | None = None) -> CertificateCheck:
    """Can this certificate sign a document now? Errors block signing; a warning comes within
    ``EXPIRY_WARNING_DAYS`` of the expiry date."""
    now = now or dt.datetime.now(dt.timezone.utc)
    info = describe(cert)
    check = CertificateCheck(info=info, days_left=(info.not_after - now).days)
    who = f"Chứng thư số của '{info.common_name or info.subject}'"
    if now > info.not_after:
        check.errors.append(f"{who} đã hết hạn từ {_day(info.not_after)}; không thể ký. "
                            "Hãy liên hệ tổ chức cung cấp dịch vụ chứng thực để gia hạn.")
    elif now < info.not_before:
        check.errors.append(f"{who} chưa có hiệu lực (hiệu lực từ {_day(info.not_before)}); "
                            "kiểm tra lại đồng hồ máy tính hoặc chờ đến ngày đó.")
    elif check.days_left < EXPIRY_WARNING_DAYS:
        check.warnings.append(f"Cảnh báo: {who} sẽ hết hạn sau {max(check.days_left, 0)} ngày "
                              f"({_day(info.not_after)}); hãy liên hệ tổ chức cung cấp dịch vụ để gia hạn.")
    if cert.key_usage_value is not None and not SIGNING_KEY_USAGES & set(info.key_usage):
        check.errors.append(f"{who} không có mục đích sử dụng 'ký số' (Digital Signature / Non Repudiation); "
                            "chứng thư này không dùng để ký văn bản được.")
    if info.is_ca:
        check.errors.append(f"{who} là chứng thư của tổ chức chứng thực (CA), không phải chứng thư ký văn bản.")
    return check


def load_certificates(data: bytes, source: str = "tệp") -> list[x509.Certificate]:
    """Certificates in a PEM (one or more) or DER file; InputError when there is none."""
    try:
        if pem.detect(data):
            certs = [x509.Certificate.load(der) for kind, _h, der in pem.unarmor(data, multiple=True)
                     if kind == "CERTIFICATE"]
        else:
            certs = [x509.Certificate.load(data)]
        for cert in certs:
            cert.native  # noqa: B018 - parse fully now, so a broken file fails here
    except (ValueError, TypeError, OSError):
        certs = []
    if not certs:
        raise InputError(f"{source} không chứa chứng thư số hợp lệ (cần tệp .pem, .cer hoặc .crt).")
    return certs


def load_certificate_file(path: Path) -> list[x509.Certificate]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"Không đọc được tệp '{path}': {exc.strerror or exc}.") from None
    return load_certificates(data, f"Tệp '{Path(path).name}'")
