"""Checks made on every plan file before a reader opens it.

The file is refused, with a Vietnamese message and nothing read, when it is missing, empty,
over :data:`MAX_FILE_BYTES`, an old binary Office file (``.xls``, or ``.doc`` when LibreOffice
is not installed to convert it: "save it as .xlsx/.docx"), a password-protected Office file, a broken zip, or a zip whose parts would unpack to
more than :data:`MAX_UNPACKED_BYTES` or at a ratio above :data:`MAX_RATIO` (a zip bomb). The
file kind is decided by the bytes, not only by the extension.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

from kh57desk.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 150  # unpacked / packed size of one part; real sheets stay far below
MAX_TEXT_BYTES = 20 * 1024 * 1024

XLSX, DOCX, TEXT, PDF, DOC = "xlsx", "docx", "text", "pdf", "doc"
_ZIP_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF-"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
TEXT_SUFFIXES = (".txt", ".text", ".md")
SUPPORTED = "Excel (.xlsx), Word (.docx, .doc), PDF (.pdf) hoặc văn bản (.txt)"


def check_file(path: str | Path) -> tuple[Path, str]:
    """The resolved path and its kind (``xlsx``, ``docx``, ``pdf``, ``doc`` — an old Word file
    LibreOffice can convert — or ``text``), or InputError."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise InputError(f"Không tìm thấy tệp “{name}”.")
    if path.is_dir():
        raise InputError(f"“{name}” là một thư mục, không phải tệp kế hoạch.")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise InputError(f"Không đọc được tệp “{name}”: {exc.strerror or exc}.") from None
    if size == 0:
        raise InputError(f"Tệp “{name}” rỗng (0 byte); không có gì để nhập.")
    if size > MAX_FILE_BYTES:
        raise InputError(f"Tệp “{name}” quá lớn ({size / 2**20:.0f} MB); chỉ nhập được tệp đến "
                         f"{MAX_FILE_BYTES // 2**20} MB. Hãy tách phần bảng nhiệm vụ ra một tệp riêng.")
    suffix = path.suffix.lower()
    if head.startswith(_PDF_MAGIC):
        return path, PDF
    if head == _OLE_MAGIC:
        message = _ole_message(path, name, suffix)
        if suffix == ".doc" and "mật khẩu" not in message and converter() is not None:
            return path, DOC
        raise InputError(message)
    if head.startswith(_ZIP_MAGIC):
        kind = _zip_kind(path, name)
        return path, kind
    if suffix in (".xlsx", ".xlsm", ".docx", ".docm"):
        raise InputError(f"Tệp “{name}” bị hỏng hoặc không phải tệp {suffix} thật (nội dung không đúng định dạng "
                         "Office). Hãy mở tệp bằng Excel/Word, lưu lại rồi nhập lại.")
    if suffix in (".xls", ".doc"):
        raise InputError(_ole_message(path, name, suffix))
    if suffix == ".pdf":
        raise InputError(f"Tệp “{name}” không phải tệp PDF thật (nội dung không bắt đầu như một tệp PDF) hoặc đã hỏng.")
    if suffix in TEXT_SUFFIXES or suffix == "":
        if size > MAX_TEXT_BYTES:
            raise InputError(f"Tệp văn bản “{name}” quá lớn ({size / 2**20:.0f} MB) để là một kế hoạch.")
        return path, TEXT
    raise InputError(f"Không nhận dạng được tệp “{name}”. Chương trình nhập được tệp {SUPPORTED}.")


def _ole_message(path: Path, name: str, suffix: str) -> str:
    """An OLE2 (old binary Office) file: an old .xls/.doc, or an encrypted .xlsx/.docx."""
    try:
        with path.open("rb") as handle:
            data = handle.read(min(path.stat().st_size, 4 * 1024 * 1024))
    except OSError:
        data = b""
    if _ENCRYPTED_MARK in data:
        return (f"Tệp “{name}” được đặt mật khẩu. Hãy mở tệp, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ), "
                "lưu lại rồi nhập lại.")
    if suffix in (".doc", ".docx", ".docm"):
        return (f"Tệp “{name}” là tệp Word đời cũ (.doc). Hãy mở bằng Word và lưu lại dưới dạng .docx "
                "(Tệp → Lưu thành → Word Document) rồi nhập lại.")
    return (f"Tệp “{name}” là tệp Excel đời cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx "
            "(Tệp → Lưu thành → Excel Workbook) rồi nhập lại.")


