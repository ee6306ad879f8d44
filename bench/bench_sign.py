"""Sign and verify a generated report at 100, 300 and 1,000 tasks.

Target (issue #6): signing a 300-task report PDF takes under 1 s on top of generating it.
Signing = open the .p12, check the certificate, PAdES B-B with the visible Decree 30 stamp
(embedded font, signature and seal images) written to a new file; the Excel file gets a .p7s.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, Measure, measure, print_table, synthetic_draft, write_json
from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_apply, report_register, setup, signing_service, tasks
from kh57desk.signing import keys
from kh57desk.workspace import open_workspace

sys.path.insert(0, str(ROOT / "tests"))
import pki  # noqa: E402 - the test PKI builds the CA and the .p12

SIZES = (100, 300, 1_000)
PERIOD = "2025-Q2"


def _workspace(folder: Path, n: int, images: tuple[Path, Path]):
    ws = open_workspace(folder)
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", signer_name="Nguyễn Văn An")
        plan_apply.apply(session, synthetic_draft(n))
        signing_service.update_settings(ws, session, signature_image=str(images[0]), seal_image=str(images[1]))
    return ws


def _sign_report(ws, report_id: int, p12: Path, password: str):
    with ws.db.transaction() as session:
        return signing_service.sign_report(ws, session, report_id, keys.P12File(p12), password)


def run(sizes=SIZES) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as pki_tmp:
        pki_dir = Path(pki_tmp)
        ca = pki.make_ca()
        p12 = pki.write_p12(pki_dir / "ky.p12", pki.make_signer(ca), ca)
        images = pki.make_images(pki_dir)
        for n in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                ws = _workspace(Path(tmp), n, images)
                period = parse_period(PERIOD)
                with ws.db.reader() as session:
                    in_report = len(tasks.list_tasks(session, period))
                times: dict[str, list[float]] = {"gen": [], "pdf": [], "xlsx": [], "verify": []}
                for _attempt in range(3):
                    gen = Measure()
                    with measure(gen, trace_memory=False):
                        with ws.db.transaction() as session:
                            info = report_register.generate(ws, session, period, formats=("pdf", "xlsx"),
                                                            today=dt.date(2025, 6, 20))
                    times["gen"].append(gen.seconds)
                    with ws.db.transaction() as session:  # the PDF alone, then the XLSX alone
                        pdf_row = report_register.generate(ws, session, period, formats=("pdf",),
                                                           today=dt.date(2025, 6, 20))
                        xlsx_row = report_register.generate(ws, session, period, formats=("xlsx",),
                                                            today=dt.date(2025, 6, 20))
                    signed = Measure()
                    with measure(signed, trace_memory=False):
                        result = _sign_report(ws, pdf_row.id, p12, pki.P12_PASSWORD)
                    times["pdf"].append(signed.seconds)
                    signed_x = Measure()
                    with measure(signed_x, trace_memory=False):
                        _sign_report(ws, xlsx_row.id, p12, pki.P12_PASSWORD)
                    times["xlsx"].append(signed_x.seconds)
                    checked = Measure()
                    with measure(checked, trace_memory=False):
                        verdict = signing_service.verify_file(result.files[0].path)
                    assert verdict.ok, verdict.summary()
                    times["verify"].append(checked.seconds)
                with ws.db.transaction() as session:
                    last = report_register.generate(ws, session, period, formats=("pdf",), today=dt.date(2025, 6, 20))
                traced = Measure()
                with measure(traced, trace_memory=True):
                    _sign_report(ws, last.id, p12, pki.P12_PASSWORD)
                peak = traced.peak_mib
                pdf_file = next(f for f in info.files if f.format == "pdf")
                rows.append({
                    "tasks": n, "in report": in_report, "pages": info.pages,
                    "pdf KiB": round(pdf_file.size / 1024),
                    "generate pdf+xlsx s": round(min(times["gen"]), 3),
                    "sign pdf s (first in process)": round(times["pdf"][0], 3), "sign pdf s": round(min(times["pdf"]), 3),
                    "sign xlsx .p7s s": round(min(times["xlsx"]), 3), "verify pdf s": round(min(times["verify"]), 3),
                    "sign peak MiB": round(peak, 1)})
                ws.close()
    return rows


def main() -> None:
    rows = run()
    headers = list(rows[0])
    print_table("Ký số báo cáo (PAdES B-B, chữ ký hiển thị) và kiểm tra chữ ký", headers,
                [[r[h] for h in headers] for r in rows])
    write_json("sign", rows)


if __name__ == "__main__":
    main()
