"""The user guide builds without Qt from its Markdown: the HTML the window shows (with the anchors
F1 opens), the printable PDF (its headings read back with pypdf), and the shipped copies are the
ones the sources give."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_guide  # noqa: E402
import guide_markdown as md  # noqa: E402

SCREEN_SECTIONS = ["khoi-dong-lan-dau", "tong-quan", "nhiem-vu", "chi-tieu", "bao-cao", "dong-bo", "cai-dat",
                   "cau-hoi-thuong-gap"]


def anchors(html: str) -> list[str]:
    return re.findall(r'<a name="([^"]+)"></a>', html)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("guide")
    guide = build_guide.build(out)
    return guide, out


def test_guide_has_a_section_per_screen_in_order(built):
    guide, out = built
    html = (out / build_guide.HTML_NAME).read_text(encoding="utf-8")
    found = anchors(html)
    assert [a for a in found if a in SCREEN_SECTIONS] == SCREEN_SECTIONS
    assert len(found) == len(set(found))
    # every link inside the guide points at an anchor that exists
    for target in re.findall(r'<a href="#([^"]+)"', html):
        assert target in found, target
    # every image is shipped beside the HTML, at most a dozen, each a small PNG
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert sources and len(set(sources)) <= 12
    for source in sources:
        assert (out / source).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert (out / source).stat().st_size < 300_000, source
    index = json.loads((out / build_guide.INDEX_NAME).read_text(encoding="utf-8"))
    assert index["title"] == "Hướng dẫn sử dụng kh57desk"
    assert {s["anchor"] for s in index["sections"] if s["level"] == 2} >= set(SCREEN_SECTIONS)
    assert "Thêm cập nhật mới" in html and "bổ sung sau báo cáo" in html and "Đánh dấu đã gửi" in html


def test_pdf_is_a4_with_the_headings_contents_and_outline(built):
    guide, out = built
    reader = PdfReader(out / build_guide.PDF_NAME)
    assert len(reader.pages) > 8
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for section in guide.sections:
        if section["level"] == 2:
            assert text.count(section["title"]) >= 2, section["title"]  # in the contents and as a heading
    assert "Đồng bộ với Sở Khoa học và Công nghệ" in text and "Trang 3" in text
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == [s["title"] for s in guide.sections if s["level"] == 2]
    fonts = {str(font) for page in reader.pages
             for font in (page["/Resources"].get_object().get("/Font") or {}).get_object().values()
             for font in [font.get_object()["/BaseFont"]]}
    assert fonts and all("LiberationSerif" in font for font in fonts)


def test_shipped_guide_is_built_from_its_sources(built):
    """After editing resources/guide/huong-dan.md or a docs/guide-*.md, run tools/build_guide.py."""
    _guide, out = built
    shipped = build_guide.GUIDE
    for name in (build_guide.HTML_NAME, build_guide.INDEX_NAME):
        assert (out / name).read_text(encoding="utf-8") == (shipped / name).read_text(encoding="utf-8"), (
            f"{name} is older than its sources: run python tools/build_guide.py")
    shipped_titles = [item.title for item in PdfReader(shipped / build_guide.PDF_NAME).outline
                      if not isinstance(item, list)]
    assert shipped_titles == [item.title for item in PdfReader(out / build_guide.PDF_NAME).outline
                              if not isinstance(item, list)]


def test_other_guides_are_included_with_their_images(tmp_path):
    source = tmp_path / "guide" / "huong-dan.md"
    (tmp_path / "guide" / "images").mkdir(parents=True)
    shutil.copy(build_guide.GUIDE / "images" / "ky-so.png", tmp_path / "guide" / "images" / "ky-so.png")
    source.write_text("# Hướng dẫn\n\nMở đầu.\n\n## Bắt đầu {#bat-dau}\n\n![Ký](images/ky-so.png)\n\n"
                      "<!-- chèn: docs/guide-*.md -->\n\n## Hỏi đáp {#hoi-dap}\n\nXem [nhập](#nhap-ke-hoach).\n\n"
                      "<!-- chèn: docs/guide-cuoi.md -->\n<!-- chèn: docs/guide-khong-co.md -->\n",
                      encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "anh").mkdir(parents=True)
    shutil.copy(build_guide.GUIDE / "images" / "chi-tieu.png", docs / "anh" / "chi-tieu-moi.png")
    (docs / "guide-import.md").write_text(
        "# Nhập kế hoạch\n\nĐọc tệp **PDF** hoặc `.xlsx` — xem [định dạng](package-format.md).\n\n"
        "## Giao nhiệm vụ\n\n1. Chọn tệp\n2. Xem trước\n   - nhiệm vụ thêm\n   - nhiệm vụ rút\n\n"
        "![Chỉ tiêu](anh/chi-tieu-moi.png)\n\n| Cột | Nghĩa |\n|---|---|\n| TT | số thứ tự |\n", encoding="utf-8")
    (docs / "guide-bao-cao.md").write_text("# Bắt đầu\n\nTrùng tên mục với hướng dẫn chính.\n", encoding="utf-8")
    (docs / "guide-cuoi.md").write_text("### Phần cuối\n\nĐặt đúng chỗ được gọi tên.\n", encoding="utf-8")
    out = tmp_path / "out"
    guide = build_guide.build(out, source, docs)
    order = [(s["anchor"], s["level"]) for s in guide.sections]
    assert order == [("bat-dau", 2), ("bat-dau-2", 2), ("nhap-ke-hoach", 2), ("giao-nhiem-vu", 3), ("hoi-dap", 2),
                     ("phan-cuoi", 2)]  # a file named in its own line goes there, and only there
    html = (out / "huong-dan.html").read_text(encoding="utf-8")
    assert (out / "images" / "chi-tieu-moi.png").is_file() and 'src="images/chi-tieu-moi.png"' in html
    assert "<b>PDF</b>" in html and "<code>.xlsx</code>" in html
    assert "định dạng" in html and "package-format.md" not in html  # links to source files become text
    assert '<a href="#nhap-ke-hoach">nhập</a>' in html
    assert "<ol><li>Chọn tệp</li><li>Xem trước<ul><li>nhiệm vụ thêm</li><li>nhiệm vụ rút</li></ul></li></ol>" in html
    assert "<th>Cột</th>" in html and "<td>số thứ tự</td>" in html
    text = "\n".join(page.extract_text() for page in PdfReader(out / "huong-dan.pdf").pages)
    assert "Giao nhiệm vụ" in text and "số thứ tự" in text


def test_markdown_is_never_html():
    blocks = md.parse("Chữ <b>thô</b> & <script>x</script> **đậm** *nghiêng* `mã` _gạch_\n")
    assert md.inline(blocks[0].text) == ("Chữ &lt;b&gt;thô&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt; <b>đậm</b> "
                                         "<i>nghiêng</i> <code>mã</code> <i>gạch</i>")
    assert md.inline("tên_tệp_mẫu.xlsx") == "tên_tệp_mẫu.xlsx"
    assert md.slug("Đồng bộ: gói nhiệm vụ (Sở KH&CN)") == "dong-bo-goi-nhiem-vu-so-kh-cn"


@pytest.mark.parametrize("text, message", [
    ("Không có tiêu đề\n", "đúng một tiêu đề cấp 1"),
    ("# A\n\n## B {#x}\n\n## C {#x}\n", "#x"),
    ("# A\n\n![ảnh](images/khong-co.png)\n", "Không thấy ảnh"),
])
def test_bad_sources_are_refused_with_a_vietnamese_line(tmp_path, text, message):
    source = tmp_path / "huong-dan.md"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(build_guide.GuideError, match=re.escape(message)):
        build_guide.build(tmp_path / "out", source, tmp_path / "docs", pdf=False)


def test_code_inside_a_list_item_stays_code():
    blocks = md.parse("- **Bằng lệnh:**\n\n  ```\n  kh57 assign III.1 --lead \"Sở Y tế\"\n    --group X\n  ```\n"
                      "- Trong cửa sổ\n\nĐoạn sau.\n")
    assert isinstance(blocks[0], md.ListBlock) and len(blocks[0].items) == 2
    code = blocks[0].items[0].children[0]
    assert code == md.Code('kh57 assign III.1 --lead "Sở Y tế"\n  --group X')
    assert blocks[0].items[0].text == "**Bằng lệnh:**" and blocks[1] == md.Paragraph("Đoạn sau.")
