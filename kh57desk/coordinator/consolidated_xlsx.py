"""The consolidated report as XLSX: the report sheet of an agency report, then sheets of figures
per agency (with a native bar chart), overdue tasks, difficulties and proposals, targets."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from kh57desk import __version__
from kh57desk.coordinator.consolidation import Consolidated
from kh57desk.reports.model import ReportDocument
from kh57desk.reports.xlsx_cells import register_styles
from kh57desk.reports.xlsx_report import HEADER_ROW, REPORT_SHEET, report_sheet, table_rows, table_sheet

AGENCY_SHEET, OVERDUE_SHEET, TEXT_SHEET, TARGET_SHEET = ("Theo cơ quan", "Nhiệm vụ quá hạn",
                                                         "Khó khăn - đề xuất", "Chỉ tiêu")
AGENCY_COLUMNS = (("TT", 6, "integer"), ("Cơ quan, đơn vị", 42, "cell"), ("Chủ trì", 9, "integer"),
                  ("Phối hợp", 9, "integer"), ("Hoàn thành đúng hạn", 12, "integer"),
                  ("Hoàn thành quá hạn", 12, "integer"), ("Đang thực hiện", 11, "integer"), ("Quá hạn", 9, "integer"),
                  ("Chưa triển khai", 11, "integer"), ("Tỷ lệ hoàn thành (%)", 12, "number"),
                  ("Tình hình báo cáo", 20, "cell"))
OVERDUE_COLUMNS = (("TT", 7, "cell_center"), ("Nhiệm vụ", 80, "cell"), ("Thời hạn", 20, "cell"),
                   ("Cơ quan chủ trì", 40, "cell"))
TEXT_COLUMNS = (("Loại", 14, "cell"), ("Cơ quan, đơn vị", 36, "cell"), ("Nhiệm vụ", 9, "cell_center"),
                ("Nội dung", 90, "cell"))
TARGET_COLUMNS = (("TT", 6, "integer"), ("Chỉ tiêu", 60, "cell"), ("Giá trị mục tiêu", 18, "cell"),
                  ("Toàn tỉnh kỳ này", 14, "number"), ("Số liệu của các cơ quan", 40, "cell"),
                  ("Đánh giá", 16, "cell"))


def _chart(ws, rows: int) -> None:
    """A horizontal bar chart of the completion column, beside the table."""
    if rows == 0:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = "Tỷ lệ hoàn thành nhiệm vụ chủ trì (%)"
    chart.y_axis.title = "%"
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
    chart.x_axis.scaling.orientation = "maxMin"  # first agency on top, as in the table
    chart.legend = None
    data = Reference(ws, min_col=10, min_row=HEADER_ROW, max_row=HEADER_ROW + rows)
    names = Reference(ws, min_col=2, min_row=HEADER_ROW + 1, max_row=HEADER_ROW + rows)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(names)
    chart.height = max(7.5, 0.55 * rows)
    chart.width = 22
    ws.add_chart(chart, f"M{HEADER_ROW}")


def render(doc: ReportDocument, data: Consolidated) -> bytes:
    wb = Workbook()
    register_styles(wb)
    wb.properties.title = f"Báo cáo {doc.number}: {doc.subject}"
    wb.properties.creator = doc.agency
    wb.properties.keywords = f"kh57desk {__version__}; {doc.period_id}; tổng hợp"
    sheet = wb.active
    sheet.title = REPORT_SHEET
    report_sheet(sheet, doc)

    ws = wb.create_sheet(AGENCY_SHEET)
    table_sheet(ws, doc, "I", f"Kết quả thực hiện nhiệm vụ theo cơ quan, đơn vị {doc.period_label}", AGENCY_COLUMNS)
    table_rows(ws, [[n, a.agency, a.lead, a.coordinate, a.done_on_time, a.done_late, a.in_progress, a.overdue,
                     a.not_started, a.completion_percent, a.report_state_label]
                    for n, a in enumerate(data.agencies, start=1)], AGENCY_COLUMNS, "Chưa có cơ quan nào.")
    _chart(ws, len(data.agencies))

    ws = wb.create_sheet(OVERDUE_SHEET)
    table_sheet(ws, doc, "II", f"Nhiệm vụ quá hạn, chưa hoàn thành {doc.period_label}", OVERDUE_COLUMNS)
    table_rows(ws, [list(item) for item in data.overdue], OVERDUE_COLUMNS, "Không có nhiệm vụ quá hạn trong kỳ.")

    ws = wb.create_sheet(TEXT_SHEET)
    table_sheet(ws, doc, "", f"Khó khăn, vướng mắc và đề xuất, kiến nghị {doc.period_label}", TEXT_COLUMNS)
    table_rows(ws, [["Khó khăn", d.agency, d.ref, d.text] for d in data.difficulties]
               + [["Đề xuất", p.agency, p.ref, p.text] for p in data.proposals], TEXT_COLUMNS,
               "Các cơ quan không báo cáo khó khăn hay đề xuất trong kỳ.")

    ws = wb.create_sheet(TARGET_SHEET)
    table_sheet(ws, doc, "III" if data.targets else "", f"Kết quả thực hiện các chỉ tiêu {doc.period_label}",
                TARGET_COLUMNS)
    table_rows(ws, [[n, t.text, t.target_label, t.province_value,
                     "\n".join(f"{name}: {value:g}" for name, value in t.agency_values), t.assessment]
                    for n, t in enumerate(data.targets, start=1)], TARGET_COLUMNS,
               "Kế hoạch không có chỉ tiêu nào.")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
