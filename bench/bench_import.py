"""Import a plan's .xlsx appendix of 500, 2,000 and 10,000 rows: read, preview, import, re-import.

The workbook is laid out like the real appendix (title rows, a header merged over two rows,
group rows merged across, wrapped cells) with tasks made from the 98 tasks of the sample plan.
The coordinator's database keeps every task, so every row is written.

Target (issue #3): a 2,000-row .xlsx previewed and imported in under 3 s.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import Measure, measure, print_table, synthetic_draft, write_json
from kh57desk.services import plan_import, setup
from kh57desk.workspace import open_workspace

SIZES = (500, 2_000, 10_000)
TARGET_ROWS, TARGET_SECONDS = 2_000, 3.0


def write_workbook(path: Path, n: int) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    draft = synthetic_draft(n)
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục II"
    ws.append(["PHỤ LỤC"])
    ws.append([f"DANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số {n}/KH-BENCH)"])
    ws.append([])
    ws.append(["TT", "Nội dung công việc", "Cơ quan\nthực hiện", "Thời gian\nhoàn thành", "Cơ quan phối hợp",
               "Ghi chú"])
    ws.append([])
    for col in range(1, 7):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    group = None
    wrap = Alignment(wrap_text=True, vertical="top")
    for task in draft.tasks:
        if task.group != group:
            group = task.group
            ws.append([group])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        ws.append([task.ref, task.content, task.lead, task.deadline, task.coordinating, task.note])
        for cell in ws[ws.max_row]:
            cell.alignment = wrap
    wb.save(path)


def run(sizes=SIZES) -> list[dict]:
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"phu-luc-{n}.xlsx"
            write_workbook(path, n)
            ws = open_workspace(Path(tmp) / "data")
            with ws.db.transaction() as session:
                setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
            read, traced, previewed, applied, again = Measure(), Measure(), Measure(), Measure(), Measure()
            with measure(traced):  # peak memory (tracing slows the run down, so it is timed apart)
                plan_import.read_file(path)
            with measure(read, trace_memory=False):
                draft = plan_import.read_file(path)
            with measure(previewed, trace_memory=False):
                with ws.db.reader() as session:
                    preview = plan_import.preview(session, draft)
            with measure(applied, trace_memory=False):
                with ws.db.transaction() as session:
                    result = plan_import.apply(session, draft)
            with measure(again, trace_memory=False):
                with ws.db.transaction() as session:
                    second = plan_import.apply(session, plan_import.read_file(path))
            ws.close()
            total = read.seconds + previewed.seconds + applied.seconds
            rows.append({
                "rows": n, "file_kib": round(path.stat().st_size / 1024), "tasks_read": len(draft.tasks),
                "read_s": round(read.seconds, 3), "read_peak_mib": round(traced.peak_mib, 1),
                "preview_s": round(previewed.seconds, 3), "import_s": round(applied.seconds, 3),
                "read+preview+import_s": round(total, 3), "reimport_unchanged_s": round(again.seconds, 3),
                "added": result.counts()["added"], "unchanged_on_reimport": second.unchanged,
                "target": (("OK" if total < TARGET_SECONDS else "CHẬM") + f" (< {TARGET_SECONDS:g} s)")
                if n == TARGET_ROWS else "",
            })
            assert len(preview.added) == n
    return rows


def main() -> None:
    rows = run()
    headers = list(rows[0])
    print_table("Nhập kế hoạch từ tệp .xlsx (đọc, xem trước, nhập, nhập lại)", headers,
                [[r[h] for h in headers] for r in rows])
    write_json("import", rows)


if __name__ == "__main__":
    main()
