"""Open a database and list/search its tasks at 100, 1,000 and 10,000 tasks.

Target (issue #2): a diacritic-insensitive search over 10,000 tasks in under 50 ms.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import Measure, measure, print_table, synthetic_draft, write_json
from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_apply, setup, tasks
from kh57desk.workspace import open_workspace

SIZES = (100, 1_000, 10_000)
QUERIES = ("chuyen doi so", "giải thưởng lê quý đôn", "khong co trong du lieu")


def run(sizes=SIZES) -> list[dict]:
    rows = []
    period = parse_period("2025-Q2")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            ws = open_workspace(Path(tmp))
            with ws.db.transaction() as session:
                setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
            build = Measure()
            with measure(build, trace_memory=False):
                with ws.db.transaction() as session:
                    plan_apply.apply(session, synthetic_draft(n))
            ws.close()
            opened = Measure()
            with measure(opened):
                ws = open_workspace(Path(tmp))
            listed = Measure()
            with measure(listed):
                with ws.db.reader() as session:
                    all_rows = tasks.list_tasks(session, period)
            listed_fast = Measure()
            with measure(listed_fast, trace_memory=False):
                with ws.db.reader() as session:
                    tasks.list_tasks(session, period)
            best, best_rows = {}, {}
            for query in QUERIES:
                times, row_times = [], []
                for _ in range(5):
                    m = Measure()
                    with measure(m, trace_memory=False):
                        with ws.db.reader() as session:
                            found = tasks.search_ids(session, query)
                    times.append(m.seconds)
                    m = Measure()
                    with measure(m, trace_memory=False):
                        with ws.db.reader() as session:
                            tasks.list_tasks(session, period, search=query)
                    row_times.append(m.seconds)
                best[query] = (min(times), len(found))
                best_rows[query] = min(row_times)
            ws.close()
            rows.append({"tasks": n, "import_s": round(build.seconds, 3), "open_ms": round(opened.seconds * 1000, 1),
                         "list_ms": round(listed_fast.seconds * 1000, 1), "list_peak_mib": round(listed.peak_mib, 1),
                         "listed": len(all_rows),
                         **{f"search '{q}' ms (hits) / with rows ms": f"{best[q][0] * 1000:.1f} ({best[q][1]}) / "
                            f"{best_rows[q] * 1000:.1f}" for q in QUERIES}})
    return rows


def main() -> None:
    rows = run()
    headers = list(rows[0])
    print_table("Mở cơ sở dữ liệu, liệt kê và tìm kiếm nhiệm vụ", headers, [[r[h] for h in headers] for r in rows])
    write_json("tasks", rows)


if __name__ == "__main__":
    main()
