"""``kh57 progress``: the journal of one task's dated progress updates (add, list, edit, delete);
``kh57 report-text``: a task's result worded for one report only (the journal is not touched)."""

from __future__ import annotations

import argparse

from kh57desk.cli import context as cli_context
from kh57desk.cli.lazy import lazy_module
from kh57desk.domain import status as task_status
from kh57desk.domain.dates import format_date
from kh57desk.errors import InputError

journal, progress, report_data, setup, tasks = (lazy_module(name) for name in (
    "kh57desk.domain.journal", "kh57desk.services.progress", "kh57desk.services.report_data",
    "kh57desk.services.setup", "kh57desk.services.tasks"))

FIELDS = (("state", "state"), ("percent", "percent"), ("completed", "completed_on"), ("result", "result"),
          ("doc_number", "output_doc_number"), ("doc_date", "output_doc_date"), ("difficulties", "difficulties"),
          ("proposals", "proposals"))


def register(subparsers, common) -> None:
    p = subparsers.add_parser(
        "progress", parents=[common], help="nhập, xem, sửa, xóa cập nhật tiến độ của một nhiệm vụ",
        description="Mỗi lần chạy thêm một cập nhật tiến độ ghi ngày (mặc định hôm nay). Tình trạng, tỷ lệ và "
                    "ngày hoàn thành được giữ cho các ngày sau; kỳ báo cáo nào cũng xem từ các cập nhật này.")
    p.add_argument("task", metavar="NHIỆM_VỤ", help="số thứ tự (12 hoặc (12)), mã uid hoặc #id")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--on", metavar="NGÀY", help="ngày của cập nhật (dd/mm/yyyy), mặc định hôm nay")
    when.add_argument("--period", metavar="KỲ", help="ghi vào ngày cuối của kỳ (ví dụ 2025-Q2), hoặc hôm nay nếu "
                                                     "kỳ chưa kết thúc")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="xem nhật ký cập nhật, mới nhất trước")
    action.add_argument("--edit", metavar="MÃ", help="sửa một cập nhật (mã trong --list)")
    action.add_argument("--delete", metavar="MÃ", help="xóa một cập nhật (mã trong --list)")
    p.add_argument("--state", metavar="TÌNH_TRẠNG",
                   help="chưa triển khai | đang thực hiện | hoàn thành | đề nghị điều chỉnh")
    p.add_argument("--percent", metavar="%", help="tỷ lệ hoàn thành 0–100")
    p.add_argument("--completed", metavar="NGÀY", help="ngày hoàn thành (dd/mm/yyyy), không sau ngày cập nhật")
    p.add_argument("--result", metavar="NỘI_DUNG", help="kết quả thực hiện")
    p.add_argument("--doc-number", metavar="SỐ", help="văn bản, sản phẩm: 'Kế hoạch số 123/KH-SYT'")
    p.add_argument("--doc-date", metavar="NGÀY", help="ngày văn bản (dd/mm/yyyy)")
    p.add_argument("--difficulties", metavar="NỘI_DUNG", help="khó khăn, vướng mắc")
    p.add_argument("--proposals", metavar="NỘI_DUNG", help="đề xuất, kiến nghị")
    p.add_argument("--today", metavar="NGÀY", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_progress)

    p = subparsers.add_parser("report-text", parents=[common],
                              help="viết gọn kết quả của một nhiệm vụ cho riêng báo cáo của một kỳ")
    p.add_argument("task", metavar="NHIỆM_VỤ", help="số thứ tự (12 hoặc (12)), mã uid hoặc #id")
    p.add_argument("--period", required=True, metavar="KỲ", help="kỳ báo cáo, ví dụ 2025-Q2")
    p.add_argument("--plan", metavar="KẾ_HOẠCH", help="kế hoạch (khi có nhiều kế hoạch)")
    wording = p.add_mutually_exclusive_group(required=True)
    wording.add_argument("--text", metavar="NỘI_DUNG", help="kết quả như sẽ in trong báo cáo")
    wording.add_argument("--clear", action="store_true", help="bỏ, in lại kết quả theo nhật ký")
    p.set_defaults(handler=cmd_report_text)


def _changes(args) -> dict:
    return {name: getattr(args, option) for option, name in FIELDS if getattr(args, option) is not None}


def _day(args, ws, changes: dict, today):
    """``--on`` as given; ``--period``: the window's last day or today, moved to a later completion
    date as migration 0004 does; neither: today."""
    if args.period:
        period = cli_context.period_from(args, ws)
        completed = progress.validate({"completed_on": changes["completed_on"]})["completed_on"] \
            if changes.get("completed_on") else None
        return journal.converted_entry_day(journal.period_update_day(period.end, today), None, completed, today)
    return cli_context.date_arg(args.on, "Ngày cập nhật (--on)") or today


