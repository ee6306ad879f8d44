import unicodedata

from hypothesis import given, strategies as st

from kh57desk.domain.text import (clean, fold, matches, nfc, search_words, word_key, word_key_matcher,
                                   words_matcher)


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


def test_matches_words_in_any_order_ignoring_diacritics_and_punctuation():
    key = fold("Phát động phong trào thi đua chuyển đổi số; làm giàu, làm sạch (12)")
    assert matches("chuyen doi so", key)
    assert matches("THI ĐUA", key)
    assert matches("thi đua phong trào", key)
    assert matches("lam giau lam sach", key) and matches("làm sạch, làm giàu", key)
    assert matches("sach lam giau", key)
    assert matches("12 chuyen", key)
    assert matches("chuyen doi s", key)  # the last word may be unfinished
    assert not matches("kinh te so", key)
    assert not matches("dong phong trao thi duan", key)
    assert not matches("on doi so", key)  # "on" is not a word of the key, only part of "phong"


def test_search_words_and_the_matcher():
    assert search_words("  Làm giàu,làm SẠCH (KH&CN) ") == ["lam", "giau", "lam", "sach", "kh", "cn"]
    assert words_matcher(" ,; ") is None and matches("", "bat ky")
    test = words_matcher("giau lam")
    assert test("lam giau") and test("(lam),giau.") and not test("giau") and not test("giaulam")
    assert not test("lamgiau lam")  # "giau" must be a word of its own, not the end of one


def test_word_keys_match_as_the_matcher_does():
    assert word_key(fold("Làm giàu, làm sạch dữ liệu (KH&CN)")) == " lam giau lam sach du lieu kh cn "
    test = word_key_matcher("giau lam")
    assert test(word_key("lam giau")) and test(word_key("(lam),giau.")) and not test(word_key("giau"))
    assert not test(word_key("lamgiau lam")) and not test(word_key("giaulam"))
    assert word_key_matcher("  ;, ") is None
    assert word_key_matcher("le quy do")(word_key("giai thuong le quy don"))  # the last word may be unfinished
    assert not word_key_matcher("le quy do")(word_key("giai thuong lequy don"))


_WORDS = st.sampled_from(["lam", "giau", "sach", "le", "len", "quy", "don", "so", "chuyen", "doi", "1246", "a"])
_KEYS = st.lists(st.tuples(_WORDS, st.sampled_from([" ", ", ", "-", "/", "(", ") ", "", "."])), max_size=8).map(
    lambda parts: "".join(word + gap for word, gap in parts))


@given(_KEYS, st.lists(_WORDS, min_size=1, max_size=3), st.sampled_from(["", "l", "gi", "do"]))
def test_word_key_matcher_agrees_with_words_matcher(key, words, unfinished):
    query = " ".join(words) + (" " + unfinished if unfinished else "")
    assert word_key_matcher(query)(word_key(key)) == words_matcher(query)(key)


@given(st.text())
def test_fold_is_idempotent_and_ascii_for_vietnamese(text):
    once = fold(text)
    assert fold(once) == once
    assert "đ" not in once and "Đ" not in once


# Vietnamese alphabetical order -------------------------------------------------------------

from kh57desk.domain.text import VIETNAMESE_ALPHABET, vietnamese_sort_key  # noqa: E402

TONE_ORDER = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, huyền, hỏi, ngã, sắc, nặng


def _toned(letter: str, tone: str) -> str:
    return unicodedata.normalize("NFC", letter + tone)


def test_the_alphabet_with_every_tone_sorts_in_dictionary_order():
    # syllables "<letter>a<tone>": letters decide first, then the tone of the second letter
    expected = [f"{letter}{_toned('a', tone)}" for letter in VIETNAMESE_ALPHABET for tone in TONE_ORDER]
    assert expected[:7] == ["aa", "aà", "aả", "aã", "aá", "aạ", "ăa"]
    shuffled = sorted(expected, key=lambda s: fold(s) + s[::-1])  # any order that is not the answer
    assert shuffled != expected
    assert sorted(shuffled, key=vietnamese_sort_key) == expected


def test_vowels_with_tones_keep_letters_before_tones():
    for vowel in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
        toned = [_toned(vowel, tone) for tone in TONE_ORDER]
        assert sorted(reversed(toned), key=vietnamese_sort_key) == toned
    # a letter difference outweighs any tone: "ạ" (a, nặng) sorts before "ă" (no tone)
    assert sorted(["ă", "ạ", "â", "ả"], key=vietnamese_sort_key) == ["ả", "ạ", "ă", "â"]


def test_agency_names_sort_the_vietnamese_way():
    names = ["Văn phòng UBND tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh", "Sở Y tế", "Đài Phát thanh và Truyền hình",
             "Sở Xây dựng", "Sở Dân tộc và Tôn giáo", "Công an tỉnh", "Sở Công Thương", "Sở Giáo dục và Đào tạo",
             "Sở Du lịch", "Trường Đại học Thái Bình", "Ban Quản lý các khu công nghiệp", "Ủy ban nhân dân xã An Ấp"]
    assert sorted(names, key=vietnamese_sort_key) == [
        "Ban Quản lý các khu công nghiệp", "Công an tỉnh", "Đài Phát thanh và Truyền hình", "Sở Công Thương",
        "Sở Dân tộc và Tôn giáo", "Sở Du lịch", "Sở Giáo dục và Đào tạo", "Sở Xây dựng", "Sở Y tế",
        "Trường Đại học Thái Bình", "Ủy ban Mặt trận Tổ quốc tỉnh", "Ủy ban nhân dân xã An Ấp", "Văn phòng UBND tỉnh"]


def test_case_shorter_words_and_decomposed_input():
    assert sorted(["Sở", "sở", "sờ", "so"], key=vietnamese_sort_key) == ["so", "sờ", "sở", "Sở"]
    assert sorted(["Sở Nội vụ", "Sở"], key=vietnamese_sort_key) == ["Sở", "Sở Nội vụ"]
    assert vietnamese_sort_key(unicodedata.normalize("NFD", "Ủy ban")) == vietnamese_sort_key("Ủy ban")
    assert sorted(["Dương", "Đông", "Dũng"], key=vietnamese_sort_key) == ["Dũng", "Dương", "Đông"]
    assert vietnamese_sort_key(None) == ((), (), ())


def test_the_sort_text_orders_like_the_sort_key():
    from kh57desk.domain.text import vietnamese_sort_text

    names = ["Văn phòng UBND tỉnh", "Ủy ban nhân dân xã An Ấp", "Đài Phát thanh", "Sở Y tế", "Sở Xây dựng", "sở y tế",
             "Dũng", "Dương", "Sở", "Sở Nội vụ", "Công an tỉnh", "ả", "ạ", "ă"]
    assert sorted(names, key=vietnamese_sort_text) == sorted(names, key=vietnamese_sort_key)
    assert all(isinstance(vietnamese_sort_text(n), str) for n in names)
