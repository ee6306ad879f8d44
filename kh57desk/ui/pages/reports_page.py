"""Báo cáo: the periodic report of the selected period. What will go in (the summary), the
paragraphs and recipients the user writes (saved as a draft on their own), number and date,
generation as PDF and Excel, then the register: preview and print, open, sign, verify, mark as
sent. Everything goes through ``report_ops`` on the database worker, the services ``kh57 report``
and ``kh57 sign`` use."""

from __future__ import annotations

from kh57desk.reports.model import ReportSummary
from kh57desk.services.report_register import GeneratedReportInfo, ReportDraft
from kh57desk.ui import labels
from kh57desk.app import reports as report_ops
from kh57desk.ui import pdf_print, window_state
from kh57desk.ui.context import AppContext
from kh57desk.ui.progress import DelayedProgress
from kh57desk.ui.qt import (QAbstractItemView, QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                            QPlainTextEdit, QPushButton, QSplitter, Qt, QTableView, QVBoxLayout, QWidget, Signal,
                            heading, open_folder, open_path, plain_label)
from kh57desk.ui.refresh import Refresher, RefreshingPage
from kh57desk.ui.register_model import DATE, RegisterFilter, RegisterModel
from kh57desk.ui.report_draft_form import DraftForm
from kh57desk.ui.worker import error_message

STATE_KEY = "reports"


