"""Narrative plans in the forms provinces write them: dash items, Roman headings with a dash,
numbered and lettered items of every kind, Word→text artefacts, non-task sections, the
organisation section per agency, refs made unique, and the account of every paragraph."""

import pytest

from fixtures_reference import REFERENCE_DIR
from kh57desk.domain.text import clean
from kh57desk.importers import paragraphs
from kh57desk.services import plan_import
from narrative_forms import (BRACKETS, DASH_ITEMS, EXPECTED_BRACKETS, EXPECTED_DASH_ITEMS, EXPECTED_PARTY,
                             PARTY_PROGRAMME)


def read_text(tmp_path, text: str, name: str = "ke-hoach.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return plan_import.read_file(path)


def rows(draft):
    return [(t.ref, t.group, clean(t.content) if "\n" not in t.content else t.content, t.lead) for t in draft.tasks]


def test_dash_items_are_tasks_under_their_heading(tmp_path):
    draft = read_text(tmp_path, DASH_ITEMS)
    assert rows(draft) == EXPECTED_DASH_ITEMS
    assert draft.title == "KẾ HOẠCH Triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ"
    assert draft.number == "45/KH-UBND"
    assert not any("KẾ HOẠCH 45" in t.content or "bookmark" in t.content or "PAGE" in t.content
                   for t in draft.tasks)


def test_party_programme(tmp_path):
    draft = read_text(tmp_path, PARTY_PROGRAMME)
    assert rows(draft) == EXPECTED_PARTY
    assert len({t.ref for t in draft.tasks}) == len(draft.tasks)
    assert draft.number == "12-CTr/TU"
    assert draft.title == "CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ"
    # the viewpoints and the target blocks are not tasks; the targets are read once
    assert not any("Khoa học, công nghệ là động lực" in t.content or "5G" in t.content for t in draft.tasks)
    assert [(t.milestone_year, t.comparator, t.target, t.unit) for t in draft.indicators] == [
        (2030, ">", 90, "%"), (2030, ">=", 7, "người/vạn dân"), (2045, ">=", 50, "% GRDP")]
    assert draft.problems == []


def test_parts_and_agencies_in_brackets(tmp_path):
    draft = read_text(tmp_path, BRACKETS)
    assert [(t.ref, t.group, t.lead, t.coordinating, t.deadline) for t in draft.tasks] == EXPECTED_BRACKETS
    assert draft.tasks[0].content == ("Ban hành quy chế quản lý dữ liệu dùng chung (Sở Khoa học và Công nghệ chủ trì, "
                                      "phối hợp với Sở Tư pháp; hoàn thành trong Quý II/2026).")
    assert draft.title == "KẾ HOẠCH Chuyển đổi số tỉnh An Bình năm 2026" and draft.problems == []


@pytest.mark.parametrize("line, kind, ref, text", [
    ("I. MỤC ĐÍCH", paragraphs.ROMAN, "I", "MỤC ĐÍCH"), ("I- QUAN ĐIỂM", paragraphs.ROMAN, "I", "QUAN ĐIỂM"),
    ("III – NHIỆM VỤ", paragraphs.ROMAN, "III", "NHIỆM VỤ"), ("II/ MỤC TIÊU", paragraphs.ROMAN, "II", "MỤC TIÊU"),
    ("IV-TỔ CHỨC THỰC HIỆN", paragraphs.ROMAN, "IV", "TỔ CHỨC THỰC HIỆN"),
    ("1. Nhiệm vụ", paragraphs.NUMBERED, "1", "Nhiệm vụ"), ("1- Nhiệm vụ", paragraphs.NUMBERED, "1", "Nhiệm vụ"),
    ("1) Nhiệm vụ", paragraphs.NUMBERED, "1", "Nhiệm vụ"), ("2.3. Nhiệm vụ", paragraphs.NUMBERED, "2.3", "Nhiệm vụ"),
    ("a) Rà soát", paragraphs.LETTER, "a", "Rà soát"), ("b. Rà soát", paragraphs.LETTER, "b", "Rà soát"),
    ("- Cơ quan chủ trì: Sở Y tế.", paragraphs.LABEL, "", "Sở Y tế"),
    ("57-NQ/TW là nghị quyết", paragraphs.BODY, "", "57-NQ/TW là nghị quyết"),
    ("IVA. Không phải số La Mã", paragraphs.BODY, "", "IVA. Không phải số La Mã"),
    ("PHẦN I. MỤC TIÊU", paragraphs.ROMAN, "I", "MỤC TIÊU"), ("Phần thứ hai: Nhiệm vụ", paragraphs.ROMAN, "II", "Nhiệm vụ"),
    ("Phần lớn các sở đã triển khai", paragraphs.BODY, "", "Phần lớn các sở đã triển khai"),
    ("2025-2030 là giai đoạn", paragraphs.BODY, "", "2025-2030 là giai đoạn"),
])
def test_heading_forms(line, kind, ref, text):
    para = paragraphs.classify(line, 1)
    assert (para.kind, para.ref, para.text) == (kind, ref, text)


@pytest.mark.parametrize("raw, clean_text", [
    ("[bookmark: _Hlk190000001]2. Hoàn thiện thể chế", "2. Hoàn thiện thể chế"),
    ("[]{#_Hlk123 .anchor}1. Nhiệm vụ", "1. Nhiệm vụ"),
    ("Xem mục REF _Ref12345 \\h 2 ở trên.", "Xem mục 2 ở trên."),
    ("Trang { PAGE \\* MERGEFORMAT } và {NUMPAGES}", "Trang và"),
    ("Cổng HYPERLINK \"https://a.vn\" thông tin", "Cổng thông tin"),
    ("doanh nghi\u00adệp\u00a0số", "doanh nghiệp số"),
])
def test_word_artefacts_are_removed(raw, clean_text):
    assert paragraphs.scrub(raw) == clean_text


def test_page_numbers_and_running_headers_are_furniture():
    lines = ["II. NHIỆM VỤ", "1. Phát triển hạ tầng số", "- Phủ sóng 5G toàn tỉnh.", "BÁO CÁO MẬT SỐ 7", "- 2 -",
             "- Xây dựng trung tâm dữ liệu.", "BÁO CÁO MẬT SỐ 8", "Trang 3/9", "- Số hóa hồ sơ.", "BÁO CÁO MẬT SỐ 9"]
    paras = paragraphs.parse(lines)
    assert [p.kind for p in paras] == [paragraphs.ROMAN, paragraphs.NUMBERED, paragraphs.BULLET, paragraphs.NOISE, paragraphs.NOISE, paragraphs.BULLET, paragraphs.NOISE, paragraphs.NOISE,
                                       paragraphs.BULLET, paragraphs.NOISE]


def test_pdf_page_breaks_keep_a_paragraph_whole():
    lines = ["Kế hoạch thực hiện Nghị quyết 57", "1. Tổ chức quán triệt Nghị quyết đến cán bộ,", "đảng viên và",
             "người lao động trong toàn tỉnh,", "- 1 -", paragraphs.PAGE_BREAK, "Kế hoạch thực hiện Nghị quyết 57",
             "bảo đảm thống nhất", "về nhận thức.", "2. Xây dựng kế hoạch hằng năm", "của từng sở, ngành", "- 2 -",
             paragraphs.PAGE_BREAK, "Kế hoạch thực hiện Nghị quyết 57", "và địa phương.", "- 3 -"]
    paras = [p for p in paragraphs.parse(lines) if p.kind != paragraphs.NOISE]
    assert [(p.kind, p.text) for p in paras] == [
        (paragraphs.NUMBERED, "Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên và người lao động trong toàn tỉnh, bảo đảm "
                     "thống nhất về nhận thức."),
        (paragraphs.NUMBERED, "Xây dựng kế hoạch hằng năm của từng sở, ngành và địa phương.")]


def test_a_dash_wrapped_to_the_start_of_a_line_is_no_bullet():
    lines = ["1. Phát triển khoa học, công nghệ thúc đẩy tăng trưởng kinh tế", "- xã hội của tỉnh trong giai đoạn mới;",
             "- Xây dựng cơ sở dữ liệu dùng chung.", "Cơ quan chủ trì: Sở Khoa học và Công nghệ."]
    paras = paragraphs.parse(lines, layout=True)
    assert [(p.kind, p.text) for p in paras] == [
        (paragraphs.NUMBERED, "Phát triển khoa học, công nghệ thúc đẩy tăng trưởng kinh tế - xã hội của tỉnh trong giai đoạn "
                     "mới;"),
        (paragraphs.BULLET, "Xây dựng cơ sở dữ liệu dùng chung."), (paragraphs.LABEL, "Sở Khoa học và Công nghệ")]


def test_heading_run_together_with_its_body():
    assert paragraphs.split_run_together("I. QUAN ĐIỂM Khoa học, công nghệ là đột phá quan trọng hàng đầu") == \
        ["I. QUAN ĐIỂM", "Khoa học, công nghệ là đột phá quan trọng hàng đầu"]
    assert paragraphs.split_run_together("II- NHIỆM VỤ, GIẢI PHÁP 1. Nâng cao nhận thức về chuyển đổi số") == \
        ["II- NHIỆM VỤ, GIẢI PHÁP", "1. Nâng cao nhận thức về chuyển đổi số"]
    for whole in ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "UBND tỉnh ban hành kế hoạch này để thực hiện",
                  "1. Xây dựng Đề án phát triển hạ tầng số"):
        assert paragraphs.split_run_together(whole) == [whole]


