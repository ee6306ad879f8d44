"""Ruled tables for the landscape appendices, paginated by us rather than by reportlab.

reportlab splits a long table page by page, recomputing the rest of the table each time: the
cost grows with the square of the rows (27 s for 1,000 tasks), and its in-row splitting misdraws
repeated headers. Here every row is measured once, rows are packed into pages, and each page
gets its own small table (header row first) followed by a page break: linear cost, and the
header is on every page by construction.

Tall rows: a row taller than ``WHOLE_ROW_LINES`` lines is cut into pieces of ``PIECE_LINES``
lines (consecutive table rows, no rule and no padding between them), so a cell of any length (a
40-line task) flows over as many pages as it needs, reads as one row, and a page never ends
with more than a few blank lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable, LongTable, PageBreak, Paragraph, TableStyle

from kh57desk.reports import layout as page_layout
from kh57desk.reports.pdf_styles import Styles, markup

LINE_HEIGHT = page_layout.TABLE_PT * page_layout.BODY_LEADING
WHOLE_ROW_LINES = 6  # rows up to this many lines stay in one piece
PIECE_LINES = 3
PAD = page_layout.TABLE_CELL_PADDING_PT
BOTTOM_PAD = PAD + 2  # room under the last line for descenders (g, y, ọ, ạ) above the rule
LINE = 0.5
SAFETY = 2.0  # points kept free at the foot of each page against rounding
_UNBOUNDED = 1e9


@dataclass
class TableRow:
    cells: list[list[Flowable]]
    group: bool = False
    joined_above: bool = False  # a later piece of a cut row: no rule, no top padding
    joined_below: bool = False  # more pieces follow: no bottom padding
    height: float = 0.0
    extra: list = field(default_factory=list)
    continued: list[Flowable] = field(default_factory=list)  # "(12) (tiếp)": the TT cell if a page starts here


def cell(text: str, style) -> list[Flowable]:
    """One paragraph per line of ``text`` (no ``<br/>``, so every piece starts on its first line)."""
    lines = [line for line in (text or "").split("\n") if line.strip()]
    return [Paragraph(markup(line), style) for line in lines]


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, _UNBOUNDED)[1] for f in flowables)


def _measured(flowable: Flowable, width: float) -> float:
    """The height of a flowable already wrapped at ``width`` (wrapped now if it was not)."""
    height = getattr(flowable, "height", None)
    return height if height is not None else flowable.wrap(width, _UNBOUNDED)[1]


def pieces_of(flowables: list[Flowable], width: float, whole: float = WHOLE_ROW_LINES * LINE_HEIGHT,
              limit: float = PIECE_LINES * LINE_HEIGHT) -> list[list[Flowable]]:
    """A cell's paragraphs as they are when no taller than ``whole`` points, else cut into
    pieces no taller than ``limit`` points."""
    if not flowables or _height(flowables, width) <= whole + 0.5:
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


def split_row(cells: list[list[Flowable]], widths: list[float]) -> list[TableRow]:
    """A logical row → one or more table rows, each measured. When any cell is too tall, every
    cell is cut at the same height, so the lines of all columns stay level piece by piece."""
    inner = [w - 2 * PAD for w in widths]
    tall = any(_height(c, w) > WHOLE_ROW_LINES * LINE_HEIGHT + 0.5 for c, w in zip(cells, inner))
    cut = [pieces_of(c, w, whole=0 if tall else WHOLE_ROW_LINES * LINE_HEIGHT) for c, w in zip(cells, inner)]
    count = max(len(c) for c in cut)
    rows = []
    for i in range(count):
        parts = [c[i] if i < len(c) else [] for c in cut]
        row = TableRow(parts, joined_above=i > 0, joined_below=i < count - 1)
        if i and not parts[0] and cells[0]:
            row.continued = _continued(cells[0], inner[0])
        content = max(sum(_measured(f, w) for f in part) for part, w in zip([row.continued or parts[0]] + parts[1:],
                                                                             inner))
        row.height = content + (0 if row.joined_above else PAD) + (0 if row.joined_below else BOTTOM_PAD)
        rows.append(row)
    return rows


def _continued(first_cell: list[Flowable], width: float) -> list[Flowable]:
    """The first column of a later piece of a cut row: ``(12) (tiếp)``, so a page that starts
    inside a long task still says which task it is."""
    number = " ".join(getattr(f, "text", "") for f in first_cell).strip()
    if not number:
        return []
    paragraph = Paragraph(markup(f"{number} (tiếp)"), first_cell[0].style)
    paragraph.wrap(width, _UNBOUNDED)
    return [paragraph]


def group_row(text: str, widths: list[float], st: Styles) -> TableRow:
    paragraph = Paragraph(markup(text), st.cell_group)
    height = paragraph.wrap(sum(widths) - 2 * PAD, _UNBOUNDED)[1] + PAD + BOTTOM_PAD
    return TableRow([[paragraph]] + [[] for _ in widths[1:]], group=True, height=height)


def paginate(rows: list[TableRow], first: float, later: float) -> list[list[TableRow]]:
    """Pack rows into pages of ``first`` then ``later`` points; a group row never ends a page."""
    pages: list[list[TableRow]] = [[]]
    room = first
    for row in rows:
        if row.height > room and pages[-1]:
            carried = [pages[-1].pop()] if pages[-1][-1].group else []
            pages.append(carried)
            room = later - sum(r.height for r in carried)
        pages[-1].append(row)
        room -= row.height
    for page in pages:  # a page that starts inside a cut row names the task: "(12) (tiếp)"
        if page and page[0].joined_above and page[0].continued:
            page[0].cells[0] = page[0].continued
    return [page for page in pages if page]


def _page_table(header: list[list[Flowable]], header_height: float, rows: list[TableRow], widths: list[float],
                st: Styles) -> LongTable:
    data = [header] + [r.cells for r in rows]
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), st.fonts.face("regular")),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PAD),
        ("LINEBEFORE", (0, 0), (-1, -1), LINE, "black"),
        ("LINEAFTER", (-1, 0), (-1, -1), LINE, "black"),
        ("LINEABOVE", (0, 0), (-1, 0), LINE, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), LINE, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), LINE, "black"),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), LINE, "black"),
    ]
    for index, row in enumerate(rows, start=1):
        if not row.joined_above:
            commands.append(("LINEABOVE", (0, index), (-1, index), LINE, "black"))
        else:
            commands.append(("TOPPADDING", (0, index), (-1, index), 0))
        if row.joined_below:
            commands.append(("BOTTOMPADDING", (0, index), (-1, index), 0))
        if row.group:
            commands.append(("SPAN", (0, index), (-1, index)))
    table = LongTable(data, colWidths=widths, rowHeights=[header_height] + [r.height for r in rows], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def paged_table(headers: tuple[str, ...], widths: list[float], rows: list[TableRow], st: Styles, first: float,
                later: float) -> list[Flowable]:
    """Tables of one page each (header row first), separated by page breaks. ``first`` and
    ``later`` are the heights free for the table on its first page and on the next ones."""
    header = [[Paragraph(markup(h), st.cell_header)] for h in headers]
    header_height = max(_height(c, w - 2 * PAD) for c, w in zip(header, widths)) + PAD + BOTTOM_PAD
    pages = paginate(rows, first - header_height - SAFETY, later - header_height - SAFETY)
    flowables: list[Flowable] = []
    for index, page in enumerate(pages):
        if index:
            flowables.append(PageBreak())
        header = [[Paragraph(markup(h), st.cell_header)] for h in headers]  # a flowable draws once
        flowables.append(_page_table(header, header_height, page, widths, st))
    return flowables
