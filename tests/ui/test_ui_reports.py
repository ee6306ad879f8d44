"""The Báo cáo screen on real files: write the paragraphs, generate the report and find it in the
register and on disk (read back with pypdf), print it through the preview's painter into a PDF,
sign it through the dialog with a .p12 (typing the password), see "Đã ký", verify it, mark it as
sent; a wrong date or an unusable key changes nothing."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from kh57desk.db.models import GeneratedReport
from kh57desk.domain.periods import parse_period
from kh57desk.services import report_register, settings as settings_service, signing_service
from kh57desk.ui.register_model import FILES, NUMBER, SENT, SIGNATURE

from pki import flip_byte, pki_env, soft_token  # noqa: F401 - pytest fixtures

Q2 = parse_period("2025-Q2")
PARAGRAPH = "Sở đã chỉ đạo quyết liệt việc chuyển đổi số trong toàn ngành, đạt nhiều kết quả nổi bật."


@pytest.fixture
def reports_page(demo_app, qtbot, idle):
    page = demo_app.window.show_page("reports")
    qtbot.waitUntil(lambda: page.state is not None and page.state.period.id == "2025-Q2", timeout=10_000)
    idle(demo_app.worker)
    return page


def generate(page, qtbot, idle, worker):
    before = page.last_generated
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.last_generated is not before and page.last_generated is not None, timeout=30_000)
    idle(worker)
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().id == page.last_generated.id)
    return page.last_generated


def test_summary_and_draft_are_shown_and_saved(reports_page, demo_app, demo_workspace, qtbot, idle, typist):
    text = reports_page.summary.toPlainText()
    # the 30 tasks whose cells say only "đơn vị liên quan" (two of them overdue) are not the agency's (issue 13)
    assert "Nhiệm vụ được giao: 64 (chủ trì 11, phối hợp 53)." in text
    assert "Quá hạn, chưa hoàn thành: 4 nhiệm vụ." in text
    form = reports_page.form
    assert form.recipients.toPlainText() == "Sở Khoa học và Công nghệ (để tổng hợp)"
    typist(form.texts["results_text"], "Đã triển khai đồng bộ.")
    form.tabs.setCurrentIndex(4)
    form.recipients.setPlainText("Sở Khoa học và Công nghệ (để tổng hợp)\nUBND tỉnh (để báo cáo)")
    qtbot.waitUntil(lambda: form.state.text() == "Đã lưu bản nháp", timeout=5_000)
    idle(demo_app.worker)
    with demo_workspace.db.reader() as session:
        draft = report_register.load_draft(session, Q2)
    assert draft.results_text == "Đã triển khai đồng bộ."
    assert draft.recipients == ["Sở Khoa học và Công nghệ (để tổng hợp)", "UBND tỉnh (để báo cáo)"]
    # a bad date is shown under the field; the paragraphs are still saved, the date is not
    form.date.setText("31/2/2025")
    form.texts["difficulties_text"].setPlainText("Thiếu kinh phí.")
    form.flush()
    idle(demo_app.worker)
    assert "31/2/2025" in form.error.text() and form.error.isVisibleTo(form)
    with demo_workspace.db.reader() as session:
        draft = report_register.load_draft(session, Q2)
    assert draft.difficulties_text == "Thiếu kinh phí." and draft.date is None
    # generating refuses while the date is wrong, and writes nothing
    reports_page.generate_button.click()
    idle(demo_app.worker)
    assert "31/2/2025" in demo_app.context.last_error
    with demo_workspace.db.reader() as session:
        assert report_register.list_reports(session) == []
    assert not (demo_workspace.data_dir / "reports").exists()


def test_generate_find_in_register_and_on_disk(reports_page, demo_app, demo_workspace, qtbot, idle, typist):
    form = reports_page.form
    typist(form.texts["results_text"], PARAGRAPH)
    form.number.setText("7")
    form.date.setText("20/6/2025")
    info = generate(reports_page, qtbot, idle, demo_app.worker)
    assert info.number == "07/BC-SNV" and info.version == 1
    pdf, xlsx = info.file("pdf").path, info.file("xlsx").path
    assert pdf.is_file() and xlsx.is_file()
    assert pdf.parent == demo_workspace.data_dir / "reports" / "2025-Q2"
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages[:2])
    assert PARAGRAPH in text and "Số: 07/BC-SNV" in text and "ngày 20 tháng 6 năm 2025" in text
    with demo_workspace.db.reader() as session:
        [registered] = report_register.list_reports(session, demo_workspace.data_dir)
    assert registered.id == info.id
    row = reports_page.proxy.index(0, NUMBER)
    assert row.data() == "07/BC-SNV"
    assert reports_page.proxy.index(0, FILES).data() == "PDF, Excel"
    assert reports_page.proxy.index(0, SIGNATURE).data() == "Chưa ký"
    assert reports_page.proxy.index(0, SENT).data() == "Chưa gửi"
    assert "Đã tạo báo cáo số 07/BC-SNV, lần 1" in reports_page.message.text()
    # a second generation is a new version with the same number; the first file is untouched
    first_bytes = pdf.read_bytes()
    form.number.setText("")
    second = generate(reports_page, qtbot, idle, demo_app.worker)
    assert (second.number, second.version) == ("07/BC-SNV", 2)
    assert pdf.read_bytes() == first_bytes
    assert reports_page.proxy.rowCount() == 2
    # other periods are hidden unless asked
    demo_app.context.set_period(parse_period("2025-Q3"))
    qtbot.waitUntil(lambda: reports_page.state.period.id == "2025-Q3", timeout=10_000)
    assert reports_page.proxy.rowCount() == 0
    reports_page.only_period.setChecked(False)
    assert reports_page.proxy.rowCount() == 2


def test_print_preview_paints_every_page(reports_page, demo_app, qtbot, idle, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from kh57desk.ui import pdf_print

    info = generate(reports_page, qtbot, idle, demo_app.worker)
    resolutions = []
    render = pdf_print.PdfPages.render
    monkeypatch.setattr(pdf_print.PdfPages, "render",
                        lambda self, index, dpi: (resolutions.append(dpi), render(self, index, dpi))[1])
    dialog = reports_page.preview()
    assert dialog is not None and dialog.isVisible()
    assert "Xem trước khi in" in dialog.windowTitle()
    qtbot.waitUntil(lambda: len(resolutions) >= info.pages)
    assert set(resolutions) == {pdf_print.PREVIEW_DPI}  # the screen's preview is quick; the printer gets 300 dpi
    dialog.close()
    resolutions.clear()
    # what the print button sends to a printer: one sheet per PDF page, landscape pages turned
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "ban-in.pdf"))
    pages = pdf_print.PdfPages(info.file("pdf").path)
    try:
        assert pdf_print.paint_pages(pages, printer) == len(pages) == info.pages
        landscape = sum(1 for i in range(len(pages)) if pages.size_points(i)[0] > pages.size_points(i)[1])
    finally:
        pages.close()
    assert landscape > 0  # the appendix
    assert set(resolutions) == {pdf_print.MAX_PRINT_DPI}
    printed = PdfReader(tmp_path / "ban-in.pdf")
    assert len(printed.pages) == info.pages
    assert all(p.mediabox.height > p.mediabox.width for p in printed.pages)


def test_sign_through_the_dialog_then_verify(reports_page, demo_app, demo_workspace, qtbot, idle, typist, pki_env):
    from kh57desk.ui.sign_dialog import SignDialog

    info = generate(reports_page, qtbot, idle, demo_app.worker)
    assert reports_page.sign_button.isEnabled() and not reports_page.verify_button.isEnabled()
    dialog: SignDialog = reports_page.sign()
    dialog.use_file.setChecked(True)
    dialog.key_file.setText(str(pki_env.p12))
    typist(dialog.secret, "sai-mat-khau")
    dialog.sign_button.click()
    idle(demo_app.worker)
    assert "mật khẩu" in dialog.message.text().lower()
    assert dialog.secret.text() == ""  # cleared after use, even when wrong
    with demo_workspace.db.reader() as session:
        assert not session.get(GeneratedReport, info.id).signed
    typist(dialog.secret, pki_env.password)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    idle(demo_app.worker)
    assert dialog.secret.text() == ""
    assert dialog.message.text().startswith("Đã ký số bởi Nguyễn Văn An")
    qtbot.waitUntil(lambda: reports_page.proxy.index(0, SIGNATURE).data().startswith("Đã ký — Nguyễn Văn An"))
    with demo_workspace.db.reader() as session:
        row = session.get(GeneratedReport, info.id)
        state = signing_service.signature_state(row)
        assert row.signed and state["level"] == "B-B"
    signed_pdf = demo_workspace.data_dir / next(f["path"] for f in state["files"] if f["format"] == "pdf")
    assert signed_pdf.name.endswith("-da-ky.pdf") and signed_pdf.is_file()
    assert reports_page.selected().pdf() == signed_pdf  # preview and print show the signed copy
    dialog.close()
    # the password is nowhere in the data folder or the log
    secret = pki_env.password.encode("utf-8")
    for path in demo_workspace.data_dir.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path
    # verify: valid and intact; trusted once the CA is in the list
    assert reports_page.verify_button.isEnabled()
    verify = reports_page.verify()
    qtbot.waitUntil(lambda: verify.result is not None, timeout=30_000)
    assert verify.verdict.text() == "KẾT LUẬN: chữ ký hợp lệ, tệp nguyên vẹn; chưa xác minh được nguồn tin cậy."
    assert "Người ký: Nguyễn Văn An" in verify.details.toPlainText()
    with demo_workspace.db.reader() as session:
        prefs = settings_service.load(session)
    signing_service.add_trusted(demo_workspace, prefs, pki_env.ca_pem)
    verify.result = None
    verify.check()
    qtbot.waitUntil(lambda: verify.result is not None, timeout=30_000)
    assert verify.result.trusted and verify.verdict.text().endswith("người ký được xác minh.")
    # a changed byte: the dialog says so
    tampered = signed_pdf.with_name("da-sua.pdf")
    tampered.write_bytes(signed_pdf.read_bytes())
    flip_byte(tampered, 2000)
    verify.path.setText(str(tampered))
    verify.result = None
    verify.check()
    qtbot.waitUntil(lambda: verify.result is not None, timeout=30_000)
    assert not verify.result.ok
    assert verify.verdict.text() == "KẾT LUẬN: CHỮ KÝ KHÔNG HỢP LỆ hoặc tệp đã bị thay đổi sau khi ký."
    verify.close()


def test_verify_an_excel_file_with_its_p7s(demo_app, demo_workspace, qtbot, idle, pki_env, tmp_path):
    from pki import generate_report

    from kh57desk.ui.verify_dialog import VerifyDialog

    report_id = generate_report(demo_workspace)
    with demo_workspace.db.transaction() as session:
        prefs = settings_service.load(session)
        signing_service.sign_report(demo_workspace, session, report_id,
                                    signing_service.key_source(prefs, p12=pki_env.p12), pki_env.password)
        xlsx = report_register.get_report(session, report_id, demo_workspace.data_dir).file("xlsx").path
    dialog = VerifyDialog(demo_app.context, demo_app.window, str(xlsx))
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert dialog.result.ok and dialog.result.p7s.name == xlsx.name + ".p7s"
    assert "Tệp: " + xlsx.name in dialog.details.toPlainText()
    # the .xlsx changed after signing
    changed = tmp_path / xlsx.name
    changed.write_bytes(xlsx.read_bytes() + b"\0")
    dialog.path.setText(str(changed))
    dialog.p7s.setText(str(xlsx) + ".p7s")
    dialog.result = None
    dialog.check()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert not dialog.result.ok and "KHÔNG HỢP LỆ" in dialog.verdict.text()


def test_mark_as_sent(reports_page, demo_app, demo_workspace, qtbot, idle):
    info = generate(reports_page, qtbot, idle, demo_app.worker)
    assert reports_page.sent_button.isEnabled()
    reports_page.sent_button.click()
    idle(demo_app.worker)
    qtbot.waitUntil(lambda: reports_page.proxy.index(0, SENT).data() == "Đã gửi 20/05/2025", timeout=10_000)
    assert not reports_page.sent_button.isEnabled()
    with demo_workspace.db.reader() as session:
        row = session.get(GeneratedReport, info.id)
        assert row.submitted and json.loads(row.note)["submitted_on"] == "2025-05-20"


def test_usb_token_chosen_in_settings_then_signing_with_its_pin(reports_page, demo_app, demo_workspace, qtbot, idle,
                                                                typist, soft_token):
    settings_page = demo_app.window.show_page("settings")
    qtbot.waitUntil(lambda: settings_page.loaded_once)
    box = settings_page.signing
    box.module.setText(soft_token.module)
    box.find_tokens()
    idle(demo_app.worker)
    assert box.token.currentText() == soft_token.label
    assert soft_token.label in box.trust_message.text()
    settings_page.save()
    idle(demo_app.worker)
    with demo_workspace.db.reader() as session:
        prefs = settings_service.load(session)
    assert (prefs.pkcs11_module, prefs.pkcs11_token) == (soft_token.module, soft_token.label)
    assert demo_app.context.settings.pkcs11_module == soft_token.module  # the sign dialog reads it from here

    demo_app.window.show_page("reports")
    info = generate(reports_page, qtbot, idle, demo_app.worker)
    dialog = reports_page.sign()
    assert dialog.use_token.isEnabled() and dialog.use_token.isChecked()
    assert soft_token.label in dialog.token_info.text()
    typist(dialog.secret, "000000")
    dialog.sign_button.click()
    idle(demo_app.worker)
    assert "PIN" in dialog.message.text() and dialog.secret.text() == ""
    typist(dialog.secret, soft_token.pin)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    idle(demo_app.worker)
    assert dialog.message.text().startswith("Đã ký số bởi Trần Thị Bình")
    with demo_workspace.db.reader() as session:
        row = session.get(GeneratedReport, info.id)
        assert row.signed and json.loads(row.signature_info)["key"] == "token"
    dialog.close()


def test_certificate_check_and_the_expiry_warning_are_shown(reports_page, demo_app, qtbot, idle, typist, pki_env,
                                                            tmp_path):
    from pki import days_from_now, make_signer, write_p12

    from kh57desk.ui.sign_dialog import WARNING_STYLE

    soon = write_p12(tmp_path / "sap-het-han.p12", make_signer(pki_env.ca, "Phạm Minh Châu",
                                                               not_after=days_from_now(10)), pki_env.ca)
    generate(reports_page, qtbot, idle, demo_app.worker)
    dialog = reports_page.sign()
    dialog.use_file.setChecked(True)
    dialog.key_file.setText(str(soon))
    typist(dialog.secret, pki_env.password)
    dialog.check_button.click()
    idle(demo_app.worker)
    lines = dialog.message.text().splitlines()
    assert lines[0] == "Người được cấp: CN=Phạm Minh Châu, O=Sở Khoa học và Công nghệ tỉnh Thái Bình, C=VN"
    assert lines[-1].startswith("Cảnh báo: Chứng thư số của 'Phạm Minh Châu' sẽ hết hạn sau")
    assert dialog.message.styleSheet() == WARNING_STYLE
    assert dialog.secret.text() == ""
    typist(dialog.secret, pki_env.password)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    assert any(line.startswith("Cảnh báo:") for line in dialog.message.text().splitlines())
    assert dialog.message.styleSheet() == WARNING_STYLE
    dialog.close()


def test_the_page_says_which_font_the_pdf_will_embed(reports_page, monkeypatch):
    from kh57desk.reports import fonts

    family, _is_times = fonts.embedded_family()
    assert family in reports_page.font_note.text()
    assert fonts.report_fonts().is_times == (family == "Times New Roman")  # what the PDF writer will register
    fonts.embedded_family.cache_clear()
    monkeypatch.setattr(fonts, "find_times_new_roman", lambda dirs=None: None)
    try:
        note = reports_page.font_note_text()
    finally:
        fonts.embedded_family.cache_clear()
    assert "không có phông Times New Roman" in note and "Liberation Serif" in note
