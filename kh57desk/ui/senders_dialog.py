"""Khóa của người gửi: this database's key code (read out over the phone), the senders whose
packages it accepts with the key each is bound to, and the certificates registered for them.
When an agency changed computers or reinstalled, its key is revoked here so that its next
package is taken after the new key code is compared, as the first time. The work is
``app.senders``, the same as ``kh57 senders``."""

from __future__ import annotations

from pathlib import Path

from kh57desk.app import senders as sender_ops
from kh57desk.ui import help_dialog, labels
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import (QT_TRANSLATE_NOOP, QCheckBox, QColor, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QPushButton, Qt,
                            QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, ask, plain_label)
from kh57desk.ui.worker import error_message

ROLE_TEXTS = {"agency": QT_TRANSLATE_NOOP("SendersDialog", "cơ quan thực hiện"),
              "coordinator": QT_TRANSLATE_NOOP("SendersDialog", "cơ quan tổng hợp")}
SENDER_ROLE = Qt.ItemDataRole.UserRole


class SendersDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        help_dialog.install_on_dialog(self, "senders")  # F1: the guide at this dialog's section
        self.context = context
        self.view: sender_ops.SendersView | None = None
        self.setWindowTitle(self.tr("Khóa của người gửi"))
        self.resize(760, 460)
        self.own = plain_label(selectable=True)
        self.bindings = QTreeWidget()
        self.bindings.setHeaderLabels([self.tr("Người gửi"), self.tr("Vai trò"), self.tr("Mã khóa"),
                                       self.tr("Gắn ngày"), self.tr("Thu hồi ngày")])
        self.bindings.setRootIsDecorated(False)
        self.bindings.setAlternatingRowColors(True)
        self.bindings.setAccessibleName(self.tr("Người gửi đã gắn khóa"))
        self.bindings.currentItemChanged.connect(lambda _current, _previous: self._enable())
        self.show_revoked = QCheckBox(self.tr("Hiện cả khóa đã &thu hồi"))
        self.show_revoked.toggled.connect(lambda _on: self.reload())
        self.revoke_button = QPushButton(self.tr("Th&u hồi khóa…"))
        self.revoke_button.setToolTip(self.tr("Khi cơ quan đã đổi máy hoặc cài lại chương trình: gói sau của cơ quan "
                                              "được nhận sau khi đối chiếu mã khóa mới"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.certificate_button = QPushButton(self.tr("Đăng ký &chứng thư số…"))
        self.certificate_button.setToolTip(self.tr("Đăng ký chứng thư số (.cer, .pem, .p7b) của người ký cho người "
                                                   "gửi đang chọn"))
        self.certificate_button.clicked.connect(lambda: self.register_certificate())
        self.certificates = QTreeWidget()
        self.certificates.setHeaderLabels([self.tr("Người gửi"), self.tr("Chứng thư số"), self.tr("Mã")])
        self.certificates.setRootIsDecorated(False)
        self.certificates.setMaximumHeight(110)
        self.certificates.setAccessibleName(self.tr("Chứng thư số đã đăng ký"))
        actions = QHBoxLayout()
        actions.addWidget(self.show_revoked)
        actions.addStretch(1)
        actions.addWidget(self.certificate_button)
        actions.addWidget(self.revoke_button)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addWidget(plain_label(self.tr(
            "Gói của mỗi người gửi chỉ được nhận khi ký bằng khóa đã gắn với người gửi đó (gắn sau khi gọi điện đối "
            "chiếu mã khóa lần đầu nhận gói). Cơ quan đổi máy hoặc cài lại chương trình thì có khóa mới: thu hồi khóa "
            "cũ ở đây, rồi nhập gói từ máy mới và đối chiếu mã khóa mới.")))
        layout.addWidget(self.bindings, 1)
        layout.addLayout(actions)
        layout.addWidget(plain_label(self.tr("Chứng thư số đã đăng ký:")))
        layout.addWidget(self.certificates)
        layout.addWidget(buttons)
        self._enable()
        self.reload()

    def reload(self) -> None:
        include_revoked = self.show_revoked.isChecked()
        self.context.worker.read(lambda session: sender_ops.load(session, include_revoked), self._loaded,
                                 self._failed, owner=self, label="senders")

    def _loaded(self, view: sender_ops.SendersView) -> None:
        self.view = view
        self.own.setText(self.tr("Mã khóa của máy này (đọc cho bên kia khi được hỏi): {0}").format(view.own_fingerprint))
        selected = self.selected_sender()
        self.bindings.clear()
        for binding in view.bindings:
            item = QTreeWidgetItem([binding.sender, self.tr(ROLE_TEXTS.get(binding.role, binding.role)),
                                    binding.fingerprint, labels.date_text(labels.from_utc(binding.bound_at).date()),
                                    labels.date_text(labels.from_utc(binding.revoked_at).date())
                                    if binding.revoked_at else ""])
            item.setData(0, SENDER_ROLE, binding.sender if binding.active else "")
            if not binding.active:  # kept for the record, greyed
                for column in range(5):
                    item.setForeground(column, QColor("#777777"))
            item.setToolTip(0, self.tr("Gắn bởi {0}").format(binding.bound_by) if binding.bound_by else "")
            self.bindings.addTopLevelItem(item)
            if binding.active and binding.sender == selected:
                self.bindings.setCurrentItem(item)
        for column in range(4):
            self.bindings.resizeColumnToContents(column)
        self.certificates.clear()
        for certificate in view.certificates:
            self.certificates.addTopLevelItem(QTreeWidgetItem([certificate.sender, certificate.subject,
                                                               certificate.code]))
        self._enable()

    def selected_sender(self) -> str:
        """The sender of the selected row when its key is still bound ('' otherwise)."""
        item = self.bindings.currentItem()
        return (item.data(0, SENDER_ROLE) or "") if item is not None else ""

    def select_sender(self, sender: str) -> bool:
        for row in range(self.bindings.topLevelItemCount()):
            item = self.bindings.topLevelItem(row)
            if item.data(0, SENDER_ROLE) == sender:
                self.bindings.setCurrentItem(item)
                return True
        return False

    def _enable(self) -> None:
        chosen = bool(self.selected_sender())
        self.revoke_button.setEnabled(chosen)
        self.certificate_button.setEnabled(chosen)

    def revoke_selected(self) -> None:
        sender = self.selected_sender()
        if not sender:
            return
        item = self.bindings.currentItem()
        if not ask(self, self.tr("Thu hồi khóa"), self.tr(
                "Thu hồi khóa {0} của {1}?\n\nChỉ làm khi {1} đã đổi máy hoặc cài lại chương trình. Sau đó, gói của "
                "{1} chỉ được nhận khi đã gọi điện đối chiếu mã khóa mới, như lần đầu.").format(item.text(2), sender)):
            return
        self.revoke_button.setEnabled(False)
        self.context.worker.write(lambda session: sender_ops.revoke(session, sender), lambda _revoked: self.reload(),
                                  self._failed, owner=self, label="revoke_sender")

    def register_certificate(self, path: str = "") -> None:
        sender = self.selected_sender()
        if not sender:
            return
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Chứng thư số của người ký ({0})").format(sender), "",
                self.tr("Chứng thư số (*.cer *.crt *.pem *.der *.p7b);;Mọi tệp (*)"))
            if not path:
                return
        self.context.worker.write(lambda session: sender_ops.register_certificate(session, sender, Path(path)),
                                  lambda _labels: self.reload(), self._failed, owner=self,
                                  label="register_certificate")

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        self.context.show_error(self, error_message(exc))
