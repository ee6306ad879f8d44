"""The Đồng bộ screen for both roles, on real packages: the coordinator hands out task packages;
an agency's new database opens one by double-click (``kh57desk FILE.kh57``), enters progress,
sends a signed report package (through the sign dialog) and copies it to a "USB stick"; the
coordinator's window previews and imports it and sees completeness change (on Đồng bộ and on
Tổng quan), then produces the consolidated report. A refused package shows its Vietnamese
message and leaves the database as it was. Signing settings are saved from Cài đặt."""

from __future__ import annotations

import sqlite3
import zipfile

import pytest
from PySide6.QtCore import Qt

from kh57desk.coordinator.completeness import MISSING, ON_TIME
from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_import, progress, settings as settings_service, setup, tasks as task_service
from kh57desk.sync import package_import, task_package
from kh57desk.sync.manifest import DATA_FILE, REPORT
from kh57desk.workspace import open_workspace

from pki import make_images, pki_env  # noqa: F401 - pytest fixture
from plan_fixtures import appendix_xlsx

Q2 = parse_period("2025-Q2")
AGENCY = "Sở Y tế"


@pytest.fixture
def coordinator_ws(tmp_path):
    ws = open_workspace(tmp_path / "so-khcn")
    with ws.db.transaction() as s:
        setup.initialise(s, "Sở Khoa học và Công nghệ", signer_name="Trần Văn Dũng", signer_title="GIÁM ĐỐC",
                         coordinator=True)
    appendix_xlsx(tmp_path / "phụ lục.xlsx")
    with ws.db.transaction() as s:
        plan_import.apply(s, plan_import.read_file(tmp_path / "phụ lục.xlsx"))
    yield ws
    ws.close()


def agency_from_task_package(coordinator_ws, folder, packages):
    """Sở Y tế's database in ``folder``, set up from the task package the coordinator writes now."""
    with coordinator_ws.db.transaction() as s:
        package = task_package.export_for(s, AGENCY, packages).path
    ws = open_workspace(folder)
    [result] = package_import.import_paths(ws, [package], trust_new_sender=True)
    assert result.ok, result.message
    return ws


@pytest.fixture
def agency_ws(coordinator_ws, tmp_path):
    """Sở Y tế's database, set up from its task package, with progress for quarter II."""
    ws = agency_from_task_package(coordinator_ws, tmp_path / "so-y-te", tmp_path / "goi-nhiem-vu")
    with ws.db.transaction() as s:
        settings_service.update(s, signer_name="Lê Thị Hoa", signer_title="PHÓ GIÁM ĐỐC")
        progress.record(s, task_service.find_task(s, "16"), Q2, state="hoàn thành", completed_on="10/5/2025",
                        result="Đã triển khai bệnh án điện tử.")
        progress.record(s, task_service.find_task(s, "28"), Q2, state="đang thực hiện",
                        difficulties="Thiếu nhân lực công nghệ thông tin")
    yield ws
    ws.close()


def dump(ws) -> list[str]:
    with sqlite3.connect(ws.db.path) as connection:
        return [line for line in connection.iterdump() if "audit_log" not in line]


def sync_page(controller, qtbot):
    page = controller.window.show_page("sync")
    qtbot.waitUntil(lambda: page.state is not None, timeout=10_000)
    return page


def confirm_senders(monkeypatch) -> list[str]:
    """Answer Có to the new-sender question, keeping its text."""
    asked: list[str] = []
    monkeypatch.setattr("kh57desk.ui.package_dialog.ask", lambda _parent, _title, text: asked.append(text) or True)
    return asked


