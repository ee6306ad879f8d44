"""The detail panel of the selected task: what the task is, its progress in the selected period
(saved on its own, with undo of the last change and "copy from previous period"), the files
attached to it and the entries of earlier periods."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kh57desk.domain import deadline as D
from kh57desk.domain.periods import Period
from kh57desk.services import attachments as attachment_service
from kh57desk.services.attachments import AttachmentView
from kh57desk.ui import labels as L
from kh57desk.app import progress as ops
from kh57desk.ui.context import AppContext
from kh57desk.ui.entry_form import EntryForm
from kh57desk.ui.worker import error_message
from kh57desk.ui.qt import (QAbstractItemView, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                            QPushButton, Qt, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                            QWidget, Signal, ask, open_path, plain_label, scrolling)

UNDO_LIMIT = 100
SAVE, UNDO = "save", "undo"


@dataclass(frozen=True)
class UndoStep:
    task_id: int
    ref: str
    period: Period
    before: dict


class TaskPanel(QWidget):
    saved = Signal(object)  # operations.SaveResult

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.detail: ops.TaskDetail | None = None
        self._wanted: tuple[int, str] | None = None
        self._undo: list[UndoStep] = []
        self._saving = 0

        self.title = plain_label(selectable=True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title_scroll = scrolling(self.title, horizontal=False)
        self.title_scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 6)
        self.facts = plain_label(selectable=True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_state = plain_label(wrap=False)
        self.save_state.setStyleSheet("color: #616161;")

        self.form = EntryForm()
        self.form.edited.connect(self._update_live_status)
        self.form.save_requested.connect(self._save)
        self.undo_button = QPushButton(self.tr("&Hoàn tác thay đổi vừa lưu"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        entry_page = QWidget()
        entry_layout = QVBoxLayout(entry_page)
        entry_layout.setContentsMargins(4, 4, 4, 4)
        entry_layout.addWidget(self.form)
        entry_layout.addWidget(self.save_state)
        entry_layout.addLayout(buttons)
        entry_layout.addStretch(1)
        entry_scroll = scrolling(entry_page, horizontal=False)

        self.files = QTreeWidget()
        self.files.setHeaderLabels([self.tr("Tệp"), self.tr("Cỡ"), self.tr("Thêm lúc")])
        self.files.setRootIsDecorated(False)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.itemActivated.connect(lambda _item, _col: self.open_selected_file())
        self.add_file_button = QPushButton(self.tr("Thêm tệ&p…"))
        self.add_file_button.clicked.connect(self.choose_files)
        self.open_file_button = QPushButton(self.tr("&Mở"))
        self.open_file_button.clicked.connect(self.open_selected_file)
        self.remove_file_button = QPushButton(self.tr("Bỏ đ&ính kèm"))
        self.remove_file_button.clicked.connect(self.remove_selected_files)
        files_page = QWidget()
        files_layout = QVBoxLayout(files_page)
        files_layout.addWidget(plain_label(self.tr("Tệp được chép vào thư mục dữ liệu của chương trình; "
                                                   "tệp gốc có thể xóa hoặc di chuyển mà không ảnh hưởng.")))
        files_layout.addWidget(self.files)
        file_buttons = QHBoxLayout()
        for button in (self.add_file_button, self.open_file_button, self.remove_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_layout.addLayout(file_buttons)

        self.history = QTreeWidget()
        self.history.setHeaderLabels([self.tr("Kỳ"), self.tr("Tình trạng"), self.tr("Tỷ lệ"),
                                      self.tr("Hoàn thành"), self.tr("Kết quả"), self.tr("Cập nhật")])
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)
        self.history.setUniformRowHeights(False)

        self.info = QWidget()
        self.info_form = QFormLayout(self.info)
        info_scroll = scrolling(self.info, horizontal=False)

        self.tabs = QTabWidget()
        self.tabs.addTab(entry_scroll, self.tr("Tiến độ"))
        self.tabs.addTab(files_page, self.tr("Tệp đính kèm"))
        self.tabs.addTab(self.history, self.tr("Kỳ trước"))
        self.tabs.addTab(info_scroll, self.tr("Thông tin"))

        self.empty = plain_label(self.tr("Chọn một nhiệm vụ trong danh sách để xem và nhập tiến độ."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.title_scroll)
        layout.addWidget(self.facts)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self._show_body(False)

    # --- loading ------------------------------------------------------------------------
    def _show_body(self, visible: bool) -> None:
        self.empty.setVisible(not visible)
        for widget in (self.title_scroll, self.facts, self.status, self.tabs):
            widget.setVisible(visible)

    @property
    def task_id(self) -> int | None:
        return self._wanted[0] if self._wanted else None

    def show_task(self, task_id: int | None) -> None:
        """Show a task (``None``: nothing). Unsaved typing of the previous task is saved first."""
        self.form.flush(final=True)
        if task_id is None:
            self._wanted = None
            self.detail = None
            self._show_body(False)
            return
        self._wanted = (task_id, self.context.period.id)
        self.reload()

    def reload(self) -> None:
        if self._wanted is None:
            return
        task_id, period = self._wanted[0], self.context.period
        attachments_dir = self.context.workspace.attachments
        self._wanted = (task_id, period.id)
        wanted = self._wanted
        self.context.worker.read(lambda s: ops.load_task_detail(s, attachments_dir, task_id, period),
                                 lambda detail: self._loaded(wanted, detail), self._load_failed, owner=self,
                                 label="load_task_detail")

    def _load_failed(self, exc: BaseException) -> None:
        self._wanted = None
        self.detail = None
        self._show_body(False)
        self.context.show_error(self, error_message(exc))

    def _loaded(self, wanted: tuple[int, str], detail: ops.TaskDetail) -> None:
        if wanted != self._wanted:
            return  # the user moved on meanwhile
        self.detail = detail
        self._show_body(True)
        self.title.setText(f"{detail.ref}  {detail.content}".strip())
        deadline = detail.deadline.raw or self.tr("(không ghi)")
        facts = [self.tr("Thời hạn: {0}").format(deadline)]
        if detail.role:
            facts.append(self.tr("Vai trò: {0}").format(L.role_label(detail.role)))
        if detail.lead_text:
            facts.append(self.tr("Chủ trì: {0}").format(detail.lead_text))
        self.facts.setText(" · ".join(facts))
        self.form.load(ops.BLANK_ENTRY if detail.entry is None else detail.entry.values())
        self.form.set_editable(not detail.withdrawn)
        self._update_live_status()
        self._fill_history(detail)
        self._fill_files(detail.attachments)
        self._fill_info(detail)
        self.add_file_button.setEnabled(not detail.withdrawn)
        if detail.entry is not None:
            self.save_state.setText(self.tr("Cập nhật lần cuối {0}").format(L.datetime_text(detail.entry.edited_at)))
        else:
            self.save_state.setText(self.tr("Chưa nhập tiến độ kỳ này"))
        if detail.withdrawn:
            self.save_state.setText(self.tr("Nhiệm vụ đã rút khỏi kế hoạch: chỉ xem"))

    def _update_live_status(self) -> None:
        if self.detail is None:
            return
        code = ops.derive(self.form.preview(), self.detail.deadline, self.detail.period, self.context.today())
        color = L.STATUS_COLORS[code]
        self.status.setText(self.tr("Trạng thái {0}: {1}").format(L.period_label(self.detail.period),
                                                                  L.status_label(code)))
        self.status.setStyleSheet(f"color: {color}; font-weight: bold;")

    def _fill_history(self, detail: ops.TaskDetail) -> None:
        self.history.clear()
        for entry in detail.history:
            item = QTreeWidgetItem([L.date_text(entry.on), L.state_label(entry.state),
                                    "" if entry.percent is None else f"{entry.percent} %",
                                    L.date_text(entry.completed_on), " ".join(entry.result.split()),
                                    L.datetime_text(entry.edited_at)])
            item.setToolTip(4, entry.result)
            self.history.addTopLevelItem(item)
        self.tabs.setTabText(2, self.tr("Kỳ trước ({0})").format(len(detail.history)))

    def _fill_files(self, files: list[AttachmentView]) -> None:
        self.files.clear()
        for view in files:
            item = QTreeWidgetItem([view.file_name, L.size_text(view.size), L.datetime_text(view.added_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, view)
            if not view.exists:
                item.setToolTip(0, self.tr("Tệp không còn trong thư mục dữ liệu"))
            self.files.addTopLevelItem(item)
        self.files.resizeColumnToContents(1)
        self.tabs.setTabText(1, self.tr("Tệp ({0})").format(len(files)))

    def _fill_info(self, detail: ops.TaskDetail) -> None:
        while self.info_form.rowCount():
            self.info_form.removeRow(0)
        rows = [(self.tr("Kế hoạch"), detail.plan_name), (self.tr("Nhóm"), detail.group),
                (self.tr("Số thứ tự"), detail.ref), (self.tr("Nội dung"), detail.content),
                (self.tr("Cơ quan chủ trì"), detail.lead_text),
                (self.tr("Cơ quan phối hợp"), detail.coordinating_text),
                (self.tr("Thời hạn"), detail.deadline.raw),
                (self.tr("Loại thời hạn"), self._deadline_kind(detail.deadline)),
                (self.tr("Sản phẩm"), detail.product), (self.tr("Ghi chú"), detail.note),
                (self.tr("Vì sao cơ quan có nhiệm vụ này"), detail.role_reason)]
        for label, value in rows:
            if value:
                self.info_form.addRow(label + ":", plain_label(value, selectable=True))

    def _deadline_kind(self, deadline: D.Deadline) -> str:
        labels = {D.DATE: self.tr("Có thời hạn"), D.RECURRING: self.tr("Thường xuyên / định kỳ"),
                  D.RANGE: self.tr("Theo giai đoạn"), D.CONDITIONAL: self.tr("Theo điều kiện"),
                  D.UNPARSED: self.tr("Chưa xác định")}
        text = labels.get(deadline.kind, "")
        if deadline.due:
            text += " — " + self.tr("hạn {0}").format(L.date_text(deadline.due))
        return text

    # --- saving and undo ---------------------------------------------------------------
    def _save(self, changes: dict) -> None:
        if self.detail is None:
            return
        detail, today = self.detail, self.context.today()
        self._submit(lambda s: ops.save_progress(s, detail.id, detail.period, changes, today), detail.ref)

    def _submit(self, operation, ref: str, mode: str = SAVE) -> None:
        self._saving += 1
        self.save_state.setText(self.tr("Đang lưu…"))
        self.context.worker.write(operation, functools.partial(self._saved, ref=ref, mode=mode),
                                  self._save_failed, owner=self, label=f"progress.{mode}")

    def _saved(self, result: ops.SaveResult, ref: str, mode: str) -> None:
        self._saving -= 1
        if mode != UNDO:
            self._undo.append(UndoStep(result.task_id, ref, result.period, result.before))
            del self._undo[:-UNDO_LIMIT]
        self.undo_button.setEnabled(bool(self._undo))
        if self._undo:
            last = self._undo[-1]
            self.undo_button.setToolTip(self.tr("Trả lại nội dung trước lần lưu gần nhất của nhiệm vụ {0} ({1})")
                                        .format(last.ref, L.period_label(last.period)))
        showing = self.detail is not None and self.detail.id == result.task_id \
            and self.detail.period.id == result.period.id
        if showing:
            if mode == SAVE:
                self.form.apply_saved(result.entry.values())
            else:
                self.form.load(result.entry.values())
            self._update_live_status()
            if self._saving == 0:
                self.save_state.setText(self.tr("Đã lưu lúc {0}").format(f"{result.entry.edited_at:%H:%M:%S}"))
        self.context.entry_saved.emit(result)
        self.saved.emit(result)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving -= 1
        self.save_state.setText(self.tr("Chưa lưu được"))
        self.context.show_error(self, error_message(exc))

    def undo(self) -> None:
        """Put back the entry as it was before the last saved change."""
        self.form.flush(final=True)
        if not self._undo:
            return
        step = self._undo.pop()
        today = self.context.today()
        self._submit(lambda s: ops.restore_progress(s, step.task_id, step.period, step.before, today), step.ref,
                     UNDO)
        self.undo_button.setEnabled(bool(self._undo))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def flush(self) -> None:
        self.form.flush(final=True)

    # --- attachments --------------------------------------------------------------------
    def choose_files(self) -> None:
        if self.detail is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        if self.detail is None:
            return
        detail, folder = self.detail, self.context.workspace.attachments

        def op(session):
            for path in paths:
                attachment_service.add(session, folder, detail.id, detail.period.id, path)
            return attachment_service.list_for(session, folder, detail.id, detail.period.id)
        self.context.worker.write(op, self._files_changed, self._file_error, owner=self, label="attach")

    def _files_changed(self, files: list[AttachmentView]) -> None:
        if self.detail is not None:
            self._fill_files(files)

    def _file_error(self, exc: BaseException) -> None:
        self.context.show_error(self, error_message(exc))

    def _selected_files(self) -> list[AttachmentView]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in self.files.selectedItems()]

    def open_selected_file(self) -> None:
        for view in self._selected_files()[:5]:
            self.context.worker.run(lambda _ws, _job, v=view: attachment_service.viewing_copy(v), open_path,
                                    self._file_error, owner=self, label="open_attachment")

    def remove_selected_files(self) -> None:
        chosen = self._selected_files()
        if not chosen or self.detail is None:
            return
        names = "\n".join(f"- {v.file_name}" for v in chosen)
        if not ask(self, self.tr("Bỏ đính kèm"), self.tr("Bỏ các tệp sau khỏi nhiệm vụ này?\n{0}").format(names)):
            return
        self.remove_files([v.id for v in chosen])

    def remove_files(self, ids: list[int]) -> None:
        detail, folder = self.detail, self.context.workspace.attachments

        def op(session):
            for attachment_id in ids:
                attachment_service.remove(session, folder, attachment_id)
            return attachment_service.list_for(session, folder, detail.id, detail.period.id)
        self.context.worker.write(op, self._files_changed, self._file_error, owner=self, label="detach")
