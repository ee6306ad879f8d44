"""Render a sample report to PNG so a reader can see the layout.

    python tools/render_report_pages.py [--out-dir docs/images] [--pages 2] [--dpi 100] [--keep-pdf]

Builds a throw-away data folder with the sample plan (``kh57 demo``: Sở Nội vụ, 94 tasks), a few
progress entries and targets for quý II năm 2025, generates the report (PDF and Excel), and runs
``pdftoppm`` (poppler-utils) on it:

- ``bao-cao-mau-trang-1.png``, ``bao-cao-mau-trang-2.png``…: the first pages of the PDF;
- ``bao-cao-mau-excel-phu-luc.png``: the first page of the Excel task appendix as LibreOffice
  prints it (``soffice --headless --convert-to pdf``; skipped without LibreOffice);
- ``chu-ky-so-mau.png``: the signer's block of the PDF signed with a throw-away certificate, a
  signature image and a 36 mm seal (Decree 30 stamp).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kh57desk.domain import targets as target_rules  # noqa: E402
from kh57desk.domain.periods import parse_period  # noqa: E402
from kh57desk.services import indicators, plan_apply, progress, report_register, sample_plan, tasks  # noqa: E402
from kh57desk.workspace import open_workspace  # noqa: E402

PERIOD = parse_period("2025-Q2")
TODAY = dt.date(2025, 6, 20)
ENTRIES = [
    ("(1)", dict(state="hoàn thành", completed_on="25/3/2025",
                 result="Đã ban hành Kế hoạch phát động phong trào thi đua chuyển đổi số năm 2025",
                 output_doc_number="Kế hoạch số 45/KH-SNV", output_doc_date="20/3/2025")),
    ("(4)", dict(state="đang thực hiện", percent=60, result="Đang tổng hợp đăng ký sáng kiến của các đơn vị",
                 difficulties="Một số đơn vị chưa bố trí cán bộ chuyên trách chuyển đổi số",
                 proposals="Đề nghị Sở Khoa học và Công nghệ hướng dẫn tiêu chí đánh giá sáng kiến")),
    ("(8)", dict(state="hoàn thành", completed_on="10/6/2025",
                 result="Đã ban hành chương trình bồi dưỡng kiến thức khoa học, công nghệ cho cán bộ, công chức",
                 output_doc_number="Quyết định số 112/QĐ-SNV", output_doc_date="10/6/2025")),
    ("(10)", dict(state="đang thực hiện", percent=40, result="Đã xây dựng dự thảo, đang lấy ý kiến các sở, ngành")),
]
TARGETS = [
    (2025, "Nhân lực", "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số ≥ 80%", "85"),
    (2025, "Chính quyền số", "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng ≥ 90%", "92,5"),
    (2030, "Nhân lực", "Có ≥ 3.000 cán bộ, công chức được đào tạo kỹ năng số", "1.250"),
]


def build_sample(data_dir: Path) -> tuple[Path, Path]:
    ws = open_workspace(data_dir)
    try:
        with ws.db.transaction() as session:
            sample_plan.load_demo(session)
            draft = sample_plan.load_draft()
            draft.indicators = [target_rules.parse_target(text, year, group) for year, group, text, _ in TARGETS]
            plan_apply.apply(session, draft)
            for ref, values in ENTRIES:
                progress.record(session, tasks.find_task(session, ref), PERIOD, **values)
            for row, (*_, value) in zip(indicators.list_indicators(session, PERIOD), TARGETS):
                indicators.record_value(session, row.id, PERIOD, value)
            info = report_register.generate(ws, session, PERIOD, ("pdf", "xlsx"), today=TODAY)
        return info.file("pdf").path, info.file("xlsx").path
    finally:
        ws.close()


def _sample_key(folder: Path) -> Path:
    """A throw-away self-signed certificate for signing the sample (never a real one)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Văn An"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sở Nội vụ tỉnh Thái Bình"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    path = folder / "mau.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"mau", key, cert, None,
                                                           serialization.BestAvailableEncryption(SAMPLE_PASSWORD)))
    return path


SAMPLE_PASSWORD = b"mat-khau-mau"