def test_task_packages_out_and_a_double_clicked_package_sets_up_the_agency(coordinator_ws, start_app, qtbot, idle,
                                                                         tmp_path, monkeypatch):
    from kh57desk.ui.app import Application
    from kh57desk.ui.translations import Translations

    coordinator = start_app(coordinator_ws)
    page = sync_page(coordinator, qtbot)
    assert page.stack.currentWidget() is page.coordinator
    out = tmp_path / "goi gửi các cơ quan"
    out.mkdir()
    page.coordinator.export_to(out)
    idle(coordinator.worker)
    exports = page.coordinator.exports
    assert len(exports) == page.coordinator.exported.topLevelItemCount() > 5
    files = sorted(out.glob("*.kh57"))
    assert sorted(e.path for e in exports) == files
    health = next(e for e in exports if e.agency == AGENCY)
    assert health.tasks > 0 and health.path.name.startswith("nhiem-vu-")
    # a verified copy on a "USB stick"
    usb = tmp_path / "USB"
    usb.mkdir()
    page.coordinator.exported.setCurrentItem(page.coordinator.exported.topLevelItem(exports.index(health)))
    page.coordinator.copy_to_usb_folder(usb)
    idle(coordinator.worker)
    assert (usb / health.path.name).read_bytes() == health.path.read_bytes()
    assert "Đã chép và kiểm tra bản chép" in page.coordinator.export_message.text()

    # Sở Y tế double-clicks its package on a machine where kh57desk was never set up
    fresh = open_workspace(tmp_path / "máy mới")
    translations = Translations()
    translations.install("vi")
    agency = Application(fresh, today=lambda: Q2.end, translations=translations, package=str(health.path))
    try:
        agency.start()
        qtbot.waitUntil(lambda: agency.package_dialog is not None and agency.package_dialog.previews is not None,
                        timeout=20_000)
        dialog = agency.package_dialog
        assert agency.window is None and agency.wizard is None
        lines = [dialog.tree.topLevelItem(0).child(i).text(1) for i in range(dialog.tree.topLevelItem(0).childCount())]
        assert "Cơ sở dữ liệu mới sẽ được thiết lập cho Sở Y tế." in lines
        [fingerprint] = [line.split("mã khóa ")[1][:19] for line in lines if line.startswith("Người gửi mới")]
        assert dialog.import_button.isEnabled()
        asked = confirm_senders(monkeypatch)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.results is not None, timeout=20_000)
        dialog.close()
        qtbot.waitUntil(lambda: agency.window is not None, timeout=20_000)
        idle(agency.worker)
        assert len(asked) == 1 and f"• Sở Khoa học và Công nghệ: mã khóa {fingerprint}" in asked[0]
        assert agency.window.agency.text() == AGENCY
        with fresh.db.reader() as s:
            assert len(task_service.list_tasks(s, Q2)) == health.tasks
    finally:
        agency.quit()
        translations.remove()
        fresh.close()


def test_kh57desk_file_opens_the_import_preview(agency_ws, coordinator_ws, start_app, qtbot, idle, tmp_path):
    """A configured database: the window opens, then the preview of the double-clicked file."""
    from kh57desk.ui.app import Application, _package_argument
    from kh57desk.ui.translations import Translations

    with coordinator_ws.db.transaction() as s:
        path = task_package.export_for(s, AGENCY, tmp_path / "lần 2").path
    assert _package_argument(str(path)) == str(path.resolve())
    assert _package_argument(str(tmp_path / "không-có.kh57")) == ""
    assert _package_argument("-platform") == ""
    translations = Translations()
    translations.install("vi")
    controller = Application(agency_ws, today=lambda: Q2.end, translations=translations,
                             package=_package_argument(str(path)))
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
        window = controller.window
        assert window.current_page == "sync"
        from kh57desk.ui.package_dialog import PackageDialog

        qtbot.waitUntil(lambda: window.findChild(PackageDialog) is not None
                        and window.findChild(PackageDialog).previews is not None, timeout=20_000)
        dialog = window.findChild(PackageDialog)
        [preview] = dialog.previews
        assert preview.ok and preview.preview.kind == "tasks"
        assert dialog.chosen.text() == str(path.resolve())
        assert package_import.MERGE_POLICY in [w.text() for w in dialog.findChildren(type(dialog.chosen))]
    finally:
        controller.quit()
        translations.remove()


