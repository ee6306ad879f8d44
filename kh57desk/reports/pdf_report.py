"""Render a ``ReportDocument`` to PDF bytes (A4, Decree 30/2020 layout, fonts embedded)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate

from kh57desk import __version__
from kh57desk.reports import layout as page_layout
from kh57desk.reports.fonts import FontSet, report_fonts
from kh57desk.reports.model import ReportDocument
from kh57desk.reports.pdf_appendix import appendices
from kh57desk.reports.pdf_front import body, closing, header, title
from kh57desk.reports.pdf_styles import Styles, make_styles


SIGNATURE_FIELD = "ChuKySo1"  # the first name signing.pdf gives a signature field


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    pages: int
    signature_box: list  # [page_index, x1, y1, x2, y2] in PDF points
    font_family: str


def _frame(page_size, name: str) -> Frame:
    width, height = page_size
    return Frame(page_layout.MARGIN_LEFT_MM * mm, page_layout.MARGIN_BOTTOM_MM * mm,
                 width - (page_layout.MARGIN_LEFT_MM + page_layout.MARGIN_RIGHT_MM) * mm,
                 height - (page_layout.MARGIN_TOP_MM + page_layout.MARGIN_BOTTOM_MM) * mm,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)


def _page_number(font: str):
    """Arabic page number centred over the text in the top margin, from page 2 on."""
    def draw(canvas, doc):
        number = canvas.getPageNumber()
        if number < 2:
            return
        width, height = canvas._pagesize
        centre = (page_layout.MARGIN_LEFT_MM * mm + width - page_layout.MARGIN_RIGHT_MM * mm) / 2
        canvas.saveState()
        canvas.setFont(font, page_layout.PAGE_NUMBER_PT)
        canvas.drawCentredString(centre, height - page_layout.MARGIN_TOP_MM * mm / 2 - page_layout.PAGE_NUMBER_PT / 3, str(number))
        canvas.restoreState()
    return draw


def render_pdf(doc: ReportDocument, fonts: FontSet | None = None,
               on_page: Callable[[int], None] | None = None,
               appendix_parts: Callable[[ReportDocument, Styles], list[list]] | None = None) -> PdfResult:
    """Lay the report out and return the PDF. ``on_page(n)`` is called as each page is laid out
    (a caller may raise ``Cancelled`` from it to stop). ``appendix_parts`` replaces the agency
    report's appendices (the coordinator's consolidated report has its own)."""
    fonts = fonts or report_fonts()
    st = make_styles(fonts)
    buffer = io.BytesIO()
    numbered = _page_number(fonts.face("regular"))
    template = BaseDocTemplate(
        buffer, pagesize=A4, title=f"{page_layout.DOC_TYPE.capitalize()} {doc.number}: {doc.subject}", author=doc.agency,
        subject=doc.subject, creator=f"kh57desk {__version__}", producer=f"kh57desk {__version__}", lang="vi",
        initialFontName=fonts.face("regular"), initialFontSize=page_layout.BODY_PT,
        pageTemplates=[PageTemplate("portrait", [_frame(A4, "portrait")], onPage=numbered, pagesize=A4),
                       PageTemplate("landscape", [_frame(landscape(A4), "landscape")], onPage=numbered,
                                    pagesize=landscape(A4))])
    pages = [0]

    def progress(kind, value):
        if kind == "PAGE":
            pages[0] = value
            if on_page:
                on_page(value)

    template.setProgressCallBack(progress)
    width = A4[0] - (page_layout.MARGIN_LEFT_MM + page_layout.MARGIN_RIGHT_MM) * mm
    sink: dict = {}
    paragraphs = body(doc, st)  # the last one goes with the closing: the signer is never alone on a page
    story = [*header(doc, st, width), *title(doc, st, width), *paragraphs[:-1],
             KeepTogether([*paragraphs[-1:], *closing(doc, st, width, sink)])]
    for part in (appendix_parts or appendices)(doc, st):
        story += [NextPageTemplate("landscape"), PageBreak(), *part]
    template.build(story)
    data = buffer.getvalue()
    box = sink.get("signature_box", [])
    if box:
        data = with_signature_field(data, box)
    return PdfResult(data, template.page, box, fonts.family)


def with_signature_field(data: bytes, box: list) -> bytes:
    """The PDF with an empty signature field over the signer's block, so that signing any copy
    of the file (``kh57 sign FILE``, another signing program) puts the signature there."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: PLC0415
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field  # noqa: PLC0415

    page, x1, y1, x2, y2 = box
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    append_signature_field(writer, SigFieldSpec(SIGNATURE_FIELD, on_page=page, box=(x1, y1, x2, y2)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
