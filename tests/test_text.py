import unicodedata

from hypothesis import given, strategies as st

from kh57desk.domain.text import clean, fold, matches, nfc


def test_fold_removes_diacritics_and_folds_d():
    assert fold("Chuyển đổi số") == "chuyen doi so"
    assert fold("ĐỔI MỚI SÁNG TẠO") == "doi moi sang tao"
    assert fold("  Sở   Khoa học\nvà Công nghệ ") == "so khoa hoc va cong nghe"


def test_decomposed_input_is_normalised_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Thường xuyên")
    assert decomposed != "Thường xuyên"
    assert nfc(decomposed) == "Thường xuyên"
    assert fold(decomposed) == "thuong xuyen"


def test_clean_folds_cell_line_breaks():
    assert clean("Sở Giáo dục \n\nvà Đào tạo ") == "Sở Giáo dục và Đào tạo"
    assert clean(None) == ""


def test_matches_a_phrase_ignoring_diacritics():
    key = fold("Phát động phong trào thi đua chuyển đổi số")
    assert matches("chuyen doi so", key)
    assert matches("THI ĐUA", key)
    assert not matches("thi đua phong trào", key)  # a phrase, not loose syllables
    assert not matches("kinh te so", key)


@given(st.text())
def test_fold_is_idempotent_and_ascii_for_vietnamese(text):
    once = fold(text)
    assert fold(once) == once
    assert "đ" not in once and "Đ" not in once