def test_report_package_signed_sent_imported_and_completeness_changes(agency_ws, coordinator_ws, start_app, qtbot,
                                                                      idle, typist, pki_env, tmp_path, monkeypatch):
    agency = start_app(agency_ws, today=Q2.end)
    agency.context.set_period(Q2)
    page = sync_page(agency, qtbot)
    assert page.stack.currentWidget() is page.agency
    assert "chưa lập báo cáo" in page.agency.report_info.text()
    dialog = page.agency.export_signed()
    dialog.use_file.setChecked(True)
    dialog.key_file.setText(str(pki_env.p12))
    typist(dialog.secret, pki_env.password)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: page.agency.package is not None, timeout=30_000)
    idle(agency.worker)
    assert dialog.secret.text() == ""
    package = page.agency.package.path
    assert package.is_file() and package.parent.name == "goi-gui-di"
    with zipfile.ZipFile(package) as z:
        assert "manifest.p7s" in z.namelist()
    assert "Gói đã được ký số." in page.agency.package_info.text()
    assert page.agency.mail_button.isEnabled() and page.agency.usb_button.isEnabled()
    usb = tmp_path / "USB"
    usb.mkdir()
    page.agency.copy_package_to(usb)
    idle(agency.worker)
    assert (usb / package.name).read_bytes() == package.read_bytes()
    dialog.close()

    coordinator = start_app(coordinator_ws, today=Q2.end)
    coordinator.context.set_period(Q2)
    overview = coordinator.window.pages["overview"]
    qtbot.waitUntil(lambda: overview.completeness is not None and overview.completeness.data is not None,
                    timeout=10_000)
    missing_before = overview.completeness.figures[MISSING].text().split("\n")[0]
    cpage = sync_page(coordinator, qtbot)
    qtbot.waitUntil(lambda: cpage.coordinator.model.rowCount() > 0, timeout=10_000)
    row = next(r for r in cpage.coordinator.model.rows if r.agency == AGENCY)
    assert row.report_state == MISSING
    importer = cpage.open_import([str(usb / package.name)])
    qtbot.waitUntil(lambda: importer.previews is not None, timeout=30_000)
    [preview] = importer.previews
    assert preview.ok and not preview.preview.applied
    assert preview.preview.signed_by == "Nguyễn Văn An"
    assert importer.summary.text().startswith("XEM TRƯỚC — chưa ghi gì.")
    children = [importer.tree.topLevelItem(0).child(i).text(1) for i in range(importer.tree.topLevelItem(0).childCount())]
    assert "Chữ ký số: Nguyễn Văn An" in children
    assert any(line.startswith("Cập nhật tiến độ: thêm 2") for line in children)
    asked = confirm_senders(monkeypatch)
    importer.import_button.click()
    qtbot.waitUntil(lambda: importer.results is not None, timeout=30_000)
    idle(coordinator.worker)
    assert importer.results[0].preview.applied
    assert len(asked) == 1 and f"• {AGENCY}: mã khóa {importer.results[0].preview.sender.fingerprint}" in asked[0]
    assert f"• {AGENCY}: chứng thư số của Nguyễn Văn An, mã " in asked[0]
    assert importer.summary.text().startswith("Đã nhập 1 gói")
    # received on the program's today, 14/6/2025: before the due day, 20/6
    qtbot.waitUntil(lambda: next(r for r in cpage.coordinator.model.rows if r.agency == AGENCY).report_state
                    == ON_TIME, timeout=10_000)
    row = next(r for r in cpage.coordinator.model.rows if r.agency == AGENCY)
    assert row.received_on == Q2.end
    assert row.signed_by == "Nguyễn Văn An" and row.counts["done_on_time"] == 1
    assert cpage.received.topLevelItemCount() == 1
    assert cpage.received.topLevelItem(0).text(2) == AGENCY
    # Tổng quan follows
    coordinator.window.show_page("overview")
    qtbot.waitUntil(lambda: overview.completeness.figures[ON_TIME].text().startswith("1\n"), timeout=10_000)
    assert int(overview.completeness.figures[MISSING].text().split("\n")[0]) == int(missing_before) - 1
    # the same file again: nothing to do, and it says so
    importer.close()
    again = cpage.open_import([str(package)])
    qtbot.waitUntil(lambda: again.previews is not None, timeout=30_000)
    assert again.previews[0].message == "đã nhập trước đây, không thay đổi"
    assert not again.import_button.isEnabled()
    again.close()

    # the consolidated report, found in the register
    cpage.coordinator.xlsx.setChecked(False)
    cpage.coordinator.consolidate_button.click()
    qtbot.waitUntil(lambda: cpage.coordinator.result is not None, timeout=60_000)
    idle(coordinator.worker)
    result = cpage.coordinator.result
    assert [p.suffix for p in result.files] == [".pdf"] and result.files[0].is_file()
    assert (result.data.on_time, result.data.late) == (1, 0)
    reports = coordinator.window.show_page("reports")
    qtbot.waitUntil(lambda: reports.model.rowCount() == 1, timeout=10_000)
    assert reports.model.rows[0].consolidated
    assert reports.proxy.index(0, 4).data() == "Tổng hợp"


