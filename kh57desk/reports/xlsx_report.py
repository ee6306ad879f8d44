"""Render a ``ReportDocument`` as an Excel workbook that prints like the PDF: ``Báo cáo`` (header
block, summary, body and closing on A4 portrait), ``Phụ lục nhiệm vụ`` (Phụ lục I, one row per
task) and ``Chỉ tiêu`` (Phụ lục II, one row per target), both A4 landscape.

Columns are chosen and sized from the content (``xlsx_fit``), rows are as tall as their wrapped
text, tables print at 80% or more, and page breaks keep the signer's block with the text before
it."""

from __future__ import annotations

import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from kh57desk import __version__
from kh57desk.reports import layout as page_layout
from kh57desk.reports import xlsx_fit
from kh57desk.reports.model import HEADING, ITEM, SUBHEADING, ReportDocument
from kh57desk.reports.pdf_appendix import issues_cell, result_cell
from kh57desk.reports.pdf_styles import balance
from kh57desk.reports.xlsx_cells import font, merge, print_setup, put, register_styles, set_default_font

REPORT_SHEET, TASK_SHEET, TARGET_SHEET = "Báo cáo", "Phụ lục nhiệm vụ", "Chỉ tiêu"
HEADER_ROW = 5
LAST_COLUMN = 6            # the report sheet: A–C the agency block, D–F the national title block
SPACER_PT = 8.0
_RULE = Side(style="thin", color="000000")


@dataclass(frozen=True)
class Column:
    header: str
    width_pt: float
    style: str


def _widths(ws: Worksheet, widths_pt) -> None:
    for index, width in enumerate(widths_pt, start=1):
        ws.column_dimensions[get_column_letter(index)].width = xlsx_fit.units(width)


def _text(ws: Worksheet, row: int, first: int, last: int, text: str, width_pt: float, *, size=page_layout.XLSX_PT,
          bold=False, italic=False, underline=None, horizontal="center") -> float:
    """``text`` in columns ``first``..``last`` of ``row``, wrapped; returns the height it needs."""
    cell = put(ws, row, first, text, None)
    cell.font = font(size, bold, italic, underline)
    cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
    if last > first:
        merge(ws, row, first, last)
    return xlsx_fit.cell_height(text, width_pt, size, bold)


def balanced(text: str, width_pt: float, size: float, bold: bool) -> str:
    """``pdf_styles.balance`` in a cell ``width_pt`` wide: the break is written into the cell, so
    no viewer wraps a name differently (``ỦY BAN NHÂN DÂN`` / ``TỈNH THÁI BÌNH``)."""
    return balance(text, lambda line: xlsx_fit.text_width(line, size, bold), width_pt - xlsx_fit.CELL_MARGIN_PT)


def _header_widths(doc: ReportDocument) -> tuple[float, float]:
    """Widths of the agency block (left) and the national title block (right): the right one as
    wide as its widest line, the left one the rest of the page."""
    right = max(xlsx_fit.text_width(page_layout.NATIONAL_TITLE, page_layout.NATIONAL_TITLE_PT, True), xlsx_fit.text_width(page_layout.MOTTO, page_layout.MOTTO_PT, True),
                xlsx_fit.text_width(doc.date_line, page_layout.DATE_PT)) + xlsx_fit.CELL_MARGIN_PT + 4
    return xlsx_fit.PORTRAIT_WIDTH_PT - right, right


