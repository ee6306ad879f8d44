"""First run, as a new user takes it: the wizard, then the main window stays open.

Regression: the program used to quit when the wizard finished (no window for a moment and Qt's
quit-on-last-window-closed), and a plan file chosen in the wizard was never imported."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QWizard
from journey_driver import Wait, data_dir, private_ui_settings, run_program, visible, visible_windows  # noqa: F401

from plan_fixtures import appendix_xlsx


def _wizard():
    from kh57desk.ui.wizard import FirstRunWizard

    return visible(FirstRunWizard)


def _main_window():
    from kh57desk.ui.main_window import MainWindow

    return visible(MainWindow)


def _fill_wizard(agency: str, province: str):
    """Agency and province page, signer page; leaves the wizard on the plan page."""
    yield Wait(lambda: _wizard() is not None, "the first-run wizard is shown")
    wizard = _wizard()
    wizard.agency_page.agency.setEditText(agency)
    wizard.agency_page.province.setEditText(province)
    wizard.next()
    yield Wait(lambda: wizard.currentPage() is wizard.signer_page, "signer page")
    wizard.signer_page.name.setText("Nguyễn Văn An")
    wizard.next()
    yield Wait(lambda: wizard.currentPage() is wizard.plan_page, "plan page")


def _task_count(data_dir) -> int:
    with sqlite3.connect(data_dir / "kh57desk.sqlite3") as connection:
        return connection.execute("SELECT count(*) FROM task").fetchone()[0]


def test_first_run_with_the_sample_plan_keeps_the_main_window_open(data_dir):
    seen = {}

    def steps():
        yield from _fill_wizard("Sở Nội vụ", "Hưng Yên")
        wizard = _wizard()
        wizard.plan_page.sample.setChecked(True)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        yield Wait(lambda: _main_window() is not None, "the main window after Hoàn tất", timeout=20)
        window = _main_window()
        yield Wait(lambda: window.agency.text() == "Sở Nội vụ", "the agency shown in the window")
        seen["windows"] = [type(w).__name__ for w in visible_windows()]
        seen["title"] = window.windowTitle()
        # 30 tasks name only "Đơn vị liên quan": outside the figures, one click away, found by a search
        overview = window.pages["overview"]
        yield Wait(lambda: overview.summary is not None and overview.related.isVisible(), "the overview's figures")
        seen["figures"] = (overview.summary.total, overview.related.text())
        overview.related.click()
        tasks = window.pages["tasks"]
        yield Wait(lambda: tasks.loaded_once and tasks.proxy.rowCount() == 30, "the liên quan (chung) tasks listed")
        seen["related"] = tasks.count.text()
        tasks.clear_filters()
        tasks.search.setText("lam giau lam sach du lieu")
        yield Wait(lambda: tasks.proxy.rowCount() == 0 and tasks.hidden_note.isVisible(), "a hidden task found")
        tasks.hidden_note.linkActivated.emit("related")
        yield Wait(lambda: tasks.proxy.rowCount() == 1, "the hidden task shown")
        seen["found"] = tasks.proxy.task_at(0).ref
        window.close()

    code, journey = run_program(["--data-dir", str(data_dir)], steps())
    assert journey.error == ""
    assert journey.finished and code == 0
    assert seen["windows"] == ["MainWindow"]
    assert _task_count(data_dir) == 94  # the sample's tasks for Sở Nội vụ (lead, coordinating, liên quan chung)
    assert seen["figures"] == (64, 'Không tính 30 nhiệm vụ chỉ giao chung cho "đơn vị liên quan" — xem')
    assert seen["related"] == "30 / 30 nhiệm vụ" and seen["found"] == "(74)"


def test_first_run_choosing_a_plan_file_imports_it_with_its_preview(data_dir, tmp_path):
    plan = tmp_path / "Phụ lục kế hoạch.xlsx"
    expected = appendix_xlsx(plan)
    seen = {}

    def steps():
        from kh57desk.ui.import_dialog import ImportDialog

        yield from _fill_wizard("Sở Khoa học và Công nghệ", "Hưng Yên")
        wizard = _wizard()
        wizard.plan_page.from_file.setChecked(True)
        wizard.plan_page.path.setText(str(plan))
        wizard.button(QWizard.WizardButton.FinishButton).click()
        yield Wait(lambda: visible(ImportDialog) is not None, "the import preview of the chosen file", timeout=20)
        dialog = visible(ImportDialog)
        yield Wait(lambda: dialog.apply_button.isEnabled(), "the preview read the file", timeout=30)
        seen["counts"] = dialog.preview.counts()
        dialog.apply_button.click()
        yield Wait(lambda: visible(ImportDialog) is None, "the plan applied", timeout=30)
        window = _main_window()
        seen["page"] = window.current_page
        window.close()

    code, journey = run_program(["--data-dir", str(data_dir)], steps())
    assert journey.error == ""
    assert journey.finished and code == 0
    assert seen["page"] == "tasks"
    assert len(expected) == 98
    counts = seen["counts"]  # the agency keeps the tasks it leads or coordinates; the rest are listed as skipped
    assert counts["added"] + counts["skipped"] == 98 and counts["added"] > 90
    assert _task_count(data_dir) == counts["added"]
