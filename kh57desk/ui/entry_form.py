"""The form of one progress update (its date and what it says): it saves on its own.

A field is saved shortly after the user stops typing (debounce) and at once when the focus
leaves it, so closing or killing the program loses at most the field being typed. Values are
checked with ``services.progress.validate`` (and the journal's date rules) before anything is
sent; a bad value stays on screen with its message under the field and is not saved. The
percentage is typed as text, so 120 is refused with a message instead of becoming 12.
"""

from __future__ import annotations

import datetime as dt

from kh57desk.domain import journal
from kh57desk.domain import status as task_status
from kh57desk.domain.dates import parse_user_date
from kh57desk.errors import InputError
from kh57desk.services.progress import parse_percent, validate
from kh57desk.ui import labels
from kh57desk.ui.qt import (QComboBox, QEvent, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QObject, QPlainTextEdit,
                            QTimer, QVBoxLayout, QWidget, Signal, plain_label)

SAVE_DELAY_MS = 700
DATE_FIELDS = ("completed_on", "output_doc_date")
WAIT_WHILE_TYPING = ("on", "percent", *DATE_FIELDS)  # checked when complete (focus left, Enter, a pause)
LINE_FIELDS = ("on", "percent", "completed_on", "output_doc_number", "output_doc_date")
TEXT_AREAS = ("result", "difficulties", "proposals")
_ERROR_STYLE = "border: 1px solid #c62828;"


