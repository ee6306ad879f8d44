"""Tổng quan: the selected period at a glance. Every figure opens the task list filtered to it."""

from __future__ import annotations

from kh57desk.domain import status as task_status
from kh57desk.domain.roles import RELATED
from kh57desk.domain.schedule import LATE, ReportDue
from kh57desk.services import dashboard
from kh57desk.ui import labels
from kh57desk.app import progress as ops
from kh57desk.ui.context import AppContext
from kh57desk.ui.figure_button import FigureButton
from kh57desk.ui.refresh import Refresher, RefreshingPage
from kh57desk.ui.qt import (QColor, QGridLayout, QGroupBox, QHBoxLayout, QIcon, QPainter, QPixmap, QPushButton,
                            QSizePolicy, Qt, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
                            Signal, heading, plain_label, scrolling)

TASKS_PAGE = "tasks"
INDICATORS_PAGE = "indicators"
BEHIND = "behind"  # the argument that opens the targets screen on the targets behind schedule


class StatusBar(QWidget):
    """A horizontal bar split by status, in the status colours."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        total = sum(self.counts.values())
        self.setToolTip("\n".join(f"{labels.status_label(code)}: {n}" for code, n in self.counts.items() if n)
                        if total else "")
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 2, -1, -2)
        total = sum(self.counts.values())
        if not total:
            painter.fillRect(rect, QColor("#e0e0e0"))
            return
        x = rect.left()
        done = 0
        for code in task_status.STATUSES:
            count = self.counts.get(code, 0)
            if not count:
                continue
            done += count
            right = rect.left() + round(rect.width() * done / total)
            painter.fillRect(x, rect.top(), right - x, rect.height(), labels.status_color(code))
            x = right


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(color)
    return QIcon(pixmap)


class DashboardPage(QWidget, RefreshingPage):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.summary: dashboard.DashboardSummary | None = None
        self.refresher = Refresher(self, lambda: context.worker, self._query, self._loaded, "dashboard")

        self.title = heading("")
        self.subtitle = plain_label()
        self.total = FigureButton(self.tr("Nhiệm vụ trong kỳ"))
        self.done = FigureButton(self.tr("Đã hoàn thành"), labels.STATUS_COLORS[task_status.DONE_ON_TIME])
        self.overdue = FigureButton(self.tr("Quá hạn, chưa hoàn thành"), labels.STATUS_COLORS[task_status.OVERDUE])
        self.due_soon = FigureButton(self.tr("Đến hạn trong 30 ngày tới"), "#e65100")
        self.total.clicked.connect(lambda: self._open(dashboard.TaskFilter()))
        self.done.clicked.connect(lambda: self._open(dashboard.TaskFilter(
            statuses=frozenset({task_status.DONE_ON_TIME, task_status.DONE_LATE}))))
        self.overdue.clicked.connect(lambda: self._open(dashboard.OVERDUE_FILTER))
        self.due_soon.clicked.connect(lambda: self._open(dashboard.DUE_SOON_FILTER))
        self.related = QPushButton()  # liên quan (chung): not in the figures, one click away
        self.related.setFlat(True)
        self.related.setCursor(Qt.CursorShape.PointingHandCursor)
        self.related.setStyleSheet("text-align: left; padding: 0px; color: palette(link);")
        self.related.setToolTip(self.tr("Nhiệm vụ kế hoạch chỉ giao chung cho \"đơn vị liên quan\": không phải việc "
                                        "giao đích danh cho cơ quan, không tính vào số liệu"))
        self.related.clicked.connect(lambda: self._open(dashboard.TaskFilter(role=RELATED)))
        self.related.hide()
        self.targets = FigureButton(self.tr("Chỉ tiêu chậm tiến độ"), labels.STATUS_COLORS[task_status.ADJUSTMENT])
        self.targets.clicked.connect(lambda: self.context.navigate.emit(INDICATORS_PAGE, BEHIND))
        figures = QHBoxLayout()
        for button in (self.total, self.done, self.overdue, self.due_soon, self.targets):
            figures.addWidget(button)
        self.figures = figures

        self.bar = StatusBar()
        self.status_buttons: dict[str, QPushButton] = {}
        status_box = QGroupBox(self.tr("Nhiệm vụ theo trạng thái"))
        status_layout = QVBoxLayout(status_box)
        status_layout.addWidget(self.bar)
        grid = QGridLayout()
        for i, code in enumerate(task_status.STATUSES):
            button = QPushButton()
            button.setFlat(True)
            button.setIcon(_swatch(labels.status_color(code)))
            button.setStyleSheet("text-align: left; padding: 2px 4px;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, c=code: self._open(dashboard.TaskFilter(statuses=frozenset({c}))))
            self.status_buttons[code] = button
            grid.addWidget(button, i // 3, i % 3)
        status_layout.addLayout(grid)

        self.overdue_list = self._task_list()
        self.due_soon_list = self._task_list()
        lists = QHBoxLayout()
        self.overdue_box = self._boxed(self.tr("Nhiệm vụ quá hạn"), self.overdue_list)
        self.due_soon_box = self._boxed(self.tr("Sắp đến hạn (30 ngày tới)"), self.due_soon_list)
        lists.addWidget(self.overdue_box)
        lists.addWidget(self.due_soon_box)

        self.reports = QTreeWidget()
        self.reports.setHeaderLabels([self.tr("Kỳ báo cáo"), self.tr("Chốt số liệu"), self.tr("Hạn gửi"),
                                      self.tr("Tình trạng")])
        self.reports.setRootIsDecorated(False)
        self.reports.setMinimumHeight(110)
        self.reports.itemActivated.connect(self._report_activated)
        self.reports.setToolTip(self.tr("Nhấn Enter hoặc bấm đúp để chọn kỳ báo cáo này"))
        reports_box = self._boxed(self.tr("Báo cáo định kỳ"), self.reports)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.related, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(figures)
        layout.addWidget(status_box)
        self.completeness = None
        if context.coordinator:  # the Department of Science and Technology: who has reported
            from kh57desk.ui.completeness_box import CompletenessBox

            self.completeness = CompletenessBox(context)
            layout.addWidget(self.completeness)
        layout.addLayout(lists)
        layout.addWidget(reports_box, 1)
        scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        context.period_changed.connect(self.mark_stale)
        context.tasks_changed.connect(self.mark_stale)
        context.entry_saved.connect(self.mark_stale)
        context.settings_changed.connect(self.mark_stale)
        context.indicators_changed.connect(self.mark_stale)
        context.reports_changed.connect(self.mark_stale)

    def activate(self) -> None:
        RefreshingPage.activate(self)
        if self.completeness is not None:
            self.completeness.activate()

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(widget)
        return box

    def _task_list(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("TT"), self.tr("Nội dung"), self.tr("Thời hạn")])
        tree.setRootIsDecorated(False)
        tree.setColumnWidth(0, 50)
        tree.setColumnWidth(1, 330)
        tree.setMinimumHeight(100)
        tree.setMaximumHeight(190)
        tree.itemActivated.connect(lambda item, _col: self._open_task(item.data(0, Qt.ItemDataRole.UserRole)))
        return tree

    # --- loading ---------------------------------------------------------------------------
    def _query(self):
        period, today = self.context.period, self.context.today()
        worker, generation = self.context.worker, self.context.worker.generation

        def query(session):  # the task list's rows, or read here and left for the task list
            rows = worker.reuse(ops.task_rows_key(period, today), generation,
                                lambda: ops.load_tasks(session, period, today))
            return dashboard.summary(session, period, today, rows)
        return query

    def _loaded(self, summary: dashboard.DashboardSummary) -> None:
        self.summary = summary
        self.title.setText(self.tr("Tổng quan — {0}").format(labels.period_label(summary.period)))
        self.subtitle.setText(self.tr("Kỳ báo cáo {0}; trạng thái tính đến ngày {1}.").format(
            labels.window_text(summary.period), labels.date_text(min(summary.today, summary.period.end))))
        self.total.set_value(summary.total)
        self.related.setText(self.tr("Không tính {0} nhiệm vụ chỉ giao chung cho \"đơn vị liên quan\" — xem").format(
            summary.related))
        self.related.setVisible(summary.related > 0)
        self.done.set_value(summary.done)
        self.overdue.set_value(summary.overdue.count)
        self.due_soon.set_value(summary.due_soon.count)
        self.targets.set_value(len(summary.targets_behind))
        self.targets.setToolTip(self.tr("{0} / {1} chỉ tiêu chưa đạt mức phải đạt đến kỳ này").format(
            len(summary.targets_behind), summary.targets_total) if summary.targets_total
            else self.tr("Kế hoạch chưa có chỉ tiêu"))
        self.bar.set_counts(summary.by_status)
        for code, button in self.status_buttons.items():
            count = summary.by_status.get(code, 0)
            share = f" ({count * 100 / summary.total:.0f}%)" if summary.total else ""
            button.setText(f"{labels.status_label(code)}: {count}{share}")
        self._fill_tasks(self.overdue_list, summary.overdue_tasks)
        self._fill_tasks(self.due_soon_list, summary.due_soon_tasks)
        self.overdue_box.setTitle(self.tr("Nhiệm vụ quá hạn ({0})").format(summary.overdue.count))
        self.due_soon_box.setTitle(self.tr("Sắp đến hạn trong 30 ngày tới ({0})").format(summary.due_soon.count))
        self._fill_reports(summary.reports)
        self.loaded.emit()

    def _fill_tasks(self, tree: QTreeWidget, briefs: list[dashboard.TaskBrief]) -> None:
        tree.clear()
        for brief in briefs:
            item = QTreeWidgetItem([brief.ref, " ".join(brief.content.split()), brief.deadline_text])
            item.setToolTip(1, brief.content)
            item.setData(0, Qt.ItemDataRole.UserRole, brief.id)
            tree.addTopLevelItem(item)
        if not briefs:
            item = QTreeWidgetItem(["", self.tr("Không có nhiệm vụ nào."), ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)

    def _fill_reports(self, reports: list[ReportDue]) -> None:
        self.reports.clear()
        for report in reports:
            window = f"{labels.date_text(report.period.start)} – {labels.date_text(report.period.end)}"
            item = QTreeWidgetItem([labels.period_label(report.period), window,
                                    labels.date_text(report.due), labels.report_state_label(report.state)])
            item.setData(0, Qt.ItemDataRole.UserRole, report.period)
            if report.state == LATE:
                item.setForeground(3, QColor(labels.STATUS_COLORS[task_status.OVERDUE]))
            self.reports.addTopLevelItem(item)
        if not reports:
            item = QTreeWidgetItem([self.tr("Không có kỳ báo cáo nào đến hạn trong 30 ngày tới."), "", "", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.reports.addTopLevelItem(item)
        for column in range(4):
            self.reports.resizeColumnToContents(column)

    # --- navigation -------------------------------------------------------------------------
    def _open(self, task_filter: dashboard.TaskFilter) -> None:
        self.context.navigate.emit(TASKS_PAGE, task_filter)

    def _open_task(self, task_id: int | None) -> None:
        if task_id is not None:
            self.context.navigate.emit(TASKS_PAGE, task_id)

    def _report_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        period = item.data(0, Qt.ItemDataRole.UserRole)
        if period is not None:
            self.context.set_period(period)
