"""Generating the province's consolidated report (PDF and/or XLSX) at the coordinator, recorded
in the report register like any report of the Department."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.coordinator.consolidated_document import document
from kh57desk.coordinator.consolidation import Consolidated, consolidate
from kh57desk.db.models import GeneratedReport
from kh57desk.domain.periods import Period
from kh57desk.errors import InputError
from kh57desk.reports import output_files
from kh57desk.reports.numbering import format_report_number, parse_report_number
from kh57desk.services import audit, report_register, settings as settings_service
from kh57desk.services.setup import require_configured
from kh57desk.workspace import Workspace

FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class ConsolidatedResult:
    report_id: int
    number: str
    files: list[Path]
    data: Consolidated
    warnings: tuple[str, ...] = ()  # an early date, a substitute font (as for an agency's report)


def generate(workspace: Workspace, session: Session, period: Period, formats=FORMATS, out: Path | None = None,
             today: dt.date | None = None, number: str = "", day: dt.date | None = None) -> ConsolidatedResult:
    prefs = require_configured(session)
    if prefs.mode != settings_service.COORDINATOR_MODE:
        raise InputError("Báo cáo tổng hợp chỉ lập ở cơ sở dữ liệu của cơ quan tổng hợp (chế độ điều phối).")
    formats = tuple(dict.fromkeys(f.lower() for f in formats))
    if not formats or any(f not in FORMATS for f in formats):
        raise InputError("Định dạng phải là pdf, xlsx hoặc cả hai.")
    if out is not None and len(formats) > 1:
        raise InputError("--out chỉ dùng khi tạo một định dạng; bỏ --out để tạo cả PDF và Excel.")
    day = day or dt.date.today()
    data = consolidate(session, period, today)
    if not data.agencies:
        raise InputError("Chưa có cơ quan nào được giao nhiệm vụ; hãy nhập kế hoạch trước.")
    if number:
        printed, n = parse_report_number(number, prefs.report_prefix)
    else:
        n = report_register.next_number(session, day)
        printed = format_report_number(n, prefs.report_prefix)
    report_register.consume_number(session, n, day)
    doc = document(data, prefs, printed, day)
    rendered: dict[str, bytes] = {}
    family = ""
    if "pdf" in formats:
        from kh57desk.coordinator.consolidated_pdf import render as render_pdf

        pdf = render_pdf(doc, data)
        rendered["pdf"], family = pdf.data, pdf.font_family
    if "xlsx" in formats:
        from kh57desk.coordinator.consolidated_xlsx import render as render_xlsx

        rendered["xlsx"] = render_xlsx(doc, data)
    folder = workspace.reports / period.id
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for fmt, blob in rendered.items():
            target = Path(out) if out is not None else folder / f"tong-hop-{period.id}.{fmt}"
            written.append(output_files.write_new(target, blob))
    except OSError as exc:
        output_files.remove_all(written)
        raise InputError(f"Không ghi được tệp báo cáo tổng hợp: {exc.strerror or exc}.") from None
    files = [{"path": _stored(workspace, p), "format": p.suffix.lstrip("."),
              "sha256": hashlib.sha256(p.read_bytes()).hexdigest(), "size": p.stat().st_size} for p in written]
    row = GeneratedReport(period=period.id, number=printed, issued_on=day, version=1,
                          files=json.dumps(files, ensure_ascii=False), signer=prefs.signer_name,
                          recipients=json.dumps(doc.recipients, ensure_ascii=False),
                          note=json.dumps({"kind": "consolidated"}))
    session.add(row)
    session.flush()
    audit.record(session, "report.consolidate", "generated_report", row.uid, period=period.id, number=printed,
                 files=[p.name for p in written])
    return ConsolidatedResult(row.id, printed, written, data,
                              report_register.generation_warnings(period, day, family))


def _stored(workspace: Workspace, path: Path) -> str:
    try:
        return path.resolve().relative_to(workspace.data_dir.resolve()).as_posix()
    except ValueError:
        return str(path.resolve())
