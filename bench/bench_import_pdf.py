"""Import a plan published as a text PDF: the narrative reference plan laid out on A4 and
repeated to about 50, 100 and 200 pages; and the 98-task appendix as a ruled table (tables go
through pdfplumber, slower per page). Read (text, paragraphs, tasks, targets), preview, import.

Target (issue #13): a 200-page text PDF imported in under 20 s.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, Measure, measure, print_table, rss_mib, write_json
from kh57desk.services import plan_import, setup
from kh57desk.workspace import open_workspace

sys.path.insert(0, str(ROOT / "tests"))
from pdf_fixtures import appendix_pdf, narrative_pdf  # noqa: E402

REPEATS = (3, 6, 11)  # 19 pages each: about 57, 114 and 209 pages
TARGET_PAGES, TARGET_SECONDS = 200, 20.0


def _run_one(folder: Path, label: str, path: Path, pages: int) -> dict:
    ws = open_workspace(folder / f"data-{label}")
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
    read, traced, applied = Measure(), Measure(), Measure()
    with measure(traced):  # peak memory (tracing slows the run down, so it is timed apart)
        plan_import.read_file(path)
    with measure(read, trace_memory=False):
        draft = plan_import.read_file(path)
    with measure(applied, trace_memory=False):
        with ws.db.transaction() as session:
            result = plan_import.apply(session, draft)
    ws.close()
    total = read.seconds + applied.seconds
    return {"file": label, "pages": pages, "file_kib": round(path.stat().st_size / 1024),
            "tasks_read": len(draft.tasks), "paragraphs_or_rows": draft.account.total,
            "read_s": round(read.seconds, 2), "read_peak_mib": round(traced.peak_mib, 1),
            "preview+import_s": round(applied.seconds, 2), "total_s": round(total, 2),
            "added": result.counts()["added"],
            "target": (("OK" if total < TARGET_SECONDS else "CHẬM") + f" (< {TARGET_SECONDS:g} s)")
            if pages >= TARGET_PAGES else ""}


def run() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="kh57-bench-pdf-") as tmp:
        folder = Path(tmp)
        for repeat in REPEATS:
            path = folder / f"narrative-{repeat}.pdf"
            pages = narrative_pdf(path, repeat=repeat)
            rows.append(_run_one(folder, f"văn bản ×{repeat}", path, pages))
        path = folder / "appendix.pdf"
        appendix_pdf(path)
        from pypdf import PdfReader
        rows.append(_run_one(folder, "bảng phụ lục 98 dòng", path, len(PdfReader(path).pages)))
    return rows


def main() -> None:
    rows = run()
    headers = list(rows[0])
    print_table("Nhập kế hoạch từ tệp PDF có chữ (đọc, xem trước và nhập)", headers,
                [[r[h] for h in headers] for r in rows])
    print(f"\nBộ nhớ đỉnh của tiến trình (RSS): {rss_mib():.0f} MiB")
    write_json("import_pdf", rows)


if __name__ == "__main__":
    main()
