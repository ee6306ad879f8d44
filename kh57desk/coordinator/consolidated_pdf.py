"""The consolidated report as PDF: the agency report's Decree 30 front pages, then appendices
of figures per agency (with a bar chart of completion), overdue tasks and targets."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from kh57desk.coordinator.consolidation import AgencyLine, Consolidated
from kh57desk.reports.model import ReportDocument
from kh57desk.reports.pdf_appendix import FRAME_HEIGHT, FRAME_WIDTH, appendix_heading, appendix_table, table_rows
from kh57desk.reports.pdf_report import PdfResult, render_pdf
from kh57desk.reports.pdf_styles import Styles
from kh57desk.reports.pdf_table import cell, split_row

# Phụ lục I: one column per status category; on each row they add up to "Số nhiệm vụ chủ trì"
STATUS_HEADERS = ("Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành",
                  "Chưa triển khai", "Thường xuyên", "Đề nghị điều chỉnh, dừng")  # domain.status.STATUSES order
AGENCY_HEADERS = ("TT", "Cơ quan, đơn vị", "Số nhiệm vụ chủ trì", *STATUS_HEADERS, "Tỷ lệ hoàn thành (%)",
                  "Phối hợp", "Liên quan chung")
AGENCY_COLUMNS_MM = (9, 47, 16, *(19,) * len(STATUS_HEADERS), 17, 16, 14)  # 252 mm: the landscape text width
OVERDUE_HEADERS = ("TT", "Nhiệm vụ", "Thời hạn", "Cơ quan chủ trì")
OVERDUE_COLUMNS_MM = (14, 128, 40, 70)
TARGET_HEADERS = ("TT", "Chỉ tiêu", "Giá trị mục tiêu", "Toàn tỉnh kỳ này", "Số liệu của các cơ quan", "Đánh giá")
TARGET_COLUMNS_MM = (10, 92, 32, 28, 60, 30)
CHART_ROWS_PER_PAGE = 28


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent_text(value: float) -> str:
    """``10,5``: the value is already rounded once, to one decimal (``AgencyLine.completion_percent``)."""
    return f"{value:.1f}".replace(".", ",")


def _agency_rows(data: Consolidated, st: Styles):
    widths = [w * mm for w in AGENCY_COLUMNS_MM]

    def cells(n, a: AgencyLine, number_style=st.cell_center, name_style=st.cell):
        return [cell(str(n), number_style), cell(a.agency, name_style), cell(str(a.lead), number_style)] + \
            [cell(str(v), number_style) for v in a.counts] + \
            [cell(percent_text(a.completion_percent) if a.lead else "", number_style),
             cell(str(a.coordinate), number_style), cell(str(a.related), number_style)]
    rows = table_rows(data.agencies, lambda a: "", cells, widths, st)
    return rows + split_row(cells("", data.total_line(), st.cell_header, st.cell_header), widths)


def _chart_pages(data: Consolidated, st: Styles) -> list[Flowable]:
    """Horizontal bars: share of led tasks completed, per agency (agencies leading no task left out)."""
    leading = data.leading
    flowables: list[Flowable] = []
    for start in range(0, len(leading), CHART_ROWS_PER_PAGE):
        chunk = list(reversed(leading[start:start + CHART_ROWS_PER_PAGE]))  # first agency on top
        height = min(FRAME_HEIGHT - 40, 55 + 15 * len(chunk))
        # initialFontName: else the renderer's default Helvetica lands in the PDF, unembedded
        drawing = Drawing(FRAME_WIDTH, height, initialFontName=st.fonts.face("regular"))
        chart = HorizontalBarChart()
        chart.x, chart.y = 210, 38
        chart.width, chart.height = FRAME_WIDTH - 250, height - 50
        chart.data = [[a.completion_percent for a in chunk]]
        chart.categoryAxis.categoryNames = [a.agency if len(a.agency) <= 48 else a.agency[:47] + "…" for a in chunk]
        chart.categoryAxis.labels.fontName = st.fonts.face("regular")
        chart.categoryAxis.labels.fontSize = 9
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 10
        chart.valueAxis.labels.fontName = st.fonts.face("regular")
        chart.valueAxis.labels.fontSize = 9
        chart.valueAxis.labelTextFormat = "%d%%"
        chart.bars[0].fillColor = colors.HexColor("#2f6db5")
        chart.barLabelFormat = lambda v: f"{percent_text(v)}%"
        chart.barLabels.fontName = st.fonts.face("regular")
        chart.barLabels.fontSize = 8
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        drawing.add(String(chart.x + chart.width / 2, 5, "Tỷ lệ nhiệm vụ chủ trì đã hoàn thành (%)",
                           fontName=st.fonts.face("regular"), fontSize=10, textAnchor="middle"))
        if flowables:
            flowables.append(PageBreak())
        flowables += [Paragraph("Biểu đồ: tỷ lệ hoàn thành nhiệm vụ chủ trì theo cơ quan, đơn vị", st.appendix_note),
                      drawing]
    return flowables


def _parts(data: Consolidated):
    def parts(doc: ReportDocument, st: Styles) -> list[list]:
        result = [appendix_table("I", f"Kết quả thực hiện nhiệm vụ theo cơ quan, đơn vị {doc.period_label}",
                                 AGENCY_HEADERS, AGENCY_COLUMNS_MM, _agency_rows(data, st), doc, st)]
        chart = _chart_pages(data, st)
        if chart:
            result.append(chart)
        overdue_title = f"Nhiệm vụ quá hạn, chưa hoàn thành {doc.period_label}"
        if data.overdue:
            def cells(n, item):
                ref, content, deadline, agency = item
                return [cell(ref, st.cell_center), cell(content, st.cell), cell(deadline, st.cell),
                        cell(agency, st.cell)]
            rows = table_rows(data.overdue, lambda _: "", cells, [w * mm for w in OVERDUE_COLUMNS_MM], st)
            result.append(appendix_table("II", overdue_title, OVERDUE_HEADERS, OVERDUE_COLUMNS_MM, rows, doc, st))
        else:
            result.append(appendix_heading("II", overdue_title, doc, st)
                          + [Paragraph("Không có nhiệm vụ quá hạn trong kỳ.", st.cell_center)])
        if data.targets:
            def target_cells(n, t):
                by_agency = "\n".join(f"{name}: {number_text(value)}" for name, value in t.agency_values)
                return [cell(str(n), st.cell_center), cell(t.text, st.cell), cell(t.target_label, st.cell),
                        cell(number_text(t.province_value), st.cell_center), cell(by_agency, st.cell),
                        cell(t.assessment, st.cell)]
            rows = table_rows(data.targets, lambda _: "", target_cells, [w * mm for w in TARGET_COLUMNS_MM], st)
            result.append(appendix_table("III", f"Kết quả thực hiện các chỉ tiêu {doc.period_label}",
                                         TARGET_HEADERS, TARGET_COLUMNS_MM, rows, doc, st))
        return result
    return parts


def render(doc: ReportDocument, data: Consolidated) -> PdfResult:
    return render_pdf(doc, appendix_parts=_parts(data))
