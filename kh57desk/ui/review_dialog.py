"""Returning (or reopening) an agency's report: the reason, and notes on single tasks, one per
line as 'TASK: note'. The checks and the verdict package are ``kh57desk.app.verdicts``'s."""

from __future__ import annotations

from kh57desk.ui.qt import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget, plain_label


class ReviewDialog(QDialog):
    def __init__(self, agency: str, period_label: str, returning: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trả lại báo cáo") if returning else self.tr("Mở lại kỳ đã chấp nhận"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Lý do"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Ghi chú nhiệm vụ"))
        self.notes.setPlaceholderText(self.tr("12: đề nghị bổ sung số văn bản"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        reason_label = QLabel(self.tr("&Lý do (bắt buộc khi trả lại):") if returning else self.tr("&Lý do (tùy chọn):"))
        reason_label.setBuddy(self.reason)
        notes_label = QLabel(self.tr("&Ghi chú từng nhiệm vụ, mỗi dòng 'số nhiệm vụ: ghi chú':"))
        notes_label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("{0}, {1}").format(agency, period_label)))
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self.resize(560, 420)
