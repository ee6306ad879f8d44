"""The quarterly report of an agency at 100, 300, 1,000 and 3,000 tasks.

Targets (issue #5): at 300 tasks the PDF in under 3 s and the XLSX in under 2 s; the cost grows
linearly with the number of tasks (the "ms/task" columns stay about flat). ``generate both`` is
the whole service call: data, PDF, XLSX, writing the files and the register row.
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import sys
import tempfile
from pathlib import Path

from bench.common import Measure, measure, print_table, synthetic_draft, write_json
from kh57desk.db.models import ProgressUpdate, Task
from kh57desk.domain.periods import parse_period
from kh57desk.reports.pdf_report import render_pdf
from kh57desk.reports.xlsx_report import render_xlsx
from kh57desk.services import plan_apply, report_data, report_register, setup
from kh57desk.workspace import open_workspace

SIZES = (100, 300, 1_000, 3_000)
PERIOD = parse_period("2025-Q2")
TODAY = dt.date(2025, 6, 20)
STATES = ("completed", "in_progress", "in_progress", "adjust")


def _entries(session, share: float = 0.4, seed: int = 5) -> None:
    """A progress update dated inside the window for a share of the tasks, with results, documents,
    difficulties, proposals."""
    rng = random.Random(seed)
    for task_id in session.query(Task.id).order_by(Task.id):
        if rng.random() > share:
            continue
        state = rng.choice(STATES)
        session.add(ProgressUpdate(
            task_id=task_id[0], on_date=dt.date(2025, 6, 1), state=state, percent=100 if state == "completed" else 50,
            completed_on=dt.date(2025, 5, rng.randint(1, 28)) if state == "completed" else None,
            result="Đã ban hành văn bản hướng dẫn triển khai, tổ chức hội nghị quán triệt tới các đơn vị trực thuộc",
            output_doc_number=f"Kế hoạch số {rng.randint(1, 300)}/KH-SNV", output_doc_date=dt.date(2025, 5, 2),
            difficulties="Thiếu nhân lực chuyên trách" if rng.random() < 0.2 else "",
            proposals="Đề nghị bổ sung kinh phí thực hiện" if rng.random() < 0.2 else ""))


def _best(work, repeats: int = 2):
    """The fastest of ``repeats`` runs (the machine is shared: the minimum is the honest cost)."""
    best, value = None, None
    for _ in range(repeats):
        m = Measure()
        with measure(m, trace_memory=False):
            value = work()
        best = m if best is None or m.seconds < best.seconds else best
    return best, value


def _workspace(folder: Path, n: int):
    ws = open_workspace(folder)
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Nội vụ", signer_name="Nguyễn Văn An", signer_title="PHÓ GIÁM ĐỐC",
                         signer_authority="KT. GIÁM ĐỐC")
        plan_apply.apply(session, synthetic_draft(n))
        _entries(session)
    return ws


def run(sizes=SIZES) -> list[dict]:
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            ws = _workspace(Path(tmp), n)
            data = Measure()
            with measure(data, trace_memory=False):
                with ws.db.reader() as session:
                    draft = report_register.load_draft(session, PERIOD)
                    doc = report_data.build_document(session, PERIOD, draft, number="01/BC-SNV", day=TODAY,
                                                     today=TODAY)
            pdf, result = _best(lambda: render_pdf(doc))
            xlsx, workbook = _best(lambda: render_xlsx(doc))
            full = Measure()
            with measure(full, trace_memory=False):
                with ws.db.transaction() as session:
                    report_register.generate(ws, session, PERIOD, today=TODAY)
            ws.close()
        # peak resident memory of the process so far (sizes run in increasing order)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        tasks = len(doc.tasks)
        rows.append({"tasks": n, "in report": tasks, "pages": result.pages, "data_s": round(data.seconds, 2),
                     "pdf_s": round(pdf.seconds, 2), "xlsx_s": round(xlsx.seconds, 2),
                     "pdf ms/task": round(pdf.seconds * 1000 / tasks, 2),
                     "xlsx ms/task": round(xlsx.seconds * 1000 / tasks, 2),
                     "generate both_s": round(full.seconds, 2), "peak_rss_mib": round(peak, 1),
                     "pdf_kib": len(result.data) // 1024, "xlsx_kib": len(workbook) // 1024})
    return rows


def main() -> None:
    rows = run()
    headers = list(rows[0])
    print_table("Báo cáo quý (PDF và Excel) theo số nhiệm vụ", headers, [[r[h] for h in headers] for r in rows])
    write_json("report", rows)


if __name__ == "__main__":
    main()
