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
from kh57desk.services import report_data, report_register
from tests.test_report_support import Q2, TODAY, TRICKY_RESULTS, generate_one, reported  # noqa: F401 - fixture


@pytest.fixture
def workbook(reported):
    _, path, rows = generate_one(reported, "xlsx")
    with reported.db.reader() as session:
        doc = report_data.build_document(session, Q2, report_register.load_draft(session, Q2), number="01/BC-SNV", day=TODAY,
                                         today=TODAY)
    return openpyxl.load_workbook(path), rows, path, doc


def test_three_sheets_in_order(workbook):
    wb, _, _, _ = workbook
    assert wb.sheetnames == [REPORT_SHEET, TASK_SHEET, TARGET_SHEET] == ["Báo cáo", "Phụ lục nhiệm vụ", "Chỉ tiêu"]


def _document(workbook):
    """The document the workbook was rendered from (same period, number and day)."""
    return workbook[3]


def _task_rows(ws):
    """The task rows of Phụ lục I (group heading rows left out), as tuples of values."""
    return [r for r in ws.iter_rows(min_row=6, values_only=True) if any(v is not None for v in r[1:])]


def test_report_sheet_header_summary_and_types(workbook):
    wb, rows, _, _ = workbook
    ws = wb["Báo cáo"]
    assert ws["A1"].value.replace("\n", " ") == "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH"
    assert ws["D1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert ws["A2"].value == "SỞ NỘI VỤ" and ws["A2"].font.b
    assert ws["D2"].value == "Độc lập - Tự do - Hạnh phúc" and ws["D2"].font.u == "single"
    assert ws["A4"].value == "Số: 01/BC-SNV" and ws["D4"].value == "Thái Bình, ngày 20 tháng 6 năm 2025"
    assert ws["D4"].font.i and ws["A6"].value == "BÁO CÁO"
    assert ws["A7"].value.replace("\n", " ").endswith("quý II năm 2025")
    assert ws["A8"].value is None and ws["A9"].value == "Tình trạng", "no metadata block before the body"
    values = {r[0]: r[3:6] for r in ws.iter_rows(min_row=10, max_row=17, values_only=True) if r[0]}
    for count in _document(workbook).status_counts:
        assert values[count.label] == (count.lead, count.coordinate, count.total)
    counts = _document(workbook).status_counts
    assert values["Tổng số nhiệm vụ"] == (sum(c.lead for c in counts), sum(c.coordinate for c in counts),
                                          len(_document(workbook).tasks))
    assert all(isinstance(v, int) for v in values["Tổng số nhiệm vụ"])
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert "I. KẾT QUẢ THỰC HIỆN" in texts and "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI" in texts
    assert "Nơi nhận:" in texts and "- Lưu: VT." in texts
    closing = next(c.row for c in ws["A"] if c.value == "Nơi nhận:")
    signer = [c.value for c in ws["D"][closing - 1:] if isinstance(c.value, str)]
    assert signer == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]
    assert ws.cell(row=closing, column=4).font.b
    for cell in (ws["A1"], ws["A7"], ws["A20"]):
        assert cell.font.name == "Times New Roman"


def test_report_sheet_header_fits_its_merges(workbook):
    """Every header line fits the width of its merged cells, measured with the font's glyph widths,
    so neither Excel nor LibreOffice wraps a word into the block below."""
    from kh57desk.reports import xlsx_fit

    wb, _, _, _ = workbook
    ws = wb["Báo cáo"]
    widths = [xlsx_fit.points(ws.column_dimensions[c].width) for c in "ABCDEF"]
    assert sum(widths) == pytest.approx(xlsx_fit.PORTRAIT_WIDTH_PT, abs=1)
    for ref, first, last in (("A1", 0, 3), ("A2", 0, 3), ("A4", 0, 3), ("D1", 3, 6), ("D2", 3, 6), ("D4", 3, 6)):
        cell = ws[ref]
        room = sum(widths[first:last]) - xlsx_fit.CELL_MARGIN_PT
        for line in cell.value.split("\n"):
            assert xlsx_fit.text_width(line, cell.font.sz, bool(cell.font.b)) <= room, (ref, line)
        lines = len(cell.value.split("\n"))
        assert ws.row_dimensions[cell.row].height >= xlsx_fit.row_height(lines, cell.font.sz) - 0.1


