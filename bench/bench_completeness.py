"""Completeness at the coordinator: 1,000 and 10,000 tasks × 100 agencies.

Target (issue #11): with 10,000 tasks and 100 agencies, completeness in under 1 s. The cost
grows with agencies + task links, not agencies × tasks.

The coordinator's database holds a synthetic plan made from the sample's real cells, the
default directory plus communes (kind ``local``, reached through "UBND các xã, phường"), and
for half of the agencies a report package and an entry on every task they lead.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from bench.common import Measure, measure, print_table, synthetic_draft, write_json

SIZES = (1_000, 10_000)
AGENCIES = 100
PERIOD = "2025-Q2"
COORDINATOR = "Sở Khoa học và Công nghệ"


def coordinator_workspace(folder: Path, tasks: int, agencies: int = AGENCIES) -> None:
    """A coordinator's data folder with ``tasks`` tasks, ``agencies`` agencies and reports from half."""
    from sqlalchemy import insert, select

    from kh57desk.db.models import PackageLog, ProgressUpdate, TaskAgency, new_uid
    from kh57desk.domain.agency_groups import GROUP_TERMS
    from kh57desk.domain.periods import parse_period
    from kh57desk.services import agencies as agency_service, plan_apply, setup
    from kh57desk.workspace import open_workspace

    period = parse_period(PERIOD)
    ws = open_workspace(folder)
    with ws.db.transaction() as session:
        setup.initialise(session, COORDINATOR, coordinator=True)
        present = len(agency_service.list_all(session))
        for number in range(max(0, agencies - present)):
            agency_service.add(session, f"Ủy ban nhân dân xã Thử Nghiệm {number + 1}", kind="local")
        plan_apply.apply(session, synthetic_draft(tasks))
        groups = {group.key: group.kinds for group in GROUP_TERMS}
        lead_links = session.execute(select(TaskAgency.task_id, TaskAgency.agency_id, TaskAgency.group_key)
                                     .where(TaskAgency.role == "lead")).all()
        rows = [row for row in agency_service.list_all(session) if row.name != COORDINATOR]
        entries, logs = [], []
        for index, row in enumerate(rows[::2]):
            led = {link.task_id for link in lead_links
                   if link.agency_id == row.id or row.kind in groups.get(link.group_key, ())}
            entries += [{"uid": new_uid(), "task_id": task_id, "on_date": period.end, "agency_id": row.id,
                         "state": ("completed", "in_progress", "not_started")[task_id % 3],
                         "percent": 50 if task_id % 3 == 1 else None,
                         "completed_on": period.end if task_id % 3 == 0 else None} for task_id in sorted(led)]
            logs.append({"kind": "report", "producer_db": f"bench-{index}", "producer_agency": row.name,
                         "sequence": 1, "period": PERIOD, "manifest_sha256": f"{index:064d}",
                         "created_at": dt.datetime.combine(period.end, dt.time(9)) + dt.timedelta(days=index % 20)})
        if entries:
            session.execute(insert(ProgressUpdate), entries)
        session.execute(insert(PackageLog), logs)
    ws.close()


def run(sizes=SIZES) -> list[dict]:
    from kh57desk.coordinator.completeness import completeness
    from kh57desk.db.models import Agency, ProgressUpdate, TaskAgency
    from kh57desk.domain.periods import parse_period
    from kh57desk.workspace import open_workspace

    period = parse_period(PERIOD)
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            coordinator_workspace(folder, n)
            ws = open_workspace(folder)
            with ws.db.reader() as session:
                links = session.query(TaskAgency).count()
                entries = session.query(ProgressUpdate).count()
                agency_count = session.query(Agency).count()
            times = []
            for _ in range(3):
                timed = Measure()
                with measure(timed, trace_memory=False):
                    with ws.db.reader() as session:
                        result = completeness(session, period, today=period.end)
                times.append(timed.seconds)
            traced = Measure()
            with measure(traced):
                with ws.db.reader() as session:
                    completeness(session, period, today=period.end)
            ws.close()
            rows.append({"tasks": n, "agencies": agency_count, "concerned": len(result.agencies), "task links": links,
                         "entries": entries, "completeness s (< 1)": round(min(times), 3),
                         "µs per task link": round(min(times) / max(links, 1) * 1e6, 1),
                         "overdue pairs": len(result.overdue_tasks), "peak MiB": round(traced.peak_mib, 1)})
    return rows


def main() -> None:
    rows = run()
    headers = list(rows[0])
    print_table("Tổng hợp tình hình báo cáo (coordinator, 100 cơ quan)", headers,
                [[r[h] for h in headers] for r in rows])
    write_json("completeness", rows)


if __name__ == "__main__":
    main()
