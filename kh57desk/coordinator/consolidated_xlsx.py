"""The consolidated report as XLSX: the report sheet of an agency report, then Phụ lục I (figures
per agency, a column per status and a total row), the completion chart on its own sheet (a
native bar chart, a landscape page per 25 agencies), Phụ lục II overdue tasks, III targets and
IV difficulties and proposals; every sheet prints like ``xlsx_report``'s."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Font as DrawingFont, Paragraph as DrawingParagraph, \
    ParagraphProperties
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from kh57desk.coordinator.consolidated_pdf import STATUS_HEADERS, number_text
from kh57desk.coordinator.consolidation import Consolidated
from kh57desk.reports.model import ReportDocument
from kh57desk.reports import layout as page_layout
from kh57desk.reports import xlsx_fit
from kh57desk.reports.xlsx_cells import merge, print_setup, put
from kh57desk.reports.xlsx_report import Column, new_workbook, table_rows, table_sheet, workbook_bytes

CHART_PAGE_ROWS = 29          # sheet rows per chart page (row 1, the title, on the first)
CHART_ROW_PT = 15             # 29 rows of 15 pt: a landscape page at 100%
CHART_TEXT_PT = 10
CHART_AGENCIES_PER_PAGE = 25  # more and LibreOffice skips every other name

AGENCY_SHEET, CHART_SHEET, OVERDUE_SHEET, TEXT_SHEET, TARGET_SHEET = (
    "Theo cơ quan", "Biểu đồ", "Nhiệm vụ quá hạn", "Khó khăn - đề xuất", "Chỉ tiêu")
AGENCY_COLUMNS = [Column("TT", 24, "integer"), Column("Cơ quan, đơn vị", 150, "cell"),
                  Column("Số nhiệm vụ chủ trì", 46, "integer"),
                  *(Column(header, 50, "integer") for header in STATUS_HEADERS),
                  Column("Tỷ lệ hoàn thành (%)", 52, "percent"), Column("Phối hợp", 46, "integer"),
                  Column("Liên quan chung", 46, "integer"), Column("Tình hình báo cáo", 74, "cell")]
OVERDUE_COLUMNS = [Column("TT", 32, "cell_center"), Column("Nhiệm vụ", 400, "cell"), Column("Thời hạn", 90, "cell"),
                   Column("Cơ quan chủ trì", 190, "cell")]
TEXT_COLUMNS = [Column("Loại", 56, "cell"), Column("Cơ quan, đơn vị", 160, "cell"),
                Column("Nhiệm vụ", 50, "cell_center"), Column("Nội dung", 446, "cell")]
TARGET_COLUMNS = [Column("TT", 28, "integer"), Column("Chỉ tiêu", 280, "cell"), Column("Giá trị mục tiêu", 90, "cell"),
                  Column("Toàn tỉnh kỳ này", 70, "number"), Column("Số liệu của các cơ quan", 170, "cell"),
                  Column("Đánh giá", 76, "cell")]
CHART_WIDTH_CM, CHART_HEIGHT_CM = 24.5, 13.5  # the landscape page inside the margins, below the title


def _agency_sheet(ws, doc: ReportDocument, data: Consolidated) -> None:
    table_sheet(ws, doc, "I", f"Kết quả thực hiện nhiệm vụ theo cơ quan, đơn vị {doc.period_label}", AGENCY_COLUMNS)

    def values(n, a):
        return [n, a.agency, a.lead, *a.counts, a.completion_percent if a.lead else None, a.coordinate,
                a.related, a.report_state_label]
    last = table_rows(ws, [values(n, a) for n, a in enumerate(data.agencies, start=1)], AGENCY_COLUMNS,
                      "Chưa có cơ quan nào.")
    if data.agencies:
        total = values(None, data.total_line())
        total[-1] = None
        for column, value in enumerate(total, start=1):
            put(ws, last + 1, column, value, "total")


def _chart_sheet(ws, doc: ReportDocument, data: Consolidated) -> None:
    """The completion chart, one landscape page per ``CHART_AGENCIES_PER_PAGE`` agencies (the
    same agencies as the PDF chart: those leading at least one task); its figures after the
    charts, on a page of their own."""
    leading = data.leading
    pages = [leading[i:i + CHART_AGENCIES_PER_PAGE] for i in range(0, len(leading), CHART_AGENCIES_PER_PAGE)]
    title = f"Biểu đồ: tỷ lệ hoàn thành nhiệm vụ chủ trì theo cơ quan, đơn vị {doc.period_label}"
    columns = (Column("Cơ quan, đơn vị", 610, "cell"), Column("Tỷ lệ hoàn thành (%)", 100, "percent"))
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = xlsx_fit.units(column.width_pt)
    put(ws, 1, 1, title, "title")
    merge(ws, 1, 1, len(columns))
    ws.row_dimensions[1].height = xlsx_fit.cell_height(title, sum(c.width_pt for c in columns), page_layout.APPENDIX_TITLE_PT, True)
    first = 1 + max(len(pages), 1) * CHART_PAGE_ROWS  # the figures, after the chart pages
    for column, spec in enumerate(columns, start=1):
        put(ws, first, column, spec.header, "header")
    ws.row_dimensions[first].height = max(xlsx_fit.cell_height(c.header, c.width_pt, bold=True) for c in columns)
    for offset, line in enumerate(leading, start=1):
        put(ws, first + offset, 1, line.agency, "cell")
        put(ws, first + offset, 2, line.completion_percent, "percent")
    print_setup(ws, landscape=True, table_width_pt=xlsx_fit.LANDSCAPE_WIDTH_PT)
    for row in range(2, first):  # each chart's rows: together no taller than the page
        ws.row_dimensions[row].height = CHART_ROW_PT
    for page in range(1, max(len(pages), 1) + 1):
        ws.row_breaks.append(Break(id=1 + page * CHART_PAGE_ROWS - 1))
    done = 0
    for page, chunk in enumerate(pages):
        ws.add_chart(_chart(ws, first + done + 1, len(chunk)), f"A{2 + page * CHART_PAGE_ROWS}")
        done += len(chunk)


def _chart(ws, first_row: int, rows: int) -> BarChart:
    """A horizontal bar chart of the completion figures in rows ``first_row``… of the sheet."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = "Tỷ lệ nhiệm vụ chủ trì đã hoàn thành (%)"
    chart.y_axis.scaling.min, chart.y_axis.scaling.max, chart.y_axis.majorUnit = 0, 100, 10
    chart.y_axis.number_format = "0"
    chart.x_axis.scaling.orientation = "maxMin"  # first agency on top, as in the table
    chart.y_axis.delete = chart.x_axis.delete = False
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first_row, max_row=first_row + rows - 1), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=1, min_row=first_row, max_row=first_row + rows - 1))
    chart.dataLabels = DataLabelList(showVal=True, showSerName=False, showCatName=False, showLegendKey=False,
                                      showPercent=False, numFmt="0.0")
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    for part in (chart.x_axis, chart.y_axis, chart.dataLabels):
        part.txPr = RichText(p=[DrawingParagraph(pPr=ParagraphProperties(defRPr=_report_font(CHART_TEXT_PT)),
                                                 endParaRPr=_report_font(CHART_TEXT_PT))])
    chart.title.tx.rich.p[0].pPr = ParagraphProperties(defRPr=_report_font(page_layout.TABLE_HEADER_PT, bold=True))
    return chart


