"""Translated labels for the codes the core uses (statuses, states, roles, periods, windows).

The Vietnamese texts are the same as the core's labels; they are repeated here with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them for the English translation.
"""

from __future__ import annotations

import datetime as dt

from kh57desk.domain.roles import COORDINATE, LEAD, RELATED
from kh57desk.domain import periods as reporting_periods
from kh57desk.domain import schedule as schedules
from kh57desk.domain import status as task_status
from kh57desk.platform_win import vietnam_time
from kh57desk.services import dashboard
from kh57desk.ui.qt import QT_TRANSLATE_NOOP, QColor, QCoreApplication

_STATUS = {
    task_status.DONE_ON_TIME: QT_TRANSLATE_NOOP("Status", "Hoàn thành đúng hạn"),
    task_status.DONE_LATE: QT_TRANSLATE_NOOP("Status", "Hoàn thành quá hạn"),
    task_status.ON_TRACK: QT_TRANSLATE_NOOP("Status", "Đang thực hiện (trong hạn)"),
    task_status.OVERDUE: QT_TRANSLATE_NOOP("Status", "Quá hạn, chưa hoàn thành"),
    task_status.NOT_STARTED_STATUS: QT_TRANSLATE_NOOP("Status", "Chưa triển khai"),
    task_status.RECURRING: QT_TRANSLATE_NOOP("Status", "Thường xuyên (đang triển khai)"),
    task_status.ADJUSTMENT: QT_TRANSLATE_NOOP("Status", "Đề nghị điều chỉnh/dừng thực hiện"),
}
STATUS_COLORS = {
    task_status.DONE_ON_TIME: "#2e7d32", task_status.DONE_LATE: "#9e9d24", task_status.ON_TRACK: "#1565c0", task_status.OVERDUE: "#c62828",
    task_status.NOT_STARTED_STATUS: "#757575", task_status.RECURRING: "#00838f", task_status.ADJUSTMENT: "#6a1b9a",
}
_STATE = {
    task_status.NOT_STARTED: QT_TRANSLATE_NOOP("State", "Chưa triển khai"),
    task_status.IN_PROGRESS: QT_TRANSLATE_NOOP("State", "Đang thực hiện"),
    task_status.COMPLETED: QT_TRANSLATE_NOOP("State", "Đã hoàn thành"),
    task_status.ADJUSTMENT_PROPOSED: QT_TRANSLATE_NOOP("State", "Đề nghị điều chỉnh/dừng"),
}
_ROLE = {LEAD: QT_TRANSLATE_NOOP("Role", "Chủ trì"), COORDINATE: QT_TRANSLATE_NOOP("Role", "Phối hợp"),
         RELATED: QT_TRANSLATE_NOOP("Role", "Liên quan (chung)")}
_WINDOW = {
    dashboard.ANY_DEADLINE: QT_TRANSLATE_NOOP("Window", "Mọi thời hạn"),
    dashboard.PAST_DUE: QT_TRANSLATE_NOOP("Window", "Đã qua hạn"),
    dashboard.NEXT_7_DAYS: QT_TRANSLATE_NOOP("Window", "Hạn trong 7 ngày tới"),
    dashboard.NEXT_30_DAYS: QT_TRANSLATE_NOOP("Window", "Hạn trong 30 ngày tới"),
    dashboard.IN_PERIOD: QT_TRANSLATE_NOOP("Window", "Hạn trong kỳ báo cáo"),
    dashboard.NO_DUE_DATE: QT_TRANSLATE_NOOP("Window", "Không có hạn cụ thể"),
}
_REPORT_STATE = {
    schedules.UPCOMING: QT_TRANSLATE_NOOP("ReportState", "Sắp đến kỳ"),
    schedules.DUE: QT_TRANSLATE_NOOP("ReportState", "Đến hạn gửi"),
    schedules.LATE: QT_TRANSLATE_NOOP("ReportState", "Quá hạn gửi"),
    schedules.SUBMITTED: QT_TRANSLATE_NOOP("ReportState", "Đã gửi"),
}
_KIND = {
    reporting_periods.MONTHLY: QT_TRANSLATE_NOOP("PeriodKind", "Hằng tháng"),
    reporting_periods.QUARTERLY: QT_TRANSLATE_NOOP("PeriodKind", "Hằng quý"),
    reporting_periods.HALF_YEAR: QT_TRANSLATE_NOOP("PeriodKind", "6 tháng"),
    reporting_periods.YEARLY: QT_TRANSLATE_NOOP("PeriodKind", "Hằng năm"),
    reporting_periods.CUSTOM: QT_TRANSLATE_NOOP("PeriodKind", "Theo mốc của kế hoạch"),
    reporting_periods.AD_HOC: QT_TRANSLATE_NOOP("PeriodKind", "Đột xuất"),
}
_KIND_SHORT = {
    reporting_periods.MONTHLY: QT_TRANSLATE_NOOP("PeriodKind", "Tháng"),
    reporting_periods.QUARTERLY: QT_TRANSLATE_NOOP("PeriodKind", "Quý"),
    reporting_periods.HALF_YEAR: QT_TRANSLATE_NOOP("PeriodKind", "6 tháng"),
    reporting_periods.YEARLY: QT_TRANSLATE_NOOP("PeriodKind", "Năm"),
    reporting_periods.CUSTOM: QT_TRANSLATE_NOOP("PeriodKind", "Mốc của kế hoạch"),
    reporting_periods.AD_HOC: QT_TRANSLATE_NOOP("PeriodKind", "Đột xuất"),
}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def status_label(code: str) -> str:
    return _t("Status", _STATUS[code])