def report_sheet(ws: Worksheet, doc: ReportDocument) -> None:
    left, right = _header_widths(doc)
    superior = balanced(doc.superior.upper(), left, page_layout.SUPERIOR_PT, False)
    agency = balanced(doc.agency.upper(), left, page_layout.AGENCY_PT, True)
    rule = min(max(xlsx_fit.natural_width(agency, page_layout.AGENCY_PT, True), 1) * page_layout.AGENCY_RULE_FRACTION, left * 0.9)
    widths = [(left - rule) / 2, rule, (left - rule) / 2] + [right / 3] * 3
    _widths(ws, widths)
    page = sum(widths)
    heights: dict[int, float] = {}

    def put_text(row, first, last, text, **style) -> None:
        width = sum(widths[first - 1:last])
        heights[row] = max(heights.get(row, 0.0), _text(ws, row, first, last, text, width, **style))

    put_text(1, 1, 3, superior, size=page_layout.SUPERIOR_PT)
    put_text(1, 4, 6, page_layout.NATIONAL_TITLE, size=page_layout.NATIONAL_TITLE_PT, bold=True)
    put_text(2, 1, 3, agency, size=page_layout.AGENCY_PT, bold=True)
    put_text(2, 4, 6, page_layout.MOTTO, size=page_layout.MOTTO_PT, bold=True, underline="single")
    ws.cell(row=3, column=2).border = Border(top=_RULE)  # the short rule under the agency name
    heights[3] = SPACER_PT
    put_text(4, 1, 3, f"Số: {doc.number}", size=page_layout.NUMBER_PT)
    put_text(4, 4, 6, doc.date_line, size=page_layout.DATE_PT, italic=True)
    heights[5] = SPACER_PT * 2
    put_text(6, 1, 6, page_layout.DOC_TYPE, size=page_layout.DOC_TYPE_PT, bold=True)
    put_text(7, 1, 6, balanced(doc.subject, page, page_layout.SUBJECT_PT, True), size=page_layout.SUBJECT_PT, bold=True)
    heights[8] = SPACER_PT

    row = 9
    for column, title in ((1, "Tình trạng"), (4, "Chủ trì"), (5, "Phối hợp"), (6, "Tổng số")):
        put(ws, row, column, title, "header")
    merge(ws, row, 1, 3)
    heights[row] = xlsx_fit.row_height(1)
    totals = ("Tổng số nhiệm vụ", sum(c.lead for c in doc.status_counts),
              sum(c.coordinate for c in doc.status_counts), sum(c.total for c in doc.status_counts))
    for label, lead, coordinate, total in [(c.label, c.lead, c.coordinate, c.total) for c in doc.status_counts] \
            + [totals]:
        row += 1
        put(ws, row, 1, label, "header" if label == totals[0] else "cell")
        merge(ws, row, 1, 3)
        for column, value in ((4, lead), (5, coordinate), (6, total)):
            put(ws, row, column, value, "integer")
        heights[row] = xlsx_fit.cell_height(label, sum(widths[:3]))

    row += 1
    heights[row] = SPACER_PT
    for block in doc.body:
        row += 1
        bold = block.kind in (HEADING, SUBHEADING)
        text = f"- {block.text}" if block.kind == ITEM else block.text
        put_text(row, 1, LAST_COLUMN, text, size=page_layout.BODY_PT, bold=bold, horizontal="justify")
    last_body = row

    row += 1
    heights[row] = SPACER_PT
    closing = row + 1
    put_text(closing, 1, 3, page_layout.RECIPIENTS_TITLE, size=page_layout.RECIPIENTS_TITLE_PT, bold=True, italic=True,
             horizontal="left")
    lines = [f"- {r};" for r in doc.recipients[:-1]] + [f"- {doc.recipients[-1]}."]
    for offset, line in enumerate(lines, start=1):
        put_text(closing + offset, 1, 3, line, size=page_layout.RECIPIENTS_PT, horizontal="left")
    signer_row = closing
    for text in (doc.signer.authority, doc.signer.title):
        if text:
            put_text(signer_row, 4, 6, text.upper(), size=page_layout.SIGNER_PT, bold=True)
            signer_row += 1
    gap, name_row = 0.0, signer_row  # the signature space: rows (recipient lines or empty) under the title
    while gap < page_layout.SIGNATURE_SPACE_MM * xlsx_fit.MM:
        gap += heights.setdefault(name_row, xlsx_fit.row_height(1, page_layout.RECIPIENTS_PT))
        name_row += 1
    put_text(name_row, 4, 6, doc.signer.name, size=page_layout.SIGNER_PT, bold=True)

    last = max(name_row, closing + len(lines))
    for number in range(1, last + 1):
        ws.row_dimensions[number].height = heights.get(number, SPACER_PT)
    ordered = [ws.row_dimensions[n].height for n in range(1, last + 1)]
    keep = set(range(last_body - 1, last))  # 0-based: the last paragraph through the signer's name
    for index in xlsx_fit.page_breaks(ordered, xlsx_fit.PORTRAIT_HEIGHT_PT, keep):
        ws.row_breaks.append(Break(id=index + 1))
    print_setup(ws, landscape=False, table_width_pt=page, numbered_first=False)


