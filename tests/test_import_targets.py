"""Target lines (chỉ tiêu): comparator, Vietnamese numbers, unit, per-year flag, milestones, assessment."""

import pytest

from kh57desk.domain import targets as target_rules


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
    ("- Tỷ lệ hộ nghèo đa chiều dưới 2%;", "<", 2, None, "%", False),
    ("- Tỷ lệ cán bộ có trình độ kỹ thuật đạt 25% trở lên.", ">=", 25, None, "%", False),
    ("- Có trên 50 sản phẩm được bảo hộ.", ">", 50, None, "sản phẩm", False),
    # the forms real plans use (issue 13)
    ("- Tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt 80% - 90%.", "range", 80, 90, "%", False),
    ("- Thu hút 50 đến 60 dự án đầu tư đổi mới sáng tạo.", "range", 50, 60, "dự án", False),
    ("- Hỗ trợ từ 15 đến 20 doanh nghiệp khởi nghiệp.", "range", 15, 20, "doanh nghiệp", False),
    ("- Có từ 7 người làm nghiên cứu khoa học trên 01 vạn dân.", ">=", 7, None, "người/vạn dân", False),
    ("- Số cán bộ nghiên cứu đạt 12 người trên 1 vạn dân.", "=", 12, None, "người/vạn dân", False),
    ("- Mật độ điểm truy cập đạt 5 điểm truy cập/1.000 dân.", "=", 5, None, "điểm truy cập/1.000 dân", False),
    ("- Chỉ số đổi mới sáng tạo cấp tỉnh trên 0,7.", ">", 0.7, None, "", False),
    ("- Chỉ số hài lòng hơn 85%.", ">", 85, None, "%", False),
    ("- Có tối thiểu 3 sản phẩm được thương mại hóa.", ">=", 3, None, "sản phẩm", False),
    ("- Đào tạo ít nhất 200 kỹ sư công nghệ thông tin.", ">=", 200, None, "kỹ sư", False),
    ("- Số doanh nghiệp công nghệ số không dưới 100 doanh nghiệp.", ">=", 100, None, "doanh nghiệp", False),
    ("- Tỷ lệ hồ sơ trễ hạn không thấp hơn 0%.", ">=", 0, None, "%", False),
    ("- Có 20 đơn đăng ký sáng chế được chấp nhận.", "=", 20, None, "đơn đăng ký sáng chế", False),
    ("- Tiếp nhận 40 đơn đăng ký nhãn hiệu.", "=", 40, None, "đơn đăng ký", False),
    ("- Tổ chức 4 hội thảo khoa học hằng năm.", "=", 4, None, "hội thảo", True),
    ("- Tổ chức từ 5 đến 7 hội thảo hằng năm.", "range", 5, 7, "hội thảo", True),
    ("- Cung cấp 100% dữ liệu mở theo kế hoạch.", "=", 100, None, "%", False),
    ("- Đến năm 2030 có 100% xã có hạ tầng số.", "=", 100, None, "%", False),
])
def test_target_lines(line, comparator, target, high, unit, per_year):
    parsed = target_rules.parse_target(line, milestone_year=2030, group="a) Phát triển hạ tầng")
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
    parsed = target_rules.parse_target(line)
    assert parsed.comparator == "" and parsed.target is None and parsed.qualitative
    assert parsed.describe() == "Định tính"


def test_text_keeps_the_line_as_written():
    parsed = target_rules.parse_target("- Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%.")
    assert parsed.text == "Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%"
    assert parsed.describe() == "≥ 60%"
    assert target_rules.parse_target("Có ≥ 3.000 cán bộ").describe() == "≥ 3.000 cán bộ"
    assert target_rules.parse_target("Có 15 - 20 trung tâm").describe() == "15–20 trung tâm"


