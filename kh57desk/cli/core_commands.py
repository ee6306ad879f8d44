"""Core commands: init, demo, tasks, periods, backup (progress: ``progress_cmd``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kh57desk.cli import context as cli_context
from kh57desk.domain import status as task_status
from kh57desk.domain.dates import format_date
from kh57desk.domain.roles import RELATED
from kh57desk.domain.text import clean
from kh57desk.errors import InputError
from kh57desk.cli.lazy import lazy_module

backups, progress, sample_plan, settings_service, setup, tasks, due_reports = (
    lazy_module(f"kh57desk.services.{name}")
    for name in ("backups", "progress", "sample_plan", "settings", "setup", "tasks", "due_reports"))


def register(subparsers, common) -> None:
    p = subparsers.add_parser("init", parents=[common], help="khởi tạo cơ sở dữ liệu cho một cơ quan")
    p.add_argument("--agency", required=True, metavar="TÊN", help="tên cơ quan (theo danh mục)")
    p.add_argument("--signer", default="", metavar="HỌ_TÊN", help="người ký báo cáo")
    p.add_argument("--title", default="", metavar="CHỨC_VỤ", help="chức vụ người ký, ví dụ 'PHÓ GIÁM ĐỐC'")
    p.add_argument("--authority", default="", metavar="THẨM_QUYỀN", help="ví dụ 'KT. GIÁM ĐỐC'")
    p.add_argument("--them-moi", "--new", dest="add_agency", action="store_true",
                   help="thêm cơ quan vào danh mục nếu chưa có")
    p.add_argument("--coordinator", action="store_true", help="chế độ cơ quan tổng hợp (Sở KH&CN)")
    p.add_argument("--province", "--tinh", dest="province", default="", metavar="TỈNH",
                   help="tỉnh, thành phố (in ở đầu báo cáo), ví dụ 'Hưng Yên'; nhận cả tên tỉnh cũ")
    p.add_argument("--superior", "--cap-tren", dest="superior", default="", metavar="CƠ_QUAN",
                   help="cơ quan cấp trên, mặc định 'ỦY BAN NHÂN DÂN TỈNH …' theo --province")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("demo", parents=[common], help="nạp kế hoạch mẫu (98 nhiệm vụ, Thái Bình 2025)")
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("tasks", parents=[common], help="liệt kê nhiệm vụ")
    p.add_argument("--period", metavar="KỲ", help="kỳ báo cáo, ví dụ 2025-Q2 (mặc định: kỳ hiện tại)")
    p.add_argument("--status", metavar="TRẠNG_THÁI", help=f"lọc theo trạng thái: {', '.join(task_status.STATUSES)}")
    p.add_argument("--role", choices=("lead", "coordinate", "related"),
                   help="lead = chủ trì, coordinate = phối hợp, related = liên quan (chung): nhiệm vụ chỉ giao chung "
                        "cho 'đơn vị liên quan', mặc định không hiện")
    p.add_argument("--due-before", metavar="NGÀY", help="hạn hoàn thành đến ngày (dd/mm/yyyy)")
    p.add_argument("--search", metavar="TỪ_KHÓA", help="tìm không phân biệt dấu")
    p.add_argument("--withdrawn", action="store_true", help="hiện cả nhiệm vụ đã rút")
    p.add_argument("--today", metavar="NGÀY", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_tasks)

    p = subparsers.add_parser("periods", parents=[common], help="các kỳ báo cáo đến hạn hoặc quá hạn")
    p.add_argument("--on", metavar="NGÀY", help="tính vào ngày (dd/mm/yyyy, mặc định hôm nay)")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_periods)

    p = subparsers.add_parser("backup", parents=[common], help="sao lưu cơ sở dữ liệu")
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("restore", parents=[common],
                              help="khôi phục cơ sở dữ liệu từ một bản sao lưu (bản hiện tại được sao lưu trước)")
    p.add_argument("backup", nargs="?", metavar="BẢN_SAO_LƯU", help="tệp .sqlite3 trong thư mục backups")
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu")
    p.set_defaults(handler=cmd_restore)


def cmd_init(args) -> int:
    ws = cli_context.workspace(args)
    with ws.db.transaction() as session:
        prefs = setup.initialise(session, args.agency, signer_name=args.signer, signer_title=args.title,
                                 signer_authority=args.authority, add_agency=args.add_agency,
                                 coordinator=args.coordinator, province=args.province, superior_name=args.superior)
    mode = "cơ quan tổng hợp" if prefs.mode == settings_service.COORDINATOR_MODE else "cơ quan thực hiện"
    from kh57desk.signing import origin

    print(f"Đã khởi tạo cho {prefs.agency_name} ({mode}) tại {ws.data_dir}")
    print(f"Mã khóa ký gói của cơ sở dữ liệu này: {origin.load_or_create(ws.data_dir).fingerprint}")
    print(f"Đầu báo cáo: {prefs.superior_name} — {prefs.agency_name.upper()}; nơi ban hành: {prefs.place}")
    if not args.province and not args.superior:
        print("Lưu ý: chưa chọn tỉnh; đổi bằng --province khi khởi tạo hoặc trong Cài đặt của cửa sổ.")
    return 0


def cmd_demo(args) -> int:
    ws = cli_context.workspace(args)
    with ws.db.transaction() as session:
        result = sample_plan.load_demo(session)
        prefs = settings_service.load(session)
    counts = result.counts()
    print(f"Đã nạp kế hoạch mẫu cho {prefs.agency_name}: thêm {counts['added']}, cập nhật {counts['updated']}, "
          f"không đổi {counts['unchanged']}, bỏ qua {counts['skipped']} nhiệm vụ không giao cho cơ quan này.")
    return 0


def cmd_tasks(args) -> int:
    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws)
    status = None
    if args.status:
        status = args.status if args.status in task_status.STATUSES else _status_from_label(args.status)
    with ws.db.reader() as session:
        setup.require_configured(session)
        rows = tasks.list_tasks(session, period, today=cli_context.today(args), status=status, role=args.role,
                                due_before=cli_context.date_arg(args.due_before, "Ngày --due-before"), search=args.search,
                                include_withdrawn=args.withdrawn)
    related = 0
    if not args.role:  # liên quan (chung) only when asked for, as in the window's task list
        shown = [r for r in rows if r.role != RELATED]
        related, rows = len(rows) - len(shown), shown
    if args.json:
        cli_context.print_json({"period": period.id, "tasks": [r.to_json() for r in rows], "hidden_related": related})
        return 0
    hidden = f" (không hiện {related} nhiệm vụ liên quan chung; xem bằng --role related)" if related else ""
    print(f"Kỳ {period.id} ({period.label}, {period.window_text}): {len(rows)} nhiệm vụ{hidden}")
    cli_context.print_table(["TT", "Nội dung", "Vai trò", "Thời hạn", "Trạng thái"],
                  [[r.ref, cli_context.shorten(r.content, 60), r.role_label, cli_context.shorten(r.deadline_text, 22),
                    r.status_label + (" (đã rút)" if r.withdrawn else "")] for r in rows])
    return 0


def _status_from_label(text: str) -> str:
    from kh57desk.domain.text import fold

    for code, label in task_status.STATUS_LABELS.items():
        if fold(label).startswith(fold(text)):
            return code
    raise InputError(f"Trạng thái '{text}' không hợp lệ. Dùng: {', '.join(task_status.STATUSES)}.")


def cmd_periods(args) -> int:
    ws = cli_context.workspace(args)
    day = cli_context.date_arg(args.on, "Ngày --on") or cli_context.today(args)
    with ws.db.reader() as session:
        items = due_reports.reports_due(session, day)
    if args.json:
        cli_context.print_json({"on": day.isoformat(), "reports": [
            {"period": r.period.id, "label": r.period.label, "window_start": r.period.start.isoformat(),
             "window_end": r.period.end.isoformat(), "due": r.due.isoformat(), "state": r.state} for r in items]})
        return 0
    print(f"Các kỳ báo cáo tính đến ngày {day:%d/%m/%Y}:")
    if not items:
        print("Không có kỳ báo cáo nào đến hạn.")
        return 0
    cli_context.print_table(["Kỳ", "Nội dung", "Chốt số liệu", "Hạn gửi", "Tình trạng"],
                  [[r.period.id, clean(r.period.label), r.period.window_text, format_date(r.due), r.state_label]
                   for r in items])
    return 0


def cmd_restore(args) -> int:
    from kh57desk import instance
    from kh57desk.app import settings as settings_app

    ws = cli_context.workspace(args)
    if args.list or not args.backup:
        found = backups.list_backups(ws)
        for info in found:
            print(f"{info.created:%d/%m/%Y %H:%M}  {info.size:>12,} byte  {info.path}".replace(",", "."))
        if not found:
            print("Chưa có bản sao lưu nào.")
        return 0
    if instance.window_running(ws.data_dir):
        raise InputError("Cửa sổ kh57desk đang mở trên thư mục dữ liệu này: đóng cửa sổ rồi khôi phục, hoặc khôi "
                         "phục trong Cài đặt → Sao lưu của cửa sổ. Không thay đổi gì.")
    restored = settings_app.restore_backup(ws, Path(args.backup))
    restored.close()
    print(f"Đã khôi phục từ {args.backup}; bản trước khi khôi phục được sao lưu trong {ws.backups}.")
    return 0


def cmd_backup(args) -> int:
    ws = cli_context.workspace(args)
    info = backups.create(ws)
    print(f"Đã sao lưu: {info.path} ({info.size:,} byte)".replace(",", "."))
    return 0