class EntryForm(QWidget):
    edited = Signal()             # the user changed a value (the live status follows)
    save_requested = Signal(dict)  # checked values to save

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._pending: dict[str, object] = {}
        self._errors: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(lambda: self.flush(final=False))

        self.on = QLineEdit()
        self.on.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.state = QComboBox()
        for code in task_status.STATES:
            self.state.addItem(labels.state_label(code), code)
        self.percent = QLineEdit()
        self.percent.setPlaceholderText(self.tr("0–100"))
        self.completed_on = QLineEdit()
        self.completed_on.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.result = QPlainTextEdit()
        self.result.setPlaceholderText(self.tr("Kết quả thực hiện trong kỳ: việc đã làm, số liệu, sản phẩm…"))
        self.output_doc_number = QLineEdit()
        self.output_doc_number.setPlaceholderText(self.tr("Ví dụ: Kế hoạch số 123/KH-SYT"))
        self.output_doc_date = QLineEdit()
        self.output_doc_date.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.difficulties = QPlainTextEdit()
        self.proposals = QPlainTextEdit()
        line = self.fontMetrics().lineSpacing()
        for area in (self.result, self.difficulties, self.proposals):
            area.setTabChangesFocus(True)
            area.setMinimumHeight(line * 3 + 12)
            area.setMaximumHeight(line * 4 + 12)
        self.result.setMaximumHeight(line * 7 + 12)
        for date_edit in (self.on, self.completed_on, self.output_doc_date):
            date_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + 24)
            date_edit.setMaximumWidth(140)
        self.percent.setMaximumWidth(110)

        self.fields: dict[str, QWidget] = {
            "on": self.on, "state": self.state, "percent": self.percent, "completed_on": self.completed_on, "result": self.result,
            "output_doc_number": self.output_doc_number, "output_doc_date": self.output_doc_date,
            "difficulties": self.difficulties, "proposals": self.proposals}

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow panel: labels go above
        self.field_errors: dict[str, QLabel] = {}
        form.addRow(self._buddy(self.tr("Ngày cậ&p nhật:"), self.on), self._with_error("on", self.on))
        form.addRow(self._buddy(self.tr("T&ình trạng:"), self.state), self.state)
        form.addRow(self._buddy(self.tr("Tỷ &lệ hoàn thành (%):"), self.percent), self._with_error("percent", self.percent))
        form.addRow(self._buddy(self.tr("&Ngày hoàn thành:"), self.completed_on),
                    self._with_error("completed_on", self.completed_on))  # own row: a narrow panel never cuts it
        form.addRow(self._buddy(self.tr("K&ết quả:"), self.result), self.result)
        form.addRow(self._buddy(self.tr("&Văn bản, sản phẩm:"), self.output_doc_number),
                    self._with_error("output_doc_number", self.output_doc_number))
        doc = QHBoxLayout()
        doc.addWidget(self._with_error("output_doc_date", self.output_doc_date))
        doc.addStretch(1)
        form.addRow(self._buddy(self.tr("Ngà&y văn bản:"), self.output_doc_date), doc)
        form.addRow(self._buddy(self.tr("Khó khăn, vướng &mắc:"), self.difficulties), self.difficulties)
        form.addRow(self._buddy(self.tr("Đề x&uất, kiến nghị:"), self.proposals), self.proposals)
        self.error_label = plain_label()
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        form.addRow(self.error_label)

        order = [self.on, self.state, self.percent, self.completed_on, self.result, self.output_doc_number,
                 self.output_doc_date, self.difficulties, self.proposals]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self.state.currentIndexChanged.connect(lambda _i: self._changed("state", immediate=True))
        for name in LINE_FIELDS:
            edit: QLineEdit = self.fields[name]
            edit.textEdited.connect(lambda _t, n=name: self._changed(n))
            edit.editingFinished.connect(lambda: self.flush(final=True))
        for name in TEXT_AREAS:
            self.fields[name].textChanged.connect(lambda n=name: self._changed(n))
        for widget in self.fields.values():
            widget.installEventFilter(self)

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        """The field with its own error line under it (hidden while the value is good)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = plain_label()
        error.setStyleSheet("color: #c62828;")
        error.hide()
        column.addWidget(error)
        self.field_errors[name] = error
        return box

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # --- values -----------------------------------------------------------------------
    def raw(self, name: str):
        widget = self.fields[name]
        if name == "state":
            return self.state.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def preview(self) -> dict:
        """The values on screen, dates parsed where they are complete (for the live status)."""
        values = {"state": self.raw("state"), "percent": None, "completed_on": None, "on": None}
        for name, parse in (("percent", parse_percent), ("completed_on", parse_user_date), ("on", parse_user_date)):
            try:
                values[name] = parse(self.raw(name))
            except InputError:
                pass
        return values

    def load(self, values: dict) -> None:
        """Show saved values (a new task or period); nothing is pending afterwards."""
        self._timer.stop()
        self._pending.clear()
        self._errors.clear()
        self._loading = True
        try:
            for name in self.fields:
                self._set(name, values.get(name))
        finally:
            self._loading = False
        self._show_errors()

    def _set(self, name: str, value) -> None:
        widget = self.fields[name]
        if name == "state":
            index = self.state.findData(value or task_status.NOT_STARTED)
            self.state.setCurrentIndex(max(index, 0))
        elif name == "percent":
            widget.setText("" if value is None else str(value))
        elif name in (*DATE_FIELDS, "on"):
            widget.setText(labels.date_text(value))
        elif isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        else:
            widget.setText(value or "")

    def apply_saved(self, values: dict) -> None:
        """After a save, show what the database now holds (the service may have set the state
        or the percentage) without touching a field the user is still editing."""
        self._loading = True
        try:
            for name in ("on", "state", "percent", "completed_on", "output_doc_date"):
                widget = self.fields[name]
                if name in self._pending or name in self._errors or widget.hasFocus():
                    continue
                self._set(name, values.get(name))
        finally:
            self._loading = False

    # --- saving -------------------------------------------------------------------------
    @property
    def pending(self) -> dict:
        return dict(self._pending)

    def _changed(self, name: str, immediate: bool = False) -> None:
        if self._loading:
            return
        self._pending[name] = self.raw(name)
        self.edited.emit()
        if immediate:
            self.flush(final=True)
        else:
            self._timer.start()

    def flush(self, final: bool = True) -> bool:
        """Send the pending values that are valid. ``final`` (focus left, Enter, another task)
        also reports invalid ones; while typing, a date not yet complete just waits."""
        self._timer.stop()
        if not self._pending:
            return False
        changes: dict = {}
        for name, value in list(self._pending.items()):
            try:
                changes.update(check_field(name, value))
            except InputError as exc:
                if final or name not in WAIT_WHILE_TYPING:
                    self._errors[name] = exc.message
                continue
            self._errors.pop(name, None)
            del self._pending[name]
        if final:
            for name in list(self._pending):
                if name not in self._errors:
                    continue
                del self._pending[name]  # stays on screen, marked; re-sent once corrected
        self._show_errors()
        if changes:
            self.save_requested.emit(changes)
        return bool(changes)

    def discard_pending(self) -> None:
        self._timer.stop()
        self._pending.clear()

    def _show_errors(self) -> None:
        for name, widget in self.fields.items():
            widget.setStyleSheet(_ERROR_STYLE if name in self._errors else "")
        for name, label in self.field_errors.items():
            label.setText(self._errors.get(name, ""))
            label.setVisible(name in self._errors)
        others = [message for name, message in self._errors.items() if name not in self.field_errors]
        self.error_label.setText("\n".join(others))
        self.error_label.setVisible(bool(others))

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    def set_editable(self, editable: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush(final=True)
        return False


def check_field(name: str, value) -> dict:
    """One field checked as the service will check it; the date of the update also against the
    journal's rules (not in the future, not before 2000)."""
    if name != "on":
        return validate({name: value})
    day = parse_user_date(value, "Ngày cập nhật")
    if day is None:
        raise InputError("Chưa nhập ngày cập nhật.")
    problem = journal.check_update_dates(day, None, dt.date.today()).error
    if problem:
        raise InputError(problem)
    return {"on": day}
