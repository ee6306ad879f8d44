"""Target lines (chỉ tiêu): comparator, Vietnamese numbers, unit, per-year flag, milestones, assessment."""

import pytest

from kh57desk.domain import targets as T


@pytest.mark.parametrize("line, comparator, target, high, unit, per_year", [
    ("- Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%.", ">=", 60, None, "%", False),
    ("- Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn.", ">=", 30, None, "doanh nghiệp", False),
    ("- Mỗi năm có ≥ 20 nhiệm vụ khoa học và công nghệ cấp tỉnh được nghiệm thu.", ">=", 20, None, "nhiệm vụ", True),
    ("- Quy mô kinh tế số đạt 30% GRDP.", "=", 30, None, "% GRDP", False),
    ("- Chỉ số chuyển đổi số cấp tỉnh ≥ 0,75.", ">=", 0.75, None, "", False),
    ("- Có 15 - 20 trung tâm đổi mới sáng tạo.", "range", 15, 20, "trung tâm", False),
    ("- Có ≥ 3.000 cán bộ được đào tạo về chuyển đổi số.", ">=", 3000, None, "cán bộ", False),
    ("- Số đơn đăng ký sáng chế đạt tối thiểu 2 người/vạn dân.", ">=", 2, None, "người/vạn dân", False),
    ("- Tỷ lệ hồ sơ trễ hạn tối đa 1,5%.", "<=", 1.5, None, "%", False),
    ("- Tỷ lệ hộ nghèo đa chiều dưới 2%;", "<=", 2, None, "%", False),
    ("- Tỷ lệ cán bộ có trình độ kỹ thuật đạt 25% trở lên.", ">=", 25, None, "%", False),
    ("- Có trên 50 sản phẩm được bảo hộ.", ">=", 50, None, "sản phẩm", False),
    ("- Tổ chức từ 5 đến 7 hội thảo hằng năm.", "range", 5, 7, "hội thảo", True),
    ("- Cung cấp 100% dữ liệu mở theo kế hoạch.", "=", 100, None, "%", False),
    ("- Đến năm 2030 có 100% xã có hạ tầng số.", "=", 100, None, "%", False),
])
def test_target_lines(line, comparator, target, high, unit, per_year):
    parsed = T.parse_target(line, milestone_year=2030, group="a) Phát triển hạ tầng")
    assert (parsed.comparator, parsed.target, parsed.target_high, parsed.unit, parsed.per_year) == \
        (comparator, target, high, unit, per_year)
    assert parsed.milestone_year == 2030 and parsed.group == "a) Phát triển hạ tầng"
    assert not parsed.text.startswith("-") and not parsed.text.endswith((".", ";"))


@pytest.mark.parametrize("line", [
    "- Hoàn thiện hạ tầng số đồng bộ, hiện đại.",
    "- Thực hiện Nghị quyết số 57-NQ/TW trong giai đoạn 2026-2030.",
    "- Phát triển mạng 5G phủ khắp tỉnh.",
])
def test_lines_without_a_figure_are_qualitative(line):
    parsed = T.parse_target(line)
    assert parsed.comparator == "" and parsed.target is None and parsed.qualitative
    assert parsed.describe() == "Định tính"


def test_text_keeps_the_line_as_written():
    parsed = T.parse_target("- Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%.")
    assert parsed.text == "Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%"
    assert parsed.describe() == "≥ 60%"
    assert T.parse_target("Có ≥ 3.000 cán bộ").describe() == "≥ 3.000 cán bộ"
    assert T.parse_target("Có 15 - 20 trung tâm").describe() == "15–20 trung tâm"


@pytest.mark.parametrize("text, value", [
    ("0,75", 0.75), ("3.000", 3000), ("1.234,5", 1234.5), ("1.200.000", 1_200_000), ("60%", 60),
    ("2.5", 2.5), ("0.750", 0.75), ("1,5", 1.5), ("-3", -3), (" 42 ", 42), (7, 7), (0.5, 0.5),
    ("", None), ("abc", None), ("1.2.3", None), ("12 người", None), (True, None), (float("nan"), None),
])
def test_vietnamese_numbers(text, value):
    assert T.parse_number(text) == value


def test_format_number_is_vietnamese():
    assert [T.format_number(v) for v in (3000, 0.75, 1234.5, 60.0, None)] == ["3.000", "0,75", "1.234,5", "60", ""]


@pytest.mark.parametrize("heading, year", [
    ("2.1. Đến hết năm 2025", 2025), ("2.2. Đến hết năm 2030", 2030), ("Đến năm 2030:", 2030),
    ("b) Tầm nhìn đến năm 2045", 2045), ("Đến năm 2030, tầm nhìn đến năm 2045", 2030),
    ("a) Phát triển hạ tầng", None), ("Đến năm 2030 có 100% xã có hạ tầng số", None),
    ("1. Mục tiêu chung", None),
])
def test_milestone_headings(heading, year):
    assert T.milestone_year(heading) == year


@pytest.mark.parametrize("comparator, target, high, value, expected", [
    (">=", 60, None, 60, "Đạt"), (">=", 60, None, 59.9, "Chưa đạt"), (">=", 60, None, None, "Chưa có số liệu"),
    ("=", 30, None, 32, "Đạt"), ("=", 30, None, 29, "Chưa đạt"),
    ("<=", 2, None, 1.5, "Đạt"), ("<=", 2, None, 2, "Đạt"), ("<=", 2, None, 2.1, "Chưa đạt"),
    ("range", 15, 20, 14, "Chưa đạt"), ("range", 15, 20, 17, "Đạt"), ("range", 15, 20, 25, "Đạt"),
    ("", None, None, 5, "Chỉ tiêu định tính"), (">=", None, None, 5, "Chỉ tiêu định tính"),
    (">=", 0.75, None, 0.75000000001, "Đạt"),
])
def test_assess(comparator, target, high, value, expected):
    assert T.assess(comparator, target, high, value, per_year=False) == expected
    assert T.assess(comparator, target, high, value, per_year=True) == expected
