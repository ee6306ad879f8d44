"""Digital signatures for the window and the command line: sign a registered report or any file,
check a certificate, verify what arrived, keep the trusted CA list and the signing settings.

The password or PIN (``secret``) is used for one call and never stored or logged. Signed output
is always a new file (``…-da-ky.pdf`` for PDF, ``<file>.p7s`` beside any other file); nothing is
overwritten, and when anything fails no output file and no register change remain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.db.models import GeneratedReport
from kh57desk.errors import InputError
from kh57desk.platform_win import vietnam_time
from kh57desk.services import audit, report_register, settings as settings_service
from kh57desk.signing import certificates, cms, keys, trust, verify
from kh57desk.signing.keys import KeySource, P12File, Token

SIGNED_SUFFIX = "-da-ky"          # report.pdf → report-da-ky.pdf
TRUST_FOLDER = "trusted-ca"
SIGNING_FOLDER = "signing"        # signature and seal images copied into the data folder
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class SignedFile:
    source: Path
    path: Path          # the new file: signed PDF, or the .p7s beside the source
    format: str         # pdf / p7s
    sha256: str
    size: int
    level: str          # B-B / B-T
    note: str = ""

    def to_json(self, base: Path | None = None) -> dict:
        def rel(p: Path) -> str:
            if base is not None:
                try:
                    return p.relative_to(base).as_posix()
                except ValueError:
                    pass
            return str(p)
        return {"path": rel(self.path), "source": rel(self.source), "format": self.format, "sha256": self.sha256,
                "size": self.size, "level": self.level, **({"note": self.note} if self.note else {})}


@dataclass
class SignResult:
    signer: certificates.CertificateInfo
    signing_time: dt.datetime
    files: list[SignedFile]
    warnings: list[str] = field(default_factory=list)
    report_id: int | None = None

    @property
    def level(self) -> str:
        return min((f.level for f in self.files), default="B-B")

    @property
    def notes(self) -> list[str]:
        return [f.note for f in self.files if f.note]

    def lines(self) -> list[str]:
        out = [f"Đã ký số bởi {self.signer.common_name} ({self.signer.issuer_common_name}), "
               f"mức {self.level}, lúc {vietnam_time(self.signing_time).replace(microsecond=0).isoformat()}."]
        out += [f"  {f.source.name} → {f.path.name}" for f in self.files]
        out += [f"Lưu ý: {note}" for note in dict.fromkeys(self.notes)]
        out += self.warnings
        return out


# --- key sources and certificates ------------------------------------------------------------

def key_source(prefs: settings_service.AppSettings, p12: str | Path | None = None, token: bool = False,
               token_label: str | None = None, module: str | None = None) -> KeySource:
    """The key the user chose: a .p12/.pfx file, or the USB token configured in settings."""
    if p12 and token:
        raise InputError("Chọn một trong hai: tệp khóa (.p12/.pfx) hoặc thiết bị ký số (USB token).")
    if p12:
        return P12File(Path(p12))
    if token:
        return Token(module or prefs.pkcs11_module,
                     prefs.pkcs11_token if token_label is None else token_label)
    raise InputError("Chưa chọn khóa để ký: dùng tệp khóa (.p12/.pfx) hoặc thiết bị ký số (USB token).")


def check_certificate(source: KeySource, secret: str, now: dt.datetime | None = None) -> certificates.CertificateCheck:
    """Open the key with its password/PIN and tell whether its certificate can sign now."""
    with keys.open_key(source, secret) as loaded:
        return certificates.check_for_signing(loaded.certificate, now)


def _require_usable(loaded: keys.LoadedKey) -> certificates.CertificateCheck:
    check = certificates.check_for_signing(loaded.certificate)
    if check.errors:
        raise InputError(" ".join(check.errors))
    return check


# --- files -----------------------------------------------------------------------------------

def _read(path: Path, what: str = "tệp") -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy {what} '{path}'.") from None
    except OSError as exc:
        raise InputError(f"Không đọc được {what} '{path}': {exc.strerror or exc}.") from None


def signed_pdf_path(source: Path) -> Path:
    """``bao-cao.pdf`` → ``bao-cao-da-ky.pdf`` (``-da-ky-2`` … when that exists)."""
    candidate = source.with_name(f"{source.stem}{SIGNED_SUFFIX}.pdf")
    n = 2
    while candidate.exists():
        candidate = source.with_name(f"{source.stem}{SIGNED_SUFFIX}-{n}.pdf")
        n += 1
    return candidate


def p7s_path(source: Path) -> Path:
    return source.with_name(source.name + cms.SUFFIX)


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path``; never replace an existing file."""
    try:
        with open(path, "xb") as handle:
            handle.write(data)
    except FileExistsError:
        raise InputError(f"Tệp '{path.name}' đã có; không ghi đè. Hãy chọn tên khác.") from None
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise InputError(f"Không ghi được tệp '{path}': {exc.strerror or exc}.") from None


