"""Report numbers: ``01/BC-SNV`` (Decree 30/2020: number/type abbreviation-agency symbol)."""

from __future__ import annotations

import re

from kh57desk.errors import InputError
from kh57desk.domain.text import clean
from kh57desk.reports.layout import DOC_TYPE_ABBREVIATION

_PLAIN = re.compile(r"^0*(\d{1,6})$")
_FULL = re.compile(r"^0*(\d{1,6})\s*/\s*BC\s*-\s*([A-ZĐ0-9][A-ZĐ0-9.\-]*)$")


def format_report_number(n: int, prefix: str) -> str:
    """``1, "SNV"`` → ``01/BC-SNV`` (Decree 30: numbers below 10 written with a leading zero)."""
    symbol = f"{DOC_TYPE_ABBREVIATION}-{prefix}" if prefix else DOC_TYPE_ABBREVIATION
    return f"{n:02d}/{symbol}"


def parse_report_number(text: str, prefix: str) -> tuple[str, int]:
    """What the user typed as the report number → (number as printed, its integer part).

    Accepts ``12``, ``012`` or the full ``12/BC-SNV`` (any case); anything else is an
    ``InputError`` with a Vietnamese message."""
    value = clean(text).upper()
    if m := _PLAIN.match(value):
        n = int(m.group(1))
        if n == 0:
            raise InputError("Số báo cáo phải lớn hơn 0.")
        return format_report_number(n, prefix), n
    if m := _FULL.match(value):
        n = int(m.group(1))
        if n == 0:
            raise InputError("Số báo cáo phải lớn hơn 0.")
        return f"{n:02d}/{DOC_TYPE_ABBREVIATION}-{m.group(2)}", n
    example = format_report_number(12, prefix)
    raise InputError(f"Số báo cáo '{clean(text)}' không hợp lệ: nhập một số (ví dụ 12) hoặc đủ dạng {example}.")
