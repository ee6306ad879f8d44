"""Steps several journeys share, done through the window's widgets as a user does them."""

from __future__ import annotations

from journey_driver import Wait, type_text, visible
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard


def main_window():
    from kh57desk.ui.main_window import MainWindow

    return visible(MainWindow)


def first_run(agency: str, province: str = "Hưng Yên", plan: str = "sample", plan_file: str = "",
              coordinator: bool = False):
    """The first-run wizard from its first page to Hoàn tất; waits for the main window."""
    from kh57desk.ui.wizard import FirstRunWizard

    yield Wait(lambda: visible(FirstRunWizard) is not None, "the first-run wizard")
    wizard = visible(FirstRunWizard)
    if coordinator:
        wizard.agency_page.coordinator_mode.setChecked(True)
    else:
        type_text(wizard.agency_page.agency.lineEdit(), agency)
    type_text(wizard.agency_page.province.lineEdit(), province)
    wizard.next()
    yield Wait(lambda: wizard.currentPage() is wizard.signer_page, "signer page")
    type_text(wizard.signer_page.name, "Nguyễn Thị Hoa")
    wizard.next()
    yield Wait(lambda: wizard.currentPage() is wizard.plan_page, "plan page")
    if plan == "file":
        wizard.plan_page.from_file.setChecked(True)
        wizard.plan_page.path.setText(plan_file)
    else:
        {"sample": wizard.plan_page.sample, "later": wizard.plan_page.later}[plan].setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    yield Wait(lambda: main_window() is not None, "the main window after Hoàn tất", timeout=20)


def enter_update(window, ref: str, day: str, percent: str, result: str):
    """Open task ``ref`` in Nhiệm vụ, add an update dated ``day`` and type into it; waits until saved."""
    tasks = window.show_page("tasks")
    yield Wait(lambda: tasks.loaded_once and tasks.model.rowCount() > 0, "the task list", timeout=20)
    task = next(row for row in tasks.model.rows if row.ref == ref)
    tasks.select_task(task.id)
    panel = tasks.panel
    yield Wait(lambda: panel.detail is not None and panel.detail.id == task.id, f"the panel of task {ref}")
    count = panel.timeline.topLevelItemCount()
    panel.new_button.click()
    form = panel.form
    yield Wait(lambda: form.on.isEnabled() and form.result.isEnabled(), "a new update to fill in")
    form.on.selectAll()
    type_text(form.on, day)
    type_text(form.percent, percent)
    type_text(form.result, result)
    QTest.keyClick(form.output_doc_number, Qt.Key.Key_Tab)  # leaving the fields saves them
    form.output_doc_number.setFocus()
    yield Wait(lambda: not window.context.worker.busy and panel.save_state.text().startswith("Đã lưu")
               and panel.timeline.topLevelItemCount() == count + 1, f"the update of task {ref} saved", timeout=20)
