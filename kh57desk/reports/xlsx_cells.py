"""Writing cells safely and in the house style: Times New Roman, wrapped, bordered; user text
never becomes a formula; dates and numbers keep their types; print settings for A4."""

from __future__ import annotations

import datetime as dt
import math

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from kh57desk.reports import layout as page_layout
from kh57desk.reports import xlsx_fit

# A text cell starting with one of these would be read by Excel as a formula (or a DDE call)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767
DATE_FORMAT = "dd/mm/yyyy"
MM_PER_INCH = 25.4

_thin = Side(style="thin", color="000000")
GRID = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
RULE = Border(bottom=Side(style="thin", color="000000"))


def font(size: float = page_layout.XLSX_PT, bold: bool = False, italic: bool = False, underline: str | None = None) -> Font:
    return Font(name=page_layout.XLSX_FONT, size=size, bold=bold, italic=italic, underline=underline, color="000000")


def _named(name: str, *, bold=False, italic=False, horizontal="left", border=GRID, number_format=None,
           size=page_layout.XLSX_PT) -> NamedStyle:
    style = NamedStyle(name=name)
    style.font = font(size, bold, italic)
    style.alignment = Alignment(horizontal=horizontal, vertical="top" if horizontal != "center" else "center",
                                wrap_text=True)
    if border is not None:
        style.border = border
    if number_format:
        style.number_format = number_format
    return style


STYLES = {
    "cell": dict(),
    "cell_center": dict(horizontal="center"),
    "header": dict(bold=True, horizontal="center"),
    "group": dict(bold=True),
    "date": dict(horizontal="center", number_format=DATE_FORMAT),
    "number": dict(horizontal="center", number_format="#,##0.##"),
    "integer": dict(horizontal="center", number_format="0"),
    "plain": dict(border=None),
    "percent": dict(horizontal="center", number_format="0.0"),
    "total": dict(bold=True, horizontal="center", number_format="0"),
    "title": dict(bold=True, horizontal="center", border=None, size=page_layout.APPENDIX_TITLE_PT),
}


def register_styles(wb: Workbook) -> None:
    for name, options in STYLES.items():
        wb.add_named_style(_named(f"kh57_{name}", **options))


def safe_text(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL_TEXT else text[:MAX_CELL_TEXT - 1] + "…"


def put(ws: Worksheet, row: int, column: int, value, style: str | None = "cell"):
    """Write ``value``: text stays text (never a formula or an error code), dates and numbers keep
    their type. ``style`` names one of ``STYLES``."""
    cell = ws.cell(row=row, column=column)
    if style:
        cell.style = f"kh57_{style}"
    if isinstance(value, str):
        text = safe_text(value)
        cell.value = text
        if cell.data_type != "s" or text.startswith(FORMULA_TRIGGERS):
            cell.data_type = "s"  # stored as text; quotePrefix keeps it text when edited in Excel
            cell.quotePrefix = True
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = None
    else:
        cell.value = value
        if isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
    return cell


def merge(ws: Worksheet, row: int, first: int, last: int) -> None:
    """Merge columns ``first``..``last`` of ``row``. openpyxl's ``merge_cells`` compares each new
    range with every existing one (quadratic: seconds for a 3,000-task report); our ranges never
    overlap, so the range goes straight into the set."""
    ref = CellRange(min_col=first, min_row=row, max_col=last, max_row=row).coord
    merged = MergedCellRange(ws, ref)
    ws.merged_cells.ranges.add(merged)
    ws._clean_merge_range(merged)


def set_default_font(wb: Workbook) -> None:
    """Times New Roman 12 pt as the workbook's Normal font: column widths are counted in its digit
    width, so ``xlsx_fit`` can size columns in points and LibreOffice (Liberation Serif, same
    metrics) prints them as Excel does."""
    from openpyxl.utils.indexed_list import IndexedList  # noqa: PLC0415

    wb._fonts = IndexedList([font()])  # noqa: SLF001 - openpyxl keeps the Normal style's font first
    normal = next((style for style in wb._named_styles if style.name == "Normal"), None)  # noqa: SLF001
    if normal is not None:
        normal.font = font()


def print_setup(ws: Worksheet, landscape: bool, table_width_pt: float, title_rows: str | None = None,
                numbered_first: bool = True, title_columns: str = "A:B") -> int:
    """A4, the decree's margins, page numbers, and the largest scale at which ``table_width_pt``
    fits one page wide, never below 80% (12 pt text stays 9.6 pt or more on paper); a table
    still too wide prints across pages with ``title_columns`` repeated. Returns the scale."""
    page_width = xlsx_fit.LANDSCAPE_WIDTH_PT if landscape else xlsx_fit.PORTRAIT_WIDTH_PT
    scale, fits = xlsx_fit.print_scale(table_width_pt, page_width)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = scale
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.print_options.horizontalCentered = False
    ws.page_margins = PageMargins(left=page_layout.MARGIN_LEFT_MM / MM_PER_INCH, right=page_layout.MARGIN_RIGHT_MM / MM_PER_INCH,
                                  top=page_layout.MARGIN_TOP_MM / MM_PER_INCH, bottom=page_layout.MARGIN_BOTTOM_MM / MM_PER_INCH,
                                  header=8 / MM_PER_INCH, footer=8 / MM_PER_INCH)
    if title_rows:
        ws.print_title_rows = title_rows
    if not fits:
        ws.print_title_cols = title_columns
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = f"{page_layout.XLSX_FONT},Regular"
    ws.oddHeader.center.size = page_layout.PAGE_NUMBER_PT
    if not numbered_first:
        ws.HeaderFooter.differentFirst = True
    return scale