@dataclass
class _Planned:
    source: Path
    target: Path
    data: bytes
    format: str
    level: str
    note: str
    signing_time: dt.datetime


def _stamp_content(prefs: settings_service.AppSettings, data_dir: Path | None, cert_info: certificates.CertificateInfo):
    from kh57desk.signing.stamp import StampContent  # noqa: PLC0415

    def image(value: str) -> Path | None:
        if not value:
            return None
        path = Path(value)
        return path if path.is_absolute() or data_dir is None else data_dir / path

    return StampContent(signer=cert_info.common_name or prefs.signer_name,
                        agency=prefs.agency_name or cert_info.organization,
                        signature_image=image(prefs.signature_image), seal_image=image(prefs.seal_image),
                        seal_size_mm=prefs.seal_size_mm)


def _plan_one(source: Path, loaded: keys.LoadedKey, prefs: settings_service.AppSettings, data_dir: Path | None,
              box=None, out: Path | None = None) -> _Planned:
    data = _read(source)
    info = certificates.describe(loaded.certificate)
    if data.startswith(PDF_MAGIC):
        from kh57desk.signing import pdf  # noqa: PLC0415 - pyHanko's PDF stack only when needed

        target = out or signed_pdf_path(source)
        signed, outcome = pdf.sign_pdf_bytes(data, source.name, loaded, _stamp_content(prefs, data_dir, info),
                                             box=pdf.SignatureBox.from_json(box) if box else None,
                                             tsa_url=prefs.tsa_url, location=prefs.place,
                                             reason="Ký số văn bản")
        return _Planned(source, target, signed, "pdf", outcome.level, outcome.note, outcome.signing_time)
    target = out or p7s_path(source)
    if target.exists():
        raise InputError(f"Tệp '{source.name}' đã có chữ ký '{target.name}' bên cạnh; không ghi đè.")
    der, outcome = cms.sign_detached_bytes(data, loaded, tsa_url=prefs.tsa_url)
    return _Planned(source, target, der, "p7s", outcome.level, outcome.note, outcome.signing_time)


def _write_all(planned: list[_Planned]) -> list[SignedFile]:
    written: list[Path] = []
    try:
        for item in planned:
            _write_new(item.target, item.data)
            written.append(item.target)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return [SignedFile(p.source, p.target, p.format, hashlib.sha256(p.data).hexdigest(), len(p.data), p.level, p.note)
            for p in planned]


def sign_file(path: str | Path, source: KeySource, secret: str, prefs: settings_service.AppSettings,
              data_dir: Path | None = None, out: str | Path | None = None, box: list | None = None) -> SignResult:
    """Sign a loose file: a PDF gets a PAdES signature in a new PDF; anything else a ``.p7s``."""
    path = Path(path)
    target = Path(out) if out else None
    if target is not None and target.exists():
        raise InputError(f"Tệp '{target.name}' đã có; không ghi đè.")
    if target is not None and target.resolve() == path.resolve():
        raise InputError("Tệp đã ký phải là tệp mới, khác tệp gốc.")
    with keys.open_key(source, secret) as loaded:
        check = _require_usable(loaded)
        planned = _plan_one(path, loaded, prefs, data_dir, box=box, out=target)
    files = _write_all([planned])
    return SignResult(check.info, planned.signing_time, files, check.warnings)


