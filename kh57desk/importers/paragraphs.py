"""A plan's text as classified paragraphs: headings ``II.``, ``1.``, ``1.1.``, ``a)``; bullets
``-``/``+``; ``Cơ quan chủ trì: …`` and the other label lines; notes in parentheses; prose.

Text extracted from a PDF breaks every few words; such a text is recognised (many lines go
on in lower case on the next line) and its lines are joined back into paragraphs, a new
paragraph starting only at a marker or a heading in capitals. Text with one paragraph per
line (a Word file, a clean .txt) is taken line by line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kh57desk.importers.cells import cell_text

ROMAN, NUMBERED, LETTER, BULLET, SUB, LABEL, NOTE, BODY = \
    "roman", "numbered", "letter", "bullet", "sub", "label", "note", "body"
HEADS = (ROMAN, NUMBERED, LETTER)
LETTER_DEPTH = 10  # a) sits below any numbered level

# Label lines, matched on the folded text (see fold_keep_length); the value follows the colon.
LEAD, COORDINATING, DEADLINE, PRODUCT = "lead", "coordinating", "deadline", "product"
_LABELS = (
    (COORDINATING, re.compile(r"^(?:co quan|don vi|co quan, don vi)\s+phoi hop(?: thuc hien)?\s*:")),
    (LEAD, re.compile(r"^(?:(?:co quan|don vi|co quan, don vi)\s+(?:chu tri|dau moi|thuc hien|tham muu)"
                      r"(?:\s*(?:,|va)?\s*(?:tham muu|thuc hien|chu tri))?|chu tri(?: thuc hien)?)\s*:")),
    (DEADLINE, re.compile(r"^(?:thoi gian|thoi han)(?: hoan thanh| thuc hien)?\s*:|^tien do(?: thuc hien)?\s*:")),
    (PRODUCT, re.compile(r"^(?:san pham|ket qua(?:, san pham)?)(?: du kien| dau ra)?\s*:")),
)
_INLINE_LABEL = re.compile(r"[;.,]\s*((?:co quan|don vi)\s+phoi hop|thoi gian hoan thanh|thoi han hoan thanh|"
                           r"thoi gian thuc hien|san pham)\s*:")
_ROMAN_HEAD = re.compile(r"^([IVXL]{1,6})\s*[.:]\s*(\S.*)$")
_NUMBERED_HEAD = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,4})\s*[.)]\s*(\S.*)$")
_NUMBERED_NO_DOT = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,4})\s+(\S.*)$")
_LETTER_HEAD = re.compile(r"^([a-zđ])\s*[)/]\s*(\S.*)$")
_BULLET = re.compile(r"^[-–—•·*]\s*(\S.*)$")
_SUB = re.compile(r"^[+]\s*(\S.*)$")
_MARKER = re.compile(r"^(?:[IVXL]{1,6}\s*[.:]\s|\d{1,3}(?:\.\d{1,3}){0,4}\s*[.)]\s|\d{1,3}(?:\.\d{1,3}){1,4}\s|"
                     r"[a-zđ]\s*[)/]\s|[-–—•·*+]\s?|Điều \d+\.)")


@dataclass
class Para:
    kind: str
    text: str            # without its marker
    raw: str             # as written, marker included
    line: int            # 1-based line (or paragraph) number in the source
    ref: str = ""        # 1.2, a, II
    depth: int = 0       # numbered: number of parts; letter: LETTER_DEPTH; roman: 0
    label: str = ""      # for LABEL: lead / coordinating / deadline / product
    extra: tuple[tuple[str, str], ...] = ()  # more labels written on the same line


def fold_keep_length(text: str) -> str:
    """Lower case, no diacritics, ``đ`` → ``d``, one character for one, so positions in the
    folded text are positions in the original."""
    out = []
    for ch in text:
        low = ch.lower()
        if len(low) != 1:
            out.append(ch)
            continue
        if low == "đ":
            out.append("d")
            continue
        base = next((c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c)), low)
        out.append(base)
    return "".join(out)


def _valid_number(ref: str) -> bool:
    return all(part == "0" or not part.startswith("0") for part in ref.split("."))


def is_caps_heading(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def classify(raw: str, line: int) -> Para:
    text = raw.strip()
    folded = fold_keep_length(text)
    for name, pattern in _LABELS:
        m = pattern.match(folded)
        if m:
            value, extra = _split_inline(text[m.end():], folded[m.end():])
            return Para(LABEL, value, text, line, label=name, extra=extra)
    if text.startswith("(") and text.rstrip(" .;").endswith(")"):
        return Para(NOTE, text, text, line)
    if m := _ROMAN_HEAD.match(text):
        return Para(ROMAN, m.group(2).strip(), text, line, ref=m.group(1), depth=0)
    m = _NUMBERED_HEAD.match(text) or _NUMBERED_NO_DOT.match(text)
    if m and _valid_number(m.group(1)) and not re.match(r"^\d", m.group(2)):
        ref = m.group(1)
        return Para(NUMBERED, m.group(2).strip(), text, line, ref=ref, depth=ref.count(".") + 1)
    if m := _LETTER_HEAD.match(text):
        return Para(LETTER, m.group(2).strip(), text, line, ref=m.group(1).lower(), depth=LETTER_DEPTH)
    if m := _BULLET.match(text):
        return Para(BULLET, m.group(1).strip(), text, line)
    if m := _SUB.match(text):
        return Para(SUB, m.group(1).strip(), text, line)
    return Para(BODY, text, text, line)


def _split_inline(value: str, folded: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``Sở X; cơ quan phối hợp: Sở Y`` → ("Sở X", (("coordinating", "Sở Y"),))."""
    cuts = list(_INLINE_LABEL.finditer(folded))
    if not cuts:
        return _label_value(value), ()
    first = _label_value(value[:cuts[0].start()])
    extra = []
    for i, cut in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(value)
        name = cut.group(1)
        kind = COORDINATING if "phoi hop" in name else PRODUCT if name.startswith("san pham") else DEADLINE
        extra.append((kind, _label_value(value[cut.end():end])))
    return first, tuple(extra)


def _label_value(text: str) -> str:
    return text.strip().rstrip(".;, ").strip()


def _wrapped(lines: list[str]) -> bool:
    """True for PDF-extracted text: many lines go on, in lower case, on the next line."""
    filled = [line for line in lines if line]
    if len(filled) < 8:
        return False
    continued = sum(1 for a, b in zip(filled, filled[1:]) if b[:1].islower() and not _MARKER.match(b))
    return continued / (len(filled) - 1) > 0.15


def split_paragraphs(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, paragraph text) from raw lines; wrapped lines joined back together."""
    cleaned = [" ".join(cell_text(line).split("\n")) for line in lines]
    if not _wrapped(cleaned):
        return [(i + 1, text) for i, text in enumerate(cleaned) if text]
    paragraphs: list[list] = []
    previous_caps = False
    for i, text in enumerate(cleaned):
        if not text:
            continue
        caps = is_caps_heading(text)
        starts = (not paragraphs or _MARKER.match(text) is not None or classify(text, 0).kind == LABEL
                  or caps != previous_caps or (caps and previous_caps and len(paragraphs[-1][1]) > 120))
        if starts:
            paragraphs.append([i + 1, text])
        else:
            paragraphs[-1][1] += " " + text
        previous_caps = caps
    return [(line, text) for line, text in paragraphs]


def parse(lines: list[str]) -> list[Para]:
    return [classify(text, line) for line, text in split_paragraphs(lines)]
