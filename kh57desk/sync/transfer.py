"""Getting a package to the other side without a network connection we can rely on:
a verified copy to a USB stick or shared folder, and a prepared e-mail."""

from __future__ import annotations

import hashlib
import os
import shutil
import urllib.parse
from pathlib import Path

from kh57desk.errors import InputError
from kh57desk.sync import container


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def copy_verified(source: Path, folder: Path) -> Path:
    """Copy ``source`` into ``folder`` under a free name, flush it to the device, read it back
    and compare SHA-256; a bad copy is removed and reported."""
    source, folder = Path(source), Path(folder)
    if not source.is_file():
        raise InputError(f"Không tìm thấy tệp '{source}'.")
    if not folder.is_dir():
        raise InputError(f"Không tìm thấy thư mục '{folder}' (USB đã cắm chưa?).")
    target = container.free_name(folder, source.stem) if source.suffix == container.EXTENSION \
        else _free_plain(folder, source.name)
    expected = _digest(source)
    try:
        with source.open("rb") as src, target.open("xb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
    except FileExistsError:
        raise InputError(f"Tệp '{target}' đã có; không ghi đè.") from None
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise InputError(f"Không chép được vào '{folder}': {exc.strerror or exc}.") from None
    if _digest(target) != expected:
        target.unlink(missing_ok=True)
        raise InputError("Bản chép ra không khớp bản gốc (USB lỗi?); đã xóa bản chép hỏng, hãy thử lại.")
    return target


def _free_plain(folder: Path, name: str) -> Path:
    candidate, counter = folder / name, 2
    while candidate.exists():
        candidate = folder / f"{Path(name).stem} ({counter}){Path(name).suffix}"
        counter += 1
    return candidate


def mail_link(to: str, subject: str, body: str) -> str:
    """A ``mailto:`` link the system mail client opens with subject and body filled in (mail
    clients do not accept attachments through links: the window shows the file to attach)."""
    query = urllib.parse.urlencode({"subject": subject, "body": body}, quote_via=urllib.parse.quote)
    return f"mailto:{urllib.parse.quote(to or '', safe='@,')}?{query}"


def report_mail(agency: str, period_label: str, file_name: str, to: str) -> str:
    subject = f"[kh57desk] Gói báo cáo {period_label} - {agency}"
    body = (f"Kính gửi Sở Khoa học và Công nghệ,\n\n{agency} gửi gói báo cáo kết quả thực hiện kế hoạch "
            f"{period_label} (tệp đính kèm: {file_name}).\nTệp mở bằng chương trình kh57desk "
            "(Đồng bộ → Nhập gói).\n\nTrân trọng.")
    return mail_link(to, subject, body)


def tasks_mail(agency: str, file_name: str, to: str = "") -> str:
    subject = f"[kh57desk] Gói nhiệm vụ giao cho {agency}"
    body = (f"Kính gửi {agency},\n\nSở Khoa học và Công nghệ gửi gói nhiệm vụ được giao (tệp đính kèm: "
            f"{file_name}). Đề nghị cơ quan mở tệp bằng chương trình kh57desk để cập nhật danh sách nhiệm vụ.\n\n"
            "Trân trọng.")
    return mail_link(to, subject, body)
