"""The visible signature per Decree 30, read back from the signed PDF: the report carries an empty
signature field in the signer's block, so signing the file by its path lands there; the
information text is 10 pt Times New Roman (or Liberation Serif), never scaled, with the time in
+07:00; the seal prints at its real size (image DPI, else the size set in Cài đặt) over the left
third of the signature."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess

import pdfplumber
import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream

import pki
from report_samples import agency_report
from kh57desk.reports.pdf_report import SIGNATURE_FIELD, render_pdf
from kh57desk.signing import keys, stamp
from kh57desk.signing.pdf import empty_signature_field, sign_pdf_bytes

MM = 72 / 25.4
RENDER_DPI = 144


@pytest.fixture(scope="module")
def signer(tmp_path_factory):
    folder = tmp_path_factory.mktemp("khoa")
    ca = pki.make_ca()
    p12 = pki.write_p12(folder / "k.p12", pki.make_signer(ca, "Nguyễn Văn An"), ca)
    signature, seal = pki.make_images(folder)
    return p12, signature, seal, folder


@pytest.fixture(scope="module")
def report_pdf():
    return render_pdf(agency_report(100))


def _sign(data: bytes, p12, content: stamp.StampContent, box=None):
    with keys.open_key(keys.P12File(p12), pki.P12_PASSWORD) as key:
        return sign_pdf_bytes(data, "bao-cao.pdf", key, content, box=box)


def _widget(data: bytes):
    reader = PdfReader(io.BytesIO(data))
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or ():
            annot = ref.get_object()
            if annot.get("/FT") == "/Sig":
                return reader, index, annot
    raise AssertionError("no signature widget")


def _appearance_text(reader: PdfReader, annot) -> tuple[list[str], set[float], set[str], list[list[float]]]:
    """ActualText strings, font sizes (Tf), font names and the text's cm matrices of the stamp."""
    stream = annot["/AP"]["/N"].get_object()
    texts, sizes, matrices, in_text = [], set(), [], False
    for operands, op in ContentStream(stream, reader).operations:
        if op == b"BDC" and len(operands) > 1 and "/ActualText" in operands[1]:
            texts.append(str(operands[1]["/ActualText"]))
        elif op == b"Tf":
            sizes.add(float(operands[1]))
        elif op == b"BMC" and operands and operands[0] == "/Tx":
            in_text = True
        elif op == b"cm" and in_text:
            matrices.append([float(v) for v in operands])
    fonts = {str(f.get_object()["/BaseFont"]) for f in (stream["/Resources"].get("/Font") or {}).values()}
    return texts, sizes, fonts, matrices


def _signer_name_top(data: bytes, page: int, name: str) -> float:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[page].extract_words(extra_attrs=["size"])
        for first, second, third in zip(words, words[1:], words[2:]):
            if " ".join(w["text"] for w in (first, second, third)) == name:
                return pdf.pages[page].height - first["top"]  # PDF y of the name's top
    raise AssertionError(f"{name!r} not on page {page + 1}")


def _render_box(data: bytes, page: int, box, tmp_path) -> Image.Image:
    out = tmp_path / "trang"
    subprocess.run(["pdftoppm", "-r", str(RENDER_DPI), "-png", "-f", str(page + 1), "-l", str(page + 1),
                    "-cropbox", "-", str(out)], input=data, check=True, capture_output=True)
    image = Image.open(next(tmp_path.glob("trang*.png"))).convert("RGB")
    scale = RENDER_DPI / 72
    height = image.height / scale
    return image.crop((int(box.x1 * scale), int((height - box.y2) * scale), int(box.x2 * scale) + 1,
                       int((height - box.y1) * scale) + 1))


def _extent(image: Image.Image, wanted) -> tuple[int, int]:
    """Leftmost and rightmost columns holding pixels of the wanted colour."""
    columns = [x for x in range(image.width) for y in range(0, image.height, 2) if wanted(image.getpixel((x, y)))]
    assert columns, "colour not found"
    return min(columns), max(columns)


def test_the_report_carries_an_empty_signature_field_in_the_signer_block(report_pdf):
    found = empty_signature_field(report_pdf.data)
    assert found is not None
    name, box = found
    assert name == SIGNATURE_FIELD and [box.page, box.x1, box.y1, box.x2, box.y2] == pytest.approx(
        report_pdf.signature_box, abs=0.01)
    name_top = _signer_name_top(report_pdf.data, box.page, "Nguyễn Văn An")
    assert box.y1 >= name_top - 1, "the field sits above the signer's name"
    assert box.height >= 36 * MM + 3 * stamp.LEADING, "room for a 36 mm seal and the information lines"


def test_signing_the_file_by_its_path_stamps_the_signer_block(report_pdf, signer):
    p12, signature, seal, _ = signer
    signed, outcome = _sign(report_pdf.data, p12, stamp.StampContent("Nguyễn Văn An", "Sở Nội vụ", signature, seal))
    assert outcome.field_name == SIGNATURE_FIELD
    reader, page, annot = _widget(signed)
    assert page == report_pdf.signature_box[0] and page != len(reader.pages) - 1, "not the last appendix page"
    assert [float(v) for v in annot["/Rect"]] == pytest.approx(report_pdf.signature_box[1:], abs=0.01)
    assert len([a for p in reader.pages for a in p.get("/Annots") or () if a.get_object().get("/FT") == "/Sig"]) == 1


