"""The CA certificates the user chose to trust (root and intermediate CAs of licensed providers:
VNPT-CA, Viettel-CA, the Government Cipher Committee…), one PEM file each in a folder."""

from __future__ import annotations

import re
from pathlib import Path

from asn1crypto import pem, x509

from kh57desk.domain.text import fold, vietnamese_sort_key
from kh57desk.errors import InputError
from kh57desk.signing import certificates

SUFFIXES = (".pem", ".cer", ".crt", ".der")


def _file_name(info: certificates.CertificateInfo) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(info.common_name or "ca")).strip("-")[:40] or "ca"
    return f"{slug}-{info.sha256[:12]}.pem"


def load_trusted(folder: Path | None) -> list[x509.Certificate]:
    """Every readable certificate in ``folder``; unreadable files are skipped (see ``list_trusted``)."""
    if folder is None or not Path(folder).is_dir():
        return []
    found: dict[bytes, x509.Certificate] = {}
    for path in sorted(Path(folder).iterdir()):
        if path.suffix.lower() not in SUFFIXES or not path.is_file():
            continue
        try:
            for cert in certificates.load_certificate_file(path):
                found.setdefault(cert.sha256, cert)
        except InputError:
            continue
    return list(found.values())


def list_trusted(folder: Path | None) -> list[certificates.CertificateInfo]:
    return sorted((certificates.describe(c) for c in load_trusted(folder)),
                  key=lambda info: (vietnamese_sort_key(info.common_name), info.sha256))


def add(folder: Path, cert_file: Path) -> tuple[list[certificates.CertificateInfo], list[str]]:
    """Import the CA certificates in ``cert_file``. Returns (added, messages about skipped ones).
    A file with no CA certificate at all changes nothing and is an error."""
    certs = [(cert, certificates.describe(cert)) for cert in certificates.load_certificate_file(cert_file)]
    if not any(info.is_ca for _c, info in certs):
        info = certs[0][1]
        raise InputError(f"'{info.common_name or info.subject}' không phải chứng thư của tổ chức chứng thực (CA); "
                         "chỉ nhập chứng thư gốc hoặc trung gian của CA, không nhập chứng thư của người ký.")
    known = {c.sha256 for c in load_trusted(folder)}
    added, skipped = [], []
    for cert, info in certs:
        if not info.is_ca:
            skipped.append(f"Bỏ qua '{info.common_name or info.subject}': không phải chứng thư CA.")
        elif cert.sha256 in known:
            skipped.append(f"'{info.common_name or info.subject}' đã có trong danh sách tin cậy.")
        else:
            added.append((info, cert))
            known.add(cert.sha256)
    folder.mkdir(parents=True, exist_ok=True)
    for info, cert in added:
        target = folder / _file_name(info)
        target.write_bytes(pem.armor("CERTIFICATE", cert.dump()))
    return [info for info, _c in added], skipped


def remove(folder: Path, fingerprint: str) -> certificates.CertificateInfo:
    """Remove the trusted certificate whose SHA-256 fingerprint starts with ``fingerprint``."""
    wanted = re.sub(r"[^0-9a-f]", "", fingerprint.lower())
    if len(wanted) < 8:
        raise InputError("Cần ít nhất 8 ký tự đầu của dấu vân tay SHA-256 (xem 'kh57 trust list').")
    matches = []
    for path in sorted(Path(folder).iterdir()) if Path(folder).is_dir() else ():
        if path.suffix.lower() not in SUFFIXES:
            continue
        try:
            certs = certificates.load_certificate_file(path)
        except InputError:
            continue
        matches += [(path, c) for c in certs if c.sha256.hex().startswith(wanted)]
    if not matches:
        raise InputError(f"Không có chứng thư tin cậy nào có dấu vân tay bắt đầu bằng '{fingerprint}'.")
    if len({c.sha256 for _p, c in matches}) > 1:
        raise InputError(f"Có nhiều chứng thư khớp '{fingerprint}'; hãy nhập dài hơn.")
    for path, _c in matches:
        path.unlink()
    return certificates.describe(matches[0][1])
