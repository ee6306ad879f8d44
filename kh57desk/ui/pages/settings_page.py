"""Cài đặt: agency, signer, report number symbol, reporting schedule, data folder, backups,
language. Changes are saved together with "Lưu thay đổi" (or nothing is, when a value is wrong)."""

from __future__ import annotations

from pathlib import Path

from kh57desk.domain import periods as reporting_periods
from kh57desk.services import backups as backup_service
from kh57desk.services import settings as settings_service
from kh57desk.ui import labels
from kh57desk.app import settings as ops
from kh57desk.ui.agency_picker import AgencyPicker
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                            QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, Qt,
                            QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Signal, ask, heading, open_folder,
                            plain_label, scrolling)
from kh57desk.ui.worker import error_message
from kh57desk.workspace import Workspace

KINDS = (reporting_periods.MONTHLY, reporting_periods.QUARTERLY, reporting_periods.HALF_YEAR, reporting_periods.YEARLY)


class SettingsPage(QWidget):
    saved = Signal()
    data_folder_changed = Signal(object)  # the new Workspace
    backup_restored = Signal(object)      # the reopened Workspace

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._dirty = False
        self._filling = False

        self.agency = AgencyPicker()
        self.add_agency = QCheckBox(self.tr("Cơ quan chưa có trong danh mục: thêm mới"))
        self.mode = plain_label()
        self.superior = QLineEdit()
        self.place = QLineEdit()
        agency_box = QGroupBox(self.tr("Cơ quan"))
        form = QFormLayout(agency_box)
        form.addRow(self.tr("Tên cơ &quan:"), self.agency)
        form.addRow("", self.add_agency)
        form.addRow(self.tr("Chế độ:"), self.mode)
        form.addRow(self.tr("Cơ quan &cấp trên:"), self.superior)
        form.addRow(self.tr("Địa &danh (dòng ngày tháng):"), self.place)
        form.addRow("", plain_label(self.tr("Đổi cơ quan chỉ áp dụng cho các lần nhập kế hoạch sau; hãy nhập lại "
                                            "kế hoạch để xác định lại nhiệm vụ của cơ quan.")))

        self.signer_name = QLineEdit()
        self.signer_title = QComboBox()
        self.signer_title.setEditable(True)
        self.signer_title.addItems(ops.SIGNER_TITLES)
        self.signer_authority = QComboBox()
        self.signer_authority.setEditable(True)
        self.signer_authority.addItems(ops.SIGNER_AUTHORITIES)
        signer_box = QGroupBox(self.tr("Người ký báo cáo"))
        form = QFormLayout(signer_box)
        form.addRow(self.tr("&Họ và tên:"), self.signer_name)
        form.addRow(self.tr("Chức &vụ:"), self.signer_title)
        form.addRow(self.tr("Thẩm q&uyền ký:"), self.signer_authority)

        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("ví dụ SNV"))
        self.prefix.setMaximumWidth(160)
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setMaximumHeight(80)
        report_box = QGroupBox(self.tr("Báo cáo"))
        form = QFormLayout(report_box)
        form.addRow(self.tr("Ký hiệu số &báo cáo: BC-"), self.prefix)
        form.addRow(self.tr("&Nơi nhận (mỗi dòng một nơi):"), self.recipients)

        self.use_plan = QCheckBox(self.tr("Theo lịch báo cáo ghi trong kế hoạch (mặc định: Nghị định 09/2019)"))
        self.kind_boxes = {kind: QCheckBox(labels.kind_label(kind)) for kind in KINDS}
        self.fixed_dates = QLineEdit()
        self.fixed_dates.setPlaceholderText(self.tr("ví dụ 01/6; 15/11"))
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 60)
        self.due_days.setSuffix(self.tr(" ngày"))
        self.schedule_text = plain_label()
        schedule_box = QGroupBox(self.tr("Kỳ báo cáo"))
        grid = QGridLayout(schedule_box)
        grid.addWidget(self.use_plan, 0, 0, 1, 4)
        for i, box in enumerate(self.kind_boxes.values()):
            grid.addWidget(box, 1, i)
        sub = QFormLayout()
        sub.addRow(self.tr("&Mốc cố định hằng năm:"), self.fixed_dates)
        sub.addRow(self.tr("Hạn gửi s&au ngày chốt số liệu:"), self.due_days)
        grid.addLayout(sub, 2, 0, 1, 4)
        grid.addWidget(self.schedule_text, 3, 0, 1, 4)

        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        language_box = QGroupBox(self.tr("Ngôn ngữ"))
        form = QFormLayout(language_box)
        form.addRow(self.tr("Ngôn ngữ gia&o diện:"), self.language)

        self.save_button = QPushButton(self.tr("&Lưu thay đổi"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Hoàn lạ&i"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)

        self.folder = plain_label(selectable=True)
        open_button = QPushButton(self.tr("Mở thư mục"))
        open_button.clicked.connect(lambda: open_folder(self.context.workspace.data_dir))
        move_button = QPushButton(self.tr("Chuyển &sang thư mục khác…"))
        move_button.clicked.connect(self.choose_new_folder)
        folder_box = QGroupBox(self.tr("Thư mục dữ liệu"))
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.addWidget(self.folder)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addWidget(move_button)
        row.addStretch(1)
        folder_layout.addLayout(row)

        self.backups = QTreeWidget()
        self.backups.setHeaderLabels([self.tr("Thời điểm"), self.tr("Lý do"), self.tr("Cỡ")])
        self.backups.setRootIsDecorated(False)
        self.backups.setMinimumHeight(140)
        backup_now = QPushButton(self.tr("Sao lưu nga&y"))
        backup_now.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Khôi &phục bản đã chọn…"))
        self.restore_button.clicked.connect(self.restore_selected)
        backups_box = QGroupBox(self.tr("Sao lưu"))
        backups_layout = QVBoxLayout(backups_box)
        backups_layout.addWidget(self.backups)
        row = QHBoxLayout()
        row.addWidget(backup_now)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        backups_layout.addLayout(row)

        from kh57desk.ui.signing_settings import SigningBox  # Ký số and Đồng bộ

        self.signing = SigningBox(context)
        left = QVBoxLayout()
        for box in (agency_box, signer_box, report_box, self.signing.sync_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        for box in (schedule_box, language_box, self.signing, folder_box, backups_box):
            right.addWidget(box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        self.status = plain_label(wrap=False)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(heading(self.tr("Cài đặt")))
        content_layout.addLayout(columns)
        scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        for edit in (self.superior, self.place, self.signer_name, self.prefix, self.fixed_dates):
            edit.textChanged.connect(self._mark_dirty)
        self.agency.editTextChanged.connect(self._mark_dirty)
        for combo in (self.signer_title, self.signer_authority):
            combo.editTextChanged.connect(self._mark_dirty)
        self.language.currentIndexChanged.connect(self._mark_dirty)
        self.recipients.textChanged.connect(self._mark_dirty)
        self.due_days.valueChanged.connect(self._mark_dirty)
        self.add_agency.toggled.connect(self._mark_dirty)
        self.signing.changed.connect(self._mark_dirty)
        self.use_plan.toggled.connect(self._mark_dirty)
        self.use_plan.toggled.connect(self._schedule_enabled)
        for box in self.kind_boxes.values():
            box.toggled.connect(self._mark_dirty)
        self._set_dirty(False)
        self.loaded_once = False

    # --- loading ---------------------------------------------------------------------------
    def activate(self) -> None:
        if not self.loaded_once or not self._dirty:
            self.reload()

    def reload(self) -> None:
        self.context.worker.read(ops.load_state, self._fill, owner=self, label="settings")
        self.reload_backups()

    def _fill(self, state: ops.SettingsState) -> None:
        self.loaded_once = True
        prefs, schedule = state.settings, state.schedule
        self._filling = True
        try:
            self.agency.set_agencies(state.agencies)
            self.agency.set_name(prefs.agency_name)
            self.add_agency.setChecked(False)
            self.mode.setText(self.tr("Sở Khoa học và Công nghệ — tổng hợp báo cáo của các cơ quan")
                              if prefs.mode == settings_service.COORDINATOR_MODE
                              else self.tr("Cơ quan thực hiện — báo cáo về Sở Khoa học và Công nghệ"))
            self.superior.setText(prefs.superior_name)
            self.place.setText(prefs.place)
            self.signer_name.setText(prefs.signer_name)
            self.signer_title.setEditText(prefs.signer_title)
            self.signer_authority.setEditText(prefs.signer_authority)
            self.prefix.setText(prefs.report_prefix)
            self.recipients.setPlainText("\n".join(prefs.recipients))
            self.use_plan.setChecked(not prefs.schedule)
            for kind, box in self.kind_boxes.items():
                box.setChecked(kind in schedule.kinds)
            self.fixed_dates.setText("; ".join(f"{d:02d}/{m}" for d, m in schedule.fixed_dates))
            self.due_days.setValue(schedule.due_days_after)
            self.schedule_text.setText(self.tr("Đang dùng: {0}; hạn gửi {1} ngày sau ngày chốt số liệu.").format(
                labels.schedule_text(schedule), schedule.due_days_after))
            self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
            self.folder.setText(str(self.context.workspace.data_dir))
            self.signing.fill(prefs)
        finally:
            self._filling = False
        self._schedule_enabled(self.use_plan.isChecked())
        self._set_dirty(False)

    def _schedule_enabled(self, use_plan: bool) -> None:
        for widget in (*self.kind_boxes.values(), self.fixed_dates, self.due_days):
            widget.setEnabled(not use_plan)

    def _mark_dirty(self, *_args) -> None:
        if not self._filling:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.status.setText(self.tr("Có thay đổi chưa lưu") if dirty else "")

    @property
    def dirty(self) -> bool:
        return self._dirty

    # --- saving ----------------------------------------------------------------------------
    def form(self) -> ops.SettingsForm:
        return ops.SettingsForm(
            agency_name=self.agency.name(), add_agency=self.add_agency.isChecked(),
            superior_name=self.superior.text(), place=self.place.text(), signer_name=self.signer_name.text(),
            signer_title=self.signer_title.currentText(), signer_authority=self.signer_authority.currentText(),
            report_prefix=self.prefix.text(), recipients=self.recipients.toPlainText(),
            use_plan_schedule=self.use_plan.isChecked(),
            kinds=tuple(k for k, box in self.kind_boxes.items() if box.isChecked()),
            fixed_dates=self.fixed_dates.text(), due_days_after=self.due_days.value(),
            language=self.language.currentData())

    def save(self) -> None:
        from kh57desk.ui.signing_settings import save_all

        form, signing, other = self.form(), self.signing.signing_changes(), self.signing.other_changes()
        self.save_button.setEnabled(False)
        self.context.worker.run(lambda ws, _job: save_all(ws, form, signing, other), self._saved, self._failed,
                                owner=self, label="save_settings")

    def _saved(self, state: ops.SettingsState) -> None:
        self._fill(state)
        self.status.setText(self.tr("Đã lưu cài đặt"))
        self.context.update_settings(state.settings, state.schedule)
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.context.show_error(self, error_message(exc))

    # --- backups and data folder ------------------------------------------------------
    def reload_backups(self) -> None:
        self.context.worker.run(lambda ws, _job: ops.list_backups(ws), self._fill_backups, owner=self,
                                label="list_backups")

    def _fill_backups(self, items: list[backup_service.BackupInfo]) -> None:
        self.backups.clear()
        reasons = {"thu-cong": self.tr("Sao lưu thủ công"), "truoc-khoi-phuc": self.tr("Trước khi khôi phục"),
                   "": self.tr("Sao lưu")}
        for info in items:
            code = ops.backup_reason(info.path)
            reason = reasons.get(code) or (self.tr("Trước khi nâng cấp dữ liệu")
                                           if code.startswith("truoc-nang-cap") else code)
            item = QTreeWidgetItem([labels.datetime_text(info.created), reason, labels.size_text(info.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            self.backups.addTopLevelItem(item)
        self.backups.resizeColumnToContents(0)
        self.restore_button.setEnabled(bool(items))

    def backup_now(self) -> None:
        self.context.worker.run(lambda ws, _job: backup_service.create(ws), lambda _info: self.reload_backups(),
                                self._failed, owner=self, label="backup")

    def restore_selected(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            self.context.show_error(self, self.tr("Chọn một bản sao lưu trong danh sách trước."))
            return
        if ask(self, self.tr("Khôi phục dữ liệu"),
               self.tr("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {0}?\nDữ liệu hiện tại sẽ "
                       "được sao lưu trước, nên có thể lấy lại.").format(item.text(0))):
            self.restore(Path(item.data(0, Qt.ItemDataRole.UserRole)))

    def restore(self, backup: Path) -> None:
        def op(ws: Workspace, _job):
            new = ops.restore_backup(ws, backup)
            self.context.worker.workspace = new
            return new
        self.context.worker.run(op, self._restored, self._failed, owner=self, label="restore")

    def _restored(self, workspace: Workspace) -> None:
        self.backup_restored.emit(workspace)
        self.reload()

    def choose_new_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục trống để chuyển dữ liệu sang"))
        if folder:
            self.move_to(Path(folder))

    def move_to(self, folder: Path) -> None:
        def op(ws: Workspace, _job):
            new = ops.move_data_folder(ws, folder)
            old = self.context.worker.workspace
            self.context.worker.workspace = new
            old.close()
            return new
        self.context.worker.run(op, self._moved, self._failed, owner=self, label="move_data")

    def _moved(self, workspace: Workspace) -> None:
        self.folder.setText(str(workspace.data_dir))
        self.data_folder_changed.emit(workspace)
        self.status.setText(self.tr("Đã chuyển dữ liệu sang {0}. Thư mục cũ được giữ nguyên; có thể xóa khi "
                                    "không cần.").format(workspace.data_dir))
