"""Verdicts in the window: the coordinator selects an agency in the completeness table of Đồng
bộ, returns its report with a reason and a task note (the verdict package is written), then the
agency, having imported that package, reads the return and the note on its Đồng bộ screen."""

from __future__ import annotations

from kh57desk.services.verdicts import RETURNED
from kh57desk.ui.completeness_model import REPORT
from kh57desk.ui.sign_dialog import SignDialog
from kh57desk.sync import package_import, report_package

from pki import generate_report, pki_env  # noqa: F401 - fixture
from test_ui_sync import AGENCY, Q2, agency_ws, coordinator_ws, sync_page  # noqa: F401 - fixtures


def report_received(agency_ws, coordinator_ws, tmp_path) -> None:
    """Sở Y tế's report package for quarter II, imported at the coordinator."""
    with agency_ws.db.transaction() as s:
        package = report_package.export(agency_ws, s, Q2, tmp_path / "bc.kh57").path
    assert package_import.import_paths(coordinator_ws, [package], trust_new_sender=True)[0].ok


def completeness_after_the_report(agency_ws, coordinator_ws, start_app, qtbot, tmp_path):
    """The coordinator's window on Đồng bộ once the report arrived: (controller, panel, Sở Y tế's row)."""
    report_received(agency_ws, coordinator_ws, tmp_path)
    coordinator = start_app(coordinator_ws, today=Q2.end)
    coordinator.context.set_period(Q2)
    page = sync_page(coordinator, qtbot).coordinator
    qtbot.waitUntil(lambda: any(r.agency == AGENCY for r in page.model.rows), timeout=10_000)
    return coordinator, page, next(i for i, r in enumerate(page.model.rows) if r.agency == AGENCY)


def test_return_with_a_task_note_from_the_completeness_table_reaches_the_agency(agency_ws, coordinator_ws,
                                                                               start_app, qtbot, idle, tmp_path):
    coordinator, page, row = completeness_after_the_report(agency_ws, coordinator_ws, start_app, qtbot, tmp_path)
    assert page.model.text(page.model.rows[row], REPORT).startswith("Đã nhận ")  # received today, late
    assert page.model.text(page.model.rows[row], REPORT).endswith(" (muộn)")
    assert not page.accept_button.isEnabled()  # nothing selected yet
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
    assert page.accept_button.isEnabled() and page.return_button.isEnabled() and not page.reopen_button.isEnabled()
    dialog = page.ask_review(RETURNED)
    dialog.reason.setPlainText("Thiếu số văn bản ban hành")
    dialog.notes.setPlainText("16: đề nghị bổ sung số văn bản")
    dialog.accept()
    qtbot.waitUntil(lambda: "Gói kết quả" in page.review_message.text(), timeout=10_000)
    idle(coordinator.worker)
    text = page.review_message.text()
    assert "Trả lại ngày" in text and "lý do Thiếu số văn bản ban hành" in text
    assert "Nhiệm vụ (16): đề nghị bổ sung số văn bản" in text
    qtbot.waitUntil(lambda: next(r for r in page.model.rows if r.agency == AGENCY).verdict == RETURNED,
                    timeout=10_000)
    assert page.model.text(next(r for r in page.model.rows if r.agency == AGENCY), REPORT).startswith("Trả lại ")
    [verdict_package] = (coordinator_ws.data_dir / "goi-gui-di").glob("ket-qua-*.kh57")

    assert package_import.import_paths(agency_ws, [verdict_package])[0].ok
    agency = start_app(agency_ws, today=Q2.end)
    agency.context.set_period(Q2)
    agency_page = sync_page(agency, qtbot).agency
    qtbot.waitUntil(lambda: "Trả lại" in agency_page.verdict_info.text(), timeout=10_000)
    shown = agency_page.verdict_info.text()
    assert "Sở KH&CN đã nhận ngày" in shown and "lý do Thiếu số văn bản ban hành" in shown
    assert "Nhiệm vụ (16): đề nghị bổ sung số văn bản" in shown


def test_the_report_register_shows_the_verdict_with_its_notes(agency_ws, coordinator_ws, tmp_path):
    from kh57desk.coordinator import verdicts as coordinator_verdicts
    from kh57desk.sync import verdict_package
    from kh57desk.ui.register_model import SENT, RegisterModel
    from kh57desk.app.reports import load_register

    generate_report(agency_ws, ("pdf",))
    report_received(agency_ws, coordinator_ws, tmp_path)
    with coordinator_ws.db.transaction() as s:
        coordinator_verdicts.decide(s, AGENCY, Q2, RETURNED, "Thiếu số văn bản", [("16", "bổ sung số văn bản")])
        verdicts = verdict_package.export_for(s, AGENCY, tmp_path / "ket-qua").path
    assert package_import.import_paths(agency_ws, [verdicts])[0].ok
    with agency_ws.db.reader() as s:
        [row] = load_register(s, agency_ws.data_dir)
    assert row.verdict.startswith("Trả lại ngày") and row.verdict.endswith("lý do Thiếu số văn bản")
    assert RegisterModel.text(row, SENT).endswith(row.verdict)
    assert row.verdicts[0].startswith("Sở KH&CN đã nhận ngày")
    assert row.verdicts[-1] == "    Nhiệm vụ (16): bổ sung số văn bản"
    # the returned report, corrected: a new version under the same number, sent again and received
    generate_report(agency_ws, ("pdf",))
    with agency_ws.db.reader() as s:
        rows = sorted(load_register(s, agency_ws.data_dir), key=lambda r: r.info.version)
    assert [(r.info.number, r.info.version) for r in rows] == [(rows[0].info.number, 1), (rows[0].info.number, 2)]
    with agency_ws.db.transaction() as s:
        again = report_package.export(agency_ws, s, Q2, tmp_path / "bc-lan-2.kh57")
    assert again.report_files == 1
    [resent] = package_import.import_paths(coordinator_ws, [again.path])
    assert resent.ok and not resent.preview.new_sender