def _report_font(size: float, bold: bool = False) -> CharacterProperties:
    """Chart text in the report's font (Times New Roman) at ``size`` points."""
    return CharacterProperties(latin=DrawingFont(typeface=page_layout.XLSX_FONT), sz=round(size * 100), b=bold)


def render(doc: ReportDocument, data: Consolidated) -> bytes:
    wb = new_workbook(doc, "; tổng hợp")
    _agency_sheet(wb.create_sheet(AGENCY_SHEET), doc, data)
    _chart_sheet(wb.create_sheet(CHART_SHEET), doc, data)

    ws = wb.create_sheet(OVERDUE_SHEET)
    table_sheet(ws, doc, "II", f"Nhiệm vụ quá hạn, chưa hoàn thành {doc.period_label}", OVERDUE_COLUMNS)
    table_rows(ws, [list(item) for item in data.overdue], OVERDUE_COLUMNS, "Không có nhiệm vụ quá hạn trong kỳ.")

    ws = wb.create_sheet(TARGET_SHEET)
    table_sheet(ws, doc, "III", f"Kết quả thực hiện các chỉ tiêu {doc.period_label}", TARGET_COLUMNS)
    table_rows(ws, [[n, t.text, t.target_label, t.province_value,
                     "\n".join(f"{name}: {number_text(value)}" for name, value in t.agency_values), t.assessment]
                    for n, t in enumerate(data.targets, start=1)], TARGET_COLUMNS,
               "Kế hoạch không có chỉ tiêu nào.")

    ws = wb.create_sheet(TEXT_SHEET)
    table_sheet(ws, doc, "IV", f"Khó khăn, vướng mắc và đề xuất, kiến nghị {doc.period_label}", TEXT_COLUMNS)
    table_rows(ws, [["Khó khăn", d.agency, d.ref, d.text] for d in data.difficulties]
               + [["Đề xuất", p.agency, p.ref, p.text] for p in data.proposals], TEXT_COLUMNS,
               "Các cơ quan không báo cáo khó khăn hay đề xuất trong kỳ.")
    return workbook_bytes(wb)
