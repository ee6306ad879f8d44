"""Deadlines as real plans write them: ``Quý II/2025``, ``Thường xuyên``, ``Trước 20/4/2025``…

``parse_deadline`` never raises: text it does not understand comes back as
``UNPARSED`` with the raw text, for the user to set by hand.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kh57desk.domain.text import clean, fold

DATE = "date"            # a single due date (possibly the end of a month/quarter/year)
RECURRING = "recurring"  # thường xuyên, hằng năm, hằng quý…
RANGE = "range"          # a multi-year stage: giai đoạn 2026-2030, năm 2030 (2025-2030)
CONDITIONAL = "conditional"  # khi Trung ương có quy định mới…
UNPARSED = "unparsed"

KINDS = (DATE, RECURRING, RANGE, CONDITIONAL, UNPARSED)

# Recurrence values
CONTINUOUS = "continuous"  # thường xuyên: no due date, reported every period
YEARLY = "yearly"
QUARTERLY = "quarterly"
MONTHLY = "monthly"

KIND_LABELS = {
    DATE: "Có thời hạn",
    RECURRING: "Thường xuyên / định kỳ",
    RANGE: "Theo giai đoạn",
    CONDITIONAL: "Theo điều kiện",
    UNPARSED: "Chưa xác định",
}


@dataclass(frozen=True)
class Deadline:
    """A parsed deadline. ``raw`` is always the text as written (cleaned)."""

    kind: str
    raw: str
    due: dt.date | None = None
    start: dt.date | None = None
    recurrence: str | None = None
    month: int | None = None  # for yearly recurrences fixed to a month ("Tháng 11 của năm trước")

    @property
    def has_due_date(self) -> bool:
        return self.due is not None

    def due_in_year(self, year: int) -> dt.date | None:
        """The due date of a yearly recurrence in ``year`` (end of its month, else 31/12)."""
        if self.kind != RECURRING or self.recurrence != YEARLY:
            return self.due
        month = self.month or 12
        return dt.date(year, month, calendar.monthrange(year, month)[1])


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"((?:19|20)\d\d)"
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*" + _YEAR)
_MONTH_YEAR = re.compile(r"^thang\s*(\d{1,2})\s*(?:/|nam)\s*" + _YEAR + r"$")
_QUARTER = re.compile(r"^quy\s*(i{1,3}|iv|[1-4])\s*(?:/|nam)\s*" + _YEAR + r"$")
_HALF = re.compile(r"^(?:trong\s*)?6\s*thang\s*(dau|cuoi)\s*nam\s*" + _YEAR + r"$")
_YEAR_ONLY = re.compile(r"^(?:trong\s*)?nam\s*" + _YEAR + r"$")
_YEAR_WITH_SPAN = re.compile(r"^nam\s*" + _YEAR + r"\s*\(\s*" + _YEAR + r"\s*-\s*" + _YEAR + r"\s*\)?$")
_SPAN = re.compile(r"^(?:giai\s*doan|tu\s*nam|nam)?\s*" + _YEAR + r"\s*(?:-|den(?:\s*nam)?)\s*" + _YEAR + r"$")
_MONTH_OF_PREVIOUS_YEAR = re.compile(r"^thang\s*(\d{1,2})\s*(?:cua|hang)?\s*nam\s*truoc$")
_BEFORE = re.compile(r"^(?:truoc|cham\s*nhat|han\s*cuoi|den)\s*(?:ngay\s*)?")
_CONDITIONAL_WORDS = ("khi ", "sau khi", "theo yeu cau", "theo chi dao", "theo huong dan", "theo quy dinh",
                      "khi co", "dot xuat")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_deadline(value: object) -> Deadline:
    """Parse a completion-time cell. Accepts text, ``date``/``datetime`` (Excel cells) or ``None``."""
    if isinstance(value, dt.datetime):
        day = value.date()
        return Deadline(DATE, day.strftime("%d/%m/%Y"), due=day)
    if isinstance(value, dt.date):
        return Deadline(DATE, value.strftime("%d/%m/%Y"), due=value)
    raw = clean(value if isinstance(value, str) else ("" if value is None else str(value)))
    try:
        return _parse_text(raw)
    except (ValueError, OverflowError):  # defensive: a regex matched something calendar rejects
        return Deadline(UNPARSED, raw)


def _parse_text(raw: str) -> Deadline:
    key = fold(raw).rstrip(" .;,")
    key = re.sub(r"\s*/\s*", "/", key)
    if not key:
        return Deadline(UNPARSED, raw)

    if key in ("thuong xuyen", "thuong xuyen hang nam", "thuong xuyen, hang nam", "lien tuc", "hang ngay") or \
            key.startswith("thuong xuyen"):
        return Deadline(RECURRING, raw, recurrence=CONTINUOUS)
    if key in ("hang nam", "hang nam (thuong xuyen)", "moi nam", "dinh ky hang nam") or \
            re.fullmatch(r"(?:dinh ky )?h[aa]ng nam", key):
        return Deadline(RECURRING, raw, recurrence=YEARLY)
    if re.fullmatch(r"(?:dinh ky )?(?:hang|moi) quy", key):
        return Deadline(RECURRING, raw, recurrence=QUARTERLY)
    if re.fullmatch(r"(?:dinh ky )?(?:hang|moi) thang", key):
        return Deadline(RECURRING, raw, recurrence=MONTHLY)
    if m := _MONTH_OF_PREVIOUS_YEAR.match(key):
        month = int(m.group(1))
        if 1 <= month <= 12:
            return Deadline(RECURRING, raw, recurrence=YEARLY, month=month)
        return Deadline(UNPARSED, raw)

    if m := _YEAR_WITH_SPAN.match(key):
        due_year, first, last = (int(g) for g in m.groups())
        return Deadline(RANGE, raw, start=dt.date(min(first, due_year), 1, 1), due=dt.date(due_year, 12, 31))
    if m := _SPAN.match(key):
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last:
            return Deadline(RANGE, raw, start=dt.date(first, 1, 1), due=dt.date(last, 12, 31))
        return Deadline(UNPARSED, raw)

    before = _BEFORE.match(key)
    body = key[before.end():] if before else key
    if m := _DAY_MONTH_YEAR.fullmatch(body):
        due = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return Deadline(DATE, raw, due=due) if due else Deadline(UNPARSED, raw)
    if m := _MONTH_YEAR.match(body):
        month, year = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return Deadline(DATE, raw, start=dt.date(year, month, 1), due=_month_end(year, month))
        return Deadline(UNPARSED, raw)
    if m := _QUARTER.match(body):
        q = m.group(1)
        quarter = _ROMAN.get(q) or int(q)
        year = int(m.group(2))
        return Deadline(DATE, raw, start=dt.date(year, 3 * quarter - 2, 1), due=_month_end(year, 3 * quarter))
    if m := _HALF.match(body):
        year = int(m.group(2))
        if m.group(1) == "dau":
            return Deadline(DATE, raw, start=dt.date(year, 1, 1), due=dt.date(year, 6, 30))
        return Deadline(DATE, raw, start=dt.date(year, 7, 1), due=dt.date(year, 12, 31))
    if m := _YEAR_ONLY.match(body):
        year = int(m.group(1))
        return Deadline(DATE, raw, start=dt.date(year, 1, 1), due=dt.date(year, 12, 31))
    if re.fullmatch(_YEAR, body):
        year = int(body)
        return Deadline(DATE, raw, start=dt.date(year, 1, 1), due=dt.date(year, 12, 31))

    if any(key.startswith(word) or f" {word}" in f" {key}" for word in _CONDITIONAL_WORDS):
        return Deadline(CONDITIONAL, raw)
    return _embedded(raw, key)


_EMBEDDED = re.compile(r"(?:\b(?:trong|truoc|den|vao)\s+)?(thang\s*\d{1,2}/" + _YEAR + r"|quy\s*(?:i{1,3}|iv|[1-4])/"
                       + _YEAR + r"|\d{1,2}/\d{1,2}/" + _YEAR + r")")


def _embedded(raw: str, key: str) -> Deadline:
    """A sentence holding exactly one recognisable deadline ("Hoàn thành đăng ký trong Tháng 3/2025")."""
    found = _EMBEDDED.findall(key)
    if len(found) == 1:
        inner = _parse_text(found[0][0] if isinstance(found[0], tuple) else found[0])
        if inner.kind == DATE:
            return Deadline(DATE, raw, due=inner.due, start=inner.start)
    return Deadline(UNPARSED, raw)


def describe(deadline: Deadline) -> str:
    """A short Vietnamese description for tooltips and the CLI."""
    if deadline.kind == DATE and deadline.due:
        return f"Hạn {deadline.due:%d/%m/%Y}"
    if deadline.kind == RANGE and deadline.start and deadline.due:
        return f"Giai đoạn {deadline.start.year}–{deadline.due.year}"
    if deadline.kind == RECURRING:
        return {CONTINUOUS: "Thường xuyên", YEARLY: "Hằng năm", QUARTERLY: "Hằng quý",
                MONTHLY: "Hằng tháng"}.get(deadline.recurrence or "", "Định kỳ")
    if deadline.kind == CONDITIONAL:
        return "Theo điều kiện"
    return "Chưa xác định thời hạn"
