"""Text PDFs made from the reference plans, the way provinces publish them (helpers only).

- :func:`narrative_pdf` — the narrative plan: one paragraph per line of the .txt, justified,
  wrapped by the layout; page numbers at the top of every page after the first and a running
  footer, as office printers leave them;
- :func:`appendix_pdf` — the 98-task appendix as a ruled table (landscape), group rows spanning
  the row, cells wrapped, the header repeated on every page;
- :func:`scanned_pdf` — a page with no text layer, only a picture of the text.
"""

from __future__ import annotations

from pathlib import Path

from fixtures_reference import REFERENCE_DIR, REPO_ROOT, load_sample_tasks

NARRATIVE = REFERENCE_DIR / "ke-hoach-thai-binh-nq57-narrative.txt"
FONTS = REPO_ROOT / "resources" / "fonts"
HEADERS = ("TT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian hoàn thành", "Cơ quan phối hợp", "Ghi chú")


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "PlanSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PlanSerif", str(FONTS / "LiberationSerif-Regular.ttf")))
        pdfmetrics.registerFont(TTFont("PlanSerif-Bold", str(FONTS / "LiberationSerif-Bold.ttf")))


def _style(size: float = 13, bold: bool = False):
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("plan", fontName="PlanSerif-Bold" if bold else "PlanSerif", fontSize=size,
                          leading=size * 1.25, alignment=TA_JUSTIFY, spaceAfter=4)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _furniture(canvas, document) -> None:
    canvas.saveState()
    canvas.setFont("PlanSerif", 11)
    width, height = document.pagesize
    if document.page > 1:
        canvas.drawCentredString(width / 2, height - 12 * 2.835, f"{document.page}")
    canvas.drawCentredString(width / 2, 10 * 2.835, "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW - tỉnh Thái Bình")
    canvas.restoreState()


def narrative_pdf(path: Path, repeat: int = 1) -> int:
    """The narrative plan as a text PDF (``repeat`` times over, for the benchmark); its page count."""
    return text_pdf(path, NARRATIVE.read_text(encoding="utf-8"), repeat)


def text_pdf(path: Path, text: str, repeat: int = 1) -> int:
    """A plan's text as a text PDF: one paragraph per line, justified, with page furniture."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    _fonts()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    story = []
    for _ in range(repeat):
        story.extend(Paragraph(_escape(line), _style()) for line in lines)
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=30 * mm, rightMargin=20 * mm,
                                 topMargin=20 * mm, bottomMargin=20 * mm, title="Kế hoạch")
    document.build(story, onFirstPage=_furniture, onLaterPages=_furniture)
    return document.page


def appendix_pdf(path: Path) -> list[dict]:
    """The appendix as a ruled table over several landscape pages; the expected tasks."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    _fonts()
    tasks = load_sample_tasks()
    cell = _style(10)
    rows, spans, current = [[Paragraph(h, _style(10, bold=True)) for h in HEADERS]], [], None
    for t in tasks:
        if t["group"] != current:
            current = t["group"]
            spans.append(len(rows))
            rows.append([Paragraph(_escape(current), _style(10, bold=True)), "", "", "", "", ""])
        rows.append([Paragraph(_escape(t[name]), cell) for name in
                     ("ref", "content", "lead", "deadline", "coordinating", "note")])
    table = Table(rows, colWidths=[14 * mm, 95 * mm, 40 * mm, 28 * mm, 40 * mm, 45 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               *(("SPAN", (0, r), (-1, r)) for r in spans)]))
    title = [Paragraph("PHỤ LỤC", _style(13, bold=True)),
             Paragraph("CÁC NỘI DUNG CÔNG VIỆC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN NĂM 2025", _style(13, bold=True)),
             Paragraph("(Kèm theo Quyết định số 75/QĐ-TBCĐ ngày 10/4/2025 của Tiểu Ban)", _style(12))]
    document = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                                 topMargin=15 * mm, bottomMargin=15 * mm)
    document.build([*title, table])
    return tasks


def scanned_pdf(path: Path, text: str = "II. NHIỆM VỤ\n1. Xây dựng kế hoạch chuyển đổi số.\n"
                                       "Cơ quan chủ trì: Sở Khoa học và Công nghệ.") -> None:
    """One page holding only a picture of ``text`` (no text layer), as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONTS / "LiberationSerif-Regular.ttf"), 44)
    for number, line in enumerate(text.split("\n")):
        draw.text((160, 200 + number * 80), line, fill=0, font=font)
    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    page.save()
