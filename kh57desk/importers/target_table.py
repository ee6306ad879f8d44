"""A targets appendix (``Phụ lục I: Các chỉ tiêu …``) laid out as a table → targets with milestones.

The table has a column of targets (``Chỉ tiêu``, ``Tên chỉ tiêu``, ``Nội dung chỉ tiêu``), often
a unit column (``Đơn vị tính``, ``ĐVT``) and one column per milestone year (``2025``, ``Năm
2030``, ``Đến năm 2030``), the years sometimes under a merged ``Mục tiêu`` heading. Each row
with a figure under a year gives one target for that year: ``≥ 60`` → at least 60, ``80 - 90``
→ a range, ``Trên 0,7`` → more than 0.7, a bare number → to reach. A row with a target but no
figure at all is a group heading (``I. Chỉ tiêu về khoa học, công nghệ``) when it has no unit,
else a qualitative target. Every row is accounted for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kh57desk.domain import targets as target_rules
from kh57desk.domain.text import clean, fold
from kh57desk.importers import cells as cell_text
from kh57desk.importers.draft import CONTEXT, NOT_UNDERSTOOD, TABLE_ROWS, TARGET, Account, RowProblem
from kh57desk.importers.table import HEADER_SEARCH_ROWS, CellText, Grid, column_numbers

_TARGET_HEADERS = ("chi tieu", "ten chi tieu", "noi dung chi tieu", "chi tieu chu yeu", "cac chi tieu",
                   "noi dung", "chi tieu cu the")
_UNIT_HEADERS = ("don vi tinh", "dvt", "don vi")
_YEAR = re.compile(r"^(?:(?:muc tieu|chi tieu|den|nam|den het|den nam|giai doan \d{4}\s*-)\s*)*(?:nam\s+)?"
                   r"((?:19|20)\d\d)$")
_GROUP_SEPARATOR = " › "


@dataclass
class TargetTable:
    targets: list[target_rules.Target] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    account: Account = field(default_factory=Account)


def _year(text: str) -> int | None:
    m = _YEAR.match(fold(text).strip(" .:"))
    return int(m.group(1)) if m else None


def find_header(cells: CellText) -> tuple[int, int, int | None, int | None, dict[int, int]] | None:
    """(last header row, target column, unit column, ref column, column → year), or None."""
    for r in range(min(HEADER_SEARCH_ROWS, len(cells.full))):
        row = cells.full[r]
        keys = [fold(t).strip(" .:") for t in row]
        target = next((c for c, k in enumerate(keys) if k in _TARGET_HEADERS), None)
        if target is None or not any("chi tieu" in k for k in keys):
            continue
        unit = next((c for c, k in enumerate(keys) if k in _UNIT_HEADERS), None)
        ref = next((c for c, k in enumerate(keys) if k in ("tt", "stt", "so tt")), None)
        years, last = {}, r
        for depth in (0, 1):  # the years may sit under a merged "Mục tiêu" heading
            if r + depth < len(cells.full):
                found = {c: y for c, t in enumerate(cells.full[r + depth]) if c != target and (y := _year(t))}
                if found:
                    years, last = found, r + depth
                    break
        if years:
            return last, target, unit, ref, years
    return None


def has_header(grid: Grid) -> bool:
    return find_header(CellText(grid)) is not None


def read_grid(grid: Grid) -> TargetTable:
    """Targets of a targets table; every row accounted for."""
    cells = CellText(grid)
    result = TargetTable()
    header = find_header(cells)
    if header is None:
        result.account.add(TABLE_ROWS, CONTEXT, len(grid.rows))
        return result
    last, target_column, unit_column, ref_column, years = header
    result.account.add(TABLE_ROWS, CONTEXT, last + 1)
    groups: list[str] = []
    for r in range(last + 1, len(cells.down)):
        texts = cells.down[r]
        text = clean(texts[target_column])
        figures = {year: clean(texts[c]) for c, year in years.items() if clean(texts[c])}
        unit = clean(texts[unit_column]) if unit_column is not None else ""
        ref = cell_text.one_line(texts[ref_column]) if ref_column is not None else ""
        if not any(texts) or column_numbers(texts) or fold(text) in _TARGET_HEADERS:
            result.account.add(TABLE_ROWS, CONTEXT)
        elif not text:
            result.problems.append(RowProblem(grid.numbers[r], "Dòng có số liệu nhưng không có tên chỉ tiêu",
                                              " | ".join(t for t in texts if t)[:300]))
            result.account.add(TABLE_ROWS, NOT_UNDERSTOOD)
        elif not figures and not unit:
            groups = [cell_text.heading_text(ref, text)] if cell_text.is_roman(ref) or not groups else [groups[0],
                                                                                        cell_text.heading_text(ref, text)]
            result.account.add(TABLE_ROWS, CONTEXT)
        else:
            group = _GROUP_SEPARATOR.join(groups)
            result.targets.extend(_row_targets(text, unit, figures, group))
            result.account.add(TABLE_ROWS, TARGET)
    return result


def _row_targets(text: str, unit: str, figures: dict[int, str], group: str) -> list[target_rules.Target]:
    if not figures:
        return [target_rules.Target(text=text, unit=unit, group=group, per_year=target_rules.parse_target(text).per_year)]
    found = []
    for year, figure in sorted(figures.items()):
        parsed = target_rules.parse_target(figure)
        per_year = target_rules.parse_target(text).per_year or parsed.per_year
        if parsed.qualitative:
            found.append(target_rules.Target(text=f"{text}: {figure}", group=group, milestone_year=year, per_year=per_year))
            continue
        found.append(target_rules.Target(text=text, comparator=parsed.comparator, target=parsed.target,
                              target_high=parsed.target_high, unit=unit or parsed.unit, per_year=per_year,
                              milestone_year=year, group=group))
    return found
