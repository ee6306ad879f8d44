"""An agency changed computers: the Department's program refuses its first package from the new
machine (another key speaks for the agency), the user revokes the old key in Đồng bộ → Khóa của
người gửi…, imports the package again after comparing the new key code, and the agency counts as
reported. Before this, the way out was a command line the Department's staff do not use."""

from __future__ import annotations

from journey_driver import Wait, answer_question, private_ui_settings, run_program, visible  # noqa: F401
from journey_steps import main_window

from kh57desk.coordinator.completeness import MISSING
from kh57desk.domain.periods import parse_period
from kh57desk.services import plan_import, progress, senders, setup, tasks as task_service
from kh57desk.signing import origin
from kh57desk.sync import package_import, report_package, task_package
from kh57desk.workspace import open_workspace
from plan_fixtures import appendix_xlsx

Q2 = parse_period("2025-Q2")
AGENCY = "Sở Y tế"


def _agency_report(coordinator, folder, packages, result: str):
    """An agency database set up from its task package, one update typed, its report package."""
    with coordinator.db.transaction() as session:
        tasks = task_package.export_for(session, AGENCY, packages / folder.name).path
    agency = open_workspace(folder)
    try:
        [imported] = package_import.import_paths(agency, [tasks], trust_new_sender=True)
        assert imported.ok, imported.message
        with agency.db.transaction() as session:
            progress.record(session, task_service.find_task(session, "16"), Q2, state="hoàn thành",
                            completed_on="10/5/2025", result=result)
        with agency.db.transaction() as session:
            package = report_package.export(agency, session, Q2, packages / f"{folder.name}.kh57").path
        return package, origin.load_or_create(folder).fingerprint
    finally:
        agency.close()


def test_an_agency_on_a_new_computer_is_taken_after_the_old_key_is_revoked(tmp_path):
    plan = tmp_path / "Phụ lục II kế hoạch 2025.xlsx"
    appendix_xlsx(plan)
    coordinator_dir = tmp_path / "so-khcn"
    coordinator = open_workspace(coordinator_dir)
    with coordinator.db.transaction() as session:
        setup.initialise(session, "Sở Khoa học và Công nghệ", coordinator=True, province="Hưng Yên")
        plan_import.apply(session, plan_import.read_file(plan))
    first, old_key = _agency_report(coordinator, tmp_path / "may-cu", tmp_path / "goi", "Bản từ máy cũ")
    [imported] = package_import.import_paths(coordinator, [first], trust_new_sender=True)
    assert imported.ok, imported.message
    second, new_key = _agency_report(coordinator, tmp_path / "may-moi", tmp_path / "goi", "Bản từ máy mới")
    coordinator.close()
    seen: dict = {"questions": []}

    def steps():
        from kh57desk.ui.package_dialog import PackageDialog
        from kh57desk.ui.senders_dialog import SendersDialog

        # the package from the new computer, double-clicked: refused, with the way out
        yield Wait(lambda: visible(PackageDialog) is not None, "the package preview")
        dialog = visible(PackageDialog)
        yield Wait(lambda: dialog.previews is not None, "the package checked", timeout=30)
        seen["refused"] = (dialog.previews[0].ok, dialog.previews[0].message, dialog.import_button.isEnabled())
        dialog.close()
        window = main_window()
        window.context.set_period(Q2)
        sync = window.show_page("sync")
        yield Wait(lambda: sync.state is not None and not window.context.worker.busy, "Đồng bộ")
        sync.senders_button.click()
        yield Wait(lambda: visible(SendersDialog) is not None and visible(SendersDialog).view is not None,
                   "Khóa của người gửi")
        keys = visible(SendersDialog)
        keys.select_sender(AGENCY)
        seen["bound"] = keys.bindings.currentItem().text(2)
        answer_question("&Có", seen["questions"])
        keys.revoke_button.click()
        yield Wait(lambda: not keys.select_sender(AGENCY), "the old key revoked")
        keys.close()
        # the same package again: a new sender, taken once its key code is confirmed
        again = sync.open_import([str(second)])
        yield Wait(lambda: again.previews is not None and again.import_button.isEnabled(), "checked again", timeout=30)
        answer_question("&Có", seen["questions"])
        again.import_button.click()
        yield Wait(lambda: again.results is not None, "the package imported", timeout=30)
        seen["imported"] = [(r.ok, r.message) for r in again.results]
        again.close()
        yield Wait(lambda: not window.context.worker.busy and any(
            r.agency == AGENCY and r.report_state != MISSING for r in sync.coordinator.model.rows), "completeness")
        window.close()

    code, journey = run_program(["--data-dir", str(coordinator_dir), str(second)], steps())
    assert journey.error == "" and journey.finished and code == 0
    ok, message, importable = seen["refused"]
    assert not ok and not importable and new_key in message and old_key in message
    assert "Đồng bộ → Khóa của người gửi…" in message
    assert seen["bound"] == old_key
    revoke_question, new_sender_question = seen["questions"]
    assert f"Thu hồi khóa {old_key} của {AGENCY}?" in revoke_question
    assert AGENCY in new_sender_question and new_key in new_sender_question
    [(imported_ok, imported_message)] = seen["imported"]
    assert imported_ok, imported_message
    check = open_workspace(coordinator_dir)
    try:
        with check.db.reader() as session:
            active = [(b.sender, b.fingerprint) for b in senders.list_bindings(session) if b.role == "agency"]
            every = senders.list_bindings(session, include_revoked=True)
        assert active == [(AGENCY, new_key)]
        assert [(b.fingerprint, b.active) for b in every if b.sender == AGENCY] == [(old_key, False), (new_key, True)]
    finally:
        check.close()
