"""The task table: a model over plain ``TaskRow``s and a filter proxy.

Sorting happens in the source model on real values (plan order, dates, status order), with
one Python sort per click: asking Qt's proxy to sort 10,000 rows through Python ``data()``
calls would take seconds. ``SORT_ROLE`` exposes the same native values to any view or proxy.
Filtering runs in the proxy from one predicate built by ``services.dashboard.matcher``, the
same one the dashboard counts with.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from kh57desk.domain import status as S
from kh57desk.domain.periods import Period
from kh57desk.domain.text import fold
from kh57desk.services import dashboard as DB
from kh57desk.services.tasks import TaskRow
from kh57desk.ui import labels as L
from kh57desk.ui.qt import (QAbstractTableModel, QColor, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt,
                            QT_TRANSLATE_NOOP, refilter)

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

REF, CONTENT, ROLE, DEADLINE, STATUS, UPDATED = range(6)
HEADERS = (QT_TRANSLATE_NOOP("TaskModel", "TT"), QT_TRANSLATE_NOOP("TaskModel", "Nội dung nhiệm vụ"),
           QT_TRANSLATE_NOOP("TaskModel", "Vai trò"), QT_TRANSLATE_NOOP("TaskModel", "Thời hạn"),
           QT_TRANSLATE_NOOP("TaskModel", "Trạng thái trong kỳ"), QT_TRANSLATE_NOOP("TaskModel", "Cập nhật"))
_STATUS_ORDER = {code: i for i, code in enumerate(S.STATUSES)}
_OVERDUE_COLOR = QColor("#c62828")
_WITHDRAWN_COLOR = QColor("#9e9e9e")


def sort_value(row: TaskRow, column: int):
    """The native value of a cell that sorting compares (``SORT_ROLE``)."""
    if column == REF:
        return row.position
    if column == CONTENT:
        return fold(row.content)
    if column == ROLE:
        return row.role
    if column == DEADLINE:
        return row.deadline_due
    if column == STATUS:
        return _STATUS_ORDER.get(row.status, 99)
    return row.last_update


def sort_key(row: TaskRow, column: int):
    """The key the table sorts a column by: its native value, then plan order for ties."""
    if column == REF:
        return (row.plan_id, row.position, row.id)
    if column == CONTENT:
        return fold(row.content)
    if column == ROLE:
        return row.role
    if column == DEADLINE:
        return (row.deadline_due or dt.date.max, row.plan_id, row.position)
    if column == STATUS:
        return (_STATUS_ORDER.get(row.status, 99), row.plan_id, row.position)
    return row.last_update or dt.datetime.min


class TaskTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TaskRow] = []
        self._row_of: dict[int, int] = {}
        self._sort = (REF, Qt.SortOrder.AscendingOrder)
        self.version = 0  # bumped whenever rows change; the proxy re-filters on a new version
        self.today = dt.date.today()

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("TaskModel", HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CONTENT:
                return row.content
            if column == DEADLINE:
                return row.deadline_text
            if column == STATUS:
                return L.status_label(row.status)
            if column == UPDATED and row.last_update:
                return QCoreApplication.translate("TaskModel", "Cập nhật tiến độ lần cuối: {0}").format(
                    L.datetime_text(row.last_update))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.withdrawn:
                return _WITHDRAWN_COLOR
            if column == STATUS:
                return L.status_color(row.status)
            if column == DEADLINE and row.status == S.OVERDUE:
                return _OVERDUE_COLOR
            return None
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (REF, UPDATED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: TaskRow, column: int) -> str:
        if column == REF:
            return row.ref
        if column == CONTENT:
            text = " ".join(row.content.split())
            if row.withdrawn:
                return QCoreApplication.translate("TaskModel", "[Đã rút] {0}").format(text)
            return text
        if column == ROLE:
            return L.role_label(row.role)
        if column == DEADLINE:
            return row.deadline_text
        if column == STATUS:
            return L.status_label(row.status)
        return L.date_text(row.last_update.date()) if row.last_update else ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.id for r in self._rows]
        self._apply_sort()
        persistent = self.persistentIndexList()
        if persistent:
            moved = [self.index(self._row_of[old_ids[i.row()]], i.column()) if i.row() < len(old_ids)
                     else QModelIndex() for i in persistent]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- our API -------------------------------------------------------------------------
    def _apply_sort(self) -> None:
        column, order = self._sort
        self._rows.sort(key=lambda r: sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}

    def set_rows(self, rows: list[TaskRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today or self.today
        self._apply_sort()
        self.version += 1
        self.endResetModel()

    @property
    def rows(self) -> list[TaskRow]:
        return self._rows

    def row_of(self, task_id: int) -> int | None:
        return self._row_of.get(task_id)

    def task(self, source_row: int) -> TaskRow:
        return self._rows[source_row]

    def update_task(self, task_id: int, **changes) -> None:
        """Change some fields of one row (after a save) and repaint it; filters are not re-run,
        so the row the user is editing does not jump out of the list."""
        position = self._row_of.get(task_id)
        if position is None:
            return
        self._rows[position] = dataclasses.replace(self._rows[position], **changes)
        self.version += 1
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(HEADERS) - 1))


class TaskFilterProxy(QSortFilterProxyModel):
    """Filters rows with one ``TaskFilter``; sorting is forwarded to the source model."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._filter = DB.TaskFilter()
        self._today = dt.date.today()
        self._period: Period | None = None
        self._accepted: list[bool] = []
        self._version = -1

    @property
    def task_filter(self) -> DB.TaskFilter:
        return self._filter

    def set_filter(self, task_filter: DB.TaskFilter, today: dt.date, period: Period) -> None:
        def change():
            self._filter, self._today, self._period = task_filter, today, period
            self._version = -1
        refilter(self, change)

    def set_search(self, text: str) -> None:
        self.set_filter(self._filter.with_search(text), self._today, self._period)

    def _recompute(self) -> None:
        source: TaskTableModel = self.sourceModel()
        if self._period is None:
            self._accepted = [not r.withdrawn for r in source.rows]
        else:
            accept = DB.matcher(self._filter, self._today, self._period)
            self._accepted = [accept(r) for r in source.rows]
        self._version = source.version

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        source = self.sourceModel()
        if source is None or source_parent.isValid():
            return False
        if self._version != source.version or len(self._accepted) != source.rowCount():
            self._recompute()
        return 0 <= source_row < len(self._accepted) and self._accepted[source_row]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def task_at(self, proxy_row: int) -> TaskRow | None:
        if not 0 <= proxy_row < self.rowCount():
            return None
        return self.sourceModel().task(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of(self, task_id: int) -> int | None:
        source_row = self.sourceModel().row_of(task_id)
        if source_row is None:
            return None
        mapped = self.mapFromSource(self.sourceModel().index(source_row, 0))
        return mapped.row() if mapped.isValid() else None

