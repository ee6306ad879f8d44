"""Trợ giúp: the guide opens from the menu and with F1 at the section of the screen in use, and
from the first-run wizard at the first-run section."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kh57desk.ui import help_dialog
from kh57desk.ui.main_window import PAGES

ROOT = Path(__file__).resolve().parents[2]


def shipped_anchors() -> set[str]:
    import re

    html = (help_dialog.guide_dir() / help_dialog.HTML_NAME).read_text(encoding="utf-8")
    return set(re.findall(r'<a name="([^"]+)">', html))


def test_every_screen_has_its_section_in_the_shipped_guide():
    assert set(help_dialog.PAGE_SECTIONS) == {spec.key for spec in PAGES}
    anchors = shipped_anchors()
    for anchor in [*help_dialog.PAGE_SECTIONS.values(), help_dialog.FIRST_RUN_SECTION]:
        assert anchor in anchors, anchor
    listed = {section["anchor"] for section in help_dialog.sections()}
    assert set(help_dialog.PAGE_SECTIONS.values()) <= listed
    assert (help_dialog.guide_dir() / help_dialog.PDF_NAME).stat().st_size > 50_000


def test_help_menu_holds_the_guide_then_about(demo_app):
    window = demo_app.window
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert "Trợ &giúp" in menus
    texts = [action.text() for action in menus["Trợ &giúp"].actions() if not action.isSeparator()]
    assert texts == ["&Hướng dẫn sử dụng", "&Giới thiệu kh57desk"]
    assert window.help_action.shortcut().toString() == "F1"


def test_f1_opens_the_guide_at_the_current_screen(demo_app, qtbot):
    window = demo_app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for spec in PAGES:
        window.show_page(spec.key)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        QTest.keyClick(window, Qt.Key.Key_F1)
        dialog = window.help_dialog
        assert dialog.isVisible()
        assert dialog.section == help_dialog.PAGE_SECTIONS[spec.key]
        source = dialog.browser.source()
        assert Path(source.toLocalFile()) == help_dialog.guide_dir() / help_dialog.HTML_NAME
        assert dialog.contents.currentItem().data(0, help_dialog.ANCHOR_ROLE) == help_dialog.PAGE_SECTIONS[spec.key]
        # the section's heading is what the viewer shows at its top
        top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft()).block().text()
        title = next(s["title"] for s in help_dialog.sections() if s["anchor"] == dialog.section)
        assert dialog.browser.verticalScrollBar().value() > 0 or spec.key == PAGES[0].key
        assert title.startswith(top.strip()[:10]) or top.strip() in title, (top, title)
    assert [w for w in window.findChildren(help_dialog.HelpDialog)] == [window.help_dialog]  # one window, reused


def test_guide_viewer_contents_search_and_pdf(qtbot, monkeypatch):
    dialog = help_dialog.HelpDialog()
    qtbot.addWidget(dialog)
    assert dialog.browser.document().toPlainText().startswith("Hướng dẫn sử dụng kh57desk")
    dialog.show_section("dong-bo")
    assert dialog.section == "dong-bo"
    first = dialog.contents.topLevelItem(0)
    dialog.contents.itemClicked.emit(first, 0)
    assert dialog.section == first.data(0, help_dialog.ANCHOR_ROLE)
    dialog.find_box.setText("gói nhiệm vụ")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText().lower() == "gói nhiệm vụ"
    dialog.find_box.setText("không có chữ này trong hướng dẫn")
    assert not dialog.find_next()
    assert "Không thấy" in dialog.message.text()
    opened = []
    monkeypatch.setattr(help_dialog, "open_path", lambda path: opened.append(path) or True)
    assert dialog.open_pdf()
    assert opened == [help_dialog.guide_dir() / help_dialog.PDF_NAME]


def test_missing_guide_says_so(qtbot, tmp_path):
    dialog = help_dialog.HelpDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    assert "Không tìm thấy tệp hướng dẫn" in dialog.browser.toPlainText()
    assert not dialog.pdf_button.isEnabled()
    assert dialog.contents.topLevelItemCount() == 0


def test_f1_in_the_first_run_wizard_opens_the_first_run_section(workspace, start_app, qtbot):
    controller = start_app(workspace, wait_for_window=False)
    qtbot.waitUntil(lambda: controller.wizard is not None)
    wizard = controller.wizard
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    QTest.keyClick(wizard, Qt.Key.Key_F1)
    assert wizard.help_dialog.isVisible()
    assert wizard.help_dialog.section == help_dialog.FIRST_RUN_SECTION
    assert controller.window is None  # nothing set up: the wizard is still waiting


def test_wizard_help_opens_the_first_run_section(qtbot):
    from kh57desk.ui.qt import QWizard, QWizardPage

    wizard = QWizard()
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    help_dialog.install_on_wizard(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.HelpButton).click()
    assert wizard.help_dialog.section == help_dialog.FIRST_RUN_SECTION


def test_every_dialog_section_is_in_the_shipped_guide():
    anchors = shipped_anchors()
    for key, anchor in help_dialog.DIALOG_SECTIONS.items():
        assert anchor in anchors, key


def test_f1_in_the_import_dialog_opens_the_import_section(demo_app, qtbot):
    from kh57desk.ui.import_dialog import ImportDialog

    dialog = ImportDialog(demo_app.context, demo_app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_F1)
    assert dialog.help_dialog.isVisible()
    assert dialog.help_dialog.section == help_dialog.DIALOG_SECTIONS["import"] == "nhap-ke-hoach-tu-tep"
