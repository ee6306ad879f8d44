import pytest

from kh57desk.domain.plan_reference import plan_reference

TITLE = "Kế hoạch hoạt động năm 2025 của Tiểu Ban Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Thái Bình"


@pytest.mark.parametrize("number,title,expected", [
    ("26/KH-UBND", "", "Kế hoạch số 26/KH-UBND"),                       # the reference plans' citations
    ("376-KH/TU", "", "Kế hoạch số 376-KH/TU"),
    ("41-CTR/TU", "", "Chương trình hành động số 41-CTR/TU"),
    ("75/QĐ-TBCĐ", TITLE, "Kế hoạch ban hành kèm theo Quyết định số 75/QĐ-TBCĐ"),
    ("", TITLE, TITLE),
    ("12/ABC", "", "văn bản số 12/ABC"),
    ("", "", "Kế hoạch"),
])
def test_plan_reference(number, title, expected):
    assert plan_reference(number, title) == expected
