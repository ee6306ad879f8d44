"""Excel (.xlsx) sheets → :class:`~kh57desk.importers.table.Grid`.

openpyxl reads the file in read-only mode (rows stream, memory stays flat) with
``data_only=True`` so a formula cell gives the value Excel last computed for it. XML is
parsed with defusedxml (openpyxl uses it whenever it is installed; we refuse to open Excel
files if it is not): a file with an entity bomb or external entities is refused.

One pass over the sheet XML gives both the rows and the merged ranges (which read-only mode
does not expose), using openpyxl's own sheet parser.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kh57desk.errors import InputError
from kh57desk.importers import files
from kh57desk.importers.table import HEADER_SEARCH_ROWS, Grid, has_header

MAX_COLUMNS = 60
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")


def defused() -> bool:
    """True when openpyxl parses XML through defusedxml."""
    try:
        import defusedxml  # noqa: F401
        from openpyxl.xml import DEFUSEDXML
        from openpyxl.xml.functions import iterparse
    except ImportError:
        return False
    return bool(DEFUSEDXML) and iterparse.__module__.startswith("defusedxml")


def _xml_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError,
                                         AttributeError, EOFError, OSError]
    try:
        from xml.etree.ElementTree import ParseError
        errors.append(ParseError)
    except ImportError:  # pragma: no cover
        pass
    try:
        from lxml.etree import LxmlError
        errors.append(LxmlError)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def _is_bomb(exc: BaseException) -> bool:
    """True when defusedxml refused the XML (openpyxl may wrap its error in a ValueError)."""
    from defusedxml import DefusedXmlException

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DefusedXmlException):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


@contextmanager
def _workbook(path: Path):
    """The workbook opened read-only, with every failure turned into a Vietnamese message."""
    if not defused():
        raise InputError("Thiếu thư viện defusedxml nên chương trình không mở tệp Excel (để giữ an toàn). "
                         "Hãy cài lại chương trình.")
    from openpyxl import load_workbook

    name = path.name
    handle = path.open("rb")
    workbook = None
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        yield workbook
    except _xml_errors() as exc:
        if _is_bomb(exc):
            raise InputError(_BOMB.format(name=name)) from None
        raise InputError(f"Tệp “{name}” bị hỏng, Excel không đọc được ({type(exc).__name__}). "
                         "Hãy mở bằng Excel, lưu lại rồi nhập lại.") from None
    finally:
        if workbook is not None:
            workbook.close()
        handle.close()


_BOMB = files.XML_BOMB


def sheet_names(path: Path) -> list[str]:
    with _workbook(path) as workbook:
        return [ws.title for ws in workbook.worksheets]


@dataclass
class Sheet:
    """One sheet as read: its grid, plus the formula cells Excel never computed (a file written
    by a program and not opened in Excel since), as (row, column), 1-based."""

    title: str
    grid: Grid
    uncomputed: list[tuple[int, int]] = field(default_factory=list)


def _parser(source, ws, workbook, uncomputed: list[tuple[int, int]]):
    """openpyxl's own sheet parser (rows and merged ranges in one pass), noting formula cells
    that have no cached value."""
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        def parse_cell(self, element):
            cell = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                uncomputed.append((cell["row"], cell["column"]))
            return cell

    return Parser(source, ws._shared_strings, data_only=True, epoch=workbook.epoch,
                  date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats)


def _rows(workbook, title: str, limit: int | None, progress: Callable[[int, int], None] | None,
          merges: list[tuple[int, int, int, int]], uncomputed: list[tuple[int, int]]) \
        -> Iterator[tuple[int, list[object]]]:
    """(Excel row number, values) of a sheet; merged ranges are appended to ``merges`` (Excel
    coordinates, 1-based) once the sheet has been read to its end."""
    ws = workbook[title]
    total = ws.max_row if isinstance(getattr(ws, "max_row", None), int) else 0
    if limit is None and _row_count(workbook, ws) > files.MAX_ROWS:
        raise InputError(_TOO_MANY_ROWS.format(title=title))
    try:
        source = ws._get_source()
        parser = _parser(source, ws, workbook, uncomputed)
    except (ImportError, AttributeError):  # pragma: no cover - openpyxl changed its internals
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            yield number, list(values[:MAX_COLUMNS])
        return
    count = 0
    try:
        for number, cells in parser.parse():
            count += 1
            if limit is not None and count > limit:
                return
            if count > files.MAX_ROWS:
                raise InputError(_TOO_MANY_ROWS.format(title=title))
            if progress and count % 200 == 0:
                progress(count, max(total, count))
            values: list[object] = []
            for cell in cells:
                column = cell["column"]
                if column > MAX_COLUMNS:
                    break
                values.extend([None] * (column - 1 - len(values)))
                value = cell["value"]
                values.append(None if cell.get("data_type") == "e" else value)
            yield number, values
        if parser.merged_cells is not None:
            for merged in parser.merged_cells.mergeCell:
                bounds = _bounds(merged.ref)
                if bounds:
                    merges.append(bounds)
    finally:
        source.close()


_TOO_MANY_ROWS = ("Trang tính “{title}” có hơn 100.000 dòng; chương trình chỉ nhập bảng đến 100.000 dòng. "
                  "Hãy xóa các dòng thừa hoặc tách bảng.")


def _row_count(workbook, ws) -> int:
    """Rows in the sheet XML, counted on the raw bytes before any parsing (fast refusal of a
    huge sheet); 0 when the part cannot be located."""
    try:
        source = workbook._archive.open(ws._worksheet_path)
    except (AttributeError, KeyError):  # pragma: no cover - openpyxl changed its internals
        return 0
    count, carry = 0, b""
    with source:
        while chunk := source.read(1 << 20):
            data = carry + chunk
            cut = data.rfind(b"<")
            cut = cut if cut > 0 else len(data)
            count += len(_ROW_TAG.findall(data, 0, cut))
            carry = data[cut:]
            if count > files.MAX_ROWS:
                break
    return count + len(_ROW_TAG.findall(carry))


def _bounds(ref: str) -> tuple[int, int, int, int] | None:
    from openpyxl.utils.cell import range_boundaries
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    if None in (min_col, min_row, max_col, max_row):
        return None
    return min_row, min_col, max_row, max_col


def _grid(rows: list[tuple[int, list[object]]], merges: list[tuple[int, int, int, int]]) -> Grid:
    """Rows as a grid; merged ranges translated to grid indexes (sheets skip empty rows)."""
    index = {number: i for i, (number, _) in enumerate(rows)}
    translated = []
    for r1, c1, r2, c2 in merges:
        inside = [index[n] for n in range(r1, min(r2, r1 + 5_000) + 1) if n in index]
        if inside:
            translated.append((inside[0], c1 - 1, inside[-1], min(c2, MAX_COLUMNS) - 1))
    return Grid([values for _, values in rows], [number for number, _ in rows], translated)


def read_sheet(path: Path, sheet: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> Sheet:
    """The sheet ``sheet``, or without it the first sheet whose first rows hold a recognisable
    task table (else the first sheet)."""
    with _workbook(path) as workbook:
        titles = [ws.title for ws in workbook.worksheets]
        if not titles:
            raise InputError(f"Tệp “{path.name}” không có trang tính nào.")
        if sheet is not None:
            if sheet not in titles:
                raise InputError(f"Tệp “{path.name}” không có trang tính “{sheet}”. Các trang tính: "
                                 + ", ".join(f"“{t}”" for t in titles) + ".")
            title = sheet
        else:
            title = _table_sheet(workbook, titles)
        merges: list[tuple[int, int, int, int]] = []
        uncomputed: list[tuple[int, int]] = []
        rows = list(_rows(workbook, title, None, progress, merges, uncomputed))
        return Sheet(title, _grid(rows, merges), uncomputed)


def _table_sheet(workbook, titles: list[str]) -> str:
    for title in titles:
        merges: list[tuple[int, int, int, int]] = []
        head = list(_rows(workbook, title, HEADER_SEARCH_ROWS + 3, None, merges, []))
        if head and has_header(_grid(head, merges)):
            return title
    return titles[0]


def target_sheets(path: Path, only: str | None = None) -> list[Sheet]:
    """The sheets (or the sheet ``only``) whose first rows hold a targets table (``Chỉ tiêu`` |
    ``Đơn vị tính`` | ``2025`` | ``2030``…), read whole."""
    from kh57desk.importers import target_table

    found = []
    with _workbook(path) as workbook:
        for title in [ws.title for ws in workbook.worksheets]:
            if only is not None and title != only:
                continue
            merges: list[tuple[int, int, int, int]] = []
            head = list(_rows(workbook, title, HEADER_SEARCH_ROWS + 3, None, merges, []))
            if not head or not target_table.has_header(_grid(head, merges)):
                continue
            merges = []
            uncomputed: list[tuple[int, int]] = []
            rows = list(_rows(workbook, title, None, None, merges, uncomputed))
            found.append(Sheet(title, _grid(rows, merges), uncomputed))
    return found
