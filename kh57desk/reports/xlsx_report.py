"""Render a ``ReportDocument`` as an Excel workbook: ``Báo cáo`` (header block, summary, body and
closing), ``Phụ lục nhiệm vụ`` (one row per task) and ``Chỉ tiêu`` (one row per target)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kh57desk import __version__
from kh57desk.reports import layout as L
from kh57desk.reports.model import HEADING, ITEM, SUBHEADING, ReportDocument
from kh57desk.reports.xlsx_cells import (RULE, chars_in, fit_height, font, merge, print_setup, put,
                                         register_styles, text_lines)

REPORT_SHEET, TASK_SHEET, TARGET_SHEET = "Báo cáo", "Phụ lục nhiệm vụ", "Chỉ tiêu"
REPORT_WIDTHS = (12, 12, 12, 10, 11, 11, 11, 11)  # A..H, about the width of A4 portrait
# (header, width, cell style) per column
TASK_COLUMNS = (("TT", 7, "cell_center"), ("Nhóm nhiệm vụ", 14, "cell"), ("Nội dung nhiệm vụ", 50, "cell"),
                ("Vai trò", 10, "cell_center"), ("Thời hạn", 16, "cell"), ("Hạn hoàn thành", 12, "date"),
                ("Tình trạng", 18, "cell"), ("Tỷ lệ hoàn thành (%)", 10, "integer"), ("Ngày hoàn thành", 12, "date"),
                ("Kết quả thực hiện", 40, "cell"), ("Văn bản, sản phẩm", 24, "cell"), ("Ngày văn bản", 12, "date"),
                ("Khó khăn, vướng mắc", 28, "cell"), ("Đề xuất, kiến nghị", 28, "cell"))
TARGET_COLUMNS = (("TT", 6, "integer"), ("Nhóm", 16, "cell"), ("Chỉ tiêu", 60, "cell"), ("Mốc (năm)", 9, "integer"),
                  ("Giá trị mục tiêu", 16, "cell_center"), ("Mục tiêu (số)", 12, "number"),
                  ("Kết quả kỳ này", 12, "number"), ("Đơn vị", 12, "cell_center"), ("Ghi chú, kết quả", 30, "cell"),
                  ("Đánh giá", 16, "cell"))
HEADER_ROW = 5


def _merge_text(ws: Worksheet, row: int, first: int, last: int, text: str, *, size=L.XLSX_PT, bold=False,
                italic=False, underline=None, horizontal="center", fit=True) -> None:
    cell = put(ws, row, first, text, None)
    cell.font = font(size, bold, italic, underline)
    cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
    if last > first:
        merge(ws, row, first, last)
    if fit:
        width = sum(ws.column_dimensions[get_column_letter(c)].width or 9 for c in range(first, last + 1))
        fit_height(ws, row, text_lines(text, chars_in(width, size)), size)


def _widths(ws: Worksheet, widths) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def report_sheet(ws: Worksheet, doc: ReportDocument) -> None:
    _widths(ws, REPORT_WIDTHS)
    last = len(REPORT_WIDTHS)
    _merge_text(ws, 1, 1, 3, doc.superior.upper(), fit=False)
    _merge_text(ws, 1, 4, last, L.NATIONAL_TITLE, bold=True, fit=False)
    _merge_text(ws, 2, 1, 3, doc.agency.upper(), bold=True)
    _merge_text(ws, 2, 4, last, L.MOTTO, size=L.MOTTO_PT, bold=True, underline="single", fit=False)
    ws.cell(row=3, column=2).border = RULE  # the short rule under the agency name
    _merge_text(ws, 4, 1, 3, f"Số: {doc.number}", size=L.NUMBER_PT)
    _merge_text(ws, 4, 4, last, doc.date_line, size=L.DATE_PT, italic=True)
    _merge_text(ws, 6, 1, last, L.DOC_TYPE, size=L.DOC_TYPE_PT, bold=True)
    _merge_text(ws, 7, 1, last, doc.subject, size=L.SUBJECT_PT, bold=True)

    row = 9
    for label, values in (("Kỳ báo cáo", [doc.period_label]), ("Mã kỳ", [doc.period_id]),
                          ("Chốt số liệu từ ngày", [doc.window_start, "đến ngày", doc.window_end]),
                          ("Ngày báo cáo", [doc.date]), ("Số báo cáo", [doc.number]),
                          ("Lần tạo", [doc.version])):
        _merge_text(ws, row, 1, 2, label, horizontal="left", fit=False)
        for offset, value in enumerate(values):
            column = 3 + offset
            cell = put(ws, row, column, value, "plain")
            cell.alignment = Alignment(horizontal="left")
            if len(values) == 1:
                merge(ws, row, 3, last)
        row += 1

    row += 1
    for column, title in enumerate(("Tình trạng", "", "", "Chủ trì", "Phối hợp", "Tổng số"), start=1):
        if title:
            put(ws, row, column, title, "header")
    merge(ws, row, 1, 3)
    for count in doc.status_counts:
        row += 1
        put(ws, row, 1, count.label, "cell")
        merge(ws, row, 1, 3)
        for column, value in ((4, count.lead), (5, count.coordinate), (6, count.total)):
            put(ws, row, column, value, "integer")
    row += 1
    put(ws, row, 1, "Tổng số nhiệm vụ", "header")
    merge(ws, row, 1, 3)
    for column, value in ((4, sum(c.lead for c in doc.status_counts)),
                          (5, sum(c.coordinate for c in doc.status_counts)),
                          (6, sum(c.total for c in doc.status_counts))):
        put(ws, row, column, value, "integer")

    row += 2
    for block in doc.body:
        bold = block.kind in (HEADING, SUBHEADING)
        text = f"- {block.text}" if block.kind == ITEM else block.text
        _merge_text(ws, row, 1, last, text, size=L.BODY_PT, bold=bold, horizontal="justify")
        row += 1

    row += 1
    closing_row = row
    _merge_text(ws, row, 1, 4, L.RECIPIENTS_TITLE, size=L.RECIPIENTS_TITLE_PT, bold=True, italic=True,
                horizontal="left")
    lines = [f"- {r};" for r in doc.recipients[:-1]] + [f"- {doc.recipients[-1]}."]
    for line in lines:
        row += 1
        _merge_text(ws, row, 1, 4, line, size=L.RECIPIENTS_PT, horizontal="left")
    row = closing_row
    for text in (doc.signer.authority, doc.signer.title):
        if text:
            _merge_text(ws, row, 5, last, text.upper(), size=L.SIGNER_PT, bold=True, fit=False)
            row += 1
    row += 4
    _merge_text(ws, row, 5, last, doc.signer.name, size=L.SIGNER_PT, bold=True, fit=False)
    print_setup(ws, landscape=False, numbered_first=False)


def table_sheet(ws: Worksheet, doc: ReportDocument, appendix: str, title: str, columns) -> None:
    _widths(ws, [w for _, w, _ in columns])
    last = len(columns)
    _merge_text(ws, 1, 1, last, f"PHỤ LỤC {appendix}" if appendix else title.upper(), size=L.APPENDIX_TITLE_PT,
                bold=True, fit=False)
    _merge_text(ws, 2, 1, last, title.upper(), size=L.APPENDIX_TITLE_PT, bold=True, fit=False)
    _merge_text(ws, 3, 1, last, doc.appendix_reference, size=L.APPENDIX_TITLE_PT, italic=True, fit=False)
    for column, (name, _, _) in enumerate(columns, start=1):
        put(ws, HEADER_ROW, column, name, "header")
    fit_height(ws, HEADER_ROW, 3)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    print_setup(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def table_rows(ws: Worksheet, rows: list[list], columns, empty_text: str) -> None:
    """One sheet row per item under the header, typed and styled per column; a filter on top."""
    row = HEADER_ROW
    for values in rows:
        row += 1
        for column, (value, (_, _, style)) in enumerate(zip(values, columns), start=1):
            put(ws, row, column, value, style)
        lines = max(text_lines(v, chars_in(w)) if isinstance(v, str) else 1 for v, (_, w, _) in zip(values, columns))
        fit_height(ws, row, lines)
    if rows:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{row}"
    else:
        _merge_text(ws, HEADER_ROW + 1, 1, len(columns), empty_text)


def _task_sheet(ws: Worksheet, doc: ReportDocument) -> None:
    table_sheet(ws, doc, "I", f"Kết quả thực hiện nhiệm vụ {doc.period_label}", TASK_COLUMNS)
    rows = [[t.ref, t.group, t.content, t.role_label, t.deadline_text, t.deadline_due, t.status_label, t.percent,
             t.completed_on, t.result, t.output_doc_number, t.output_doc_date, t.difficulties, t.proposals]
            for t in doc.tasks]
    table_rows(ws, rows, TASK_COLUMNS, "Không có nhiệm vụ nào trong kỳ báo cáo.")


def _target_sheet(ws: Worksheet, doc: ReportDocument) -> None:
    table_sheet(ws, doc, "II" if doc.targets else "", f"Kết quả thực hiện các chỉ tiêu {doc.period_label}",
                 TARGET_COLUMNS)
    rows = [[n, t.group, t.text, t.milestone_year, t.target_text, t.target, t.value, t.unit, t.note, t.assessment]
            for n, t in enumerate(doc.targets, start=1)]
    table_rows(ws, rows, TARGET_COLUMNS, "Kế hoạch không có chỉ tiêu nào cho kỳ báo cáo này.")


def render_xlsx(doc: ReportDocument) -> bytes:
    wb = Workbook()
    register_styles(wb)
    wb.properties.title = f"{L.DOC_TYPE.capitalize()} {doc.number}: {doc.subject}"
    wb.properties.creator = doc.agency
    wb.properties.subject = doc.subject
    wb.properties.keywords = f"kh57desk {__version__}; {doc.period_id}"
    report = wb.active
    report.title = REPORT_SHEET
    report_sheet(report, doc)
    _task_sheet(wb.create_sheet(TASK_SHEET), doc)
    _target_sheet(wb.create_sheet(TARGET_SHEET), doc)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
