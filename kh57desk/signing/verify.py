"""Check what arrived: the signatures in a PDF, or a detached ``.p7s`` beside any other file.

For each signature: who signed (subject, issuer, serial, validity), when (the signer's clock, and
a trusted timestamp when there is one), whether the signed bytes are intact, whether the
signature is cryptographically valid, whether the signer chains to a CA the user trusts, and for
PDF whether anything was added after signing. ``ok`` means valid and intact with nothing but
further signatures added after it; trust is reported beside it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import x509

from kh57desk.errors import InputError
from kh57desk.platform_win import vietnam_time
from kh57desk.signing import certificates, cms, timestamps

_log = logging.getLogger(__name__)
ACCEPTED_LATER_CHANGES = ("NONE", "LTA_UPDATES", "FORM_FILLING")


@dataclass
class SignatureReport:
    name: str                                    # PDF field name, or the .p7s file name
    signer: certificates.CertificateInfo | None
    signing_time: dt.datetime | None             # the signer's own clock
    timestamp_time: dt.datetime | None = None    # from a timestamp authority
    timestamp_trusted: bool = False              # the authority chains to a trusted CA
    level: str = ""                              # B-B / B-T
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    covers_whole_file: bool = False
    later_changes: str = ""                      # Vietnamese, empty when nothing was added
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and not self.problems

    @property
    def signer_name(self) -> str:
        return self.signer.common_name if self.signer else ""

    def lines(self) -> list[str]:
        out = [f"Chữ ký {self.name}:"]
        if self.signer:
            s = self.signer
            out += [f"  Người ký: {s.common_name or s.subject}" + (f" — {s.organization}" if s.organization else ""),
                    f"  Chủ thể: {s.subject}", f"  Cấp bởi: {s.issuer}", f"  Số hiệu (serial): {s.serial}",
                    f"  Hiệu lực chứng thư: {s.validity_text}"]
        if self.signing_time:
            out.append(f"  Thời gian ký: {_local(self.signing_time)}"
                       + ("" if self.timestamp_time else " (theo đồng hồ máy người ký)"))
        if self.timestamp_time:
            out.append(f"  Dấu thời gian (máy chủ TSA): {_local(self.timestamp_time)}")
        if self.level:
            out.append(f"  Mức chữ ký: {self.level}")
        out.append("  Toàn vẹn: " + ("nội dung không bị thay đổi sau khi ký" if self.intact
                                     else "NỘI DUNG ĐÃ BỊ THAY ĐỔI sau khi ký"))
        # the words follow the verdict: a signature over content that has changed is not valid,
        # and whom it came from is not judged at all
        if not self.intact:
            out.append("  Chữ ký số: KHÔNG HỢP LỆ — không còn khớp với nội dung hiện tại của tệp")
        else:
            out.append("  Chữ ký số: " + ("hợp lệ" if self.valid else "KHÔNG HỢP LỆ"))
        if self.later_changes:
            out.append(f"  Sau khi ký: {self.later_changes}")
        if not self.intact:
            out.append("  Tin cậy: không xét (nội dung đã bị thay đổi sau khi ký, chữ ký không còn giá trị)")
        else:
            out.append("  Tin cậy: " + ("chứng thư được cấp bởi tổ chức chứng thực đã nhập vào danh sách tin cậy"
                                        if self.trusted else
                                        "CHƯA XÁC MINH — chứng thư không thuộc tổ chức chứng thực nào trong danh "
                                        "sách tin cậy (nhập chứng thư CA bằng 'kh57 trust add')"))
        out += [f"  Lỗi: {p}" for p in self.problems]
        return out


@dataclass
class VerifyResult:
    path: Path
    p7s: Path | None
    kind: str                                    # "pdf" or "cms"
    signatures: list[SignatureReport] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and not self.problems and all(s.ok for s in self.signatures)

    @property
    def trusted(self) -> bool:
        return self.ok and all(s.trusted for s in self.signatures)

    def summary(self) -> list[str]:
        what = f"{self.path.name}" + (f" (chữ ký: {self.p7s.name})" if self.p7s else "")
        lines = [f"Tệp: {what}"]
        for report in self.signatures:
            lines += report.lines()
        lines += [f"Lỗi: {p}" for p in self.problems]
        if self.ok:
            verdict = ("KẾT LUẬN: chữ ký hợp lệ, tệp nguyên vẹn"
                       + (", người ký được xác minh." if self.trusted else "; chưa xác minh được nguồn tin cậy."))
        elif not self.signatures and not self.problems:
            verdict = "KẾT LUẬN: tệp không có chữ ký số."
        else:
            verdict = "KẾT LUẬN: CHỮ KÝ KHÔNG HỢP LỆ hoặc tệp đã bị thay đổi sau khi ký."
        lines.append(verdict)
        return lines


def _local(moment: dt.datetime) -> str:
    return vietnam_time(moment).replace(microsecond=0).isoformat()  # +07:00, without a local-time call


def _validation_context(trusted: list[x509.Certificate]):
    from pyhanko_certvalidator import ValidationContext  # noqa: PLC0415

    # Only what the user imported: never the operating system's store, never the network.
    return ValidationContext(trust_roots=list(trusted), allow_fetching=False, revocation_mode="soft-fail")


def _key_usage():
    from pyhanko.sign.validation.settings import KeyUsageConstraints  # noqa: PLC0415

    return KeyUsageConstraints(key_usage=set(certificates.SIGNING_KEY_USAGES), match_all_key_usages=False)


def _fill_from_status(report: SignatureReport, status) -> None:
    report.intact, report.valid = bool(status.intact), bool(status.valid)
    report.trusted = bool(status.trusted)
    report.signer = certificates.describe(status.signing_cert) if status.signing_cert else report.signer
    report.signing_time = status.signer_reported_dt or report.signing_time
    ts = status.timestamp_validity
    if ts is not None:
        report.timestamp_time = ts.timestamp
        report.timestamp_trusted = bool(ts.intact and ts.valid and getattr(ts, "trusted", False))
        if not (ts.intact and ts.valid):
            report.problems.append("Dấu thời gian kèm chữ ký không hợp lệ.")
    report.level = timestamps.LEVEL_TIMESTAMP if ts is not None else timestamps.LEVEL_BASIC
    if not status.intact:
        report.problems.append("Nội dung đã bị thay đổi sau khi ký (mã băm không khớp).")
    elif not status.valid:
        report.problems.append("Giá trị chữ ký không khớp với chứng thư số của người ký.")


# --- PDF -------------------------------------------------------------------------------------

def _later_changes(status, last_revision: bool) -> tuple[str, str]:
    """(description, problem) of what happened after this signature. ``last_revision``: no
    revision of the document follows the signed one."""
    from pyhanko.sign.validation.status import SignatureCoverageLevel  # noqa: PLC0415

    coverage = status.coverage
    level = status.modification_level
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return "", ""
    if coverage != SignatureCoverageLevel.ENTIRE_REVISION or last_revision:
        text = "có dữ liệu lạ được ghép vào tệp sau khi ký"
        return text, f"Tệp {text}."
    name = level.name if level is not None else "OTHER"
    if name in ("NONE", "LTA_UPDATES"):
        return "chỉ bổ sung thông tin kiểm tra chữ ký (không đổi nội dung)", ""
    if name == "FORM_FILLING" and status.docmdp_ok is not False:
        return "có thêm chữ ký số khác hoặc điền biểu mẫu (được phép)", ""
    if name == "ANNOTATIONS":
        text = "có thêm ghi chú/chú thích (annotation) vào văn bản"
    else:
        text = "có nội dung được thêm hoặc sửa trong văn bản"
    return text, f"Sau khi ký, {text}."


def verify_pdf(data: bytes, name: str, trusted: list[x509.Certificate]) -> list[SignatureReport] | str:
    """Reports for every signature, or a Vietnamese problem when the PDF cannot be read."""
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415
    from pyhanko.sign.validation import async_validate_pdf_signature  # noqa: PLC0415

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        return f"Không đọc được tệp PDF '{name}' (tệp hỏng hoặc đã bị sửa): {exc}."
    reports = []
    for sig in embedded:
        report = SignatureReport(name=sig.field_name or "?", signer=None, signing_time=None)
        reports.append(report)
        try:
            status = asyncio.run(async_validate_pdf_signature(
                sig, signer_validation_context=_validation_context(trusted), key_usage_settings=_key_usage()))
        except Exception as exc:  # noqa: BLE001 - a damaged signature is a failed check, not a crash
            _log.info("PDF signature %s failed to validate: %r", report.name, exc)
            report.problems.append(f"Chữ ký bị hỏng, không kiểm tra được ({type(exc).__name__}).")
            continue
        _fill_from_status(report, status)
        report.covers_whole_file = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
        last = sig.signed_revision == reader.xrefs.total_revisions - 1
        report.later_changes, problem = _later_changes(status, last)
        if problem:
            report.problems.append(problem)
    return reports


# --- detached CMS ----------------------------------------------------------------------------

def verify_detached(data: bytes, p7s_raw: bytes, p7s_name: str, trusted: list[x509.Certificate]) -> SignatureReport:
    from pyhanko.sign.validation import async_validate_detached_cms  # noqa: PLC0415

    report = SignatureReport(name=p7s_name, signer=None, signing_time=None)
    try:
        signed = cms.load_signed_data(p7s_raw, p7s_name)
    except InputError as exc:
        report.problems.append(exc.message)
        return report
    try:
        status = asyncio.run(async_validate_detached_cms(
            data, signed, signer_validation_context=_validation_context(trusted), key_usage_settings=_key_usage()))
    except Exception as exc:  # noqa: BLE001 - see verify_pdf
        _log.info("Detached signature %s failed to validate: %r", p7s_name, exc)
        report.problems.append(f"Chữ ký bị hỏng, không kiểm tra được ({type(exc).__name__}).")
        return report
    _fill_from_status(report, status)
    report.covers_whole_file = report.intact
    return report


def verify_detached_bytes(data: bytes, signature: bytes, name: str,
                          trusted: list[x509.Certificate] | tuple = ()) -> SignatureReport:
    """For callers that need a yes or no (a package's ``manifest.p7s`` over ``name``): the report
    of a valid, intact signature, or InputError saying what is wrong."""
    report = verify_detached(data, signature, f"{name}{cms.SUFFIX}", list(trusted))
    if not report.ok:
        raise InputError(" ".join(report.problems) or "Chữ ký số không hợp lệ.")
    return report
