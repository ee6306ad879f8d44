"""Pure parts of the report: numbers, the body text, the next period, header line breaking and
the cutting of tall table rows."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from kh57desk.domain import periods as reporting_periods
from kh57desk.errors import InputError
from kh57desk.reports import body as report_body
from kh57desk.reports.fonts import report_fonts
from kh57desk.reports.model import HEADING, ITEM, PARAGRAPH, ReportSummary, StatusCount, TaskNote
from kh57desk.reports.numbering import format_report_number, parse_report_number
from kh57desk.reports.pdf_table import BOTTOM_PAD, LINE_HEIGHT, PAD, PIECE_LINES, TableRow, paginate, pieces_of, split_row
from kh57desk.reports.pdf_styles import balanced, text_width
from kh57desk.services.report_data import next_period


@pytest.mark.parametrize("typed,expected", [
    ("12", ("12/BC-SNV", 12)), ("007", ("07/BC-SNV", 7)), (" 3 ", ("03/BC-SNV", 3)),
    ("12/BC-SNV", ("12/BC-SNV", 12)), ("5/bc-skhcn", ("05/BC-SKHCN", 5)), ("15 / BC - SNV.VP", ("15/BC-SNV.VP", 15)),
])
def test_report_numbers(typed, expected):
    assert parse_report_number(typed, "SNV") == expected


@pytest.mark.parametrize("typed", ["", "BC-12", "12/KH-SNV", "mười", "12/BC-", "1234567"])
def test_bad_report_numbers(typed):
    with pytest.raises(InputError, match="không hợp lệ: nhập một số"):
        parse_report_number(typed, "SNV")


def test_number_without_prefix_and_leading_zero():
    assert format_report_number(1, "") == "01/BC" and format_report_number(123, "SNV") == "123/BC-SNV"


def test_cite_and_items():
    assert report_body.cite("Một hai ba.", 5) == "Một hai ba"
    assert report_body.cite("một hai ba bốn năm sáu bảy", 3) == "một hai ba…"
    blocks = report_body.items(["Thứ nhất;", "Thứ hai.", "Thứ ba:"])
    assert [(b.kind, b.text) for b in blocks] == [(ITEM, "Thứ nhất;"), (ITEM, "Thứ hai;"), (ITEM, "Thứ ba.")]
    assert [report_body.letter(i) for i in (0, 3, 4, 5, 22, 23)] == ["a", "d", "đ", "e", "y", "24"]


def _summary(**changes) -> ReportSummary:
    values = dict(
        period_id="2025-M06", period_label="tháng 6 năm 2025", window_start=dt.date(2025, 5, 15),
        window_end=dt.date(2025, 6, 14), as_of=dt.date(2025, 6, 14), plan_id=1, plan_name="Kế hoạch số 26/KH-UBND",
        plan_reference="Kế hoạch số 26/KH-UBND ngày 13/02/2025 của Ủy ban nhân dân tỉnh Thái Bình",
        agency="Sở Y tế", lead_total=0, coordinate_total=0,
        status_counts=[StatusCount("done_on_time", "Hoàn thành đúng hạn", 0, 0)], groups=[], difficulties=[],
        proposals=[], adjustments=[], overdue=[], next_period_label="tháng 7 năm 2025", next_tasks=[],
        recurring_count=0, targets=[], tasks=[])
    values.update(changes)
    return ReportSummary(**values)


def test_an_agency_without_tasks_still_gets_a_complete_report():
    blocks = report_body.compose_body(_summary())
    texts = [b.text for b in blocks]
    assert texts[0] == ("Thực hiện Kế hoạch số 26/KH-UBND ngày 13/02/2025 của Ủy ban nhân dân tỉnh Thái Bình, "
                        "Sở Y tế báo cáo kết quả thực hiện tháng 6 năm 2025 như sau:")
    assert "Trong Kế hoạch số 26/KH-UBND không có nhiệm vụ giao cho Sở Y tế." in texts
    assert "Trong kỳ không phát sinh khó khăn, vướng mắc." in texts and "Không có đề xuất, kiến nghị." in texts
    assert "Tiếp tục triển khai các nhiệm vụ được giao theo kế hoạch." in texts
    assert texts[-1] == "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 26/KH-UBND, tháng 6 năm 2025 của Sở Y tế./."
    assert [b.text for b in blocks if b.kind == HEADING] == [
        "I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ", "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI"]


def test_free_text_comes_first_and_replaces_the_nothing_to_say_lines():
    lead = TaskNote("(3)", "Xây dựng cơ sở dữ liệu y tế", "Chủ trì", "Tháng 7/2025", True)
    support = TaskNote("(9)", "Phối hợp triển khai bệnh án điện tử", "Phối hợp", "Tháng 7/2025", False)
    blocks = report_body.compose_body(_summary(lead_total=1, coordinate_total=1, next_tasks=[lead, support]),
                            difficulties="Kinh phí chưa được bố trí.\n\nNhân lực thiếu.",
                            proposals="Đề nghị bố trí kinh phí.")
    texts = [b.text for b in blocks]
    two = texts.index("II. KHÓ KHĂN, VƯỚNG MẮC")
    assert texts[two + 1:two + 3] == ["Kinh phí chưa được bố trí.", "Nhân lực thiếu."]
    assert blocks[two + 1].kind == PARAGRAPH
    assert "Trong kỳ không phát sinh khó khăn, vướng mắc." not in texts and "Không có đề xuất, kiến nghị." not in texts
    assert "Nhiệm vụ (3) “Xây dựng cơ sở dữ liệu y tế” (thời hạn: Tháng 7/2025);" in texts
    assert "Phối hợp với cơ quan chủ trì thực hiện 1 nhiệm vụ đến hạn: (9)." in texts


@pytest.mark.parametrize("period_id,label,horizon", [
    ("2025-M06", "tháng 7 năm 2025", dt.date(2025, 7, 31)),
    ("2025-M12", "tháng 1 năm 2026", dt.date(2026, 1, 31)),
    ("2025-Q2", "quý III năm 2025", dt.date(2025, 9, 30)),
    ("2025-Q4", "quý I năm 2026", dt.date(2026, 3, 31)),
    ("2025-H1", "6 tháng cuối năm 2025", dt.date(2025, 12, 31)),
    ("2025-Y", "năm 2026", dt.date(2026, 12, 31)),
    ("DX-2025-06-15", "thời gian tới", dt.date(2025, 9, 13)),
])
def test_next_period(period_id, label, horizon):
    assert next_period(reporting_periods.parse_period(period_id)) == (label, horizon)


def test_next_period_of_a_plan_with_its_own_dates():
    fixed = ((1, 6), (15, 11))
    first, second = reporting_periods.custom_periods(2025, fixed)
    assert next_period(first, fixed) == (second.label, dt.date(2025, 11, 14))
    label, end = next_period(second, fixed)
    assert label == "kỳ 1 năm 2026 (đến 31/05/2026)" and end == dt.date(2026, 5, 31)


def test_header_names_break_between_balanced_words():
    fonts = report_fonts()
    font = fonts.face("regular")
    width = text_width("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH", font, 12) - 20
    assert balanced("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH", font, 12, width) == "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH"
    assert balanced("SỞ NỘI VỤ", font, 12, width) == "SỞ NỘI VỤ"
    assert balanced("MỘT_TỪ_RẤT_DÀI_KHÔNG_CÓ_CHỖ_NGẮT", font, 12, 20) == "MỘT_TỪ_RẤT_DÀI_KHÔNG_CÓ_CHỖ_NGẮT"


def test_tall_cells_are_cut_into_pieces_and_short_ones_are_not():
    style = ParagraphStyle("c", fontName=report_fonts().face("regular"), fontSize=12, leading=LINE_HEIGHT)
    short = [Paragraph("Một dòng", style)]
    assert pieces_of(short, 200) == [short]
    lines = [Paragraph(f"Dòng {k}", style) for k in range(40)]
    pieces = pieces_of(lines, 200)
    assert len(pieces) == 40 // PIECE_LINES + (1 if 40 % PIECE_LINES else 0)
    assert all(sum(p.wrap(200, 1e9)[1] for p in piece) <= PIECE_LINES * LINE_HEIGHT + 0.5 for piece in pieces)
    wrapped = [Paragraph("chữ " * 400, style)]
    cut = pieces_of(wrapped, 200)
    total = sum(p.wrap(200, 1e9)[1] for piece in cut for p in piece)
    assert len(cut) > 5 and total == pytest.approx(wrapped[0].wrap(200, 1e9)[1])
    rows = split_row([short, lines], [100 + 2 * PAD, 200 + 2 * PAD])
    assert len(rows) == len(pieces) and rows[0].cells[0] == short and all(r.cells[0] == [] for r in rows[1:])
    assert all([p.text for p in r.continued] == ["Một dòng (tiếp)"] for r in rows[1:])
    pages = paginate(rows, 2 * PIECE_LINES * LINE_HEIGHT + PAD + 1, 3 * PIECE_LINES * LINE_HEIGHT + 1)
    assert len(pages) > 2
    for page in pages[1:]:  # a page that starts inside the row says which task it is
        assert [p.text for p in page[0].cells[0]] == ["Một dòng (tiếp)"]
        assert all(r.cells[0] == [] for r in page[1:])
    assert [(r.joined_above, r.joined_below) for r in rows[:2]] == [(False, True), (True, True)]
    assert not rows[-1].joined_below
    last_lines = 40 % PIECE_LINES or PIECE_LINES
    assert rows[-1].height == pytest.approx(last_lines * LINE_HEIGHT + BOTTOM_PAD) and BOTTOM_PAD >= PAD + 2
    assert rows[0].height == pytest.approx(PIECE_LINES * LINE_HEIGHT + PAD)
    assert rows[1].height == pytest.approx(PIECE_LINES * LINE_HEIGHT)


def test_rows_are_packed_into_pages_and_a_group_row_never_ends_a_page():
    rows = [TableRow([], group=True, height=20), *[TableRow([], height=30) for _ in range(3)],
            TableRow([], group=True, height=20), TableRow([], height=30)]
    pages = paginate(rows, first=115, later=100)
    assert [[r.height for r in page] for page in pages] == [[20, 30, 30, 30], [20, 30]]
    pages = paginate(rows, first=135, later=100)  # the second group row would end page 1: carried over
    assert [[r.height for r in page] for page in pages] == [[20, 30, 30, 30], [20, 30]]
    assert paginate([TableRow([], height=500)], first=100, later=100) == [[rows[0].__class__([], height=500)]]


def test_balanced_lines_never_leave_a_number_without_its_unit():
    from kh57desk.reports.pdf_styles import balance

    subject = "Kết quả thực hiện Kế hoạch số 26/KH-UBND, quý II năm 2025"
    for room in range(30, len(subject)):
        lines = balance(subject, len, room).split("\n")
        assert all(not line.endswith((" năm", " quý", " số")) for line in lines), (room, lines)
    assert balance("Báo cáo quý II năm 2025", len, 17) == "Báo cáo quý II\nnăm 2025"  # not "… năm" / "2025"
    assert balance("Báo cáo quý II năm 2025", len, 15) == "Báo cáo quý II\nnăm 2025"