def test_non_task_sub_sections_and_intro_paragraphs(tmp_path):
    text = ("I. QUAN ĐIỂM, MỤC TIÊU VÀ NHIỆM VỤ\n1. Quan điểm\n- Con người là trung tâm.\n2. Mục tiêu\n"
            "Đến năm 2030 có ít nhất 40 doanh nghiệp công nghệ số.\n3. Nhiệm vụ\nCác ngành thực hiện:\n"
            "- Xây dựng cơ sở dữ liệu đất đai.\n- Số hóa hồ sơ hộ tịch.\n")
    draft = read_text(tmp_path, text)
    assert [(t.ref, t.content) for t in draft.tasks] == [("3-1", "Xây dựng cơ sở dữ liệu đất đai."),
                                                         ("3-2", "Số hóa hồ sơ hộ tịch.")]
    assert draft.account.places == {"task": 2, "target": 0, "context": 7, "not_understood": 0}


def test_organisation_paragraphs_only_when_they_name_an_agency(tmp_path):
    text = ("II. NHIỆM VỤ\n1. Xây dựng đề án số hóa.\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Giao Sở Tài chính: bố trí kinh phí.\n2. Trưởng Tiểu ban: chỉ đạo chung.\n"
            "3. Công an tỉnh: bảo đảm an ninh mạng; - phòng chống tội phạm công nghệ cao.\n"
            "a) Ủy ban nhân dân các xã, phường: triển khai tại địa phương.\n")
    draft = read_text(tmp_path, text)
    assert [(t.ref, t.content, t.lead) for t in draft.tasks] == [
        ("1", "Xây dựng đề án số hóa.", ""),
        ("III.3-1", "Bảo đảm an ninh mạng", "Công an tỉnh"),
        ("III.3-2", "Phòng chống tội phạm công nghệ cao.", "Công an tỉnh"),
        ("III.a-1", "Triển khai tại địa phương.", "Ủy ban nhân dân các xã, phường")]


