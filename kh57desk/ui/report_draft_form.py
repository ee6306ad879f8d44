"""What the user writes for one period's report: a paragraph for each of sections I–IV, the
recipient list, and optionally the number and date. It saves on its own, like the progress
form: shortly after typing stops and when the period changes or the window closes. A number or
date that is not valid is shown under the field and the rest of the draft is still saved."""

from __future__ import annotations

import dataclasses

from kh57desk.domain.dates import parse_user_date
from kh57desk.errors import InputError
from kh57desk.reports.numbering import parse_report_number
from kh57desk.services.report_register import ReportDraft
from kh57desk.ui.qt import (QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QTimer,
                            QVBoxLayout, QWidget, Signal, plain_label)

SAVE_DELAY_MS = 700
TEXTS = ("results_text", "difficulties_text", "proposals_text", "next_period_text")


class DraftForm(QWidget):
    save_requested = Signal(object)  # ReportDraft

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.draft: ReportDraft | None = None
        self.prefix = ""
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.tabs = QTabWidget()
        self.texts: dict[str, QPlainTextEdit] = {}
        hints = {
            "results_text": self.tr("Đoạn mở đầu phần I (kết quả nổi bật, đánh giá chung), đặt trước số liệu chương "
                                    "trình tự tổng hợp."),
            "difficulties_text": self.tr("Khó khăn, vướng mắc chung của cơ quan (khó khăn của từng nhiệm vụ được lấy "
                                         "từ phần nhập tiến độ)."),
            "proposals_text": self.tr("Đề xuất, kiến nghị chung của cơ quan."),
            "next_period_text": self.tr("Nhiệm vụ trọng tâm kỳ tới (các nhiệm vụ đến hạn được liệt kê tự động)."),
        }
        titles = {"results_text": self.tr("I. Kết quả"), "difficulties_text": self.tr("II. Khó khăn"),
                  "proposals_text": self.tr("III. Đề xuất"), "next_period_text": self.tr("IV. Kỳ tới")}
        for name in TEXTS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(hints[name])
            edit.setAccessibleName(titles[name])
            edit.textChanged.connect(self._changed)
            self.texts[name] = edit
            self.tabs.addTab(edit, titles[name])
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận; dòng \"Lưu: VT\" được thêm tự động."))
        self.recipients.setAccessibleName(self.tr("Nơi nhận"))
        self.recipients.textChanged.connect(self._changed)
        self.tabs.addTab(self.recipients, self.tr("Nơi nhận"))

        self.number = QLineEdit()
        self.number.setMaximumWidth(170)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("ngày lập (để trống: hôm nay)"))
        self.date.setMaximumWidth(200)
        for edit in (self.number, self.date):
            edit.textEdited.connect(self._changed)
            edit.editingFinished.connect(self.flush)
        number_label = QLabel(self.tr("Số bá&o cáo:"))
        number_label.setBuddy(self.number)
        date_label = QLabel(self.tr("Ngà&y:"))
        date_label.setBuddy(self.date)
        row = QHBoxLayout()
        row.addWidget(number_label)
        row.addWidget(self.number)
        row.addSpacing(12)
        row.addWidget(date_label)
        row.addWidget(self.date)
        row.addStretch(1)
        self.error = plain_label()
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.state = plain_label(wrap=False)
        self.state.setStyleSheet("color: #616161;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.state)

    # --- loading -------------------------------------------------------------------------
    def load(self, draft: ReportDraft | None, prefix: str, next_number: str) -> None:
        """Show ``draft`` (None: no plan yet, the form is disabled)."""
        self._timer.stop()
        self._loading = True
        try:
            self.draft, self.prefix = draft, prefix
            for name, edit in self.texts.items():
                edit.setPlainText(getattr(draft, name) if draft else "")
            self.recipients.setPlainText("\n".join(draft.recipients) if draft else "")
            self.number.setText(draft.number if draft else "")
            self.number.setPlaceholderText(self.tr("tự động: {0}").format(next_number) if next_number else "")
            self.date.setText(f"{draft.date:%d/%m/%Y}" if draft and draft.date else "")
        finally:
            self._loading = False
        self._dirty = False
        self._show_error("")
        self.state.setText("")
        self.setEnabled(draft is not None)

    # --- saving --------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self.draft is None:
            return
        self._dirty = True
        self.state.setText(self.tr("Đang soạn…"))
        self._timer.start()

    def current(self) -> tuple[ReportDraft | None, str]:
        """The draft as typed, and the message about a number or date that cannot be used
        (those keep their last good value)."""
        if self.draft is None:
            return None, ""
        problems = []
        number = self.number.text().strip()
        try:
            if number:
                number = parse_report_number(number, self.prefix)[0]
        except InputError as exc:
            problems.append(exc.message)
            number = self.draft.number
        try:
            day = parse_user_date(self.date.text().strip(), "Ngày báo cáo")
        except InputError as exc:
            problems.append(exc.message)
            day = self.draft.date
        values = {name: edit.toPlainText() for name, edit in self.texts.items()}
        recipients = [line for line in self.recipients.toPlainText().splitlines() if line.strip()]
        return dataclasses.replace(self.draft, recipients=recipients, number=number, date=day, **values), \
            " ".join(problems)

    def flush(self) -> bool:
        """Save what was typed (if anything); False when a number or date is wrong."""
        self._timer.stop()
        draft, problem = self.current()
        self._show_error(problem)
        if draft is not None and self._dirty:
            self._dirty = False
            self.save_requested.emit(draft)
        return not problem

    def saved(self, draft: ReportDraft) -> None:
        """The database kept ``draft`` (normalised): the next save starts from it."""
        if self.draft is not None and draft.period == self.draft.period and draft.plan_id == self.draft.plan_id:
            self.draft = draft
            self.state.setText(self.tr("Đã lưu bản nháp"))

    def failed(self, message: str) -> None:
        self._dirty = True
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