@pytest.mark.parametrize("text, value", [
    ("0,75", 0.75), ("3.000", 3000), ("1.234,5", 1234.5), ("1.200.000", 1_200_000), ("60%", 60),
    ("2.5", 2.5), ("0.750", 0.75), ("1,5", 1.5), ("-3", -3), (" 42 ", 42), (7, 7), (0.5, 0.5),
    ("", None), ("abc", None), ("1.2.3", None), ("12 người", None), (True, None), (float("nan"), None),
])
def test_vietnamese_numbers(text, value):
    assert target_rules.parse_number(text) == value


def test_format_number_is_vietnamese():
    assert [target_rules.format_number(v) for v in (3000, 0.75, 1234.5, 60.0, None)] == ["3.000", "0,75", "1.234,5", "60", ""]


@pytest.mark.parametrize("heading, year", [
    ("2.1. Đến hết năm 2025", 2025), ("2.2. Đến hết năm 2030", 2030), ("Đến năm 2030:", 2030),
    ("b) Tầm nhìn đến năm 2045", 2045), ("Đến năm 2030, tầm nhìn đến năm 2045", 2030),
    ("a) Phát triển hạ tầng", None), ("Đến năm 2030 có 100% xã có hạ tầng số", None),
    ("1. Mục tiêu chung", None),
])
def test_milestone_headings(heading, year):
    assert target_rules.milestone_year(heading) == year


@pytest.mark.parametrize("comparator, target, high, value, expected", [
    (">=", 60, None, 60, "Đạt"), (">=", 60, None, 59.9, "Chưa đạt"), (">=", 60, None, None, "Chưa có số liệu"),
    ("=", 30, None, 32, "Đạt"), ("=", 30, None, 29, "Chưa đạt"),
    ("<=", 2, None, 1.5, "Đạt"), ("<=", 2, None, 2, "Đạt"), ("<=", 2, None, 2.1, "Chưa đạt"),
    ("range", 15, 20, 14, "Chưa đạt"), ("range", 15, 20, 17, "Đạt"), ("range", 15, 20, 25, "Đạt"),
    ("", None, None, 5, "Chỉ tiêu định tính"), (">=", None, None, 5, "Chỉ tiêu định tính"),
    (">=", 0.75, None, 0.75000000001, "Đạt"),
])
def test_assess(comparator, target, high, value, expected):
    assert target_rules.assess(comparator, target, high, value, per_year=False) == expected
    assert target_rules.assess(comparator, target, high, value, per_year=True) == expected


def test_several_figures_on_a_line_are_several_targets():
    found = target_rules.parse_targets("- Kinh tế số chiếm 30% GRDP, trong đó hằng năm tăng trưởng trên 20%; thu hút "
                            "50 đến 60 dự án và có 15 - 20 trung tâm đổi mới sáng tạo.", 2030, "")
    assert [(t.text, t.comparator, t.target, t.target_high, t.unit, t.per_year) for t in found] == [
        ("Kinh tế số chiếm 30% GRDP", "=", 30, None, "% GRDP", False),
        ("hằng năm tăng trưởng trên 20%", ">", 20, None, "%", True),
        ("thu hút 50 đến 60 dự án", "range", 50, 60, "dự án", False),
        ("có 15 - 20 trung tâm đổi mới sáng tạo", "range", 15, 20, "trung tâm", False)]
    assert all(t.milestone_year == 2030 for t in found)
    one = target_rules.parse_targets("- Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%.")
    assert [(t.comparator, t.target) for t in one] == [(">=", 60)]
    assert target_rules.parse_targets("- Hoàn thiện hạ tầng số, đồng bộ và hiện đại.")[0].qualitative


def test_strict_comparators_are_assessed_strictly():
    assert target_rules.assess(">", 0.7, None, 0.7) == target_rules.NOT_MET and target_rules.assess(">", 0.7, None, 0.71) == target_rules.MET
    assert target_rules.assess("<", 2, None, 2) == target_rules.NOT_MET and target_rules.assess("<", 2, None, 1.9) == target_rules.MET
    assert target_rules.parse_target("Chỉ số trên 0,7").describe() == "> 0,7"
