"""The one place the window imports Qt from, plus small helpers every screen uses.

Screens import the names they need from here, so a Qt upgrade (or a renamed API) is handled
once. Translatable strings use ``self.tr("…")`` in a class, ``QCoreApplication.translate(ctx, "…")``
elsewhere, and ``QT_TRANSLATE_NOOP(ctx, "…")`` for tables of labels: the forms
``pyside6-lupdate`` extracts into ``resources/translations/*.ts``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QByteArray, QCoreApplication, QEvent, QEventLoop,
                            QItemSelectionModel, QModelIndex, QObject, QRectF, QSettings, QSize, QSortFilterProxyModel,
                            Qt, QtMsgType, QTimer, QTranslator, QUrl, Signal, Slot, qInstallMessageHandler)
from PySide6.QtGui import (QAction, QCloseEvent, QColor, QDesktopServices, QGuiApplication, QIcon, QImage,
                           QKeySequence, QPaintEngine, QPainter, QPixmap, QShortcut, QStandardItem, QStandardItemModel, QTransform)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QButtonGroup, QCheckBox, QComboBox, QCompleter,
                               QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMainWindow, QMessageBox, QPlainTextEdit, QProgressDialog,
                               QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpinBox, QSplitter,
                               QStackedWidget, QTableView, QTabWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget, QWizard, QWizardPage)

__all__ = [name for name in dir() if name.startswith("Q") or name in ("Qt", "Signal", "Slot")] + [
    "QT_TRANSLATE_NOOP", "qInstallMessageHandler", "ask", "plain_label", "heading", "scrolling", "refilter", "open_path", "open_folder", "hline",
    "set_busy_cursor", "show_in_folder", "send_mail"]


def plain_label(text: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as HTML (user and plan text is always plain)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def heading(text: str, scale: float = 1.25) -> QLabel:
    label = plain_label(text, wrap=False)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def scrolling(widget: QWidget, frame: bool = False, horizontal: bool = True) -> QScrollArea:
    """``widget`` in a scroll area that resizes it (for screens taller than a 768-pixel screen)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    if not frame:
        area.setFrameShape(QFrame.Shape.NoFrame)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def refilter(proxy: QSortFilterProxyModel, change) -> None:
    """Apply ``change()`` to a proxy's filter state and re-run the filter (Qt ≥ 6.10 API when present)."""
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt < 6.10
        change()
        proxy.invalidateFilter()


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question in plain text, answered "Có"/"Không" (or their translation)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(QCoreApplication.translate("Ask", "&Có"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("Ask", "&Không"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def open_path(path: Path) -> bool:
    """Open a file with the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    Path(path).mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the file manager at ``path``'s folder with the file selected where the platform can
    (Explorer, Finder, a FreeDesktop file manager); else just the folder."""
    from PySide6.QtCore import QProcess

    path = Path(path)
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{os.path.normpath(path)}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    if shutil.which("gdbus") and QProcess.execute("gdbus", [
            "call", "--session", "--dest", "org.freedesktop.FileManager1", "--object-path",
            "/org/freedesktop/FileManager1", "--method", "org.freedesktop.FileManager1.ShowItems",
            f"['{QUrl.fromLocalFile(str(path)).toString()}']", ""]) == 0:
        return True
    return open_folder(path.parent)


def send_mail(parent: QWidget, mailto: str, attachment: Path) -> bool:
    """Open the mail program on ``mailto`` and show the file to attach. Without a mail program,
    say so and offer the folder with the file selected (for webmail). True when a mail program opened."""
    if QDesktopServices.openUrl(QUrl(mailto)):
        show_in_folder(attachment)
        return True
    box = QMessageBox(QMessageBox.Icon.Information, "kh57desk", QCoreApplication.translate(
        "SendMail", "Máy tính này chưa có chương trình thư điện tử (Outlook, Thunderbird…) để mở thư.\n\n"
        "Hãy gửi bằng thư điện tử trên trình duyệt (thư công vụ, Gmail…) và đính kèm tệp:\n{0}").format(attachment),
        QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    folder = box.addButton(QCoreApplication.translate("SendMail", "Mở thư &mục chứa tệp"),
                           QMessageBox.ButtonRole.AcceptRole)
    folder.clicked.connect(lambda: show_in_folder(attachment))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return False


def set_busy_cursor(busy: bool) -> None:
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    else:
        QApplication.restoreOverrideCursor()
