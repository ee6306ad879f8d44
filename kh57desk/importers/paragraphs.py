"""A plan's text as classified paragraphs: headings ``II.``, ``1.``, ``1.1.``, ``a)``; bullets
``-``/``+``; ``Cơ quan chủ trì: …`` and the other label lines; notes in parentheses; prose.

Text extracted from a PDF breaks every few words; such a text is recognised (many lines go
on in lower case on the next line) and its lines are joined back into paragraphs, a new
paragraph starting only at a marker, a heading in capitals, a note in parentheses after a
full stop, or — in a PDF's text, where the pages are known — after a line well short of the
width the layout fills (the last line of a paragraph). Text with one paragraph per line (a
Word file, a clean .txt) is taken line by line.

What Word→text conversion leaves behind is cleaned first: ``[bookmark: _Hlk…]`` anchors and
field codes (``PAGE``, ``HYPERLINK "…"``, ``REF _Ref… \\h``) are removed; soft hyphens and
non-breaking spaces go with :func:`~kh57desk.importers.cells.cell_text`. Stray page numbers
(``12``, ``- 12 -``, ``Trang 3/20``) and running headers (a line repeated at the top or bottom of
the pages) become :data:`NOISE` paragraphs: counted, never read as content. A heading in
capitals run together with its body (``I. QUAN ĐIỂM Khoa học, công nghệ là…``) is split in two.

Heading forms: Roman ``I.``, ``I-``, ``I –``, ``II/``; numbered ``1.``, ``1)``, ``1-``,
``1.2.``; lettered ``a)``, ``a.``, ``a/``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kh57desk.importers.cells import cell_text, is_roman

ROMAN, NUMBERED, LETTER, BULLET, SUB, LABEL, NOTE, BODY, NOISE = \
    "roman", "numbered", "letter", "bullet", "sub", "label", "note", "body", "noise"
PAGE_BREAK = "\f"  # a line of its own between the pages of a PDF's text
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
_INLINE_LABEL = re.compile(r"[;.,]\s*((?:co quan|don vi)\s+phoi hop|phoi hop|thoi gian hoan thanh|thoi han hoan thanh|"
                           r"thoi gian thuc hien|thoi gian|thoi han|san pham)\s*:")
_ROMAN_HEAD = re.compile(r"^([IVXL]{1,6})\s*(?:[.:/]|[-–—](?![-–—]))\s*(\S.*)$")
_PART_HEAD = re.compile(r"^(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?([IVXL]{1,6}|\w+)\s*[.:\-–]?\s*(\S.*)$")
_ORDINALS = {"nhat": "I", "hai": "II", "ba": "III", "tu": "IV", "nam": "V", "sau": "VI", "bay": "VII"}
_NUMBERED_HEAD = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,4})(?:\s*[.)]|\s*[-–](?=\s))\s*(\S.*)$")
_NUMBERED_NO_DOT = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,4})\s+(\S.*)$")
_LETTER_HEAD = re.compile(r"^([a-zđ])(?:\s*[)/]|\.(?=\s))\s*(\S.*)$")
_BULLET = re.compile(r"^[-–—•·*]\s*(\S.*)$")
_SUB = re.compile(r"^[+]\s*(\S.*)$")
_MARKER = re.compile(r"^(?:[IVXL]{1,6}\s*(?:[.:/]|[-–—])\s|\d{1,3}(?:\.\d{1,3}){0,4}\s*[.)]\s|\d{1,3}\s*[-–]\s|"
                     r"\d{1,3}(?:\.\d{1,3}){1,4}\s|[a-zđ]\s*[)/]\s|[a-zđ]\.\s|[-–—•·*+]\s?|Điều \d+\.|"
                     r"(?:PHẦN|Phần)\s+(?:[IVXL]{1,6}\b|THỨ\s|thứ\s))")
_OPENERS = ("Căn cứ ", "Trên đây ", "Nơi nhận")
_ARTEFACTS = re.compile(
    r"\[bookmark:[^\]]*\]|\[\]\{#[^}]*\}|\{#_[^}]*\}"
    r"|\{\s*(?:PAGE|NUMPAGES|SECTIONPAGES|HYPERLINK|REF|PAGEREF|NOTEREF|STYLEREF|TOC|SEQ|MERGEFIELD|FORMTEXT|"
    r"FORMCHECKBOX|DATE|TIME|SYMBOL|INCLUDEPICTURE)\b[^{}]*\}"
    r"|\bHYPERLINK\s+(?:\\l\s+)?\"[^\"]*\"(?:\s+\\[a-z]\s+\"[^\"]*\")*"
    r"|\b(?:PAGEREF|NOTEREF|REF)\s+_\w+(?:\s+\\[a-z*]+)*|\\\*\s*MERGEFORMAT\b|\bMERGEFORMAT\b"
    r"|\bTOC(?:\s+\\[a-z]\s+\"[^\"]*\")+|\b(?:FORMTEXT|FORMCHECKBOX)\b")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:Trang|Page)\s+\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?$",
                          re.IGNORECASE)


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
    dash = _BULLET.match(text)
    offset = dash.start(1) if dash else 0  # "- Cơ quan chủ trì: …" is a label line too
    for name, pattern in _LABELS:
        m = pattern.match(folded[offset:])
        if m:
            end = offset + m.end()
            value, extra = _split_inline(text[end:], folded[end:])
            return Para(LABEL, value, text, line, label=name, extra=extra)
    if text.startswith("(") and text.rstrip(" .;").endswith(")"):
        return Para(NOTE, text, text, line)
    if (m := _ROMAN_HEAD.match(text)) and is_roman(m.group(1)):
        return Para(ROMAN, m.group(2).strip(), text, line, ref=m.group(1), depth=0)
    if m := _PART_HEAD.match(text):  # "PHẦN I. …", "Phần thứ hai: …": a section like a Roman heading
        number = m.group(1) if is_roman(m.group(1)) else _ORDINALS.get(fold_keep_length(m.group(1)), "")
        if number:
            return Para(ROMAN, m.group(2).strip(), text, line, ref=number, depth=0)
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


def scrub(line: str) -> str:
    """One source line without Word→text artefacts, on one line, NFC, spaces normalised."""
    scrubbed = _ARTEFACTS.sub(" ", line)
    if scrubbed != line:  # "…công nghiệp { PAGE }." → "…công nghiệp."
        scrubbed = re.sub(r"\s+([.,;:])", r"\1", scrubbed)
    return " ".join(cell_text(scrubbed).split("\n"))


def _page_furniture(lines: list[str]) -> set[int]:
    """Indexes of stray page numbers and running headers/footers. With page breaks
    (:data:`PAGE_BREAK`) they are looked for among the first and last two lines of each page: a
    page number, or a line repeated on at least three pages (digits aside: ``Trang 3`` =
    ``Trang 4``). Without them: a line that is only a page number, or a line in capitals that
    is not a heading, label or bullet repeated at least three times."""
    pages: list[list[int]] = [[]]
    for i, text in enumerate(lines):
        if text == PAGE_BREAK:
            pages.append([])
        elif text:
            pages[-1].append(i)
    if len(pages) > 1:
        candidates = [i for page in pages for i in sorted({*page[:2], *page[-2:]})]
    else:
        candidates = [i for i in pages[0] if _PAGE_NUMBER.match(lines[i])
                      or (is_caps_heading(lines[i]) and not _MARKER.match(lines[i])
                          and len(re.findall(r"(?:^|\s)[^\W\d_]{2,}", lines[i])) >= 2)]
    noise = {i for i in candidates if _PAGE_NUMBER.match(lines[i])}
    seen: dict[str, list[int]] = {}
    for i in candidates:
        key = re.sub(r"\d+", "#", fold_keep_length(lines[i]))
        if i not in noise and len(key) <= 120 and classify(lines[i], 0).kind == BODY:
            seen.setdefault(key, []).append(i)
    return noise | {i for found in seen.values() if len(found) >= 3 for i in found}


def _caps_word(word: str) -> bool:
    """A word of a heading in capitals: ``QUAN``, ``ĐIỂM,``, ``57-NQ/TW``, ``-``."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]", word):
        return False  # the marker of the body's first item
    letters = [ch for ch in word if ch.isalpha()]
    return bool(word) and all(ch.isupper() for ch in letters) and (bool(letters) or not word.isalpha())


