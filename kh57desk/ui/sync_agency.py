"""Đồng bộ for an agency: send the period's report package to the Department of Science and
Technology (signed or not; by e-mail or on a USB stick), receive task packages, and the list of
packages received."""

from __future__ import annotations

from pathlib import Path

from kh57desk.ui import labels
from kh57desk.app import sync as sync_ops
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import (QFileDialog, QGroupBox, QHBoxLayout, QPushButton, Qt,
                            QVBoxLayout, QWidget, Signal, open_folder, plain_label, send_mail)
from kh57desk.ui.worker import error_message


class AgencySync(QWidget):
    import_requested = Signal()
    exported = Signal(object)  # sync_ops.ReportPackage

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.state: sync_ops.SyncState | None = None
        self.package: sync_ops.ReportPackage | None = None

        self.report_info = plain_label()
        self.export_button = QPushButton(self.tr("Tạo gói &báo cáo"))
        self.export_button.clicked.connect(self.export)
        self.export_signed_button = QPushButton(self.tr("Tạo gói có chữ ký &số…"))
        self.export_signed_button.clicked.connect(self.export_signed)
        self.package_info = plain_label(selectable=True)
        self.recipient = plain_label()
        self.mail_button = QPushButton(self.tr("Gửi &email…"))
        self.mail_button.clicked.connect(self.mail)
        self.usb_button = QPushButton(self.tr("Sao chép ra &USB…"))
        self.usb_button.clicked.connect(self.copy_to_usb)
        self.folder_button = QPushButton(self.tr("Mở thư &mục"))
        self.folder_button.clicked.connect(self.open_folder)
        send_box = QGroupBox(self.tr("Gửi báo cáo về Sở Khoa học và Công nghệ"))
        send = QVBoxLayout(send_box)
        send.addWidget(plain_label(self.tr(
            "Gói báo cáo chứa tiến độ các nhiệm vụ, số liệu chỉ tiêu, tệp đính kèm của kỳ và các tệp báo cáo mới "
            "nhất của kỳ (cả bản đã ký số). Sở Khoa học và Công nghệ mở gói bằng kh57desk.")))
        send.addWidget(self.report_info)
        self.verdict_info = plain_label(selectable=True)  # Sở KH&CN's receipt and verdict, with task notes
        send.addWidget(self.verdict_info)
        self.fingerprint = plain_label(selectable=True)
        send.addWidget(self.fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.export_signed_button)
        row.addStretch(1)
        send.addLayout(row)
        send.addWidget(self.package_info)
        row = QHBoxLayout()
        row.addWidget(self.mail_button)
        row.addWidget(self.usb_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        send.addLayout(row)
        send.addWidget(self.recipient)

        self.import_button = QPushButton(self.tr("&Nhập gói nhiệm vụ…"))
        self.import_button.clicked.connect(self.import_requested)
        receive_box = QGroupBox(self.tr("Nhận nhiệm vụ từ Sở Khoa học và Công nghệ"))
        receive = QVBoxLayout(receive_box)
        receive.addWidget(plain_label(self.tr(
            "Gói nhiệm vụ cập nhật nội dung, thời hạn và phân công nhiệm vụ; tiến độ đã nhập được giữ nguyên. "
            "Gói kết quả xét báo cáo cho biết Sở đã nhận, chấp nhận hay trả lại báo cáo (kỳ đã chấp nhận bị khóa). "
            "Xem trước những gì thay đổi rồi mới nhập.")))
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        receive.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(send_box)
        layout.addWidget(receive_box)
        layout.addStretch(1)
        self._show_package()

    def show_state(self, state: sync_ops.SyncState) -> None:
        if self.state is not None and state.period != self.state.period:
            self.package = None
        self.state = state
        period = labels.period_label(state.period)
        report = state.report
        if report is None:
            self.report_info.setText(self.tr("{0}: chưa lập báo cáo (màn hình Báo cáo); gói sẽ chỉ có số liệu tiến "
                                             "độ và chỉ tiêu.").format(period))
        elif report.signed:
            self.report_info.setText(self.tr("{0}: kèm báo cáo số {1}, lần {2}, đã ký số ({3}).").format(
                period, report.number, report.version, report.signer))
        else:
            self.report_info.setText(self.tr("{0}: kèm báo cáo số {1}, lần {2}, chưa ký số.").format(
                period, report.number, report.version))
        self.fingerprint.setText(self.tr("Mã khóa của máy này (đọc cho Sở Khoa học và Công nghệ khi được hỏi): {0}")
                                 .format(state.fingerprint))
        self.verdict_info.setText(self.tr("Kết quả xét báo cáo: {0}").format("\n".join(state.verdicts))
                                  if state.verdicts else self.tr("Sở Khoa học và Công nghệ chưa gửi kết quả xét báo "
                                                                 "cáo kỳ này (nhập gói kết quả khi nhận được)."))
        self.recipient.setText(self.tr("Gửi đến: {0}").format(state.coordinator_email) if state.coordinator_email
                               else self.tr("Chưa có địa chỉ thư điện tử của Sở Khoa học và Công nghệ (Cài đặt → "
                                            "Đồng bộ); chương trình thư sẽ mở với ô người nhận để trống."))
        self._show_package()

    # --- exporting -----------------------------------------------------------------------
    def export(self) -> None:
        period = self.context.period
        self.export_button.setEnabled(False)
        self.context.worker.run(lambda ws, _job: sync_ops.export_report(ws, period), self._exported, self._failed,
                                owner=self, label="export_report")

    def export_signed(self):
        from kh57desk.ui.sign_dialog import SignDialog

        period = self.context.period
        dialog = SignDialog(self.context, self, self.tr("Tạo gói báo cáo có chữ ký số"),
                            self.tr("Gói báo cáo {0} được ký số: Sở Khoa học và Công nghệ kiểm tra được gói do cơ quan "
                                    "gửi và không bị sửa trên đường đi.").format(labels.period_label(period)),
                            lambda ws, source, secret: sync_ops.export_report(ws, period, source, secret),
                            self.tr("Tạo gói và &ký"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_ok.connect(self._exported)
        dialog.open()
        return dialog

    def _exported(self, package: sync_ops.ReportPackage) -> None:
        self.export_button.setEnabled(True)
        self.package = package
        self._show_package()
        self.exported.emit(package)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.context.show_error(self, error_message(exc))

    def _show_package(self) -> None:
        package = self.package
        self.package_info.setText("\n".join(package.lines()) if package else self.tr("Chưa tạo gói nào trong lần "
                                                                                    "làm việc này."))
        for button in (self.mail_button, self.usb_button):
            button.setEnabled(package is not None)

    # --- sending -------------------------------------------------------------------------
    def mail(self) -> None:
        if self.package is None or self.state is None:
            return
        url = sync_ops.report_mail(self.state, labels.period_label(self.state.period), self.package.path)
        send_mail(self, url, self.package.path)  # the file to attach is shown selected in its folder

    def copy_to_usb(self) -> None:
        if self.package is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn USB hoặc thư mục để chép gói vào"))
        if folder:
            self.copy_package_to(Path(folder))

    def copy_package_to(self, folder: Path) -> None:
        path = self.package.path
        self.context.worker.run(lambda _ws, _job: sync_ops.copy_to(path, folder), self._copied, self._failed,
                                owner=self, label="copy_package")

    def _copied(self, target: Path) -> None:
        self.package_info.setText("\n".join(self.package.lines() + [
            self.tr("Đã chép và kiểm tra bản chép: {0}").format(target)]))

    def open_folder(self) -> None:
        if self.package is not None:
            open_folder(self.package.path.parent)
        else:
            open_folder(self.context.workspace.data_dir / sync_ops.OUTBOX)
