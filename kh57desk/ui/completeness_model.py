"""Completeness of reporting at the coordinator as a table: which agencies reported for the
period, on time or late, which have not, and their tasks done and overdue. Sorting on real
values; a proxy shows one reporting state or all."""

from __future__ import annotations

from kh57desk.coordinator.completeness import LATE, MISSING, ON_TIME, AgencyStatus
from kh57desk.domain import status as task_status
from kh57desk.domain.text import vietnamese_sort_text
from kh57desk.ui import labels
from kh57desk.app.sync import local_time
from kh57desk.ui.qt import QT_TRANSLATE_NOOP, QColor, QCoreApplication, Qt
from kh57desk.ui.row_model import RowFilter, RowTableModel

AGENCY, LEAD, COORDINATE, REPORT, SENT_AT, SIGNED_BY, DONE, OVERDUE = range(8)
HEADERS = (QT_TRANSLATE_NOOP("CompletenessModel", "Cơ quan"), QT_TRANSLATE_NOOP("CompletenessModel", "Chủ trì"),
           QT_TRANSLATE_NOOP("CompletenessModel", "Phối hợp"), QT_TRANSLATE_NOOP("CompletenessModel", "Báo cáo"),
           QT_TRANSLATE_NOOP("CompletenessModel", "Thời điểm lập gói"),
           QT_TRANSLATE_NOOP("CompletenessModel", "Người ký"), QT_TRANSLATE_NOOP("CompletenessModel", "Hoàn thành"),
           QT_TRANSLATE_NOOP("CompletenessModel", "Quá hạn"))
REPORT_STATES = {ON_TIME: QT_TRANSLATE_NOOP("CompletenessModel", "Đã báo cáo đúng hạn"),
                 LATE: QT_TRANSLATE_NOOP("CompletenessModel", "Báo cáo muộn"),
                 MISSING: QT_TRANSLATE_NOOP("CompletenessModel", "Chưa báo cáo")}
REPORT_COLORS = {ON_TIME: "#2e7d32", LATE: "#e65100", MISSING: "#c62828"}
RECEIVED = {ON_TIME: QT_TRANSLATE_NOOP("CompletenessModel", "Đã nhận {0} (đúng hạn)"),
            LATE: QT_TRANSLATE_NOOP("CompletenessModel", "Đã nhận {0} (muộn)")}
VERDICTS = {"accepted": QT_TRANSLATE_NOOP("CompletenessModel", "Đã chấp nhận {0}"),
            "returned": QT_TRANSLATE_NOOP("CompletenessModel", "Trả lại {0}"),
            "reopened": QT_TRANSLATE_NOOP("CompletenessModel", "Mở lại {0}")}
SELF_ASSIGNED = QT_TRANSLATE_NOOP("CompletenessModel", "{0} ({1} tự nhận)")
SELF_ASSIGNED_TIP = QT_TRANSLATE_NOOP("CompletenessModel",
                                      "{0} nhiệm vụ do cơ quan tự nhận thực hiện (kế hoạch chưa giao)")
SORT_ROLE = RowTableModel.SORT_ROLE


def _t(text: str) -> str:
    return QCoreApplication.translate("CompletenessModel", text)


def report_state_label(state: str) -> str:
    return _t(REPORT_STATES[state])


def review_text(row: AgencyStatus) -> str:
    """chưa báo cáo / đã nhận <ngày> (đúng hạn, muộn) / trả lại, đã chấp nhận, mở lại <ngày>."""
    if row.verdict in VERDICTS and row.verdict_at is not None:
        return _t(VERDICTS[row.verdict]).format(labels.date_text(row.verdict_at.date()))
    if row.report_state in RECEIVED and row.received_on is not None:
        return _t(RECEIVED[row.report_state]).format(labels.date_text(row.received_on))
    return report_state_label(row.report_state)


def lead_text(row: AgencyStatus) -> str:
    """The tasks it leads; those it adopted itself ("Nhận thực hiện") are named apart."""
    if row.self_assigned:
        return _t(SELF_ASSIGNED).format(row.lead, row.self_assigned)
    return str(row.lead)


def done(status: AgencyStatus) -> int:
    return status.counts[task_status.DONE_ON_TIME] + status.counts[task_status.DONE_LATE]


class CompletenessModel(RowTableModel):
    CONTEXT = "CompletenessModel"
    HEADERS = HEADERS

    def other_data(self, row, column: int, role):
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == REPORT:
                return QColor(REPORT_COLORS[row.report_state])
            if column == OVERDUE and row.overdue:
                return QColor(labels.STATUS_COLORS[task_status.OVERDUE])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LEAD, COORDINATE, DONE, OVERDUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == LEAD and row.self_assigned:
            return _t(SELF_ASSIGNED_TIP).format(row.self_assigned)
        if role == Qt.ItemDataRole.ToolTipRole and column == AGENCY:
            return "\n".join(f"{labels.status_label(code)}: {n}" for code, n in row.counts.items() if n) or None
        return None

    @staticmethod
    def text(row: AgencyStatus, column: int) -> str:
        values = {AGENCY: row.agency, LEAD: lead_text(row), COORDINATE: str(row.coordinate),
                  REPORT: review_text(row),
                  SENT_AT: labels.datetime_text(local_time(row.reported_at)),
                  SIGNED_BY: row.signed_by, DONE: str(done(row)), OVERDUE: str(row.overdue)}
        return values[column]

    @staticmethod
    def sort_value(row: AgencyStatus, column: int):
        numbers = {AGENCY: vietnamese_sort_text(row.agency), SIGNED_BY: vietnamese_sort_text(row.signed_by),
                   LEAD: row.lead, COORDINATE: row.coordinate, DONE: done(row), OVERDUE: row.overdue,
                   REPORT: (ON_TIME, LATE, MISSING).index(row.report_state),
                   SENT_AT: row.reported_at.timestamp() if row.reported_at else 0.0}
        return numbers.get(column, CompletenessModel.text(row, column))


class CompletenessFilter(RowFilter):
    """All agencies, or those in one reporting state."""

    def __init__(self, parent=None):
        super().__init__(SORT_ROLE, parent)

    @staticmethod
    def key(row: AgencyStatus) -> str:
        return row.report_state

    set_state = RowFilter.set_value