def sign_bytes(data: bytes, source: KeySource, secret: str, prefs: settings_service.AppSettings) -> bytes:
    """A detached CMS signature (DER) of ``data`` held in memory, e.g. a package manifest."""
    with keys.open_key(source, secret) as loaded:
        _require_usable(loaded)
        der, _outcome = cms.sign_detached_bytes(data, loaded, tsa_url=prefs.tsa_url)
    return der


# --- registered reports ----------------------------------------------------------------------

def _report_files(row: GeneratedReport) -> list[dict]:
    try:
        entries = json.loads(row.files or "[]")
    except ValueError:
        entries = []
    if not entries:
        raise InputError(f"Báo cáo #{row.id} không có tệp nào để ký.")
    return entries


def _check_unchanged(path: Path, entry: dict) -> None:
    data = _read(path, "tệp báo cáo")
    if entry.get("sha256") and hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise InputError(f"Tệp '{path.name}' đã bị sửa sau khi tạo báo cáo (mã băm khác sổ đăng ký); "
                         "hãy tạo lại báo cáo rồi ký.")


def sign_report(workspace, session: Session, report_id: int, source: KeySource, secret: str) -> SignResult:
    """Sign every file of a registered report (PDF: visible signature in the signer's block; other
    formats: a ``.p7s`` beside) and record it in the register and the audit log."""
    row = session.get(GeneratedReport, int(report_id))
    if row is None:
        raise InputError(f"Không có báo cáo số thứ tự #{report_id} trong sổ đăng ký (xem 'kh57 reports').")
    if row.signed:
        raise InputError(f"Báo cáo #{row.id} ({row.number or row.period}) đã được ký ({row.signer}); "
                         "muốn ký lại hãy tạo phiên bản mới của báo cáo.")
    prefs = settings_service.load(session)
    entries = _report_files(row)
    with keys.open_key(source, secret) as loaded:
        check = _require_usable(loaded)
        planned = []
        for entry in entries:
            path = report_register.resolve_file(workspace.data_dir, entry)
            _check_unchanged(path, entry)
            planned.append(_plan_one(path, loaded, prefs, workspace.data_dir, box=entry.get("signature_box")))
    files = _write_all(planned)
    try:
        result = SignResult(check.info, planned[0].signing_time, files, check.warnings, row.id)
        info = {"level": result.level, "signed_at": result.signing_time.isoformat(),
                "certificate": check.info.to_json(), "key": "token" if isinstance(source, Token) else "p12",
                "files": [f.to_json(workspace.data_dir) for f in files], "notes": result.notes,
                "tsa_url": prefs.tsa_url}
        row.signed = True
        row.signer = check.info.common_name
        row.signature_info = json.dumps(info, ensure_ascii=False)
        audit.record(session, "report.sign", "generated_report", row.uid, signer=check.info.common_name,
                     serial=check.info.serial, level=result.level, files=[f.path.name for f in files],
                     notes=result.notes)
        session.flush()
    except BaseException:
        for f in files:
            f.path.unlink(missing_ok=True)
        raise
    return result


def signature_state(row: GeneratedReport) -> dict:
    """What the register shows for a report: signed or not, by whom, level, signed files."""
    try:
        info = json.loads(row.signature_info) if row.signature_info else {}
    except ValueError:
        info = {}
    return {"signed": bool(row.signed), "signer": row.signer, "level": info.get("level", ""),
            "signed_at": info.get("signed_at", ""), "files": info.get("files", []), "notes": info.get("notes", [])}


# --- verification and trust ------------------------------------------------------------------

def trust_dir(workspace, prefs: settings_service.AppSettings | None = None) -> Path:
    if prefs is not None and prefs.trusted_ca_dir:
        return Path(prefs.trusted_ca_dir)
    return workspace.data_dir / TRUST_FOLDER


