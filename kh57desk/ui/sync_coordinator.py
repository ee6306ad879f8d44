"""Đồng bộ for the coordinator (Sở Khoa học và Công nghệ): hand out one task package per agency,
take in the agencies' report packages (files or a whole folder), see who has reported for the
period, accept, return (with a reason and task notes) or reopen an agency's report and get the
verdict package to send back, and produce the province's consolidated report."""

from __future__ import annotations

from pathlib import Path

from kh57desk.app import verdicts as app_verdicts
from kh57desk.coordinator.completeness import LATE, MISSING, ON_TIME, AgencyStatus, Completeness
from kh57desk.services.verdicts import ACCEPTED, REOPENED, RETURNED
from kh57desk.errors import Cancelled
from kh57desk.sync.task_package import ExportResult
from kh57desk.ui import labels
from kh57desk.app import sync as sync_ops
from kh57desk.ui.completeness_model import REPORT, CompletenessFilter, CompletenessModel
from kh57desk.ui.context import AppContext
from kh57desk.ui.progress import DelayedProgress
from kh57desk.ui.qt import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QGroupBox,
                            QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, Qt, QTableView, QTreeWidget,
                            QTreeWidgetItem, QVBoxLayout, QWidget, Signal, open_folder, open_path, plain_label,
                            send_mail)
from kh57desk.ui.worker import error_message


