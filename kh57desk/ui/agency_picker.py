"""Choosing an agency from the directory: an editable list whose completion ignores diacritics
("so noi vu" finds "Sở Nội vụ") and matches any part of the name."""

from __future__ import annotations

from collections.abc import Iterable

from kh57desk.domain.agency_directory import DEFAULT_AGENCIES, Agency
from kh57desk.domain.text import fold, vietnamese_sort_key
from kh57desk.ui.qt import (QComboBox, QCompleter, QSortFilterProxyModel, QStandardItem, QStandardItemModel, Qt,
                            QWidget, refilter)


class _FoldedFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.key = ""

    def set_key(self, text: str) -> None:
        def change():
            self.key = fold(text)
        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, parent) -> bool:
        if not self.key:
            return True
        index = self.sourceModel().index(source_row, 0, parent)
        return self.key in (index.data(Qt.ItemDataRole.UserRole + 1) or "")


class AgencyPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(30)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._names = QStandardItemModel(self)
        self._filter = _FoldedFilter(self)
        self._filter.setSourceModel(self._names)
        completer = QCompleter(self)
        completer.setModel(self._filter)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer = completer
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._typed)
        self.set_agencies(DEFAULT_AGENCIES)

    def set_agencies(self, agencies: Iterable[Agency]) -> None:
        """List these agencies; typing matches the name, the short name or a former name."""
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        self._names.clear()
        for agency in sorted(agencies, key=lambda a: vietnamese_sort_key(a.name)):
            self.addItem(agency.name)
            item = QStandardItem(agency.name)
            item.setData(" | ".join(fold(n) for n in agency.names), Qt.ItemDataRole.UserRole + 1)
            self._names.appendRow(item)
        self.setEditText(current)
        self.blockSignals(False)

    def _typed(self, text: str) -> None:
        self._filter.set_key(text)
        if text:
            self._completer.complete()

    def name(self) -> str:
        return self.currentText().strip()

    def set_name(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)
