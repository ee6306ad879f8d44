"""The Excel report as it prints: the quarterly report of an agency at 100, 300 and 1,000 tasks,
written by kh57desk and printed to PDF by LibreOffice headless (``soffice --convert-to pdf``, as
the CI test does), read back with pdfplumber.

Columns: the time to write the workbook and its peak memory, LibreOffice's printing time, the
printed pages, the appendix's print scale and the smallest text on paper (must stay ≥ 9.5 pt).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.bench_report import PERIOD, TODAY, _workspace
from bench.common import Measure, measure, print_table, write_json
from kh57desk.reports.xlsx_report import TASK_SHEET, render_xlsx
from kh57desk.services import report_data, report_register

SIZES = (100, 300, 1_000)


def _print(xlsx: Path) -> Path:
    profile = (xlsx.parent / "lo-profile").resolve().as_uri()
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(xlsx.parent), str(xlsx)], check=True, capture_output=True, timeout=600)
    return xlsx.with_suffix(".pdf")


def run(sizes=SIZES) -> list[dict]:
    import openpyxl
    import pdfplumber

    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            ws = _workspace(Path(tmp) / "du-lieu", n)
            with ws.db.reader() as session:
                draft = report_register.load_draft(session, PERIOD)
                doc = report_data.build_document(session, PERIOD, draft, number="01/BC-SNV", day=TODAY, today=TODAY)
            ws.close()
            render_xlsx(doc)  # warm: fonts registered, modules loaded
            written, traced = Measure(), Measure()
            with measure(written, trace_memory=False):
                data = render_xlsx(doc)
            with measure(traced):
                render_xlsx(doc)
            xlsx = Path(tmp) / "bao-cao.xlsx"
            xlsx.write_bytes(data)
            printed = Measure()
            with measure(printed, trace_memory=False):
                pdf_path = _print(xlsx)
            scale = openpyxl.load_workbook(io.BytesIO(data))[TASK_SHEET].page_setup.scale
            with pdfplumber.open(pdf_path) as pdf:
                pages = len(pdf.pages)
                smallest = min(c["size"] for page in pdf.pages for c in page.chars)
        rows.append({"tasks": n, "in report": len(doc.tasks), "xlsx_s": round(written.seconds, 2),
                     "xlsx_peak_mib": round(traced.peak_mib, 1), "xlsx_kib": len(data) // 1024,
                     "print_s": round(printed.seconds, 1), "printed pages": pages, "appendix scale %": scale,
                     "smallest pt on paper": round(smallest, 1)})
    return rows


def main() -> None:
    if shutil.which("soffice") is None:
        raise SystemExit("Cần LibreOffice (gói libreoffice-calc-nogui) để in thử tệp Excel.")
    rows = run()
    headers = list(rows[0])
    print_table("Báo cáo Excel khi in (LibreOffice) theo số nhiệm vụ", headers, [[r[h] for h in headers] for r in rows])
    write_json("report_print", rows)


if __name__ == "__main__":
    main()
