"""Report commands: ``report`` (generate the periodic report), ``reports`` (the register) and
``report-sent`` (mark a report as sent)."""

from __future__ import annotations

import argparse

from kh57desk.cli import context as cli_context
from kh57desk.domain.dates import format_date
from kh57desk.errors import InputError
from kh57desk.cli.lazy import lazy_module

report_data, R, setup = (lazy_module(f"kh57desk.services.{name}")
                         for name in ("report_data", "report_register", "setup"))

FORMAT_CHOICES = {"pdf": ("pdf",), "xlsx": ("xlsx",), "both": ("pdf", "xlsx")}
FORMAT_LABELS = {"pdf": "PDF", "xlsx": "Excel"}


def register(subparsers, common) -> None:
    p = subparsers.add_parser("report", parents=[common], help="lập báo cáo định kỳ (PDF, Excel)")
    p.add_argument("--period", metavar="KỲ", help="kỳ báo cáo, ví dụ 2025-Q2 (mặc định: kỳ hiện tại)")
    p.add_argument("--format", dest="fmt", default="both", choices=tuple(FORMAT_CHOICES),
                   help="pdf, xlsx hoặc both (mặc định: cả hai)")
    p.add_argument("--out", metavar="TỆP", help="ghi thêm một bản ra tệp này (không ghi đè tệp đã có)")
    p.add_argument("--number", metavar="SỐ", help="số báo cáo, ví dụ 12 hoặc 12/BC-SNV (mặc định: số tiếp theo)")
    p.add_argument("--date", metavar="NGÀY", help="ngày báo cáo dd/mm/yyyy (mặc định: hôm nay)")
    p.add_argument("--plan", metavar="KẾ_HOẠCH", help="kế hoạch (mã hoặc số, ví dụ 26/KH-UBND) khi có nhiều kế hoạch")
    p.add_argument("--summary", action="store_true", help="chỉ xem trước số liệu sẽ đưa vào báo cáo, không tạo tệp")
    p.add_argument("--today", metavar="NGÀY", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_report)

    p = subparsers.add_parser("reports", parents=[common], help="sổ báo cáo đã lập (số, ngày, ký số, đã gửi)")
    p.add_argument("--period", metavar="KỲ", help="chỉ các báo cáo của kỳ này")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_reports)

    p = subparsers.add_parser("report-sent", parents=[common], help="đánh dấu một báo cáo là đã gửi")
    p.add_argument("report_id", metavar="MÃ", help="mã báo cáo trong sổ (cột Mã của 'kh57 reports')")
    p.add_argument("--on", metavar="NGÀY", help="ngày gửi dd/mm/yyyy (mặc định: hôm nay)")
    p.set_defaults(handler=cmd_report_sent)


def _plan_id(session, args) -> int | None:
    return report_data.find_plan(session, args.plan).id if args.plan else None


def _print_summary(s) -> None:
    print(f"Báo cáo {s.plan_name}, {s.period_label} ({s.period_id}) của {s.agency}")
    print(f"Thời gian chốt số liệu: {s.window_text}; tính đến ngày {s.as_of:%d/%m/%Y}")
    print(f"Tổng số nhiệm vụ: {s.total} (chủ trì {s.lead_total}, phối hợp {s.coordinate_total})")
    cli_context.print_table(["Tình trạng", "Chủ trì", "Phối hợp", "Tổng"],
                  [[c.label, str(c.lead), str(c.coordinate), str(c.total)] for c in s.status_counts])
    print(f"Khó khăn: {len(s.difficulties)} · Đề xuất: {len(s.proposals) + len(s.adjustments)} · "
          f"Nhiệm vụ kỳ tới ({s.next_period_label}): {len(s.next_tasks)} · Chỉ tiêu: {len(s.targets)}")


