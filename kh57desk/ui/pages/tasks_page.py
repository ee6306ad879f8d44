"""Nhiệm vụ: the task table with its filters, and the detail panel of the selected task."""

from __future__ import annotations

from kh57desk.domain.roles import COORDINATE, LEAD, RELATED
from kh57desk.domain import status as task_status
from kh57desk.services import dashboard
from kh57desk.services import assignments
from kh57desk.services.tasks import TaskRow
from kh57desk.ui import labels
from kh57desk.app import progress as ops
from kh57desk.ui import window_state
from kh57desk.ui.assign_dialog import AssignDialog
from kh57desk.ui.context import AppContext
from kh57desk.ui.refresh import Refresher, RefreshingPage
from kh57desk.ui.qt import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QItemSelectionModel,
                            QKeySequence, QLabel, QLineEdit, QPushButton, QShortcut, QSplitter, Qt, QTableView,
                            QVBoxLayout, QWidget, Signal)
from kh57desk.ui.task_model import CONTENT, DEADLINE, REF, ROLE, STATUS, UPDATED, TaskFilterProxy, TaskTableModel
from kh57desk.ui.task_panel import TaskPanel
from kh57desk.ui.worker import error_message

NOT_DONE_KEY = "not_done"
STATE_KEY = "tasks"
COLUMN_WIDTHS = {REF: 44, CONTENT: 300, ROLE: 68, DEADLINE: 98, STATUS: 150, UPDATED: 80}


