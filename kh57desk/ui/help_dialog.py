"""Trợ giúp: the user guide (``resources/guide``, built by ``tools/build_guide.py``) in a window of
its own, opened from Trợ giúp → Hướng dẫn sử dụng or with F1 at the section of the screen in use,
with its printable PDF one button away."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from kh57desk import paths
from kh57desk.ui import pdf_print
from kh57desk.ui.qt import (QCoreApplication, QDialog, QDialogButtonBox, QHBoxLayout, QKeySequence, QLineEdit,
                            QMainWindow, QPushButton, QShortcut, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem,
                            Qt, QUrl, QVBoxLayout, QWidget, QWizard, open_path, plain_label)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

HTML_NAME, PDF_NAME, INDEX_NAME = "huong-dan.html", "huong-dan.pdf", "huong-dan.json"
# The guide's section for each screen of the main window (main_window.PAGES keys), and for the wizard
PAGE_SECTIONS = {
    "overview": "tong-quan",
    "tasks": "nhiem-vu",
    "indicators": "chi-tieu",
    "reports": "bao-cao",
    "sync": "dong-bo",
    "settings": "cai-dat",
}
FIRST_RUN_SECTION = "khoi-dong-lan-dau"
# The guide's section for each dialog that has one (F1 inside the dialog)
DIALOG_SECTIONS = {
    "import": "nhap-ke-hoach-tu-tep",
    "package": "gui-nhan-goi-du-lieu-an-toan-va-ket-qua-xet-bao-cao",
    "assign": "phan-cong-co-quan-co-quan-tong-hop",
    "sign": "ky-so",
    "verify": "kiem-tra-chu-ky",
    "senders": "co-quan-doi-may-cai-lai-chuong-trinh",
}
ANCHOR_ROLE = Qt.ItemDataRole.UserRole


def guide_dir() -> Path:
    return paths.resources_dir() / "guide"


def sections(folder: Path | None = None) -> list[dict]:
    """The guide's sections as the builder listed them: ``{"anchor", "title", "level"}``."""
    index = (folder or guide_dir()) / INDEX_NAME
    try:
        return json.loads(index.read_text(encoding="utf-8"))["sections"]
    except (OSError, ValueError, KeyError):
        return []