def test_both_sync_screens_show_this_computers_fingerprint(agency_ws, coordinator_ws, start_app, qtbot):
    from kh57desk.signing import origin

    for ws, side in ((coordinator_ws, "coordinator"), (agency_ws, "agency")):
        app = start_app(ws, today=Q2.end)
        widget = getattr(sync_page(app, qtbot), side)
        fingerprint = origin.load_or_create(ws.data_dir).fingerprint
        qtbot.waitUntil(lambda: fingerprint in widget.fingerprint.text(), timeout=10_000)
        assert widget.fingerprint.text().startswith("Mã khóa của máy này")


def test_an_acceptance_signed_by_a_person_reaches_the_agency_with_its_signer(
        agency_ws, coordinator_ws, start_app, qtbot, idle, typist, pki_env, tmp_path):
    import zipfile

    from kh57desk.services.verdicts import ACCEPTED
    from kh57desk.sync import container

    coordinator, page, row = completeness_after_the_report(agency_ws, coordinator_ws, start_app, qtbot, tmp_path)
    page.table.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
    page.sign_verdicts.setChecked(True)
    page.accept_button.click()
    dialog = page.findChild(SignDialog)
    assert dialog is not None and dialog.isVisible()
    assert not (coordinator_ws.data_dir / "goi-gui-di").exists() or not list(
        (coordinator_ws.data_dir / "goi-gui-di").glob("ket-qua-*.kh57"))  # nothing decided before it is signed
    dialog.use_file.setChecked(True)
    dialog.key_file.setText(str(pki_env.p12))
    typist(dialog.secret, pki_env.password)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: "Gói đã được ký số." in page.review_message.text(), timeout=60_000)
    idle(coordinator.worker)
    assert dialog.secret.text() == ""
    qtbot.waitUntil(lambda: next(r for r in page.model.rows if r.agency == AGENCY).verdict == ACCEPTED,
                    timeout=10_000)
    [verdict_package] = (coordinator_ws.data_dir / "goi-gui-di").glob("ket-qua-*.kh57")
    with zipfile.ZipFile(verdict_package) as archive:
        assert container.MANIFEST_SIGNATURE in archive.namelist()
    [preview] = package_import.import_paths(agency_ws, [verdict_package], dry_run=True)
    assert preview.ok and preview.preview.signed_by == "Nguyễn Văn An"


def test_a_wrong_password_records_no_verdict_and_writes_no_package(agency_ws, coordinator_ws, pki_env, tmp_path):
    import pytest

    from kh57desk.app import verdicts as app_verdicts
    from kh57desk.errors import Kh57Error
    from kh57desk.services import verdicts as verdict_service
    from kh57desk.services.verdicts import ACCEPTED
    from kh57desk.services.signing_service import P12File

    report_received(agency_ws, coordinator_ws, tmp_path)
    with coordinator_ws.db.reader() as s:
        before = verdict_service.list_verdicts(s, period=Q2.id)
    with pytest.raises(Kh57Error):
        app_verdicts.review_signed(coordinator_ws, AGENCY, Q2, ACCEPTED, "", "", P12File(pki_env.p12), "sai-mat-khau")
    with coordinator_ws.db.reader() as s:
        assert verdict_service.list_verdicts(s, period=Q2.id) == before
    assert not list((coordinator_ws.data_dir / "goi-gui-di").glob("ket-qua-*.kh57"))


def test_the_sign_dialog_stays_open_while_it_signs(demo_app, qtbot, typist, pki_env):
    import threading

    release = threading.Event()

    class Made:
        @staticmethod
        def lines():
            return ["Đã ký."]

    def slow(_ws, _source, _secret):
        release.wait(10)
        return Made()

    dialog = SignDialog(demo_app.context, demo_app.window, "Ký thử", "Ký một tệp thử", slow)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_file.setChecked(True)
    dialog.key_file.setText(str(pki_env.p12))
    typist(dialog.secret, pki_env.password)
    dialog.sign_button.click()
    assert dialog.working and not dialog.close_button.isEnabled()
    dialog.reject()  # Esc or ✕ while the token works: ignored
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
    assert dialog.message.text() == "Đã ký." and dialog.close_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()
