"""``kh57 import FILE``: read a plan file, print what importing it changes, then import it."""

from __future__ import annotations

from kh57desk.domain.plan_reference import plan_reference

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from kh57desk.cli import context as cli_context
from kh57desk.domain.agency_directory import KINDS
from kh57desk.domain.text import clean
from kh57desk.errors import InputError
from kh57desk.cli.lazy import lazy_module

if TYPE_CHECKING:
    from kh57desk.services.plan_apply import PlanDraft, PlanPreview

plan_apply, plan_import, setup = (lazy_module(f"kh57desk.services.{name}")
                                  for name in ("plan_apply", "plan_import", "setup"))

LIST_LIMIT = 30  # rows printed per section; the counts are always complete


def register(subparsers, common) -> None:
    p = subparsers.add_parser(
        "import", parents=[common], help="nhập kế hoạch từ tệp Excel (.xlsx), Word (.docx, .doc), PDF hoặc văn bản (.txt)",
        description="Đọc kế hoạch (bảng phụ lục nhiệm vụ hoặc văn bản kế hoạch), in những gì sẽ thay đổi, "
                    "rồi nhập vào cơ sở dữ liệu trong một lần (trừ khi có --dry-run).")
    p.add_argument("file", metavar="TỆP", help="tệp kế hoạch: .xlsx, .docx, .doc (cần LibreOffice), .pdf hoặc .txt")
    p.add_argument("--sheet", metavar="TÊN", help="trang tính chứa bảng nhiệm vụ (mặc định: tự tìm)")
    p.add_argument("--plan-number", metavar="SỐ", help="số kế hoạch, ví dụ 26/KH-UBND (mặc định: đọc trong tệp)")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    p.add_argument("--add-agency", action="append", default=[], metavar="TÊN[=LOẠI]",
                   help=f"thêm cơ quan lạ vào danh mục trước khi nhập; LOẠI: {', '.join(KINDS)}")
    p.add_argument("--map", action="append", default=[], metavar="TÊN=CƠ_QUAN",
                   help="coi TÊN là cách viết khác của một cơ quan đã có trong danh mục")
    p.add_argument("--all", action="store_true", help="in đầy đủ mọi dòng, không rút gọn")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_import)


def _pairs(values: list[str], option: str, required: bool) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        name, sep, other = value.partition("=")
        if not clean(name) or (required and not (sep and clean(other))):
            raise InputError(f"Giá trị “{value}” của {option} không đúng dạng "
                             + ("TÊN=CƠ_QUAN." if required else "TÊN hoặc TÊN=LOẠI."))
        pairs.append((clean(name), clean(other) or "other"))
    return pairs


def cmd_import(args) -> int:
    additions = _pairs(args.add_agency, "--add-agency", required=False)
    mappings = _pairs(args.map, "--map", required=True)
    draft = plan_import.read_file(args.file, sheet=args.sheet, plan_number=args.plan_number)
    ws = cli_context.workspace(args)
    session_scope = ws.db.reader() if args.dry_run else ws.db.transaction()
    with session_scope as session:
        setup.require_configured(session)
        for name, kind in additions:
            plan_import.add_unknown_agency(session, name, kind)
        for name, existing in mappings:
            plan_import.map_unknown_agency(session, name, existing)
        result = plan_import.preview(session, draft) if args.dry_run else plan_import.apply(session, draft)
    if args.json:
        cli_context.print_json(_json(draft, result))
    else:
        _print(draft, result, args.all, args.dry_run)
    return 0


def _json(draft: PlanDraft, result: PlanPreview) -> dict:
    def plain(value):
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value

    body = plain(dataclasses.asdict(result))
    body["counts"] = result.counts()
    body["plan"] = {"number": draft.number, "title": draft.title, "issued_on": plain(draft.issued_on),
                    "source_file": draft.source_file, "tasks_read": len(draft.tasks),
                    "targets_read": len(draft.indicators), "schedule_text": draft.schedule_text,
                    "account": ({"sources": draft.account.sources, "places": draft.account.places, "total":
                                 draft.account.total} if draft.account else None)}
    return body


