"""The ``Tổ chức thực hiện`` section written as one paragraph per agency → that agency's duties.

Plans that name no agency per task often give each agency its duties at the end::

    III. TỔ CHỨC THỰC HIỆN
    1. Sở Khoa học và Công nghệ: - chủ trì theo dõi, đôn đốc …; - tổng hợp, báo cáo …
    2. Sở Tài chính:
    - Bố trí kinh phí thực hiện Kế hoạch.

Each duty (an inline ``- …`` part, or a paragraph under the agency's line) becomes a task led
by that agency, numbered after the section and the agency's item (``III.1-1``, ``III.1-2``) and
grouped under ``III. Tổ chức thực hiện › 1. Sở Khoa học và Công nghệ``. A paragraph that does
not open with an agency's name and a colon (``Giao Sở Tài chính chủ trì …``) stays context.
"""

from __future__ import annotations

import re

from kh57desk.domain.text import clean, nfc
from kh57desk.importers import paragraphs
from kh57desk.importers.draft import CONTEXT, TASK, TaskDraft
from kh57desk.importers.paragraphs import Para

GROUP_SEPARATOR = " › "
# How the names of agencies begin (compared as written: "Trường" is a school, "Trưởng" a person).
AGENCY_STARTS = (
    "Sở ", "Ban ", "Công an", "Bộ Chỉ huy", "Bộ đội", "Ủy ban", "Uỷ ban", "UBND", "Văn phòng", "Đài ", "Báo ",
    "Trường ", "Các sở", "Các cơ quan", "Các đơn vị", "Các ban", "Các địa phương", "Các doanh nghiệp", "Các trường",
    "Các hội", "Các tổ chức", "Liên đoàn", "Liên minh", "Hội ", "Hiệp hội", "Tỉnh đoàn", "Đoàn ", "Mặt trận",
    "Viện ", "Trung tâm", "Cục ", "Chi cục", "Kho bạc", "Ngân hàng", "Bưu điện", "Thanh tra", "Đảng ủy", "Đảng uỷ",
    "Học viện", "Công ty", "Tập đoàn", "Viễn thông", "Bảo hiểm", "Tòa án", "Toà án", "Viện kiểm sát",
    "Khu kinh tế", "Quỹ ", "Đại học",
)
_AGENCY_LINE = re.compile(r"^(?P<name>[^:;]{3,160}?)\s*:\s*(?P<rest>.*)$")
_INLINE_ITEM = re.compile(r"(?:^|(?<=[;.:])\s*)[-–+•]\s+")


def agency_name(text: str) -> tuple[str, str] | None:
    """``Sở Y tế (cơ quan thường trực): - chủ trì …`` → (``Sở Y tế``, ``- chủ trì …``)."""
    m = _AGENCY_LINE.match(nfc(text))
    if not m or not m.group("name").startswith(AGENCY_STARTS):
        return None
    name = clean(re.sub(r"\s*\([^)]*\)\s*", " ", m.group("name")))
    return name, m.group("rest").strip()


def _duties(rest: str) -> list[str]:
    parts = [clean(part).rstrip(" ;") for part in _INLINE_ITEM.split(rest)]
    return [part[:1].upper() + part[1:] for part in parts if len(part) > 3]


def read_duties(head: Para, body: list[Para], places: dict[int, str]) -> list[TaskDraft]:
    """The duties of each agency paragraph of the section headed ``head``; marks the
    paragraphs used as tasks (the rest is left for context)."""
    tasks: list[TaskDraft] = []
    section = f"{head.ref}. {head.text}"
    current: tuple[Para, str, str, int] | None = None  # (agency paragraph, name, ref, duties so far)
    for p in body:
        found = agency_name(p.text) if p.kind in (paragraphs.NUMBERED, paragraphs.LETTER, paragraphs.BULLET, paragraphs.BODY) else None
        if found is not None:
            name, rest = found
            ref = f"{head.ref}.{p.ref}" if p.kind in paragraphs.HEADS else f"{head.ref}.{len(tasks) + 1}"
            current = (p, name, ref, 0)
            for duty in _duties(rest):
                current = _add(tasks, current, duty, p.line, section)
            if current[3]:
                places[id(p)] = TASK
            continue
        ends = p.kind in paragraphs.HEADS or p.kind == paragraphs.LABEL
        if current is None or ends or p.kind == paragraphs.NOISE:
            current = None if ends else current
            continue
        duties = _duties(p.raw if p.kind in (paragraphs.BULLET, paragraphs.SUB) else p.text)
        if duties:
            current = _add(tasks, current, " ".join(duties), p.line, section)
            places[id(p)] = TASK
            places.setdefault(id(current[0]), CONTEXT)
    return tasks


def _add(tasks: list[TaskDraft], current: tuple[Para, str, str, int], duty: str, line: int, section: str):
    para, name, ref, count = current
    marker = f"{para.ref})" if para.kind == paragraphs.LETTER else f"{para.ref}." if para.kind in paragraphs.HEADS else "-"
    tasks.append(TaskDraft(ref=f"{ref}-{count + 1}", content=duty, group=f"{section}{GROUP_SEPARATOR}{marker} {name}",
                           lead=name, source_row=line))
    return para, name, ref, count + 1