class CoordinatorSync(QWidget):
    import_requested = Signal(list)  # paths chosen: the page opens the package dialog
    consolidated = Signal(object)    # ConsolidatedResult
    reviewed = Signal(object)        # app_verdicts.ReviewResult

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.exports: list[ExportResult] = []
        self.result = None  # the last consolidated report

        self.export_button = QPushButton(self.tr("Tạo gói &nhiệm vụ cho mọi cơ quan…"))
        self.export_button.clicked.connect(self.choose_export_folder)
        self.export_signed_button = QPushButton(self.tr("Có chữ ký &số…"))
        self.export_signed_button.setToolTip(self.tr("Tạo gói nhiệm vụ cho mọi cơ quan, ký số bằng tệp khóa hoặc USB "
                                                     "token của người ký: các cơ quan thấy gói do ai ký"))
        self.export_signed_button.clicked.connect(lambda: self.choose_export_folder(signed=True))
        self.exported = QTreeWidget()
        self.exported.setHeaderLabels([self.tr("Cơ quan"), self.tr("Nhiệm vụ"), self.tr("Chỉ tiêu"), self.tr("Tệp")])
        self.exported.setRootIsDecorated(False)
        for column, width in enumerate((230, 70, 60)):
            self.exported.setColumnWidth(column, width)
        self.exported.currentItemChanged.connect(lambda *_: self._export_selected())
        self.mail_button = QPushButton(self.tr("Gửi &email…"))
        self.mail_button.clicked.connect(self.mail)
        self.usb_button = QPushButton(self.tr("Sao chép ra &USB…"))
        self.usb_button.clicked.connect(self.copy_to_usb)
        self.folder_button = QPushButton(self.tr("Mở thư &mục"))
        self.folder_button.clicked.connect(self.open_export_folder)
        self.export_message = plain_label()
        tasks_box = QGroupBox(self.tr("Giao nhiệm vụ cho các cơ quan"))
        tasks = QVBoxLayout(tasks_box)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.export_signed_button)
        row.addStretch(1)
        tasks.addLayout(row)
        tasks.addWidget(self.exported, 1)
        row = QHBoxLayout()
        for button in (self.mail_button, self.usb_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        tasks.addLayout(row)
        tasks.addWidget(self.export_message)

        self.import_files_button = QPushButton(self.tr("Nhập gói &báo cáo…"))
        self.import_files_button.clicked.connect(self.choose_packages)
        self.import_folder_button = QPushButton(self.tr("Nhậ&p cả thư mục…"))
        self.import_folder_button.clicked.connect(self.choose_package_folder)
        reports_box = QGroupBox(self.tr("Nhận báo cáo của các cơ quan"))
        reports = QVBoxLayout(reports_box)
        reports.addWidget(plain_label(self.tr("Mỗi gói được kiểm tra (mã băm, chữ ký số, đúng kế hoạch, không phải "
                                              "gói cũ) và xem trước trước khi nhập.")))
        row = QHBoxLayout()
        row.addWidget(self.import_files_button)
        row.addWidget(self.import_folder_button)
        row.addStretch(1)
        reports.addLayout(row)
        self.fingerprint = plain_label(selectable=True)
        reports.addWidget(self.fingerprint)

        self.pdf = QCheckBox(self.tr("P&DF"))
        self.xlsx = QCheckBox(self.tr("Exce&l"))
        self.pdf.setChecked(True)
        self.xlsx.setChecked(True)
        self.consolidate_button = QPushButton(self.tr("Lập báo cá&o tổng hợp"))
        self.consolidate_button.clicked.connect(self.consolidate)
        self.open_button = QPushButton(self.tr("Mở tệp &vừa lập"))
        self.open_button.clicked.connect(self.open_consolidated)
        self.open_button.setEnabled(False)
        self.consolidate_message = plain_label(selectable=True)
        consolidated_box = QGroupBox(self.tr("Báo cáo tổng hợp của tỉnh"))
        box = QVBoxLayout(consolidated_box)
        row = QHBoxLayout()
        row.addWidget(self.pdf)
        row.addWidget(self.xlsx)
        row.addWidget(self.consolidate_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.consolidate_message)

        self.completeness_title = plain_label()
        self.show_combo = QComboBox()
        for state, label in (("", self.tr("Mọi cơ quan")), (MISSING, self.tr("Chưa báo cáo")),
                             (LATE, self.tr("Báo cáo muộn")), (ON_TIME, self.tr("Đúng hạn"))):
            self.show_combo.addItem(label, state)
        show_label = QLabel(self.tr("&Hiện:"))
        show_label.setBuddy(self.show_combo)
        self.model = CompletenessModel(self)
        self.proxy = CompletenessFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(REPORT, Qt.SortOrder.AscendingOrder)  # reported first, then late, then missing
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Tình hình gửi báo cáo"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((300, 60, 70, 150, 130, 150, 85)):
            self.table.setColumnWidth(column, width)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.proxy.set_state(self.show_combo.currentData()))
        completeness_box = QGroupBox(self.tr("Tình hình gửi báo cáo của các cơ quan"))
        box = QVBoxLayout(completeness_box)
        row = QHBoxLayout()
        row.addWidget(self.completeness_title, 1)
        row.addWidget(show_label)
        row.addWidget(self.show_combo)
        box.addLayout(row)
        box.addWidget(self.table, 1)
        self.accept_button = QPushButton(self.tr("Ch&ấp nhận"))
        self.accept_button.clicked.connect(lambda: self.review(ACCEPTED))
        self.return_button = QPushButton(self.tr("T&rả lại…"))  # &T is Tệp
        self.return_button.clicked.connect(lambda: self.ask_review(RETURNED))
        self.reopen_button = QPushButton(self.tr("Mở lạ&i…"))
        self.reopen_button.clicked.connect(lambda: self.ask_review(REOPENED))
        self.sign_verdicts = QCheckBox(self.tr("Ký số gói kết quả"))
        self.sign_verdicts.setToolTip(self.tr("Ký số gói kết quả xét báo cáo bằng tệp khóa hoặc USB token của người "
                                              "ký trước khi gửi lại cơ quan"))
        self.review_message = plain_label(selectable=True)
        row = QHBoxLayout()
        for button in (self.accept_button, self.return_button, self.reopen_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.sign_verdicts)
        box.addLayout(row)
        box.addWidget(self.review_message)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(tasks_box, 1)
        left_layout.addWidget(reports_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(completeness_box, 1)
        right_layout.addWidget(consolidated_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._export_selected()

    def show_state(self, state: sync_ops.SyncState) -> None:
        self.fingerprint.setText(self.tr("Mã khóa của máy này (đọc cho các cơ quan khi được hỏi): {0}")
                                 .format(state.fingerprint))
        self.show_completeness(state.completeness)
        self._selection_changed()

    # --- verdicts -------------------------------------------------------------------------
    def selected_status(self) -> AgencyStatus | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def _selection_changed(self) -> None:
        row = self.selected_status()
        received = row is not None and row.report_state != MISSING
        self.accept_button.setEnabled(received and row.verdict != ACCEPTED)
        self.return_button.setEnabled(received and row.verdict != ACCEPTED)
        self.reopen_button.setEnabled(received and row.verdict == ACCEPTED)

    def ask_review(self, decision: str):
        from kh57desk.ui.review_dialog import ReviewDialog

        row = self.selected_status()
        if row is None:
            return None
        dialog = ReviewDialog(row.agency, labels.period_label(self.context.period), decision == RETURNED, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.review(decision, dialog.reason.toPlainText(), dialog.notes.toPlainText()))
        dialog.open()
        return dialog

    def review(self, decision: str, reason: str = "", notes: str = ""):
        """Record the verdict and write its package; signed by a person when "Ký số gói kết quả" is
        ticked (the sign dialog is returned then)."""
        row = self.selected_status()
        if row is None:
            return None
        period, agency = self.context.period, row.agency
        if self.sign_verdicts.isChecked():
            from kh57desk.ui.sign_dialog import SignDialog

            dialog = SignDialog(self.context, self, self.tr("Gói kết quả xét báo cáo có chữ ký số"),
                                self.tr("Kết quả xét báo cáo của {0} được ký số: cơ quan kiểm tra được ai ký và gói "
                                        "không bị sửa trên đường đi.").format(agency),
                                lambda ws, source, secret: app_verdicts.review_signed(
                                    ws, agency, period, decision, reason, notes, source, secret),
                                self.tr("Ghi và &ký"))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished_ok.connect(self._reviewed)
            dialog.open()
            return dialog
        self.context.worker.run(lambda ws, _job: app_verdicts.review(ws, agency, period, decision, reason, notes),
                                self._reviewed, self._failed, owner=self, label="review")
        return None

    def _reviewed(self, result: app_verdicts.ReviewResult) -> None:
        self.review_message.setText("\n".join([f"{result.agency}: {result.label}", *result.notes, self.tr(
            "Gói kết quả gửi lại cơ quan: {0}").format(result.package)] + ([self.tr("Gói đã được ký số.")]
                                                                           if result.signed else [])))
        self.reviewed.emit(result)

    def show_completeness(self, data: Completeness) -> None:
        self.model.set_rows(data.agencies)
        self.completeness_title.setText(self.tr(
            "{0}, hạn gửi {1}: {2} cơ quan phải báo cáo; {3} đúng hạn, {4} muộn, {5} chưa báo cáo; {6} nhiệm vụ quá "
            "hạn.").format(labels.period_label(data.period), labels.date_text(data.due), len(data.agencies),
                           len(data.by_state(ON_TIME)), len(data.by_state(LATE)), len(data.by_state(MISSING)),
                           len(data.overdue_tasks)))

    # --- task packages -------------------------------------------------------------------
    def choose_export_folder(self, signed: bool = False) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục ghi các gói nhiệm vụ"))
        if folder:
            (self.export_signed_to if signed else self.export_to)(Path(folder))

    def export_to(self, folder: Path) -> None:
        self.export_button.setEnabled(False)
        self.context.worker.run(lambda ws, _job: sync_ops.export_tasks(ws, folder), self._exported,
                                self._failed, owner=self, label="export_tasks")

    def export_signed_to(self, folder: Path):
        """Every agency's task package into ``folder``, signed by the person whose key the sign
        dialog opens (password or PIN typed there, never kept)."""
        from kh57desk.ui.sign_dialog import SignDialog

        dialog = SignDialog(self.context, self, self.tr("Tạo gói nhiệm vụ có chữ ký số"),
                            self.tr("Gói nhiệm vụ của mọi cơ quan được ký số: các cơ quan kiểm tra được gói do Sở "
                                    "Khoa học và Công nghệ gửi, ai ký, và không bị sửa trên đường đi."),
                            lambda ws, source, secret: sync_ops.export_tasks_signed(ws, folder, source, secret),
                            self.tr("Tạo gói và &ký"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_ok.connect(lambda packages: self._exported(packages.results))
        dialog.open()
        return dialog

    def _exported(self, results: list[ExportResult]) -> None:
        self.export_button.setEnabled(True)
        self.exports = results
        self.exported.clear()
        for result in results:
            item = QTreeWidgetItem([result.agency, str(result.tasks), str(result.indicators), result.path.name])
            item.setToolTip(3, str(result.path))
            self.exported.addTopLevelItem(item)
        if results:
            self.exported.setCurrentItem(self.exported.topLevelItem(0))
            self.export_message.setText(self.tr("Đã tạo {0} gói nhiệm vụ trong {1}.").format(
                len(results), results[0].path.parent))
        self._export_selected()

    def selected_export(self) -> ExportResult | None:
        index = self.exported.indexOfTopLevelItem(self.exported.currentItem()) if self.exported.currentItem() else -1
        return self.exports[index] if 0 <= index < len(self.exports) else None

    def _export_selected(self) -> None:
        chosen = self.selected_export() is not None
        for button in (self.mail_button, self.usb_button):
            button.setEnabled(chosen)
        self.folder_button.setEnabled(bool(self.exports))

    def mail(self) -> None:
        export = self.selected_export()
        if export is not None:
            send_mail(self, sync_ops.tasks_mail(export.agency, export.path), export.path)

    def copy_to_usb(self) -> None:
        if self.selected_export() is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn USB hoặc thư mục để chép gói vào"))
        if folder:
            self.copy_to_usb_folder(Path(folder))

    def copy_to_usb_folder(self, folder: Path) -> None:
        export = self.selected_export()
        if export is None:
            return
        path = export.path
        self.context.worker.run(lambda _ws, _job: sync_ops.copy_to(path, folder), self._copied, self._failed,
                                owner=self, label="copy_package")

    def _copied(self, target: Path) -> None:
        self.export_message.setText(self.tr("Đã chép và kiểm tra bản chép: {0}").format(target))

    def open_export_folder(self) -> None:
        if self.exports:
            open_folder(self.exports[0].path.parent)

    # --- report packages -----------------------------------------------------------------
    def choose_packages(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn các gói báo cáo"), "",
                                                self.tr("Gói kh57desk (*.kh57);;Mọi tệp (*)"))
        if files:
            self.import_requested.emit(files)

    def choose_package_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa các gói báo cáo"))
        if folder:
            self.import_requested.emit([folder])

    # --- consolidated report ----------------------------------------------------------------
    def consolidate(self) -> None:
        formats = tuple(fmt for fmt, box in (("pdf", self.pdf), ("xlsx", self.xlsx)) if box.isChecked())
        if not formats:
            self.context.show_error(self, self.tr("Chọn ít nhất một định dạng: PDF hoặc Excel."))
            return
        period, today = self.context.period, self.context.today()
        self.consolidate_button.setEnabled(False)
        job = self.context.worker.run(lambda ws, job: sync_ops.consolidate(ws, job, period, formats, today),
                                      self._consolidated, self._failed, owner=self, label="consolidate")
        self.progress = DelayedProgress(self, self.context.worker, job, self.tr("Đang lập báo cáo tổng hợp"),
                                        labels.period_label(period))

    def _consolidated(self, result) -> None:
        self.consolidate_button.setEnabled(True)
        self.result = result
        data = result.data
        self.consolidate_message.setText("\n".join([self.tr(
            "Đã lập báo cáo tổng hợp số {0}: {1} cơ quan phải báo cáo, {2} đúng hạn, {3} muộn, {4} chưa báo cáo.")
            .format(result.number, data.agencies_required, data.on_time, data.late, len(data.missing))]
            + [str(path) for path in result.files] + list(result.warnings)))
        self.open_button.setEnabled(bool(result.files))
        self.consolidated.emit(result)

    def open_consolidated(self) -> None:
        if self.result is not None and self.result.files:
            open_path(self.result.files[0])

    def _failed(self, exc: BaseException) -> None:
        for button in (self.export_button, self.consolidate_button):
            button.setEnabled(True)
        if not isinstance(exc, Cancelled):
            self.context.show_error(self, error_message(exc))
