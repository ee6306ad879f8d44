"""Shared pieces of the benchmarks: synthetic data built from the sample plan, timing, a table."""

from __future__ import annotations

import gc
import json
import random
import sys
import time
import tracemalloc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kh57desk.services import plan_apply, sample_plan  # noqa: E402


@dataclass
class Measure:
    seconds: float = 0.0
    peak_mib: float = 0.0


@contextmanager
def measure(result: Measure, trace_memory: bool = True):
    gc.collect()
    if trace_memory:
        tracemalloc.start()
    start = time.perf_counter()
    try:
        yield result
    finally:
        result.seconds = time.perf_counter() - start
        if trace_memory:
            result.peak_mib = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()


def rss_mib() -> float:
    """Peak resident memory of this process so far (MiB)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def synthetic_draft(n: int, seed: int = 57) -> plan_apply.PlanDraft:
    """A plan of ``n`` tasks made by repeating and varying the 98 real tasks of the sample."""
    rng = random.Random(seed)
    base = sample_plan.load_draft()
    tasks = []
    for i in range(n):
        src = base.tasks[i % len(base.tasks)]
        round_ = i // len(base.tasks)
        tasks.append(plan_apply.TaskDraft(
            ref=f"({i + 1})", content=f"{src.content} (đợt {round_ + 1}, mục {rng.randint(1, 999)})",
            group=src.group, lead=src.lead, coordinating=src.coordinating, deadline=src.deadline, note=src.note,
            source_row=i + 1))
    return plan_apply.PlanDraft(tasks=tasks, number=f"{n}/KH-BENCH", title=f"Kế hoạch thử {n} nhiệm vụ",
                                source_file="bench")


def coordinator_with_plan(folder: Path, tasks: int):
    """A coordinator's workspace in ``folder`` holding a synthetic plan of ``tasks`` tasks; returns
    (workspace, task uids in plan order, the plan's uid)."""
    from sqlalchemy import select

    from kh57desk.db.models import Task
    from kh57desk.services import setup
    from kh57desk.workspace import open_workspace

    ws = open_workspace(folder)
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        plan_apply.apply(session, synthetic_draft(tasks))
    with ws.db.reader() as session:
        task_uids = list(session.scalars(select(Task.uid).order_by(Task.position)))
        plan_uid = session.scalars(select(Task).limit(1)).first().plan.uid
    return ws, task_uids, plan_uid


def agency_names(ws, n: int) -> list[str]:
    """``n`` agencies of the coordinator's directory (itself left out), synthetic communes added."""
    from kh57desk.services import agencies, settings

    with ws.db.transaction() as s:
        own = settings.load(s).agency_name
        names = [a.name for a in agencies.list_all(s) if a.name != own]
        for i in range(len(names), n):
            name = f"Ủy ban nhân dân xã Thử Nghiệm {i}"
            agencies.add(s, name, kind="local")
            names.append(name)
    return names[:n]


def print_table(title: str, headers: list[str], rows: list[list]) -> None:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    print(f"\n## {title}")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        print("| " + " | ".join(c.rjust(w) for c, w in zip(row, widths)) + " |")


def write_json(name: str, rows: list[dict]) -> None:
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