def test_task_sheet_one_row_per_task_with_readable_columns(workbook):
    wb, rows, _, _ = workbook
    ws = wb["Phụ lục nhiệm vụ"]
    assert ws["A1"].value == "PHỤ LỤC I"
    header = [c.value for c in ws[5]]
    assert header == ["TT", "Nội dung nhiệm vụ", "Vai trò", "Thời hạn", "Tình trạng", "Kết quả thực hiện",
                      "Khó khăn, vướng mắc; đề xuất, kiến nghị"]
    data = _task_rows(ws)
    tasks = _document(workbook).tasks
    assert [r[0] for r in data] == [t.ref for t in tasks]
    groups = [r[0] for r in ws.iter_rows(min_row=6, values_only=True) if all(v is None for v in r[1:])]
    assert groups == list(dict.fromkeys(t.group for t in tasks))
    first = data[0]
    assert first[4] == "Hoàn thành đúng hạn (25/03/2025)"
    assert first[5] == "Đã ban hành Kế hoạch phát động phong trào thi đua chuyển đổi số\nKế hoạch số 45/KH-SNV ngày " \
                       "20/03/2025"
    four = data[[t.ref for t in tasks].index("(4)")]
    assert four[4] == tasks[[t.ref for t in tasks].index("(4)")].status_text and four[4].endswith("(60%)")
    assert four[6] == "Khó khăn: Thiếu nhân lực chuyên trách về chuyển đổi số\nĐề xuất: Đề nghị Sở Khoa học và " \
                      "Công nghệ hỗ trợ chuyên gia"
    cell = ws["B7"]
    assert cell.alignment.wrap_text and cell.font.name == "Times New Roman"
    assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin"
    assert ws["A5"].font.b


def test_row_heights_follow_the_wrapped_text(workbook):
    from kh57desk.reports import xlsx_fit

    wb, _, _, _ = workbook
    ws = wb["Phụ lục nhiệm vụ"]
    width = xlsx_fit.points(ws.column_dimensions["B"].width)
    refs = [t.ref for t in _document(workbook).tasks]
    for row in ws.iter_rows(min_row=6):
        if row[0].value in refs and row[1].value:
            lines = xlsx_fit.wrapped_lines(row[1].value, width)
            assert ws.row_dimensions[row[0].row].height >= xlsx_fit.row_height(lines) - 0.1
    shortest = min((r for r in ws.iter_rows(min_row=6) if r[0].value in refs), key=lambda r: len(r[1].value))
    lines = max(xlsx_fit.wrapped_lines(c.value, xlsx_fit.points(ws.column_dimensions[c.column_letter].width))
                for c in shortest if isinstance(c.value, str))
    assert ws.row_dimensions[shortest[0].row].height == xlsx_fit.row_height(lines), "as tall as its text, no taller"


def test_print_settings(workbook):
    wb, _, _, _ = workbook
    for name, orientation in (("Báo cáo", "portrait"), ("Phụ lục nhiệm vụ", "landscape"), ("Chỉ tiêu", "landscape")):
        ws = wb[name]
        assert ws.page_setup.orientation == orientation
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert not ws.sheet_properties.pageSetUpPr.fitToPage
        assert 80 <= ws.page_setup.scale <= 100, "12 pt text prints at 9.6 pt or more"
        assert ws.page_margins.left == pytest.approx(30 / 25.4) and ws.page_margins.right == pytest.approx(15 / 25.4)
        assert ws.oddHeader.center.text == "&P"
    assert wb["Báo cáo"].page_setup.scale == 100
    tasks_ws = wb["Phụ lục nhiệm vụ"]
    assert tasks_ws.freeze_panes == "A6" and tasks_ws.print_title_rows == "$5:$5"
    assert tasks_ws.auto_filter.ref.startswith("A5:G")
    assert wb["Báo cáo"].HeaderFooter.differentFirst  # no page number on the first page
    assert wb._fonts[0].name == "Times New Roman" and wb._fonts[0].sz == 12  # column widths in its digits


def test_wide_tables_print_across_pages_with_tt_and_content_repeated():
    from kh57desk.reports import xlsx_cells, xlsx_fit

    wb = openpyxl.Workbook()
    ws = wb.active
    scale = xlsx_cells.print_setup(ws, landscape=True, table_width_pt=xlsx_fit.LANDSCAPE_WIDTH_PT * 1.5)
    assert scale == 80 and ws.print_title_cols == "$A:$B"
    scale = xlsx_cells.print_setup(wb.create_sheet(), landscape=True, table_width_pt=xlsx_fit.LANDSCAPE_WIDTH_PT * 1.1)
    assert scale == 90


