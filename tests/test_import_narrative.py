"""The plan's own text: numbered tasks closed by a "Cơ quan chủ trì" line, section groups, targets."""

import unicodedata
from collections import Counter

import pytest

from fixtures_reference import REFERENCE_DIR
from kh57desk.domain.text import clean
from kh57desk.importers import narrative, paragraphs
from kh57desk.services import plan_import, setup

NARRATIVE = REFERENCE_DIR / "ke-hoach-thai-binh-nq57-narrative.txt"
REFERENCE_LINES = NARRATIVE.read_text(encoding="utf-8").splitlines()
SECTION_COUNTS = {"1": 12, "2": 16, "3": 11, "4": 5, "5": 6, "6": 4, "7": 14, "8": 3, "9": 4, "10": 3, "11": 4,
                  "12": 3}


def read(text: str):
    return narrative.read_paragraphs(paragraphs.parse(text.splitlines()))


@pytest.fixture(scope="module")
def draft():
    return plan_import.read_file(NARRATIVE)


def test_counts_per_section(draft):
    sections = Counter(t.group.split(".", 1)[0] for t in draft.tasks)
    assert dict(sections) == SECTION_COUNTS
    assert len(draft.tasks) == 85 and draft.problems == []
    assert sum(1 for t in draft.tasks if t.lead) == 82  # one per "Cơ quan chủ trì"/"Cơ quan đầu mối" line
    assert [t.ref for t in draft.tasks if not t.lead] == ["12.1", "12.2", "12.3"]


def test_sample_tasks_verbatim(draft):
    by_ref = {t.ref: t for t in draft.tasks}
    first = by_ref["1.1"]
    assert clean(first.content) == (
        "Ban Chỉ đạo của Ủy ban nhân dân tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số "
        "và triển khai Đề án 06 của tỉnh (Ban Chỉ đạo của Ủy ban nhân dân tỉnh) ban hành và chỉ đạo triển khai "
        "thực hiện quy chế, kế hoạch công tác; trực tiếp chỉ đạo triển khai các nội dung về việc thực hiện Nghị "
        "quyết số 57-NQ/TW, Nghị quyết số 71/NQ-CP, Kế hoạch hành động số 376-KH/TU, Kế hoạch của Ủy ban nhân dân "
        "tỉnh và các văn bản khác liên quan.")
    assert first.lead == "Sở Khoa học và Công nghệ"  # from "Cơ quan chủ trì tham mưu:"
    assert first.group == ("1. Công tác lãnh đạo, chỉ đạo và nâng cao nhận thức, quyết tâm chính trị, thông tin, "
                           "truyền thông")
    assert by_ref["1.3"].lead == "Sở Khoa học và Công nghệ, Sở Nội vụ, Công an tỉnh"
    bullet = by_ref["1.5-5"]
    assert clean(bullet.content) == ("Phát động phong trào thi đua học tập, lao động sáng tạo, phát huy sáng kiến, "
                                     "cải tiến kỹ thuật trong doanh nghiệp và các tổ chức, cơ quan, đơn vị trên "
                                     "địa bàn tỉnh.")
    assert bullet.lead == "Sở Nội vụ"
    assert bullet.group.endswith(" › 1.5. Đẩy mạnh truyền thông về khoa học, công nghệ, đổi mới sáng tạo và "
                                 "chuyển đổi số trên các phương tiện thông tin đại chúng")
    assert by_ref["5.6"].lead == "Trường Đại học Y - Dược Thái Bình"  # "Cơ quan đầu mối:"
    assert by_ref["2.7"].lead == "Trường Đại học Thái Bình, Trường Đại học Y - Dược Thái Bình"
    # 8.1: a numbered task with ten bullets and one closing line is one task
    assert by_ref["8.1"].content.count("\n- ") == 10
    assert clean(by_ref["8.1"].content).endswith("Khuyến khích xã hội hóa, hợp tác công - tư trong phát triển hạ "
                                                 "tầng số.")
    # 6.2: the numbered line and the paragraph under it
    assert clean(by_ref["6.2"].content).startswith("Hình thành và phát triển trung tâm khởi nghiệp, đổi mới sáng tạo, "
                                                   "trung tâm nghiên cứu và phát triển của tỉnh Xây dựng hoặc nâng cấp")
    # 11.2-1: a bullet and the paragraph after it, closed by a line without a final stop
    second = REFERENCE_LINES[212].strip()  # the paragraph after the bullet, line 213
    assert second.startswith("Tăng cường tham gia các sự kiện, hội chợ công nghệ toàn cầu")
    assert by_ref["11.2-1"].content == REFERENCE_LINES[211].strip()[2:] + "\n" + second
    # 12.3 has no closing line; the parenthesised note after it is not part of it
    assert "Chi tiết các chỉ tiêu" not in by_ref["12.3"].content
    assert by_ref["1.1"].source_row == 13  # its line in the file


