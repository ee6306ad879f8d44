"""Choosing the reporting period every screen shows: a kind (month, quarter…) and a period of
that kind, from the reporting schedule, plus ad-hoc (đột xuất) reports ending on a chosen day."""

from __future__ import annotations

import datetime as dt

from kh57desk.domain import periods as reporting_periods
from kh57desk.domain.dates import parse_user_date
from kh57desk.errors import InputError
from kh57desk.ui import labels
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import QComboBox, QHBoxLayout, QInputDialog, QLabel, Qt, QWidget

KIND_ORDER = (reporting_periods.MONTHLY, reporting_periods.QUARTERLY, reporting_periods.HALF_YEAR, reporting_periods.YEARLY, reporting_periods.CUSTOM, reporting_periods.AD_HOC)


class PeriodBar(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Kỳ báo cáo:"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Loại kỳ báo cáo"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Kỳ báo cáo"))
        self.period.setMinimumContentsLength(16)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setBuddy(self.kind)
        layout.addWidget(label)
        layout.addWidget(self.kind)
        layout.addWidget(self.period)
        self._ad_hoc: list[reporting_periods.Period] = []
        self._updating = False
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        context.settings_changed.connect(lambda _s: self.reload())
        context.period_changed.connect(self._show_period)
        self.reload()

    def _kinds(self) -> list[str]:
        kinds = [k for k in KIND_ORDER if k in self.context.schedule.kinds]
        if reporting_periods.CUSTOM in kinds and not self.context.schedule.fixed_dates:
            kinds.remove(reporting_periods.CUSTOM)
        return kinds + [reporting_periods.AD_HOC]

    def periods_of(self, kind: str) -> list[reporting_periods.Period]:
        if kind == reporting_periods.AD_HOC:
            current = self.context.period
            extra = [current] if current.kind == reporting_periods.AD_HOC and current not in self._ad_hoc else []
            return sorted(self._ad_hoc + extra, key=lambda p: p.end)
        year = self.context.today().year
        result: list[reporting_periods.Period] = []
        for y in (year - 1, year, year + 1):
            result.extend(reporting_periods.periods_in_year(y, kind, self.context.schedule.fixed_dates))
        return result

    def reload(self) -> None:
        self._updating = True
        self.kind.clear()
        for kind in self._kinds():
            self.kind.addItem(labels.kind_short_label(kind), kind)
        self._updating = False
        self._show_period(self.context.period)

    def _show_period(self, period: reporting_periods.Period) -> None:
        self._updating = True
        kind_index = self.kind.findData(period.kind)
        if kind_index < 0:
            self.kind.addItem(labels.kind_short_label(period.kind), period.kind)
            kind_index = self.kind.count() - 1
        self.kind.setCurrentIndex(kind_index)
        self._fill_periods(period.kind, period)
        self._updating = False
        self.period.setToolTip(labels.window_text(period))

    def _fill_periods(self, kind: str, selected: reporting_periods.Period | None) -> None:
        self.period.clear()
        for period in self.periods_of(kind):
            self.period.addItem(labels.period_label(period), period.id)
            self.period.setItemData(self.period.count() - 1, labels.window_text(period), Qt.ItemDataRole.ToolTipRole)
        if kind == reporting_periods.AD_HOC:
            self.period.addItem(self.tr("Chọn ngày kết thúc…"), "")
        if selected is not None:
            index = self.period.findData(selected.id)
            if index >= 0:
                self.period.setCurrentIndex(index)

    def _kind_changed(self, _index: int) -> None:
        if self._updating:
            return
        kind = self.kind.currentData()
        today = self.context.today()
        self._updating = True
        if kind == reporting_periods.AD_HOC:
            self._fill_periods(kind, None)
            self._updating = False
            if self.period.currentData() == "":
                self._ask_ad_hoc()
            else:
                self._period_changed(self.period.currentIndex())
            return
        periods = self.periods_of(kind)
        chosen = next((p for p in periods if p.contains(today)), None) or periods[-1]
        self._fill_periods(kind, chosen)
        self._updating = False
        self.context.set_period(chosen)

    def _period_changed(self, _index: int) -> None:
        if self._updating:
            return
        period_id = self.period.currentData()
        if period_id == "":
            self._ask_ad_hoc()
            return
        kind = self.kind.currentData()
        for period in self.periods_of(kind):
            if period.id == period_id:
                self.context.set_period(period)
                return

    def _ask_ad_hoc(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Kỳ báo cáo đột xuất"))
        dialog.setLabelText(self.tr("Số liệu tính đến ngày (ngày/tháng/năm), ví dụ 15/6/2025:"))
        dialog.setTextValue(f"{self.context.today():%d/%m/%Y}")
        dialog.setOkButtonText(self.tr("Chọn"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        text = dialog.textValue()
        if ok:
            try:
                end = parse_user_date(text, self.tr("Ngày"))
                if end is None:
                    raise InputError(self.tr("Chưa nhập ngày."))
                period = reporting_periods.ad_hoc(end, dt.date(end.year, 1, 1))
            except InputError as exc:
                self.context.show_error(self, exc.message)
            else:
                if period not in self._ad_hoc:
                    self._ad_hoc.append(period)
                self.context.set_period(period)
                self._show_period(period)
                return
        self._show_period(self.context.period)