def test_targets_sheet_numbers_are_numbers(workbook):
    wb, _, _, _ = workbook
    ws = wb["Chỉ tiêu"]
    assert ws["A1"].value == "PHỤ LỤC II"
    header = [c.value for c in ws[5]]
    assert header == ["TT", "Chỉ tiêu", "Mốc (năm)", "Giá trị mục tiêu", "Kết quả kỳ này", "Đơn vị", "Ghi chú, kết quả",
                      "Đánh giá"]
    data = _task_rows(ws)
    assert [r[0] for r in data] == [1, 2, 3, 4, 5, 6]
    first = data[0]
    assert first[1] == "Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%" and first[2] == 2025
    assert (first[3], first[4], first[5]) == ("≥ 60%", 62.5, "%")
    assert first[6] == "Theo số liệu của nhà mạng" and first[7] == "Đạt"
    assert isinstance(first[4], float)
    assert data[1][4] == 27 and data[1][7] == "Chưa đạt"
    assert data[3][4] == 3150
    assert data[2][4] is None and data[2][7] == "Chưa có số liệu"


def test_user_text_never_becomes_a_formula(workbook):
    wb, rows, path, _ = workbook
    ws = wb["Phụ lục nhiệm vụ"]
    by_ref = {r[0].value: r for r in ws.iter_rows(min_row=6)}
    for ref, text in TRICKY_RESULTS.items():
        cell = by_ref[ref][5]
        assert cell.value == text and cell.data_type == "s"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


def test_tab_cr_and_error_codes_stay_text(reported):
    """Text starting with a tab or carriage return (pasted from other programs) or an Excel
    error code is kept as text too."""
    with reported.db.reader() as session:
        draft = report_register.load_draft(session, Q2)
        doc = report_data.build_document(session, Q2, draft, number="01/BC-SNV", day=TODAY, today=TODAY)
    odd = ["\tBắt đầu bằng dấu tab", "\rBắt đầu bằng ký tự về đầu dòng", "#N/A", "=1+1", "@SUM(1)", "+1", "-1"]
    doc.tasks = [dataclasses.replace(t, result=text) for t, text in zip(doc.tasks, odd)]
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(doc)))
    ws = wb["Phụ lục nhiệm vụ"]
    by_ref = {r[0].value: r for r in ws.iter_rows(min_row=6)}
    for task, text in zip(doc.tasks, odd):
        cell = by_ref[task.ref][5]
        assert cell.data_type == "s" and cell.value.startswith((text, text.replace("\r", "\n"))), repr(cell.value)
        assert cell.quotePrefix


def test_no_tasks_and_no_targets_still_make_a_valid_workbook(reported):
    with reported.db.reader() as session:
        draft = report_register.load_draft(session, Q2)
        doc = report_data.build_document(session, Q2, draft, number="01/BC-SNV", day=TODAY, today=TODAY)
    doc.tasks, doc.targets = [], []
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(doc)))
    assert wb["Phụ lục nhiệm vụ"]["A6"].value == "Không có nhiệm vụ nào trong kỳ báo cáo."
    assert wb["Chỉ tiêu"]["A6"].value == "Kế hoạch không có chỉ tiêu nào cho kỳ báo cáo này."
    assert wb["Chỉ tiêu"]["A1"].value == "PHỤ LỤC II"  # every appendix sheet carries its own label, once
    assert wb["Chỉ tiêu"]["A2"].value == "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ II NĂM 2025"


def test_nơi_nhận_never_lists_the_issuing_agency(reported):
    with reported.db.reader() as session:
        draft = report_register.load_draft(session, Q2)
        draft.recipients = ["UBND tỉnh (để báo cáo)", "Sở Nội vụ (để biết)", "SNV", "Sở Khoa học và Công nghệ",
                            "Lưu: VT, SNV"]
        doc = report_data.build_document(session, Q2, draft, number="01/BC-SNV", day=TODAY, today=TODAY)
    assert doc.agency == "Sở Nội vụ"
    assert doc.recipients == ["UBND tỉnh (để báo cáo)", "Sở Khoa học và Công nghệ", "Lưu: VT, SNV"]