def _pair(path: Path, p7s: Path | None) -> tuple[Path, Path | None]:
    """Which file is the content and which the detached signature."""
    if p7s is not None:
        return path, p7s
    if path.suffix.lower() == cms.SUFFIX:
        return path.with_name(path.name[: -len(cms.SUFFIX)]), path
    if p7s_path(path).exists():
        return path, p7s_path(path)
    return path, None


def verify_file(path: str | Path, p7s: str | Path | None = None, trust_dir: str | Path | None = None) -> verify.VerifyResult:
    """Verify a signed PDF, or a file with its detached ``.p7s``."""
    content_path, sig_path = _pair(Path(path), Path(p7s) if p7s else None)
    data = _read(content_path)
    trusted = trust.load_trusted(Path(trust_dir) if trust_dir else None)
    if sig_path is None:
        if not data.startswith(PDF_MAGIC):
            raise InputError(f"Tệp '{content_path.name}' không phải PDF và không có tệp chữ ký "
                             f"'{content_path.name}{cms.SUFFIX}' bên cạnh; hãy chỉ ra tệp .p7s.")
        result = verify.VerifyResult(content_path, None, "pdf")
        outcome = verify.verify_pdf(data, content_path.name, trusted)
        if isinstance(outcome, str):
            result.problems.append(outcome)
        else:
            result.signatures = outcome
        return result
    signature = verify.verify_detached(data, _read(sig_path, "tệp chữ ký"), sig_path.name, trusted)
    return verify.VerifyResult(content_path, sig_path, "cms", [signature])


def add_trusted(workspace, prefs: settings_service.AppSettings, cert_file: str | Path):
    return trust.add(trust_dir(workspace, prefs), Path(cert_file))


def list_trusted(workspace, prefs: settings_service.AppSettings) -> list[certificates.CertificateInfo]:
    return trust.list_trusted(trust_dir(workspace, prefs))


def remove_trusted(workspace, prefs: settings_service.AppSettings, fingerprint: str):
    return trust.remove(trust_dir(workspace, prefs), fingerprint)


# --- settings --------------------------------------------------------------------------------

def _import_image(workspace, source: str, name: str, what: str) -> str:
    """Copy a PNG/JPEG the user chose into the data folder; returns the stored relative path."""
    from kh57desk.signing.stamp import open_image  # noqa: PLC0415

    if not source:
        return ""
    src = Path(source)
    open_image(src, what)  # refuse anything Pillow cannot read, before copying
    folder = workspace.data_dir / SIGNING_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(src.read_bytes()).hexdigest()[:12]
    target = folder / f"{name}-{digest}{src.suffix.lower()}"
    if not target.exists():
        shutil.copyfile(src, target)
    return str(target.relative_to(workspace.data_dir))


def update_settings(workspace, session: Session, **changes) -> settings_service.AppSettings:
    """Change signing settings. Keys: pkcs11_module, pkcs11_token, tsa_url, signature_image,
    seal_image (a file to copy in, or "" to remove), seal_size_mm (20–60), trusted_ca_dir. Values
    are checked first."""
    from kh57desk.signing import timestamps  # noqa: PLC0415

    clean: dict = {}
    for key, value in changes.items():
        if key == "seal_size_mm":
            from kh57desk.signing.stamp import seal_size  # noqa: PLC0415

            clean[key] = seal_size(value)
            continue
        value = (value or "").strip()
        if key == "pkcs11_module":
            if value:
                keys.load_module(value)
            clean[key] = value
        elif key == "pkcs11_token":
            clean[key] = value
        elif key == "tsa_url":
            clean[key] = timestamps.check_url(value)
        elif key == "signature_image":
            clean[key] = _import_image(workspace, value, "chu-ky", "chữ ký")
        elif key == "seal_image":
            clean[key] = _import_image(workspace, value, "con-dau", "con dấu")
        elif key == "trusted_ca_dir":
            if value and not Path(value).is_dir():
                raise InputError(f"Thư mục chứng thư tin cậy '{value}' không tồn tại.")
            clean[key] = value
        else:
            raise InputError(f"Không có mục cài đặt chữ ký số '{key}'.")
    prefs = settings_service.update(session, **clean)
    audit.record(session, "settings.signing", "setting", "signing", **clean)
    return prefs