def test_a_refused_package_says_why_and_changes_nothing(agency_ws, coordinator_ws, start_app, qtbot, idle, tmp_path):
    from kh57desk.sync import report_package

    with agency_ws.db.transaction() as s:
        package = report_package.export(agency_ws, s, Q2, tmp_path / "gói.kh57").path
    tampered = tmp_path / "gói bị sửa.kh57"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == DATA_FILE[REPORT]:
                data = data.replace("Thiếu nhân lực".encode(), "Thừa nhân lực".encode())
            target.writestr(info, data)
    coordinator = start_app(coordinator_ws, today=Q2.end)
    before = dump(coordinator_ws)
    page = sync_page(coordinator, qtbot)
    dialog = page.open_import([str(tampered)])
    qtbot.waitUntil(lambda: dialog.previews is not None, timeout=30_000)
    [refused] = dialog.previews
    assert not refused.ok and "mã băm" in refused.message
    assert dialog.tree.topLevelItem(0).text(1) == f"✗ {refused.message}"
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text().endswith("1 gói bị từ chối.")
    dialog.close()
    # a task package given to the coordinator is refused too
    with coordinator_ws.db.transaction() as s:
        own = task_package.export_for(s, AGENCY, tmp_path / "nv").path
    before = dump(coordinator_ws)
    dialog = page.open_import([str(own)])
    qtbot.waitUntil(lambda: dialog.previews is not None, timeout=30_000)
    assert "cơ sở dữ liệu tổng hợp không nhập gói này" in dialog.previews[0].message
    dialog.close()
    assert dump(coordinator_ws) == before


def test_signing_settings_saved_from_cai_dat(demo_app, demo_workspace, qtbot, idle, pki_env, tmp_path):
    page = demo_app.window.show_page("settings")
    qtbot.waitUntil(lambda: page.loaded_once)
    idle(demo_app.worker)
    box = page.signing
    signature, seal = make_images(tmp_path)
    box.set_image("signature_image", str(signature))
    box.set_image("seal_image", str(seal))
    box.email.setText("vanthu.skhcn@thaibinh.gov.vn")
    assert box.seal_size.value() == 36
    box.seal_size.setValue(40)
    assert page.dirty
    page.save()
    idle(demo_app.worker)
    with demo_workspace.db.reader() as s:
        prefs = settings_service.load(s)
    assert prefs.seal_size_mm == 40
    assert prefs.signature_image.startswith("signing") and (demo_workspace.data_dir / prefs.signature_image).is_file()
    assert (demo_workspace.data_dir / prefs.seal_image).is_file()
    assert prefs.coordinator_email == "vanthu.skhcn@thaibinh.gov.vn"
    assert box.image_labels["signature_image"].text() == prefs.signature_image.split("/")[-1].split("\\")[-1]
    # a module that does not exist: a message, and nothing saved (not even the good field)
    box.module.setText(str(tmp_path / "khong-co.dll"))
    box.tsa.setText("http://tsa.example.vn/tsr")
    page.save()
    idle(demo_app.worker)
    assert "khong-co.dll" in demo_app.context.last_error
    with demo_workspace.db.reader() as s:
        prefs = settings_service.load(s)
    assert (prefs.pkcs11_module, prefs.tsa_url) == ("", "")
    box.module.setText("")
    box.email.setText("không phải địa chỉ")
    page.save()
    idle(demo_app.worker)
    assert "không hợp lệ" in demo_app.context.last_error
    # trusted CAs change at once
    box.add_ca(pki_env.ca_pem)
    idle(demo_app.worker)
    assert box.trusted.topLevelItemCount() == 1
    assert box.trusted.topLevelItem(0).text(0) == "CA thử nghiệm kh57desk"
    box.add_ca(pki_env.ca_pem)
    idle(demo_app.worker)
    assert "đã có trong danh sách tin cậy" in box.trust_message.text()
    box.trusted.setCurrentItem(box.trusted.topLevelItem(0))
    box.remove_selected_ca()
    idle(demo_app.worker)
    assert box.trusted.topLevelItemCount() == 0


