"""A table model over a list of plain rows with translated column headers: what the register
and completeness tables share (their ``data`` says what each column shows)."""

from __future__ import annotations

from kh57desk.ui.qt import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, refilter


class RowTableModel(QAbstractTableModel):
    CONTEXT = ""                 # the translation context of HEADERS
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == self.SORT_ROLE:
            return self.sort_value(row, column)
        return self.other_data(row, column, role)

    # what a subclass says about its rows
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    @staticmethod
    def text(row, column: int) -> str:
        raise NotImplementedError

    @staticmethod
    def sort_value(row, column: int):
        raise NotImplementedError

    def other_data(self, row, column: int, role):
        return None


class RowFilter(QSortFilterProxyModel):
    """Sorts on ``sort_role`` and keeps the rows whose ``key(row)`` equals the chosen value
    (all rows when the value is empty)."""

    def __init__(self, sort_role: int, parent=None):
        super().__init__(parent)
        self.value = ""
        self.setSortRole(sort_role)

    @staticmethod
    def key(row) -> str:
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        refilter(self, lambda: setattr(self, "value", value))

    def filterAcceptsRow(self, source_row: int, _parent) -> bool:  # noqa: N802 - Qt API
        return not self.value or self.key(self.sourceModel().rows[source_row]) == self.value

    def row_at(self, proxy_row: int):
        return self.sourceModel().rows[self.mapToSource(self.index(proxy_row, 0)).row()]
