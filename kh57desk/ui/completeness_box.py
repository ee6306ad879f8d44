"""The coordinator's Tổng quan: how many agencies reported for the selected period (on time,
late, not yet) and which have the most overdue tasks. Each figure opens Đồng bộ on that list."""

from __future__ import annotations

from kh57desk.coordinator.completeness import LATE, MISSING, ON_TIME, Completeness
from kh57desk.domain import status as task_status
from kh57desk.ui import labels
from kh57desk.app import sync as sync_ops
from kh57desk.ui.completeness_model import REPORT_COLORS, report_state_label
from kh57desk.ui.context import AppContext
from kh57desk.ui.figure_button import FigureButton
from kh57desk.ui.qt import (QGroupBox, QHBoxLayout, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Signal,
                            plain_label)
from kh57desk.ui.refresh import Refresher

SYNC_PAGE = "sync"


class CompletenessBox(QGroupBox):
    loaded = Signal()  # the figures of the current period are shown

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.data: Completeness | None = None
        self.setTitle(self.tr("Tình hình gửi báo cáo của các cơ quan"))
        self.refresher = Refresher(self, lambda: context.worker, self._query, self._loaded, "completeness")
        self.subtitle = plain_label()
        self.figures = {state: FigureButton(caption, REPORT_COLORS[state]) for state, caption in (
            (ON_TIME, self.tr("Báo cáo đúng hạn")), (LATE, self.tr("Báo cáo muộn")),
            (MISSING, self.tr("Chưa báo cáo")))}
        row = QHBoxLayout()
        for state, button in self.figures.items():
            button.clicked.connect(lambda _c=False, s=state: context.navigate.emit(SYNC_PAGE, s))
            row.addWidget(button)
        self.most_overdue = QTreeWidget()
        self.most_overdue.setHeaderLabels([self.tr("Cơ quan có nhiều nhiệm vụ quá hạn nhất"), self.tr("Quá hạn"),
                                           self.tr("Báo cáo")])
        self.most_overdue.setRootIsDecorated(False)
        self.most_overdue.setColumnWidth(0, 420)
        self.most_overdue.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subtitle)
        layout.addLayout(row)
        layout.addWidget(self.most_overdue)
        for signal in (context.period_changed, context.reports_changed, context.tasks_changed):
            signal.connect(self.refresher.mark_stale)

    def activate(self) -> None:
        self.refresher.activate()

    def _query(self):
        period, today = self.context.period, self.context.today()
        return lambda session: sync_ops.completeness(session, period, today)

    def _loaded(self, data: Completeness) -> None:
        self.data = data
        self.subtitle.setText(self.tr("{0}: {1} cơ quan phải báo cáo, hạn gửi {2}.").format(
            labels.period_label(data.period), len(data.agencies), labels.date_text(data.due)))
        for state, button in self.figures.items():
            button.set_value(len(data.by_state(state)))
        self.most_overdue.clear()
        for agency in data.most_overdue(5):
            self.most_overdue.addTopLevelItem(QTreeWidgetItem([agency.agency, str(agency.overdue),
                                                               report_state_label(agency.report_state)]))
        if not data.most_overdue(1):
            self.most_overdue.addTopLevelItem(QTreeWidgetItem([self.tr("Không cơ quan nào có nhiệm vụ quá hạn."),
                                                               "", ""]))
        self.setToolTip(self.tr("Nhiệm vụ quá hạn của các cơ quan: {0}").format(data.totals[task_status.OVERDUE]))
        self.loaded.emit()