def _sample_images(folder: Path) -> tuple[Path, Path]:
    """A blue handwritten-looking signature and a red round seal, transparent PNG."""
    from PIL import Image, ImageDraw

    signature, seal = folder / "chu-ky.png", folder / "con-dau.png"
    img = Image.new("RGBA", (640, 260), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.line([(20, 200), (120, 60), (170, 190), (260, 50), (300, 170), (420, 80), (600, 120)],
              fill=(20, 40, 170, 255), width=9, joint="curve")
    img.save(signature)
    img = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    for inset, width in ((10, 18), (70, 8), (190, 6)):
        draw.ellipse([inset, inset, 600 - inset, 600 - inset], outline=(200, 20, 30, 235), width=width)
    draw.regular_polygon((300, 300, 70), 5, rotation=180, fill=(200, 20, 30, 235))
    img.save(seal)
    return signature, seal


def render_signer_block(pdf: Path, out: Path, dpi: int) -> Path:
    """Sign ``pdf`` with the sample key and images, then render its signer's block."""
    from kh57desk.signing import keys, stamp
    from kh57desk.signing.pdf import sign_pdf_bytes

    folder = pdf.parent
    signature, seal = _sample_images(folder)
    with keys.open_key(keys.P12File(_sample_key(folder)), SAMPLE_PASSWORD.decode()) as key:
        signed, outcome = sign_pdf_bytes(pdf.read_bytes(), pdf.name, key,
                                         stamp.StampContent("Nguyễn Văn An", "Sở Nội vụ", signature, seal))
    signed_path = folder / "da-ky.pdf"
    signed_path.write_bytes(signed)
    box = outcome.box
    scale = dpi / 72
    page_height = 841.89
    left, top = box.x1 - 30, page_height - box.y2 - 60  # the title above the box, the name below it
    subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", str(box.page + 1), "-l", str(box.page + 1),
                    "-x", str(int(left * scale)), "-y", str(int(top * scale)), "-W", str(int((box.width + 60) * scale)),
                    "-H", str(int((box.height + 100) * scale)), str(signed_path), str(out.with_suffix(""))],
                   check=True)
    return out


def render_excel_page(xlsx: Path, out: Path, dpi: int) -> Path | None:
    """The first page of the Excel task appendix as LibreOffice prints the workbook."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("Bỏ qua ảnh trang Excel: máy không có LibreOffice (soffice).", file=sys.stderr)
        return None
    folder = xlsx.parent
    subprocess.run([soffice, f"-env:UserInstallation={(folder / 'lo-profile').resolve().as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(xlsx)], check=True, capture_output=True,
                   timeout=300)
    printed = folder / f"{xlsx.stem}.pdf"
    from pypdf import PdfReader

    pages = PdfReader(printed).pages
    first = next(i for i, page in enumerate(pages) if page.mediabox.width > page.mediabox.height)
    subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", str(first + 1), "-l", str(first + 1),
                    str(printed), str(out.with_suffix(""))], check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vẽ các trang của báo cáo mẫu (PDF, Excel in ra, chữ ký số) ra ảnh PNG.")
    parser.add_argument("--out-dir", default=str(ROOT / "docs" / "images"), help="thư mục ghi ảnh")
    parser.add_argument("--pages", type=int, default=2, help="số trang đầu cần vẽ (mặc định 2)")
    parser.add_argument("--dpi", type=int, default=100, help="độ phân giải (mặc định 100)")
    parser.add_argument("--keep-pdf", action="store_true", help="chép cả tệp PDF mẫu vào thư mục ảnh")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("Lỗi: không có lệnh pdftoppm (gói poppler-utils).", file=sys.stderr)
        return 2
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        pdf, xlsx = build_sample(Path(tmp) / "dữ liệu")
        prefix = out_dir / "bao-cao-mau-trang"
        subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", "1", "-l", str(args.pages), str(pdf),
                        str(prefix)], check=True)
        if args.keep_pdf:
            shutil.copyfile(pdf, out_dir / "bao-cao-mau.pdf")
        made.append(render_signer_block(pdf, out_dir / "chu-ky-so-mau.png", 2 * args.dpi))
        excel = render_excel_page(xlsx, out_dir / "bao-cao-mau-excel-phu-luc.png", args.dpi)
        if excel:
            made.append(excel)
    # pdftoppm pads page numbers to the width of the page count: name them plainly
    for path in sorted(out_dir.glob("bao-cao-mau-trang-*.png")):
        number = int(path.stem.rsplit("-", 1)[1])
        target = out_dir / f"bao-cao-mau-trang-{number}.png"
        if path != target:
            path.replace(target)
        made.append(target)
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
