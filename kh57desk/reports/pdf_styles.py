"""Paragraph styles and small flowables shared by the parts of the PDF report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kh57desk.reports import layout as page_layout
from kh57desk.reports.fonts import FontSet


def markup(text: str) -> str:
    """Plain user text → reportlab paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in (text or "").split("\n"))


def text_width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


_UNIT_AND_NUMBER = re.compile(r"\b(năm|tháng|quý|ngày|số|Quý|Năm|Tháng) (?=[\dIVX])")


def no_widow(text: str) -> str:
    """``text`` with non-breaking spaces where a line must not break: between ``năm``/``quý``/…
    and its number (``quý II năm 2025`` never leaves ``2025`` alone), and before the last word."""
    text = _UNIT_AND_NUMBER.sub("\\1\u00a0", text)
    head, space, last = text.rpartition(" ")
    return f"{head}\u00a0{last}" if space and len(last) <= 12 else text


_BOUND_TO_NUMBER = frozenset({"năm", "quý", "tháng", "ngày", "số", "kỳ"})


def balance(text: str, measure, room: float) -> str:
    """``text`` on one line if ``measure(text)`` fits ``room``, else broken at the word that makes
    the two lines most even (``ỦY BAN NHÂN DÂN`` / ``TỈNH THÁI BÌNH``, not ``… THÁI`` / ``BÌNH``),
    never between ``năm``/``quý``/… and its number. Longer text is left to ordinary wrapping."""
    if measure(text) <= room:
        return text
    words = text.split()
    best, best_width = None, None
    for i in range(1, len(words)):
        if words[i - 1].lower() in _BOUND_TO_NUMBER and words[i][:1].isalnum() and not words[i][:1].islower():
            continue
        first, second = " ".join(words[:i]), " ".join(words[i:])
        widest = max(measure(first), measure(second))
        if widest <= room and (best_width is None or widest < best_width):
            best, best_width = f"{first}\n{second}", widest
    return best or text


def balanced(text: str, font: str, size: float, width: float) -> str:
    """``balance`` with reportlab's measure of ``font`` at ``size``."""
    return balance(text, lambda line: text_width(line, font, size), width)


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    superior: ParagraphStyle
    agency: ParagraphStyle
    national: ParagraphStyle
    motto: ParagraphStyle
    number: ParagraphStyle
    date: ParagraphStyle
    doc_type: ParagraphStyle
    subject: ParagraphStyle
    body: ParagraphStyle
    heading: ParagraphStyle
    recipients_title: ParagraphStyle
    recipient: ParagraphStyle
    signer: ParagraphStyle
    signer_name: ParagraphStyle
    appendix_title: ParagraphStyle
    appendix_note: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_header: ParagraphStyle
    cell_group: ParagraphStyle


def _style(name: str, font: str, size: float, align=TA_CENTER, leading: float | None = None, **extra) \
        -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * page_layout.BODY_LEADING,
                          alignment=align, **extra)


def make_styles(fonts: FontSet) -> Styles:
    regular, bold, italic = fonts.face("regular"), fonts.bold, fonts.italic
    indent = page_layout.FIRST_LINE_INDENT_MM * mm
    return Styles(
        fonts=fonts,
        superior=_style("superior", regular, page_layout.SUPERIOR_PT),
        agency=_style("agency", bold, page_layout.AGENCY_PT),
        national=_style("national", bold, page_layout.NATIONAL_TITLE_PT),
        motto=_style("motto", bold, page_layout.MOTTO_PT),
        number=_style("number", regular, page_layout.NUMBER_PT),
        date=_style("date", italic, page_layout.DATE_PT),
        doc_type=_style("doc_type", bold, page_layout.DOC_TYPE_PT),
        subject=_style("subject", bold, page_layout.SUBJECT_PT),
        body=_style("body", regular, page_layout.BODY_PT, TA_JUSTIFY, firstLineIndent=indent, spaceAfter=page_layout.SPACE_AFTER_PT,
                    allowWidows=0, allowOrphans=0),
        heading=_style("heading", bold, page_layout.BODY_PT, TA_JUSTIFY, firstLineIndent=indent,
                       spaceAfter=page_layout.SPACE_AFTER_PT, spaceBefore=page_layout.SPACE_AFTER_PT, keepWithNext=1),
        recipients_title=_style("recipients_title", fonts.bold_italic, page_layout.RECIPIENTS_TITLE_PT, TA_LEFT),
        recipient=_style("recipient", regular, page_layout.RECIPIENTS_PT, TA_LEFT, leftIndent=0),
        signer=_style("signer", bold, page_layout.SIGNER_PT),
        signer_name=_style("signer_name", bold, page_layout.SIGNER_PT),
        appendix_title=_style("appendix_title", bold, page_layout.APPENDIX_TITLE_PT),
        appendix_note=_style("appendix_note", italic, page_layout.APPENDIX_TITLE_PT, spaceAfter=2 * page_layout.SPACE_AFTER_PT),
        cell=_style("cell", regular, page_layout.TABLE_PT, TA_LEFT, allowOrphans=1, allowWidows=1),
        cell_center=_style("cell_center", regular, page_layout.TABLE_PT, allowOrphans=1, allowWidows=1),
        cell_header=_style("cell_header", bold, page_layout.TABLE_HEADER_PT),
        cell_group=_style("cell_group", bold, page_layout.TABLE_PT, TA_LEFT),
    )


class Rule(Flowable):
    """A solid horizontal line of ``width`` points, centred in the space it is given."""

    def __init__(self, width: float, thickness: float = page_layout.RULE_WIDTH_PT, above: float = 2.5, below: float = 2.0):
        super().__init__()
        self.rule_width = width
        self.thickness = thickness
        self.above = above
        self.below = below
        self._avail = width

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.above + self.thickness + self.below

    def draw(self):
        x = (self._avail - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.below, x + self.rule_width, self.below)


class SignatureSpace(Flowable):
    """The blank room in the signer's block; records where it landed on which page, so the
    signing code can place the visible signature there (``box`` in PDF points)."""

    def __init__(self, width: float, height: float, sink: dict):
        super().__init__()
        self.box_width = width
        self.box_height = height
        self.sink = sink

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.box_height

    def draw(self):
        x0 = (self._avail - self.box_width) / 2
        left, bottom = self.canv.absolutePosition(x0, 0)
        self.sink["signature_box"] = [self.canv.getPageNumber() - 1, round(left, 2), round(bottom, 2),
                                      round(left + self.box_width, 2), round(bottom + self.box_height, 2)]
