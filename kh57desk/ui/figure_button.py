"""A big number with its caption, clickable: the figures of Tổng quan and of the agencies'
reporting. The caption wraps onto a second line rather than being clipped on a small screen."""

from __future__ import annotations

from kh57desk.ui.qt import QLabel, QPushButton, QSize, QSizePolicy, Qt, QVBoxLayout, QWidget


class FigureButton(QPushButton):
    def __init__(self, caption: str, color: str = "#37474f", parent: QWidget | None = None):
        super().__init__(parent)
        self.caption, self.color = caption, color
        self.number = QLabel()
        self.label = QLabel(caption)
        self.label.setWordWrap(True)
        for part, size in ((self.number, "16pt"), (self.label, "10pt")):
            part.setAlignment(Qt.AlignmentFlag.AlignCenter)
            part.setTextFormat(Qt.TextFormat.PlainText)
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            part.setStyleSheet(f"color: {color}; font-size: {size}; font-weight: bold; background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.label)
        self.setMinimumSize(QSize(110, 64))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_value(0)

    def set_value(self, value: int | str) -> None:
        self.number.setText(str(value))
        self.setAccessibleName(f"{self.caption}: {value}")
        self.setToolTip(f"{self.caption}: {value}")

    def text(self) -> str:  # noqa: D401 - Qt API: what the button says, number then caption
        return f"{self.number.text()}\n{self.caption}"

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.layout().sizeHint().expandedTo(self.minimumSize())
