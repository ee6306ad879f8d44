"""The agency's whole journey in the real program: first run with the sample plan, a dated
update typed into a task, the quarterly report generated as PDF and Excel (the text read back
from both), the report package exported, the report marked sent; then F1 opens the guide at the
screen's own section."""

from __future__ import annotations

import zipfile

import openpyxl
from journey_driver import Wait, data_dir, private_ui_settings, run_program, visible  # noqa: F401
from journey_steps import enter_update, first_run, main_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pypdf import PdfReader

from kh57desk.domain.periods import parse_period

RESULT = "Đã ban hành Kế hoạch số 45/KH-SNV triển khai chuyển đổi số nội bộ"
Q2 = parse_period("2025-Q2")


def test_first_run_to_a_sent_quarterly_report(data_dir):
    seen = {}

    def steps():
        yield from first_run("so noi vu")
        window = main_window()
        context = window.context
        context.set_period(Q2)  # the period selector: "Quý 2 năm 2025"
        yield from enter_update(window, "(1)", "20/05/2025", "60", RESULT)  # a task Sở Nội vụ leads
        panel = window.page("tasks").panel
        seen["timeline"] = panel.timeline.topLevelItemCount()
        form = panel.form
        seen["form"] = (form.on.text(), form.percent.text(), form.result.toPlainText())

        reports = window.show_page("reports")
        yield Wait(lambda: reports.generate_button.isEnabled() and not context.worker.busy, "the Báo cáo screen")
        reports.pdf.setChecked(True)
        reports.xlsx.setChecked(True)
        reports.generate_button.click()
        yield Wait(lambda: reports.message.text().startswith("Đã tạo báo cáo"), "the report generated", timeout=60)
        info = reports.last_generated
        seen["files"] = sorted(str(f.path) for f in info.files)

        sync = window.show_page("sync")
        agency = sync.agency
        yield Wait(lambda: agency.export_button.isEnabled() and not context.worker.busy, "the Đồng bộ screen")
        agency.export_button.click()
        yield Wait(lambda: agency.package is not None, "the report package", timeout=60)
        seen["package"] = str(agency.package.path)

        reports = window.show_page("reports")
        yield Wait(lambda: not context.worker.busy and reports.proxy.rowCount() > 0, "the register")
        reports.select_report(info.id)
        yield Wait(lambda: reports.sent_button.isEnabled(), "a report to mark sent")
        reports.sent_button.click()
        yield Wait(lambda: "đã gửi" in reports.message.text(), "marked sent")
        reports.select_report(info.id)
        yield Wait(lambda: reports.selected() is not None and reports.selected().info.submitted
                   and not reports.sent_button.isEnabled(), "the register shows it sent")
        seen["submitted"] = reports.selected().info.submitted

        from kh57desk.ui.help_dialog import HelpDialog

        window.activateWindow()
        yield Wait(window.isActiveWindow, "the window active again")
        QTest.keyClick(window, Qt.Key.Key_F1)
        yield Wait(lambda: visible(HelpDialog) is not None, "F1 opens the guide")
        guide = visible(HelpDialog)
        seen["guide"] = guide.section
        guide.close()
        window.close()

    code, journey = run_program(["--data-dir", str(data_dir)], steps())
    assert journey.error == ""
    assert journey.finished and code == 0
    assert seen["timeline"] == 1
    assert seen["form"] == ("20/05/2025", "60", RESULT)
    pdf = next(path for path in seen["files"] if path.endswith(".pdf"))
    xlsx = next(path for path in seen["files"] if path.endswith(".xlsx"))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    assert RESULT in text
    assert "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN" in text
    cells = " ".join(str(cell.value) for sheet in openpyxl.load_workbook(xlsx).worksheets
                     for row in sheet.iter_rows() for cell in row if cell.value)
    assert RESULT in cells
    with zipfile.ZipFile(seen["package"]) as package:
        assert "manifest.json" in package.namelist()
        assert RESULT in " ".join(package.read(name).decode("utf-8", "replace") for name in package.namelist()
                                  if name.endswith(".json"))
    assert seen["submitted"]
    assert seen["guide"] == "bao-cao"
