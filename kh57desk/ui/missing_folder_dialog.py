"""At start-up, the remembered data folder is gone (a USB stick not plugged in, a network drive
not connected, a deleted folder): say which folder, and let the user try again, choose another
folder or go back to the default one. Nothing is created until the user has chosen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kh57desk import paths, platform_win
from kh57desk.ui.qt import QCoreApplication, QFileDialog, QMessageBox, Qt, QWidget

RETRY, CHOOSE, DEFAULT, QUIT = "retry", "choose", "default", "quit"


class MissingFolderDialog(QMessageBox):
    """The question; ``choice`` is RETRY, CHOOSE, DEFAULT or QUIT once it is answered."""

    def __init__(self, missing: Path, default: Path, parent: QWidget | None = None):
        super().__init__(QMessageBox.Icon.Warning, "kh57desk", "", QMessageBox.StandardButton.NoButton, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Không thấy dữ liệu trong thư mục dữ liệu đã chọn:\n{0}\n({1})")
                     .format(missing, platform_win.missing_folder_hint(missing)))
        self.setInformativeText(self.tr("Nếu thư mục nằm trên USB hoặc ổ mạng, hãy cắm hoặc kết nối lại rồi bấm "
                                        "Thử lại. Hoặc chọn thư mục dữ liệu khác, hoặc dùng thư mục mặc định:\n{0}")
                                .format(default))
        self.buttons = {
            RETRY: self.addButton(self.tr("&Thử lại"), QMessageBox.ButtonRole.AcceptRole),
            CHOOSE: self.addButton(self.tr("&Chọn thư mục khác…"), QMessageBox.ButtonRole.ActionRole),
            DEFAULT: self.addButton(self.tr("Dùng thư mục &mặc định"), QMessageBox.ButtonRole.ActionRole),
            QUIT: self.addButton(self.tr("T&hoát"), QMessageBox.ButtonRole.RejectRole),
        }
        self.setDefaultButton(self.buttons[RETRY])
        self.setEscapeButton(self.buttons[QUIT])

    @property
    def choice(self) -> str:
        clicked = self.clickedButton()
        return next((name for name, button in self.buttons.items() if button is clicked), QUIT)


def _ask(missing: Path, default: Path) -> str:
    dialog = MissingFolderDialog(missing, default)
    dialog.exec()
    return dialog.choice


def _browse(start: Path) -> str:
    return QFileDialog.getExistingDirectory(None, QCoreApplication.translate("MissingFolderDialog", "Chọn thư mục dữ liệu"),
                                            str(start))


def resolve_data_dir(cli_value: str | None, ask: Callable[[Path, Path], str] | None = None,
                     browse: Callable[[Path], str] | None = None) -> Path | None:
    """The data folder for the window (``paths.locate``, shared with ``kh57``), asking when the
    remembered folder is gone; None when the user chose to quit."""
    ask, browse = ask or _ask, browse or _browse
    while True:
        located = paths.locate(cli_value)
        if located.missing is None:
            return located.folder
        choice = ask(located.missing, located.folder)
        if choice == DEFAULT:
            paths.forget_data_dir()
            return located.folder
        if choice == CHOOSE:
            chosen = browse(located.missing.parent)
            if chosen:
                paths.remember_data_dir(Path(chosen))
                return Path(chosen).resolve()
        elif choice != RETRY:
            return None
