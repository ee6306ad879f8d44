"""File sync commands: export-tasks, export-report, import-package, completeness."""

from __future__ import annotations

import argparse
from pathlib import Path

from kh57desk.cli import context as cli_context
from kh57desk.domain import status as task_status
from kh57desk.errors import InputError
from kh57desk.cli.lazy import lazy_module

completeness_module = lazy_module("kh57desk.coordinator.completeness")
package_import = lazy_module("kh57desk.sync.package_import")
sync_app = lazy_module("kh57desk.app.sync")  # the exports the window makes too


def register(subparsers, common) -> None:
    p = subparsers.add_parser("export-tasks", parents=[common],
                              help="cơ quan tổng hợp: xuất gói nhiệm vụ cho một hoặc mọi cơ quan")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--agency", metavar="TÊN", help="tên cơ quan nhận")
    who.add_argument("--all", action="store_true", help="mỗi cơ quan có nhiệm vụ một gói")
    p.add_argument("--out", required=True, metavar="THƯ_MỤC", help="thư mục ghi các tệp .kh57")
    signing_options(p)
    p.set_defaults(handler=cmd_export_tasks)

    p = subparsers.add_parser("export-report", parents=[common], help="cơ quan thực hiện: xuất gói báo cáo một kỳ")
    p.add_argument("--period", required=True, metavar="KỲ", help="kỳ báo cáo, ví dụ 2025-Q2")
    p.add_argument("--out", metavar="TỆP", help="tệp .kh57 (mặc định: thư mục goi-gui-di trong dữ liệu)")
    signing_options(p)
    p.set_defaults(handler=cmd_export_report)

    p = subparsers.add_parser("import-package", parents=[common], help="nhập gói .kh57 (tệp hoặc thư mục)")
    p.add_argument("paths", nargs="+", metavar="TỆP_HOẶC_THƯ_MỤC")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi")
    p.add_argument("--trust-new-sender", action="store_true",
                   help="xác nhận người gửi mới (đã đối chiếu mã khóa in ở bản xem trước, ví dụ qua điện thoại)")
    p.add_argument("--received-on", metavar="NGÀY",
                   help="ngày nhận gói (ngày thư điện tử đến) khi khác ngày nhập; dùng để tính đúng hạn")
    p.add_argument("--yes", action="store_true",
                   help="áp dụng cả gói nhiệm vụ rút quá 10%% hoặc sửa quá nửa số nhiệm vụ (đã xem trước)")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("received", parents=[common],
                              help="cơ quan tổng hợp: ghi ngày đã nhận gói báo cáo của một cơ quan (ngày thư đến)")
    p.add_argument("--agency", required=True, metavar="TÊN")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--on", required=True, metavar="NGÀY", help="ngày nhận, ví dụ 20/6/2025")
    p.add_argument("--today", metavar="NGÀY", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_received)

    p = subparsers.add_parser("completeness", parents=[common],
                              help="cơ quan tổng hợp: tình hình gửi báo cáo của các cơ quan trong kỳ")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--today", metavar="NGÀY", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_completeness)

    p = subparsers.add_parser("consolidate", parents=[common],
                              help="cơ quan tổng hợp: lập báo cáo tổng hợp của tỉnh cho một kỳ")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--format", choices=("pdf", "xlsx", "both"), default="both", help="định dạng (mặc định cả hai)")
    p.add_argument("--out", metavar="TỆP", help="tên tệp (khi chỉ tạo một định dạng)")
    p.add_argument("--number", metavar="SỐ", help="số báo cáo (mặc định: số tiếp theo)")
    p.add_argument("--date", metavar="NGÀY", help="ngày báo cáo (mặc định hôm nay)")
    p.add_argument("--today", metavar="NGÀY", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_consolidate)


def signing_options(parser) -> None:
    key = parser.add_mutually_exclusive_group()
    key.add_argument("--p12", metavar="TỆP", help="ký gói bằng tệp khóa .p12/.pfx (mật khẩu được hỏi khi ký)")
    key.add_argument("--token", action="store_true", help="ký gói bằng thiết bị ký số đã chọn trong cài đặt")


def signature_for(args, ws):
    """A person's CA signature over the manifest (``--p12``/``--token``), or None."""
    if not (args.p12 or args.token):
        return None
    from kh57desk.app.signatures import person_signature
    from kh57desk.cli.sign_cmd import read_secret
    from kh57desk.services import settings as settings_service, signing_service

    with ws.db.reader() as session:
        prefs = settings_service.load(session)
    source = signing_service.key_source(prefs, p12=args.p12, token=args.token)
    return person_signature(ws, source, read_secret(source))


