"""The detail panel of the selected task: what the task is, its timeline of dated progress updates
(newest first, each marked when it falls in a period already reported), and the form of one update:
the latest dated inside the selected period, any update chosen on the timeline, or a new one. The
form saves on its own, with undo of the last changes. A save carries the revision the form last
saw: when the update changed elsewhere meanwhile (another window, the CLI) nothing is overwritten,
the form shows the newer values and keeps what the user typed for them to choose."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kh57desk.domain import deadline as deadline_rules
from kh57desk.domain.periods import Period
from kh57desk.services.attachments import AttachmentView
from kh57desk.services.progress import StaleUpdate
from kh57desk.ui import labels
from kh57desk.app import progress as ops
from kh57desk.ui.context import AppContext
from kh57desk.ui.entry_form import EntryForm
from kh57desk.ui.timeline import Timeline
from kh57desk.ui.update_conflict import ConflictBar
from kh57desk.ui.update_files import UpdateFiles
from kh57desk.ui.worker import error_message
from kh57desk.ui.qt import (QApplication, QFormLayout, QGridLayout, QLabel, QPushButton, Qt, QTabWidget,
                            QVBoxLayout, QWidget, Signal, ask, plain_label, scrolling)

UNDO_LIMIT = 100
SAVE, UNDO = "save", "undo"
JOURNAL_TAB = 2


@dataclass(frozen=True)
class UndoStep:
    task_id: int
    ref: str
    period: Period
    update_id: int
    before: dict | None  # None: the save created the update (undo deletes it)


class TaskPanel(QWidget):
    saved = Signal(object)  # operations.SaveResult

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.detail: ops.TaskDetail | None = None
        self.target = ops.Revision()  # the update the form edits, and its revision
        self._wanted: tuple[int, str] | None = None
        self._wanted_update: int | None = None  # the update asked for last (None: the one the period opens on)
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
        self.editing = plain_label()

        self.form = EntryForm()
        self.form.edited.connect(self._update_live_status)
        self.form.save_requested.connect(self._save)
        self.undo_button = QPushButton(self.tr("&Hoàn tác thay đổi vừa lưu"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.new_button = QPushButton(self.tr("Thêm cập nhật mớ&i"))
        self.new_button.clicked.connect(self.new_update)
        self.delete_button = QPushButton(self.tr("Xó&a cập nhật này"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QGridLayout()  # two rows: the panel is narrow on a 1366 × 768 screen
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.delete_button, 0, 1)
        buttons.addWidget(self.undo_button, 1, 0, 1, 2)
        buttons.setColumnStretch(2, 1)

        self.conflict = ConflictBar()
        self.conflict.keep_mine.connect(self.keep_mine)
        self.conflict.take_theirs.connect(self.take_theirs)

        entry_page = QWidget()
        entry_layout = QVBoxLayout(entry_page)
        entry_layout.setContentsMargins(4, 4, 4, 4)
        entry_layout.addWidget(self.editing)
        entry_layout.addWidget(self.conflict)
        entry_layout.addWidget(self.form)
        entry_layout.addWidget(self.save_state)
        entry_layout.addLayout(buttons)
        entry_layout.addStretch(1)
        entry_scroll = scrolling(entry_page, horizontal=False)

        self.files_tab = UpdateFiles(self)
        self.files_tab.changed.connect(lambda count: self.tabs.setTabText(1, self.tr("Tệp ({0})").format(count)))
        self.files, self.add_file_button = self.files_tab.tree, self.files_tab.add_button
        self.add_files, self.remove_files = self.files_tab.add, self.files_tab.remove

        self.timeline = Timeline()
        self.timeline.chosen.connect(self.open_update)

        self.info = QWidget()
        self.info_form = QFormLayout(self.info)
        info_scroll = scrolling(self.info, horizontal=False)

        self.tabs = QTabWidget()
        self.tabs.addTab(entry_scroll, self.tr("Tiến độ"))
        self.tabs.addTab(self.files_tab, self.tr("Tệp đính kèm"))
        self.tabs.addTab(self.timeline, self.tr("Nhật ký"))
        self.tabs.addTab(info_scroll, self.tr("Thông tin"))

        self.empty = plain_label(self.tr("Chọn một nhiệm vụ trong danh sách để xem và nhập tiến độ."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
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

    def refresh_task(self, task_id: int) -> None:
        """The list was reloaded (another period, an import, the command line wrote): show the task
        anew, unless the user is typing in its form right now — then the form stays as it is; its
        next save meets any newer revision and offers the choice."""
        same = (self._wanted is not None and self._wanted == (task_id, self.context.period.id)
                and self.detail is not None and self.detail.id == task_id)
        if same and (self.form.pending or self.form.isAncestorOf(QApplication.focusWidget())):
            return
        if same:
            self.reload(self._wanted_update)  # the update the user opened stays open
            return
        self.show_task(task_id)

    def reload(self, update_id: int | None = None) -> None:
        if self._wanted is None:
            return
        self._wanted_update = update_id  # None: the update the period opens on
        task_id, period, today = self._wanted[0], self.context.period, self.context.today()
        attachments_dir = self.context.workspace.attachments
        self._wanted = (task_id, period.id)
        wanted = self._wanted
        self.context.worker.read(
            lambda s: ops.load_task_detail(s, attachments_dir, task_id, period, today, update_id),
            lambda detail: self._loaded(wanted, detail), self._load_failed, owner=self, label="load_task_detail")

    def open_update(self, update_id: int) -> None:
        """Edit an update chosen on the timeline (what is being typed is saved first)."""
        self.form.flush(final=True)
        self.tabs.setCurrentIndex(0)
        self.reload(update_id)

    def _load_failed(self, exc: BaseException) -> None:
        self._wanted = None
        self.detail = None
        self._show_body(False)
        self.context.show_error(self, error_message(exc))

    def _loaded(self, wanted: tuple[int, str], detail: ops.TaskDetail) -> None:
        if wanted != self._wanted:
            return  # the user moved on meanwhile
        if (self.has_conflict or self.form.pending) and self.detail is not None and self.detail.id == detail.id:
            self._refresh_keeping_form(detail)  # a refresh (an import, the command line) never drops typing
            return
        self.detail = detail
        self._show_body(True)
        self.title.setText(f"{detail.ref}  {detail.content}".strip())
        deadline = detail.deadline.raw or self.tr("(không ghi)")
        facts = [self.tr("Thời hạn: {0}").format(deadline)]
        if detail.role:
            facts.append(self.tr("Vai trò: {0}").format(labels.role_label(detail.role)))
        if detail.lead_text:
            facts.append(self.tr("Chủ trì: {0}").format(detail.lead_text))
        self.facts.setText(" · ".join(facts))
        entry = detail.entry
        self.target = ops.Revision(entry.id, entry.revision) if entry else ops.Revision()
        self._hide_conflict()
        self.form.load(ops.form_values(entry, detail.new_update))
        self.form.set_editable(not detail.withdrawn)
        self._show_editing()
        self._fill_timeline()
        self._fill_files(detail.attachments)
        self._fill_info(detail)
        self.add_file_button.setEnabled(not detail.withdrawn)
        self.new_button.setEnabled(not detail.withdrawn)
        self.delete_button.setEnabled(not detail.withdrawn and entry is not None)
        if entry is not None:
            self.save_state.setText(self.tr("Cập nhật lần cuối {0}").format(labels.datetime_text(entry.edited_at)))
        else:
            self.save_state.setText(self.tr("Chưa có cập nhật nào trong kỳ này: nội dung nhập vào là một cập nhật mới"))
        if detail.withdrawn:
            self.save_state.setText(self.tr("Nhiệm vụ đã rút khỏi kế hoạch: chỉ xem"))
        self._update_live_status()

    def _refresh_keeping_form(self, detail: ops.TaskDetail) -> None:
        """New data for the task being typed into, or whose update is in conflict: the timeline
        follows it, while the form keeps what it shows (the user's typing is saved next and meets
        any newer revision; a conflict bar keeps the user's text until they choose)."""
        self.detail = detail
        self._fill_timeline()
        self._fill_files(detail.attachments)
        self._fill_info(detail)
        self._update_live_status()

    def _show_editing(self) -> None:
        detail, update_id = self.detail, self.target.update_id
        update = next((u for u in detail.history if u.id == update_id), None) if detail else None
        if update is None:
            self.editing.setText(self.tr("Cập nhật mới"))
            return
        text = self.tr("Đang sửa cập nhật ngày {0}").format(labels.date_text(update.on))
        periods = detail.reported_in(update.on)
        if update.late_for:
            text += " · " + self.tr("bổ sung sau báo cáo {0}").format(", ".join(update.late_for.split()))
        elif periods:
            text += " · " + self.tr("thuộc kỳ đã báo cáo {0}: thay đổi sẽ là bổ sung sau báo cáo").format(
                ", ".join(periods))
        self.editing.setText(text)

    def _fill_timeline(self) -> None:
        detail = self.detail
        self.timeline.fill(detail.history, detail.reported_in, self.target.update_id, detail.agency_updates)
        self.tabs.setTabText(JOURNAL_TAB, self.tr("Nhật ký ({0})").format(
            len(detail.history) + len(detail.agency_updates)))

    def _update_live_status(self) -> None:
        """The period's status as the form's values would make it, when this update is the one the
        period's status comes from; else the saved standing."""
        detail = self.detail
        if detail is None:
            return
        values = self.form.preview()
        on = values.get("on")
        others = [u.on for u in detail.history if u.id != self.target.update_id and u.on <= detail.period.end]
        speaks = on is not None and on <= detail.period.end and all(other <= on for other in others)
        code = ops.derive(values, detail.deadline, detail.period, self.context.today()) if speaks else detail.status
        self.status.setText(self.tr("Trạng thái {0}: {1}").format(labels.period_label(detail.period), labels.status_label(code)))
        self.status.setStyleSheet(f"color: {labels.STATUS_COLORS[code]}; font-weight: bold;")

    def _fill_files(self, files: list[AttachmentView]) -> None:
        self.files_tab.fill(files)

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

    def _deadline_kind(self, deadline: deadline_rules.Deadline) -> str:
        kinds = {deadline_rules.DATE: self.tr("Có thời hạn"), deadline_rules.RECURRING: self.tr("Thường xuyên / định kỳ"),
                  deadline_rules.RANGE: self.tr("Theo giai đoạn"), deadline_rules.CONDITIONAL: self.tr("Theo điều kiện"),
                  deadline_rules.UNPARSED: self.tr("Chưa xác định")}
        text = kinds.get(deadline.kind, "")
        if deadline.due:
            text += " — " + self.tr("hạn {0}").format(labels.date_text(deadline.due))
        return text

    # --- new, delete -------------------------------------------------------------------
    def new_update(self) -> None:
        """Start a new update dated today (or the window's end), carrying the task's standing."""
        if self.detail is None:
            return
        self.form.flush(final=True)
        self.target = ops.Revision()
        self._hide_conflict()
        self.form.load(dict(self.detail.new_update))
        self.delete_button.setEnabled(False)
        self._show_editing()
        self._fill_timeline()
        self._fill_files([])
        self.save_state.setText(self.tr("Cập nhật mới: được lưu khi nhập nội dung"))
        self.form.result.setFocus()

    def delete_current(self) -> None:
        if self.detail is None or self.target.update_id is None:
            return
        self.form.discard_pending()
        if not ask(self, self.tr("Xóa cập nhật"), self.tr("Xóa cập nhật này khỏi nhật ký của nhiệm vụ {0}?")
                   .format(self.detail.ref)):
            return
        update_id, revision = self.target.update_id, self.target.revision
        self._saving += 1  # _save_failed counts it down
        self.context.worker.write(lambda s: ops.delete_update(s, update_id, revision), self._deleted,
                                  self._save_failed, owner=self, label="progress.delete")

    def _deleted(self, _view) -> None:
        self._saving -= 1
        self._journal_changed()

    def _journal_changed(self) -> None:
        """An update went away: the panel and the task list (its status may change) read again."""
        self.reload()
        self.context.tasks_changed.emit()

    # --- saving, conflicts and undo -----------------------------------------------------
    def _save(self, changes: dict) -> None:
        if self.detail is None:
            return
        detail, today, target = self.detail, self.context.today(), self.target
        if target.update_id is None and "on" not in changes:  # a new update: dated as the form shows
            changes = {"on": self.form.preview().get("on") or detail.new_update["on"], **changes}
        self._submit(lambda s: ops.save_with_undo(s, detail.id, detail.period, changes, target, today), detail.ref,
                     failed=functools.partial(self._save_failed, changes=changes))

    def _submit(self, operation, ref: str, mode: str = SAVE, failed=None) -> None:
        self._saving += 1
        self.save_state.setText(self.tr("Đang lưu…"))
        self.context.worker.write(operation, functools.partial(self._saved, ref=ref, mode=mode),
                                  failed or self._save_failed, owner=self, label=f"progress.{mode}")

    def _saved(self, result: ops.SaveResult | None, ref: str, mode: str) -> None:
        self._saving -= 1
        if result is None:  # an undo deleted the update its save had created
            self.undo_button.setEnabled(bool(self._undo))
            self._journal_changed()
            return
        if mode != UNDO:
            self._undo.append(UndoStep(result.task_id, ref, result.period, result.update.id, result.before))
            del self._undo[:-UNDO_LIMIT]
        self.undo_button.setEnabled(bool(self._undo))
        if self._undo:
            last = self._undo[-1]
            self.undo_button.setToolTip(self.tr("Trả lại nội dung trước lần lưu gần nhất của nhiệm vụ {0} ({1})")
                                        .format(last.ref, labels.period_label(last.period)))
        detail = self.detail
        showing = detail is not None and detail.id == result.task_id and detail.period.id == result.period.id
        if showing:
            history = [u for u in detail.history if u.id != result.update.id] + [result.update]
            history.sort(key=lambda u: (u.on, u.created_at, u.id), reverse=True)
            self.detail = detail = ops.TaskDetail(**{**detail.__dict__, "history": history, "status": result.status})
            if self.target.update_id == result.update.id or mode == UNDO:
                values = ops.form_values(result.update, detail.new_update)
                self.form.apply_saved(values) if mode == SAVE else self.form.load(values)
            self.delete_button.setEnabled(not detail.withdrawn and self.target.update_id is not None)
            self._show_editing()
            self._fill_timeline()
            self._update_live_status()
            if self._saving == 0:
                self.save_state.setText(self.tr("Đã lưu lúc {0}").format(f"{result.update.edited_at:%H:%M:%S}"))
            for warning in result.warnings:
                self.save_state.setText(self.save_state.text() + " · " + warning)
        self.context.entry_saved.emit(result)
        self.saved.emit(result)

    def _save_failed(self, exc: BaseException, changes: dict | None = None) -> None:
        self._saving -= 1
        self.save_state.setText(self.tr("Chưa lưu được"))
        if isinstance(exc, StaleUpdate) and changes is not None:
            self._show_conflict(exc.current, changes)
            return
        self.context.show_error(self, error_message(exc))

    def _show_conflict(self, current, changes: dict) -> None:
        """The update changed elsewhere: show its newer values, keep the user's for them to choose."""
        self.target.update_id, self.target.revision = current.id, current.revision
        self.form.load({**current.values(), "on": current.on})
        self.conflict.show_conflict(current.revision, changes)

    def _hide_conflict(self) -> None:
        self.conflict.clear()

    def keep_mine(self) -> None:
        """Save the user's values over the newer ones (the user has seen both)."""
        changes = self.conflict.clear()
        if changes:
            self.form.load({**self.form.preview(), **changes})
            self._save(changes)

    def take_theirs(self) -> None:
        self.conflict.clear()
        self.reload(self.target.update_id)

    @property
    def has_conflict(self) -> bool:
        return self.conflict.changes is not None

    def undo(self) -> None:
        """Put back the update as it was before the last saved change (delete it if that save made it)."""
        self.form.flush(final=True)
        if not self._undo:
            return
        step = self._undo.pop()
        today = self.context.today()
        target = self.target if self.target.update_id == step.update_id else None
        self._submit(lambda s: ops.undo_save(s, step.task_id, step.period, step.update_id, step.before, today,
                                             target), step.ref, UNDO)
        self.undo_button.setEnabled(bool(self._undo))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def flush(self) -> None:
        self.form.flush(final=True)