def _summary_json(s) -> dict:
    return {"period": s.period_id, "label": s.period_label, "window_start": s.window_start.isoformat(),
            "window_end": s.window_end.isoformat(), "as_of": s.as_of.isoformat(), "plan": s.plan_name,
            "agency": s.agency, "total": s.total, "lead": s.lead_total, "coordinate": s.coordinate_total,
            "status_counts": {c.status: {"lead": c.lead, "coordinate": c.coordinate, "total": c.total}
                              for c in s.status_counts},
            "difficulties": len(s.difficulties), "proposals": len(s.proposals), "adjustments": len(s.adjustments),
            "overdue": [n.ref for n in s.overdue], "next_period": s.next_period_label,
            "next_tasks": [n.ref for n in s.next_tasks], "targets": len(s.targets)}


def _info_json(info: R.GeneratedReportInfo) -> dict:
    return {"id": info.id, "uid": info.uid, "period": info.period, "number": info.number,
            "issued_on": info.issued_on.isoformat(), "version": info.version, "pages": info.pages,
            "font": info.font_family, "signed": info.signed, "submitted": info.submitted,
            "submitted_on": info.submitted_on.isoformat() if info.submitted_on else None,
            "files": [{"path": str(f.path), "format": f.format, "sha256": f.sha256, "size": f.size,
                       "exists": f.exists, **({"signature_box": f.signature_box} if f.signature_box else {})}
                      for f in info.files],
            "copies": [str(p) for p in info.copies], "warnings": list(info.warnings)}


def cmd_report(args) -> int:
    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws)
    today = cli_context.today(args)
    if args.summary:
        with ws.db.reader() as session:
            setup.require_configured(session)
            s = R.summary(session, period, today, _plan_id(session, args))
        if args.json:
            cli_context.print_json(_summary_json(s))
        else:
            _print_summary(s)
        return 0

    with ws.db.transaction() as session:
        setup.require_configured(session)
        info = R.generate(ws, session, period, FORMAT_CHOICES[args.fmt], out=args.out,
                          plan_id=_plan_id(session, args), number=args.number, date=args.date, today=today)
    if args.json:
        cli_context.print_json(_info_json(info))
        return 0
    print(f"Đã lập báo cáo số {info.number} ngày {format_date(info.issued_on)}, kỳ {period.id} "
          f"({period.label}), lần {info.version}:")
    for f in info.files:
        size = f"{f.size:,}".replace(",", ".")
        pages = f", {info.pages} trang" if f.format == "pdf" else ""
        print(f"  {FORMAT_LABELS[f.format]}: {f.path} ({size} byte{pages})")
    for path in info.copies:
        print(f"  Bản sao: {path}")
    for warning in info.warnings:
        print(f"Lưu ý: {warning}")
    return 0


def cmd_reports(args) -> int:
    ws = cli_context.workspace(args)
    with ws.db.reader() as session:
        items = R.list_reports(session, ws.data_dir, period=args.period.strip().upper() if args.period else None)
    if args.json:
        cli_context.print_json({"reports": [_info_json(i) for i in items]})
        return 0
    if not items:
        print("Chưa lập báo cáo nào." if not args.period else f"Chưa lập báo cáo nào cho kỳ {args.period}.")
        return 0
    rows = []
    for i in items:
        files = ", ".join(f.format.upper() + ("" if f.exists else " (mất tệp)") for f in i.files)
        rows.append([str(i.id), i.period, i.number, format_date(i.issued_on), str(i.version), files,
                     f"{i.signature_label} ({i.signer})" if i.signed and i.signer else i.signature_label,
                     i.sent_label])
    cli_context.print_table(["Mã", "Kỳ", "Số", "Ngày", "Lần", "Tệp", "Ký số", "Gửi"], rows)
    return 0


def cmd_report_sent(args) -> int:
    if not str(args.report_id).strip().isdigit():
        raise InputError(f"Mã báo cáo '{args.report_id}' phải là một số (xem cột Mã của 'kh57 reports').")
    ws = cli_context.workspace(args)
    day = cli_context.date_arg(args.on, "Ngày gửi")
    with ws.db.transaction() as session:
        info = R.mark_submitted(session, int(args.report_id), day)
    print(f"Báo cáo số {info.number} (kỳ {info.period}, lần {info.version}): {info.sent_label.lower()}.")
    return 0
