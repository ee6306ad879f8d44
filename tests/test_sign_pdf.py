"""PAdES signing of the real report PDF: new file beside the unsigned one, visible Decree 30
signature in the signer's block, register updated; verified by kh57desk and by pyHanko's own
validator; a flipped byte or content added after signing is caught; B-T with a timestamp server
and the B-B fallback when it cannot be reached; a SoftHSM2 token signs too."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

import pki
from pki import pki_env, soft_token  # noqa: F401 - pytest fixtures
from kh57desk.db.models import AuditLog, GeneratedReport
from kh57desk.errors import InputError
from kh57desk.services import settings as settings_service, signing_service
from kh57desk.signing import keys

PYHANKO = Path(sys.executable).with_name("pyhanko")


def _p12(env) -> keys.P12File:
    return keys.P12File(env.p12)


def _row(ws, report_id) -> GeneratedReport:
    with ws.db.reader() as session:
        row = session.get(GeneratedReport, report_id)
        session.expunge(row)
        return row


def _files(ws, report_id) -> dict:
    return {e["format"]: ws.data_dir / e["path"] for e in json.loads(_row(ws, report_id).files)}


def _sign(ws, report_id, source, secret):
    with ws.db.transaction() as session:
        return signing_service.sign_report(ws, session, report_id, source, secret)


def _stamp_texts(pdf: Path) -> tuple[list, list[str], bool]:
    """(rect, ActualText strings, font file embedded) of the signature widget."""
    reader = PdfReader(pdf)
    for page in reader.pages:
        for annot in page.get("/Annots") or ():
            annot = annot.get_object()
            if annot.get("/FT") != "/Sig":
                continue
            texts, embedded = [], False
            pending = [annot["/AP"]["/N"].get_object()]
            while pending:
                xobj = pending.pop()
                for operands, op in ContentStream(xobj, reader).operations:
                    if op == b"BDC" and len(operands) > 1 and "/ActualText" in operands[1]:
                        texts.append(str(operands[1]["/ActualText"]))
                resources = xobj.get("/Resources") or {}
                pending += [x.get_object() for x in (resources.get("/XObject") or {}).values()
                            if x.get_object().get("/Subtype") == "/Form"]
                for font in (resources.get("/Font") or {}).values():
                    descendant = font.get_object()["/DescendantFonts"][0].get_object()
                    embedded |= "/FontFile2" in descendant["/FontDescriptor"] or \
                        "/FontFile3" in descendant["/FontDescriptor"]
            return [float(v) for v in annot["/Rect"]], texts, embedded
    raise AssertionError("no signature widget")


@pytest.fixture
def report(demo_workspace):
    return demo_workspace, pki.generate_report(demo_workspace)


def test_sign_report_pdf_writes_new_file_and_updates_register(report, pki_env):
    ws, report_id = report
    originals = _files(ws, report_id)
    before = {fmt: hashlib.sha256(p.read_bytes()).hexdigest() for fmt, p in originals.items()}
    result = _sign(ws, report_id, _p12(pki_env), pki_env.password)

    signed_pdf = originals["pdf"].with_name(originals["pdf"].stem + "-da-ky.pdf")
    assert [f.path for f in result.files] == [signed_pdf, originals["xlsx"].with_name(originals["xlsx"].name + ".p7s")]
    assert {fmt: hashlib.sha256(p.read_bytes()).hexdigest() for fmt, p in originals.items()} == before
    assert result.level == "B-B" and result.signer.common_name == "Nguyễn Văn An"
    assert result.files[0].sha256 == hashlib.sha256(signed_pdf.read_bytes()).hexdigest()

    row = _row(ws, report_id)
    info = json.loads(row.signature_info)
    assert row.signed is True and row.signer == "Nguyễn Văn An"
    assert info["level"] == "B-B" and info["notes"] == [] and info["key"] == "p12"
    assert info["certificate"]["serial"] == format(pki_env.signer.cert.serial_number, "X")
    assert [f["path"] for f in info["files"]] == [p.relative_to(ws.data_dir).as_posix() for p in
                                                  (signed_pdf, originals["xlsx"].with_name(
                                                      originals["xlsx"].name + ".p7s"))]
    assert signing_service.signature_state(row)["signed"] and signing_service.signature_state(row)["level"] == "B-B"
    with ws.db.reader() as session:
        detail = json.loads(session.query(AuditLog).filter_by(action="report.sign").one().detail)
    assert detail["signer"] == "Nguyễn Văn An" and detail["level"] == "B-B"


def test_visible_signature_sits_in_the_signer_block(report, pki_env):
    ws, report_id = report
    box = next(e["signature_box"] for e in json.loads(_row(ws, report_id).files) if e["format"] == "pdf")
    result = _sign(ws, report_id, _p12(pki_env), pki_env.password)
    rect, texts, embedded = _stamp_texts(result.files[0].path)
    assert rect == pytest.approx(box[1:], abs=0.01)
    reader = PdfReader(result.files[0].path)
    page_annots = [a.get_object().get("/FT") for a in reader.pages[box[0]].get("/Annots") or ()]
    assert "/Sig" in page_annots
    joined = " ".join(texts)
    assert "Ký bởi: Nguyễn Văn An" in joined
    assert "Cơ quan: Sở Nội vụ" in joined
    vietnam = dt.timezone(dt.timedelta(hours=7))
    stamp_time = result.signing_time.astimezone(vietnam).replace(microsecond=0).isoformat()
    assert stamp_time.endswith("+07:00") and f"Thời gian ký: {stamp_time}" in joined  # whatever the machine's zone
    assert embedded, "the stamp's font must be embedded"


def test_signature_and_seal_images_are_drawn(report, pki_env, tmp_path):
    from PIL import Image

    ws, report_id = report
    signature, seal = pki.make_images(tmp_path)
    with ws.db.transaction() as session:
        prefs = signing_service.update_settings(ws, session, signature_image=str(signature), seal_image=str(seal))
    assert prefs.signature_image.startswith("signing/") and (ws.data_dir / prefs.seal_image).is_file()
    result = _sign(ws, report_id, _p12(pki_env), pki_env.password)
    page_index, x1, y1, x2, y2 = next(e["signature_box"] for e in json.loads(_row(ws, report_id).files)
                                      if e["format"] == "pdf")
    out = tmp_path / "trang"
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-f", str(page_index + 1), "-l", str(page_index + 1),
                    str(result.files[0].path), str(out)], check=True)
    page = Image.open(next(tmp_path.glob("trang*.png"))).convert("RGB")
    height = page.height
    region = page.crop((int(x1), int(height - y2), int(x2), int(height - y1)))
    colours = region.getcolors(maxcolors=100000)
    reds = sum(n for n, (r, g, b) in colours if r > 150 and g < 90 and b < 90)
    blues = sum(n for n, (r, g, b) in colours if b > 120 and r < 90 and g < 90)
    assert reds > 20 and blues > 20


def test_kh57desk_and_pyhanko_validate_the_signed_pdf(report, pki_env, tmp_path):
    ws, report_id = report
    signed = _sign(ws, report_id, _p12(pki_env), pki_env.password).files[0].path
    result = signing_service.verify_file(signed)
    assert result.ok and not result.trusted
    sig = result.signatures[0]
    assert sig.intact and sig.valid and sig.covers_whole_file and sig.later_changes == ""
    assert sig.signer.common_name == "Nguyễn Văn An" and sig.level == "B-B"
    trust_dir = tmp_path / "ca"
    from kh57desk.signing import trust
    trust.add(trust_dir, pki_env.ca_pem)
    trusted = signing_service.verify_file(signed, trust_dir=trust_dir)
    assert trusted.ok and trusted.trusted
    assert any("KẾT LUẬN: chữ ký hợp lệ, tệp nguyên vẹn, người ký được xác minh." == line
               for line in trusted.summary())
    out = subprocess.run([str(PYHANKO), "sign", "validate", "--executive-summary", "--trust", str(pki_env.ca_pem),
                          "--trust-replace", "--no-revocation-check", str(signed)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().endswith(":VALID") and out.stdout.startswith("ChuKySo1:")


def test_flipped_byte_in_signed_pdf_fails(report, pki_env):
    ws, report_id = report
    signed = _sign(ws, report_id, _p12(pki_env), pki_env.password).files[0].path
    data = signed.read_bytes()
    offset = data.index(b"/Producer")  # inside the signed, original revision
    pki.flip_byte(signed, offset + 3)
    trusted = pki_env.folder / "ca-tin-cay"
    trusted.mkdir(exist_ok=True)
    (trusted / "ca.pem").write_bytes(pki_env.ca_pem.read_bytes())
    result = signing_service.verify_file(signed, trust_dir=trusted)
    assert not result.ok
    assert result.signatures[0].intact is False
    words = "\n".join(result.summary())
    assert "NỘI DUNG ĐÃ BỊ THAY ĐỔI" in words
    assert result.summary()[-1].startswith("KẾT LUẬN: CHỮ KÝ KHÔNG HỢP LỆ")
    # the words agree with the verdict, though the CA is trusted and the maths of the signature holds
    assert "Chữ ký số: hợp lệ" not in words and "Chữ ký số: KHÔNG HỢP LỆ" in words
    assert "không thuộc tổ chức chứng thực" not in words and "Tin cậy: không xét" in words


def test_flipped_byte_inside_the_signature_fails(report, pki_env):
    ws, report_id = report
    signed = _sign(ws, report_id, _p12(pki_env), pki_env.password).files[0].path
    data = signed.read_bytes()
    contents = data.index(b"/Contents <") + len(b"/Contents <")
    # change one hex digit well inside the CMS blob (the RSA signature value sits near its end)
    blob_end = data.index(b">", contents)
    position = contents + (blob_end - contents) // 2
    patched = bytearray(data)
    patched[position] = ord("0") if data[position:position + 1] != b"0" else ord("1")
    signed.write_bytes(bytes(patched))
    assert not signing_service.verify_file(signed).ok


def test_content_added_after_signing_is_reported(report, pki_env):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.generic import NameObject, StreamObject

    ws, report_id = report
    signed = _sign(ws, report_id, _p12(pki_env), pki_env.password).files[0].path
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    stream = writer.add_object(StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (DA SUA) Tj ET"))
    writer.add_stream_to_page(0, stream)
    out = io.BytesIO()
    writer.write(out)
    signed.write_bytes(out.getvalue())
    assert NameObject  # the import is what pyHanko's writer API uses; keep the names honest
    result = signing_service.verify_file(signed)
    sig = result.signatures[0]
    assert sig.intact and sig.valid  # the signed revision itself is untouched …
    assert not result.ok             # … but the document shown is not what was signed
    assert sig.later_changes == "có nội dung được thêm hoặc sửa trong văn bản"
    assert "Sau khi ký: có nội dung được thêm hoặc sửa trong văn bản" in "\n".join(result.summary())


def test_garbage_appended_after_signing_is_reported(report, pki_env):
    ws, report_id = report
    signed = _sign(ws, report_id, _p12(pki_env), pki_env.password).files[0].path
    with open(signed, "ab") as handle:
        handle.write(b"\n% them vao sau khi ky\n")
    result = signing_service.verify_file(signed)
    assert not result.ok
    assert result.signatures[0].later_changes == "có dữ liệu lạ được ghép vào tệp sau khi ký"


def test_second_signature_on_a_signed_pdf(report, pki_env, soft_token):
    ws, report_id = report
    first = _sign(ws, report_id, _p12(pki_env), pki_env.password).files[0].path
    with ws.db.reader() as session:
        prefs = settings_service.load(session)
    second = signing_service.sign_file(first, keys.Token(soft_token.module, soft_token.label), soft_token.pin, prefs,
                         data_dir=ws.data_dir)
    assert second.files[0].path.name.endswith("-da-ky-da-ky.pdf")
    result = signing_service.verify_file(second.files[0].path)
    assert result.ok and len(result.signatures) == 2
    by_name = {s.signer.common_name: s for s in result.signatures}
    assert by_name["Nguyễn Văn An"].later_changes == "có thêm chữ ký số khác hoặc điền biểu mẫu (được phép)"
    assert by_name["Trần Thị Bình"].covers_whole_file


def test_token_signs_report(report, soft_token):
    ws, report_id = report
    result = _sign(ws, report_id, keys.Token(soft_token.module, soft_token.label), soft_token.pin)
    assert result.signer.common_name == "Trần Thị Bình"
    assert json.loads(_row(ws, report_id).signature_info)["key"] == "token"
    verified = signing_service.verify_file(result.files[0].path)
    assert verified.ok and verified.signatures[0].signer.common_name == "Trần Thị Bình"


def test_timestamp_server_gives_b_t(report, pki_env):
    ws, report_id = report
    with pki.serve_tsa(pki_env.tsa, pki_env.ca) as (url, served):
        with ws.db.transaction() as session:
            signing_service.update_settings(ws, session, tsa_url=url)
        result = _sign(ws, report_id, _p12(pki_env), pki_env.password)
    assert served, "the timestamp server was asked"
    assert result.level == "B-T" and result.notes == []
    assert json.loads(_row(ws, report_id).signature_info)["level"] == "B-T"
    verified = signing_service.verify_file(result.files[0].path)
    sig = verified.signatures[0]
    assert verified.ok and sig.level == "B-T" and sig.timestamp_time is not None
    p7s = signing_service.verify_file(result.files[1].path)
    assert p7s.ok and p7s.signatures[0].level == "B-T"


def test_unreachable_timestamp_server_falls_back_to_b_b_with_a_note(report, pki_env):
    ws, report_id = report
    url = pki.closed_port_url()
    with ws.db.transaction() as session:
        signing_service.update_settings(ws, session, tsa_url=url)
    result = _sign(ws, report_id, _p12(pki_env), pki_env.password)
    assert result.level == "B-B"
    info = json.loads(_row(ws, report_id).signature_info)
    assert info["level"] == "B-B" and len(info["notes"]) == 2
    assert info["notes"][0].startswith(f"Không lấy được dấu thời gian từ máy chủ {url}")
    assert "đã ký ở mức B-B" in info["notes"][0]
    assert signing_service.verify_file(result.files[0].path).ok


def test_already_signed_or_edited_report_is_refused(report, pki_env):
    ws, report_id = report
    pdf = _files(ws, report_id)["pdf"]
    with open(pdf, "ab") as handle:
        handle.write(b"\n")
    with pytest.raises(InputError, match="đã bị sửa sau khi tạo báo cáo"):
        _sign(ws, report_id, _p12(pki_env), pki_env.password)
    assert not any(p.name.endswith(("-da-ky.pdf", ".p7s")) for p in pdf.parent.iterdir())
    assert _row(ws, report_id).signed is False


def test_wrong_password_changes_nothing(report, pki_env):
    ws, report_id = report
    folder = _files(ws, report_id)["pdf"].parent
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(InputError, match="không đúng"):
        _sign(ws, report_id, _p12(pki_env), "sai")
    assert sorted(p.name for p in folder.iterdir()) == before
    row = _row(ws, report_id)
    assert row.signed is False and row.signature_info == ""
    _sign(ws, report_id, _p12(pki_env), pki_env.password)
    with pytest.raises(InputError, match="đã được ký"):
        _sign(ws, report_id, _p12(pki_env), pki_env.password)
