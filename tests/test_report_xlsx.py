"""The Excel report read back with openpyxl: sheets, values and their types, styles, print
settings, and user text that must never turn into a formula."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile

import openpyxl
import pytest

from kh57desk.reports.xlsx_report import REPORT_SHEET, TARGET_SHEET, TASK_SHEET, render_xlsx
from kh57desk.services import report_data, report_register as R
from tests.test_report_support import Q2, TODAY, TRICKY_RESULTS, generate_one, reported  # noqa: F401 - fixture


@pytest.fixture
def workbook(reported):
    _, path, rows = generate_one(reported, "xlsx")
    return openpyxl.load_workbook(path), rows, path


def test_three_sheets_in_order(workbook):
    wb, _, _ = workbook
    assert wb.sheetnames == [REPORT_SHEET, TASK_SHEET, TARGET_SHEET] == ["Báo cáo", "Phụ lục nhiệm vụ", "Chỉ tiêu"]


def test_report_sheet_header_summary_and_types(workbook):
    wb, rows, _ = workbook
    ws = wb["Báo cáo"]
    assert ws["A1"].value == "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH" and ws["D1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert ws["A2"].value == "SỞ NỘI VỤ" and ws["A2"].font.b
    assert ws["D2"].value == "Độc lập - Tự do - Hạnh phúc" and ws["D2"].font.u == "single"
    assert ws["A4"].value == "Số: 01/BC-SNV" and ws["D4"].value == "Thái Bình, ngày 20 tháng 6 năm 2025"
    assert ws["D4"].font.i and ws["A6"].value == "BÁO CÁO"
    assert ws["A7"].value.endswith("quý II năm 2025")
    assert ws["C11"].value == dt.datetime(2025, 3, 15) and ws["E11"].value == dt.datetime(2025, 6, 14)
    assert ws["C11"].number_format == "dd/mm/yyyy" and ws["C11"].is_date
    assert ws["C12"].value == dt.datetime(2025, 6, 20)
    values = {r[0]: r[3:6] for r in ws.iter_rows(min_row=16, max_row=24, values_only=True) if r[0]}
    overdue = [r for r in rows if r.status == "overdue"]
    lead = sum(1 for r in overdue if r.role == "lead")
    assert values["Quá hạn, chưa hoàn thành"] == (lead, len(overdue) - lead, len(overdue))
    assert values["Tổng số nhiệm vụ"] == (11, 83, 94)
    assert all(isinstance(v, int) for v in values["Tổng số nhiệm vụ"])
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert "I. KẾT QUẢ THỰC HIỆN" in texts and "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI" in texts
    assert "Nơi nhận:" in texts and "- Lưu: VT." in texts
    closing = next(c.row for c in ws["A"] if c.value == "Nơi nhận:")
    signer = [c.value for c in ws["E"][closing - 1:] if isinstance(c.value, str)]
    assert signer == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]
    assert ws.cell(row=closing, column=5).font.b
    for cell in (ws["A1"], ws["A7"], ws["A20"]):
        assert cell.font.name == "Times New Roman"


def test_task_sheet_one_typed_row_per_task(workbook):
    wb, rows, _ = workbook
    ws = wb["Phụ lục nhiệm vụ"]
    header = [c.value for c in ws[5]]
    assert header[:7] == ["TT", "Nhóm nhiệm vụ", "Nội dung nhiệm vụ", "Vai trò", "Thời hạn", "Hạn hoàn thành",
                          "Tình trạng"]
    data = list(ws.iter_rows(min_row=6, values_only=True))
    assert [r[0] for r in data] == [r.ref for r in rows]
    assert [r[6] for r in data] == [r.status_label for r in rows]
    first = data[0]
    assert first[5] == dt.datetime(2025, 3, 31) and first[7] == 100 and first[8] == dt.datetime(2025, 3, 25)
    assert first[9].startswith("Đã ban hành Kế hoạch") and first[10] == "Kế hoạch số 45/KH-SNV"
    assert first[11] == dt.datetime(2025, 3, 20)
    four = data[[r.ref for r in rows].index("(4)")]
    assert four[7] == 60 and isinstance(four[7], int)
    assert four[12] == "Thiếu nhân lực chuyên trách về chuyển đổi số"
    cell = ws["C6"]
    assert cell.alignment.wrap_text and cell.font.name == "Times New Roman"
    assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin"
    assert ws["F6"].number_format == "dd/mm/yyyy"
    assert ws["A5"].font.b


def test_print_settings(workbook):
    wb, _, _ = workbook
    for name, orientation in (("Báo cáo", "portrait"), ("Phụ lục nhiệm vụ", "landscape"), ("Chỉ tiêu", "landscape")):
        ws = wb[name]
        assert ws.page_setup.orientation == orientation
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.page_margins.left == pytest.approx(30 / 25.4) and ws.page_margins.right == pytest.approx(15 / 25.4)
        assert ws.oddHeader.center.text == "&P"
    tasks_ws = wb["Phụ lục nhiệm vụ"]
    assert tasks_ws.freeze_panes == "A6" and tasks_ws.print_title_rows == "$5:$5"
    assert tasks_ws.auto_filter.ref.startswith("A5:N")
    assert wb["Báo cáo"].HeaderFooter.differentFirst  # no page number on the first page
    widths = [tasks_ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMN"]
    assert widths[2] == 50 and all(w >= 7 for w in widths)


def test_targets_sheet_numbers_are_numbers(workbook):
    wb, _, _ = workbook
    ws = wb["Chỉ tiêu"]
    data = [r for r in ws.iter_rows(min_row=6, values_only=True)]
    assert [r[0] for r in data] == [1, 2, 3, 4, 5, 6]
    first = data[0]
    assert first[2] == "Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%" and first[3] == 2025
    assert (first[4], first[5], first[6], first[7]) == ("≥ 60%", 60, 62.5, "%")
    assert first[8] == "Theo số liệu của nhà mạng" and first[9] == "Đạt"
    assert isinstance(first[6], float)
    assert data[1][6] == 27 and data[1][9] == "Chưa đạt"
    assert data[3][6] == 3150
    assert data[2][6] is None and data[2][9] == "Chưa có số liệu"


def test_user_text_never_becomes_a_formula(workbook):
    wb, rows, path = workbook
    ws = wb["Phụ lục nhiệm vụ"]
    refs = [r.ref for r in rows]
    for ref, text in TRICKY_RESULTS.items():
        cell = ws.cell(row=6 + refs.index(ref), column=10)
        assert cell.value == text and cell.data_type == "s"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


def test_tab_cr_and_error_codes_stay_text(reported):
    """Text starting with a tab or carriage return (pasted from other programs) or an Excel
    error code is kept as text too."""
    with reported.db.reader() as session:
        draft = R.load_draft(session, Q2)
        doc = report_data.build_document(session, Q2, draft, number="01/BC-SNV", day=TODAY, today=TODAY)
    odd = ["\tBắt đầu bằng dấu tab", "\rBắt đầu bằng ký tự về đầu dòng", "#N/A", "=1+1", "@SUM(1)", "+1", "-1"]
    doc.tasks = [dataclasses.replace(t, result=text) for t, text in zip(doc.tasks, odd)]
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(doc)))
    ws = wb["Phụ lục nhiệm vụ"]
    for index, text in enumerate(odd):
        cell = ws.cell(row=6 + index, column=10)
        assert cell.data_type == "s" and cell.value in (text, text.replace("\r", "\n")), repr(cell.value)
        assert cell.quotePrefix


def test_no_tasks_and_no_targets_still_make_a_valid_workbook(reported):
    with reported.db.reader() as session:
        draft = R.load_draft(session, Q2)
        doc = report_data.build_document(session, Q2, draft, number="01/BC-SNV", day=TODAY, today=TODAY)
    doc.tasks, doc.targets = [], []
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(doc)))
    assert wb["Phụ lục nhiệm vụ"]["A6"].value == "Không có nhiệm vụ nào trong kỳ báo cáo."
    assert wb["Chỉ tiêu"]["A6"].value == "Kế hoạch không có chỉ tiêu nào cho kỳ báo cáo này."
    assert wb["Chỉ tiêu"]["A1"].value == "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ II NĂM 2025"