def table_sheet(ws: Worksheet, doc: ReportDocument, appendix: str, title: str, columns: list[Column]) -> None:
    """The appendix label, title and reference over the header row; header repeated on every page."""
    _widths(ws, [c.width_pt for c in columns])
    last = len(columns)
    width = sum(c.width_pt for c in columns)
    heights = {1: _text(ws, 1, 1, last, f"PHỤ LỤC {appendix}", width, size=page_layout.APPENDIX_TITLE_PT, bold=True),
               2: _text(ws, 2, 1, last, title.upper(), width, size=page_layout.APPENDIX_TITLE_PT, bold=True),
               3: _text(ws, 3, 1, last, doc.appendix_reference, width, size=page_layout.APPENDIX_TITLE_PT, italic=True),
               4: SPACER_PT}
    for column, spec in enumerate(columns, start=1):
        put(ws, HEADER_ROW, column, spec.header, "header")
    heights[HEADER_ROW] = max(xlsx_fit.cell_height(c.header, c.width_pt, bold=True) for c in columns)
    for row, height in heights.items():
        ws.row_dimensions[row].height = height
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    print_setup(ws, landscape=True, table_width_pt=width, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def table_rows(ws: Worksheet, rows: list, columns: list[Column], empty_text: str) -> int:
    """One sheet row per item under the header, typed and styled per column, as tall as its
    wrapped text; a ``str`` item is a group heading across the table. Returns the last row."""
    row = HEADER_ROW
    for values in rows:
        row += 1
        if isinstance(values, str):
            put(ws, row, 1, values, "group")
            for column in range(2, len(columns) + 1):
                put(ws, row, column, None, "group")
            merge(ws, row, 1, len(columns))
            ws.row_dimensions[row].height = xlsx_fit.cell_height(values, sum(c.width_pt for c in columns), bold=True)
            continue
        for column, (value, spec) in enumerate(zip(values, columns), start=1):
            put(ws, row, column, value, spec.style)
        ws.row_dimensions[row].height = max(xlsx_fit.cell_height(v, c.width_pt) if isinstance(v, str) else xlsx_fit.row_height(1)
                                            for v, c in zip(values, columns))
    if any(not isinstance(r, str) for r in rows):
        ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{row}"
        _keep_groups_with_tasks(ws, rows)
    elif not rows:
        row += 1
        width = sum(c.width_pt for c in columns)
        ws.row_dimensions[row].height = _text(ws, row, 1, len(columns), empty_text, width)
    return row


def _keep_groups_with_tasks(ws: Worksheet, rows: list) -> None:
    """Page breaks so that a group heading never ends a page: the landscape page at the sheet's
    print scale, less the header row repeated on every page."""
    page = xlsx_fit.LANDSCAPE_HEIGHT_PT * 100 / (ws.page_setup.scale or 100)
    heading = ws.row_dimensions[HEADER_ROW].height or 0.0
    above = sum(ws.row_dimensions[r].height or 0.0 for r in range(1, HEADER_ROW + 1))
    heights = [ws.row_dimensions[HEADER_ROW + 1 + i].height or xlsx_fit.row_height(1) for i in range(len(rows))]
    groups = {i for i, r in enumerate(rows) if isinstance(r, str)}
    for index in xlsx_fit.page_breaks(heights, page - heading, groups, first_page_pt=page - above):
        ws.row_breaks.append(Break(id=HEADER_ROW + 1 + index))


def fitted_columns(specs: list[tuple], items: list, flexible: int, page_width_pt: float) -> tuple[list[Column], list]:
    """Columns for ``items`` from ``specs`` (header, value of an item, least and greatest width in
    points, style, always shown): a column empty for every item is left out; widths from the
    content (``xlsx_fit.column_widths``). Returns the columns and each item's row of values."""
    kept = [spec for spec in specs if spec[5] or any(spec[1](item) not in (None, "") for item in items)]
    table = [[spec[1](item) for spec in kept] for item in items]
    texts = [[str(row[i]) if row[i] is not None else "" for row in table] for i in range(len(kept))]
    flex = next(i for i, spec in enumerate(kept) if spec is specs[flexible])
    widths = xlsx_fit.column_widths([(spec[0], texts[i], spec[2], spec[3]) for i, spec in enumerate(kept)], flex,
                             page_width_pt)
    return [Column(spec[0], width, spec[4]) for spec, width in zip(kept, widths)], table


TASK_SPECS = (("TT", lambda t: t.ref, 26, 48, "cell_center", True),
              ("Nội dung nhiệm vụ", lambda t: t.content, 200, 0, "cell", True),
              ("Vai trò", lambda t: t.role_label, 40, 62, "cell_center", False),
              ("Thời hạn", lambda t: t.deadline_text, 56, 80, "cell", False),
              ("Tình trạng", lambda t: t.status_text, 70, 105, "cell", True),
              ("Kết quả thực hiện", result_cell, 110, 160, "cell", False),
              ("Khó khăn, vướng mắc; đề xuất, kiến nghị", issues_cell, 100, 130, "cell", False))
TARGET_SPECS = (("TT", lambda t: t[0], 24, 36, "integer", True),
                ("Chỉ tiêu", lambda t: t[1].text, 200, 0, "cell", True),
                ("Mốc (năm)", lambda t: t[1].milestone_year, 40, 46, "integer", False),
                ("Giá trị mục tiêu", lambda t: t[1].target_text, 60, 90, "cell_center", True),
                ("Kết quả kỳ này", lambda t: t[1].value, 50, 66, "number", True),
                ("Đơn vị", lambda t: t[1].unit, 36, 60, "cell_center", False),
                ("Ghi chú, kết quả", lambda t: t[1].note, 90, 160, "cell", False),
                ("Đánh giá", lambda t: t[1].assessment, 60, 90, "cell", True))


def _grouped(items: list, values: list, group_of) -> list:
    """The rows with a group heading wherever the group changes (as in the PDF appendix)."""
    rows, current = [], None
    for item, row in zip(items, values):
        group = group_of(item)
        if group and group != current:
            rows.append(group)
        current = group
        rows.append(row)
    return rows


def _task_sheet(ws: Worksheet, doc: ReportDocument) -> None:
    columns, values = fitted_columns(list(TASK_SPECS), doc.tasks, 1, xlsx_fit.LANDSCAPE_WIDTH_PT)
    table_sheet(ws, doc, "I", f"Kết quả thực hiện nhiệm vụ {doc.period_label}", columns)
    table_rows(ws, _grouped(doc.tasks, values, lambda t: t.group), columns,
               "Không có nhiệm vụ nào trong kỳ báo cáo.")


def _target_sheet(ws: Worksheet, doc: ReportDocument) -> None:
    items = list(enumerate(doc.targets, start=1))
    columns, values = fitted_columns(list(TARGET_SPECS), items, 1, xlsx_fit.LANDSCAPE_WIDTH_PT)
    table_sheet(ws, doc, "II", f"Kết quả thực hiện các chỉ tiêu {doc.period_label}", columns)
    table_rows(ws, _grouped(items, values, lambda t: t[1].group), columns,
               "Kế hoạch không có chỉ tiêu nào cho kỳ báo cáo này.")


def new_workbook(doc: ReportDocument, keywords: str) -> Workbook:
    wb = Workbook()
    set_default_font(wb)
    register_styles(wb)
    wb.properties.title = f"{page_layout.DOC_TYPE.capitalize()} {doc.number}: {doc.subject}"
    wb.properties.creator = doc.agency
    wb.properties.subject = doc.subject
    wb.properties.keywords = f"kh57desk {__version__}; {doc.period_id}{keywords}"
    report = wb.active
    report.title = REPORT_SHEET
    report_sheet(report, doc)
    return wb


def workbook_bytes(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def render_xlsx(doc: ReportDocument) -> bytes:
    wb = new_workbook(doc, "")
    _task_sheet(wb.create_sheet(TASK_SHEET), doc)
    _target_sheet(wb.create_sheet(TARGET_SHEET), doc)
    return workbook_bytes(wb)
