"""The report register as a table: period, number, date, version, kind, files, signature, sent
(with Sở KH&CN's latest word on the period's report: received, accepted, returned with its reason).
Sorting uses real values (dates, numbers) through ``SORT_ROLE``; a proxy shows one period or all."""

from __future__ import annotations

from kh57desk.ui import labels
from kh57desk.ui.qt import QT_TRANSLATE_NOOP, QColor, QCoreApplication, Qt
from kh57desk.app.reports import RegisterRow
from kh57desk.ui.row_model import RowFilter, RowTableModel

PERIOD, NUMBER, DATE, VERSION, KIND, FILES, SIGNATURE, SENT = range(8)
HEADERS = (QT_TRANSLATE_NOOP("RegisterModel", "Kỳ"), QT_TRANSLATE_NOOP("RegisterModel", "Số"),
           QT_TRANSLATE_NOOP("RegisterModel", "Ngày"), QT_TRANSLATE_NOOP("RegisterModel", "Lần"),
           QT_TRANSLATE_NOOP("RegisterModel", "Loại"), QT_TRANSLATE_NOOP("RegisterModel", "Tệp"),
           QT_TRANSLATE_NOOP("RegisterModel", "Chữ ký số"), QT_TRANSLATE_NOOP("RegisterModel", "Gửi"))
SORT_ROLE = RowTableModel.SORT_ROLE
ID_ROLE = Qt.ItemDataRole.UserRole
SIGNED_COLOR, MISSING_COLOR, SENT_COLOR = "#2e7d32", "#c62828", "#1565c0"


def _t(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


class RegisterModel(RowTableModel):
    CONTEXT = "RegisterModel"
    HEADERS = HEADERS

    def row_of(self, report_id: int) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == report_id), -1)

    def other_data(self, row, column: int, role):
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SIGNATURE and row.info.signed:
                return QColor(SIGNED_COLOR)
            if column == FILES and row.missing_files:
                return QColor(MISSING_COLOR)
            if column == SENT and row.info.submitted:
                return QColor(SENT_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (FILES, SIGNATURE):
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == SENT and row.verdicts:
            return "\n".join(row.verdicts)  # every verdict with the task notes
        return None

    @staticmethod
    def text(row: RegisterRow, column: int) -> str:
        info = row.info
        if column == PERIOD:
            return info.period
        if column == NUMBER:
            return info.number
        if column == DATE:
            return labels.date_text(info.issued_on)
        if column == VERSION:
            return str(info.version)
        if column == KIND:
            return _t("Tổng hợp") if row.consolidated else _t("Báo cáo")
        if column == FILES:
            names = ", ".join({"pdf": "PDF", "xlsx": "Excel"}.get(f.format, f.format) for f in info.files)
            return names + (_t(" (mất tệp)") if row.missing_files else "")
        if column == SIGNATURE:
            if not info.signed:
                return _t("Chưa ký")
            level = f", {row.level}" if row.level else ""
            return _t("Đã ký — {0}{1}").format(info.signer, level)
        if column == SENT:
            if not info.submitted:
                sent = _t("Chưa gửi")
            else:
                sent = _t("Đã gửi {0}").format(labels.date_text(info.submitted_on)) if info.submitted_on else _t("Đã gửi")
            return f"{sent} — {row.verdict}" if row.verdict else sent
        return ""

    @staticmethod
    def sort_value(row: RegisterRow, column: int):
        info = row.info
        if column == DATE:
            return info.issued_on.toordinal() if info.issued_on else 0
        if column == VERSION:
            return info.version
        if column == NUMBER:
            head = info.number.split("/", 1)[0]
            return int(head) if head.isdigit() else 0
        if column == SIGNATURE:
            return int(info.signed)
        if column == SENT:
            return info.submitted_on.toordinal() if info.submitted_on else int(info.submitted)
        return RegisterModel.text(row, column)

    @staticmethod
    def tooltip(row: RegisterRow, column: int) -> str:
        if column == FILES:
            lines = [str(f.path) + ("" if f.exists else _t(" — không còn tệp")) for f in row.info.files]
            return "\n".join(lines)
        lines = [str(f.path) for f in row.signed_files]
        if row.signed_at:
            lines.insert(0, _t("Thời gian ký: {0}").format(row.signed_at))
        return "\n".join(lines)


class RegisterFilter(RowFilter):
    """All reports, or those of one period."""

    def __init__(self, parent=None):
        super().__init__(SORT_ROLE, parent)

    @staticmethod
    def key(row: RegisterRow) -> str:
        return row.info.period

    set_period = RowFilter.set_value
