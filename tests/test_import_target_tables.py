"""Targets appendices laid out as tables (Phụ lục chỉ tiêu: Chỉ tiêu | Đơn vị tính | 2025 | 2030)
in Excel and Word, beside a task table or a narrative plan, or on their own."""

import docx
import pytest
from openpyxl import load_workbook

from kh57desk.services import plan_import
from plan_fixtures import appendix_xlsx, narrative_docx

HEADER = ("TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", None)
YEARS = (None, None, None, "Năm 2025", "Đến năm 2030")
ROWS = (
    ("I", "Chỉ tiêu về khoa học, công nghệ", None, None, None),
    ("1", "Tỷ lệ phủ sóng 5G trên địa bàn", "%", "≥ 60", "100"),
    ("2", "Chỉ số đổi mới sáng tạo cấp tỉnh", "điểm", "Trên 0,7", "0,75 - 0,8"),
    ("3", "Số doanh nghiệp khoa học và công nghệ hằng năm", "doanh nghiệp", "5", None),
    ("II", "Chỉ tiêu về chuyển đổi số", None, None, None),
    ("1", "Hoàn thành hạ tầng dữ liệu dùng chung", None, "Hoàn thành", None),
    (None, None, None, "12", None),
)
EXPECTED = [
    ("Tỷ lệ phủ sóng 5G trên địa bàn", 2025, ">=", 60, None, "%", False, "I. Chỉ tiêu về khoa học, công nghệ"),
    ("Tỷ lệ phủ sóng 5G trên địa bàn", 2030, "=", 100, None, "%", False, "I. Chỉ tiêu về khoa học, công nghệ"),
    ("Chỉ số đổi mới sáng tạo cấp tỉnh", 2025, ">", 0.7, None, "điểm", False, "I. Chỉ tiêu về khoa học, công nghệ"),
    ("Chỉ số đổi mới sáng tạo cấp tỉnh", 2030, "range", 0.75, 0.8, "điểm", False,
     "I. Chỉ tiêu về khoa học, công nghệ"),
    ("Số doanh nghiệp khoa học và công nghệ hằng năm", 2025, "=", 5, None, "doanh nghiệp", True,
     "I. Chỉ tiêu về khoa học, công nghệ"),
    ("Hoàn thành hạ tầng dữ liệu dùng chung: Hoàn thành", 2025, "", None, None, "", False,
     "II. Chỉ tiêu về chuyển đổi số"),
]
TABLE_ROWS = 2 + 2 + len(ROWS)  # two title rows, the header over two rows, the data rows


def values(draft):
    return [(t.text, t.milestone_year, t.comparator, t.target, t.target_high, t.unit, t.per_year, t.group)
            for t in draft.indicators]


def fill_sheet(ws):
    ws.append(["PHỤ LỤC I"])
    ws.append(["CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030"])
    ws.append(list(HEADER))
    ws.append(list(YEARS))
    for row in ROWS:
        ws.append(list(row))
    ws.merge_cells("D3:E3")
    for column in "ABC":
        ws.merge_cells(f"{column}3:{column}4")


def check(draft, problems: int = 1):
    assert values(draft) == EXPECTED
    assert [p.text for p in draft.problems][-problems:] == ["12"]
    assert draft.account.adds_up()


def test_targets_sheet_beside_the_task_sheet(tmp_path):
    path = tmp_path / "Kế hoạch có phụ lục chỉ tiêu.xlsx"
    appendix_xlsx(path)
    workbook = load_workbook(path)
    fill_sheet(workbook.create_sheet("Phụ lục I"))
    workbook.save(path)
    draft = plan_import.read_file(path)
    assert len(draft.tasks) == 98
    check(draft)
    assert draft.account.places["target"] == 4 and draft.account.places["task"] == 98


def test_targets_workbook_on_its_own(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "Phụ lục I.xlsx"
    workbook = Workbook()
    fill_sheet(workbook.active)
    workbook.save(path)
    draft = plan_import.read_file(path)
    assert draft.tasks == []
    check(draft)
    assert draft.account.total == TABLE_ROWS
    assert draft.account.places == {"task": 0, "target": 4, "context": TABLE_ROWS - 5, "not_understood": 1}


def _docx_table(document):
    table = document.add_table(rows=0, cols=5)
    for row in (HEADER, YEARS, *ROWS):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value or ""
    table.cell(0, 3).merge(table.cell(0, 4))
    for column in range(3):
        table.cell(0, column).merge(table.cell(1, column))


@pytest.mark.parametrize("with_plan", [True, False])
def test_targets_table_in_a_word_file(tmp_path, with_plan):
    path = tmp_path / "Kế hoạch.docx"
    if with_plan:
        narrative_docx(path)
    document = docx.Document(str(path)) if with_plan else docx.Document()
    document.add_paragraph("PHỤ LỤC I: CÁC CHỈ TIÊU CHỦ YẾU")
    _docx_table(document)
    document.save(path)
    draft = plan_import.read_file(path)
    assert len(draft.tasks) == (85 if with_plan else 0)
    check(draft)
    assert draft.account.sources["dòng bảng"] == 2 + len(ROWS)
