"""Import a province's plan from a file: the service the window and ``kh57 import`` call.

1. :func:`read_file` reads an Excel sheet, a Word or PDF table, or the plan's text (Word,
   PDF — recognised with Tesseract when it is a scan —, .txt; an old .doc through LibreOffice) into a
   :class:`~kh57desk.services.plan_apply.PlanDraft` (nothing is written);
2. :func:`preview` says what importing it would change, and why each task is kept;
3. the user fixes unknown agencies (:func:`add_unknown_agency`, :func:`map_unknown_agency`)
   and confirms; :func:`apply` then imports it inside the caller's transaction.

Every bad file gives an :class:`~kh57desk.errors.InputError` with a Vietnamese message.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from kh57desk.domain.agency_directory import KINDS
from kh57desk.domain.text import clean, fold
from kh57desk.errors import InputError
from kh57desk.importers import (docx_reader, files, narrative, paragraphs, pdf_reader, table, target_table,
                                target_text, xlsx)
from kh57desk.importers.draft import CONTEXT, PARAGRAPHS, TABLE_ROWS, Account
from kh57desk.services import agencies, audit, plan_apply
from kh57desk.services.plan_apply import FIELD_LABELS, PlanDraft, PlanPreview, RowProblem

Progress = Callable[[int, int], None]

_PLAN_NUMBER = re.compile(r"(?:(?:Kế hoạch|Quyết định|Chương trình hành động|Chương trình|Đề án)\s+số|^Số)\s*:?\s*"
                          r"(\d{1,5}[^\s,;()]*/[A-ZĐ0-9][A-ZĐ0-9\-]*)", re.IGNORECASE)
_NOT_TITLE = ("phu luc", "kem theo", "danh muc")
MAX_PLAN_NUMBER = 100
FIELD_NAMES = {"ref": "số thứ tự", "content": FIELD_LABELS["content"].lower(), "lead": "cơ quan chủ trì",
               "coordinating": "cơ quan phối hợp", "deadline": "thời hạn", "product": "sản phẩm", "note": "ghi chú"}


def list_sheets(path: str | Path) -> list[str]:
    """The sheet names of an Excel file (for the user to pick one)."""
    checked, kind = files.check_file(path)
    if kind != files.XLSX:
        raise InputError(f"Tệp “{checked.name}” không phải tệp Excel nên không có trang tính để chọn.")
    return xlsx.sheet_names(checked)


def read_file(path: str | Path, sheet: str | None = None, plan_number: str | None = None,
              progress: Progress | None = None) -> PlanDraft:
    """Read a plan file into a draft. ``progress(done, total)`` is called as rows are read and
    may raise :class:`~kh57desk.errors.Cancelled` to stop; nothing is written either way."""
    checked, kind = files.check_file(path)
    if sheet is not None and kind != files.XLSX:
        raise InputError("Chỉ tệp Excel mới có trang tính để chọn; bỏ phần chọn trang tính.")
    number = _plan_number(plan_number)
    if kind == files.XLSX:
        draft = _read_xlsx(checked, sheet, progress)
    elif kind == files.DOCX:
        draft = _read_docx(checked, progress)
    elif kind == files.DOC:
        draft = _read_doc(checked, progress)
    elif kind == files.PDF:
        draft = _read_pdf(checked, progress)
    else:
        draft = _read_text(checked, progress)
    draft.number = number or draft.number
    draft.title = draft.title or checked.stem
    draft.source_file = checked.name
    draft.source_sha256 = hashlib.sha256(checked.read_bytes()).hexdigest()
    return draft


def _plan_number(value: str | None) -> str:
    if value is None:
        return ""
    number = clean(value)
    if not number or len(number) > MAX_PLAN_NUMBER:
        raise InputError("Số kế hoạch không hợp lệ: nhập như trên văn bản, ví dụ 26/KH-UBND.")
    return number


def _metadata_from_lines(lines: list[str]) -> tuple[str, str]:
    """(title, number) from the rows above a table (or the text before it)."""
    title, number = "", ""
    for line in lines:
        text = clean(line)
        if not number and (m := _PLAN_NUMBER.search(text)):
            number = m.group(1).rstrip(".")
        key = fold(text)
        if not title and text and not text.startswith("(") and len(text) > 12 \
                and not any(key.startswith(word) for word in _NOT_TITLE):
            title = text[:500]
    return title, number


def _table_draft(results: list[table.TableResult], name: str, where: str) -> PlanDraft:
    found = [r for r in results if r.found]
    if not found:
        raise InputError(f"{where} không có bảng nhiệm vụ: không tìm thấy dòng tiêu đề cột (STT/TT, Nội dung "
                         "công việc, Cơ quan chủ trì/thực hiện, Thời gian hoàn thành…) trong 30 dòng đầu.")
    tasks = [t for r in found for t in r.tasks]
    problems = [p for r in found for p in r.problems]
    if not tasks:
        detail = f" ({len(problems)} dòng không đọc được)" if problems else ""
        raise InputError(f"Bảng nhiệm vụ trong {name} không có dòng nhiệm vụ nào đọc được{detail}.")
    title, number = _metadata_from_lines(found[0].title_lines)
    account = Account()
    for result in found:
        account.merge(result.account)
    return PlanDraft(tasks=tasks, title=title, number=number, problems=problems, account=account)


def _read_xlsx(path: Path, sheet: str | None, progress: Progress | None) -> PlanDraft:
    targets = [(found, target_table.read_grid(found.grid)) for found in xlsx.target_sheets(path, sheet)]
    found = xlsx.read_sheet(path, sheet, progress)
    result = table.read_grid(found.grid, progress)
    if not result.found and targets:  # a targets appendix on its own
        return _with_targets(PlanDraft(tasks=[], title=path.stem, account=Account()), [t for _, t in targets])
    if found.uncomputed and result.found:
        columns = {index: name for name, index in result.columns.items()}
        rows: dict[int, list[str]] = {}
        for row, column in found.uncomputed:
            if row > max(result.header_rows):
                rows.setdefault(row, []).append(FIELD_NAMES.get(columns.get(column - 1, ""), f"cột {column}"))
        if rows and not result.tasks:
            raise InputError(f"Bảng nhiệm vụ trong tệp “{path.name}” dùng công thức nhưng tệp chưa lưu kết quả tính "
                             "(tệp do một chương trình khác tạo ra). Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.")
        result.problems.extend(RowProblem(row, "Ô có công thức chưa được Excel tính (" + ", ".join(names)
                                          + "): mở tệp bằng Excel, lưu lại rồi nhập lại", "")
                               for row, names in sorted(rows.items()))
    where = f"Trang tính “{found.title}” của tệp “{path.name}”"
    draft = _table_draft([result], f"trang tính “{found.title}”", where)
    return _with_targets(draft, [t for sheet_found, t in targets if sheet_found.title != found.title])


def _with_targets(draft: PlanDraft, tables: list[target_table.TargetTable]) -> PlanDraft:
    """The targets tables' targets, problems and rows added to ``draft``."""
    for found in tables:
        draft.indicators.extend(found.targets)
        draft.problems.extend(found.problems)
        draft.account.merge(found.account)
    if not draft.tasks and not draft.indicators:
        raise InputError("Bảng chỉ tiêu không có dòng chỉ tiêu nào có số liệu theo năm.")
    return draft