class ReportsPage(QWidget, RefreshingPage):
    loaded = Signal()
    generated = Signal(object)  # GeneratedReportInfo

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.state: report_ops.ReportsState | None = None
        self.plan_id: int | None = None
        self.last_generated: GeneratedReportInfo | None = None
        self.refresher = Refresher(self, lambda: context.worker, self._query, self._loaded, "reports")

        self.title = heading(self.tr("Báo cáo định kỳ"))
        self.plan = QComboBox()
        self.plan_label = QLabel(self.tr("&Lập cho kế hoạch:"))
        self.plan_label.setBuddy(self.plan)
        self.plan.activated.connect(self._plan_chosen)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.plan_label)
        top.addWidget(self.plan)

        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Nội dung sẽ đưa vào báo cáo"))
        summary_box = QGroupBox(self.tr("Số liệu sẽ đưa vào báo cáo"))
        box_layout = QVBoxLayout(summary_box)
        box_layout.addWidget(self.summary)

        self.form = DraftForm()
        self.form.save_requested.connect(self._save_draft)
        self.pdf = QCheckBox(self.tr("&PDF"))
        self.xlsx = QCheckBox(self.tr("&Excel"))
        self.pdf.setChecked(True)
        self.xlsx.setChecked(True)
        self.generate_button = QPushButton(self.tr("Tạo &báo cáo"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        generate_row = QHBoxLayout()
        generate_row.addWidget(self.pdf)
        generate_row.addWidget(self.xlsx)
        generate_row.addStretch(1)
        generate_row.addWidget(self.generate_button)
        self.font_note = plain_label(self.font_note_text())
        draft_box = QGroupBox(self.tr("Soạn báo cáo (đoạn văn tự viết đặt trước phần chương trình tự tổng hợp)"))
        draft_layout = QVBoxLayout(draft_box)
        draft_layout.addWidget(self.form, 1)
        draft_layout.addLayout(generate_row)
        draft_layout.addWidget(self.font_note)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(summary_box)
        upper.addWidget(draft_box)
        upper.setStretchFactor(0, 4)
        upper.setStretchFactor(1, 5)

        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Sổ báo cáo"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 110, 90, 45, 80, 110, 300)):
            self.table.setColumnWidth(column, width)
        window_state.restore_header(STATE_KEY, header)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.open_file())
        self.only_period = QCheckBox(self.tr("Chỉ kỳ đang &chọn"))
        self.only_period.setChecked(True)
        self.only_period.toggled.connect(lambda _c: self._filter())
        self.preview_button = QPushButton(self.tr("Xem trước và &in…"))
        self.open_button = QPushButton(self.tr("Mở bằng trình xem mặc đị&nh"))
        self.folder_button = QPushButton(self.tr("&Hiện trong thư mục"))
        self.sign_button = QPushButton(self.tr("Ký &số…"))
        self.verify_button = QPushButton(self.tr("Kiể&m tra chữ ký…"))
        self.sent_button = QPushButton(self.tr("Đánh &dấu đã gửi"))
        for button, slot in ((self.preview_button, self.preview), (self.open_button, self.open_file),
                             (self.folder_button, self.open_folder), (self.sign_button, self.sign),
                             (self.verify_button, self.verify), (self.sent_button, self.mark_sent)):
            button.clicked.connect(slot)
        actions = QHBoxLayout()
        for button in (self.preview_button, self.open_button, self.folder_button, self.sign_button,
                       self.verify_button, self.sent_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.only_period)
        self.message = plain_label()
        register_box = QGroupBox(self.tr("Sổ báo cáo"))
        register_layout = QVBoxLayout(register_box)
        register_layout.addWidget(self.table, 1)
        register_layout.addLayout(actions)
        register_layout.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(register_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        window_state.restore_splitter(STATE_KEY, self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._selection_changed()

        context.period_changed.connect(self._period_changed)
        for signal in (context.tasks_changed, context.entry_saved, context.indicators_changed,
                       context.reports_changed):
            signal.connect(self.mark_stale)
        context.settings_changed.connect(self.mark_stale)

    def summary_lines(self, summary: ReportSummary) -> list[str]:
        """The figures the report will carry, as the user reads them before generating."""
        lines = [summary.plan_reference,
                 self.tr("Chốt số liệu {0}; trạng thái tính đến ngày {1}.").format(
                     summary.window_text, labels.date_text(summary.as_of)),
                 self.tr("Nhiệm vụ được giao: {0} (chủ trì {1}, phối hợp {2}).").format(
                     summary.total, summary.lead_total, summary.coordinate_total), ""]
        for count in summary.status_counts:
            lines.append(self.tr("  {0}: {1} (chủ trì {2}, phối hợp {3})").format(
                labels.status_label(count.status), count.total, count.lead, count.coordinate))
        lines += ["", self.tr("Kết quả nổi bật: {0} nhóm nhiệm vụ, {1} nhiệm vụ có kết quả ghi trong kỳ.").format(
            len(summary.groups), sum(len(g.highlights) for g in summary.groups)),
            self.tr("Khó khăn: {0} nhiệm vụ; đề xuất: {1} nhiệm vụ; đề nghị điều chỉnh: {2}.").format(
                len(summary.difficulties), len(summary.proposals), len(summary.adjustments)),
            self.tr("Quá hạn, chưa hoàn thành: {0} nhiệm vụ.").format(len(summary.overdue)),
            self.tr("Kỳ tới ({0}): {1} nhiệm vụ đến hạn; {2} nhiệm vụ thường xuyên.").format(
                summary.next_period_label, len(summary.next_tasks), summary.recurring_count),
            self.tr("Chỉ tiêu trong phụ lục: {0}.").format(len(summary.targets))]
        if summary.overdue:
            lines += ["", self.tr("Nhiệm vụ quá hạn:")]
            lines += [f"  {note.ref} {' '.join(note.content.split())[:110]}" for note in summary.overdue[:15]]
        reworded = [line for line in summary.tasks if line.result_overridden]
        if reworded:  # the draft's own wording, not the journal's (kh57 report-text)
            lines += ["", self.tr("Kết quả viết lại riêng cho báo cáo này (nhật ký không đổi):")]
            lines += [f"  {line.ref} {' '.join(line.result.split())[:110]}" for line in reworded]
        if summary.amendments:
            lines += ["", self.tr("Bổ sung sau báo cáo kỳ trước: {0} nội dung.").format(len(summary.amendments))]
            lines += [f"  {' '.join(note.text.split())[:120]}" for note in summary.amendments[:15]]
        return lines

    def font_note_text(self) -> str:
        """Which font the PDF will embed, said before generating (Times New Roman is Decree 30's)."""
        from kh57desk.reports.fonts import embedded_family  # noqa: PLC0415 - reportlab only when needed

        family, is_times = embedded_family()
        if is_times:
            return self.tr("PDF nhúng phông chữ {0}.").format(family)
        return self.tr("Máy này không có phông Times New Roman: PDF sẽ nhúng phông {0} (cùng kích thước chữ). "
                       "Cài Times New Roman để báo cáo đúng thể thức Nghị định 30.").format(family)

    # --- loading ---------------------------------------------------------------------------
    def _query(self):
        period, plan_id, today = self.context.period, self.plan_id, self.context.today()
        data_dir = self.context.workspace.data_dir
        return lambda session: report_ops.load_state(session, data_dir, period, plan_id, today)

    def _loaded(self, state: report_ops.ReportsState) -> None:
        self.state = state
        self.plan_id = state.plan_id
        self.title.setText(self.tr("Báo cáo định kỳ — {0}").format(labels.period_label(state.period)))
        self.plan.clear()
        for choice in state.plans:
            self.plan.addItem(choice.name, choice.id)
        self.plan.setCurrentIndex(max(self.plan.findData(state.plan_id), 0))
        for widget in (self.plan, self.plan_label):
            widget.setVisible(len(state.plans) > 1)
        if state.summary is None:
            self.summary.setPlainText(self.tr("Chưa có kế hoạch nào. Hãy nhập kế hoạch (Tệp → Nhập kế hoạch) "
                                              "hoặc nhận gói nhiệm vụ (Đồng bộ) trước khi lập báo cáo."))
        else:
            self.summary.setPlainText("\n".join(self.summary_lines(state.summary)))
        self.form.load(state.draft, self.context.settings.report_prefix, state.next_number)
        self.generate_button.setEnabled(state.draft is not None)
        self._show_register(state.register)
        self.loaded.emit()

    def _show_register(self, rows: list[report_ops.RegisterRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self._filter()
        wanted = self.last_generated.id if self.last_generated else selected.id if selected else None
        self.select_report(wanted)
        self._selection_changed()

    def _filter(self) -> None:
        self.proxy.set_period(self.context.period.id if self.only_period.isChecked() else "")

    def reload_register(self) -> None:
        data_dir = self.context.workspace.data_dir
        self.context.worker.read(lambda s: report_ops.load_register(s, data_dir), self._show_register, owner=self,
                                 label="register")

    def _period_changed(self, _period) -> None:
        self.form.flush()
        self.last_generated = None
        self.mark_stale()

    def _plan_chosen(self, _index: int) -> None:
        self.form.flush()
        self.plan_id = self.plan.currentData()
        self.reload()

    # --- the draft -------------------------------------------------------------------------
    def _save_draft(self, draft: ReportDraft) -> None:
        self.context.worker.write(lambda s: report_ops.save_draft(s, draft), self.form.saved,
                                  lambda exc: self.form.failed(error_message(exc)), owner=self, label="report_draft")

    def save_state(self) -> None:
        self.form.flush()
        window_state.save_header(STATE_KEY, self.table.horizontalHeader())
        window_state.save_splitter(STATE_KEY, self.splitter)

    # --- generating ------------------------------------------------------------------------
    def formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt, box in (("pdf", self.pdf), ("xlsx", self.xlsx)) if box.isChecked())

    def generate(self) -> None:
        formats = self.formats()
        if not formats:
            self.context.show_error(self, self.tr("Chọn ít nhất một định dạng: PDF hoặc Excel."))
            return
        if not self.form.flush():
            self.context.show_error(self, self.form.error.text())
            return
        draft, _problem = self.form.current()
        if draft is None:
            return
        period, today = self.context.period, self.context.today()
        self.generate_button.setEnabled(False)
        job = self.context.worker.run(lambda ws, job: report_ops.generate(ws, job, period, draft, formats, today),
                                      self._generated, self._failed, owner=self, label="generate_report")
        self.progress = DelayedProgress(self, self.context.worker, job, self.tr("Đang tạo báo cáo"),
                                        labels.period_label(period))

    def _generated(self, info: GeneratedReportInfo) -> None:
        self.generate_button.setEnabled(True)
        self.last_generated = info
        names = ", ".join(f.path.name for f in info.files)
        self.message.setText("\n".join([self.tr("Đã tạo báo cáo số {0}, lần {1}: {2}.").format(
            info.number, info.version, names), *info.warnings]))
        self.generated.emit(info)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.generate_button.setEnabled(True)
        self._busy(False)
        from kh57desk.errors import Cancelled

        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Đã dừng; chưa tạo tệp nào."))
            return
        self.context.show_error(self, error_message(exc))

    # --- the register ----------------------------------------------------------------------
    def selected(self) -> report_ops.RegisterRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_report(self, report_id: int | None) -> None:
        row = self.model.row_of(report_id) if report_id is not None else -1
        if row < 0:
            if self.proxy.rowCount():
                self.table.selectRow(0)
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())

    def _selection_changed(self) -> None:
        row = self.selected()
        has = row is not None
        has_pdf = has and row.pdf() is not None
        self.preview_button.setEnabled(has_pdf)
        self.open_button.setEnabled(has and row.any_file() is not None)
        self.folder_button.setEnabled(has)
        self.sign_button.setEnabled(has and not row.info.signed and not row.missing_files)
        self.verify_button.setEnabled(has and row.info.signed)
        self.sent_button.setEnabled(has and not row.info.submitted)

    def _busy(self, busy: bool) -> None:
        for button in (self.sign_button, self.sent_button):
            button.setEnabled(not busy)

    def preview(self):
        row = self.selected()
        if row is None:
            return None
        try:
            path = report_ops.require_pdf(row)
            if not pdf_print.available():
                open_path(path)
                self.message.setText(self.tr("Đã mở {0} bằng trình xem PDF của máy; in từ trình xem đó.")
                                     .format(path.name))
                return None
            dialog = pdf_print.preview(self, path)
        except Exception as exc:  # noqa: BLE001 - a damaged file: tell the user, the window goes on
            self.context.show_error(self, error_message(exc))
            return None
        dialog.open()
        return dialog

    def open_file(self) -> None:
        row = self.selected()
        path = row.any_file() if row else None
        if path is not None:
            open_path(path)

    def open_folder(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = row.any_file()
        open_folder(path.parent if path is not None else self.context.workspace.reports / row.info.period)

    def sign(self):
        from kh57desk.ui.sign_dialog import SignDialog

        row = self.selected()
        if row is None:
            return None
        info = row.info
        report_id = info.id
        dialog = SignDialog(
            self.context, self, self.tr("Ký số báo cáo"),
            self.tr("Ký số báo cáo số {0} (kỳ {1}, lần {2}). Bản PDF đã ký và tệp chữ ký .p7s của tệp Excel được "
                    "tạo bên cạnh tệp gốc; tệp gốc giữ nguyên.").format(info.number, info.period, info.version),
            lambda ws, source, secret: report_ops.sign_report(ws, report_id, source, secret))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_ok.connect(lambda _r: self.reload_register())
        dialog.open()
        return dialog

    def verify(self):
        row = self.selected()
        path = row.pdf() if row is not None and row.info.signed else None
        return self.window().open_verify(str(path or ""))

    def mark_sent(self) -> None:
        row = self.selected()
        if row is None:
            return
        report_id, today = row.id, self.context.today()
        self.context.worker.write(lambda s: report_ops.mark_sent(s, report_id, today), self._marked, self._failed,
                                  owner=self, label="report_sent")

    def _marked(self, info: GeneratedReportInfo) -> None:
        self.message.setText(self.tr("Đã đánh dấu báo cáo số {0} là đã gửi.").format(info.number))