def test_the_completeness_table_sorts_agency_names_the_vietnamese_way():
    from kh57desk.coordinator.completeness import AgencyStatus
    from kh57desk.ui.completeness_model import AGENCY, CompletenessModel

    names = ["Văn phòng UBND tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh", "Đài Khí tượng thủy văn tỉnh", "Sở Dân tộc và Tôn giáo"]
    rows = [AgencyStatus(name, "department") for name in names]
    ordered = sorted(rows, key=lambda row: CompletenessModel.sort_value(row, AGENCY))
    assert [r.agency for r in ordered] == ["Đài Khí tượng thủy văn tỉnh", "Sở Dân tộc và Tôn giáo",
                                           "Ủy ban Mặt trận Tổ quốc tỉnh", "Văn phòng UBND tỉnh"]


def test_the_completeness_table_names_self_assigned_tasks_apart(qapp):
    from kh57desk.coordinator.completeness import AgencyStatus
    from kh57desk.ui.completeness_model import LEAD, CompletenessModel

    model = CompletenessModel()
    model.set_rows([AgencyStatus("Sở Y tế", "department", lead=5, self_assigned=2),
                    AgencyStatus("Sở Nội vụ", "department", lead=3)])
    adopted, given = (model.index(row, LEAD) for row in range(2))
    assert model.data(adopted) == "5 (2 tự nhận)" and model.data(given) == "3"
    assert "2 nhiệm vụ do cơ quan tự nhận" in model.data(adopted, Qt.ItemDataRole.ToolTipRole)
    assert model.data(given, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(adopted, CompletenessModel.SORT_ROLE) == 5  # sorts on the number it leads


def test_an_agency_on_a_new_computer_is_taken_after_its_old_key_is_revoked_in_the_window(
        agency_ws, coordinator_ws, start_app, qtbot, idle, tmp_path, monkeypatch):
    from kh57desk.signing import origin
    from kh57desk.sync import report_package

    with agency_ws.db.transaction() as s:
        first = report_package.export(agency_ws, s, Q2, tmp_path / "bao-cao-1.kh57").path
    [result] = package_import.import_paths(coordinator_ws, [first], trust_new_sender=True)
    assert result.ok, result.message
    # the agency reinstalled: a new database, a new key, the same task package
    new_computer = agency_from_task_package(coordinator_ws, tmp_path / "so-y-te-may-moi", tmp_path / "goi-may-moi")
    with new_computer.db.transaction() as s:
        progress.record(s, task_service.find_task(s, "16"), Q2, state="hoàn thành", completed_on="10/5/2025",
                        result="Đã triển khai bệnh án điện tử (nhập lại trên máy mới).")
    with new_computer.db.transaction() as s:
        second = report_package.export(new_computer, s, Q2, tmp_path / "bao-cao-2.kh57").path
    old_key, new_key = (origin.load_or_create(ws.data_dir).fingerprint for ws in (agency_ws, new_computer))
    new_computer.close()

    coordinator = start_app(coordinator_ws, today=Q2.end)
    page = sync_page(coordinator, qtbot)
    refused = page.open_import([str(second)])
    qtbot.waitUntil(lambda: refused.previews is not None, timeout=30_000)
    [preview] = refused.previews
    assert not preview.ok and new_key in preview.message and old_key in preview.message
    assert "thu hồi khóa cũ (Đồng bộ → Khóa của người gửi…" in preview.message
    assert not refused.import_button.isEnabled()
    refused.close()

    dialog = page.open_senders()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    own_key = origin.load_or_create(coordinator_ws.data_dir).fingerprint  # read out to the agencies
    assert dialog.own.text() == f"Mã khóa của máy này (đọc cho bên kia khi được hỏi): {own_key}"
    assert not dialog.revoke_button.isEnabled()  # nothing chosen yet
    assert dialog.select_sender(AGENCY)
    row = dialog.bindings.currentItem()
    assert (row.text(0), row.text(1), row.text(2), row.text(4)) == (AGENCY, "cơ quan thực hiện", old_key, "")
    asked: list[str] = []
    monkeypatch.setattr("kh57desk.ui.senders_dialog.ask", lambda _parent, _title, text: asked.append(text) or True)
    dialog.revoke_selected()
    idle(coordinator.worker)
    qtbot.waitUntil(lambda: not dialog.select_sender(AGENCY), timeout=10_000)
    assert len(asked) == 1 and f"Thu hồi khóa {old_key} của {AGENCY}?" in asked[0]
    dialog.show_revoked.setChecked(True)
    qtbot.waitUntil(lambda: dialog.bindings.topLevelItemCount() == len(dialog.view.bindings)
                    and any(b.revoked_at for b in dialog.view.bindings), timeout=10_000)
    revoked = [dialog.bindings.topLevelItem(i) for i in range(dialog.bindings.topLevelItemCount())
               if dialog.bindings.topLevelItem(i).text(2) == old_key]
    assert len(revoked) == 1 and revoked[0].text(4) != ""
    dialog.close()

    confirmed = confirm_senders(monkeypatch)
    importer = page.open_import([str(second)])
    qtbot.waitUntil(lambda: importer.previews is not None and importer.import_button.isEnabled(), timeout=30_000)
    importer.import_button.click()
    qtbot.waitUntil(lambda: importer.results is not None, timeout=30_000)
    assert importer.results[0].ok, importer.results[0].message
    assert len(confirmed) == 1 and new_key in confirmed[0]  # compared over the phone, as the first time
    importer.close()
    with coordinator_ws.db.reader() as s:
        from kh57desk.services import senders

        assert [(b.sender, b.fingerprint) for b in senders.list_bindings(s) if b.role == "agency"] == [(AGENCY, new_key)]


def test_the_coordinator_signs_the_task_packages_in_the_window(coordinator_ws, start_app, qtbot, idle, typist,
                                                               pki_env, tmp_path):
    from kh57desk.sync import container

    coordinator = start_app(coordinator_ws, today=Q2.end)
    page = sync_page(coordinator, qtbot)
    assert page.coordinator.export_signed_button.isVisible()
    dialog = page.coordinator.export_signed_to(tmp_path / "goi-ky-so")
    dialog.use_file.setChecked(True)
    dialog.key_file.setText(str(pki_env.p12))
    typist(dialog.secret, pki_env.password)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: bool(page.coordinator.exports), timeout=60_000)
    idle(coordinator.worker)
    assert dialog.secret.text() == ""  # the password is never kept
    exports = page.coordinator.exports
    assert len(exports) == page.coordinator.exported.topLevelItemCount() > 10
    assert page.coordinator.export_message.text().startswith(f"Đã tạo {len(exports)} gói nhiệm vụ")
    health = next(e for e in exports if e.agency == AGENCY)
    with zipfile.ZipFile(health.path) as archive:
        assert {container.MANIFEST_SIGNATURE, container.ORIGIN_SIGNATURE} <= set(archive.namelist())
    agency = open_workspace(tmp_path / "so-y-te")
    try:
        [preview] = package_import.import_paths(agency, [health.path], dry_run=True)
        assert preview.ok and preview.preview.signed_by == "Nguyễn Văn An"  # the agency sees who signed
    finally:
        agency.close()


