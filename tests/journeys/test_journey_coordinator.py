"""The Department and an agency through the real program, three runs on two data folders:
1. the coordinator's first run imports the plan file chosen in the wizard and writes the task
   packages, signed with the signer's key file;
2. the agency's first run is opening its .kh57 file (a new database takes the task package),
   then an update is typed and the report package made;
3. the coordinator opens that report package, sees the agency as reported in completeness and
   makes the consolidated report, whose text holds the agency's result."""

from __future__ import annotations

from journey_driver import Wait, answer_question, private_ui_settings, run_program, type_text, visible  # noqa: F401
from journey_steps import enter_update, first_run, main_window
from pypdf import PdfReader

from kh57desk.coordinator.completeness import MISSING
from kh57desk.domain.periods import parse_period
from pki import pki_env  # noqa: F401 - pytest fixture
from plan_fixtures import appendix_xlsx

Q2 = parse_period("2025-Q2")
AGENCY = "Sở Nội vụ"
RESULT = "Đã tổ chức hội nghị phát động phong trào thi đua đổi mới sáng tạo toàn tỉnh"


def _package_dialog():
    from kh57desk.ui.package_dialog import PackageDialog

    return visible(PackageDialog)


def _import_in_dialog(questions: list[str]):
    """The package preview: wait for its check, press Nhập vào dữ liệu, say yes to the new sender
    (after reading its fingerprint over the phone), wait for the result."""
    yield Wait(lambda: _package_dialog() is not None, "the package preview")
    dialog = _package_dialog()
    yield Wait(lambda: dialog.import_button.isEnabled(), "the package checked", timeout=30)
    answer_question("&Có", questions)
    dialog.import_button.click()
    yield Wait(lambda: dialog.results is not None, "the package imported", timeout=30)
    results = dialog.results
    dialog.close()
    return results


def test_task_packages_out_reports_in_consolidated(tmp_path, pki_env):
    coordinator_dir, agency_dir, outbox = tmp_path / "so-khcn", tmp_path / "so-noi-vu", tmp_path / "goi-nhiem-vu"
    plan = tmp_path / "Phụ lục II kế hoạch 2025.xlsx"
    appendix_xlsx(plan)
    seen = {}

    def coordinator_first_run():
        from kh57desk.ui.import_dialog import ImportDialog

        yield from first_run("", coordinator=True, plan="file", plan_file=str(plan))
        yield Wait(lambda: visible(ImportDialog) is not None, "the plan's import preview")
        dialog = visible(ImportDialog)
        yield Wait(lambda: dialog.apply_button.isEnabled(), "the plan read", timeout=30)
        dialog.apply_button.click()
        yield Wait(lambda: visible(ImportDialog) is None, "the plan imported", timeout=30)
        window = main_window()
        sync = window.show_page("sync")
        yield Wait(lambda: sync.coordinator.export_button.isEnabled() and not window.context.worker.busy,
                   "the coordinator's Đồng bộ screen")
        # Có chữ ký số…: the folder the user picks in the folder dialog, then the signer's key file
        signing = sync.coordinator.export_signed_to(outbox)
        signing.use_file.setChecked(True)
        signing.key_file.setText(str(pki_env.p12))
        type_text(signing.secret, pki_env.password)
        signing.sign_button.click()
        yield Wait(lambda: bool(sync.coordinator.exports), "the signed task packages written", timeout=60)
        signing.close()
        seen["exports"] = {export.agency: export.path for export in sync.coordinator.exports}
        window.close()

    code, journey = run_program(["--data-dir", str(coordinator_dir)], coordinator_first_run())
    assert journey.error == "" and journey.finished and code == 0
    assert AGENCY in seen["exports"] and len(seen["exports"]) > 10
    package = seen["exports"][AGENCY]

    def agency_first_run():
        results = yield from _import_in_dialog(seen.setdefault("agency_questions", []))
        seen["task_import"] = [(r.ok, r.message) for r in results]
        yield Wait(lambda: main_window() is not None, "the main window of the new database", timeout=20)
        window = main_window()
        seen["agency"] = window.agency.text()
        window.context.set_period(Q2)
        yield from enter_update(window, "(1)", "02/06/2025", "100", RESULT)
        sync = window.show_page("sync")
        yield Wait(lambda: sync.agency.export_button.isEnabled() and not window.context.worker.busy, "Đồng bộ")
        sync.agency.export_button.click()
        yield Wait(lambda: sync.agency.package is not None, "the report package", timeout=60)
        seen["report_package"] = sync.agency.package.path
        window.close()

    code, journey = run_program(["--data-dir", str(agency_dir), str(package)], agency_first_run())
    assert journey.error == "" and journey.finished and code == 0
    assert seen["task_import"] and all(ok for ok, _message in seen["task_import"])
    [question] = seen["agency_questions"]  # the coordinator's key, pinned after a phone check
    assert "Sở Khoa học và Công nghệ" in question and "mã khóa" in question
    assert "Nguyễn Văn An" in question  # the person who signed the task packages
    assert seen["agency"] == AGENCY

    def coordinator_receives():
        yield Wait(lambda: main_window() is not None, "the coordinator's window")
        window = main_window()
        window.context.set_period(Q2)
        results = yield from _import_in_dialog(seen.setdefault("coordinator_questions", []))
        seen["report_import"] = [(r.ok, r.message) for r in results]
        sync = window.show_page("sync")
        coordinator = sync.coordinator
        yield Wait(lambda: not window.context.worker.busy and coordinator.model.rowCount() > 0, "completeness")
        states = {row.agency: row for row in coordinator.model.rows}
        seen["reported"] = states[AGENCY].report_state
        coordinator.consolidate_button.click()
        yield Wait(lambda: coordinator.result is not None, "the consolidated report", timeout=90)
        seen["consolidated"] = [str(path) for path in coordinator.result.files]
        window.close()

    code, journey = run_program(["--data-dir", str(coordinator_dir), str(seen["report_package"])],
                                coordinator_receives())
    assert journey.error == "" and journey.finished and code == 0
    assert seen["report_import"] and all(ok for ok, _message in seen["report_import"])
    [question] = seen["coordinator_questions"]  # the agency bound to its database's key
    assert AGENCY in question
    assert seen["reported"] != MISSING
    pdf = next(path for path in seen["consolidated"] if path.endswith(".pdf"))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in text and AGENCY in text
