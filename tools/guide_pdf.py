"""The printable user guide: the blocks of ``tools/build_guide.py`` on A4 with reportlab.

Liberation Serif from ``resources/fonts`` (always, so the file is the same on every build
machine and every Vietnamese letter has its glyph), a contents list with page numbers, a PDF
outline of the sections, links inside the guide, page numbers at the foot of every page.
"""

from __future__ import annotations

import html
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, Image, KeepTogether, ListFlowable, ListItem, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle, XPreformatted)
from reportlab.platypus.tableofcontents import TableOfContents

import guide_markdown as md
from kh57desk.reports import fonts

MARGIN = 20 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN
IMAGE_MAX_HEIGHT = 120 * mm
SCREEN_WIDTH = 1366  # pixels: a full-screen shot spans the text width, a dialog keeps the same scale
INK = colors.HexColor("#12355b")


def _styles(family: str, bold: str, italic: str) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=family, fontSize=11.5, leading=15, spaceAfter=5)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=bold, fontSize=24, leading=30, textColor=INK,
                                alignment=TA_CENTER, spaceBefore=60 * mm, spaceAfter=8 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=italic, fontSize=13, leading=17,
                                   alignment=TA_CENTER, spaceAfter=4 * mm),
        "h2": ParagraphStyle("h2", parent=body, fontName=bold, fontSize=16, leading=20, textColor=INK,
                             spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=bold, fontSize=13, leading=17, textColor=INK,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h4": ParagraphStyle("h4", parent=body, fontName=bold, fontSize=11.5, leading=15, spaceBefore=6,
                             keepWithNext=1),
        "caption": ParagraphStyle("caption", parent=body, fontName=italic, fontSize=10, leading=13,
                                  alignment=TA_CENTER, textColor=colors.HexColor("#444444"), spaceAfter=8),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=12.5, spaceAfter=0),
        "code": ParagraphStyle("code", parent=body, fontSize=10, leading=13, backColor=colors.HexColor("#f2f2f2"),
                               borderPadding=4, leftIndent=4, rightIndent=4, spaceBefore=4, spaceAfter=8),
        "toc2": ParagraphStyle("toc2", parent=body, fontSize=12, leading=17, leftIndent=6 * mm,
                               firstLineIndent=-6 * mm),
        "toc3": ParagraphStyle("toc3", parent=body, fontSize=10.5, leading=13.5, leftIndent=12 * mm,
                               firstLineIndent=-6 * mm, textColor=colors.HexColor("#333333")),
    }


class _GuideDocument(BaseDocTemplate):
    """Tells the contents list and the outline where each section heading landed."""

    def __init__(self, path: Path, title: str, footer_font: str):
        super().__init__(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=22 * mm, title=title, author="kh57desk", subject=title, creator="kh57desk",
                         lang="vi", invariant=1, initialFontName=footer_font, initialFontSize=11.5)
        self.footer_font = footer_font
        frame = Frame(MARGIN, 22 * mm, FRAME_WIDTH, A4[1] - MARGIN - 22 * mm, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])

    def _footer(self, canvas, document) -> None:
        if document.page == 1:
            return
        canvas.saveState()
        canvas.setFont(self.footer_font, 9.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, 12 * mm, self.title)
        canvas.drawRightString(A4[0] - MARGIN, 12 * mm, f"Trang {document.page}")
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab API
        level = {"h2": 0, "h3": 1}.get(getattr(getattr(flowable, "style", None), "name", ""))
        if level is None or not hasattr(flowable, "guide_anchor"):
            return
        anchor = flowable.guide_anchor
        self.canv.bookmarkPage(anchor)
        self.canv.addOutlineEntry(flowable.guide_title, anchor, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, flowable.guide_title, self.page, anchor))


def _link(url: str) -> str | None:
    return url if url.startswith(("#", "http://", "https://", "mailto:")) else None


def _text(text: str) -> str:
    markup = md.inline(text, link=_link).replace("<code>", '<font color="#7a1f1f">').replace("</code>", "</font>")
    return markup.replace("<a href=", '<a color="#1f4e79" href=')