class HelpDialog(QDialog):
    """The guide with its contents on the left; ``show_section(anchor)`` scrolls to a section."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.folder = folder or guide_dir()
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng kh57desk"))
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Mục lục"))
        for section in sections(self.folder):
            if section["level"] == 2 or self.contents.topLevelItemCount() == 0:
                item = QTreeWidgetItem(self.contents, [section["title"]])
            else:
                item = QTreeWidgetItem(self.contents.topLevelItem(self.contents.topLevelItemCount() - 1),
                                       [section["title"]])
            item.setData(0, ANCHOR_ROLE, section["anchor"])
        self.contents.expandAll()
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Nội dung hướng dẫn"))
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Tìm trong hướng dẫn (Enter: tìm tiếp)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.message = plain_label()
        self.pdf_button = QPushButton(self.tr("Mở bản PDF để &in"))
        self.pdf_button.setToolTip(self.tr("Mở hướng dẫn dạng PDF (khổ A4) bằng trình xem PDF của máy để in"))
        self.pdf_button.clicked.connect(self.open_pdf)
        self.print_button = QPushButton(self.tr("&Xem trước và in…"))
        self.print_button.clicked.connect(self.print_preview)
        home = QPushButton(self.tr("&Mục lục"))
        home.clicked.connect(lambda: self.show_section(""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        pdf = self.folder / PDF_NAME
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(pdf.is_file())
        self.print_button.setVisible(pdf_print.available())

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 740])
        bottom = QHBoxLayout()
        bottom.addWidget(home)
        bottom.addWidget(self.find_box, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(1040, 660)
        self.browser.sourceChanged.connect(self._source_changed)
        self._load()

    def _load(self) -> None:
        html = self.folder / HTML_NAME
        if html.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(html)))
        else:
            self.browser.setPlainText(self.tr("Không tìm thấy tệp hướng dẫn {0}. Hãy cài lại chương trình.")
                                      .format(html))

    @property
    def section(self) -> str:
        """The anchor the guide was last opened at ("" at the top)."""
        return self.browser.source().fragment()

    def show_section(self, anchor: str) -> None:
        html = self.folder / HTML_NAME
        if not html.is_file():
            return
        url = QUrl.fromLocalFile(str(html))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:
            self.browser.scrollToAnchor(anchor)  # also when the same section is asked for twice
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.show_section(item.data(0, ANCHOR_ROLE))

    def _source_changed(self, url: QUrl) -> None:
        anchor = url.fragment()
        for index in range(self.contents.topLevelItemCount()):
            top = self.contents.topLevelItem(index)
            for item in [top] + [top.child(n) for n in range(top.childCount())]:
                if item.data(0, ANCHOR_ROLE) == anchor:
                    self.contents.setCurrentItem(item)
                    return
        self.contents.setCurrentItem(None)

    def find_next(self) -> bool:
        text = self.find_box.text().strip()
        if not text:
            return False
        found = self.browser.find(text) or (self._restart_find() and self.browser.find(text))
        self.message.setText("" if found else self.tr("Không thấy \"{0}\" trong hướng dẫn.").format(text))
        return found

    def _restart_find(self) -> bool:
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return True

    def open_pdf(self) -> bool:
        pdf = self.folder / PDF_NAME
        opened = pdf.is_file() and open_path(pdf)
        self.message.setText(self.tr("Đã mở {0} bằng trình xem PDF của máy; in từ trình xem đó.").format(pdf)
                             if opened else self.tr("Máy chưa có trình xem PDF. Bấm \"Xem trước và in…\", hoặc chép "
                                                    "tệp {0} sang máy khác để in.").format(pdf))
        return opened

    def print_preview(self):
        dialog = pdf_print.preview(self, self.folder / PDF_NAME)
        dialog.open()
        return dialog


def open_help(parent: QWidget, anchor: str = "") -> HelpDialog:
    """The guide beside ``parent`` (one window per parent, reused), at ``anchor``."""
    dialog = getattr(parent, "help_dialog", None)
    if dialog is None:
        dialog = HelpDialog(parent)
        parent.help_dialog = dialog
    dialog.show_section(anchor)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def section_for(window: QMainWindow) -> str:
    """The guide's section for the screen ``window`` shows."""
    return PAGE_SECTIONS.get(getattr(window, "current_page", ""), "")


def install(window: QMainWindow, menu: QMenu) -> None:
    """Put Hướng dẫn sử dụng (F1: at the current screen's section) at the top of the Trợ giúp menu."""
    action = menu.addAction(QCoreApplication.translate("HelpDialog", "&Hướng dẫn sử dụng"))
    keys = [QKeySequence(Qt.Key.Key_F1)] + [key for key in QKeySequence.keyBindings(
        QKeySequence.StandardKey.HelpContents) if key != QKeySequence(Qt.Key.Key_F1)]  # twice F1 would be ambiguous
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: open_help(window, section_for(window)))
    menu.addSeparator()
    window.help_action = action


def install_on_wizard(wizard) -> None:
    """F1 and the wizard's Help button open the guide at the first-run section."""
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)
    wizard.setButtonText(QWizard.WizardButton.HelpButton, QCoreApplication.translate("HelpDialog", "Trợ &giúp"))
    wizard.helpRequested.connect(lambda: open_help(wizard, FIRST_RUN_SECTION))
    wizard.help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), wizard, wizard.helpRequested.emit)


def install_on_dialog(dialog: QWidget, key: str) -> None:
    """F1 inside a dialog opens the guide at that dialog's section (``DIALOG_SECTIONS[key]``)."""
    anchor = DIALOG_SECTIONS[key]
    dialog.help_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), dialog, lambda: open_help(dialog, anchor))
