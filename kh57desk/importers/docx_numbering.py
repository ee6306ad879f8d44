"""Word's automatic numbering and bullets, written out as the reader sees them.

A paragraph numbered by Word (``numPr``) holds only its text; the ``1.1.`` or ``-`` in front
of it lives in ``numbering.xml``. :class:`Numbering` counts the paragraphs of each list and
renders the level text (``%1.%2.``) in decimal, letters or Roman numerals, and any bullet as
``-``, so the narrative reader sees the same markers as in a typed document.
"""

from __future__ import annotations

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn
    return qn(tag)


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    n = max(n, 1)
    return _LETTERS[(n - 1) % 26] * ((n - 1) // 26 + 1)


def format_counter(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letter(value)
    if fmt == "upperLetter":
        return _letter(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "none":
        return ""
    return str(value)


class Numbering:
    """The lists of one document: numId → level → (format, level text, start)."""

    def __init__(self, lists: dict[str, dict[int, tuple[str, str, int]]],
                 styles: dict[str, tuple[str, int]] | None = None):
        self.lists = lists
        self.styles = styles or {}  # paragraph style id → (numId, ilvl) of a numbered style
        self.counters: dict[str, list[int]] = {}

    @classmethod
    def of(cls, document) -> "Numbering":
        try:
            root = document.part.numbering_part.element
        except (AttributeError, KeyError, NotImplementedError, ValueError):
            return cls({})
        val = _qn("w:val")
        abstracts: dict[str, dict[int, tuple[str, str, int]]] = {}
        for abstract in root.findall(_qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.findall(_qn("w:lvl")):
                try:
                    ilvl = int(lvl.get(_qn("w:ilvl"), "0"))
                    start_el = lvl.find(_qn("w:start"))
                    start = int(start_el.get(val, "1")) if start_el is not None else 1
                except ValueError:
                    continue
                fmt_el, text_el = lvl.find(_qn("w:numFmt")), lvl.find(_qn("w:lvlText"))
                fmt = fmt_el.get(val, "decimal") if fmt_el is not None else "decimal"
                text = text_el.get(val, "") if text_el is not None else ""
                levels[ilvl] = (fmt, text, start)
            abstracts[abstract.get(_qn("w:abstractNumId"), "")] = levels
        lists = {}
        for num in root.findall(_qn("w:num")):
            ref = num.find(_qn("w:abstractNumId"))
            if ref is not None:
                lists[num.get(_qn("w:numId"), "")] = abstracts.get(ref.get(val, ""), {})
        return cls(lists, _numbered_styles(document))

    def prefix(self, p) -> str:
        """The marker Word shows in front of paragraph ``p`` (``"1.2. "``, ``"- "``) or ''."""
        ppr = p.find(_qn("w:pPr"))
        numpr = ppr.find(_qn("w:numPr")) if ppr is not None else None
        if numpr is not None:
            num_id, ilvl = _num_pr(numpr)
        else:
            style = ppr.find(_qn("w:pStyle")) if ppr is not None else None
            num_id, ilvl = self.styles.get(style.get(_qn("w:val"), "") if style is not None else "", ("", 0))
        levels = self.lists.get(num_id)
        if not levels or num_id == "0" or ilvl not in levels or not 0 <= ilvl < 9:
            return ""
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return "- "
        counters = self.counters.setdefault(num_id, [0] * 9)
        if counters[ilvl] == 0:
            counters[ilvl] = levels[ilvl][2] - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        rendered = text
        for level in range(ilvl, -1, -1):
            level_fmt, _, start = levels.get(level, ("decimal", "", 1))
            value = counters[level] or start
            rendered = rendered.replace(f"%{level + 1}", format_counter(value, level_fmt))
        return (rendered.strip() + " ") if rendered.strip() else ""


def _num_pr(numpr) -> tuple[str, int]:
    num_el, lvl_el = numpr.find(_qn("w:numId")), numpr.find(_qn("w:ilvl"))
    num_id = num_el.get(_qn("w:val"), "") if num_el is not None else ""
    try:
        ilvl = int(lvl_el.get(_qn("w:val"), "0")) if lvl_el is not None else 0
    except ValueError:
        ilvl = 0
    return num_id, ilvl


def _numbered_styles(document) -> dict[str, tuple[str, int]]:
    """Paragraph styles that carry list numbering (``List Bullet``, ``List Number``…),
    following ``basedOn`` a few steps."""
    try:
        root = document.styles.element
    except (AttributeError, KeyError, NotImplementedError, ValueError):
        return {}
    direct: dict[str, tuple[str, int]] = {}
    based_on: dict[str, str] = {}
    for style in root.findall(_qn("w:style")):
        style_id = style.get(_qn("w:styleId"), "")
        ppr = style.find(_qn("w:pPr"))
        numpr = ppr.find(_qn("w:numPr")) if ppr is not None else None
        if numpr is not None:
            direct[style_id] = _num_pr(numpr)
        parent = style.find(_qn("w:basedOn"))
        if parent is not None:
            based_on[style_id] = parent.get(_qn("w:val"), "")
    found = dict(direct)
    for style_id in based_on:
        current, steps = style_id, 0
        while current not in direct and current in based_on and steps < 5:
            current, steps = based_on[current], steps + 1
        if current in direct:
            found.setdefault(style_id, direct[current])
    return found