def test_information_text_is_ten_point_times_never_scaled_in_vietnam_time(report_pdf, signer):
    p12, signature, seal, _ = signer
    agency = "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Bình (cơ quan thường trực Ban Chỉ đạo)"
    signed, outcome = _sign(report_pdf.data, p12, stamp.StampContent("Nguyễn Văn An", agency, signature, seal))
    reader, _page, annot = _widget(signed)
    texts, sizes, fonts, matrices = _appearance_text(reader, annot)
    assert sizes == {10.0}
    assert fonts and all(re.search(r"\+(TimesNewRoman|LiberationSerif)", f) for f in fonts), fonts
    assert all(m[0] == 1 and m[3] == 1 for m in matrices), f"text scaled: {matrices}"
    joined = " ".join(texts)
    assert "Ký bởi: Nguyễn Văn An" in joined
    assert "Cơ quan: Sở Văn hóa, Thể thao" in joined and len(texts) >= 4, "a long agency name wraps"
    when = re.search(r"Thời gian ký: (\S+)", joined).group(1)
    moment = dt.datetime.fromisoformat(when)
    assert when.endswith("+07:00") and moment.utcoffset() == dt.timedelta(hours=7)
    assert abs((moment - outcome.signing_time).total_seconds()) < 1


@pytest.mark.parametrize("dpi, setting, expected_mm", [(None, 36.0, 36.0), (None, 40.0, 40.0), (300, 36.0, 38.1)])
def test_seal_prints_at_its_real_size_over_a_third_of_the_signature(report_pdf, signer, tmp_path, dpi, setting,
                                                                     expected_mm):
    p12, signature, seal, folder = signer
    if dpi:  # a 450 px seal scanned at 300 dpi is 38.1 mm wide
        seal = folder / "con-dau-300dpi.png"
        Image.open(pki.make_images(folder)[1]).resize((450, 450)).save(seal, dpi=(dpi, dpi))
    signed, outcome = _sign(report_pdf.data, p12, stamp.StampContent("Nguyễn Văn An", "Sở Nội vụ", signature, seal,
                                                                      seal_size_mm=setting))
    region = _render_box(signed, outcome.box.page, outcome.box, tmp_path)
    red = _extent(region, lambda p: p[0] > 150 and p[1] < 90 and p[2] < 90)
    blue = _extent(region, lambda p: p[2] > 120 and p[0] < 90 and p[1] < 90)
    px_per_mm = RENDER_DPI / 25.4
    ring_mm = (red[1] - red[0] + 1) / px_per_mm  # the ring is drawn 8 px inside its 500 px image
    assert ring_mm == pytest.approx(expected_mm * 484 / 500, abs=0.6)
    signature_px = blue[1] - blue[0]
    covered = (red[1] - blue[0]) / signature_px
    assert red[0] < blue[0] and 0.2 < covered < 0.45, "the seal covers about the left third of the signature"
    signature_image = Image.open(signature)
    drawn = signature_px / px_per_mm
    assert drawn / (expected_mm / 2 * signature_image.width / signature_image.height) == pytest.approx(0.96, abs=0.06)


def test_signature_without_images_is_text_only_and_fits(report_pdf, signer):
    p12, *_ = signer
    signed, outcome = _sign(report_pdf.data, p12, stamp.StampContent("Nguyễn Văn An", "Sở Nội vụ"))
    reader, _page, annot = _widget(signed)
    texts, sizes, _fonts, _matrices = _appearance_text(reader, annot)
    assert sizes == {10.0} and len(texts) == 3
    assert not (annot["/AP"]["/N"].get_object()["/Resources"].get("/XObject") or {})


def test_a_pdf_made_elsewhere_gets_a_box_as_tall_as_the_stamp(signer):
    from reportlab.pdfgen import canvas

    p12, signature, seal, _ = signer
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(350, 300, "GIÁM ĐỐC")
    page.save()
    content = stamp.StampContent("Nguyễn Văn An", "Sở Nội vụ", signature, seal)
    signed, outcome = _sign(buffer.getvalue(), p12, content)
    assert outcome.box.height == pytest.approx(stamp.required_height(content, outcome.box.width), abs=0.5)
    assert outcome.box.height >= 36 * MM


def test_a_long_agency_name_grows_the_box_instead_of_shrinking_the_seal(report_pdf, signer):
    p12, signature, seal, _ = signer
    agency = ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, Đo lường, Thử nghiệm và Chuyển đổi số "
              "thuộc Sở Khoa học và Công nghệ tỉnh Thái Bình")
    content = stamp.StampContent("Nguyễn Văn An", agency, signature, seal)
    field_box = empty_signature_field(report_pdf.data)[1]
    assert stamp.required_height(content, field_box.width) > field_box.height, "the name needs more lines"
    signed, outcome = _sign(report_pdf.data, p12, content)
    reader, _page, annot = _widget(signed)
    rect = [float(v) for v in annot["/Rect"]]
    assert outcome.field_name == SIGNATURE_FIELD and rect[1] == pytest.approx(field_box.y1, abs=0.01)
    assert rect[3] - rect[1] == pytest.approx(stamp.required_height(content, field_box.width), abs=0.5)
    layout_ = stamp.plan_layout(content, field_box.width).fitted(rect[3] - rect[1])
    assert layout_.scale == 1.0 and layout_.seal.width == pytest.approx(36 * MM), "the seal keeps its 36 mm"
    texts, sizes, _fonts, _matrices = _appearance_text(reader, annot)
    assert sizes == {10.0} and len(texts) >= 5
    from kh57desk.signing import verify

    [report] = verify.verify_pdf(signed, "bao-cao.pdf", [])
    assert report.intact and report.valid and report.covers_whole_file
