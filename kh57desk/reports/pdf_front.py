"""The portrait part of the PDF: the two header blocks, ``BÁO CÁO`` and its subject, the body,
and the closing (recipients on the left, signer on the right)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from kh57desk.reports import layout as page_layout
from kh57desk.reports.model import HEADING, ITEM, SUBHEADING, ReportDocument
from kh57desk.reports.pdf_styles import Rule, SignatureSpace, Styles, balanced, markup, no_widow, text_width

CELL_PAD = 2


def _plain_table(rows, widths, st: Styles, extra=()) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), st.fonts.face("regular")),
                               ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0), *extra]))
    return table


def header(doc: ReportDocument, st: Styles, width: float) -> list:
    """Superior body and agency (left) beside the national title and motto (right), then the number
    and the place/date on one line; the right column is as wide as its widest line needs."""
    f = st.fonts
    right_text = max(text_width(page_layout.NATIONAL_TITLE, f.bold, page_layout.NATIONAL_TITLE_PT),
                     text_width(page_layout.MOTTO, f.bold, page_layout.MOTTO_PT),
                     text_width(doc.date_line, f.italic, page_layout.DATE_PT))
    right = min(right_text + 2 * CELL_PAD + 6, width * 0.62)
    left = width - right
    inner = left - 2 * CELL_PAD
    superior = balanced(doc.superior.upper(), f.face("regular"), page_layout.SUPERIOR_PT, inner)
    agency = balanced(doc.agency.upper(), f.bold, page_layout.AGENCY_PT, inner)
    agency_width = min(max(text_width(line, f.bold, page_layout.AGENCY_PT) for line in agency.split("\n")), inner)
    motto_width = text_width(page_layout.MOTTO, f.bold, page_layout.MOTTO_PT)
    left_cell = [Paragraph(markup(superior), st.superior) if superior else Spacer(1, 0),
                 Paragraph(markup(agency), st.agency), Rule(agency_width * page_layout.AGENCY_RULE_FRACTION)]
    right_cell = [Paragraph(page_layout.NATIONAL_TITLE, st.national), Paragraph(page_layout.MOTTO, st.motto), Rule(motto_width)]
    rows = [[left_cell, right_cell],
            [Paragraph(markup(f"Số: {doc.number}"), st.number), Paragraph(markup(doc.date_line), st.date)]]
    return [_plain_table(rows, [left, right], st, [("TOPPADDING", (0, 1), (-1, 1), 4)])]


def title(doc: ReportDocument, st: Styles, width: float) -> list:
    f = st.fonts
    subject = balanced(doc.subject, f.bold, page_layout.SUBJECT_PT, width)
    subject_width = max(text_width(line, f.bold, page_layout.SUBJECT_PT) for line in subject.split("\n"))
    rule = max(page_layout.SUBJECT_RULE_MIN_MM * mm, min(subject_width / 3, page_layout.SUBJECT_RULE_MAX_MM * mm))
    return [Spacer(1, 16), Paragraph(page_layout.DOC_TYPE, st.doc_type), Paragraph(markup(subject), st.subject),
            Rule(rule), Spacer(1, 10)]


def body(doc: ReportDocument, st: Styles) -> list:
    """The body paragraphs; a heading keeps with the paragraph after it, no paragraph leaves one
    line alone at a page's foot or head, and no line ends on a lone number or last word."""
    flowables = []
    for block in doc.body:
        if block.kind in (HEADING, SUBHEADING):
            flowables.append(Paragraph(markup(block.text), st.heading))
        elif block.kind == ITEM:
            flowables.append(Paragraph(markup(no_widow(f"- {block.text}")), st.body))
        else:
            flowables.append(Paragraph(markup(no_widow(block.text)), st.body))
    return flowables


def closing(doc: ReportDocument, st: Styles, width: float, sink: dict) -> list:
    """``Nơi nhận:`` and its list on the left; authority, title, the signature space and the
    signer's name on the right. Kept together on one page."""
    lines = [f"- {r};" for r in doc.recipients[:-1]] + ([f"- {doc.recipients[-1]}."] if doc.recipients else [])
    left_cell = [Paragraph(page_layout.RECIPIENTS_TITLE, st.recipients_title)]
    left_cell += [Paragraph(markup(line), st.recipient) for line in lines]
    right_width = width * 0.52
    right_cell = []
    if doc.signer.authority:
        right_cell.append(Paragraph(markup(doc.signer.authority.upper()), st.signer))
    if doc.signer.title:
        right_cell.append(Paragraph(markup(doc.signer.title.upper()), st.signer))
    right_cell.append(SignatureSpace(right_width - 2 * CELL_PAD - 10 * mm, page_layout.SIGNATURE_SPACE_MM * mm, sink))
    if doc.signer.name:
        right_cell.append(Paragraph(markup(doc.signer.name), st.signer_name))
    table = _plain_table([[left_cell, right_cell]], [width - right_width, right_width], st)
    return [KeepTogether([Spacer(1, 6), table])]
