"""Sizes for the spreadsheet as it will print: text measured with the report font's real glyph
widths, column widths chosen from the content, row heights for wrapped text, the print scale,
and page breaks that keep the signer's block with the text before it.

Units: the workbook's default font is Times New Roman 12 pt (``xlsx_cells.set_default_font``),
so a column width unit is the width of its digit ``0``: 8 px at 96 dpi, 6 pt. LibreOffice lays
the file out with Liberation Serif, which has the same metrics, so both print alike.
"""

from __future__ import annotations

import functools
import math

from reportlab.pdfbase.pdfmetrics import stringWidth

from kh57desk.reports import layout as page_layout
from kh57desk.reports.fonts import report_fonts

POINTS_PER_UNIT = 6.0       # one column width unit in points (Times New Roman 12 pt digit)
CELL_MARGIN_PT = 6.0        # left + right inner margins of a cell, with slack for the viewer's rounding
LINE_SPACING = 1.2          # line height / font size in a wrapped cell
ROW_PADDING_PT = 4.0        # above the first line and below the descenders of the last
MM = 72 / 25.4
# Printable area at 100% (A4 less the decree's margins; the page number sits in the top margin)
PORTRAIT_WIDTH_PT = (page_layout.PAGE_WIDTH_MM - page_layout.MARGIN_LEFT_MM - page_layout.MARGIN_RIGHT_MM) * MM
PORTRAIT_HEIGHT_PT = (page_layout.PAGE_HEIGHT_MM - page_layout.MARGIN_TOP_MM - page_layout.MARGIN_BOTTOM_MM) * MM
LANDSCAPE_WIDTH_PT = (page_layout.PAGE_HEIGHT_MM - page_layout.MARGIN_LEFT_MM - page_layout.MARGIN_RIGHT_MM) * MM
LANDSCAPE_HEIGHT_PT = (page_layout.PAGE_WIDTH_MM - page_layout.MARGIN_TOP_MM - page_layout.MARGIN_BOTTOM_MM) * MM
MIN_SCALE = 80              # 12 pt text prints at 9.6 pt or more
PAGE_FILL = 0.95            # our pages are filled to this share, against the viewer's rounding
MAX_ROW_PT = 409            # Excel's limit on a row's height


@functools.lru_cache(maxsize=1)
def _faces() -> tuple[str, str]:
    fonts = report_fonts()
    return fonts.face("regular"), fonts.bold


def text_width(text: str, size: float = page_layout.XLSX_PT, bold: bool = False) -> float:
    regular, bold_face = _faces()
    return stringWidth(text, bold_face if bold else regular, size)


def units(points: float) -> float:
    """A column width in Excel units for ``points`` of printed width."""
    return round(points / POINTS_PER_UNIT, 2)


def points(width_units: float) -> float:
    return width_units * POINTS_PER_UNIT


def longest_word(text: str, size: float = page_layout.XLSX_PT, bold: bool = False) -> float:
    return max((text_width(word, size, bold) for word in (text or "").split()), default=0.0)


def natural_width(text: str, size: float = page_layout.XLSX_PT, bold: bool = False) -> float:
    """The width of the widest line of ``text`` unwrapped."""
    return max((text_width(line, size, bold) for line in (text or "").split("\n")), default=0.0)


def wrapped_lines(text: str, width_pt: float, size: float = page_layout.XLSX_PT, bold: bool = False) -> int:
    """Lines ``text`` takes in a wrapped cell ``width_pt`` wide (its margins included): greedy
    word wrap by glyph widths, as Excel and LibreOffice do; a word wider than the cell is broken."""
    room = max(width_pt - CELL_MARGIN_PT, size)
    space = text_width(" ", size, bold)
    count = 0
    for paragraph in str(text or "").split("\n"):
        lines, used = 1, 0.0
        for word in paragraph.split():
            width = text_width(word, size, bold)
            if width > room:  # broken by characters
                if used:
                    lines += 1
                lines += math.ceil(width / room) - 1
                used = width % room or room
            elif used == 0:
                used = width
            elif used + space + width <= room:
                used += space + width
            else:
                lines += 1
                used = width
        count += lines
    return max(count, 1)


def row_height(lines: int, size: float = page_layout.XLSX_PT) -> float:
    return min(round(lines * size * LINE_SPACING + ROW_PADDING_PT, 1), MAX_ROW_PT)


def cell_height(text: str, width_pt: float, size: float = page_layout.XLSX_PT, bold: bool = False) -> float:
    return row_height(wrapped_lines(text, width_pt, size, bold), size)


def print_scale(table_width_pt: float, page_width_pt: float) -> tuple[int, bool]:
    """The print scale (percent) and whether the table fits one page wide at it: as large as fits,
    at most 100, never below ``MIN_SCALE`` (a wider table prints across pages instead)."""
    fit = math.floor(100 * page_width_pt / max(table_width_pt, 1))
    return max(MIN_SCALE, min(100, fit)), fit >= MIN_SCALE


def column_widths(columns: list[tuple[str, list[str], float, float]], flexible: int,
                  page_width_pt: float) -> list[float]:
    """Widths in points from the content. ``columns`` holds (header, cell texts, least width,
    greatest width) per column; every column is as wide as its widest line up to its greatest
    width, never narrower than its longest word or header word. Column ``flexible`` (the task
    content) takes what is left of the page, at least its least width."""
    widths = []
    for index, (header, texts, least, greatest) in enumerate(columns):
        floor = max([least, longest_word(header, bold=True)] + [longest_word(t) for t in texts]) + CELL_MARGIN_PT
        natural = max([natural_width(t) for t in texts] + [0.0]) + CELL_MARGIN_PT
        widths.append(max(floor, least) if index == flexible else max(floor, min(natural, greatest)))
    rest = page_width_pt - sum(w for i, w in enumerate(widths) if i != flexible)
    widths[flexible] = max(widths[flexible], rest)
    return widths


def page_breaks(heights: list[float], page_height_pt: float, keep_with_next: set[int],
                first_page_pt: float | None = None) -> list[int]:
    """Rows (0-based indexes into ``heights``) after which a page ends. A row in ``keep_with_next``
    stays on the page of the row after it (the signer's block with the last paragraph, a group
    heading with its first task). ``first_page_pt``: the room on the first page, if different."""
    room = (page_height_pt if first_page_pt is None else first_page_pt) * PAGE_FILL
    breaks: list[int] = []
    start, used = 0, 0.0
    index = 0
    while index < len(heights):
        if used + heights[index] > room and index > start:
            cut = index
            while cut - 1 > start and (cut - 1) in keep_with_next:
                cut -= 1
            breaks.append(cut - 1)
            start, used, index = cut, 0.0, cut
            room = page_height_pt * PAGE_FILL
            continue
        used += heights[index]
        index += 1
    return breaks
