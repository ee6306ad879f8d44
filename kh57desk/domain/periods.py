"""Reporting periods and their data cut-off windows (Decree 09/2019/NĐ-CP, Art. 12).

Identifiers are stable strings: ``2025-M05``, ``2025-Q2``, ``2025-H1``, ``2025-Y``,
``2025-C1`` (the first of a plan's own fixed dates in 2025) and ``DX-2025-06-15``
(an ad-hoc, "đột xuất", report whose window ends on that day).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kh57desk.errors import InputError

MONTHLY, QUARTERLY, HALF_YEAR, YEARLY, CUSTOM, AD_HOC = "M", "Q", "H", "Y", "C", "DX"
STANDARD_KINDS = (MONTHLY, QUARTERLY, HALF_YEAR, YEARLY)
KIND_LABELS = {
    MONTHLY: "Hằng tháng", QUARTERLY: "Hằng quý", HALF_YEAR: "6 tháng", YEARLY: "Hằng năm",
    CUSTOM: "Theo mốc của kế hoạch", AD_HOC: "Đột xuất",
}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True, order=True)
class Period:
    """One reporting period; ``start``..``end`` is the data cut-off window (both inclusive)."""

    end: dt.date
    start: dt.date
    id: str
    kind: str
    year: int
    index: int

    @property
    def label(self) -> str:
        """Vietnamese label used in report subjects: ``quý II năm 2025``."""
        if self.kind == MONTHLY:
            return f"tháng {self.index} năm {self.year}"
        if self.kind == QUARTERLY:
            return f"quý {_ROMAN[self.index]} năm {self.year}"
        if self.kind == HALF_YEAR:
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        if self.kind == YEARLY:
            return f"năm {self.year}"
        if self.kind == CUSTOM:
            return f"kỳ {self.index} năm {self.year} (đến {self.end:%d/%m/%Y})"
        return f"đột xuất đến ngày {self.end:%d/%m/%Y}"

    @property
    def window_text(self) -> str:
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def _day_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1)


def _fifteenth_of_previous_month(year: int, month: int) -> dt.date:
    return dt.date(year - 1, 12, 15) if month == 1 else dt.date(year, month - 1, 15)


def monthly(year: int, month: int) -> Period:
    return Period(dt.date(year, month, 14), _fifteenth_of_previous_month(year, month),
                  f"{year}-M{month:02d}", MONTHLY, year, month)


def quarterly(year: int, quarter: int) -> Period:
    first_month = 3 * quarter - 2
    return Period(dt.date(year, 3 * quarter, 14), _fifteenth_of_previous_month(year, first_month),
                  f"{year}-Q{quarter}", QUARTERLY, year, quarter)


def half_year(year: int, half: int) -> Period:
    if half == 1:
        return Period(dt.date(year, 6, 14), dt.date(year - 1, 12, 15), f"{year}-H1", HALF_YEAR, year, 1)
    return Period(dt.date(year, 12, 14), dt.date(year, 6, 15), f"{year}-H2", HALF_YEAR, year, 2)


def yearly(year: int) -> Period:
    return Period(dt.date(year, 12, 14), dt.date(year - 1, 12, 15), f"{year}-Y", YEARLY, year, 0)


def ad_hoc(end: dt.date, start: dt.date | None = None) -> Period:
    """An ad-hoc report; without a start the window is the calendar year up to ``end``."""
    start = start or dt.date(end.year, 1, 1)
    if start > end:
        raise InputError("Ngày bắt đầu kỳ báo cáo đột xuất phải trước ngày kết thúc.")
    return Period(end, start, f"DX-{end:%Y-%m-%d}", AD_HOC, end.year, 0)


_ID = re.compile(r"^(\d{4})-(?:M(\d{2})|Q(\d)|H(\d)|Y|C(\d{1,2}))$")
_AD_HOC_ID = re.compile(r"^DX-(\d{4})-(\d{2})-(\d{2})$")


def parse_period(text: str, custom_dates: tuple[tuple[int, int], ...] = ()) -> Period:
    """Parse a period identifier; raise ``InputError`` with a Vietnamese message when invalid."""
    value = (text or "").strip().upper()
    bad = InputError(
        f"Kỳ báo cáo '{text}' không hợp lệ. Dùng dạng 2025-M05 (tháng), 2025-Q2 (quý), "
        "2025-H1 (6 tháng), 2025-Y (năm) hoặc DX-2025-06-15 (đột xuất)."
    )
    if m := _AD_HOC_ID.match(value):
        try:
            return ad_hoc(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            raise bad from None
    m = _ID.match(value)
    if not m:
        raise bad
    year = int(m.group(1))
    if not 2000 <= year <= 2100:
        raise bad
    month, quarter, half, custom = m.group(2), m.group(3), m.group(4), m.group(5)
    if month is not None:
        if not 1 <= int(month) <= 12:
            raise bad
        return monthly(year, int(month))
    if quarter is not None:
        if not 1 <= int(quarter) <= 4:
            raise bad
        return quarterly(year, int(quarter))
    if half is not None:
        if int(half) not in (1, 2):
            raise bad
        return half_year(year, int(half))
    if custom is not None:
        periods = custom_periods(year, custom_dates)
        index = int(custom)
        if not 1 <= index <= len(periods):
            raise bad
        return periods[index - 1]
    return yearly(year)


def custom_periods(year: int, fixed_dates: tuple[tuple[int, int], ...]) -> list[Period]:
    """Periods defined by a plan's fixed report dates, e.g. ((1, 6), (15, 11)) for
    "trước ngày 01/6 và 15/11 hằng năm": each window ends the day before its date and
    starts the day after the previous date's window ended."""
    dates = sorted(dt.date(year, month, day) for day, month in fixed_dates)
    periods: list[Period] = []
    for index, due in enumerate(dates, start=1):
        end = _day_before(due)
        if index == 1:
            last_prev = dt.date(year - 1, dates[-1].month, dates[-1].day) if dates else due
            start = last_prev
        else:
            start = dates[index - 2]
        periods.append(Period(end, start, f"{year}-C{index}", CUSTOM, year, index))
    return periods


def periods_in_year(year: int, kind: str, fixed_dates: tuple[tuple[int, int], ...] = ()) -> list[Period]:
    if kind == MONTHLY:
        return [monthly(year, m) for m in range(1, 13)]
    if kind == QUARTERLY:
        return [quarterly(year, q) for q in range(1, 5)]
    if kind == HALF_YEAR:
        return [half_year(year, 1), half_year(year, 2)]
    if kind == YEARLY:
        return [yearly(year)]
    if kind == CUSTOM:
        return custom_periods(year, fixed_dates)
    raise InputError(f"Loại kỳ báo cáo '{kind}' không hợp lệ.")


def period_containing(day: dt.date, kind: str) -> Period:
    """The period of ``kind`` whose cut-off window contains ``day``."""
    for year in (day.year, day.year + 1):
        for period in periods_in_year(year, kind):
            if period.contains(day):
                return period
    raise InputError(f"Không tìm thấy kỳ báo cáo chứa ngày {day:%d/%m/%Y}.")  # pragma: no cover


def previous(period: Period) -> Period:
    """The period of the same kind just before ``period``."""
    return period_containing(period.start - dt.timedelta(days=1), period.kind) \
        if period.kind in STANDARD_KINDS else ad_hoc(period.start - dt.timedelta(days=1))


def following(period: Period) -> Period:
    return period_containing(period.end + dt.timedelta(days=1), period.kind) \
        if period.kind in STANDARD_KINDS else ad_hoc(period.end + dt.timedelta(days=30), period.end)
