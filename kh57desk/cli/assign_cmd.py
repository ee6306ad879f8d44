"""``kh57 assign``: the coordinator gives tasks their agencies; ``kh57 adopt``: an agency takes a
task on itself ("Nhận thực hiện")."""

from __future__ import annotations

from kh57desk.cli import context as cli_context
from kh57desk.cli.lazy import lazy_module

assignments = lazy_module("kh57desk.services.assignments")  # kh57 --help stays clear of the database layer


def register(subparsers, common) -> None:
    p = subparsers.add_parser(
        "assign", parents=[common], help="phân công cơ quan chủ trì, phối hợp cho nhiệm vụ (cơ quan tổng hợp)",
        description="Giao nhiệm vụ cho cơ quan chủ trì (và phối hợp) khi kế hoạch chưa phân công. Phân công được "
                    "giữ khi nhập lại kế hoạch và được gửi đi trong gói nhiệm vụ.")
    p.add_argument("tasks", nargs="*", metavar="NHIỆM_VỤ", help="số thứ tự (2.1), mã nhiệm vụ hoặc #id")
    p.add_argument("--lead", required=True, metavar="CƠ_QUAN", help="cơ quan chủ trì, ví dụ \"Sở Y tế\"")
    p.add_argument("--coordinate", metavar="CÁC_CƠ_QUAN",
                   help="cơ quan phối hợp, cách nhau bằng dấu chấm phẩy: \"Sở Tài chính; Sở Nội vụ\" (\"\" để xóa)")
    p.add_argument("--group", metavar="NHÓM", help="mọi nhiệm vụ của nhóm này (và các nhóm con)")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_assign)
    p = subparsers.add_parser(
        "adopt", parents=[common], help="nhận thực hiện nhiệm vụ chưa giao cho cơ quan mình",
        description="Nhận chủ trì nhiệm vụ mà kế hoạch chưa giao cho ai (tự nhận). Việc nhận được gửi về cơ quan "
                    "tổng hợp trong gói báo cáo kế tiếp.")
    p.add_argument("tasks", nargs="+", metavar="NHIỆM_VỤ", help="số thứ tự (2.1), mã nhiệm vụ hoặc #id")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_adopt)


def _print(title: str, done: list[assignments.Assigned], as_json: bool) -> None:
    if as_json:
        cli_context.print_json({"tasks": [{"ref": t.ref, "content": t.content, "lead": t.lead, "coordinating": t.coordinating}
                                for t in done]})
        return
    print(f"{title} {len(done)} nhiệm vụ:")
    for task in done:
        extra = f"; phối hợp: {task.coordinating}" if task.coordinating else ""
        print(f"  {task.ref or '-'}  {cli_context.shorten(task.content, 60)} — chủ trì: {task.lead}{extra}")


def cmd_assign(args) -> int:
    ws = cli_context.workspace(args)
    with ws.db.transaction() as session:
        done = assignments.assign(session, args.tasks, args.lead, args.coordinate, args.group)
    _print("Đã phân công", done, args.json)
    return 0


def cmd_adopt(args) -> int:
    ws = cli_context.workspace(args)
    with ws.db.transaction() as session:
        done = assignments.adopt(session, args.tasks)
    _print("Đã nhận thực hiện", done, args.json)
    return 0
