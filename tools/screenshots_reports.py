"""The screenshots of Báo cáo and Đồng bộ, called by ``tools/screenshots.py`` with its window.

The agency's shots use the window already open (Sở Nội vụ): a report written, generated and
signed with a test certificate (made here with ``tests/pki.py``: the CA is a test one), its print
preview, the signature check and the report package. The coordinator's use a second database:
Sở Khoa học và Công nghệ hands out task packages, three agencies send report packages back,
and the coordinator imports them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.pki import P12_PASSWORD, make_ca, make_signer, write_p12

PARAGRAPH = ("Trong quý, Sở đã quán triệt Nghị quyết số 57-NQ/TW đến toàn thể công chức, viên chức; hoàn thành kế "
             "hoạch triển khai của Sở và tập trung rà soát thủ tục hành chính để cung cấp dịch vụ công trực tuyến "
             "toàn trình.")
AGENCY_PROGRESS = {  # what each agency reports back (task ref → state, completion date)
    "Sở Y tế": {"16": ("hoàn thành", "10/5/2025"), "28": ("đang thực hiện", ""), "34": ("hoàn thành", "2/6/2025")},
    "Sở Tài chính": {"68": ("hoàn thành", "5/6/2025")},
    "Sở Nội vụ": {"1": ("hoàn thành", "25/3/2025"), "8": ("đang thực hiện", "")},
}


def agency_shots(app, controller, scratch: Path, shoot, wait, settle) -> None:
    from kh57desk.ui.sign_dialog import SignDialog

    window = controller.window
    ca = make_ca("CA thử nghiệm (không dùng thật)")
    key = write_p12(scratch / "nguyen-van-an.p12", make_signer(ca, "Nguyễn Văn An", organization="Sở Nội vụ"), ca)
    page = window.show_page("reports")
    wait(app, lambda: page.state is not None and page.state.summary is not None)
    page.form.texts["results_text"].setPlainText(PARAGRAPH)
    page.form.number.setText("12")
    page.form.date.setText("20/6/2025")
    page.generate()
    wait(app, lambda: page.last_generated is not None and page.selected() is not None
         and page.selected().id == page.last_generated.id, 60)
    first = page.last_generated
    dialog: SignDialog = page.sign()
    dialog.use_file.setChecked(True)
    dialog.key_file.setText(str(key))
    dialog.secret.setText(P12_PASSWORD)
    dialog.sign()
    wait(app, lambda: dialog.result_value is not None, 60)
    dialog.secret.setText("••••••")  # only dots on the picture, as when typing
    dialog.move(300, 160)
    shoot(dialog, "10-ky-so")
    dialog.close()
    page.generate()  # a second version, not signed yet
    wait(app, lambda: page.last_generated is not None and page.last_generated.id != first.id
         and page.model.rowCount() == 2, 60)
    settle(app, 1.0)
    page.select_report(first.id)
    wait(app, lambda: page.selected().id == first.id and page.selected().info.signed)
    shoot(window, "09-bao-cao")

    preview = page.preview()
    preview.resize(1100, 700)
    preview.move(120, 30)
    settle(app, 1.5)
    shoot(preview, "11-xem-truoc-in")
    preview.close()
    verify = page.verify()
    wait(app, lambda: verify.result is not None, 60)
    verify.move(250, 100)
    shoot(verify, "12-kiem-tra-chu-ky")
    verify.close()

    sync = window.show_page("sync")
    wait(app, lambda: sync.state is not None)
    sync.agency.export()
    wait(app, lambda: sync.agency.package is not None, 60)
    shoot(window, "13-dong-bo-co-quan")


def coordinator_shots(app, translations, today: dt.date, scratch: Path, plan_file: Path, shoot, wait,
                      settle) -> None:
    """A coordinator database with report packages from three agencies."""
    from kh57desk.domain.periods import parse_period
    from kh57desk.services import plan_import, progress, report_register, settings, setup, tasks
    from kh57desk.sync import report_package, task_package
    from kh57desk.ui.app import Application
    from kh57desk.workspace import open_workspace

    q2 = parse_period("2025-Q2")
    coordinator = open_workspace(scratch / "so-khcn")
    with coordinator.db.transaction() as s:
        setup.initialise(s, "Sở Khoa học và Công nghệ", signer_name="Trần Văn Dũng", signer_title="GIÁM ĐỐC",
                         coordinator=True)
        plan_import.apply(s, plan_import.read_file(plan_file))
    inbox = scratch / "goi-bao-cao"
    for number, (name, entries) in enumerate(AGENCY_PROGRESS.items()):
        with coordinator.db.transaction() as s:
            package = task_package.export_for(s, name, scratch / "goi-nhiem-vu").path
        from kh57desk.sync import package_import

        agency = open_workspace(scratch / f"co-quan-{number}")
        package_import.import_paths(agency, [package], trust_new_sender=True)
        with agency.db.transaction() as s:
            settings.update(s, signer_name=f"Người ký {number + 1}", signer_title="PHÓ GIÁM ĐỐC")
            for ref, (state, completed) in entries.items():
                progress.record(s, tasks.find_task(s, ref), q2, state=state, completed_on=completed,
                                result=f"Kết quả thực hiện nhiệm vụ {ref} trong quý II.")
        with agency.db.transaction() as s:
            report_register.generate(agency, s, q2, ("pdf",), today=today)
        with agency.db.transaction() as s:
            report_package.export(agency, s, q2, inbox / f"bao-cao-{number + 1}.kh57")
        agency.close()
    coordinator.close()

    controller = Application(open_workspace(scratch / "so-khcn"), today=lambda: today, translations=translations)
    controller.start()
    wait(app, lambda: controller.window is not None)
    window = controller.window
    window.setGeometry(0, 0, 1366, 768)
    controller.context.set_period(q2)
    page = window.show_page("sync")
    wait(app, lambda: page.state is not None and page.state.period == q2)
    page.coordinator.export_to(scratch / "goi-nhiem-vu-moi")
    wait(app, lambda: bool(page.coordinator.exports), 60)
    dialog = page.open_import([str(inbox)])
    wait(app, lambda: dialog.previews is not None, 60)
    dialog.move(180, 80)
    shoot(dialog, "14-nhap-goi")
    dialog.confirm_new_senders = lambda: True  # as a user answers after reading each key code over the phone
    dialog.apply()
    wait(app, lambda: dialog.results is not None, 60)
    dialog.close()
    wait(app, lambda: any(r.report_state != "missing" for r in page.coordinator.model.rows))
    page.coordinator.show_combo.setCurrentIndex(0)
    settle(app, 1.0)
    shoot(window, "15-dong-bo-tong-hop")
    overview = window.show_page("overview")
    wait(app, lambda: overview.completeness is not None and overview.completeness.data is not None)
    settle(app, 1.0)
    shoot(window, "16-tong-quan-tong-hop")
    controller.quit()
