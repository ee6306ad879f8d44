"""The Markdown the user guide is written in, read into blocks that both the window's HTML and
the printable PDF are made from (``tools/build_guide.py``).

It reads the forms the guide and ``docs/guide-*.md`` use: ``#`` headings (``## Title {#anchor}``
gives a stable anchor, otherwise one is made from the title without diacritics), paragraphs,
``-``/``*``/``1.`` lists (nested by indentation), pipe tables, fenced code, ``>`` notes, images on
a line of their own (``![caption](images/x.png)``), ``---`` rules, and inline ``**bold**``,
``*italic*``, `` `code` `` and ``[links](#anchor)``. Everything else is plain text: HTML in the
source is shown as written, never interpreted.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{#([A-Za-z0-9_-]+)\})?\s*#*\s*$")
BULLET = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")
IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)\s*$")
RULE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
COMMENT = re.compile(r"<!--.*?-->", re.S)
INLINE = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)(?<!\s)\*|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"
                    r"|\[([^\]]+)\]\(([^)\s]+)\)")


@dataclass
class Heading:
    level: int
    text: str
    anchor: str


@dataclass
class Paragraph:
    text: str


@dataclass
class ListItem:
    text: str
    children: list = field(default_factory=list)


@dataclass
class ListBlock:
    ordered: bool
    items: list[ListItem]
    start: int = 1


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


@dataclass
class Image:
    caption: str
    source: str  # as written in the Markdown, relative to its file


@dataclass
class Code:
    text: str


@dataclass
class Note:
    text: str


@dataclass
class Rule:
    pass


def slug(text: str) -> str:
    """``"Nhập tiến độ (Nhiệm vụ)"`` → ``"nhap-tien-do-nhiem-vu"``: an anchor without diacritics."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "muc"


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line)]


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _special(line: str) -> bool:
    """A line that starts a block of its own (and so ends a paragraph)."""
    return bool(HEADING.match(line) or BULLET.match(line) or IMAGE.match(line.strip()) or RULE.match(line)
                or FENCE.match(line) or line.lstrip().startswith((">", "|")))


def _fenced(lines: list[str], start: int) -> tuple[Code, int]:
    """The code between the fence on ``lines[start]`` and its closing fence (indentation removed)."""
    fence, indent = FENCE.match(lines[start]).group(1), _indent(lines[start])
    body = []
    index = start + 1
    while index < len(lines) and not lines[index].strip().startswith(fence):
        body.append(lines[index].expandtabs(4)[min(indent, _indent(lines[index])):] if lines[index].strip() else "")
        index += 1
    return Code("\n".join(body)), index + 1


def _list(lines: list[str], start: int) -> tuple[ListBlock, int]:
    first = BULLET.match(lines[start])
    base = _indent(lines[start])
    ordered = first.group(2)[0].isdigit()
    block = ListBlock(ordered, [], int(first.group(2)[:-1]) if ordered else 1)
    index = start
    while index < len(lines):
        line = lines[index]
        match = BULLET.match(line)
        if match and _indent(line) == base and match.group(2)[0].isdigit() == ordered:
            block.items.append(ListItem(match.group(3).strip()))
            index += 1
            continue
        if not line.strip():
            following = next((ln for ln in lines[index + 1:] if ln.strip()), "")
            if following and (_indent(following) > base or (BULLET.match(following) and _indent(following) == base
                                                           and BULLET.match(following).group(2)[0].isdigit()
                                                           == ordered)):
                index += 1
                continue
            break
        if _indent(line) > base:
            if FENCE.match(line):  # code inside the item
                code, index = _fenced(lines, index)
                block.items[-1].children.append(code)
                continue
            if match:  # a nested list
                nested, index = _list(lines, index)
                block.items[-1].children.append(nested)
                continue
            if IMAGE.match(line.strip()):
                found = IMAGE.match(line.strip())
                block.items[-1].children.append(Image(found.group(1), found.group(2)))
            elif block.items[-1].children:
                block.items[-1].children.append(Paragraph(line.strip()))
            else:  # the item's text goes on
                block.items[-1].text += " " + line.strip()
            index += 1
            continue
        if not _special(line):  # a lazy continuation line
            block.items[-1].text += " " + line.strip()
            index += 1
            continue
        break
    return block, index


def parse(text: str) -> list:
    """The blocks of one Markdown document, in order."""
    lines = COMMENT.sub("", text).splitlines()
    blocks: list = []
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if not stripped:
            index += 1
            continue
        if FENCE.match(line):
            code, index = _fenced(lines, index)
            blocks.append(code)
            continue
        heading = HEADING.match(stripped)
        if heading:
            level, title, anchor = len(heading.group(1)), heading.group(2), heading.group(3)
            blocks.append(Heading(level, title, anchor or ""))
            index += 1
            continue
        if RULE.match(line):
            blocks.append(Rule())
            index += 1
            continue
        image = IMAGE.match(stripped)
        if image:
            blocks.append(Image(image.group(1), image.group(2)))
            index += 1
            continue
        if BULLET.match(line):
            block, index = _list(lines, index)
            blocks.append(block)
            continue
        if stripped.startswith("|") and index + 1 < len(lines) and TABLE_SEPARATOR.match(lines[index + 1]):
            header = _cells(stripped)
            rows = []
            index += 2
            while index < len(lines) and lines[index].strip().startswith("|"):
                row = _cells(lines[index])
                rows.append((row + [""] * len(header))[:len(header)])
                index += 1
            blocks.append(Table(header, rows))
            continue
        if stripped.startswith(">"):
            quoted = []
            while index < len(lines) and lines[index].strip().startswith(">"):
                quoted.append(lines[index].strip()[1:].strip())
                index += 1
            blocks.append(Note(" ".join(part for part in quoted if part)))
            continue
        paragraph = [stripped]
        index += 1
        while index < len(lines) and lines[index].strip() and not _special(lines[index]):
            paragraph.append(lines[index].strip())
            index += 1
        blocks.append(Paragraph(" ".join(paragraph)))
    return blocks


def inline(text: str, code_font: str = "", link=None) -> str:
    """``text`` with its inline Markdown as markup both Qt's rich text and reportlab's paragraphs
    understand (``<b>``, ``<i>``, ``<a href>``); everything else escaped. ``code_font`` names the
    font of code spans (empty: ``<code>``); ``link(url)`` returns the address to use, or None to
    show the link text alone."""
    out = []
    position = 0
    for match in INLINE.finditer(text):
        out.append(html.escape(text[position:match.start()], quote=False))
        code, bold, bold2, italic, italic2, label, url = match.groups()
        if code is not None:
            escaped = html.escape(code, quote=False)
            out.append(f'<font face="{code_font}">{escaped}</font>' if code_font else f"<code>{escaped}</code>")
        elif bold is not None or bold2 is not None:
            out.append(f"<b>{inline(bold or bold2, code_font, link)}</b>")
        elif italic is not None or italic2 is not None:
            out.append(f"<i>{inline(italic or italic2, code_font, link)}</i>")
        else:
            target = link(url) if link else url
            shown = inline(label, code_font, link)
            out.append(f'<a href="{html.escape(target)}">{shown}</a>' if target else shown)
        position = match.end()
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)


def plain(text: str) -> str:
    """``text`` without its inline Markdown (for titles in a table of contents or a PDF outline)."""
    return html.unescape(re.sub(r"<[^>]+>", "", inline(text)))
