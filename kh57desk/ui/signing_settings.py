"""Cài đặt → Ký số and Đồng bộ: the USB token's PKCS#11 library and label, the timestamp server,
the signature and seal images, the folder and list of trusted CA certificates; the e-mail
address report packages go to, and (coordinator) whether unsigned report packages are refused.

The fields are saved with the rest of the settings (``save_all``: one transaction, nothing when
a value is wrong, checked by ``signing_service.update_settings``); the trusted CA list changes at
once (adding or removing a certificate file). Passwords and PINs are never asked here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kh57desk.errors import InputError
from kh57desk.services import settings as settings_service, signing_service
from kh57desk.signing import keys, token_scan
from kh57desk.signing.certificates import CertificateInfo
from kh57desk.ui import labels
from kh57desk.app import settings as ops
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                            QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, Qt, QTreeWidget,
                            QTreeWidgetItem, QVBoxLayout, QWidget, Signal, plain_label)
from kh57desk.ui.worker import error_message
from kh57desk.workspace import Workspace

_EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
IMAGE_FILTER = "PNG, JPEG (*.png *.jpg *.jpeg)"


@dataclass(frozen=True)
class TrustState:
    folder: Path
    certificates: list[CertificateInfo]


def trust_state(ws: Workspace) -> TrustState:
    with ws.db.reader() as session:
        prefs = settings_service.load(session)
    return TrustState(signing_service.trust_dir(ws, prefs), signing_service.list_trusted(ws, prefs))


def add_trusted(ws: Workspace, cert_file: Path) -> tuple[TrustState, list[str]]:
    with ws.db.reader() as session:
        prefs = settings_service.load(session)
    added, skipped = signing_service.add_trusted(ws, prefs, cert_file)
    return trust_state(ws), [f"Đã thêm: {info.common_name or info.subject}" for info in added] + skipped


def remove_trusted(ws: Workspace, fingerprint: str) -> TrustState:
    with ws.db.reader() as session:
        prefs = settings_service.load(session)
    signing_service.remove_trusted(ws, prefs, fingerprint)
    return trust_state(ws)


def save_all(ws: Workspace, form: ops.SettingsForm, signing: dict, other: dict) -> ops.SettingsState:
    """The settings form, the signing settings and the sync settings in one transaction."""
    email = (other.get("coordinator_email") or "").strip()
    if email and not _EMAIL.match(email):
        raise InputError(f"Địa chỉ thư điện tử '{email}' không hợp lệ (ví dụ: vanthu.skhcn@thaibinh.gov.vn).")
    with ws.db.transaction() as session:
        ops.save_settings(session, form)
        if signing:
            signing_service.update_settings(ws, session, **signing)
        if other:
            settings_service.update(session, **{**other, "coordinator_email": email} if "coordinator_email" in other
                                    else other)
        return ops.load_state(session)


class SigningBox(QWidget):
    """The "Ký số" group box, and ``sync_box`` ("Đồng bộ") for the page to place; ``changed`` when a
    field is edited."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.prefs: settings_service.AppSettings | None = None
        self._images: dict[str, str | None] = {"signature_image": None, "seal_image": None}  # None: unchanged
        self._filling = False

        self.module = QLineEdit()
        self.module.setPlaceholderText(self.tr("ví dụ C:\\Windows\\System32\\vnpt-ca_csp11.dll"))
        module_browse = QPushButton(self.tr("Chọn…"))
        module_browse.clicked.connect(self.browse_module)
        self.scan_button = QPushButton(self.tr("Dò tìm trên máy"))
        self.scan_button.setToolTip(self.tr("Tìm thư viện của VNPT-CA, Viettel-CA, FPT-CA, BkavCA, Ban Cơ yếu, OpenSC… "
                                            "và các token đang cắm"))
        self.scan_button.clicked.connect(self.scan_tokens)
        self.found = QListWidget()  # tokens found by the scan: one click fills the module and the label
        self.found.setMaximumHeight(110)
        self.found.setVisible(False)
        self.found.itemClicked.connect(self.use_found)
        self.token = QComboBox()
        self.token.setEditable(True)
        self.token.lineEdit().setPlaceholderText(self.tr("để trống: token đang cắm"))
        self.find_tokens_button = QPushButton(self.tr("Tìm token đang cắm"))
        self.find_tokens_button.clicked.connect(self.find_tokens)
        self.tsa = QLineEdit()
        self.tsa.setPlaceholderText(self.tr("để trống: ký không kèm dấu thời gian (mức B-B)"))
        self.image_labels = {name: plain_label(wrap=False) for name in self._images}
        self.seal_size = QSpinBox()  # the seal's printed diameter when its image carries no DPI
        self.seal_size.setRange(20, 60)
        self.seal_size.setSuffix(" mm")
        self.seal_size.setToolTip(self.tr("Đường kính con dấu khi in (con dấu tròn thường 36 mm); dùng khi ảnh con dấu "
                                          "không ghi độ phân giải (DPI)"))
        self.trust_folder = QLineEdit()
        self.trust_folder.setPlaceholderText(self.tr("để trống: thư mục trusted-ca trong thư mục dữ liệu"))
        folder_browse = QPushButton(self.tr("Chọn…"))
        folder_browse.clicked.connect(self.browse_trust_folder)
        self.trusted = QTreeWidget()
        self.trusted.setHeaderLabels([self.tr("Tổ chức chứng thực tin cậy"), self.tr("Hiệu lực đến"),
                                      self.tr("Vân tay SHA-256")])
        self.trusted.setRootIsDecorated(False)
        self.trusted.setColumnWidth(0, 260)
        self.trusted.setMaximumHeight(120)
        add_ca = QPushButton(self.tr("Thêm chứng thư CA…"))
        add_ca.clicked.connect(self.choose_ca)
        self.remove_ca_button = QPushButton(self.tr("Bỏ khỏi danh sách"))
        self.remove_ca_button.clicked.connect(self.remove_selected_ca)
        self.trust_message = plain_label()

        signing_box = QGroupBox(self.tr("Ký số"))
        form = QFormLayout(signing_box)
        row = QHBoxLayout()
        row.addWidget(self.module, 1)
        row.addWidget(module_browse)
        row.addWidget(self.scan_button)
        form.addRow(self.tr("Thư viện USB token (PKCS#11):"), row)
        form.addRow(self.found)
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        row.addWidget(self.find_tokens_button)
        form.addRow(self.tr("Nhãn token:"), row)
        form.addRow(self.tr("Máy chủ dấu thời gian:"), self.tsa)
        for name, title in (("signature_image", self.tr("Ảnh chữ ký:")), ("seal_image", self.tr("Ảnh con dấu:"))):
            row = QHBoxLayout()
            row.addWidget(self.image_labels[name], 1)
            choose = QPushButton(self.tr("Chọn ảnh…"))
            choose.clicked.connect(lambda _c=False, n=name: self.choose_image(n))
            clear = QPushButton(self.tr("Bỏ ảnh"))
            clear.clicked.connect(lambda _c=False, n=name: self.set_image(n, ""))
            row.addWidget(choose)
            row.addWidget(clear)
            form.addRow(title, row)
        form.addRow(self.tr("Kích thước con dấu:"), self.seal_size)
        row = QHBoxLayout()
        row.addWidget(self.trust_folder, 1)
        row.addWidget(folder_browse)
        form.addRow(self.tr("Thư mục CA tin cậy:"), row)
        form.addRow(self.trusted)
        row = QHBoxLayout()
        row.addWidget(add_ca)
        row.addWidget(self.remove_ca_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.trust_message)
        form.addRow(plain_label(self.tr("Mật khẩu tệp khóa và mã PIN của USB token được hỏi mỗi lần ký, không bao giờ "
                                        "được lưu lại.")))

        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("ví dụ vanthu.skhcn@thaibinh.gov.vn"))
        email_label = QLabel(self.tr("&Email nhận gói báo cáo:"))
        email_label.setBuddy(self.email)
        self.require_signed = QCheckBox(self.tr("Chỉ nhận gói báo cáo có chữ ký số"))
        sync_box = QGroupBox(self.tr("Đồng bộ"))
        form = QFormLayout(sync_box)
        form.addRow(email_label, self.email)
        form.addRow("", self.require_signed)
        self.sync_box = sync_box

        layout = QVBoxLayout(self)  # the "Đồng bộ" box is placed by the settings page, in the other column
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(signing_box)
        for edit in (self.module, self.tsa, self.trust_folder, self.email):
            edit.textChanged.connect(self._changed)
        self.token.editTextChanged.connect(self._changed)
        self.seal_size.valueChanged.connect(self._changed)
        self.require_signed.toggled.connect(self._changed)
        self.trusted.currentItemChanged.connect(lambda *_: self.remove_ca_button.setEnabled(
            self.trusted.currentItem() is not None))

    # --- filling ---------------------------------------------------------------------------
    def fill(self, prefs: settings_service.AppSettings) -> None:
        self._filling = True
        try:
            self.prefs = prefs
            self.module.setText(prefs.pkcs11_module)
            self.token.setEditText(prefs.pkcs11_token)
            self.tsa.setText(prefs.tsa_url)
            self.trust_folder.setText(prefs.trusted_ca_dir)
            self.seal_size.setValue(round(prefs.seal_size_mm))
            self._images = {name: None for name in self._images}
            for name in self._images:
                self._show_image(name, getattr(prefs, name))
            self.email.setText(prefs.coordinator_email)
            self.require_signed.setChecked(prefs.require_signed_packages)
            coordinator = prefs.mode == settings_service.COORDINATOR_MODE
            self.email.setEnabled(not coordinator)
            self.require_signed.setVisible(coordinator)
        finally:
            self._filling = False
        self.reload_trusted()

    def _changed(self, *_args) -> None:
        if not self._filling:
            self.changed.emit()

    def _show_image(self, name: str, value: str) -> None:
        self.image_labels[name].setText(Path(value).name if value else self.tr("(không dùng)"))
        self.image_labels[name].setToolTip(value)

    # --- what changed ----------------------------------------------------------------------
    def signing_changes(self) -> dict:
        prefs = self.prefs
        if prefs is None:
            return {}
        typed = {"pkcs11_module": self.module.text().strip(), "pkcs11_token": self.token.currentText().strip(),
                 "tsa_url": self.tsa.text().strip(), "trusted_ca_dir": self.trust_folder.text().strip()}
        changes = {key: value for key, value in typed.items() if value != getattr(prefs, key)}
        changes.update({name: value for name, value in self._images.items() if value is not None})
        if self.seal_size.value() != round(prefs.seal_size_mm):
            changes["seal_size_mm"] = self.seal_size.value()
        return changes

    def other_changes(self) -> dict:
        prefs = self.prefs
        if prefs is None:
            return {}
        changes = {}
        if self.email.text().strip() != prefs.coordinator_email:
            changes["coordinator_email"] = self.email.text().strip()
        if self.require_signed.isChecked() != prefs.require_signed_packages:
            changes["require_signed_packages"] = self.require_signed.isChecked()
        return changes

    # --- choosing files --------------------------------------------------------------------
    def browse_module(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn thư viện PKCS#11 của USB token"),
                                              self.module.text(), self.tr("Thư viện (*.dll *.so *.dylib);;Mọi tệp (*)"))
        if path:
            self.module.setText(path)

    def browse_trust_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứng thư CA tin cậy"))
        if folder:
            self.trust_folder.setText(folder)

    def choose_image(self, name: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn ảnh (nền trong suốt)"), "", IMAGE_FILTER)
        if path:
            self.set_image(name, path)

    def set_image(self, name: str, path: str) -> None:
        self._images[name] = path
        self._show_image(name, path)
        self.changed.emit()

    def find_tokens(self) -> None:
        module = self.module.text().strip()
        self.find_tokens_button.setEnabled(False)
        self.context.worker.run(lambda _ws, _job: keys.token_labels(module), self._tokens_found, self._failed,
                                owner=self, label="token_labels")

    def _tokens_found(self, labels: list[str]) -> None:
        self.find_tokens_button.setEnabled(True)
        current = self.token.currentText()
        self.token.clear()
        self.token.addItems(labels)
        self.token.setEditText(current if current in labels or not labels else labels[0])
        self.trust_message.setText(self.tr("Token đang cắm: {0}").format(", ".join(labels)) if labels
                                   else self.tr("Không thấy USB token nào đang cắm."))

    def scan_tokens(self) -> None:
        self.scan_button.setEnabled(False)
        self.context.worker.run(lambda _ws, _job: token_scan.find_tokens(), self._scanned, self._failed, owner=self,
                                label="token_scan")

    def _scanned(self, found: list[token_scan.FoundToken]) -> None:
        self.scan_button.setEnabled(True)
        self.found.clear()
        for token in found:
            item = QListWidgetItem(token_scan.describe(token))
            item.setData(Qt.ItemDataRole.UserRole, token)
            item.setToolTip(token.module)
            if not token.usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.found.addItem(item)
        self.found.setVisible(bool(found))
        usable = sum(token.usable for token in found)
        self.trust_message.setText(self.tr("Tìm thấy {0} token; bấm vào một dòng để dùng.").format(usable) if usable
                                   else self.tr("Không tìm thấy token nào: hãy cắm token, cài phần mềm của nhà cung "
                                                "cấp chữ ký số, hoặc chọn tệp thư viện (.dll) bằng nút Chọn…"))

    def use_found(self, item: QListWidgetItem) -> None:
        token = item.data(Qt.ItemDataRole.UserRole)
        if token is None or not token.usable:
            return
        self.module.setText(token.module)
        self.token.setEditText(token.token_label)
        self.changed.emit()

    # --- trusted CAs -------------------------------------------------------------------------
    def reload_trusted(self) -> None:
        self.context.worker.run(lambda ws, _job: trust_state(ws), self._show_trusted, self._failed, owner=self,
                                label="trusted")

    def _show_trusted(self, state: TrustState) -> None:
        self.trusted.clear()
        for info in state.certificates:
            item = QTreeWidgetItem([info.common_name or info.subject, labels.date_text(info.not_after.date()),
                                    info.sha256[:16]])
            item.setData(0, Qt.ItemDataRole.UserRole, info.sha256)
            item.setToolTip(0, info.subject)
            self.trusted.addTopLevelItem(item)
        self.trusted.setToolTip(str(state.folder))
        self.remove_ca_button.setEnabled(False)

    def choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn chứng thư của tổ chức chứng thực (CA)"), "",
                                              self.tr("Chứng thư (*.pem *.cer *.crt *.der);;Mọi tệp (*)"))
        if path:
            self.add_ca(Path(path))

    def add_ca(self, path: Path) -> None:
        self.context.worker.run(lambda ws, _job: add_trusted(ws, path), self._ca_added, self._failed, owner=self,
                                label="add_trusted")

    def _ca_added(self, result: tuple[TrustState, list[str]]) -> None:
        state, messages = result
        self._show_trusted(state)
        self.trust_message.setText("\n".join(messages))

    def remove_selected_ca(self) -> None:
        item = self.trusted.currentItem()
        if item is None:
            return
        fingerprint = item.data(0, Qt.ItemDataRole.UserRole)
        self.context.worker.run(lambda ws, _job: remove_trusted(ws, fingerprint), self._show_trusted, self._failed,
                                owner=self, label="remove_trusted")

    def _failed(self, exc: BaseException) -> None:
        self.find_tokens_button.setEnabled(True)
        self.scan_button.setEnabled(True)
        self.context.show_error(self, error_message(exc))
