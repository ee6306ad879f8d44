"""Chỉ tiêu: the plan's targets with their milestones, the figure entered for the selected
period (edited in place, saved through ``services.indicators.record_value``) and the figures
of earlier periods."""

from __future__ import annotations

import dataclasses

from kh57desk.app import indicators as indicator_ops
from kh57desk.domain import targets as target_rules
from kh57desk.domain.text import fold
from kh57desk.errors import InputError
from kh57desk.services import dashboard
from kh57desk.services import indicators as indicator_service
from kh57desk.services.indicators import IndicatorRow
from kh57desk.ui import labels
from kh57desk.ui import window_state
from kh57desk.ui.context import AppContext
from kh57desk.ui.refresh import Refresher, RefreshingPage
from kh57desk.ui.qt import (QT_TRANSLATE_NOOP, QAbstractItemView, QAbstractTableModel, QColor, QComboBox,
                            QCoreApplication, QHBoxLayout, QHeaderView, QKeySequence, QLabel, QLineEdit, QModelIndex,
                            QShortcut, QSortFilterProxyModel, Qt, QTableView, QVBoxLayout, QWidget, Signal, heading,
                            plain_label, refilter)
from kh57desk.ui.worker import error_message

TEXT, MILESTONE, TARGET, VALUE, ASSESSMENT, NOTE, EARLIER = range(7)
HEADERS = (QT_TRANSLATE_NOOP("IndicatorModel", "Chỉ tiêu"), QT_TRANSLATE_NOOP("IndicatorModel", "Mốc"),
           QT_TRANSLATE_NOOP("IndicatorModel", "Mục tiêu"), QT_TRANSLATE_NOOP("IndicatorModel", "Số liệu kỳ này"),
           QT_TRANSLATE_NOOP("IndicatorModel", "Đánh giá"), QT_TRANSLATE_NOOP("IndicatorModel", "Ghi chú"),
           QT_TRANSLATE_NOOP("IndicatorModel", "Các kỳ đã nhập"))
ASSESSMENT_LABELS = {
    target_rules.MET: QT_TRANSLATE_NOOP("Assessment", "Đạt"),
    target_rules.NOT_MET: QT_TRANSLATE_NOOP("Assessment", "Chưa đạt"),
    target_rules.NO_DATA: QT_TRANSLATE_NOOP("Assessment", "Chưa có số liệu"),
    target_rules.QUALITATIVE_LABEL: QT_TRANSLATE_NOOP("Assessment", "Chỉ tiêu định tính"),
}
ASSESSMENT_COLORS = {target_rules.MET: "#2e7d32", target_rules.NOT_MET: "#c62828", target_rules.NO_DATA: "#757575", target_rules.QUALITATIVE_LABEL: "#37474f"}
ALL, BEHIND, NO_DATA, MET = "", "behind", "no_data", "met"
STATE_KEY = "indicators"


def assessment_label(code: str) -> str:
    return QCoreApplication.translate("Assessment", ASSESSMENT_LABELS.get(code, code))