def _read_docx(path: Path, progress: Progress | None, name: str = "") -> PlanDraft:
    document = docx_reader.open_document(path)
    grids, targets = docx_reader.task_grids(document), docx_reader.target_grids(document)
    other_rows = docx_reader.table_row_count(document) - sum(len(g.rows) for g in [*grids, *targets])
    paras = paragraphs.parse(docx_reader.paragraphs(document))
    return _document_draft(Path(name) if name else path, paras, grids, targets, other_rows,
                           docx_reader.header_texts(document), progress)


def _read_doc(path: Path, progress: Progress | None) -> PlanDraft:
    """An old Word .doc: converted to .docx with LibreOffice, then read as one."""
    with tempfile.TemporaryDirectory(prefix="kh57-doc-") as folder:
        converted = files.convert_doc(path, Path(folder))
        return _read_docx(converted, progress, name=path.name)


def _read_pdf(path: Path, progress: Progress | None) -> PlanDraft:
    """A PDF: its tables (through pdfplumber) when the text looks like a table, else its text."""
    text = pdf_reader.read_text(path, progress)
    if text.ocr or not pdf_reader.looks_tabular(text.lines):
        return _document_draft(path, paragraphs.parse(text.lines, layout=True), [], [], 0, [], progress)
    found = pdf_reader.read_tables(path, progress)
    grids = table.stitch(found.tables, table.header_columns)
    targets = table.stitch(found.tables, lambda grid: True if target_table.has_header(grid) else None)
    other_rows = sum(len(g.rows) for g in found.tables) - sum(len(g.rows) for g in [*grids, *targets])
    lines = found.outside if grids or targets else text.lines
    return _document_draft(path, paragraphs.parse(lines, layout=True), grids, targets, other_rows, [], progress)


