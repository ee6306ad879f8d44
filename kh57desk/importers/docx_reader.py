"""Word (.docx) files → task-table grids and body paragraphs.

python-docx parses the XML with ``resolve_entities=False``, so entity bombs do not expand;
the file has already passed :func:`kh57desk.importers.files.check_file` (size, zip bomb).

Tables are read from the XML directly so merged cells come out right: a cell spanning
columns (``gridSpan``) or continuing the cell above (``vMerge``) becomes a merged range of
the :class:`~kh57desk.importers.table.Grid`. A table that goes on over several pages is often
several Word tables in a row, each starting with the header again: a table with the same
number of columns that follows a task table continues it (its repeated header rows are
skipped by the table reader). Row numbers count the rows of the task table from its first
header row.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kh57desk.errors import InputError
from kh57desk.importers import files
from kh57desk.importers.docx_numbering import Numbering
from kh57desk.importers.table import Grid, header_columns, stitch


def open_document(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, TypeError, AttributeError, OSError, EOFError) as exc:
        raise InputError(f"Tệp “{path.name}” bị hỏng, Word không đọc được ({type(exc).__name__}). "
                         "Hãy mở bằng Word, lưu lại rồi nhập lại.") from None
    except Exception as exc:  # noqa: BLE001 - lxml/zip errors of a damaged file
        if type(exc).__module__.startswith(("lxml", "zipfile", "xml")):
            raise InputError(f"Tệp “{path.name}” bị hỏng, Word không đọc được. Hãy mở bằng Word, lưu lại "
                             "rồi nhập lại.") from None
        raise


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn
    return qn(tag)


def _body_items(document) -> Iterator:
    """Body-level ``w:p`` and ``w:tbl`` in order, looking inside content controls."""
    body = document.element.body
    p_tag, tbl_tag, sdt_tag = _qn("w:p"), _qn("w:tbl"), _qn("w:sdt")

    def walk(parent):
        for child in parent.iterchildren():
            if child.tag in (p_tag, tbl_tag):
                yield child
            elif child.tag == sdt_tag:
                content = child.find(_qn("w:sdtContent"))
                if content is not None:
                    yield from walk(content)

    yield from walk(body)


def paragraphs(document) -> list[str]:
    """The text of the body paragraphs (tables left out), automatic numbering and bullets
    written in front as Word shows them."""
    numbering = Numbering.of(document)
    texts = []
    for item in _body_items(document):
        if item.tag == _qn("w:p"):
            texts.append(numbering.prefix(item) + (item.text or ""))
    return texts


def _cell_text(tc) -> str:
    return "\n".join(p.text or "" for p in tc.p_lst)


def table_rows(tbl) -> tuple[list[list[object]], list[tuple[int, int, int, int]]]:
    """Rows of one Word table with merged ranges (``gridSpan``, ``vMerge``)."""
    rows: list[list[object]] = []
    merges: list[tuple[int, int, int, int]] = []
    open_down: dict[int, list[int]] = {}  # column → [first row, last row, span]

    def close(column: int) -> None:
        first, last, span = open_down.pop(column)
        if last > first or span > 1:
            merges.append((first, column, last, column + span - 1))

    for r, tr in enumerate(tbl.tr_lst):
        if r >= files.MAX_ROWS:
            raise InputError(f"Bảng trong tệp có hơn {files.MAX_ROWS:,} dòng; chương trình chỉ nhập bảng đến "
                             "100.000 dòng.".replace(",", "."))
        column = tr.grid_before
        values: list[object] = [None] * column
        for tc in tr.tc_lst:
            span = max(1, min(tc.grid_span, 60))
            if tc.vMerge == "continue":
                values.extend([None] * span)
                if column in open_down:
                    open_down[column][1] = r
                else:
                    open_down[column] = [r, r, span]
            else:
                if column in open_down:
                    close(column)
                values.append(_cell_text(tc))
                values.extend([None] * (span - 1))
                if tc.vMerge == "restart":
                    open_down[column] = [r, r, span]
                elif span > 1:
                    merges.append((r, column, r, column + span - 1))
            column += span
        rows.append(values)
    for column in list(open_down):
        close(column)
    return rows, merges


def task_grids(document) -> list[Grid]:
    """One grid per task table: a table with a recognisable header, plus the tables with as
    many columns that follow it (the same table continued on the next pages)."""
    return stitch(_tables(document), header_columns)


def target_grids(document) -> list[Grid]:
    """One grid per targets table (``Chỉ tiêu`` | ``Đơn vị tính`` | ``2025`` | ``2030``…)."""
    from kh57desk.importers import target_table

    return stitch(_tables(document), lambda grid: True if target_table.has_header(grid) else None)


def _tables(document) -> Iterator[Grid]:
    for item in _body_items(document):
        if item.tag == _qn("w:tbl"):
            rows, merges = table_rows(item)
            yield Grid(rows, list(range(1, len(rows) + 1)), merges)


def header_texts(document, limit: int = 3) -> list[str]:
    """Cell texts of the tables before the first task table: the header block of a Vietnamese
    document (issuing body, ``Số: 12/KH-UBND``, place and date)."""
    texts: list[str] = []
    for count, item in enumerate(i for i in _body_items(document) if i.tag == _qn("w:tbl")):
        rows, merges = table_rows(item)
        if count >= limit or header_columns(Grid(rows, list(range(1, len(rows) + 1)), merges)) is not None:
            break
        texts.extend(line for row in rows for cell in row if isinstance(cell, str) for line in cell.split("\n"))
    return texts


def table_row_count(document) -> int:
    """Rows of every table of the body (for the account of what was read)."""
    return sum(len(item.tr_lst) for item in _body_items(document) if item.tag == _qn("w:tbl"))
