"""The Excel reports printed as a user prints them: LibreOffice headless turns each workbook into a
PDF (.ci/run installs libreoffice-calc-nogui), read back with pdfplumber. Body text is at least
9.5 pt on paper, nothing overlaps in the header, and no page holds the signer's block alone;
for an agency with 100 and 300 tasks and a province of 25 agencies."""

from __future__ import annotations

import io
import itertools
import re

import pdfplumber
import pytest

from report_samples import agency_report, print_with_libreoffice, province_report, soffice
from kh57desk.coordinator import consolidated_xlsx
from kh57desk.reports.xlsx_report import render_xlsx

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice (libreoffice-calc-nogui) is not installed")
MIN_BODY_PT = 9.5
REPORT_FONT = ("LiberationSerif", "TimesNewRoman")  # the workbook's font as LibreOffice embeds it


def _printed(tmp_path_factory, name: str, data: bytes):
    folder = tmp_path_factory.mktemp(name)
    xlsx = folder / f"{name}.xlsx"
    xlsx.write_bytes(data)
    return pdfplumber.open(print_with_libreoffice(xlsx, folder))


@pytest.fixture(scope="module", params=["agency-100", "agency-300", "province-25"])
def printed(request, tmp_path_factory):
    kind, size = request.param.split("-")
    if kind == "agency":
        doc = agency_report(int(size))
        data = render_xlsx(doc)
    else:
        doc, figures = province_report(int(size))
        data = consolidated_xlsx.render(doc, figures)
    pdf = _printed(tmp_path_factory, request.param, data)
    yield doc, pdf
    pdf.close()


def _words(page):
    return page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)


def test_body_text_is_at_least_nine_and_a_half_points_on_paper(printed):
    _doc, pdf = printed
    sizes = [c["size"] for page in pdf.pages for c in page.chars if c["fontname"].split("+")[-1].startswith(REPORT_FONT)]
    assert sizes, "the report font is used"
    assert min(sizes) >= MIN_BODY_PT, f"smallest text on paper: {min(sizes):.1f} pt"
    landscape = [page for page in pdf.pages if page.width > page.height]
    assert landscape, "the appendix sheets print on landscape pages"
    for page in landscape:
        assert page.width == pytest.approx(841.9, abs=1) and page.height == pytest.approx(595.3, abs=1)


def test_nothing_overlaps_in_the_header(printed):
    doc, pdf = printed
    page = pdf.pages[0]
    words = [w for w in _words(page) if w["top"] < 200]
    text = " ".join(w["text"] for w in words)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", doc.agency.upper(),
                     f"Số: {doc.number}"):
        assert expected in text, expected
    for one, other in itertools.combinations(words, 2):
        apart = one["x1"] <= other["x0"] + 0.5 or other["x1"] <= one["x0"] + 0.5 or \
            one["bottom"] <= other["top"] + 0.5 or other["bottom"] <= one["top"] + 0.5
        assert apart, f"{one['text']!r} overlaps {other['text']!r}"
    motto = [w for w in words if w["text"] in ("Độc", "Hạnh")]
    title = [w for w in words if w["text"] in ("CỘNG", "NAM")]
    assert motto[0]["top"] > title[0]["bottom"], "the national title does not wrap onto the motto"
    agency_words = doc.agency.upper().split()
    agency_line = [w for w in words if w["text"] in agency_words]
    assert len({round(w["top"]) for w in agency_line}) == 1, "the agency name stays on one line"


def test_no_page_holds_only_the_signer_block(printed):
    doc, pdf = printed
    pages = [page for page in pdf.pages if doc.signer.name in (page.extract_text() or "")]
    assert pages, "the signer's name is printed"
    page = pages[0]
    words = _words(page)
    closing_top = min(w["top"] for w in words if w["text"] == "Nơi")
    above = [w for w in words if w["top"] < closing_top - 2 and not w["text"].isdigit()]
    assert above, f"page {page.page_number} holds only the signer's block"


def test_the_appendix_keeps_its_label_and_header_on_every_page(printed):
    _doc, pdf = printed
    landscape = [page for page in pdf.pages if page.width > page.height]
    labels = [page for page in landscape if "PHỤ LỤC I" in (page.extract_text() or "")]
    assert labels, "PHỤ LỤC I is printed"
    first = landscape.index(labels[0])
    assert "TT" in labels[0].extract_text().split()
    for page in landscape[first + 1:]:
        text = page.extract_text() or ""
        if "PHỤ LỤC" in text or "Biểu đồ" in text:
            break  # the next appendix or the chart
        assert "TT" in text.split(), f"page {page.page_number} repeats the table header"


def test_a_group_heading_never_ends_a_page(printed):
    doc, pdf = printed
    groups = {t.group for t in getattr(doc, "tasks", [])}
    if not groups:
        pytest.skip("the consolidated report has no task groups")
    for page in pdf.pages:
        if page.width > page.height:
            lines = [line for line in (page.extract_text() or "").splitlines() if line.strip()]
            assert lines and lines[-1].strip() not in groups, f"page {page.page_number} ends with a group heading"


def test_the_excel_chart_takes_a_page_per_twenty_five_agencies(tmp_path_factory):
    import dataclasses

    doc, data = province_report(25)
    data.agencies = data.agencies + [dataclasses.replace(a, agency=f"{a.agency} (2)") for a in data.agencies]
    workbook = consolidated_xlsx.render(doc, data)
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(workbook))["Biểu đồ"]
    leading = len(data.leading)
    assert len(sheet._charts) == -(-leading // consolidated_xlsx.CHART_AGENCIES_PER_PAGE) >= 2
    pdf = _printed(tmp_path_factory, "province-50", workbook)
    chart_pages = [p for p in pdf.pages if "Tỷ lệ nhiệm vụ chủ trì đã hoàn thành" in (p.extract_text() or "")]
    labelled = sum(len(re.findall(r"\d+\.\d", p.extract_text())) for p in chart_pages)
    pdf.close()
    assert len(chart_pages) == len(sheet._charts) and labelled >= leading, "every bar on a printed page, labelled"