def _zip_kind(path: Path, name: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(f"Tệp “{name}” bị hỏng (không giải nén được). Hãy mở bằng Excel/Word, lưu lại "
                         "rồi nhập lại.") from None
    names = {info.filename for info in infos}
    total = 0
    for info in infos:
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > 10 * 1024 * 1024 and info.file_size / packed > MAX_RATIO:
            raise InputError(f"Tệp “{name}” có phần nén bất thường (giải nén ra {info.file_size / 2**20:.0f} MB "
                             "từ rất ít dữ liệu): có thể là tệp độc hại (zip bomb); không mở.")
    if total > MAX_UNPACKED_BYTES:
        raise InputError(f"Tệp “{name}” giải nén ra quá lớn ({total / 2**20:.0f} MB); có thể là tệp độc hại "
                         "(zip bomb); không mở.")
    _check_no_dtd(path, name, infos)
    if "xl/workbook.xml" in names:
        return XLSX
    if "word/document.xml" in names:
        return DOCX
    if any(n.startswith("xl/") for n in names) or any(n.startswith("word/") for n in names):
        raise InputError(f"Tệp “{name}” bị hỏng: thiếu phần chính của tài liệu. Hãy mở bằng Excel/Word, "
                         "lưu lại rồi nhập lại.")
    raise InputError(f"Tệp “{name}” là tệp nén, không phải tệp Excel/Word. Chương trình nhập được tệp "
                     f"{SUPPORTED}.")


XML_BOMB = ("Tệp “{name}” chứa cấu trúc XML nguy hiểm (thực thể lồng nhau hoặc tham chiếu ra ngoài, "
            "kiểu “XML bomb”); không mở.")


def _check_no_dtd(path: Path, name: str, infos: list[zipfile.ZipInfo]) -> None:
    """Office parts never declare a DTD; one that does is an entity bomb or an external-entity
    trick. Checked on the first bytes of each XML part, before any parser sees it (the parsers
    refuse entities too: this is the first of two locks)."""
    parts = [i for i in infos if i.filename.lower().endswith((".xml", ".rels"))][:2_000]
    try:
        with zipfile.ZipFile(path) as archive:
            for info in parts:
                with archive.open(info) as part:
                    head = part.read(4096)
                if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                    raise InputError(XML_BOMB.format(name=name))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise InputError(f"Tệp “{name}” bị hỏng (không giải nén được). Hãy mở bằng Excel/Word, lưu lại "
                         "rồi nhập lại.") from None


def converter() -> str | None:
    """LibreOffice's ``soffice`` (converts old .doc files to .docx), or None when not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_doc(path: Path, folder: Path, timeout: int = 180) -> Path:
    """An old Word .doc converted to .docx in ``folder`` with LibreOffice (headless, its own
    profile in ``folder`` so a running LibreOffice does not block it)."""
    program = converter()
    if program is None:
        raise InputError(_ole_message(path, path.name, ".doc"))
    profile = (folder / "profile").resolve().as_uri()
    try:
        done = subprocess.run([program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
                               "--outdir", str(folder), str(path)], capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError) as exc:
        raise InputError(f"Tệp “{path.name}” là tệp Word đời cũ (.doc) và LibreOffice không chuyển được sang .docx "
                         f"({exc}). Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.") from None
    converted = folder / f"{path.stem}.docx"
    if done.returncode != 0 or not converted.is_file():
        raise InputError(f"Tệp “{path.name}” là tệp Word đời cũ (.doc) và LibreOffice không chuyển được sang .docx "
                         "(tệp hỏng?). Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.")
    return converted


def read_text(path: Path) -> str:
    """A text file's content: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258
    (the Vietnamese code page of old office PCs)."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(f"Tệp “{path.name}” không phải tệp văn bản (có dữ liệu nhị phân).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        raise InputError(f"Không đọc được bảng mã của tệp “{path.name}”. Hãy lưu tệp dưới dạng UTF-8 rồi "
                         "nhập lại.") from None
