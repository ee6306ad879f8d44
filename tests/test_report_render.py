"""The PDF reports read back with pdfplumber, for an agency with 100 and 300 tasks and a province
of 25 agencies: header positions, font names and sizes (Decree 30), the appendix set in 12 pt,
and a consolidated Phụ lục I whose every row adds up to its task count."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from report_samples import agency_report, province_report
from kh57desk.coordinator import consolidated_pdf
from kh57desk.domain import status as task_status
from kh57desk.reports import layout as page_layout
from kh57desk.reports.pdf_report import render_pdf

FONT = re.compile(r"\+(TimesNewRoman|LiberationSerif)")  # Times New Roman, or its metric twin where absent


@pytest.fixture(scope="module", params=[100, 300])
def agency_pdf(request):
    doc = agency_report(request.param)
    return doc, render_pdf(doc)


@pytest.fixture(scope="module")
def province_pdf():
    doc, data = province_report(25)
    return doc, data, consolidated_pdf.render(doc, data)


def _lines(page) -> list[dict]:
    """Text lines of a page with their box, the font of their first character and their size."""
    lines = []
    for line in page.extract_text_lines(return_chars=True):
        first = line["chars"][0]
        lines.append({"text": line["text"], "x0": line["x0"], "x1": line["x1"], "top": line["top"],
                      "bottom": line["bottom"], "font": first["fontname"], "size": round(first["size"], 1)})
    return lines


def _find(words, text) -> dict:
    """The run of words reading ``text``: its box, the font and size of its first word."""
    wanted = text.split()
    for start in range(len(words) - len(wanted) + 1):
        run = words[start:start + len(wanted)]
        if [w["text"] for w in run] == wanted:
            return {"text": text, "x0": run[0]["x0"], "x1": run[-1]["x1"], "top": min(w["top"] for w in run),
                    "bottom": max(w["bottom"] for w in run), "font": run[0]["fontname"],
                    "size": round(run[0]["size"], 1)}
    raise AssertionError(f"{text!r} not found")


def _style(font: str) -> str:
    assert FONT.search(font), f"not the report font: {font}"
    face = font.split("-", 1)[1] if "-" in font else ""
    return "bold_italic" if "BoldItalic" in face else "bold" if "Bold" in face else \
        "italic" if "Italic" in face else "regular"


def test_header_block_fonts_sizes_and_places(agency_pdf):
    doc, result = agency_pdf
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        page = pdf.pages[0]
        lines = page.extract_words(extra_attrs=["fontname", "size"])
        national = _find(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        motto = _find(lines, "Độc lập - Tự do - Hạnh phúc")
        agency = _find(lines, doc.agency.upper())
        number = _find(lines, f"Số: {doc.number}")
        date = _find(lines, "Thái Bình, ngày 20 tháng 6 năm 2025")
        doc_type = _find(lines, "BÁO CÁO")
        assert (national["size"], _style(national["font"])) == (page_layout.NATIONAL_TITLE_PT, "bold")
        assert (motto["size"], _style(motto["font"])) == (page_layout.MOTTO_PT, "bold")
        assert (agency["size"], _style(agency["font"])) == (page_layout.AGENCY_PT, "bold")
        assert (number["size"], date["size"], _style(date["font"])) == (page_layout.NUMBER_PT, page_layout.DATE_PT, "italic")
        assert (doc_type["size"], _style(doc_type["font"])) == (page_layout.DOC_TYPE_PT, "bold")
        middle = page.width / 2
        assert agency["x1"] < national["x0"] and agency["x1"] < middle + 20, "agency block on the left"
        assert national["top"] < motto["top"] < date["top"] and agency["top"] < number["top"]
        assert national["top"] == pytest.approx(_find(lines, "ỦY BAN")["top"], abs=1)
        header = [w for w in lines if w["top"] < number["top"]]
        left = [w for w in header if w["x1"] <= national["x0"] - 2]
        right = [w for w in header if w["x0"] >= national["x0"] - 1]
        assert len(left) + len(right) == len(header), "no header word straddles both blocks"
        for word in left:  # nothing overlaps: every pair of header words is apart
            for other in right:
                assert word["x1"] < other["x0"] or word["bottom"] <= other["top"] or other["bottom"] <= word["top"]
        assert page.width == pytest.approx(595.3, abs=0.5) and page.height == pytest.approx(841.9, abs=0.5)
        assert min(line["x0"] for line in lines) >= page_layout.MARGIN_LEFT_MM * 72 / 25.4 - 1


def test_appendix_pages_are_landscape_in_twelve_point_with_page_numbers(agency_pdf):
    doc, result = agency_pdf
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        appendix = [p for p in pdf.pages if p.width > p.height]
        assert len(appendix) >= len(doc.tasks) // 10
        refs_seen = set()
        for page in appendix:
            lines = _lines(page)
            number = min(lines, key=lambda line: line["top"])
            assert number["text"] == str(page.page_number) and number["size"] == page_layout.PAGE_NUMBER_PT
            cells = [c for c in page.chars if c["top"] > 100]
            sizes = {round(c["size"], 1) for c in cells}
            assert sizes <= {float(page_layout.TABLE_PT), float(page_layout.APPENDIX_TITLE_PT)}, sizes
            assert all(FONT.search(c["fontname"]) for c in page.chars)
            refs_seen |= set(re.findall(r"^\((\d+)\)", page.extract_text(), re.MULTILINE))
        assert {str(n) for n in range(1, len(doc.tasks) + 1)} <= refs_seen, "every task's TT is printed"


def test_signer_block_is_not_alone_and_the_stamp_field_is_there(agency_pdf):
    doc, result = agency_pdf
    page_index = result.signature_box[0]
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        page = pdf.pages[page_index]
        text = page.extract_text()
        assert doc.signer.name in text and "Nơi nhận:" in text
        body_lines = [line for line in _lines(page) if line["size"] == page_layout.BODY_PT and line["top"] < 200]
        assert page_index == 0 or body_lines, "some body text shares the signer's page"
        annots = [a for a in page.annots if a.get("data", {}).get("FT") and "Sig" in str(a["data"]["FT"])]
        assert annots, "the empty signature field"


def test_consolidated_rows_add_up_and_percentages_are_rounded_once(province_pdf):
    _doc, data, result = province_pdf
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        rows = [row for page in pdf.pages for table in page.extract_tables()
                for row in table if row and row[0] != "TT" and len(row) == len(consolidated_pdf.AGENCY_HEADERS)]
        chart_text = "\n".join(p.extract_text() for p in pdf.pages if "Biểu đồ" in (p.extract_text() or ""))
    names = [row[1].replace("\n", " ") for row in rows]
    assert names[:-1] == [a.agency for a in data.agencies] and names[-1] == "Tổng cộng"
    for row in rows:
        lead, *counts = (int(v) for v in row[2:2 + 1 + len(task_status.STATUSES)])
        assert sum(counts) == lead, row
    health = rows[names.index("Sở Y tế")]
    assert int(health[2]) == 19 and int(health[2 + 1 + task_status.STATUSES.index(task_status.ADJUSTMENT)]) >= 1
    rate = consolidated_pdf.AGENCY_HEADERS.index("Tỷ lệ hoàn thành (%)")
    assert health[rate] == f"{round(100 * data.agencies[names.index('Sở Y tế')].done / 19, 1):.1f}".replace(".", ",")
    total = rows[-1]
    assert int(total[2]) == sum(a.lead for a in data.agencies)
    assert re.fullmatch(r"\d+,\d", total[rate])
    assert int(total[-1]) == sum(a.related for a in data.agencies) > 0, "liên quan chung: a column of its own"
    leading = [a for a in data.agencies if a.lead]
    labels = re.findall(r"(\d+,\d)%", chart_text)
    assert len(labels) == len(leading), "one bar per agency leading a task, labelled to one decimal"


def test_consolidated_body_has_sections_one_to_four_and_reads_well(province_pdf):
    _doc, data, result = province_pdf
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages[:4])
    flat = " ".join(text.split())
    positions = [flat.index(h) for h in ("I. TÌNH HÌNH BÁO CÁO", "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
                                         "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT", "IV. NHIỆM VỤ TRỌNG TÂM QUÝ III")]
    assert positions == sorted(positions)
    assert "(nhiệm vụ (" not in flat and "Sở Y tế, nhiệm vụ (28): Thiếu nhân lực CNTT" in flat
    assert "Nhiệm vụ (41)" in flat and data.upcoming
    listed = flat[flat.index("Các cơ quan, đơn vị chưa báo cáo:"):].split(": ", 1)[1].split(". ")[0]
    assert listed == "; ".join(data.missing)


def test_a_page_starting_inside_a_long_task_names_it(agency_pdf):
    _doc, result = agency_pdf
    tt_right = (page_layout.MARGIN_LEFT_MM + page_layout.TASK_COLUMNS_MM[0]) * 72 / 25.4
    continued = 0
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        for page in (p for p in pdf.pages if p.width > p.height):
            words = [w for w in page.extract_words() if w["x1"] <= tt_right + 1 and w["top"] > 60]
            marks = [w for w in words if w["text"] == "(tiếp)"]
            numbers = [w for w in words if re.fullmatch(r"\(\d+\)", w["text"])]
            assert len(marks) <= 1, f"page {page.page_number}"
            if marks:
                continued += 1
                assert marks[0]["top"] - 20 <= min(w["top"] for w in numbers), "only on the page's first row"
    assert continued >= 1, "some long task runs over a page"


@pytest.fixture(scope="module")
def coordinator_consolidated(tmp_path_factory):
    """A coordinator's database with the real 98-task plan (23 agencies lead or coordinate), the
    consolidated report of quý II năm 2025 built from it."""
    import datetime as dt

    from plan_fixtures import appendix_xlsx

    from kh57desk.coordinator.consolidated_document import document
    from kh57desk.coordinator.consolidation import consolidate
    from kh57desk.domain.periods import parse_period
    from kh57desk.services import plan_import, settings, setup
    from kh57desk.workspace import open_workspace

    root = tmp_path_factory.mktemp("so-khcn")
    ws = open_workspace(root / "dữ liệu")
    with ws.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", signer_name="Trần Văn Dũng", signer_title="Giám đốc",
                         coordinator=True)
    appendix_xlsx(root / "ke-hoach.xlsx")
    with ws.db.transaction() as session:
        plan_import.apply(session, plan_import.read_file(root / "ke-hoach.xlsx"))
    with ws.db.reader() as session:
        data = consolidate(session, parse_period("2025-Q2"), dt.date(2025, 6, 20))
        doc = document(data, settings.load(session), "02/BC-SKHCN", dt.date(2025, 6, 23))
    ws.close()
    return doc, data, consolidated_pdf.render(doc, data)


def test_consolidated_from_a_real_database_adds_up_in_vietnamese_order(coordinator_consolidated):
    _doc, data, result = coordinator_consolidated
    assert len(data.agencies) >= 20
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        rows = [row for page in pdf.pages for table in page.extract_tables()
                for row in table if row and row[0] != "TT" and len(row) == len(consolidated_pdf.AGENCY_HEADERS)]
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages[:4])
    names = [" ".join(row[1].split()) for row in rows]
    assert names[-1] == "Tổng cộng" and names[:-1] == [a.agency for a in data.agencies]
    for row in rows:
        lead, *counts = (int(v) for v in row[2:2 + 1 + len(task_status.STATUSES)])
        assert sum(counts) == lead, row
    assert names.index("Ủy ban nhân dân thành phố Thái Bình") < names.index("Văn phòng Ủy ban nhân dân tỉnh")
    assert consolidated_pdf.AGENCY_HEADERS[-1] == "Liên quan chung"
    assert [int(row[-1]) for row in rows[:-1]] == [a.related for a in data.agencies]
    assert int(rows[-1][-1]) == sum(a.related for a in data.agencies) > 0
    assert "IV. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2025" in text and data.upcoming
