"""The progress entry form: it saves on its own.

A field is saved shortly after the user stops typing (debounce) and at once when the focus
leaves it, so closing or killing the program loses at most the field being typed. Values are
checked with ``services.progress.validate`` before anything is sent; a bad value stays on
screen with its message and is not saved.
"""

from __future__ import annotations

from kh57desk.domain import status as S
from kh57desk.domain.dates import parse_user_date
from kh57desk.errors import InputError
from kh57desk.services.progress import validate
from kh57desk.ui import labels as L
from kh57desk.ui.qt import (QComboBox, QEvent, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QObject, QPlainTextEdit,
                            QSpinBox, QTimer, QWidget, Signal, plain_label)

SAVE_DELAY_MS = 700
DATE_FIELDS = ("completed_on", "output_doc_date")
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

        self.state = QComboBox()
        for code in S.STATES:
            self.state.addItem(L.state_label(code), code)
        self.percent = QSpinBox()
        self.percent.setRange(-1, 100)
        self.percent.setSpecialValueText(self.tr("Chưa nhập"))
        self.percent.setSuffix(" %")
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
        for date_edit in (self.completed_on, self.output_doc_date):
            date_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + 24)
            date_edit.setMaximumWidth(140)
        self.percent.setMaximumWidth(110)

        self.fields: dict[str, QWidget] = {
            "state": self.state, "percent": self.percent, "completed_on": self.completed_on, "result": self.result,
            "output_doc_number": self.output_doc_number, "output_doc_date": self.output_doc_date,
            "difficulties": self.difficulties, "proposals": self.proposals}

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow panel: labels go above
        form.addRow(self._buddy(self.tr("T&ình trạng:"), self.state), self.state)
        second = QHBoxLayout()
        second.addWidget(self.percent)
        completed_label = QLabel(self.tr("&Ngày hoàn thành:"))
        completed_label.setBuddy(self.completed_on)
        second.addSpacing(12)
        second.addWidget(completed_label)
        second.addWidget(self.completed_on)
        second.addStretch(1)
        form.addRow(self._buddy(self.tr("Tỷ &lệ hoàn thành:"), self.percent), second)
        form.addRow(self._buddy(self.tr("K&ết quả:"), self.result), self.result)
        form.addRow(self._buddy(self.tr("&Văn bản, sản phẩm:"), self.output_doc_number), self.output_doc_number)
        doc = QHBoxLayout()
        doc.addWidget(self.output_doc_date)
        doc.addStretch(1)
        form.addRow(self._buddy(self.tr("Ngà&y văn bản:"), self.output_doc_date), doc)
        form.addRow(self._buddy(self.tr("Khó khăn, vướng &mắc:"), self.difficulties), self.difficulties)
        form.addRow(self._buddy(self.tr("Đề x&uất, kiến nghị:"), self.proposals), self.proposals)
        self.error_label = plain_label()
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        form.addRow(self.error_label)

        order = [self.state, self.percent, self.completed_on, self.result, self.output_doc_number,
                 self.output_doc_date, self.difficulties, self.proposals]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self.state.currentIndexChanged.connect(lambda _i: self._changed("state", immediate=True))
        self.percent.valueChanged.connect(lambda _v: self._changed("percent"))
        for name in ("completed_on", "output_doc_number", "output_doc_date"):
            edit: QLineEdit = self.fields[name]
            edit.textEdited.connect(lambda _t, n=name: self._changed(n))
            edit.editingFinished.connect(lambda: self.flush(final=True))
        for name in TEXT_AREAS:
            self.fields[name].textChanged.connect(lambda n=name: self._changed(n))
        for widget in self.fields.values():
            widget.installEventFilter(self)

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
        if name == "percent":
            value = self.percent.value()
            return None if value < 0 else value
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def preview(self) -> dict:
        """The values on screen, dates parsed where they are complete (for the live status)."""
        values = {"state": self.raw("state"), "percent": self.raw("percent"), "completed_on": None}
        try:
            values["completed_on"] = parse_user_date(self.raw("completed_on"))
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
            index = self.state.findData(value or S.NOT_STARTED)
            self.state.setCurrentIndex(max(index, 0))
        elif name == "percent":
            self.percent.setValue(-1 if value is None else int(value))
        elif name in DATE_FIELDS:
            widget.setText(L.date_text(value))
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
            for name in ("state", "percent", "completed_on", "output_doc_date"):
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
                changes.update(validate({name: value}))
            except InputError as exc:
                if final or name not in DATE_FIELDS:
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
        if self._errors:
            self.error_label.setText("\n".join(self._errors.values()))
            self.error_label.show()
        else:
            self.error_label.hide()

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
