"""No traceback ever reaches the user of the window: every exception nobody handled (in a Qt
callback, in a thread, at start-up) is logged first, then shown as one Vietnamese dialog on the
GUI thread, naming the log and offering "Chép thông tin lỗi". Qt's own warnings go to the log.
A second error while the dialog is open is only logged. Works in the windowed build, where
``sys.stderr`` is None.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from kh57desk import diagnostics
from kh57desk.ui.qt import QApplication, QMessageBox, QObject, Qt, Signal, qInstallMessageHandler, QtMsgType

log = logging.getLogger("kh57desk.crash")


class CrashHandler(QObject):
    """Installed once per process by ``kh57desk.ui.app.main``."""

    _reported = Signal(str, str)  # message, details: emitted from any thread, shown on the GUI thread
    dialogs = True  # tests that drive the real program turn the dialogs off and read ``shown`` instead
    latest: "CrashHandler | None" = None  # the handler installed last

    def __init__(self, data_dir: Path | None = None, show_dialogs: bool = True):
        super().__init__()
        self.data_dir = data_dir
        self.show_dialogs = show_dialogs
        self.showing = False
        self.box: QMessageBox | None = None  # the dialog while it is open
        self.shown: list[str] = []  # the messages shown, for tests
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> "CrashHandler":
        CrashHandler.latest = self
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        qInstallMessageHandler(self.qt_message)
        return self

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
        qInstallMessageHandler(None)

    def set_data_dir(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    # --- hooks (any thread) ----------------------------------------------------------------
    def excepthook(self, kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(exc.with_traceback(tb) if exc is not None else kind())

    def thread_excepthook(self, args) -> None:
        if args.exc_value is not None:
            self.report(args.exc_value)

    def report(self, exc: BaseException) -> None:
        log.error("unhandled error:\n%s", diagnostics.report_text(exc))
        self._reported.emit(diagnostics.describe(exc, self.data_dir), diagnostics.report_text(exc))

    @staticmethod
    def qt_message(mode, context, message: str) -> None:
        level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
                 QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
        logging.getLogger("qt").log(level, "%s", message)

    # --- GUI thread ------------------------------------------------------------------------
    def _show(self, message: str, details: str) -> None:
        if self.showing or not (self.show_dialogs and CrashHandler.dialogs):  # a follow-up error: logged only
            self.shown.append(message)
            return
        self.showing = True
        self.shown.append(message)
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, "kh57desk", message, QMessageBox.StandardButton.Ok,
                              QApplication.activeWindow())
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDetailedText(details)
            copy = box.addButton(self.tr("Chép thông tin lỗi"), QMessageBox.ButtonRole.ActionRole)
            copy.clicked.disconnect()  # the button copies and leaves the dialog open
            copy.clicked.connect(lambda: QApplication.clipboard().setText(f"{message}\n\n{details}"))
            self.box = box
            box.exec()
        finally:
            self.showing = False
            self.box = None


def show_previous_crash(text: str, data_dir: Path, parent=None) -> QMessageBox | None:
    """At start: the last run ended abruptly; say so once, with where its trace was kept."""
    if not text.strip():
        return None
    box = QMessageBox(QMessageBox.Icon.Information, "kh57desk", QApplication.translate(
        "CrashHandler", "Lần chạy trước, chương trình đã dừng đột ngột. Dữ liệu đã lưu vẫn còn nguyên; thông tin "
        "về lỗi được giữ trong tệp {0}.").format(Path(data_dir) / diagnostics.LOG_FOLDER / "crash-truoc.txt"),
        QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