def _flowables(blocks: list, styles: dict, images_dir: Path, guide) -> list:
    story = []
    for block in blocks:
        if isinstance(block, md.Heading):
            if block.level == 1:
                continue  # the title page shows it
            style = styles[f"h{min(block.level, 4)}"]
            if block.level == 2 and story:
                story.append(CondPageBreak(90 * mm))  # a section starts on a new page only near the foot
            heading = Paragraph(f'<a name="{block.anchor}"/>{_text(block.text)}', style)
            heading.guide_anchor, heading.guide_title = block.anchor, md.plain(block.text)
            story.append(heading)
        elif isinstance(block, md.Paragraph):
            story.append(Paragraph(_text(block.text), styles["body"]))
        elif isinstance(block, md.ListBlock):
            items = [ListItem([Paragraph(_text(item.text), styles["body"]),
                               *_flowables(item.children, styles, images_dir, guide)]) for item in block.items]
            story.append(ListFlowable(items, bulletType="1" if block.ordered else "bullet", start=block.start
                                      if block.ordered else "•", bulletFontName=styles["body"].fontName,
                                      bulletFontSize=11, leftIndent=7 * mm,
                                      bulletFormat="%s." if block.ordered else None))
        elif isinstance(block, md.Table):
            rows = [[Paragraph(f"<b>{_text(cell)}</b>", styles["cell"]) for cell in block.header]]
            rows += [[Paragraph(_text(cell), styles["cell"]) for cell in row] for row in block.rows]
            table = Table(rows, colWidths=[FRAME_WIDTH / len(block.header)] * len(block.header), repeatRows=1)
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles["cell"].fontName),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899aa")),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [KeepTogether(table) if len(rows) <= 15 else table, Spacer(1, 6)]
        elif isinstance(block, md.Image):
            width, height = guide.images[block.source]
            scale = min(FRAME_WIDTH / max(width, SCREEN_WIDTH), IMAGE_MAX_HEIGHT / height)  # one scale for all
            picture = Image(str(images_dir / block.source), width=width * scale, height=height * scale)
            parts = [Spacer(1, 4), picture]
            if block.caption:
                parts.append(Paragraph(_text(block.caption), styles["caption"]))
            story.append(KeepTogether(parts))
        elif isinstance(block, md.Code):
            story.append(XPreformatted(html.escape(block.text, quote=False), styles["code"]))
        elif isinstance(block, md.Note):
            note = Table([[Paragraph(_text(block.text), styles["body"])]], colWidths=[FRAME_WIDTH])
            note.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles["body"].fontName),
                                      ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff4d6")),
                                      ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#e0b84c")),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            story += [note, Spacer(1, 6)]
        elif isinstance(block, md.Rule):
            story.append(Spacer(1, 8))
    return story


def write(guide, path: Path, images_dir: Path) -> Path:
    """The guide as an A4 PDF at ``path``; image sources are relative to ``images_dir``."""
    font_set = fonts.report_fonts(dirs=[])  # no search of the system: always the shipped Liberation Serif
    styles = _styles(font_set.family, font_set.bold, font_set.italic)
    contents = TableOfContents(levelStyles=[styles["toc2"], styles["toc3"]], dotsMinLevel=0, tableStyle=TableStyle(
        [("FONT", (0, 0), (-1, -1), font_set.family), ("VALIGN", (0, 0), (-1, -1), "TOP"),
         ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    first = guide.blocks[0]
    subtitle = next((b for b in guide.blocks[1:3] if isinstance(b, md.Paragraph)), None)
    story = [Paragraph(_text(first.text), styles["title"])]
    if subtitle is not None:
        story.append(Paragraph(_text(subtitle.text), styles["subtitle"]))
    story += [PageBreak(), Paragraph("Mục lục", styles["h3"]), contents, PageBreak()]
    body = [b for b in guide.blocks[1:] if b is not subtitle]
    story += _flowables(body, styles, images_dir, guide)
    document = _GuideDocument(path, guide.title, font_set.family)
    document.multiBuild(story)
    return path