def split_run_together(text: str) -> list[str]:
    """``I. QUAN ĐIỂM Khoa học, công nghệ là…`` → the heading in capitals and its body. Only a
    heading of at least two words in capitals, followed by a capitalised word with lower case
    letters (or a marker such as ``1.``) and some 20 characters of body, is split."""
    marker = re.match(r"^(?:[IVXL]{1,6}\s*(?:[.:/]|[-–—])|\d{1,3}(?:\.\d{1,3}){0,4}\s*[.)]|"
                      r"(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?\w+\s*[.:\-–]?)\s*", text)
    start = marker.end() if marker else 0
    words = text[start:].split(" ")
    caps = 0
    while caps < len(words) and _caps_word(words[caps]):
        caps += 1
    letters = sum(1 for word in words[:caps] if any(ch.isalpha() for ch in word))
    rest = " ".join(words[caps:])
    if letters < 2 or len(rest) < 20 or not (rest[:1].isupper() and any(ch.islower() for ch in rest.split(" ")[0])
                                             or _MARKER.match(rest)):
        return [text]
    return [text[:start] + " ".join(words[:caps]), rest]


def split_paragraphs(lines: list[str], layout: bool = False) -> list[tuple[int, str, bool]]:
    """(line number, paragraph text, is page furniture) from raw lines; artefacts removed,
    wrapped lines joined back together (across a page break and its furniture too). ``layout``:
    the lines are a PDF's, as the page laid them out (always wrapped; a short line ends its
    paragraph)."""
    cleaned = [PAGE_BREAK if line.strip(" \t\r\n") == PAGE_BREAK else scrub(line) for line in lines]
    noise = _page_furniture(cleaned)
    content = [text if i not in noise and text != PAGE_BREAK else "" for i, text in enumerate(cleaned)]
    paragraphs: list[list] = []
    wrapped = layout or _wrapped(content)
    lengths = sorted(len(text) for text in content if len(text) > 20)
    # a line the layout filled; in a PDF's text a line well short of it ends its paragraph
    full = lengths[int(len(lengths) * 0.8)] if len(lengths) >= 5 and (layout or PAGE_BREAK in cleaned) else 0
    ended = False  # the previous line was short: it ended its paragraph
    previous_caps = False
    for i, text in enumerate(cleaned):
        if i in noise:
            paragraphs.append([i + 1, text, True])
            continue
        text = content[i]
        if not text:
            continue
        caps = is_caps_heading(text)
        last = next((p for p in reversed(paragraphs) if not p[2]), None)
        starts = (not wrapped or last is None or _MARKER.match(text) is not None
                  or (classify(text, 0).kind == LABEL and not text[:1].islower())  # not "thời gian: …" run on
                  or caps != previous_caps or (caps and previous_caps and len(last[1]) > 120)
                  or (text.startswith("(") and last[1].endswith((".", ";", ":")))  # a note after a sentence
                  or (ended and not caps and text[:1].isupper())
                  or text.startswith(_OPENERS))  # "Căn cứ …", "Nơi nhận:" always open a paragraph
        dash = re.match(r"^[-–]\s+(\S)", text)
        if starts and wrapped and last is not None and dash and dash.group(1).islower() and not ended \
                and not last[1].endswith((".", ";", ":")):
            starts = False  # "kinh tế" / "- xã hội": a dash the line break left at the start, not a bullet
        if starts:
            paragraphs.append([i + 1, text, False])
        else:
            last[1] += " " + text
        previous_caps = caps
        ended = bool(full) and len(text) < 0.7 * full and not caps
    return [(line, part, furniture) for line, text, furniture in paragraphs
            for part in ([text] if furniture else split_run_together(text))]


def parse(lines: list[str], layout: bool = False) -> list[Para]:
    return [Para(NOISE, text, text, line) if furniture else classify(text, line)
            for line, text, furniture in split_paragraphs(lines, layout)]