def cmd_export_tasks(args) -> int:
    ws = cli_context.workspace(args)
    results = sync_app.export_tasks(ws, Path(args.out), None if args.all else args.agency, signature_for(args, ws))
    for r in results:
        print(f"{r.agency}: {r.tasks} nhiệm vụ, {r.indicators} chỉ tiêu → {r.path}")
    print(f"Đã xuất {len(results)} gói nhiệm vụ.")
    return 0


def cmd_export_report(args) -> int:
    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws)
    r = sync_app.export_report(ws, period, out=Path(args.out) if args.out else None,
                               signature_for=signature_for(args, ws)).export
    print(f"Đã xuất gói báo cáo kỳ {r.period}: {r.entries} nhiệm vụ, {r.indicator_values} chỉ tiêu, "
          f"{r.attachments} tệp đính kèm, {r.report_files} tệp báo cáo → {r.path}")
    return 0


def cmd_import(args) -> int:
    ws = cli_context.workspace(args)
    received_on = cli_context.date_arg(args.received_on, "Ngày nhận")
    if received_on is not None:
        from kh57desk.coordinator.receipts import check_received_day

        check_received_day(received_on, cli_context.today(args))
    results = package_import.import_paths(ws, [Path(p) for p in args.paths], dry_run=args.dry_run,
                                          trust_new_sender=args.trust_new_sender, confirm_large_change=args.yes,
                                          received_on=received_on)
    if args.json:
        cli_context.print_json({"dry_run": args.dry_run, "policy": package_import.MERGE_POLICY, "files": [
            {"file": str(r.path), "ok": r.ok, "message": r.message,
             **({"preview": r.preview.to_json()} if r.preview else {})} for r in results]})
    else:
        if args.dry_run:
            print("XEM TRƯỚC — chưa ghi gì. " + package_import.MERGE_POLICY)
        for r in results:
            print(f"{'✓' if r.ok else '✗'} {r.path.name}: {r.message}")
            if r.preview:
                for line in r.preview.summary_lines():
                    print(f"    {line}")
    failed = [r for r in results if not r.ok]
    if len(results) == 1 and failed:
        raise InputError(f"{failed[0].path.name}: {failed[0].message}")
    return 2 if failed else 0


def cmd_received(args) -> int:
    from kh57desk.coordinator.receipts import set_received

    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws)
    day = cli_context.date_arg(args.on, "Ngày nhận")
    with ws.db.transaction() as session:
        log = set_received(session, args.agency, period, day, cli_context.today(args))
    print(f"Đã ghi: gói báo cáo kỳ {period.id} của {log.producer_agency} nhận ngày {day:%d/%m/%Y} "
          f"(gói tạo lúc {log.created_at:%d/%m/%Y %H:%M} theo đồng hồ máy gửi, không dùng để tính đúng hạn).")
    return 0


def cmd_completeness(args) -> int:
    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws)
    with ws.db.reader() as session:
        result = completeness_module.completeness(session, period, cli_context.today(args))
    if args.json:
        cli_context.print_json(result.to_json())
        return 0
    print(f"Kỳ {period.id} ({period.label}), hạn gửi {result.due:%d/%m/%Y}: "
          f"{len(result.by_state('on_time'))} đúng hạn, {len(result.by_state('late'))} muộn, "
          f"{len(result.by_state('missing'))} chưa báo cáo.")
    cli_context.print_table(["Cơ quan", "Chủ trì", "Phối hợp", "Báo cáo", "Nhận ngày", "Hoàn thành", "Quá hạn"],
                  [[cli_context.shorten(a.agency, 45), a.lead_label, str(a.coordinate), a.review_label,
                    f"{a.received_on:%d/%m/%Y}" if a.received_on else "",
                    str(a.counts[task_status.DONE_ON_TIME] + a.counts[task_status.DONE_LATE]), str(a.overdue)] for a in result.agencies])
    return 0


def cmd_consolidate(args) -> int:
    from kh57desk.coordinator.consolidated_report import generate

    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws)
    formats = ("pdf", "xlsx") if args.format == "both" else (args.format,)
    with ws.db.transaction() as session:
        result = generate(ws, session, period, formats, Path(args.out) if args.out else None, cli_context.today(args),
                          args.number or "", cli_context.date_arg(args.date, "Ngày báo cáo"))
    data = result.data
    print(f"Đã lập báo cáo tổng hợp số {result.number}, kỳ {period.id}: {data.agencies_required} cơ quan phải báo "
          f"cáo, {data.on_time} đúng hạn, {data.late} muộn, {len(data.missing)} chưa báo cáo.")
    for path in result.files:
        print(f"  {path}")
    for warning in result.warnings:
        print(f"Lưu ý: {warning}")
    return 0