def test_alt_letters_are_unique_on_the_coordinators_sync_screen(coordinator_ws, start_app, qtbot):
    from mnemonics import mnemonic_clashes, mnemonic_texts

    coordinator = start_app(coordinator_ws, today=Q2.end)
    window = coordinator.window
    window.resize(1366, 768)
    window.show()
    sync_page(coordinator, qtbot)
    assert {"Có chữ ký &số…", "Khó&a của người gửi…", "T&rả lại…"} <= set(mnemonic_texts(window))
    assert mnemonic_clashes(window) == {}


def test_a_bad_certificate_file_is_refused_in_the_senders_dialog(agency_ws, coordinator_ws, start_app, qtbot, idle,
                                                                tmp_path):
    from kh57desk.services import senders
    from kh57desk.sync import report_package

    with agency_ws.db.transaction() as s:
        first = report_package.export(agency_ws, s, Q2, tmp_path / "bao-cao.kh57").path
    assert package_import.import_paths(coordinator_ws, [first], trust_new_sender=True)[0].ok
    coordinator = start_app(coordinator_ws, today=Q2.end)
    dialog = sync_page(coordinator, qtbot).open_senders()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    assert dialog.select_sender(AGENCY) and dialog.certificate_button.isEnabled()
    bad = tmp_path / "chung-thu.cer"
    bad.write_text("không phải chứng thư", encoding="utf-8")
    dialog.register_certificate(str(bad))
    idle(coordinator.worker)
    assert "chứng thư" in coordinator.context.last_error.lower() and "\n" not in coordinator.context.last_error
    with coordinator_ws.db.reader() as s:
        assert senders.certificates(s) == []  # nothing registered
    assert dialog.certificates.topLevelItemCount() == 0 and dialog.certificate_button.isEnabled()
