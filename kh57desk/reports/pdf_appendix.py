"""The landscape appendices: Phụ lục I (tasks) and Phụ lục II (targets), each a heading and a
ruled table laid out page by page (``pdf_table``)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from kh57desk.reports import layout as page_layout
from kh57desk.reports.model import ReportDocument, TargetLine, TaskLine
from kh57desk.reports.pdf_styles import Styles, markup
from kh57desk.reports.pdf_table import TableRow, cell, group_row, paged_table, split_row

TASK_HEADERS = ("TT", "Nội dung nhiệm vụ", "Vai trò", "Thời hạn", "Tình trạng", "Kết quả, văn bản/sản phẩm",
                "Khó khăn, vướng mắc; đề xuất, kiến nghị")
TARGET_HEADERS = ("TT", "Chỉ tiêu", "Mốc (năm)", "Giá trị mục tiêu", "Kết quả kỳ này", "Đánh giá")
FRAME_WIDTH = landscape(A4)[0] - (page_layout.MARGIN_LEFT_MM + page_layout.MARGIN_RIGHT_MM) * mm
FRAME_HEIGHT = landscape(A4)[1] - (page_layout.MARGIN_TOP_MM + page_layout.MARGIN_BOTTOM_MM) * mm


def result_cell(task: TaskLine) -> str:
    return "\n".join(part for part in (task.result, task.output_text) if part)


def issues_cell(task: TaskLine) -> str:
    parts = []
    if task.difficulties:
        parts.append(f"Khó khăn: {task.difficulties}")
    if task.proposals:
        parts.append(f"Đề xuất: {task.proposals}")
    return "\n".join(parts)


def table_rows(lines, group_of, make_cells, widths: list[float], st: Styles) -> list[TableRow]:
    """Table rows in order: a spanning group row where the group changes, then the line's pieces."""
    rows, current = [], None
    for number, line in enumerate(lines, start=1):
        group = group_of(line)
        if group and group != current:
            rows.append(group_row(group, widths, st))
        current = group
        rows.extend(split_row(make_cells(number, line), widths))
    return rows


def task_rows(tasks: list[TaskLine], st: Styles) -> list[TableRow]:
    def cells(_number: int, t: TaskLine) -> list:
        return [cell(t.ref, st.cell_center), cell(t.content, st.cell), cell(t.role_label, st.cell_center),
                cell(t.deadline_text, st.cell), cell(t.status_text, st.cell), cell(result_cell(t), st.cell),
                cell(issues_cell(t), st.cell)]

    return table_rows(tasks, lambda t: t.group, cells, [w * mm for w in page_layout.TASK_COLUMNS_MM], st)


def target_rows(targets: list[TargetLine], st: Styles) -> list[TableRow]:
    def cells(number: int, t: TargetLine) -> list:
        return [cell(str(number), st.cell_center), cell(t.text, st.cell),
                cell(str(t.milestone_year or ""), st.cell_center), cell(t.target_text, st.cell),
                cell("\n".join(x for x in (t.value_text, t.note) if x), st.cell), cell(t.assessment, st.cell)]

    return table_rows(targets, lambda t: t.group, cells, [w * mm for w in page_layout.TARGET_COLUMNS_MM], st)


def appendix_heading(number: str, title: str, doc: ReportDocument, st: Styles) -> list[Flowable]:
    return [Paragraph(f"PHỤ LỤC {number}", st.appendix_title), Paragraph(markup(title.upper()), st.appendix_title),
            Paragraph(markup(doc.appendix_reference), st.appendix_note)]


def _room_after(heading: list[Flowable]) -> float:
    """Height left on the first page of an appendix once its heading is set (spaces counted in
    full: a point or two too little only moves a row to the next page)."""
    used = sum(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heading)
    return FRAME_HEIGHT - used


def appendix_table(number: str, title: str, headers, columns_mm, rows: list[TableRow], doc, st) -> list[Flowable]:
    heading = appendix_heading(number, title, doc, st)
    return heading + paged_table(headers, [w * mm for w in columns_mm], rows, st, _room_after(heading), FRAME_HEIGHT)


def appendices(doc: ReportDocument, st: Styles) -> list[list]:
    """One list of flowables per appendix (each starts on a new landscape page)."""
    title = f"Kết quả thực hiện nhiệm vụ {doc.period_label}"
    if doc.tasks:
        parts = [appendix_table("I", title, TASK_HEADERS, page_layout.TASK_COLUMNS_MM, task_rows(doc.tasks, st), doc, st)]
    else:
        parts = [appendix_heading("I", title, doc, st)
                 + [Paragraph("Không có nhiệm vụ nào trong kỳ báo cáo.", st.cell_center)]]
    if doc.targets:
        parts.append(appendix_table("II", f"Kết quả thực hiện các chỉ tiêu {doc.period_label}", TARGET_HEADERS,
                               page_layout.TARGET_COLUMNS_MM, target_rows(doc.targets, st), doc, st))
    return parts