def _line(update) -> str:
    parts = [f"#{update.id}", format_date(update.on), task_status.STATE_LABELS[update.state]]
    if update.percent is not None:
        parts.append(f"{update.percent}%")
    if update.completed_on:
        parts.append(f"hoàn thành {format_date(update.completed_on)}")
    text = " · ".join(parts)
    if update.result:
        text += f"\n    Kết quả: {update.result}"
    if update.output_doc_number or update.output_doc_date:
        text += f"\n    Văn bản: {journal.Document(update.output_doc_number, update.output_doc_date).text}"
    for label, value in (("Khó khăn", update.difficulties), ("Đề xuất", update.proposals)):
        if value:
            text += f"\n    {label}: {value}"
    if update.late_for:
        text += f"\n    Bổ sung sau báo cáo kỳ {update.late_for.replace(' ', ', ')}"
    return text


def cmd_progress(args) -> int:
    changes = _changes(args)
    ws = cli_context.workspace(args)
    today = cli_context.today(args)
    if args.list:
        if changes or args.on or args.period:
            raise InputError("--list chỉ xem nhật ký; bỏ các giá trị cần lưu hoặc bỏ --list.")
        with ws.db.reader() as session:
            setup.require_configured(session)
            task = tasks.find_task(session, args.task)
            updates, ref = progress.list_updates(session, task), task.ref
        if args.json:
            cli_context.print_json({"task": ref, "updates": [u.to_json() for u in updates]})
            return 0
        print(f"Nhiệm vụ {ref}: {len(updates)} cập nhật tiến độ" + ("" if updates else "."))
        for update in updates:
            print(_line(update))
        return 0
    with ws.db.transaction() as session:
        setup.require_configured(session)
        task = tasks.find_task(session, args.task)
        ref = task.ref
        if args.delete:
            view = progress.delete_update(session, _own(session, task, args.delete))
            message, warnings = f"Đã xóa cập nhật #{view.id} ngày {format_date(view.on)} của nhiệm vụ {ref}", ()
        elif args.edit:
            if not changes and not (args.on or args.period):
                raise InputError("Chưa nhập gì để sửa: dùng --on, --state, --percent, --result…")
            on = _day(args, ws, changes, today) if (args.on or args.period) else None
            saved = progress.edit_update(session, _own(session, task, args.edit), on=on, today=today, **changes)
            view, warnings = saved.update, saved.warnings
            message = f"Đã sửa cập nhật #{view.id} của nhiệm vụ {ref}"
        else:
            if not changes:
                raise InputError("Chưa nhập gì để lưu: dùng --state, --percent, --completed, --result…")
            saved = progress.add_update(session, task, _day(args, ws, changes, today), today=today, **changes)
            view, warnings = saved.update, saved.warnings
            message = f"Đã thêm cập nhật #{view.id} cho nhiệm vụ {ref}"
    if args.json:
        cli_context.print_json(view.to_json() | {"warnings": list(warnings)})
        return 0
    print(f"{message}: {_line(view)}")
    for warning in warnings:
        print(f"Lưu ý: {warning}")
    return 0


def _own(session, task, key) -> int:
    """The update ``key`` (checked to belong to ``task``)."""
    update = progress.find_update(session, key)
    if update.task_id != task.id:
        raise InputError(f"Cập nhật mã '{key}' không thuộc nhiệm vụ {task.ref}.")
    return update.id


def cmd_report_text(args) -> int:
    ws = cli_context.workspace(args)
    period = cli_context.period_from(args, ws)
    with ws.db.transaction() as session:
        setup.require_configured(session)
        task = tasks.find_task(session, args.task)
        plan_id = report_data.find_plan(session, args.plan).id if args.plan else task.plan_id
        draft = report_data.load_draft(session, period, plan_id)
        texts = dict(draft.task_texts)
        if args.clear:
            texts.pop(task.uid, None)
        else:
            texts[task.uid] = args.text
        draft.task_texts = texts
        wording = report_data.save_draft(session, draft).task_texts.get(task.uid)
        ref = task.ref
    if wording:
        print(f"Báo cáo kỳ {period.id} sẽ in kết quả nhiệm vụ {ref} là: {wording}")
    else:
        print(f"Báo cáo kỳ {period.id} in kết quả nhiệm vụ {ref} theo nhật ký cập nhật.")
    return 0
