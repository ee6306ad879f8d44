"""Target (chỉ tiêu) lines in a plan's text.

Targets sit under milestone headings — ``2.1. Đến hết năm 2025``, ``b) Đến năm 2030``,
``Tầm nhìn đến năm 2045`` — or under ``Mục tiêu cụ thể`` / ``Các chỉ tiêu chủ yếu`` (no year) — optionally grouped by sub-headings such as ``a) Phát triển hạ
tầng``. Every bullet under a milestone is a target (a bullet with no figure is a qualitative
one); a plain paragraph is one only when it states a figure. The milestone ends at the next
heading of the same or a higher level, or at a ``Cơ quan chủ trì`` line. A line with several
figures gives several targets (:func:`kh57desk.domain.targets.parse_targets`).

``places`` (when given) records, by ``id`` of the paragraph, which ones are targets and which
are milestone or group headings, so the narrative reader leaves them out of its tasks.
"""

from __future__ import annotations

from kh57desk.domain import targets as target_rules
from kh57desk.importers import paragraphs
from kh57desk.importers.draft import CONTEXT, TARGET
from kh57desk.importers.paragraphs import Para

MAX_TARGET_TEXT = 600


def read_targets(paras: list[Para], places: dict[int, str] | None = None) -> list[target_rules.Target]:
    found: list[target_rules.Target] = []
    places = {} if places is None else places
    year: int | None = None
    active = False       # under a milestone, or under "Mục tiêu cụ thể" (no year)
    depth = 0            # depth of the milestone heading (0 for a plain paragraph)
    group = ""
    for p in paras:
        milestone = target_rules.milestone_year(p.raw) if p.kind in (*paragraphs.HEADS, paragraphs.BODY) else None
        if milestone is not None or (p.kind in paragraphs.HEADS and target_rules.targets_heading(p.text)):
            places[id(p)] = CONTEXT
            year, group, active = milestone, "", True
            depth = p.depth if p.kind in paragraphs.HEADS else 0
            continue
        if not active:
            continue
        if p.kind in (paragraphs.ROMAN, paragraphs.LABEL) or _ends(p, depth):
            year, group, active = None, "", False
            continue
        if p.kind in paragraphs.HEADS:
            target = target_rules.parse_target(p.text, year, group)
            if target.qualitative and len(p.text) <= 160:
                group = f"{p.ref}) {p.text}" if p.kind == paragraphs.LETTER else f"{p.ref}. {p.text}"
                places[id(p)] = CONTEXT
                continue
            found.extend(target_rules.parse_targets(p.text, year, group))
            places[id(p)] = TARGET
        elif p.kind in (paragraphs.BULLET, paragraphs.SUB) and len(p.text) <= MAX_TARGET_TEXT:
            found.extend(target_rules.parse_targets(p.text, year, group))
            places[id(p)] = TARGET
        elif p.kind == paragraphs.BODY and len(p.text) <= MAX_TARGET_TEXT:
            targets = [t for t in target_rules.parse_targets(p.text, year, group) if not t.qualitative]
            if targets:
                found.extend(targets)
                places[id(p)] = TARGET
    return found


def _ends(p: Para, depth: int) -> bool:
    """A heading at the milestone's own level or above closes it (depth 0: a plain paragraph,
    closed by any numbered heading)."""
    if p.kind == paragraphs.NUMBERED:
        return depth == 0 or p.depth <= depth
    return p.kind == paragraphs.LETTER and depth >= paragraphs.LETTER_DEPTH
