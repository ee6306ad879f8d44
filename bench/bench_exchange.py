"""The exchange you can trust, at scale: the coordinator imports 100 report packages of 300 tasks
each, every one signed with its agency database's own Ed25519 key and 30 also with a person's CA
certificate (each agency binding its key and certificate on first use), then writes the verdict
packages for the 100 agencies (accept, signed with the coordinator's key).

Targets (issue 14): import < 10 s, verdict packages < 5 s. Prints sizes, times and peak memory.
"""

from __future__ import annotations

import json
import sys
import tempfile
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, func

from bench.common import Measure, agency_names, coordinator_with_plan, measure, print_table, rss_mib, write_json
from kh57desk.coordinator import verdicts as coordinator_verdicts
from kh57desk.db.models import SenderCertificate, SenderKey
from kh57desk.domain.periods import parse_period
from kh57desk.services import settings as settings_service, signing_service, verdicts
from kh57desk.signing import origin
from kh57desk.sync import container, manifest as manifests, package_import, verdict_package

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from pki import P12_PASSWORD, make_ca, make_signer, write_p12  # noqa: E402 - the tests' throwaway PKI

AGENCIES, TASKS, CA_SIGNED = 100, 300, 30
PERIOD = parse_period("2025-Q2")


def _updates(task_uids: list[str], index: int) -> list[dict]:
    return [{"uid": str(uuid.uuid4()), "task_uid": uid, "on": "2025-05-20",
             "state": "completed" if i % 3 == 0 else "in_progress", "percent": 100 if i % 3 == 0 else 40,
             "completed_on": "2025-05-15" if i % 3 == 0 else None,
             "result": f"Đã triển khai nội dung số {i} theo kế hoạch; ban hành văn bản hướng dẫn (cơ quan {index}).",
             "output_doc_number": f"Công văn số {i}/KH-{index}" if i % 5 == 0 else "",
             "output_doc_date": "2025-05-10" if i % 5 == 0 else None,
             "difficulties": "Thiếu kinh phí thực hiện." if i % 7 == 0 else "", "proposals": "",
             "revision": 1, "deleted": False, "created_at": "2025-05-20T09:00:00", "edited_at": "2025-05-20T09:00:00",
             "entered_by": "bench", "late_for": ""} for i, uid in enumerate(task_uids)]


def _package(folder: Path, agency: str, index: int, plan_uid: str, task_uids: list[str], cms_sign) -> Path:
    data = {"agency": agency, "period": {"id": PERIOD.id, "start": PERIOD.start.isoformat(),
                                         "end": PERIOD.end.isoformat()},
            "updates": _updates(task_uids, index), "indicator_values": [], "attachments": [], "reports": []}
    files = {manifests.DATA_FILE[manifests.REPORT]: json.dumps(data, ensure_ascii=False).encode("utf-8")}
    key = origin.OriginKey(Ed25519PrivateKey.generate())  # each agency database's own key
    producer = {"database_id": str(uuid.uuid4()), "agency": agency, "mode": "agency"}
    manifest = manifests.build(manifests.REPORT, producer, 1, [plan_uid], files, period=PERIOD.id, origin_public=key.public_text)
    manifest_bytes = container.manifest_bytes(manifest)
    return container.write_package(folder / f"bao-cao-{index:03d}.kh57", manifest, files,
                                   cms_sign(manifest_bytes) if cms_sign else None, key.sign(manifest_bytes))


def _signers(root: Path, prefs) -> list:
    """A CA and one person's .p12 for each of the first ``CA_SIGNED`` agencies."""
    ca = make_ca()
    signs = []
    for i in range(CA_SIGNED):
        source = signing_service.key_source(prefs, p12=write_p12(root / f"nguoi-ky-{i}.p12",
                                                                  make_signer(ca, f"Người Ký {i}"), ca))
        signs.append(lambda data, source=source: signing_service.sign_bytes(data, source, P12_PASSWORD, prefs))
    return signs


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        ws, task_uids, plan_uid = coordinator_with_plan(root / "so-khcn", TASKS)
        with ws.db.reader() as s:
            prefs = settings_service.load(s)
        names = agency_names(ws, AGENCIES)
        signs = _signers(root, prefs)
        folder = root / "nhan"
        folder.mkdir()
        built = Measure()
        with measure(built, trace_memory=False):
            for index, name in enumerate(names):
                _package(folder, name, index, plan_uid, task_uids, signs[index] if index < CA_SIGNED else None)
        sizes = sorted(p.stat().st_size for p in folder.iterdir())

        imported = Measure()
        with measure(imported, trace_memory=False):  # tracing would double the time
            results = package_import.import_paths(ws, [folder], trust_new_sender=True)
        failed = [r.message for r in results if not r.ok]
        if failed:
            raise SystemExit(f"import failed: {failed[0]}")
        rss_after_import = rss_mib()
        with ws.db.reader() as s:
            keys = s.scalar(select(func.count()).select_from(SenderKey))
            certificates = s.scalar(select(func.count()).select_from(SenderCertificate))
        traced = Measure()
        with measure(traced):  # one more package, traced, for the per-package peak
            again = package_import.import_paths(ws, [folder / "bao-cao-000.kh57"])
        assert again[0].ok and again[0].preview.already_imported

        out = root / "ket-qua"
        written = Measure()
        with measure(written, trace_memory=False):
            for name in names:
                with ws.db.transaction() as s:
                    coordinator_verdicts.decide(s, name, PERIOD, verdicts.ACCEPTED)
                    verdict_package.export_for(s, name, out)
        verdict_sizes = sorted(p.stat().st_size for p in out.iterdir())
        ws.close()
    return [{"step": "import 100 report packages", "files": len(sizes), "KiB each (median)": sizes[len(sizes) // 2] // 1024,
             "total MiB": round(sum(sizes) / 2**20, 1), "seconds": round(imported.seconds, 2), "target s": 10,
             "detail": f"{keys} keys bound, {certificates} certificates registered, "
                       f"traced peak per package {traced.peak_mib:.1f} MiB",
             "peak RSS MiB": round(rss_after_import)},
            {"step": "verdict packages for 100 agencies", "files": len(verdict_sizes),
             "KiB each (median)": round(verdict_sizes[len(verdict_sizes) // 2] / 1024, 1),
             "total MiB": round(sum(verdict_sizes) / 2**20, 2), "seconds": round(written.seconds, 2), "target s": 5,
             "detail": "accept + package signed with the coordinator's key", "peak RSS MiB": round(rss_mib())},
            {"step": "(building the 100 packages)", "files": len(sizes), "KiB each (median)": "", "total MiB": "",
             "seconds": round(built.seconds, 2), "target s": "", "detail": f"{CA_SIGNED} also CMS-signed",
             "peak RSS MiB": ""}]


def main() -> None:
    rows = run()
    headers = list(rows[0])
    print_table("Trao đổi gói có xác thực: 100 cơ quan × 300 nhiệm vụ", headers, [[r[h] for h in headers] for r in rows])
    write_json("exchange", rows)


if __name__ == "__main__":
    main()