class TasksPage(QWidget, RefreshingPage):
    loaded = Signal()  # the table holds the rows of the current period

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.refresher = Refresher(self, lambda: context.worker, self._query, self._loaded, "load_tasks")
        self._select_after_load: int | None = None
        self.loaded_once = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm nhiệm vụ: gõ có dấu hay không dấu đều được (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm nhiệm vụ"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Mọi trạng thái"), "")
        self.status.addItem(self.tr("Chưa hoàn thành"), NOT_DONE_KEY)
        for code in task_status.STATUSES:
            self.status.addItem(labels.status_label(code), code)
        self.role = QComboBox()
        self.role.addItem(self.tr("Mọi vai trò"), "")
        self.role.addItem(labels.role_label(LEAD), LEAD)
        self.role.addItem(labels.role_label(COORDINATE), COORDINATE)
        self.role.addItem(labels.role_label(RELATED), RELATED)  # hidden from "Mọi vai trò"
        self.group = QComboBox()
        self.group.addItem(self.tr("Mọi nhóm"), "")
        self.window = QComboBox()
        for code in dashboard.WINDOWS:
            self.window.addItem(labels.window_label(code), code)
        self.withdrawn = QCheckBox(self.tr("Cả nhiệm vụ đã &rút"))
        self.clear_button = QPushButton(self.tr("&Bỏ lọc"))
        self.assign_button = QPushButton(self.tr("Phân công…"))  # coordinator: the selected tasks or the group
        self.assign_button.setToolTip(self.tr("Giao cơ quan chủ trì, phối hợp cho các nhiệm vụ đang chọn (chọn nhiều "
                                              "bằng Ctrl/Shift) hoặc cho cả nhóm đang lọc"))
        self.adopt_button = QPushButton(self.tr("Nhận thực hiện"))  # agency: tasks no one was given
        self.adopt_button.setToolTip(self.tr("Nhận chủ trì các nhiệm vụ đang chọn mà kế hoạch chưa giao cho ai"))
        self.count = QLabel()
        self.hidden_note = QLabel()  # liên quan (chung) tasks the filter would show but hides: say so, one click away
        self.hidden_note.setTextFormat(Qt.TextFormat.RichText)
        self.hidden_note.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                 | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.hidden_note.setToolTip(self.tr("Nhiệm vụ kế hoạch chỉ giao chung cho \"đơn vị liên quan\" không phải việc "
                                            "giao đích danh cho cơ quan: không tính vào số liệu và báo cáo"))
        self.hidden_note.linkActivated.connect(lambda _link: self.show_related())
        self.hidden_note.hide()
        for combo, name in ((self.status, self.tr("Lọc theo trạng thái")), (self.role, self.tr("Lọc theo vai trò")),
                            (self.group, self.tr("Lọc theo nhóm")), (self.window, self.tr("Lọc theo thời hạn"))):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.model = TaskTableModel(self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several, to assign
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSortIndicator(REF, Qt.SortOrder.AscendingOrder)
        window_state.restore_header(STATE_KEY, header)
        header.setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Danh sách nhiệm vụ"))

        self.panel = TaskPanel(context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.assign_button)  # actions on the top row: the filters keep their room at 1366 × 768
        top.addWidget(self.adopt_button)
        filters = QHBoxLayout()
        for widget in (self.status, self.role, self.group, self.window):
            widget.setMinimumContentsLength(len(widget.itemText(0)) + 1)  # "Mọi trạng thái" is never cut
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            filters.addWidget(widget, 1)
        filters.addWidget(self.withdrawn)
        filters.addWidget(self.clear_button)
        table_layout.addLayout(top)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.hidden_note)
        table_layout.addWidget(self.table, 1)
        self.splitter.addWidget(table_side)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        if not window_state.restore_splitter(STATE_KEY, self.splitter):
            self.splitter.setSizes([620, 520])  # the form fits beside the list at 1366 × 768
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self._search_changed)
        for combo in (self.status, self.role, self.group, self.window):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.withdrawn.toggled.connect(lambda _b: self._apply_filters())
        self.clear_button.clicked.connect(self.clear_filters)
        self.assign_button.clicked.connect(self.assign_selected)
        self.adopt_button.clicked.connect(self.adopt_selected)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.panel.form.state.setFocus())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, activated=self._escape_search,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, activated=self._search_to_list,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.search.returnPressed.connect(self._open_from_search)
        context.period_changed.connect(self.mark_stale)
        context.tasks_changed.connect(self.mark_stale)
        context.entry_saved.connect(self._entry_saved)
        context.settings_changed.connect(lambda _s: self._apply_mode())
        self._apply_mode()

    # --- data ------------------------------------------------------------------------------
    def _query(self):
        self.panel.flush()  # what is being typed is saved before the list is read again
        period, today = self.context.period, self.context.today()
        worker, generation = self.context.worker, self.context.worker.generation

        def query(session):  # the rows the overview read just before (nothing written since), or read here
            return worker.reuse(ops.task_rows_key(period, today), generation,
                                lambda: ops.load_tasks(session, period, today))
        return query

    def _loaded(self, rows: list[TaskRow]) -> None:
        current = self.panel.task_id if self._select_after_load is None else self._select_after_load
        self._select_after_load = None
        self._fill_groups(rows)
        self.proxy.prepare_filter(self.current_filter(), self.context.today(), self.context.period)
        self.model.set_rows(rows, self.context.today())  # the reset filters the new rows once
        self._after_filter()
        self.loaded_once = True
        if current is not None:
            if self.model.row_of(current) is None:
                self.panel.show_task(None)
            else:
                self.select_task(current, show=False)
                self.panel.refresh_task(current)  # the same task, in the period now selected
        self.loaded.emit()

    def _fill_groups(self, rows: list[TaskRow]) -> None:
        chosen = self.group.currentData()
        groups = list(dict.fromkeys(r.group for r in rows if r.group))
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Mọi nhóm"), "")
        for name in groups:
            short = name if len(name) <= 60 else name[:57] + "…"
            self.group.addItem(short, name)
            self.group.setItemData(self.group.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.group.setCurrentIndex(max(self.group.findData(chosen), 0))
        self.group.blockSignals(False)

    def _entry_saved(self, result: ops.SaveResult) -> None:
        if result.period.id != self.context.period.id:
            return
        entry = result.entry
        self.model.update_task(result.task_id, state=entry.state, percent=entry.percent,
                               completed_on=entry.completed_on, status=result.status,
                               status_label=task_status.STATUS_LABELS[result.status], last_update=entry.edited_at)

    # --- filters ---------------------------------------------------------------------------
    def current_filter(self) -> dashboard.TaskFilter:
        status = self.status.currentData()
        statuses = dashboard.NOT_DONE if status == NOT_DONE_KEY else frozenset({status} if status else ())
        return dashboard.TaskFilter(statuses=frozenset(statuses), role=self.role.currentData() or "",
                             group=self.group.currentData() or "", window=self.window.currentData() or "",
                             include_withdrawn=self.withdrawn.isChecked(), search=self.search.text())

    def _apply_filters(self) -> None:
        self.proxy.set_filter(self.current_filter(), self.context.today(), self.context.period)
        self._after_filter()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

    def _after_filter(self) -> None:
        own, related = self.model.counts()
        total = related if self.proxy.task_filter.role == RELATED else own
        self.count.setText(self.tr("{0} / {1} nhiệm vụ").format(self.proxy.rowCount(), total))
        hidden = self.proxy.hidden_related()  # what "Liên quan (chung)" would show with the same filters
        if hidden:
            self.hidden_note.setText(self.tr('Đang ẩn {0} nhiệm vụ chỉ giao chung cho "đơn vị liên quan". '
                                             '<a href="related">Xem các nhiệm vụ này</a>').format(hidden))
        self.hidden_note.setVisible(hidden > 0)
        current = self.panel.task_id
        if current is not None and self.proxy.proxy_row_of(current) is not None:
            self.select_task(current, show=False)

    def apply_filter(self, task_filter: dashboard.TaskFilter) -> None:
        """Show the list filtered as a dashboard figure asks (other filters are cleared)."""
        widgets = (self.status, self.role, self.group, self.window, self.withdrawn, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if task_filter.statuses == dashboard.NOT_DONE:
                status_key = NOT_DONE_KEY
            elif len(task_filter.statuses) == 1:
                status_key = next(iter(task_filter.statuses))
            else:
                status_key = ""
            self.status.setCurrentIndex(max(self.status.findData(status_key), 0))
            self.role.setCurrentIndex(max(self.role.findData(task_filter.role), 0))
            self.group.setCurrentIndex(max(self.group.findData(task_filter.group), 0))
            self.window.setCurrentIndex(max(self.window.findData(task_filter.window), 0))
            self.withdrawn.setChecked(task_filter.include_withdrawn)
            self.search.setText(task_filter.search)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._apply_filters()

    def show_related(self) -> None:
        """List the liên quan (chung) tasks, keeping the other filters and the search."""
        self.role.setCurrentIndex(self.role.findData(RELATED))

    def clear_filters(self) -> None:
        self.apply_filter(dashboard.TaskFilter())

    def _apply_mode(self) -> None:
        self.role.setVisible(not self.context.coordinator)
        self.assign_button.setVisible(self.context.coordinator)
        self.adopt_button.setVisible(not self.context.coordinator)

    # --- assigning and adopting ----------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [task.id for task in (self.proxy.task_at(row) for row in rows) if task is not None]

    def assign_selected(self) -> AssignDialog | None:
        """The coordinator's Phân công dialog for the selected tasks (or the group being filtered)."""
        group = self.group.currentData() or ""
        ids = self.selected_ids()
        if not ids and not group:
            self.context.show_error(self, self.tr("Chọn nhiệm vụ cần phân công (giữ Ctrl để chọn nhiều) hoặc lọc "
                                                  "theo một nhóm."))
            return None
        dialog = AssignDialog(self.context, ids, group, self)
        dialog.open()
        return dialog

    def adopt_selected(self) -> None:
        """"Nhận thực hiện": this agency leads the selected tasks."""
        ids = self.selected_ids()
        if not ids:
            self.context.show_error(self, self.tr("Chọn nhiệm vụ cần nhận thực hiện."))
            return
        self.context.worker.write(lambda s: assignments.adopt(s, [f"#{task_id}" for task_id in ids]),
                                  lambda _done: self.context.tasks_changed.emit(),
                                  lambda exc: self.context.show_error(self, error_message(exc)),
                                  owner=self, label="adopt_tasks")

    # --- selection and keyboard --------------------------------------------------------
    def select_task(self, task_id: int, show: bool = True) -> bool:
        row = self.proxy.proxy_row_of(task_id)
        if row is None:
            return False
        index = self.proxy.index(row, CONTENT)
        selection = self.table.selectionModel()
        if not show:
            selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        if not show:
            selection.blockSignals(False)
        self.table.scrollTo(index)
        return True

    def open_task(self, task_id: int) -> None:
        """Select a task (from the dashboard, a search, a report), clearing filters that would
        hide it; a withdrawn or "liên quan (chung)" task is shown with the filter that lists it."""
        if not self.loaded_once:
            self._select_after_load = task_id
            return
        if not self.select_task(task_id):
            row = next((r for r in self.model.rows if r.id == task_id), None)
            self.apply_filter(dashboard.TaskFilter(
                role=RELATED if row is not None and row.role == RELATED else "",
                include_withdrawn=row is not None and row.withdrawn))
            self.select_task(task_id)

    def _current_changed(self, current, _previous) -> None:
        row = self.proxy.task_at(current.row()) if current.isValid() else None
        if row is None:
            return
        if row.id != self.panel.task_id:
            self.panel.show_task(row.id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _escape_search(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.table.setFocus()

    def _search_to_list(self) -> bool:
        """↓ in the search box: into the list, on the selected task if it is shown, else the first."""
        current = self.table.currentIndex()
        if not current.isValid() or not self.table.selectionModel().isRowSelected(current.row()):
            if self.proxy.rowCount() == 0:
                return False
            self.select_task(self.proxy.task_at(0).id)
        self.table.setFocus()
        return True

    def _open_from_search(self) -> None:
        """Enter in the search box: open the selected (else the first) task shown, to enter its progress."""
        if self._search_to_list():
            self.panel.form.state.setFocus()

    def save_state(self) -> None:
        self.panel.flush()
        window_state.save_header(STATE_KEY, self.table.horizontalHeader())
        window_state.save_splitter(STATE_KEY, self.splitter)
