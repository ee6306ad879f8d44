"""The PDF report read back with pypdf: header, sections, every task row, page numbers, margins,
landscape appendices, embedded fonts, the signature box, and Vietnamese text exactly as typed."""

from __future__ import annotations

import shutil

import pytest
from pypdf.generic import NameObject
from reportlab.lib.pagesizes import A4

from kh57desk.reports import fonts as report_fonts
from kh57desk.reports import layout as page_layout
from kh57desk.services import report_register
from tests.test_report_support import (LONG_LINES, Q2, TODAY, TRICKY_RESULTS, flat, generate_one, page_texts,
                                       pdf_reader, positioned_text, reported)  # noqa: F401 - fixture

MM = 72 / 25.4


@pytest.fixture
def report(reported):
    return generate_one(reported, "pdf")


def test_first_page_header_blocks_and_title(report):
    info, path, _ = report
    first = page_texts(path)[0]
    lines = [line.strip() for line in first.splitlines()]
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỞ NỘI VỤ",
                     "Số: 01/BC-SNV", "Thái Bình, ngày 20 tháng 6 năm 2025", "BÁO CÁO"):
        assert expected in lines, expected
    assert "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH" in flat(first)
    assert ("Kết quả thực hiện Kế hoạch hoạt động năm 2025 của Tiểu Ban Khoa học, công nghệ, đổi mới sáng tạo "
            "và chuyển đổi số tỉnh Thái Bình, quý II năm 2025") in flat(first)
    assert info.number == "01/BC-SNV" and info.font_family == "LiberationSerif"


