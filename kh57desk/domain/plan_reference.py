"""How a report names the plan it reports on, from the plan's number and title.

Plans come as a ``Kế hoạch`` (``26/KH-UBND``), a ``Chương trình hành động`` (``41-CTr/TU``),
or a plan issued with a decision (``75/QĐ-TBCĐ``): the number then belongs to the decision,
so "Kế hoạch số 75/QĐ-TBCĐ" would be wrong.
"""

from __future__ import annotations

import re

from kh57desk.domain.text import clean, fold


def plan_reference(number: str, title: str = "") -> str:
    number, title = clean(number), clean(title)
    parts = set(re.split(r"[/\-\s]+", fold(number)))  # 26/KH-UBND → {26, kh, ubnd}
    if number and "kh" in parts:
        return f"Kế hoạch số {number}"
    if number and "ctr" in parts:
        return f"Chương trình hành động số {number}"
    if number and "qd" in parts:
        return f"Kế hoạch ban hành kèm theo Quyết định số {number}"
    if title:
        return title
    return f"văn bản số {number}" if number else "Kế hoạch"
