"""Importing a plan file: choose the file (and the sheet), read it off the GUI thread with a
cancellable progress dialog, preview every change, resolve unknown agencies, then apply it in
one transaction. The reading and applying are ``services.plan_import``'s, the same as
``kh57 import``."""

from __future__ import annotations

from pathlib import Path

from kh57desk.app import plans
from kh57desk.domain.agency_directory import KIND_LABELS, KINDS
from kh57desk.errors import Cancelled
from kh57desk.importers.draft import CONTEXT, NOT_UNDERSTOOD, PARAGRAPHS, TABLE_ROWS, TARGET, TASK
from kh57desk.services import agencies
from kh57desk.services import plan_import
from kh57desk.services.plan_apply import FIELD_LABELS, Change, PlanDraft, PlanPreview
from kh57desk.ui import help_dialog, labels
from kh57desk.ui.agency_picker import AgencyPicker
from kh57desk.ui.context import AppContext
from kh57desk.ui.progress import DelayedProgress
from kh57desk.ui.qt import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                            QLineEdit, QPushButton, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                            QWidget, Signal, plain_label)
from kh57desk.ui.worker import error_message

AUTO_SHEET = ""


class ImportDialog(QDialog):
    applied = Signal(object)  # the PlanPreview of what was applied

    def __init__(self, context: AppContext, parent: QWidget | None = None, path: str = ""):
        super().__init__(parent)
        help_dialog.install_on_dialog(self, "import")  # F1: the guide at this dialog's section
        self.context = context
        self.draft: PlanDraft | None = None
        self.preview: PlanPreview | None = None
        self.result_preview: PlanPreview | None = None
        self.setWindowTitle(self.tr("Nhập kế hoạch từ tệp"))
        self.resize(1040, 640)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Tệp Excel (.xlsx), Word (.docx, .doc), PDF (.pdf) hoặc văn bản (.txt)"))
        browse = QPushButton(self.tr("&Chọn tệp…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.addItem(self.tr("Tự tìm trang có bảng nhiệm vụ"), AUTO_SHEET)
        self.sheet.setEnabled(False)
        self.plan_number = QLineEdit()
        self.plan_number.setPlaceholderText(self.tr("để trống: lấy từ tệp, ví dụ 26/KH-UBND"))
        self.read_button = QPushButton(self.tr("Đọc &tệp"))
        self.read_button.clicked.connect(self.read)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("Tệp &kế hoạch:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        options = QHBoxLayout()
        options.addWidget(self.sheet, 1)
        number_label = QLabel(self.tr("Số kế hoạc&h:"))
        number_label.setBuddy(self.plan_number)
        options.addWidget(number_label)
        options.addWidget(self.plan_number, 1)
        options.addWidget(self.read_button)
        sheet_label = QLabel(self.tr("Tr&ang tính:"))
        sheet_label.setBuddy(self.sheet)
        form.addRow(sheet_label, options)

        self.summary = plain_label()
        self.account = plain_label()
        self.tabs = QTabWidget()
        self.added = self._tree([self.tr("TT"), self.tr("Nội dung"), self.tr("Vai trò"), self.tr("Vì sao")])
        self.updated = self._tree([self.tr("TT"), self.tr("Nội dung / thay đổi"), self.tr("Trước"), self.tr("Sau")])
        self.withdrawn = self._tree([self.tr("TT"), self.tr("Nội dung"), self.tr("Lý do")])
        self.skipped = self._tree([self.tr("TT"), self.tr("Nội dung"), self.tr("Lý do")])
        self.unassigned = self._tree([self.tr("TT"), self.tr("Nội dung"), self.tr("Ghi chú")])
        self.problems = self._tree([self.tr("Dòng"), self.tr("Lý do"), self.tr("Nội dung dòng")])
        self.targets = self._tree([self.tr("Chỉ tiêu"), self.tr("Mốc"), self.tr("Thay đổi")])
        self.unknown = self._tree([self.tr("Tên cơ quan trong tệp")])
        self.unknown.currentItemChanged.connect(lambda *_: self._unknown_selected())
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(KIND_LABELS[kind], kind)
        self.kind.setCurrentIndex(self.kind.findData("other"))
        self.add_agency_button = QPushButton(self.tr("Thêm &vào danh mục"))
        self.add_agency_button.clicked.connect(self.add_selected_agency)
        self.existing = AgencyPicker()
        self.map_button = QPushButton(self.tr("Á&nh xạ tới cơ quan có sẵn"))
        self.map_button.clicked.connect(self.map_selected_agency)
        unknown_page = QWidget()
        unknown_layout = QVBoxLayout(unknown_page)
        unknown_layout.addWidget(plain_label(self.tr(
            "Các tên cơ quan sau không có trong danh mục. Thêm tên mới vào danh mục, hoặc cho biết đó là cách "
            "viết khác của một cơ quan có sẵn; bản xem trước được tính lại ngay.")))
        unknown_layout.addWidget(self.unknown, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Loại:")))
        add_row.addWidget(self.kind)
        add_row.addWidget(self.add_agency_button)
        add_row.addStretch(1)
        map_row = QHBoxLayout()
        map_row.addWidget(self.existing, 1)
        map_row.addWidget(self.map_button)
        unknown_layout.addLayout(add_row)
        unknown_layout.addLayout(map_row)
        self._unknown_page = unknown_page
        self._pages = [(self.added, self.tr("Thêm mới")), (self.updated, self.tr("Cập nhật")),
                       (self.withdrawn, self.tr("Rút khỏi kế hoạch")), (unknown_page, self.tr("Cơ quan lạ")),
                       (self.unassigned, self.tr("Chưa có cơ quan chủ trì")),
                       (self.skipped, self.tr("Không giao cho cơ quan")),
                       (self.problems, self.tr("Dòng không đọc được")),
                       (self.targets, self.tr("Chỉ tiêu"))]
        for widget, title in self._pages:
            self.tabs.addTab(widget, title)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Nhập vào dữ l&iệu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        close = self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.account)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.path.editingFinished.connect(self._path_changed)
        self._unknown_selected()
        self.context.worker.read(lambda s: list(agencies.directory(s)), self.existing.set_agencies, owner=self)
        if path:  # opened with a file (chosen in the first-run wizard, dropped, double-clicked): read it at once
            self.path.setText(path)
            self._path_changed()
            self.read()

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setColumnWidth(0, 70 if len(headers) > 1 else 600)
        if len(headers) > 1:
            tree.setColumnWidth(1, 520)
        return tree

    # --- choosing and reading -----------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp kế hoạch"), str(Path(self.path.text()).parent)
                                              if self.path.text() else "",
                                              self.tr("Kế hoạch (*.xlsx *.docx *.doc *.pdf *.txt);;Mọi tệp (*)"))
        if path:  # opened with a file (chosen in the first-run wizard, dropped, double-clicked): read it at once
            self.path.setText(path)
            self._path_changed()
            self.read()

    def _path_changed(self) -> None:
        path = self.path.text().strip()
        self.sheet.clear()
        self.sheet.addItem(self.tr("Tự tìm trang có bảng nhiệm vụ"), AUTO_SHEET)
        self.sheet.setEnabled(False)
        if path.lower().endswith(".xlsx") and Path(path).is_file():
            self.context.worker.run(lambda _ws, _job: plan_import.list_sheets(path), self._sheets,
                                    self._failed, owner=self, label="list_sheets")

    def _sheets(self, names: list[str]) -> None:
        for name in names:
            self.sheet.addItem(name, name)
        self.sheet.setEnabled(len(names) > 1)

    def read(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.context.show_error(self, self.tr("Chọn tệp kế hoạch trước."))
            return
        sheet = self.sheet.currentData() or None
        number = self.plan_number.text().strip() or None
        self._busy(True)
        job = self.context.worker.run(
            lambda _ws, job: plan_import.read_file(path, sheet=sheet, plan_number=number, progress=job.progress),
            self._read_done, self._failed, owner=self, label="read_plan")
        self.progress = DelayedProgress(self, self.context.worker, job, self.tr("Đang đọc tệp kế hoạch"),
                                        Path(path).name)

    def _read_done(self, draft: PlanDraft) -> None:
        self.draft = draft
        self.account.setText(self.account_text(draft))
        self.refresh_preview()

    def account_text(self, draft: PlanDraft) -> str:
        """Where every paragraph and table row of the file went; the counts add up."""
        account = draft.account
        if account is None:
            return ""
        places = account.places
        return self.tr("Đã đọc {0} đoạn văn và {1} dòng bảng: {2} vào nhiệm vụ, {3} vào chỉ tiêu, {4} tiêu đề hoặc "
                       "ngữ cảnh, {5} không hiểu.").format(
            account.sources.get(PARAGRAPHS, 0), account.sources.get(TABLE_ROWS, 0), places[TASK], places[TARGET],
            places[CONTEXT], places[NOT_UNDERSTOOD])

    def refresh_preview(self) -> None:
        draft = self.draft
        self._busy(True)
        self.context.worker.read(lambda s: plan_import.preview(s, draft), self._show_preview, self._failed,
                                 owner=self, label="preview_plan")

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, Cancelled):  # the user pressed Hủy: nothing to report
            self.summary.setText(self.tr("Đã dừng đọc tệp; chưa nhập gì."))
            return
        self.context.show_error(self, error_message(exc))

    def _busy(self, busy: bool) -> None:
        self.read_button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy and self.preview is not None and self.preview.has_changes)

    # --- preview ------------------------------------------------------------------------
    def _show_preview(self, preview: PlanPreview) -> None:
        self.preview = preview
        self._busy(False)
        counts = preview.counts()
        plan = preview.plan_key or self.tr("(kế hoạch chưa ghi số)")
        state = self.tr("kế hoạch đã có, sẽ cập nhật") if preview.plan_exists else self.tr("kế hoạch mới")
        self.summary.setText(self.tr(
            "{0} ({1}): thêm {2}, cập nhật {3}, khôi phục {4}, không đổi {5}, rút {6} nhiệm vụ; {7} nhiệm vụ "
            "không giao cho cơ quan; {8} dòng không đọc được.").format(
            plan, state, counts["added"], counts["updated"], counts["restored"], counts["unchanged"],
            counts["withdrawn"], counts["skipped"], counts["problems"]))
        self._fill_changes(self.added, preview.added, lambda c: [labels.role_label(c.role), c.reason])
        self._fill_updates(preview.updated + preview.restored, len(preview.restored))
        self._fill_changes(self.withdrawn, preview.withdrawn, lambda c: [c.reason])
        self._fill_changes(self.skipped, preview.skipped, lambda c: [c.reason])
        self._fill_changes(self.unassigned, preview.unassigned, lambda c: [c.reason])
        self.problems.clear()
        for problem in preview.problems:
            self.problems.addTopLevelItem(QTreeWidgetItem(["" if problem.row is None else str(problem.row),
                                                           problem.reason, problem.text]))
        self.unknown.clear()
        for name in preview.unknown_agencies:
            self.unknown.addTopLevelItem(QTreeWidgetItem([name]))
        self._fill_targets(preview)
        sizes = [len(preview.added), len(preview.updated) + len(preview.restored), len(preview.withdrawn),
                 len(preview.unknown_agencies), len(preview.unassigned), len(preview.skipped), len(preview.problems),
                 len(preview.targets.added) + len(preview.targets.updated) + len(preview.targets.withdrawn)]
        for index, ((_widget, title), size) in enumerate(zip(self._pages, sizes)):
            self.tabs.setTabText(index, f"{title} ({size})")
            self.tabs.setTabVisible(index, bool(size) or index == 0)
        if preview.unknown_agencies:
            self.tabs.setCurrentWidget(self._unknown_page)
        self._unknown_selected()
        self._busy(False)

    def _fill_changes(self, tree: QTreeWidget, changes: list[Change], extra) -> None:
        tree.clear()
        for change in changes:
            item = QTreeWidgetItem([change.ref, " ".join(change.content.split()), *extra(change)])
            item.setToolTip(1, change.content)
            tree.addTopLevelItem(item)

    def _fill_updates(self, changes: list[Change], restored: int) -> None:
        self.updated.clear()
        first_restored = len(changes) - restored
        for index, change in enumerate(changes):
            item = QTreeWidgetItem([change.ref, " ".join(change.content.split()), "", ""])
            if index >= first_restored:
                item.setText(2, self.tr("(đã rút trước đây)"))
                item.setText(3, self.tr("khôi phục"))
            for name, (before, after) in change.changes.items():
                child = QTreeWidgetItem(["", FIELD_LABELS.get(name, name), str(before or ""), str(after or "")])
                child.setToolTip(2, str(before or ""))
                child.setToolTip(3, str(after or ""))
                item.addChild(child)
            self.updated.addTopLevelItem(item)
        self.updated.setRootIsDecorated(True)
        self.updated.expandAll()

    def _fill_targets(self, preview: PlanPreview) -> None:
        self.targets.clear()
        sync = preview.targets
        for title, items in ((self.tr("Thêm"), sync.added), (self.tr("Cập nhật"), sync.updated),
                             (self.tr("Bỏ"), sync.withdrawn)):
            for target in items:
                changes = "; ".join(f"{name}: {before} → {after}" for name, (before, after) in target.changes.items())
                self.targets.addTopLevelItem(QTreeWidgetItem([target.text, str(target.milestone_year or ""),
                                                              f"{title}{': ' + changes if changes else ''}"]))

    # --- unknown agencies -----------------------------------------------------------------
    def _selected_unknown(self) -> str | None:
        item = self.unknown.currentItem()
        return item.text(0) if item is not None else None

    def _unknown_selected(self) -> None:
        selected = self._selected_unknown() is not None
        self.add_agency_button.setEnabled(selected)
        self.map_button.setEnabled(selected)

    def add_selected_agency(self) -> None:
        name, kind = self._selected_unknown(), self.kind.currentData()
        if name:
            self.context.worker.write(lambda s: plan_import.add_unknown_agency(s, name, kind),
                                      lambda _r: self._directory_changed(), self._failed, owner=self,
                                      label="add_agency")

    def map_selected_agency(self) -> None:
        name, existing = self._selected_unknown(), self.existing.name()
        if not name:
            return
        if not existing:
            self.context.show_error(self, self.tr("Chọn cơ quan có sẵn trong danh mục để ánh xạ tới."))
            return
        self.context.worker.write(lambda s: plan_import.map_unknown_agency(s, name, existing),
                                  lambda _r: self._directory_changed(), self._failed, owner=self, label="map_agency")

    def _directory_changed(self) -> None:
        self.context.worker.read(lambda s: list(agencies.directory(s)), self.existing.set_agencies, owner=self)
        if self.draft is not None:
            self.refresh_preview()

    # --- applying -------------------------------------------------------------------------
    def apply(self) -> None:
        if self.draft is None:
            return
        draft = self.draft
        self.apply_button.setEnabled(False)
        self.read_button.setEnabled(False)
        job = self.context.worker.write(lambda s: plans.apply_plan(s, draft), self._applied, self._failed,
                                        owner=self, label="apply_plan")
        self.progress = DelayedProgress(self, self.context.worker, job, self.tr("Đang nhập kế hoạch"))

    def _applied(self, preview: PlanPreview) -> None:
        self.result_preview = preview
        self.applied.emit(preview)
        self.accept()