def status_color(code: str) -> QColor:
    return QColor(STATUS_COLORS[code])


def state_label(code: str) -> str:
    return _t("State", _STATE[code])


def role_label(code: str) -> str:
    return _t("Role", _ROLE[code]) if code in _ROLE else ""


def window_label(code: str) -> str:
    return _t("Window", _WINDOW[code])


def report_state_label(code: str) -> str:
    return _t("ReportState", _REPORT_STATE[code])


def kind_label(code: str) -> str:
    """``Hằng quý``: how often a schedule reports."""
    return _t("PeriodKind", _KIND[code])


def kind_short_label(code: str) -> str:
    """``Quý``: the kind of one period, for the period chooser."""
    return _t("PeriodKind", _KIND_SHORT[code])


def schedule_text(schedule: schedules.Schedule) -> str:
    """``Hằng quý; 6 tháng; trước ngày 01/06 và 15/11 hằng năm`` in the window's language."""
    parts = [kind_label(kind) for kind in schedule.kinds if kind != reporting_periods.CUSTOM]
    if schedule.fixed_dates:
        dates = QCoreApplication.translate("Schedule", " và ").join(f"{d:02d}/{m:02d}" for d, m in schedule.fixed_dates)
        parts.append(QCoreApplication.translate("Schedule", "trước ngày {0} hằng năm").format(dates))
    return "; ".join(parts) or QCoreApplication.translate("Schedule", "Chỉ báo cáo đột xuất")


def period_label(period: reporting_periods.Period) -> str:
    """``Quý II năm 2025``; the same wording as the report subject, capitalised."""
    if period.kind == reporting_periods.MONTHLY:
        return QCoreApplication.translate("Period", "Tháng {0} năm {1}").format(period.index, period.year)
    if period.kind == reporting_periods.QUARTERLY:
        return QCoreApplication.translate("Period", "Quý {0} năm {1}").format(_ROMAN[period.index], period.year)
    if period.kind == reporting_periods.HALF_YEAR:
        if period.index == 1:
            return QCoreApplication.translate("Period", "6 tháng đầu năm {0}").format(period.year)
        return QCoreApplication.translate("Period", "6 tháng cuối năm {0}").format(period.year)
    if period.kind == reporting_periods.YEARLY:
        return QCoreApplication.translate("Period", "Năm {0}").format(period.year)
    if period.kind == reporting_periods.CUSTOM:
        return QCoreApplication.translate("Period", "Kỳ {0} năm {1} (đến {2})").format(
            period.index, period.year, date_text(period.end))
    return QCoreApplication.translate("Period", "Đột xuất đến ngày {0}").format(date_text(period.end))


def window_text(period: reporting_periods.Period) -> str:
    return QCoreApplication.translate("Period", "chốt số liệu từ {0} đến {1}").format(
        date_text(period.start), date_text(period.end))


def date_text(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def datetime_text(moment: dt.datetime | None) -> str:
    return f"{moment:%d/%m/%Y %H:%M}" if moment else ""


def from_utc(moment: dt.datetime | None) -> dt.datetime | None:
    """A time the database keeps in UTC (attachments, sender keys, received packages: the
    ``utcnow`` columns) as the user's clock reads it, Vietnam time. Progress updates and verdicts
    keep the local time they were made at and are shown as they are."""
    return None if moment is None else vietnam_time(moment)


def utc_datetime_text(moment: dt.datetime | None) -> str:
    return datetime_text(from_utc(moment))


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("Size", "{0} byte").format(size)
    if size < 2**20:
        return QCoreApplication.translate("Size", "{0} KB").format(f"{size / 1024:.0f}")
    return QCoreApplication.translate("Size", "{0} MB").format(f"{size / 2**20:.1f}".replace(".", ","))
