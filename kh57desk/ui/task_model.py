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
import gc

from kh57desk.domain.roles import COORDINATE, LEAD, RELATED
from kh57desk.domain import status as task_status
from kh57desk.domain.periods import Period
from kh57desk.domain.text import fold, word_key, word_key_matcher
from kh57desk.services import dashboard
from kh57desk.services.tasks import TaskRow
from kh57desk.ui import labels
from kh57desk.ui.qt import (QAbstractTableModel, QColor, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt,
                            QTimer, QT_TRANSLATE_NOOP, refilter)

SORT_ROLE = int(Qt.ItemDataRole.UserRole)
ID_ROLE = SORT_ROLE + 1
ROW_ROLE = SORT_ROLE + 2
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND, _ALIGNMENT = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, SORT_ROLE, ID_ROLE, ROW_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

REF, CONTENT, ROLE, DEADLINE, STATUS, UPDATED = range(6)
HEADERS = (QT_TRANSLATE_NOOP("TaskModel", "TT"), QT_TRANSLATE_NOOP("TaskModel", "Nội dung nhiệm vụ"),
           QT_TRANSLATE_NOOP("TaskModel", "Vai trò"), QT_TRANSLATE_NOOP("TaskModel", "Thời hạn"),
           QT_TRANSLATE_NOOP("TaskModel", "Trạng thái trong kỳ"), QT_TRANSLATE_NOOP("TaskModel", "Cập nhật"))
_STATUS_ORDER = {code: i for i, code in enumerate(task_status.STATUSES)}
_OVERDUE_COLOR = QColor("#c62828")
DISPLAY_CHARS = 160  # a row shows one line; laying out 300-character cells on every paint is wasted work
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


class _Labels:
    """The translated words the table shows, looked up once rather than on every paint."""

    def __init__(self):
        self.status = {code: labels.status_label(code) for code in task_status.STATUSES}
        self.status_colors = {code: labels.status_color(code) for code in task_status.STATUSES}
        self.roles = {code: labels.role_label(code) for code in (LEAD, COORDINATE, RELATED)}
        self.withdrawn = QCoreApplication.translate("TaskModel", "[Đã rút] {0}")


class TaskTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._labels = _Labels()
        self._rows: list[TaskRow] = []
        self._row_of: dict[int, int] = {}
        self._sort = (REF, Qt.SortOrder.AscendingOrder)
        self.version = 0  # bumped whenever rows change; the proxy re-filters on a new version
        self._counted: tuple[int, tuple[int, int]] = (-1, (0, 0))
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

    def data(self, index, role=_DISPLAY):
        # Called ~10 times per visible cell on every paint: unhandled roles return first.
        if role not in _ROLES:
            return None
        position = index.row()
        if not 0 <= position < len(self._rows):
            return None
        row, column = self._rows[position], index.column()
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _FOREGROUND:
            if row.withdrawn:
                return _WITHDRAWN_COLOR
            if column == STATUS:
                return self._labels.status_colors[row.status]
            if column == DEADLINE and row.status == task_status.OVERDUE:
                return _OVERDUE_COLOR
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column in (REF, UPDATED) else None
        if role == _TOOLTIP:
            if column == CONTENT:
                return row.content
            if column == DEADLINE:
                return row.deadline_text
            if column == STATUS:
                return self._labels.status[row.status]
            if column == UPDATED and row.last_update:
                return QCoreApplication.translate("TaskModel", "Cập nhật tiến độ lần cuối: {0}").format(
                    labels.datetime_text(row.last_update))
            return None
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        return row  # ROW_ROLE

    def _display(self, row: TaskRow, column: int) -> str:
        if column == REF:
            return row.ref
        if column == CONTENT:
            text = " ".join(row.content[:DISPLAY_CHARS + 40].split())[:DISPLAY_CHARS]
            if row.withdrawn:
                return self._labels.withdrawn.format(text)
            return text
        if column == ROLE:
            return self._labels.roles.get(row.role, "")
        if column == DEADLINE:
            return row.deadline_text
        if column == STATUS:
            return self._labels.status[row.status]
        return labels.date_text(row.last_update.date()) if row.last_update else ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.id for r in self._rows]
        self._apply_sort()
        self.version += 1  # rows moved: the proxy's filter, kept by row number, is out of date
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
        # The rows live until the next load: move them (and what else is alive) out of the cyclic
        # collector's way. Otherwise each keystroke's filter pass, which makes an index object per
        # row, triggers full collections that walk every row (70-100 ms each at 10,000 tasks).
        # Frozen objects are still freed by reference counting when the next rows replace them.
        gc.freeze()

    @property
    def rows(self) -> list[TaskRow]:
        return self._rows

    def counts(self) -> tuple[int, int]:
        """(own, liên quan chung): the tasks not withdrawn, the agency's own and those given only to
        "đơn vị liên quan" in general; counted once per version of the rows."""
        if self._counted[0] != self.version:
            current = [row.role for row in self._rows if not row.withdrawn]
            related = current.count(RELATED)
            self._counted = (self.version, (len(current) - related, related))
        return self._counted[1]

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
    """Filters rows with one ``TaskFilter``; sorting is forwarded to the source model.

    The filter is evaluated for all rows at once into a list the per-row callback reads: the
    other criteria only when they or the rows change, the search words on every keystroke (a
    few ``in`` per row on the folded key; only the rows still shown while the user types on)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._source: TaskTableModel | None = None
        self._filter = dashboard.TaskFilter()
        self._today = dt.date.today()
        self._period: Period | None = None
        self._base: list[bool] = []
        self._accepted: list[bool] = []
        self._searched = ""  # the folded search the shown rows were found with
        self._shown: list[int] = []  # source rows that passed it
        self._version = -1  # the source version the lists were computed for; -1: stale
        self._keys: list[str] = []  # word_key of each source row
        self._keys_version = -1
        self._key_cache: dict[str, str] = {}
        self._related_for = None  # (version, filter without its search) the related rows were found for
        self._related: list[int] = []  # liên quan (chung) rows that filter would show under that role

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt API
        self._source = model
        self._version = -1
        super().setSourceModel(model)
        model.modelReset.connect(self._prepare_word_keys)

    def _prepare_word_keys(self) -> None:
        """New rows: their word keys are made once the table is painted, not at the first keystroke."""
        QTimer.singleShot(0, self, self._word_keys)

    @property
    def task_filter(self) -> dashboard.TaskFilter:
        return self._filter

    def set_filter(self, task_filter: dashboard.TaskFilter, today: dt.date, period: Period) -> None:
        refilter(self, lambda: self.prepare_filter(task_filter, today, period))

    def prepare_filter(self, task_filter: dashboard.TaskFilter, today: dt.date, period: Period) -> None:
        """Take a filter without re-running it: for new rows, whose reset runs it once."""
        self._filter, self._today, self._period = task_filter, today, period
        self._version = -1

    def set_search(self, text: str) -> None:
        def change():
            self._filter = self._filter.with_search(text)
            if self._version == self._source.version:
                self._apply_search()
        refilter(self, change)

    def _recompute(self) -> list[bool]:
        rows = self._source.rows
        if self._period is None:
            self._base = [not r.withdrawn for r in rows]
        else:
            accept = dashboard.matcher(dataclasses.replace(self._filter, search=""), self._today, self._period)
            self._base = [accept(r) for r in rows]
        self._searched = ""
        self._version = self._source.version
        return self._apply_search()

    def _apply_search(self) -> list[bool]:
        text = fold(self._filter.search)
        test = word_key_matcher(text)  # the matcher's rule: every word, in any order
        if test is None:
            self._accepted, self._searched = self._base, ""
            return self._accepted
        if self._searched and text.startswith(self._searched):  # typing on: only shown rows can still match
            candidates = self._shown
        else:
            candidates = [row for row, ok in enumerate(self._base) if ok]
        keys = self._word_keys()
        self._shown = [row for row in candidates if test(keys[row])]
        self._searched = text
        self._accepted = [False] * len(keys)
        for row in self._shown:
            self._accepted[row] = True
        return self._accepted

    def _word_keys(self) -> list[str]:
        """Each source row's search key as :func:`word_key` makes it, made again only for the rows
        of a new version (a saved update changes one row; keys seen before are reused)."""
        if self._keys_version != self._source.version:
            made, kept = self._key_cache, {}
            keys = []
            for row in self._source.rows:
                padded = kept.get(row.search_key) or made.get(row.search_key) or word_key(row.search_key)
                kept[row.search_key] = padded
                keys.append(padded)
            self._keys, self._keys_version, self._key_cache = keys, self._source.version, kept
        return self._keys

    def hidden_related(self) -> int:
        """How many liên quan (chung) tasks the current filter and search would show under that
        role, while they are hidden (no role chosen); 0 once that role is chosen."""
        if self._filter.role or self._period is None or self._source is None:
            return 0
        base = dataclasses.replace(self._filter, search="")
        if self._related_for != (self._source.version, base, self._today, self._period):
            accept = dashboard.matcher(dataclasses.replace(base, role=RELATED), self._today, self._period)
            self._related = [index for index, row in enumerate(self._source.rows)
                             if row.role == RELATED and accept(row)]
            self._related_for = (self._source.version, base, self._today, self._period)
        test = word_key_matcher(fold(self._filter.search))
        if test is None:
            return len(self._related)
        keys = self._word_keys()
        return sum(1 for index in self._related if test(keys[index]))

    def filterAcceptsRow(self, source_row: int, _source_parent) -> bool:  # noqa: N802 - Qt API
        accepted = self._accepted if self._version == self._source.version else self._recompute()
        return source_row < len(accepted) and accepted[source_row]

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

