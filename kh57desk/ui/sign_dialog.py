"""Signing with the user's key: a .p12/.pfx file or the USB token chosen in Cài đặt, and its
password or PIN.

The password/PIN is typed into a password field, handed straight to the operation on the
database worker and cleared from the field at once; it is never stored, remembered or logged
(only the key file's location is remembered, for the next time). The operation is the
caller's: sign a registered report (``report_ops.sign_report``) or a package
(``sync_ops.export_report``); its result's ``lines()`` are shown, warnings included.
"""

from __future__ import annotations

from collections.abc import Callable

from kh57desk.errors import InputError
from kh57desk.services import settings as settings_service, signing_service
from kh57desk.ui import help_dialog, window_state
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                            QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget, Signal, plain_label)
from kh57desk.ui.worker import error_message
from kh57desk.workspace import Workspace

LAST_KEY_FILE = "signing/last_p12"  # where the key file was, never its password
ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #e65100;"


class SignDialog(QDialog):
    finished_ok = Signal(object)  # the operation's result

    def __init__(self, context: AppContext, parent: QWidget | None, title: str, intro: str,
                 operation: Callable[[Workspace, object, str], object], action: str = ""):
        """``operation(workspace, key_source, secret)`` runs on the worker and returns an object
        with ``lines()``."""
        super().__init__(parent)
        help_dialog.install_on_dialog(self, "sign")  # F1: the guide at this dialog's section
        self.context, self.operation = context, operation
        self.result_value = None
        self.working = False  # a signature is being made: the dialog stays open
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        prefs: settings_service.AppSettings = context.settings

        self.use_file = QRadioButton(self.tr("&Tệp khóa (.p12, .pfx)"))
        self.use_token = QRadioButton(self.tr("&USB token (thiết bị ký số)"))
        group = QButtonGroup(self)
        group.addButton(self.use_file)
        group.addButton(self.use_token)
        self.key_file = QLineEdit(str(window_state.value(LAST_KEY_FILE, "") or ""))
        self.key_file.setPlaceholderText(self.tr("Tệp chứng thư số kèm khóa, ví dụ D:\\ChuKySo\\nguyen-van-an.p12"))
        browse = QPushButton(self.tr("&Chọn tệp…"))
        browse.clicked.connect(self.browse)
        self.token_info = plain_label()
        if prefs.pkcs11_module:
            self.token_info.setText(self.tr("Thư viện: {0}; token: {1}").format(
                prefs.pkcs11_module, prefs.pkcs11_token or self.tr("token đang cắm")))
        else:
            self.token_info.setText(self.tr("Chưa chọn thư viện của USB token: vào Cài đặt → Ký số."))
            self.use_token.setEnabled(False)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("không được lưu lại"))
        secret_label = QLabel(self.tr("&Mật khẩu / mã PIN:"))
        secret_label.setBuddy(self.secret)
        self.check_button = QPushButton(self.tr("Xem chứng t&hư"))
        self.check_button.clicked.connect(self.check)

        file_row = QHBoxLayout()
        file_row.addWidget(self.key_file, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.use_file)
        form.addRow("", file_row)
        form.addRow(self.use_token)
        form.addRow("", self.token_info)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.check_button)
        form.addRow(secret_label, secret_row)

        self.message = plain_label(selectable=True)
        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton(action or self.tr("&Ký số"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.clicked.connect(self.sign)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(intro))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        (self.use_token if prefs.pkcs11_module and not self.key_file.text() else self.use_file).setChecked(True)
        self.secret.setFocus()

    # --- the key ---------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp khóa"), self.key_file.text(),
                                              self.tr("Tệp khóa (*.p12 *.pfx);;Mọi tệp (*)"))
        if path:
            self.key_file.setText(path)
            self.use_file.setChecked(True)

    def source(self):
        prefs = self.context.settings
        if self.use_token.isChecked():
            return signing_service.key_source(prefs, token=True)
        path = self.key_file.text().strip()
        if not path:
            raise InputError("Chọn tệp khóa (.p12/.pfx) hoặc USB token để ký.")
        return signing_service.key_source(prefs, p12=path)

    def _take_secret(self) -> str | None:
        """The typed password/PIN, cleared from the field; None (and a message) when empty."""
        secret = self.secret.text()
        self.secret.clear()
        if not secret:
            self._show([self.tr("Nhập mật khẩu của tệp khóa hoặc mã PIN của USB token.")], ERROR_STYLE)
            self.secret.setFocus()
            return None
        return secret

    def _start(self) -> tuple[object, str] | None:
        try:
            source = self.source()
        except InputError as exc:
            self._show([exc.message], ERROR_STYLE)
            return None
        secret = self._take_secret()
        if secret is None:
            return None
        if not self.use_token.isChecked():
            window_state.set_value(LAST_KEY_FILE, self.key_file.text().strip())
        self._busy(True)
        return source, secret

    # --- actions ---------------------------------------------------------------------------
    def check(self) -> None:
        started = self._start()
        if started is None:
            return
        source, secret = started
        self.context.worker.run(lambda _ws, _job: signing_service.check_certificate(source, secret),
                                self._checked, self._failed, owner=self, label="check_certificate")

    def _checked(self, check) -> None:
        self._busy(False)
        info = check.info
        lines = [self.tr("Người được cấp: {0}").format(info.subject),
                 self.tr("Tổ chức cấp: {0}").format(info.issuer),
                 self.tr("Số hiệu: {0}").format(info.serial),
                 self.tr("Hiệu lực: {0}").format(info.validity_text)]
        lines += check.errors + check.warnings
        self._show(lines, ERROR_STYLE if check.errors else WARNING_STYLE if check.warnings else "")

    def sign(self) -> None:
        started = self._start()
        if started is None:
            return
        source, secret = started
        operation = self.operation
        self.context.worker.run(lambda ws, _job: operation(ws, source, secret), self._signed, self._failed,
                                owner=self, label="sign")

    def _signed(self, result) -> None:
        self._busy(False)
        self.result_value = result
        lines = list(result.lines())
        warned = any(line.startswith(("Cảnh báo", "Lưu ý")) for line in lines)
        self._show(lines, WARNING_STYLE if warned else "")
        self.sign_button.setEnabled(False)
        self.close_button.setFocus()
        self.finished_ok.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        message = error_message(exc)
        self._show([message], ERROR_STYLE)
        self.context.show_error(self, message)

    def _busy(self, busy: bool) -> None:
        self.working = busy
        for widget in (self.sign_button, self.check_button, self.secret, self.close_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        """Đóng, Esc or the window's ✕: not while signing (a token or a time stamp can take a
        while), so that what the signature made is shown and the screens behind learn of it."""
        if self.working:
            return
        super().reject()

    def _show(self, lines: list[str], style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText("\n".join(lines))