FIXTURES = {"dash": DASH_ITEMS, "party": PARTY_PROGRAMME, "brackets": BRACKETS,
            "orphan": "II. NHIỆM VỤ\nCơ quan chủ trì: Sở Nội vụ.\n1. Xây dựng đề án.\nCơ quan chủ trì: Sở Y tế.\n"}


@pytest.mark.parametrize("name", [*FIXTURES, "narrative reference", "appendix text reference"])
def test_every_paragraph_is_accounted_for(tmp_path, name):
    if name in FIXTURES:
        draft = read_text(tmp_path, FIXTURES[name])
        count = len(paragraphs.parse(FIXTURES[name].splitlines()))
    else:
        path = REFERENCE_DIR / ("ke-hoach-thai-binh-nq57-narrative.txt" if name.startswith("narrative")
                                else "tieu-ban-thai-binh-2025-phu-luc.txt")
        draft = plan_import.read_file(path)
        count = len(paragraphs.parse(path.read_text(encoding="utf-8").splitlines()))
    account = draft.account
    assert account.total == count and account.adds_up()
    assert account.places["not_understood"] == len(draft.problems)
    task_lines = {t.source_row for t in draft.tasks}
    assert account.places["task"] >= len(task_lines)
    if name == "orphan":
        assert account.places == {"task": 2, "target": 0, "context": 1, "not_understood": 1}
        assert [(p.row, p.text) for p in draft.problems] == [(2, "Cơ quan chủ trì: Sở Nội vụ.")]


def test_targets_under_muc_tieu_cu_the_without_a_year(tmp_path):
    text = ("II. MỤC TIÊU\n1. Mục tiêu chung\nĐưa khoa học, công nghệ thành động lực phát triển.\n2. Mục tiêu cụ thể\n"
            "a) Về khoa học, công nghệ\n- Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt 40%.\n"
            "- Hoàn thiện thể chế về đổi mới sáng tạo.\nb) Đến năm 2030\n- Kinh tế số chiếm trên 30% GRDP.\n"
            "III. NHIỆM VỤ\n1. Xây dựng đề án phát triển kinh tế số đạt 100% mục tiêu.\n")
    draft = read_text(tmp_path, text)
    assert [(t.milestone_year, t.group, t.comparator, t.target, t.unit) for t in draft.indicators] == [
        (None, "a) Về khoa học, công nghệ", "=", 40, "%"), (None, "a) Về khoa học, công nghệ", "", None, ""),
        (2030, "", ">", 30, "% GRDP")]
    assert [t.ref for t in draft.tasks] == ["1"]
    assert draft.account.places == {"task": 1, "target": 3, "context": 7, "not_understood": 0}


@pytest.mark.parametrize("name", ["dash", "party", "brackets"])
def test_every_form_reads_the_same_from_word(tmp_path, name):
    import docx

    text = FIXTURES[name]
    document = docx.Document()
    for line in text.splitlines():
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")  # Word's own bullets
        elif line.strip():
            document.add_paragraph(line)
    word = tmp_path / f"{name}.docx"
    document.save(word)
    from_word, from_text = plan_import.read_file(word), read_text(tmp_path, text)
    assert rows(from_word) == rows(from_text) and from_word.title == from_text.title
    assert from_word.account.adds_up() and from_word.problems == []
