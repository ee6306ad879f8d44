"""A task's timeline: its dated progress updates, newest first, each marked when its date falls in
a period already reported (and when it was changed after that report was sent). At the coordinator
the agencies' updates received in report packages follow, with the agency's name (read only)."""

from __future__ import annotations

from kh57desk.services.progress import UpdateView
from kh57desk.ui import labels
from kh57desk.ui.qt import QColor, Qt, QTreeWidget, QTreeWidgetItem, Signal

DATE, STATE, PERCENT, RESULT, MARK, AGENCY = range(6)
UPDATE_ID = Qt.ItemDataRole.UserRole
_REPORTED = QColor("#1565c0")
_AMENDED = QColor("#e65100")


class Timeline(QTreeWidget):
    chosen = Signal(int)  # the id of the update to edit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Ngày"), self.tr("Tình trạng"), self.tr("Tỷ lệ"), self.tr("Kết quả"),
                              self.tr("Báo cáo"), self.tr("Cơ quan")])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        update_id = item.data(DATE, UPDATE_ID)
        if update_id is not None:  # an agency's update (at the coordinator) is read only
            self.chosen.emit(int(update_id))

    def fill(self, updates: list[UpdateView], reported_in, editing: int | None,
             agency_updates=()) -> None:
        """``reported_in(day)`` names the reported periods whose window holds ``day``;
        ``agency_updates`` are (agency name, update) pairs shown after this database's own."""
        self.clear()
        self.setColumnHidden(AGENCY, not agency_updates)
        for update in updates:
            periods = reported_in(update.on)
            mark = ""
            if update.late_for:
                mark = self.tr("Bổ sung sau báo cáo {0}").format(", ".join(update.late_for.split()))
            elif periods:
                mark = self.tr("Kỳ đã báo cáo: {0}").format(", ".join(periods))
            item = _item(update, mark)
            item.setData(DATE, UPDATE_ID, update.id)
            item.setToolTip(DATE, self.tr("Lần sửa {0}, lúc {1}, người nhập: {2}").format(
                update.revision, labels.datetime_text(update.edited_at), update.entered_by or "—"))
            if mark:
                item.setForeground(MARK, _AMENDED if update.late_for else _REPORTED)
            if update.id == editing:
                font = item.font(DATE)
                font.setBold(True)
                for column in range(MARK + 1):
                    item.setFont(column, font)
            self.addTopLevelItem(item)
        for name, update in agency_updates:
            item = _item(update, "", name)
            item.setForeground(AGENCY, _REPORTED)
            self.addTopLevelItem(item)

    def update_ids(self) -> list[int]:
        return [int(item.data(DATE, UPDATE_ID)) for item in self._items() if item.data(DATE, UPDATE_ID) is not None]

    def agency_rows(self) -> list[tuple[str, str, str]]:
        """(date, result, agency) of the agencies' updates shown (the coordinator)."""
        return [(item.text(DATE), item.text(RESULT), item.text(AGENCY)) for item in self._items()
                if item.data(DATE, UPDATE_ID) is None]

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def marks(self) -> list[str]:
        return [item.text(MARK) for item in self._items() if item.data(DATE, UPDATE_ID) is not None]


def _item(update: UpdateView, mark: str, agency: str = "") -> QTreeWidgetItem:
    item = QTreeWidgetItem([labels.date_text(update.on), labels.state_label(update.state),
                            "" if update.percent is None else f"{update.percent} %", " ".join(update.result.split()),
                            mark, agency])
    item.setToolTip(RESULT, update.result)
    return item