def _document_draft(path: Path, paras, grids, target_grids, other_rows: int, header_lines: list[str],
                    progress: Progress | None) -> PlanDraft:
    """A Word or PDF plan: its task table when it has one (the text then gives targets, the plan's
    details and context), else its text; targets tables added either way; every paragraph and
    table row accounted for."""
    places: dict[int, str] = {}
    targets = target_text.read_targets(paras, places)
    tables = [target_table.read_grid(g) for g in target_grids]
    if grids or (tables and not targets and not narrative.read_paragraphs(paras).tasks):
        draft = (_table_draft([table.read_grid(g, progress) for g in grids], f"tệp “{path.name}”",
                              f"Tệp “{path.name}”") if grids else PlanDraft(tasks=[], title=path.stem, account=Account()))
        title, number = _metadata_from_lines([p.raw for p in paras[:40]] + header_lines)
        draft.title, draft.number = draft.title or title, draft.number or number
        result = narrative.read_paragraphs(paras)
        draft.schedule_text, draft.issued_on = result.schedule_text, result.issued_on
        draft.indicators = targets
        for p in paras:  # beside a task table, the text gives targets and context only
            draft.account.add(PARAGRAPHS, places.get(id(p), CONTEXT))
    else:
        draft = _narrative_draft(paras, targets, places, path, progress, header_lines)
    draft.account.add(TABLE_ROWS, CONTEXT, other_rows)  # tables that are neither tasks nor targets
    return _with_targets(draft, tables)


def _read_text(path: Path, progress: Progress | None) -> PlanDraft:
    lines = files.read_text(path).splitlines()
    if len(lines) > files.MAX_ROWS:
        raise InputError(f"Tệp “{path.name}” có hơn 100.000 dòng; không phải một kế hoạch.")
    paras = paragraphs.parse(lines)
    places: dict[int, str] = {}
    return _narrative_draft(paras, target_text.read_targets(paras, places), places, path, progress, [])


def _narrative_draft(paras, targets, places: dict[int, str], path: Path, progress: Progress | None,
                     extra_lines: list[str]) -> PlanDraft:
    if not any(p.text for p in paras):
        raise InputError(f"Tệp “{path.name}” không có nội dung chữ nào để nhập.")
    result = narrative.read_paragraphs(paras, progress, places)
    if not result.tasks and not targets:
        kind = {".pdf": "PDF"}.get(path.suffix.lower(), "Word" if path.suffix.lower().startswith(".doc") else "văn bản")
        raise InputError(f"Tệp {kind} “{path.name}” không có bảng nhiệm vụ và không có nhiệm vụ nào được đánh số "
                         "hay kết thúc bằng dòng “Cơ quan chủ trì: …”; không có gì để nhập.")
    number = result.number or _metadata_from_lines(extra_lines)[1]
    return PlanDraft(tasks=result.tasks, title=result.title, number=number, issued_on=result.issued_on,
                     schedule_text=result.schedule_text, problems=result.problems, indicators=targets,
                     account=result.account)


def preview(session: Session, draft: PlanDraft) -> PlanPreview:
    """What importing ``draft`` would change; writes nothing."""
    return plan_apply.preview(session, draft)


def apply(session: Session, draft: PlanDraft) -> PlanPreview:
    """Import ``draft`` in the caller's transaction (one transaction for the whole plan)."""
    if not draft.tasks and not draft.indicators:
        raise InputError("Kế hoạch không có nhiệm vụ hay chỉ tiêu nào để nhập.")
    return plan_apply.apply(session, draft)


def add_unknown_agency(session: Session, name: str, kind: str = "other") -> str:
    """Add a name the preview listed as unknown to the agency directory; its canonical name."""
    if kind not in KINDS:
        raise InputError(f"Loại cơ quan “{kind}” không hợp lệ. Chọn một trong: {', '.join(KINDS)}.")
    return agencies.add(session, name, kind=kind).name


def map_unknown_agency(session: Session, name: str, existing_agency_name: str) -> str:
    """Record ``name`` as another way of writing an agency already in the directory, so this and
    later imports match it; returns that agency's name."""
    alias = clean(name)
    if len(alias) < 2:
        raise InputError("Tên cần ghép vào danh mục đang để trống.")
    row = agencies.require(session, existing_agency_name)
    known = agencies.directory(session).match(alias)
    if known is not None:
        if known.name == row.name:
            return row.name
        raise InputError(f"“{alias}” đã được nhận là “{known.name}” trong danh mục; không ghép vào “{row.name}”.")
    aliases = [a for a in (row.aliases or "").splitlines() if a.strip()]
    row.aliases = "\n".join([*aliases, alias])
    session.flush()
    audit.record(session, "agency.alias", "agency", str(row.id), alias=alias, agency=row.name)
    return row.name
