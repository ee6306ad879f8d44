"""Agencies written in brackets at the end of a task, as many plans and programmes do::

    - Xây dựng cơ sở dữ liệu đất đai (Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở,
      ngành liên quan; hoàn thành trong Quý III/2025).
    - Số hóa hồ sơ hộ tịch (Cơ quan chủ trì: Sở Tư pháp; thời gian: năm 2025).
    - Tập huấn kỹ năng số (giao Sở Nội vụ chủ trì).

:func:`trailing_assignment` gives (lead, coordinating, deadline) from such a bracket, or None;
the task's text stays as written.
"""

from __future__ import annotations

import re

from kh57desk.importers.paragraphs import fold_keep_length

_BRACKET = re.compile(r"\(([^()]{4,400})\)\s*[.;:]?\s*$")
_LEAD_WORD = re.compile(r"\bchu tri\b(?:\s+thuc hien)?\s*:?\s*")
_COORDINATING = re.compile(r"\bphoi hop(?:\s+voi)?\s*:?\s*")
_DEADLINE = re.compile(r"\b(?:thoi gian(?: hoan thanh| thuc hien)?|thoi han|hoan thanh|tien do)\s*:?\s*")


def trailing_assignment(text: str) -> tuple[str, str, str] | None:
    """(lead, coordinating, deadline) from a bracket closing ``text``; None when there is none."""
    m = _BRACKET.search(text.strip())
    if not m:
        return None
    inner = m.group(1)
    folded = fold_keep_length(inner)
    lead_word = _LEAD_WORD.search(folded)
    if lead_word is None:
        return None
    parts = inner.split(";")
    before = inner[:lead_word.start()].strip(" ,;:")
    if before and not re.fullmatch(r"(?i)(?:cơ quan|đơn vị)", before):
        lead = re.sub(r"(?i)^(?:giao|do|để)\s+", "", before)
    else:  # "Cơ quan chủ trì: Sở Tư pháp; …" or "chủ trì: Sở Y tế, phối hợp: …"
        after = inner[lead_word.end():]
        lead = re.split(r";|,?\s+(?i:phối hợp)", after, maxsplit=1)[0]  # names may hold commas
    lead = lead.strip(" ,;:.")
    if not lead or len(lead) > 200 or not lead[:1].isupper():
        return None
    coordinating = deadline = ""
    offset = 0
    for part in parts:
        key = folded[offset:offset + len(part)]
        offset += len(part) + 1
        found = _COORDINATING.search(key)
        if found and not coordinating:
            value = part[found.end():]
            value = re.split(r"(?i),\s*(?:hoàn thành|thời gian|thời hạn)", value, maxsplit=1)[0]
            coordinating = value.strip(" ,;:.")
        found = _DEADLINE.search(key)
        if found and not deadline:
            deadline = re.sub(r"(?i)^trong\s+", "", part[found.end():].strip(" ,;:."))  # "trước …" stays
    return lead, coordinating, deadline
