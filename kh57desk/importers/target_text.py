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

from kh57desk.domain import targets as T
from kh57desk.importers import paragraphs as P
from kh57desk.importers.draft import CONTEXT, TARGET
from kh57desk.importers.paragraphs import Para

MAX_TARGET_TEXT = 600


def read_targets(paras: list[Para], places: dict[int, str] | None = None) -> list[T.Target]:
    found: list[T.Target] = []
    places = {} if places is None else places
    year: int | None = None
    active = False       # under a milestone, or under "Mục tiêu cụ thể" (no year)
    depth = 0            # depth of the milestone heading (0 for a plain paragraph)
    group = ""
    for p in paras:
        milestone = T.milestone_year(p.raw) if p.kind in (*P.HEADS, P.BODY) else None
        if milestone is not None or (p.kind in P.HEADS and T.targets_heading(p.text)):
            places[id(p)] = CONTEXT
            year, group, active = milestone, "", True
            depth = p.depth if p.kind in P.HEADS else 0
            continue
        if not active:
            continue
        if p.kind in (P.ROMAN, P.LABEL) or _ends(p, depth):
            year, group, active = None, "", False
            continue
        if p.kind in P.HEADS:
            target = T.parse_target(p.text, year, group)
            if target.qualitative and len(p.text) <= 160:
                group = f"{p.ref}) {p.text}" if p.kind == P.LETTER else f"{p.ref}. {p.text}"
                places[id(p)] = CONTEXT
                continue
            found.extend(T.parse_targets(p.text, year, group))
            places[id(p)] = TARGET
        elif p.kind in (P.BULLET, P.SUB) and len(p.text) <= MAX_TARGET_TEXT:
            found.extend(T.parse_targets(p.text, year, group))
            places[id(p)] = TARGET
        elif p.kind == P.BODY and len(p.text) <= MAX_TARGET_TEXT:
            targets = [t for t in T.parse_targets(p.text, year, group) if not t.qualitative]
            if targets:
                found.extend(targets)
                places[id(p)] = TARGET
    return found


def _ends(p: Para, depth: int) -> bool:
    """A heading at the milestone's own level or above closes it (depth 0: a plain paragraph,
    closed by any numbered heading)."""
    if p.kind == P.NUMBERED:
        return depth == 0 or p.depth <= depth
    return p.kind == P.LETTER and depth >= P.LETTER_DEPTH
