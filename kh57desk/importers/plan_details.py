"""A plan's details from its text: title (``KẾ HOẠCH`` and the lines of its name), number
(``Số: 45/KH-UBND``, ``Số 12-CTr/TU``), date of issue and the sentence that sets its reporting
rhythm."""

from __future__ import annotations

import datetime as dt
import re

from kh57desk.domain.text import clean, fold
from kh57desk.importers import paragraphs
from kh57desk.importers.paragraphs import Para

_DOC_TYPES = ("ke hoach", "chuong trinh hanh dong", "chuong trinh", "quyet dinh", "de an", "phu luc")
_NUMBER = re.compile(r"^S[ốỐoO]\s*:?\s*(\d{1,5}[^\s,;()]*/[A-ZĐ0-9][A-ZĐ0-9\-/.]*)")
_ISSUED = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)


def read(paras: list[Para], result) -> None:
    """Set ``result.title``, ``number``, ``issued_on`` and ``schedule_text`` from the plan's paragraphs."""
    head = paras[:60]
    for i, p in enumerate(head):
        key = fold(p.raw).rstrip(" .:")
        opens = key in _DOC_TYPES or (paragraphs.is_caps_heading(p.raw) and key.startswith(tuple(f"{t} " for t in _DOC_TYPES)))
        if not result.title and opens and i + 1 < len(head):
            result.title = _title(p, head[i + 1:i + 5], whole=key not in _DOC_TYPES)
        if not result.number and (m := _NUMBER.search(p.raw)):
            result.number = m.group(1).rstrip(".")
        if not result.issued_on and (m := _ISSUED.search(p.raw)) and len(p.raw) < 120:
            try:
                result.issued_on = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                pass
    if not result.title:
        result.title = next((clean(p.raw)[:500] for p in head if p.kind == paragraphs.BODY and paragraphs.is_caps_heading(p.raw)), "")
    result.schedule_text = _schedule_text(paras)


def _title(kind: Para, following: list[Para], whole: bool = False) -> str:
    """``KẾ HOẠCH`` and the lines of its name: those in capitals, else one short line that does
    not open the preamble (``Thực hiện Nghị quyết…:``, ``Căn cứ…``). ``whole``: the first line
    already holds the name (a PDF's lines joined), only capitals may follow."""
    name = []
    for p in following:
        if not paragraphs.is_caps_heading(p.raw) or p.kind != paragraphs.BODY:
            break
        name.append(p.raw)
    if not name and following and not whole:
        first = following[0].raw
        if len(first) <= 300 and not first.rstrip().endswith(":") and \
                not fold(first).startswith(("can cu", "thuc hien", "de trien khai", "nham ")):
            name.append(first)
    return clean(" ".join([kind.raw, *name]))[:500]


_RHYTHM = re.compile(r"hang thang|moi thang|hang quy|moi quy|\b[36] thang\b|hang nam|moi nam|\b1 nam\b|"
                     r"\d+ thang\s*/\s*\d+ lan|truoc ngay \d")


def _schedule_text(paras: list[Para]) -> str:
    """The plan's reporting sentence: the paragraph under ``Chế độ (thông tin,) báo cáo``, else
    the first one that says ``định kỳ`` and how often (``hằng tháng…``, ``01 tháng/01 lần``),
    else the first that says how often to report."""
    under_heading, periodic, any_rhythm = False, "", ""
    for p in paras:
        key = fold(p.text)
        if p.kind in paragraphs.HEADS and not _RHYTHM.search(key):
            under_heading = "che do" in key and "bao cao" in key
            continue
        if "bao cao" in key and _RHYTHM.search(key) and len(key) < 600:
            if under_heading:
                return clean(p.text)
            if "dinh ky" in key:
                periodic = periodic or clean(p.text)
            any_rhythm = any_rhythm or clean(p.text)
    return periodic or any_rhythm
