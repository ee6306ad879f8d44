"""The coordinator imports N report packages of 300 tasks each (N = 10, 50, 100).

Target (issue #7): 100 packages imported in under 30 s, and the consolidated report built in
under 5 s, on the development machine.
Packages are built the way ``kh57 export-report`` writes them (same manifest and container
code), from 100 agencies of the directory plus synthetic communes.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.common import Measure, agency_names, coordinator_with_plan, measure, print_table, rss_mib, write_json
from kh57desk.domain.periods import parse_period
from kh57desk.coordinator import consolidated_report
from kh57desk.signing import origin
from kh57desk.sync import container, manifest as manifests, package_import

SIZES = (10, 50, 100)
TASKS = 300


def _package(folder: Path, agency: str, plan_uid: str, task_uids: list[str], period) -> Path:
    entries = [{"task_uid": uid, "state": "completed" if i % 3 == 0 else "in_progress", "percent": 100 if i % 3 == 0
                else 40, "completed_on": "2025-06-01" if i % 3 == 0 else None,
                "result": f"Đã triển khai nội dung số {i} theo kế hoạch; ban hành văn bản hướng dẫn.",
                "output_doc_number": f"Công văn số {i}/SYT-KHTC" if i % 5 == 0 else "",
                "output_doc_date": "2025-05-20" if i % 5 == 0 else None,
                "difficulties": "Thiếu kinh phí thực hiện." if i % 7 == 0 else "",
                "proposals": "Đề nghị bổ sung kinh phí." if i % 11 == 0 else "", "updated_at": "2025-06-10T08:00:00"}
               for i, uid in enumerate(task_uids)]
    data = {"agency": agency, "period": {"id": period.id, "start": period.start.isoformat(),
                                         "end": period.end.isoformat()},
            "entries": entries, "indicator_values": [], "attachments": [], "reports": []}
    files = {manifests.DATA_FILE[manifests.REPORT]: json.dumps(data, ensure_ascii=False).encode("utf-8")}
    producer = {"database_id": str(uuid.uuid4()), "agency": agency, "mode": "agency"}
    key = origin.OriginKey(Ed25519PrivateKey.generate())  # each agency database signs with its own key
    manifest = manifests.build(manifests.REPORT, producer, 1, [plan_uid], files, period=period.id, origin_public=key.public_text)
    return container.write_package(container.free_name(folder, "goi"), manifest, files, None,
                                   key.sign(container.manifest_bytes(manifest)))


def run(sizes=SIZES) -> list[dict]:
    period = parse_period("2025-Q2")
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            ws, task_uids, plan_uid = coordinator_with_plan(root / "coord", TASKS)
            folder = root / "in"
            folder.mkdir()
            for name in agency_names(ws, n):
                _package(folder, name, plan_uid, task_uids, period)
            size = sum(p.stat().st_size for p in folder.iterdir())
            imported = Measure()
            with measure(imported, trace_memory=False):  # tracing would double the time
                results = package_import.import_paths(ws, [folder], trust_new_sender=True)
            failed = [r.message for r in results if not r.ok]
            if failed:
                raise SystemExit(f"import failed: {failed[0]}")
            timings = {}
            for fmt in ("pdf", "xlsx"):
                m = Measure()
                with measure(m, trace_memory=False):
                    with ws.db.transaction() as s:
                        result = consolidated_report.generate(ws, s, period, (fmt,), today=period.end)
                timings[fmt] = (m.seconds, result.files[0].stat().st_size)
            ws.close()
            rows.append({"packages": n, "tasks each": TASKS, "total MB": round(size / 2**20, 1),
                         "import s": round(imported.seconds, 2), "per package ms": round(imported.seconds / n * 1000),
                         "consolidated PDF s (KB)": f"{timings['pdf'][0]:.2f} ({timings['pdf'][1] // 1024})",
                         "consolidated XLSX s (KB)": f"{timings['xlsx'][0]:.2f} ({timings['xlsx'][1] // 1024})",
                         "process peak RSS MiB": round(rss_mib())})
    return rows


def main() -> None:
    rows = run()
    headers = list(rows[0])
    print_table("Cơ quan tổng hợp nhập gói báo cáo", headers, [[r[h] for h in headers] for r in rows])
    write_json("sync", rows)


if __name__ == "__main__":
    main()
