"""The bar the task panel shows when a save was refused because the update changed elsewhere
(another window, the CLI): the form already shows the newer values; the bar keeps what the user
typed and lets them save it over the newer ones or drop it."""

from __future__ import annotations

import datetime as dt

from kh57desk.ui import labels
from kh57desk.ui.qt import QHBoxLayout, QPushButton, QVBoxLayout, QWidget, Signal, plain_label


class ConflictBar(QWidget):
    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.changes: dict | None = None  # the user's values refused as stale
        self.setStyleSheet("background: #fff3e0;")
        self.text = plain_label(selectable=True)
        self.keep_mine_button = QPushButton(self.tr("Lưu nội dung của tôi"))
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.take_theirs_button = QPushButton(self.tr("Dùng bản mới"))
        self.take_theirs_button.clicked.connect(self.take_theirs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.take_theirs_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()

    def labels(self) -> dict[str, str]:
        return {"on": self.tr("Ngày cập nhật"), "state": self.tr("Tình trạng"), "percent": self.tr("Tỷ lệ"),
                "completed_on": self.tr("Ngày hoàn thành"), "result": self.tr("Kết quả"),
                "output_doc_number": self.tr("Văn bản"), "output_doc_date": self.tr("Ngày văn bản"),
                "difficulties": self.tr("Khó khăn"), "proposals": self.tr("Đề xuất")}

    def show_conflict(self, revision: int, changes: dict) -> None:
        self.changes = {**(self.changes or {}), **changes}
        names = self.labels()
        typed = "\n".join(f"{names.get(name, name)}: {_text(name, value)}" for name, value in self.changes.items())
        self.text.setText(self.tr("Cập nhật này vừa được sửa ở nơi khác (lần sửa {0}); biểu mẫu đang hiện bản mới. "
                                  "Nội dung bạn vừa nhập chưa được lưu:\n{1}").format(revision, typed))
        self.show()

    def clear(self) -> dict | None:
        changes, self.changes = self.changes, None
        self.hide()
        return changes


def _text(name: str, value) -> str:
    if isinstance(value, dt.date):
        return labels.date_text(value)
    if name == "state":
        return labels.state_label(value)
    return "" if value is None else str(value)