def _section(title: str, lines: list[str], show_all: bool) -> None:
    if not lines:
        return
    print(f"\n{title} ({len(lines)}):")
    shown = lines if show_all else lines[:LIST_LIMIT]
    for line in shown:
        print(f"  {line}")
    if len(shown) < len(lines):
        print(f"  … và {len(lines) - len(shown)} dòng nữa (dùng --all để xem hết)")


def _print(draft: PlanDraft, result: PlanPreview, show_all: bool, dry_run: bool) -> None:
    name = plan_reference(draft.number, draft.title) if (draft.number or draft.title) else draft.source_file
    state = "đã có trong cơ sở dữ liệu, sẽ cập nhật" if result.plan_exists else "kế hoạch mới"
    print(f"Tệp: {draft.source_file} — {cli_context.shorten(name, 100)} ({state})")
    print(f"Đọc được {len(draft.tasks)} nhiệm vụ, {len(draft.indicators)} chỉ tiêu; "
          f"{len(draft.problems)} dòng không hiểu.")
    if draft.account is not None:
        print(draft.account.describe())

    def task(change) -> str:
        role = {"lead": "chủ trì", "coordinate": "phối hợp"}.get(change.role, "")
        why = f" — {change.reason}" if change.reason else (f" — {role}" if role else "")
        return f"{change.ref or '-'}  {cli_context.shorten(change.content, 70)}{why}"

    def changed(change) -> str:
        parts = [f"{plan_apply.FIELD_LABELS.get(k, k)}: “{cli_context.shorten(str(a), 30)}” → “{cli_context.shorten(str(b), 30)}”"
                 for k, (a, b) in change.changes.items()]
        return f"{change.ref or '-'}  {cli_context.shorten(change.content, 50)} — " + "; ".join(parts)

    _section("Nhiệm vụ thêm mới — lý do giữ lại", [task(c) for c in result.added], show_all)
    _section("Nhiệm vụ cập nhật", [changed(c) for c in result.updated], show_all)
    _section("Nhiệm vụ khôi phục (có lại trong kế hoạch)", [task(c) for c in result.restored], show_all)
    _section("Nhiệm vụ không còn trong kế hoạch, sẽ đánh dấu đã rút", [task(c) for c in result.withdrawn],
             show_all)
    _section("Nhiệm vụ chưa có cơ quan chủ trì (cần phân công)", [task(c) for c in result.unassigned], show_all)
    _section("Cơ quan chưa có trong danh mục (thêm bằng --add-agency TÊN, hoặc ghép bằng --map TÊN=CƠ_QUAN)",
             list(result.unknown_agencies), show_all)
    _section("Dòng không hiểu", [f"Dòng {p.row}: {p.reason}" + (f" — “{cli_context.shorten(p.text, 60)}”" if p.text else "")
                                 for p in result.problems], show_all)
    targets = result.targets
    target_lines = ([f"thêm: {cli_context.shorten(t.text, 80)}" for t in targets.added]
                    + [f"cập nhật: {cli_context.shorten(t.text, 60)} — " + "; ".join(f"{k}: {a} → {b}"
                                                                            for k, (a, b) in t.changes.items())
                       for t in targets.updated]
                    + [f"bỏ: {cli_context.shorten(t.text, 80)}" for t in targets.withdrawn])
    _section("Chỉ tiêu", target_lines, show_all)
    counts = result.counts()
    print(f"\nTổng cộng: thêm {counts['added']}, cập nhật {counts['updated']}, không đổi {counts['unchanged']}, "
          f"khôi phục {counts['restored']}, rút {counts['withdrawn']}, bỏ qua {counts['skipped']} nhiệm vụ không "
          f"giao cho cơ quan này; chỉ tiêu: thêm {counts['targets_added']}, cập nhật {counts['targets_updated']}, "
          f"bỏ {counts['targets_withdrawn']}.")
    if dry_run:
        print("Chạy thử: chưa ghi gì vào cơ sở dữ liệu. Bỏ --dry-run để nhập.")
    elif result.has_changes:
        print("Đã nhập vào cơ sở dữ liệu.")
    else:
        print("Không có gì thay đổi: kế hoạch trong cơ sở dữ liệu đã giống tệp này.")
