"""A grid of cells (an Excel sheet or a Word table) → the plan's tasks.

How a provincial office lays the appendix out, and what this module does with it:

- title rows, then the header row somewhere in the first :data:`HEADER_SEARCH_ROWS` rows; the
  header may be merged over two rows (``Cơ quan`` over ``Chủ trì`` | ``Phối hợp``), wrap over
  lines and be followed by a row of column numbers ``(1) (2) (3)…`` — all of it is header;
- column names vary (:data:`COLUMN_NAMES`);
- group rows — ``Quý I``, ``Nhiệm vụ thực hiện thường xuyên…``, ``I. …`` merged across the row,
  or a numbered row with no agency whose next rows are numbered under it (``1.`` then
  ``1.1``) — become the group of the tasks below them (nested groups joined with `` › ``);
- a table that continues on the next page repeats its header: such rows are skipped;
- cells merged down several rows (one lead agency for three tasks) count for every row.

Every row under the header ends up in exactly one place: a task, a group row, an ignored row
(blank, repeated header, column numbers) or a problem with its row number and reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kh57desk.domain.text import clean, fold
from kh57desk.importers import cells as cell_text
from kh57desk.importers.draft import CONTEXT, NOT_UNDERSTOOD, TABLE_ROWS, TASK, Account, RowProblem, TaskDraft

HEADER_SEARCH_ROWS = 30
# Nesting of group rows: I. › Quý I / Nhiệm vụ thường xuyên › 1. › 1.1. › a)
ROMAN_LEVEL, UNNUMBERED_LEVEL, LETTER_LEVEL = 0, 1, 8
GROUP_SEPARATOR = " › "
MAX_GROUP_TEXT = 160
FIELDS = ("ref", "content", "lead", "coordinating", "deadline", "product", "note")

# Folded header words → field. Checked in this order: the first rule that matches wins.
COLUMN_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ref", ("tt", "stt", "so tt", "so thu tu", "thu tu", "ma so", "ma nhiem vu")),
    ("deadline", ("thoi gian hoan thanh", "thoi han hoan thanh", "thoi han", "tien do", "thoi gian thuc hien",
                  "thoi gian", "han hoan thanh", "moc thoi gian", "thoi diem hoan thanh", "hoan thanh")),
    ("coordinating", ("co quan phoi hop", "don vi phoi hop", "phoi hop", "co quan, don vi phoi hop")),
    ("lead", ("co quan thuc hien", "co quan chu tri", "don vi chu tri", "don vi thuc hien", "co quan dau moi",
              "chu tri", "co quan chu tri tham muu", "don vi chu tri tham muu", "co quan, don vi chu tri",
              "co quan, don vi thuc hien", "don vi dau moi", "co quan tham muu", "don vi tham muu")),
    ("product", ("san pham", "ket qua, san pham", "ket qua san pham", "san pham du kien", "ket qua du kien",
                 "hinh thuc van ban", "san pham dau ra")),
    ("note", ("ghi chu",)),
    ("content", ("noi dung cong viec", "noi dung nhiem vu", "nhiem vu", "noi dung", "ten nhiem vu",
                 "nhiem vu, giai phap", "cong viec", "noi dung cong viec, nhiem vu", "ten cong viec",
                 "nhiem vu cu the", "danh muc nhiem vu")),
)
_IGNORED_HEADER = ("bat dau", "kinh phi", "nguon von", "du toan", "chi tieu")  # chỉ tiêu: a targets table


@dataclass
class Grid:
    """Cells as read, row by row (rows may be ragged). ``numbers`` are the row numbers the user
    sees (Excel row, or the row of the Word table); ``merges`` are merged ranges as
    ``(first_row, first_col, last_row, last_col)`` indexes into ``rows``, inclusive."""

    rows: list[list[object]]
    numbers: list[int]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


@dataclass
class TableResult:
    tasks: list[TaskDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)
    header_rows: list[int] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)
    group_rows: list[int] = field(default_factory=list)
    ignored_rows: list[int] = field(default_factory=list)
    account: Account = field(default_factory=Account)

    @property
    def found(self) -> bool:
        return bool(self.columns)


def column_field(header: str) -> str | None:
    """The task field a header cell names (``Cơ quan\\nthực hiện`` → ``lead``), or None."""
    key = re.sub(r"[^\w\s,]", " ", fold(header)).replace(",", " , ")
    key = " ".join(key.split()).replace(" ,", ",")
    if not key or len(key) > 80:
        return None
    if any(word in key for word in _IGNORED_HEADER) and "hoan thanh" not in key:
        return None
    for name, phrases in COLUMN_NAMES:
        for phrase in phrases:
            if key == phrase or key.startswith(phrase + " ") or key.endswith(" " + phrase) or \
                    (len(phrase) > 6 and phrase in key):
                return name
    return None


def map_columns(texts: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, text in enumerate(texts):
        name = column_field(text) if text else None
        if name and name not in columns:
            columns[name] = index
    return columns


def _usable(columns: dict[str, int]) -> bool:
    return "content" in columns and bool({"lead", "ref", "deadline"} & set(columns))


class CellText:
    """The grid as text: ``full`` has merged ranges filled both ways (for the header); ``down``
    fills a merged range down its first column only (for data rows, so a group heading merged
    across the row still reads as one cell)."""

    def __init__(self, grid: Grid):
        width = max((len(r) for r in grid.rows), default=0)
        self.width = width
        self.raw = [list(r) + [None] * (width - len(r)) for r in grid.rows]
        self.text = [[cell_text.cell_text(v) for v in row] for row in self.raw]
        self.full = [list(row) for row in self.text]
        self.down = [list(row) for row in self.text]
        self.down_raw = [list(row) for row in self.raw]
        for r1, c1, r2, c2 in grid.merges:
            if not (0 <= r1 < len(self.raw) and 0 <= c1 < width):
                continue
            r2, c2 = min(r2, len(self.raw) - 1), min(c2, width - 1)
            value, raw = self.text[r1][c1], self.raw[r1][c1]
            if not value:
                continue
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.full[r][c] = value
                self.down[r][c1], self.down_raw[r][c1] = value, raw


_HEADER_WORDS = ("chu tri", "phoi hop", "thuc hien", "hoan thanh", "bat dau", "ket thuc", "thoi gian", "thoi han",
                 "co quan", "don vi", "san pham", "ket qua", "ghi chu", "noi dung", "nhiem vu", "tien do", "dau moi")


def _header_continues(cells: CellText, r: int) -> bool:
    """Row ``r`` continues the header above it: sub-headings (``Chủ trì`` | ``Phối hợp``),
    cells merged down from above, or the row of column numbers."""
    row, above = cells.full[r], cells.full[r - 1]
    filled = [c for c, t in enumerate(row) if t]
    if not filled:
        return False
    if column_numbers(row):
        return True
    new = [row[c] for c in filled if row[c] != above[c]]  # none: every cell merged down from above
    return all(len(t) <= 40 and any(w in fold(t) for w in _HEADER_WORDS) for t in new)


def column_numbers(row: list[str]) -> bool:
    """A row of column numbers under the header: ``1 2 3 4 5`` or ``(1) (2) (3)``."""
    values = [t.strip("() .") for t in row if t]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def find_header(cells: CellText) -> tuple[list[int], dict[str, int], list[str]] | None:
    """(header row indexes, field → column, header texts) for the first recognisable header."""
    for r in range(min(HEADER_SEARCH_ROWS, len(cells.full))):
        columns = map_columns(cells.full[r])
        if not _usable(columns):
            continue
        rows, texts = [r], list(cells.full[r])
        while rows[-1] + 1 < len(cells.full) and len(rows) < 3 and _header_continues(cells, rows[-1] + 1):
            nxt = cells.full[rows[-1] + 1]
            rows.append(rows[-1] + 1)
            if column_numbers(nxt):
                break  # the column numbers close the header
            joined = [a if (not b or b == a) else (f"{a} {b}" if a else b) for a, b in zip(texts, nxt)]
            combined = map_columns(joined)
            if len(combined) >= len(columns) and _usable(combined):
                texts, columns = joined, combined
        return rows, columns, texts
    return None


def header_columns(grid: Grid) -> dict[str, int] | None:
    """Field → column of the task-table header in the first rows of ``grid``, or None."""
    found = find_header(CellText(grid))
    return found[1] if found else None


def has_header(grid: Grid) -> bool:
    return header_columns(grid) is not None


def stitch(tables, recognise) -> list[Grid]:
    """Tables in document order → one grid per table ``recognise`` knows (it returns the
    header's signature, or None), each with the tables of as many columns that follow it: the
    same table continued on the next pages, often with its header repeated (rows numbered on)."""
    grids: list[Grid] = []
    current: Grid | None = None
    width, columns = 0, None
    for grid in tables:
        table_width = max((len(r) for r in grid.rows), default=0)
        found = recognise(grid) if grid.rows else None
        if found is not None and (current is None or table_width != width or found != columns):
            current, width, columns = grid, table_width, found
            grids.append(current)
        elif current is not None and grid.rows and table_width == width:
            offset = len(current.rows)
            current.rows.extend(grid.rows)
            current.numbers.extend(range(offset + 1, offset + len(grid.rows) + 1))
            current.merges.extend((a + offset, b, c + offset, d) for a, b, c, d in grid.merges)
        else:
            current = None
    return grids


def read_grid(grid: Grid, progress=None) -> TableResult:
    """Tasks, groups and problems of one grid. Never raises on odd cell contents."""
    cells = CellText(grid)
    result = TableResult()
    header = find_header(cells)
    if header is None:
        return result
    header_rows, columns, header_texts = header
    result.columns = columns
    result.header_rows = [grid.numbers[r] for r in header_rows]
    result.title_lines = [line for r in range(header_rows[0]) for line in _distinct(cells.text[r])]
    header_keys = {fold(t) for r in header_rows for t in cells.full[r] if t} | {fold(t) for t in header_texts if t}
    _Rows(cells, grid.numbers, columns, header_keys, result, progress).read(header_rows[-1] + 1)
    above = header_rows[-1] + 1  # title rows and the header
    for place, count in ((TASK, len(result.tasks)), (NOT_UNDERSTOOD, len(result.problems)),
                         (CONTEXT, above + len(result.group_rows) + len(result.ignored_rows))):
        result.account.add(TABLE_ROWS, place, count)
    return result


def _distinct(texts: list[str]) -> list[str]:
    seen: list[str] = []
    for t in texts:
        if t and t not in seen:
            seen.append(clean(t))
    return seen


def _heading_level(ref: str) -> int:
    parts = cell_text.number_parts(ref)
    return UNNUMBERED_LEVEL + len(parts) if parts else LETTER_LEVEL


class _Rows:
    """Walks the data rows below the header, keeping the group path."""

    def __init__(self, cells: CellText, numbers: list[int], columns: dict[str, int], header_keys: set[str],
                 result: TableResult, progress):
        self.cells, self.numbers, self.columns = cells, numbers, columns
        self.header_keys, self.result, self.progress = header_keys, result, progress
        self.longest_header = max((len(k) for k in header_keys), default=0) + 10
        self.groups: list[tuple[int, str]] = []

    def value(self, r: int, name: str) -> str:
        c = self.columns.get(name)
        return self.cells.down[r][c] if c is not None else ""

    def read(self, start: int) -> None:
        total = len(self.cells.down)
        for r in range(start, total):
            if self.progress and (r - start) % 25 == 0:
                self.progress(r - start, total - start)
            self.row(r, start)
        if self.progress:
            self.progress(total - start, total - start)

    def row(self, r: int, start: int) -> None:
        number, texts = self.numbers[r], self.cells.down[r]
        filled = [t for t in texts if t]
        if not filled or column_numbers(texts) or self.repeated_header(texts):
            self.result.ignored_rows.append(number)
            return
        ref, content = cell_text.one_line(self.value(r, "ref")), self.value(r, "content")
        others = {name: self.value(r, name) for name in ("lead", "coordinating", "deadline", "product", "note")}
        if all(t == filled[0] for t in filled):  # one text, or one text merged across the row
            self.single_text(number, filled[0])
        elif cell_text.is_roman(ref) and not any(others[n] for n in ("lead", "coordinating", "deadline")):
            self.group(number, ROMAN_LEVEL, cell_text.heading_text(ref, content))
        elif not content:
            self.problem(number, "Không có nội dung nhiệm vụ", " | ".join(clean(t) for t in filled))
        elif ref and not any(others.values()) and self.next_is_child(r, ref):
            self.group(number, _heading_level(ref), cell_text.heading_text(ref, content))
        else:
            self.task(r, number, ref, content, others)

    def repeated_header(self, texts: list[str]) -> bool:
        filled = [t for t in texts if t]
        short = [t for t in filled if len(t) <= self.longest_header]
        if len(short) < 2 or len(short) * 2 < len(filled):
            return False
        hits = sum(1 for t in short if fold(t) in self.header_keys)
        return hits >= 2 and hits * 2 >= len(filled)

    def single_text(self, number: int, text: str) -> None:
        """A row with one text (a heading merged across the row, or one lonely cell)."""
        line = clean(text)
        first = line.split(" ", 1)[0]
        if cell_text.looks_like_ref(line):
            self.problem(number, "Dòng chỉ có số thứ tự, không có nội dung nhiệm vụ", line)
        elif len(line) > MAX_GROUP_TEXT:
            self.problem(number, "Dòng chỉ có một đoạn chữ, không có số thứ tự và cơ quan chủ trì "
                                 "(có thể là phần tiếp theo của nhiệm vụ ở dòng trên)", line)
        elif first.endswith(".") and cell_text.is_roman(first):
            self.group(number, ROMAN_LEVEL, line)
        elif cell_text.number_parts(first) is not None or cell_text.is_letter_ref(first):
            self.group(number, _heading_level(first), line)
        else:
            self.group(number, UNNUMBERED_LEVEL, line)

    def next_is_child(self, r: int, ref: str) -> bool:
        for nxt in range(r + 1, min(r + 6, len(self.cells.down))):
            child = cell_text.one_line(self.value(nxt, "ref"))
            if child:
                return cell_text.is_child_ref(ref, child)
        return False

    def group(self, number: int, level: int, text: str) -> None:
        while self.groups and self.groups[-1][0] >= level:
            self.groups.pop()
        self.groups.append((level, clean(text)))
        self.result.group_rows.append(number)

    def task(self, r: int, number: int, ref: str, content: str, others: dict[str, str]) -> None:
        deadline: object = clean(others["deadline"])
        c = self.columns.get("deadline")
        if c is not None and isinstance(self.cells.down_raw[r][c], (dt.date, dt.datetime)):
            deadline = self.cells.down_raw[r][c]
        self.result.tasks.append(TaskDraft(
            ref=ref, content=clean(content), group=GROUP_SEPARATOR.join(t for _, t in self.groups),
            lead=cell_text.unwrap(others["lead"]), coordinating=cell_text.unwrap(others["coordinating"]), deadline=deadline,
            product=clean(others["product"]), note=clean(others["note"]), source_row=number))

    def problem(self, number: int, reason: str, text: str) -> None:
        self.result.problems.append(RowProblem(number, reason, text[:300]))