def test_plan_details(draft):
    assert draft.title.startswith("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024")
    assert draft.number == ""
    assert draft.schedule_text == ("Các sở, ban, ngành, đơn vị và địa phương định kỳ hằng tháng, 3 tháng, 6 tháng, "
                                   "1 năm báo cáo kết quả thực hiện Kế hoạch gửi về Sở Khoa học và Công nghệ để "
                                   "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và cơ quan có thẩm quyền. Thực hiện "
                                   "nghiêm chế độ thông tin, báo cáo theo đúng quy định.")


def test_scope_for_so_noi_vu_shows_why_each_task_is_kept(workspace, draft):
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Nội vụ")
        preview = plan_import.preview(session, draft)
    reasons = Counter(c.reason for c in preview.added)
    assert reasons["Được giao chủ trì"] == 4  # 1.3, 1.5-5, 2.10, 7.8-1
    assert reasons['Thuộc nhóm "Các sở, ban, ngành, đơn vị, địa phương"'] == 25
    assert reasons['Thuộc nhóm "Các cơ quan, đơn vị, địa phương có tổ chức khoa học và công nghệ công lập"'] == 1
    assert {c.ref for c in preview.added if c.reason == "Được giao chủ trì"} == {"1.3", "1.5-5", "2.10", "7.8-1"}
    # 12.x are given to no one: kept (with no role) so that an agency can adopt them (issue 13)
    assert reasons["Chưa phân công: có thể nhận thực hiện"] == 3
    assert len(preview.added) == 33 and len(preview.skipped) == 52
    assert [(c.ref, c.role) for c in preview.unassigned] == [("12.1", ""), ("12.2", ""), ("12.3", "")]
    assert preview.unknown_agencies == []


LABEL_VARIANTS = """II. NHIỆM VỤ TRỌNG TÂM
1. Nhiệm vụ chung
1.1. Xây dựng kế hoạch chuyển đổi số năm 2025.
Cơ quan chủ trì: Sở Khoa học và Công nghệ.
Cơ quan phối hợp: Sở Nội vụ, Sở Tài chính.
Thời gian hoàn thành: Quý II/2025.
1.2. Tham mưu cơ chế tài chính cho đổi mới sáng tạo.
Cơ quan chủ trì tham mưu: Sở Tài chính.
1.3. Tổ chức diễn đàn khởi nghiệp.
Cơ quan đầu mối: Sở Công Thương; cơ quan phối hợp: Sở Khoa học và Công nghệ; thời gian hoàn thành: Tháng 10/2025.
1.4. Các nhiệm vụ về dữ liệu
- Công bố danh mục cơ sở dữ liệu dùng chung.
Đơn vị chủ trì: Văn phòng Ủy ban nhân dân tỉnh.
- Xây dựng kho dữ liệu mở.
Đơn vị chủ trì tham mưu: Sở Khoa học và Công nghệ.
Sản phẩm: Kho dữ liệu mở của tỉnh.
2. Nhiệm vụ khác
a) Rà soát thủ tục hành chính.
Cơ quan chủ trì: Sở Tư pháp.
b) Tổng kết, đánh giá.
III. TỔ CHỨC THỰC HIỆN
1. Các sở báo cáo định kỳ hằng quý.
"""


