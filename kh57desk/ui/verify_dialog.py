"""Kiểm tra chữ ký: choose a signed PDF, or any file with its detached ``.p7s``, and read what
``signing_service.verify_file`` found (signer, issuer, serial, validity, signing time, integrity,
content added after signing, trust against the CA list of Cài đặt → Ký số)."""

from __future__ import annotations

from pathlib import Path

from kh57desk.services import settings as settings_service, signing_service
from kh57desk.ui import help_dialog
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                            QPlainTextEdit, QPushButton, QVBoxLayout, QWidget, plain_label)
from kh57desk.ui.worker import error_message
from kh57desk.workspace import Workspace

GOOD_STYLE = "color: #2e7d32; font-weight: bold;"
DOUBT_STYLE = "color: #e65100; font-weight: bold;"
BAD_STYLE = "color: #c62828; font-weight: bold;"


def verify(ws: Workspace, path: Path, p7s: Path | None):
    """On the worker: verify against the trusted CAs of this database's settings."""
    with ws.db.reader() as session:
        prefs = settings_service.load(session)
    return signing_service.verify_file(path, p7s, trust_dir=signing_service.trust_dir(ws, prefs))


class VerifyDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, path: str = ""):
        super().__init__(parent)
        help_dialog.install_on_dialog(self, "verify")  # F1: the guide at this dialog's section
        self.context = context
        self.result = None
        self.setWindowTitle(self.tr("Kiểm tra chữ ký số"))
        self.resize(820, 560)
        self.path = QLineEdit(path)
        self.path.setPlaceholderText(self.tr("Tệp PDF đã ký, hoặc tệp Excel/tệp khác có chữ ký .p7s bên cạnh"))
        self.p7s = QLineEdit()
        self.p7s.setPlaceholderText(self.tr("để trống: tự tìm tệp .p7s cùng tên bên cạnh (PDF không cần)"))
        browse = QPushButton(self.tr("&Chọn tệp…"))
        browse.clicked.connect(self.browse)
        browse_p7s = QPushButton(self.tr("Chọn tệp c&hữ ký…"))
        browse_p7s.clicked.connect(self.browse_p7s)
        self.check_button = QPushButton(self.tr("&Kiểm tra"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&Tệp cần kiểm tra:"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        row = QHBoxLayout()
        row.addWidget(self.p7s, 1)
        row.addWidget(browse_p7s)
        label = QLabel(self.tr("Tệp chữ ký &rời (.p7s):"))
        label.setBuddy(self.p7s)
        form.addRow(label, row)
        self.verdict = plain_label()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        if path:
            self.check()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp cần kiểm tra chữ ký"), self.path.text(),
                                              self.tr("Tệp đã ký (*.pdf *.xlsx *.p7s);;Mọi tệp (*)"))
        if path:
            self.path.setText(path)
            self.p7s.clear()

    def browse_p7s(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp chữ ký rời"), self.path.text(),
                                              self.tr("Chữ ký rời (*.p7s);;Mọi tệp (*)"))
        if path:
            self.p7s.setText(path)

    def check(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.context.show_error(self, self.tr("Chọn tệp cần kiểm tra chữ ký trước."))
            return
        p7s = Path(self.p7s.text().strip()) if self.p7s.text().strip() else None
        self.check_button.setEnabled(False)
        self.verdict.clear()
        self.details.clear()
        self.context.worker.run(lambda ws, _job: verify(ws, Path(path), p7s), self._checked, self._failed,
                                owner=self, label="verify")

    def _checked(self, result) -> None:
        self.check_button.setEnabled(True)
        self.result = result
        lines = result.summary()
        self.verdict.setText(lines[-1])
        self.verdict.setStyleSheet(GOOD_STYLE if result.trusted else DOUBT_STYLE if result.ok else BAD_STYLE)
        self.details.setPlainText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        message = error_message(exc)
        self.verdict.setText(message)
        self.verdict.setStyleSheet(BAD_STYLE)
        self.context.show_error(self, message)
