"""``kh57 review``: the coordinator accepts, returns (with a reason) or reopens an agency's report
of a period, with notes on single tasks, and writes the verdict package for that agency;
``kh57 verdicts`` lists the verdicts (at an agency: those its verdict packages brought)."""

from __future__ import annotations

from pathlib import Path

from kh57desk.cli import context as cli_context
from kh57desk.cli.lazy import lazy_module
from kh57desk.errors import InputError

coordinator_verdicts = lazy_module("kh57desk.coordinator.verdicts")
verdicts = lazy_module("kh57desk.services.verdicts")
verdict_package = lazy_module("kh57desk.sync.verdict_package")


def register(subparsers, common) -> None:
    from kh57desk.cli.sync_cmd import signing_options

    p = subparsers.add_parser("review", parents=[common],
                              help="cơ quan tổng hợp: chấp nhận, trả lại hoặc mở lại báo cáo một kỳ của một cơ quan")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--agency", required=True, metavar="TÊN")
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--accept", action="store_true", help="chấp nhận báo cáo (kỳ bị khóa ở cơ quan)")
    decision.add_argument("--return", dest="return_reason", metavar="LÝ_DO", help="trả lại báo cáo, ghi lý do")
    decision.add_argument("--reopen", action="store_true", help="mở lại kỳ đã chấp nhận")
    p.add_argument("--reason", default="", metavar="LÝ_DO", help="lý do mở lại (tùy chọn)")
    p.add_argument("--task", action="append", default=[], metavar="NHIỆM_VỤ", help="nhiệm vụ được ghi chú (lặp lại được)")
    p.add_argument("--note", action="append", default=[], metavar="GHI_CHÚ", help="ghi chú cho --task đứng trước")
    p.add_argument("--out", required=True, metavar="THƯ_MỤC", help="thư mục ghi gói kết quả .kh57 gửi cơ quan")
    signing_options(p)
    p.set_defaults(handler=cmd_review)

    p = subparsers.add_parser("verdicts", parents=[common], help="kết quả xét báo cáo (đã nhận, chấp nhận, trả lại)")
    p.add_argument("--period", metavar="KỲ")
    p.add_argument("--agency", metavar="TÊN", help="cơ quan tổng hợp: chỉ một cơ quan")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_verdicts)


def cmd_review(args) -> int:
    from kh57desk.cli.sync_cmd import signature_for

    if len(args.task) != len(args.note):
        raise InputError("Mỗi --task cần đúng một --note đi kèm.")
    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws)
    decision = (verdicts.ACCEPTED if args.accept else verdicts.REOPENED if args.reopen else verdicts.RETURNED)
    reason = args.return_reason if decision == verdicts.RETURNED else args.reason
    sign = signature_for(args, ws)
    with ws.db.transaction() as session:
        decided = coordinator_verdicts.decide(session, args.agency, period, decision, reason,
                                              list(zip(args.task, args.note)))
        exported = verdict_package.export_for(session, decided.agency, Path(args.out), sign)
    print(f"{decided.agency}, kỳ {period.id}: {decided.label()}")
    for line in decided.note_lines():
        print(f"  {line}")
    print(f"Gói kết quả ({exported.verdicts} mục, gồm cả giấy báo đã nhận) → {exported.path}")
    return 0


def cmd_verdicts(args) -> int:
    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws).id if args.period else None
    with ws.db.reader() as session:
        agency = None
        if args.agency:
            from kh57desk.services import agencies

            agency = agencies.require(session, args.agency).name
        found = verdicts.list_verdicts(session, agency, period)
    if args.json:
        cli_context.print_json([v.to_json() | {"label": v.label()} for v in found])
        return 0
    if not found:
        print("Chưa có kết quả xét báo cáo nào.")
    for item in found:
        print(f"{item.agency}, kỳ {item.period}: {item.label()}")
        for line in item.note_lines():
            print(f"  {line}")
    return 0