def test_label_variants_bullets_letters_and_extra_lines():
    result = read(LABEL_VARIANTS)
    rows = [(t.ref, clean(t.content), t.lead, t.coordinating, t.deadline, t.product, t.group) for t in result.tasks]
    assert rows == [
        ("1.1", "Xây dựng kế hoạch chuyển đổi số năm 2025.", "Sở Khoa học và Công nghệ", "Sở Nội vụ, Sở Tài chính",
         "Quý II/2025", "", "1. Nhiệm vụ chung"),
        ("1.2", "Tham mưu cơ chế tài chính cho đổi mới sáng tạo.", "Sở Tài chính", "", "", "", "1. Nhiệm vụ chung"),
        ("1.3", "Tổ chức diễn đàn khởi nghiệp.", "Sở Công Thương", "Sở Khoa học và Công nghệ", "Tháng 10/2025", "",
         "1. Nhiệm vụ chung"),
        ("1.4-1", "Công bố danh mục cơ sở dữ liệu dùng chung.", "Văn phòng Ủy ban nhân dân tỉnh", "", "", "",
         "1. Nhiệm vụ chung › 1.4. Các nhiệm vụ về dữ liệu"),
        ("1.4-2", "Xây dựng kho dữ liệu mở.", "Sở Khoa học và Công nghệ", "", "", "Kho dữ liệu mở của tỉnh",
         "1. Nhiệm vụ chung › 1.4. Các nhiệm vụ về dữ liệu"),
        ("2.a", "Rà soát thủ tục hành chính.", "Sở Tư pháp", "", "", "", "2. Nhiệm vụ khác"),
        ("2.b", "Tổng kết, đánh giá.", "", "", "", "", "2. Nhiệm vụ khác"),
    ]
    assert result.problems == []
    assert result.schedule_text == "Các sở báo cáo định kỳ hằng quý."


def test_text_without_any_agency_line_imports_numbered_tasks_to_assign(workspace):
    text = ("I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. Xây dựng kế hoạch số hóa hồ sơ.\n"
            "2. Tập huấn kỹ năng số cho cán bộ.\nIII. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Nội vụ theo dõi.\n")
    result = read(text)
    assert [(t.ref, t.content, t.lead) for t in result.tasks] == [
        ("1", "Xây dựng kế hoạch số hóa hồ sơ.", ""), ("2", "Tập huấn kỹ năng số cho cán bộ.", "")]
    with workspace.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True)
        draft = plan_import.PlanDraft(tasks=result.tasks, title="Kế hoạch số hóa")
        preview = plan_import.preview(session, draft)
    assert [c.ref for c in preview.unassigned] == ["1", "2"]
    assert preview.unassigned[0].reason == "Chưa có cơ quan chủ trì: cần phân công"


def test_a_closing_line_with_no_task_text_is_reported():
    result = read("II. NHIỆM VỤ\nCơ quan chủ trì: Sở Nội vụ.\n1. Xây dựng đề án.\nCơ quan chủ trì: Sở Y tế.\n")
    assert [(t.ref, t.lead) for t in result.tasks] == [("1", "Sở Y tế")]
    assert [(p.row, p.text) for p in result.problems] == [(2, "Cơ quan chủ trì: Sở Nội vụ.")]
    assert "không đi sau nội dung nhiệm vụ nào" in result.problems[0].reason


