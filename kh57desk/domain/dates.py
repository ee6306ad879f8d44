"""Dates as Vietnamese users type and read them: ``15/5/2025``, ``ngày 05 tháng 6 năm 2025``."""

from __future__ import annotations

import datetime as dt
import re

from kh57desk.errors import InputError

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_user_date(value: object, what: str = "Ngày") -> dt.date | None:
    """``15/5/2025``, ``15.05.2025``, ``2025-05-15`` or a date → date; '' → None; else InputError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    m = _DMY.match(text)
    parts = (int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
    if parts is None and (m := _ISO.match(text)):
        parts = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if parts is None:
        raise InputError(f"{what} '{text.strip()}' không đúng dạng ngày/tháng/năm (ví dụ 15/5/2025).")
    try:
        return dt.date(*parts)
    except ValueError:
        raise InputError(f"{what} '{text.strip()}' không phải một ngày có thật.") from None


def format_date(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def long_date(place: str, day: dt.date) -> str:
    """``Thái Bình, ngày 05 tháng 6 năm 2025`` (Decree 30/2020: days < 10 and months 1–2 padded)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