class IndicatorModel(QAbstractTableModel):
    """Targets of the selected period; the figure and the note are editable."""

    edit_requested = Signal(int, str, str)  # indicator id, value text, note

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[IndicatorRow] = []
        self.period = None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("IndicatorModel", HEADERS[section])
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() in (VALUE, NOTE):
            row = self.rows[index.row()]
            if index.column() == NOTE or row.comparator != target_rules.QUALITATIVE:
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, NOTE, EARLIER):
            return self._text(row, column, False) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == ASSESSMENT:
            return QColor(ASSESSMENT_COLORS.get(row.assessment, "#000000"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: IndicatorRow, column: int, editing: bool) -> str:
        if column == TEXT:
            return row.text
        if column == MILESTONE:
            if row.per_year:
                return QCoreApplication.translate("IndicatorModel", "Mỗi năm")
            return str(row.milestone_year or "")
        if column == TARGET:
            if row.comparator == target_rules.QUALITATIVE:
                return QCoreApplication.translate("IndicatorModel", "Định tính")
            return row.target_label
        if column == VALUE:
            return target_rules.format_number(row.value)
        if column == ASSESSMENT:
            return assessment_label(row.assessment)
        if column == NOTE:
            return row.note if editing else " ".join(row.note.split())
        return "; ".join(f"{period}: {target_rules.format_number(value)}" for period, value in row.values_by_period.items())

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in (VALUE, NOTE):
            return False
        row = self.rows[index.row()]
        text = str(value or "")
        if index.column() == VALUE:
            if text.strip() == target_rules.format_number(row.value):
                return False
            self.edit_requested.emit(row.id, text, row.note)
        else:
            if text == row.note:
                return False
            self.edit_requested.emit(row.id, target_rules.format_number(row.value), text)
        return False  # the row changes when the database says it has

    def set_rows(self, rows: list[IndicatorRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, updated: IndicatorRow) -> None:
        for i, row in enumerate(self.rows):
            if row.id == updated.id:
                self.rows[i] = updated
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
                return


class IndicatorFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.show, self.search, self.period = ALL, "", None

    def set(self, show: str | None = None, search: str | None = None, period=None) -> None:
        def change():
            if show is not None:
                self.show = show
            if search is not None:
                self.search = fold(search)
            if period is not None:
                self.period = period
        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, _parent) -> bool:
        row: IndicatorRow = self.sourceModel().rows[source_row]
        if self.search and self.search not in fold(f"{row.group} {row.text}"):
            return False
        if self.show == BEHIND:
            return self.period is not None and dashboard.is_behind(row, self.period)
        if self.show == NO_DATA:
            return row.assessment == target_rules.NO_DATA
        if self.show == MET:
            return row.assessment == target_rules.MET
        return True


class IndicatorsPage(QWidget, RefreshingPage):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.refresher = Refresher(self, lambda: context.worker, self._query, self._loaded, "indicators")
        self.title = heading(self.tr("Chỉ tiêu"))
        self.hint = plain_label(self.tr("Nhập số liệu của kỳ vào cột \"Số liệu kỳ này\" (bấm đúp hoặc F2, gõ số "
                                        "kiểu Việt Nam: 60 hoặc 0,75 hoặc 3.000), rồi Enter. Số liệu được lưu ngay."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm chỉ tiêu (không cần dấu)"))
        self.search.setClearButtonEnabled(True)
        self.show_combo = QComboBox()
        for key, label in ((ALL, self.tr("Mọi chỉ tiêu")), (BEHIND, self.tr("Chậm tiến độ")),
                           (NO_DATA, self.tr("Chưa có số liệu")), (MET, self.tr("Đã đạt"))):
            self.show_combo.addItem(label, key)
        self.count = QLabel()
        self.model = IndicatorModel(self)
        self.proxy = IndicatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((TEXT, 420), (MILESTONE, 70), (TARGET, 130), (VALUE, 110), (ASSESSMENT, 120),
                              (NOTE, 200)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        window_state.restore_header(STATE_KEY, header)
        self.empty = plain_label(self.tr("Kế hoạch đã nhập chưa có chỉ tiêu. Chỉ tiêu được đọc từ phần \"Mục "
                                         "tiêu cụ thể\" hoặc phụ lục chỉ tiêu khi nhập kế hoạch."))
        self.empty.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(lambda text: self._filter(search=text))
        self.show_combo.currentIndexChanged.connect(lambda _i: self._filter(show=self.show_combo.currentData()))
        self.model.edit_requested.connect(self._record)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (self.search.setFocus(),
                                                                        self.search.selectAll()))
        context.period_changed.connect(self.mark_stale)
        context.tasks_changed.connect(self.mark_stale)

    def _filter(self, show: str | None = None, search: str | None = None) -> None:
        self.proxy.set(show=show, search=search, period=self.context.period)
        self.count.setText(self.tr("{0} / {1} chỉ tiêu").format(self.proxy.rowCount(), self.model.rowCount()))

    def show_only(self, show: str) -> None:
        self.show_combo.setCurrentIndex(max(self.show_combo.findData(show), 0))
        self._filter(show=show)

    def _query(self):
        period = self.context.period
        return lambda session: indicator_service.list_indicators(session, period)

    def _loaded(self, rows: list[IndicatorRow]) -> None:
        self.model.period = self.context.period
        self.model.set_rows(rows)
        self.title.setText(self.tr("Chỉ tiêu — số liệu {0}").format(labels.period_label(self.context.period)))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._filter()
        self.table.resizeRowsToContents()
        self.loaded.emit()

    def _record(self, indicator_id: int, value: str, note: str) -> None:
        try:
            indicator_service.parse_value(value)
        except InputError as exc:
            self.context.show_error(self, exc.message)
            return
        period = self.context.period
        self.context.worker.write(lambda s: indicator_ops.record_value(s, indicator_id, period, value, note),
                                  self._recorded, lambda exc: self.context.show_error(self, error_message(exc)),
                                  owner=self, label="record_indicator")

    def _recorded(self, row: IndicatorRow) -> None:
        self.model.replace_row(dataclasses.replace(row))
        self.table.resizeRowsToContents()

    def save_state(self) -> None:
        window_state.save_header(STATE_KEY, self.table.horizontalHeader())