def test_text_extracted_from_a_pdf_is_joined_back():
    """The decision of the reference appendix, as extracted from its PDF (lines broken mid-sentence)."""
    draft = plan_import.read_file(REFERENCE_DIR / "tieu-ban-thai-binh-2025-phu-luc.txt")
    rows = [(t.ref, clean(t.content), t.lead) for t in draft.tasks]
    assert rows[2:] == [
        ("3.a", "Tổ chức các phiên họp toàn thể của Ban Chỉ đạo theo Quy chế hoạt động.", "Sở Khoa học và Công nghệ"),
        ("3.b", "Phổ biến, tuyên truyền về tình hình triển khai, định hướng phát triển khoa học, công nghệ, đổi mới "
                "sáng tạo và chuyển đổi số.", "Sở Khoa học và Công nghệ"),
        ("3.c", "Theo dõi, đôn đốc, kiểm tra tình hình triển khai thực hiện Kế hoạch.", "Sở Khoa học và Công nghệ"),
        ("3.d", "Tổng kết hoạt động năm 2025 và xây dựng Kế hoạch hoạt động năm 2026 của Tiểu Ban.",
         "Sở Khoa học và Công nghệ"),
    ]
    assert [r[0] for r in rows[:2]] == ["1", "2"] and rows[0][1].startswith("Tiểu Ban chỉ đạo, tổ chức triển khai")
    assert all(t.group == "3. Các hoạt động khác" for t in draft.tasks[2:])
    assert draft.schedule_text.startswith("Báo cáo định kỳ (01 tháng/01 lần) theo lĩnh vực, nhiệm vụ được phân công.")


TARGETS = """II. MỤC TIÊU
1. Mục tiêu chung
Đưa khoa học, công nghệ thành động lực phát triển.
2. Mục tiêu cụ thể
2.1. Đến hết năm 2025
a) Phát triển hạ tầng
- Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%.
- Hoàn thiện hạ tầng số đồng bộ.
b) Phát triển doanh nghiệp
- Có ≥ 30 doanh nghiệp khoa học và công nghệ trên địa bàn.
- Mỗi năm có ≥ 20 nhiệm vụ khoa học và công nghệ cấp tỉnh được nghiệm thu.
2.2. Đến hết năm 2030
- Quy mô kinh tế số đạt 30% GRDP.
- Chỉ số chuyển đổi số cấp tỉnh ≥ 0,75.
- Có 15 - 20 trung tâm đổi mới sáng tạo.
- Có ≥ 3.000 cán bộ được đào tạo về chuyển đổi số.
III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Phát triển hạ tầng số, phấn đấu phủ sóng đạt 100%.
Cơ quan chủ trì: Sở Khoa học và Công nghệ.
"""


def test_targets_under_milestones_become_indicators(tmp_path):
    path = tmp_path / "kế hoạch có chỉ tiêu.txt"
    path.write_text(TARGETS, encoding="utf-8")
    draft = plan_import.read_file(path)
    assert [(t.milestone_year, t.group, t.comparator, t.target, t.target_high, t.unit, t.per_year)
            for t in draft.indicators] == [
        (2025, "a) Phát triển hạ tầng", ">=", 60, None, "%", False),
        (2025, "a) Phát triển hạ tầng", "", None, None, "", False),
        (2025, "b) Phát triển doanh nghiệp", ">=", 30, None, "doanh nghiệp", False),
        (2025, "b) Phát triển doanh nghiệp", ">=", 20, None, "nhiệm vụ", True),
        (2030, "", "=", 30, None, "% GRDP", False),
        (2030, "", ">=", 0.75, None, "", False),
        (2030, "", "range", 15, 20, "trung tâm", False),
        (2030, "", ">=", 3000, None, "cán bộ", False),
    ]
    assert [t.ref for t in draft.tasks] == ["1"]  # the task section is not read as targets, nor the reverse


def _cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese office PCs write it: letters precomposed where the code
    page has them (ơ, ư, â…), tone marks as combining characters."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
        out += (letter + "".join(tones)).encode("cp1258")
    return out


def test_text_files_in_other_encodings(tmp_path):
    text = "II. NHIỆM VỤ\n1. Số hóa hồ sơ lưu trữ.\nCơ quan chủ trì: Sở Nội vụ.\n"
    for encoding, data in (("utf-8-sig", text.encode("utf-8-sig")), ("utf-16", text.encode("utf-16")),
                           ("cp1258", _cp1258(text))):
        path = tmp_path / f"ke-hoach-{encoding}.txt"
        path.write_bytes(data)
        draft = plan_import.read_file(path)
        assert [(t.content, t.lead) for t in draft.tasks] == [("Số hóa hồ sơ lưu trữ.", "Sở Nội vụ")], encoding