def test_header_blocks_sit_side_by_side_on_the_same_lines(report):
    _, path, _ = report
    runs = positioned_text(pdf_reader(path).pages[0])
    y = {text: (x, y) for text, x, y in runs}
    national, superior = y["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], y["ỦY BAN NHÂN DÂN"]
    number, date = y["Số: 01/BC-SNV"], y["Thái Bình, ngày 20 tháng 6 năm 2025"]
    assert abs(national[1] - superior[1]) < 0.5  # first lines of both blocks on one baseline
    assert abs(number[1] - date[1]) < 0.5  # number and place/date on one line
    assert superior[0] < national[0] and number[0] < date[0]
    assert y["BÁO CÁO"][1] < date[1]


def test_sections_in_order_with_user_paragraphs_first(reported):
    with reported.db.transaction() as session:
        draft = report_register.load_draft(session, Q2)
        draft.results_text = "Lãnh đạo Sở đã quán triệt Nghị quyết 57-NQ/TW tới toàn thể công chức."
        draft.next_period_text = "Tập trung hoàn thành các nhiệm vụ chậm tiến độ."
        report_register.save_draft(session, draft)
        info = report_register.generate(reported, session, Q2, ("pdf",), today=TODAY)
    text = flat(" ".join(page_texts(info.file("pdf").path)))
    order = ["Thực hiện Kế hoạch hoạt động năm 2025", "I. KẾT QUẢ THỰC HIỆN", "Lãnh đạo Sở đã quán triệt",
             "1. Tình hình chung", "Thời gian chốt số liệu báo cáo: từ ngày 15/03/2025 đến ngày 14/06/2025",
             "2. Kết quả nổi bật theo nhóm nhiệm vụ", "II. KHÓ KHĂN, VƯỚNG MẮC",
             "Thiếu nhân lực chuyên trách về chuyển đổi số", "III. ĐỀ XUẤT, KIẾN NGHỊ",
             "Đề nghị điều chỉnh/dừng thực hiện nhiệm vụ (8)", "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI",
             "Tập trung hoàn thành các nhiệm vụ chậm tiến độ", "Trong quý III năm 2025, Sở Nội vụ",
             "Trên đây là báo cáo kết quả thực hiện", "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An",
             "PHỤ LỤC I", "PHỤ LỤC II"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, [p for p, i in zip(order, positions) if i == -1]
    assert positions == sorted(positions)
    assert "- Sở Khoa học và Công nghệ (để tổng hợp); - Lưu: VT." in text


def test_status_counts_in_the_body_match_the_task_list(report, reported):
    _, path, rows = report
    rows = [r for r in rows if r.role in ("lead", "coordinate")]  # not the tasks only "đơn vị liên quan" names
    text = flat(" ".join(page_texts(path)[:4]))
    done = sum(1 for r in rows if r.status == "done_on_time")
    overdue = [r for r in rows if r.status == "overdue"]
    assert f"Hoàn thành đúng hạn: {done} nhiệm vụ" in text
    lead = sum(1 for r in overdue if r.role == "lead")
    assert f"Quá hạn, chưa hoàn thành: {len(overdue)} nhiệm vụ (chủ trì {lead}, phối hợp {len(overdue) - lead})" \
        in text
    assert "Tổng số nhiệm vụ Sở Nội vụ được giao tại" in text and "64 nhiệm vụ, trong đó chủ trì 11" in text
    # tasks given by name and through a group, counted apart (issue 13)
    from sqlalchemy import select

    from kh57desk.db.models import Task
    with reported.db.reader() as session:
        reasons = dict(session.execute(select(Task.id, Task.role_reason)).all())
    named = sum(1 for r in rows if reasons[r.id].startswith("Được giao"))
    assert (named, len(rows) - named) == (5, 59)
    assert "được giao đích danh 5 nhiệm vụ, theo nhóm cơ quan 59 nhiệm vụ." in text


def test_every_task_row_is_in_the_appendix_and_the_long_task_is_whole(report):
    _, path, rows = report
    reader = pdf_reader(path)
    appendix = [i for i, page in enumerate(reader.pages) if page.mediabox.width > page.mediabox.height]
    assert appendix and appendix == list(range(appendix[0], len(reader.pages)))
    texts = [reader.pages[i].extract_text() for i in appendix]
    joined = flat(" ".join(texts))
    rows = [r for r in rows if r.role in ("lead", "coordinate")]
    assert len(rows) == 64
    for row in rows:
        assert row.ref in joined
        if row.ref != "(10)":
            assert " ".join(row.content.split()[:6]) in joined, row.ref
    for line in LONG_LINES:  # the 40-line task: every line, none lost at a page break
        assert line in joined
    first = next(i for i, t in enumerate(texts) if LONG_LINES[0] in t)
    last = next(i for i, t in enumerate(texts) if LONG_LINES[-1] in t)
    assert last > first  # taller than a page: it flowed over a page break inside the row
    task_pages = texts[:next(i for i, t in enumerate(texts) if "PHỤ LỤC II" in t)]
    assert len(task_pages) >= 10
    for text in task_pages:  # the header row is repeated on each page of the task table
        assert "Nội dung nhiệm vụ" in text and "Tình trạng" in text
    assert "Hoàn thành đúng hạn (25/03/2025)" in joined
    assert "Kế hoạch số 45/KH-SNV ngày 20/03/2025" in joined
    assert "Khó khăn: Thiếu nhân lực chuyên trách về chuyển đổi số" in joined


def test_vietnamese_and_markup_like_text_comes_out_exactly(report):
    _, path, _ = report
    joined = flat(" ".join(page_texts(path)))
    for text in TRICKY_RESULTS.values():
        assert text in joined, text
    assert "Đã ban hành Kế hoạch phát động phong trào thi đua chuyển đổi số" in joined


def test_targets_appendix(report):
    _, path, _ = report
    texts = page_texts(path)
    start = next(i for i, t in enumerate(texts) if "PHỤ LỤC II" in t)
    joined = flat(" ".join(texts[start:]))
    assert "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ II NĂM 2025" in joined
    assert "Tỷ lệ phủ sóng 5G trên địa bàn ≥ 60%" in joined and "62,5% Theo số liệu của nhà mạng" in joined
    assert "Đạt" in joined and "Chưa đạt" in joined and "3.150" in joined


def test_page_numbers_from_page_two_centred_in_the_top_margin(report):
    _, path, _ = report
    reader = pdf_reader(path)
    assert len(reader.pages) >= 5
    for index, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        top = [(t, x, y) for t, x, y in positioned_text(page) if y > height - page_layout.MARGIN_TOP_MM * MM]
        if index == 0:
            assert top == []
            continue
        assert [t for t, _, _ in top] == [str(index + 1)]
        _, x, _ = top[0]
        centre = (page_layout.MARGIN_LEFT_MM * MM + width - page_layout.MARGIN_RIGHT_MM * MM) / 2
        assert abs(x + 3.5 * len(top[0][0]) - centre) < 8


def test_a4_pages_and_text_inside_the_margins(report):
    _, path, _ = report
    reader = pdf_reader(path)
    first = reader.pages[0]
    assert (round(float(first.mediabox.width), 1), round(float(first.mediabox.height), 1)) == \
        (round(A4[0], 1), round(A4[1], 1))
    for page in reader.pages[:3]:
        for text, x, y in positioned_text(page):
            assert x >= page_layout.MARGIN_LEFT_MM * MM - 1, (text, x)
            assert y >= page_layout.MARGIN_BOTTOM_MM * MM - 1, (text, y)


def test_fonts_are_embedded_truetype(report):
    _, path, _ = report
    reader = pdf_reader(path)
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert NameObject("/FontFile2") in descriptor, font["/BaseFont"]
    assert seen and all("LiberationSerif" in name for name in seen)
    assert any(name.endswith("LiberationSerif-Bold") for name in seen)
    assert any(name.endswith("LiberationSerif-Italic") for name in seen)


def test_signature_box_lies_between_the_title_and_the_name(report):
    info, path, _ = report
    page_index, x1, y1, x2, y2 = info.file("pdf").signature_box
    page = pdf_reader(path).pages[page_index]
    runs = {t: (x, y) for t, x, y in positioned_text(page)}
    assert runs["PHÓ GIÁM ĐỐC"][1] > y2 and runs["Nguyễn Văn An"][1] < y1
    assert y2 - y1 == pytest.approx(page_layout.SIGNATURE_SPACE_MM * MM, abs=0.1)
    assert x1 > float(page.mediabox.width) / 2 - 40 and x2 <= float(page.mediabox.width) - page_layout.MARGIN_RIGHT_MM * MM
    assert x1 < runs["Nguyễn Văn An"][0] < x2


def test_times_new_roman_is_used_when_installed(tmp_path):
    folder = tmp_path / "Fonts"
    folder.mkdir()
    for style, name in (("regular", "times.ttf"), ("bold", "timesbd.ttf"), ("italic", "timesi.ttf"),
                        ("bold_italic", "timesbi.ttf")):
        shutil.copy(report_fonts.shipped_files()[style], folder / name)
    found = report_fonts.find_times_new_roman([tmp_path / "missing", tmp_path])
    assert found == {"regular": folder / "times.ttf", "bold": folder / "timesbd.ttf",
                     "italic": folder / "timesi.ttf", "bold_italic": folder / "timesbi.ttf"}
    chosen = report_fonts.report_fonts([tmp_path])
    assert (chosen.family, chosen.is_times, chosen.bold) == ("TimesNewRoman", True, "TimesNewRoman-bold")


def test_without_times_new_roman_the_shipped_font_is_used(tmp_path):
    (tmp_path / "times.ttf").write_bytes(b"only one face")
    assert report_fonts.find_times_new_roman([tmp_path]) is None
    chosen = report_fonts.report_fonts([tmp_path])
    assert (chosen.family, chosen.is_times) == ("LiberationSerif", False)
    assert all(path.exists() for path in chosen.files.values())
    licence = report_fonts.shipped_files()["regular"].parent / "LICENSE-LiberationFonts.txt"
    assert "SIL Open Font License" in licence.read_text(encoding="utf-8")


def test_a_report_without_tasks_or_targets(reported):
    import dataclasses
    import io

    from pypdf import PdfReader

    from kh57desk.reports.pdf_report import render_pdf
    from kh57desk.services import report_data

    with reported.db.reader() as session:
        draft = report_register.load_draft(session, Q2)
        doc = report_data.build_document(session, Q2, draft, number="01/BC-SNV", day=TODAY, today=TODAY)
    result = render_pdf(dataclasses.replace(doc, tasks=[], targets=[]))
    text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(result.data)).pages))
    assert "PHỤ LỤC I" in text and "Không có nhiệm vụ nào trong kỳ báo cáo." in text
    assert "PHỤ LỤC II" not in text and result.signature_box[0] < result.pages - 1
