"""The landscape appendices: Phụ lục I (tasks) and Phụ lục II (targets).

Tables repeat their header row on every page. Rows never split inside reportlab (its in-row
splitting misdraws repeated headers); instead a row taller than ``WHOLE_ROW_LINES`` lines is
cut beforehand into pieces of ``PIECE_LINES`` lines: consecutive table rows with no rule and no
padding between them, so a cell of any length (a 40-line task) flows over as many pages as it
needs, reads as one row, and a page never ends with more than a few blank lines.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle

from kh57desk.reports import layout as L
from kh57desk.reports.model import ReportDocument, TargetLine, TaskLine
from kh57desk.reports.pdf_styles import Styles, markup

TASK_HEADERS = ("TT", "Nội dung nhiệm vụ", "Vai trò", "Thời hạn", "Tình trạng", "Kết quả, văn bản/sản phẩm",
                "Khó khăn, vướng mắc; đề xuất, kiến nghị")
TARGET_HEADERS = ("TT", "Chỉ tiêu", "Mốc (năm)", "Giá trị mục tiêu", "Kết quả kỳ này", "Đánh giá")
LINE_HEIGHT = L.TABLE_PT * L.BODY_LEADING
WHOLE_ROW_LINES = 6  # rows up to this many lines stay in one piece
PIECE_LINES = 3
LINE = 0.5
_UNBOUNDED = 1e9


def result_cell(task: TaskLine) -> str:
    return "\n".join(part for part in (task.result, task.output_text) if part)


def issues_cell(task: TaskLine) -> str:
    parts = []
    if task.difficulties:
        parts.append(f"Khó khăn: {task.difficulties}")
    if task.proposals:
        parts.append(f"Đề xuất: {task.proposals}")
    return "\n".join(parts)


def cell(text: str, style) -> list[Flowable]:
    """One paragraph per line of ``text`` (no ``<br/>``, so every piece starts on its first line)."""
    lines = [line for line in (text or "").split("\n") if line.strip()]
    return [Paragraph(markup(line), style) for line in lines]


def _might_exceed(flowables: list[Flowable], width: float, limit: float) -> bool:
    """Cheap test before measuring: can these paragraphs be taller than ``limit``?"""
    chars = sum(len(getattr(f, "text", "")) for f in flowables)
    per_line = max(width / (0.42 * L.TABLE_PT), 1)
    return (chars / per_line + len(flowables)) * LINE_HEIGHT > limit * 0.8


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, _UNBOUNDED)[1] for f in flowables)


def pieces_of(flowables: list[Flowable], width: float, whole: float = WHOLE_ROW_LINES * LINE_HEIGHT,
              limit: float = PIECE_LINES * LINE_HEIGHT) -> list[list[Flowable]]:
    """A cell's paragraphs as they are when no taller than ``whole`` points, else cut into
    pieces no taller than ``limit`` points."""
    if not _might_exceed(flowables, width, whole) or _height(flowables, width) <= whole + 0.5:
        return [list(flowables)]
    limit += 0.5  # rounding: three lines of 14.4 pt must fit in 43.2 pt
    pieces: list[list[Flowable]] = [[]]
    used = 0.0
    queue = list(flowables)
    while queue:
        flowable = queue.pop(0)
        height = flowable.wrap(width, _UNBOUNDED)[1]
        if used + height <= limit:
            pieces[-1].append(flowable)
            used += height
            continue
        parts = flowable.split(width, limit - used)
        if len(parts) == 2:
            pieces[-1].append(parts[0])
            queue.insert(0, parts[1])
        elif not pieces[-1]:
            pieces[-1].append(flowable)  # nothing smaller is possible: keep it whole
            continue
        else:
            queue.insert(0, flowable)
        pieces.append([])
        used = 0.0
    return [p for p in pieces if p] or [[]]


def split_row(cells: list[list[Flowable]], widths: list[float]) -> list[list[list[Flowable]]]:
    """A logical row → one or more table rows (see ``pieces_of``)."""
    inner = [w - 2 * L.TABLE_CELL_PADDING_PT for w in widths]
    cut = [pieces_of(c, w) for c, w in zip(cells, inner)]
    count = max(len(c) for c in cut)
    return [[c[i] if i < len(c) else [] for c in cut] for i in range(count)]


def _grid(widths_mm, headers, logical_rows, st: Styles) -> LongTable:
    """A ruled table from logical rows (``("group", text)`` or ``("row", cells)``); the header row
    repeats on each page, a group row stays with the row after it."""
    widths = [w * mm for w in widths_mm]
    data = [[[Paragraph(markup(h), st.cell_header)] for h in headers]]
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), st.fonts.face("regular")),
        ("LEFTPADDING", (0, 0), (-1, -1), L.TABLE_CELL_PADDING_PT),
        ("RIGHTPADDING", (0, 0), (-1, -1), L.TABLE_CELL_PADDING_PT),
        ("TOPPADDING", (0, 0), (-1, -1), L.TABLE_CELL_PADDING_PT),
        ("BOTTOMPADDING", (0, 0), (-1, -1), L.TABLE_CELL_PADDING_PT),
        ("LINEBEFORE", (0, 0), (-1, -1), LINE, "black"),
        ("LINEAFTER", (-1, 0), (-1, -1), LINE, "black"),
        ("LINEABOVE", (0, 0), (-1, 0), LINE, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), LINE, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), LINE, "black"),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), LINE, "black"),
    ]
    for kind, value in logical_rows:
        start = len(data)
        commands.append(("LINEABOVE", (0, start), (-1, start), LINE, "black"))
        if kind == "group":
            data.append([[Paragraph(markup(value), st.cell_group)]] + [[] for _ in headers[1:]])
            commands.append(("SPAN", (0, start), (-1, start)))
            commands.append(("NOSPLIT", (0, start), (-1, start + 1)))
        else:
            pieces = split_row(value, widths)
            data.extend(pieces)
            if len(pieces) > 1:  # seamless pieces: no padding where one piece meets the next
                commands.append(("BOTTOMPADDING", (0, start), (-1, start + len(pieces) - 2), 0))
                commands.append(("TOPPADDING", (0, start + 1), (-1, start + len(pieces) - 1), 0))
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _logical_rows(lines, group_of, make_cells) -> list[tuple]:
    rows, current = [], None
    for number, line in enumerate(lines, start=1):
        group = group_of(line)
        if group and group != current:
            rows.append(("group", group))
        current = group
        rows.append(("row", make_cells(number, line)))
    return rows


def task_table(tasks: list[TaskLine], st: Styles) -> LongTable:
    def cells(_number: int, t: TaskLine) -> list:
        return [cell(t.ref, st.cell_center), cell(t.content, st.cell), cell(t.role_label, st.cell_center),
                cell(t.deadline_text, st.cell), cell(t.status_text, st.cell), cell(result_cell(t), st.cell),
                cell(issues_cell(t), st.cell)]

    return _grid(L.TASK_COLUMNS_MM, TASK_HEADERS, _logical_rows(tasks, lambda t: t.group, cells), st)


def target_table(targets: list[TargetLine], st: Styles) -> LongTable:
    def cells(number: int, t: TargetLine) -> list:
        return [cell(str(number), st.cell_center), cell(t.text, st.cell),
                cell(str(t.milestone_year or ""), st.cell_center), cell(t.target_text, st.cell),
                cell("\n".join(x for x in (t.value_text, t.note) if x), st.cell), cell(t.assessment, st.cell)]

    return _grid(L.TARGET_COLUMNS_MM, TARGET_HEADERS, _logical_rows(targets, lambda t: t.group, cells), st)


def appendix_heading(number: str, title: str, doc: ReportDocument, st: Styles) -> list:
    return [Paragraph(f"PHỤ LỤC {number}", st.appendix_title), Paragraph(markup(title.upper()), st.appendix_title),
            Paragraph(markup(doc.appendix_reference), st.appendix_note)]


def appendices(doc: ReportDocument, st: Styles) -> list[list]:
    """One list of flowables per appendix (each starts on a new landscape page)."""
    parts = [[*appendix_heading("I", f"Kết quả thực hiện nhiệm vụ {doc.period_label}", doc, st)]]
    if doc.tasks:
        parts[0].append(task_table(doc.tasks, st))
    else:
        parts[0].append(Paragraph("Không có nhiệm vụ nào trong kỳ báo cáo.", st.cell_center))
    if doc.targets:
        parts.append([*appendix_heading("II", f"Kết quả thực hiện các chỉ tiêu {doc.period_label}", doc, st),
                      target_table(doc.targets, st)])
    return parts
