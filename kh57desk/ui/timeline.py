"""A task's timeline: its dated progress updates, newest first, each marked when its date falls in
a period already reported (and when it was changed after that report was sent)."""

from __future__ import annotations

from kh57desk.services.progress import UpdateView
from kh57desk.ui import labels as L
from kh57desk.ui.qt import QColor, Qt, QTreeWidget, QTreeWidgetItem, Signal

DATE, STATE, PERCENT, RESULT, MARK = range(5)
UPDATE_ID = Qt.ItemDataRole.UserRole
_REPORTED = QColor("#1565c0")
_AMENDED = QColor("#e65100")


class Timeline(QTreeWidget):
    chosen = Signal(int)  # the id of the update to edit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Ngày"), self.tr("Tình trạng"), self.tr("Tỷ lệ"), self.tr("Kết quả"),
                              self.tr("Báo cáo")])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.itemActivated.connect(lambda item, _column: self.chosen.emit(int(item.data(DATE, UPDATE_ID))))

    def fill(self, updates: list[UpdateView], reported_in, editing: int | None) -> None:
        """``reported_in(day)`` names the reported periods whose window holds ``day``."""
        self.clear()
        for update in updates:
            periods = reported_in(update.on)
            mark = ""
            if update.late_for:
                mark = self.tr("Bổ sung sau báo cáo {0}").format(", ".join(update.late_for.split()))
            elif periods:
                mark = self.tr("Kỳ đã báo cáo: {0}").format(", ".join(periods))
            item = QTreeWidgetItem([L.date_text(update.on), L.state_label(update.state),
                                    "" if update.percent is None else f"{update.percent} %",
                                    " ".join(update.result.split()), mark])
            item.setData(DATE, UPDATE_ID, update.id)
            item.setToolTip(RESULT, update.result)
            item.setToolTip(DATE, self.tr("Lần sửa {0}, lúc {1}").format(update.revision,
                                                                         L.datetime_text(update.edited_at)))
            if mark:
                item.setForeground(MARK, _AMENDED if update.late_for else _REPORTED)
            if update.id == editing:
                font = item.font(DATE)
                font.setBold(True)
                for column in range(MARK + 1):
                    item.setFont(column, font)
            self.addTopLevelItem(item)

    def update_ids(self) -> list[int]:
        return [int(self.topLevelItem(i).data(DATE, UPDATE_ID)) for i in range(self.topLevelItemCount())]

    def marks(self) -> list[str]:
        return [self.topLevelItem(i).text(MARK) for i in range(self.topLevelItemCount())]
