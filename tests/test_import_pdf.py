"""PDF plans: a text PDF of each reference plan imports the same tasks as its .txt/.docx; a scan
is recognised with Tesseract (vie) when installed and refused with a clear message otherwise;
an old .doc goes through LibreOffice when installed."""

import shutil
import subprocess

import pytest

from fixtures_reference import REFERENCE_DIR
from kh57desk.domain.text import clean
from kh57desk.errors import InputError
from kh57desk.importers import files, pdf_reader
from kh57desk.services import plan_import
from narrative_forms import BRACKETS, DASH_ITEMS, PARTY_PROGRAMME
from pdf_fixtures import appendix_pdf, narrative_pdf, scanned_pdf, text_pdf
from plan_fixtures import narrative_docx
from test_import_xlsx import as_expected, expected_row

NARRATIVE = REFERENCE_DIR / "ke-hoach-thai-binh-nq57-narrative.txt"


def rows(draft):
    return [(t.ref, t.group, clean(t.content), t.lead, t.coordinating, t.deadline_text(), t.product)
            for t in draft.tasks]


@pytest.fixture(scope="module")
def narrative(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "Kế hoạch 57 (bản PDF).pdf"
    pages = narrative_pdf(path)
    return path, pages


def test_narrative_pdf_imports_as_the_text_does(narrative):
    path, pages = narrative
    assert pages > 10
    draft, reference = plan_import.read_file(path), plan_import.read_file(NARRATIVE)
    assert len(draft.tasks) == 85 and rows(draft) == rows(reference)
    assert [t.source_row is not None for t in draft.tasks] == [True] * 85
    assert (draft.title, draft.schedule_text) == (reference.title, reference.schedule_text)
    assert draft.problems == [] and draft.account.adds_up() and draft.account.places["not_understood"] == 0
    assert not any("tỉnh Thái Bình" == clean(t.content)[-14:] for t in draft.tasks)  # the running footer is out


@pytest.mark.parametrize("name, text", [("dash", DASH_ITEMS), ("party", PARTY_PROGRAMME), ("brackets", BRACKETS)])
def test_every_form_reads_the_same_from_a_pdf(tmp_path, name, text):
    plain, pdf = tmp_path / f"{name}.txt", tmp_path / f"{name}.pdf"
    plain.write_text(text, encoding="utf-8")
    text_pdf(pdf, text)
    from_text, from_pdf = plan_import.read_file(plain), plan_import.read_file(pdf)
    assert rows(from_pdf) == rows(from_text) and len(from_pdf.tasks) > 5
    assert (from_pdf.title, from_pdf.number) == (from_text.title, from_text.number)
    assert [(t.milestone_year, t.comparator, t.target, t.unit) for t in from_pdf.indicators] == \
        [(t.milestone_year, t.comparator, t.target, t.unit) for t in from_text.indicators]
    assert from_pdf.account.adds_up() and from_pdf.problems == []


def test_narrative_pdf_and_docx_agree(tmp_path, narrative):
    word = tmp_path / "Kế hoạch 57.docx"
    narrative_docx(word)
    assert rows(plan_import.read_file(word)) == rows(plan_import.read_file(narrative[0]))


def test_appendix_pdf_matches_the_reference_row_by_row(tmp_path):
    path = tmp_path / "Phụ lục II (PDF).pdf"
    expected = appendix_pdf(path)
    draft = plan_import.read_file(path)
    assert draft.problems == [] and len(draft.tasks) == len(expected) == 98
    assert [as_expected(t) for t in draft.tasks] == [expected_row(r) for r in expected]
    assert draft.number == "75/QĐ-TBCĐ"
    account = draft.account
    assert account.adds_up() and account.places["task"] == 98 and account.sources["dòng bảng"] > 98


def test_a_scan_without_ocr_is_refused_with_what_to_do(tmp_path, monkeypatch):
    path = tmp_path / "bản quét.pdf"
    scanned_pdf(path)
    monkeypatch.setattr(pdf_reader, "ocr_available", lambda: False)
    with pytest.raises(InputError, match="bản quét.*không có lớp chữ.*tesseract-ocr-vie"):
        plan_import.read_file(path)


@pytest.mark.skipif(not pdf_reader.ocr_available(), reason="Tesseract with Vietnamese data is not installed")
def test_a_scan_is_recognised_with_tesseract(tmp_path):
    path = tmp_path / "bản quét.pdf"
    scanned_pdf(path)
    draft = plan_import.read_file(path)
    assert [(t.ref, clean(t.content), t.lead) for t in draft.tasks] == [
        ("1", "Xây dựng kế hoạch chuyển đổi số.", "Sở Khoa học và Công nghệ")]


def test_broken_and_fake_pdfs(tmp_path):
    broken = tmp_path / "hỏng.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(InputError, match="hỏng"):
        plan_import.read_file(broken)
    fake = tmp_path / "giả.pdf"
    fake.write_text("không phải PDF", encoding="utf-8")
    with pytest.raises(InputError, match="không phải tệp PDF thật"):
        plan_import.read_file(fake)


def _soffice_writer() -> bool:
    """LibreOffice with its Writer part (Debian splits it out: libreoffice-writer-nogui)."""
    if files.converter() is None:
        return False
    return shutil.which("dpkg") is None or subprocess.run(["dpkg", "-s", "libreoffice-writer-nogui"],
                                                          capture_output=True).returncode == 0


@pytest.mark.skipif(not _soffice_writer(), reason="LibreOffice Writer is not installed")
def test_an_old_doc_is_converted_with_libreoffice(tmp_path):
    word = tmp_path / "ke-hoach.docx"
    narrative_docx(word)
    subprocess.run([files.converter(), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path / "cu"), str(word)], check=True,
                   capture_output=True, timeout=180)
    old = tmp_path / "cu" / "ke-hoach.doc"
    assert old.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    draft = plan_import.read_file(old)
    assert draft.source_file == "ke-hoach.doc"
    assert rows(draft) == rows(plan_import.read_file(word))


def test_an_old_doc_without_libreoffice_keeps_the_message(tmp_path, monkeypatch):
    from plan_fixtures import ole_file

    monkeypatch.setattr(files, "converter", lambda: None)
    with pytest.raises(InputError, match="Word đời cũ \\(.doc\\).*lưu lại dưới dạng .docx"):
        plan_import.read_file(ole_file(tmp_path / "ke-hoach.doc", "WordDocument"))
