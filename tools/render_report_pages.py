"""Render the first pages of a sample report to PNG so a reader can see the layout.

    python tools/render_report_pages.py [--out-dir docs/images] [--pages 2] [--dpi 100] [--keep-pdf]

Builds a throw-away data folder with the sample plan (``kh57 demo``: Sở Nội vụ, 94 tasks), a few
progress entries and targets for quý II năm 2025, generates the report, and runs ``pdftoppm``
(poppler-utils) on it: ``bao-cao-mau-trang-1.png``, ``bao-cao-mau-trang-2.png``…
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

from kh57desk.domain import targets as T  # noqa: E402
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


def build_sample(data_dir: Path) -> Path:
    ws = open_workspace(data_dir)
    try:
        with ws.db.transaction() as session:
            sample_plan.load_demo(session)
            draft = sample_plan.load_draft()
            draft.indicators = [T.parse_target(text, year, group) for year, group, text, _ in TARGETS]
            plan_apply.apply(session, draft)
            for ref, values in ENTRIES:
                progress.record(session, tasks.find_task(session, ref), PERIOD, **values)
            for row, (*_, value) in zip(indicators.list_indicators(session, PERIOD), TARGETS):
                indicators.record_value(session, row.id, PERIOD, value)
            info = report_register.generate(ws, session, PERIOD, ("pdf",), today=TODAY)
        return info.file("pdf").path
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vẽ các trang đầu của báo cáo mẫu ra ảnh PNG.")
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
    with tempfile.TemporaryDirectory() as tmp:
        pdf = build_sample(Path(tmp) / "dữ liệu")
        prefix = out_dir / "bao-cao-mau-trang"
        subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", "1", "-l", str(args.pages), str(pdf),
                        str(prefix)], check=True)
        if args.keep_pdf:
            shutil.copyfile(pdf, out_dir / "bao-cao-mau.pdf")
    # pdftoppm pads page numbers to the width of the page count: name them plainly
    made = []
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
