"""Đồng bộ: moving data as ``.kh57`` files between the agencies and the Department of Science
and Technology. An agency sends its report package and receives task packages; the coordinator
hands out task packages, takes in report packages, follows who has reported and produces the
consolidated report. Below, the packages this database has received."""

from __future__ import annotations

from kh57desk.ui import labels
from kh57desk.app import sync as sync_ops
from kh57desk.ui.context import AppContext
from kh57desk.ui.qt import (QGroupBox, QPushButton, QSplitter, QStackedWidget, Qt, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                            QWidget, Signal, heading)
from kh57desk.ui.refresh import Refresher, RefreshingPage
from kh57desk.ui.sync_agency import AgencySync
from kh57desk.ui.sync_coordinator import CoordinatorSync


class SyncPage(QWidget, RefreshingPage):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.state: sync_ops.SyncState | None = None
        self.refresher = Refresher(self, lambda: context.worker, self._query, self._loaded, "sync")
        self.title = heading(self.tr("Đồng bộ"))
        self.agency = AgencySync(context)
        self.coordinator = CoordinatorSync(context)
        self.agency.import_requested.connect(lambda: self.open_import([]))
        self.coordinator.import_requested.connect(self.open_import)
        self.coordinator.reviewed.connect(lambda _result: self.reload())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.agency)
        self.stack.addWidget(self.coordinator)

        self.received = QTreeWidget()
        self.received.setHeaderLabels([self.tr("Nhập lúc"), self.tr("Loại gói"), self.tr("Nơi gửi"),
                                       self.tr("Số thứ tự"), self.tr("Kỳ"), self.tr("Chữ ký số"), self.tr("Tệp")])
        self.received.setRootIsDecorated(False)
        self.received.setAlternatingRowColors(True)
        self.received.setAccessibleName(self.tr("Các gói đã nhận"))
        self.senders_button = QPushButton(self.tr("Khó&a của người gửi…"))
        self.senders_button.setToolTip(self.tr("Người gửi được nhận gói và khóa gắn với từng người; thu hồi khóa khi "
                                               "một cơ quan đổi máy hoặc cài lại chương trình"))
        self.senders_button.clicked.connect(lambda: self.open_senders())
        received_box = QGroupBox(self.tr("Các gói đã nhận"))
        box = QVBoxLayout(received_box)
        box.addWidget(self.received)
        box.addWidget(self.senders_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(received_box)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)
        self._show_role(context.coordinator)

        context.period_changed.connect(self.mark_stale)
        context.reports_changed.connect(self.mark_stale)
        context.tasks_changed.connect(self.mark_stale)
        context.entry_saved.connect(self.mark_stale)
        context.settings_changed.connect(self.mark_stale)

    def _show_role(self, coordinator: bool) -> None:
        if self.stack.currentWidget() is not (self.coordinator if coordinator else self.agency) or not self._sized:
            self._sized = True  # the agency's panel is short: the list of received packages gets the rest
            self.splitter.setSizes([560, 130] if coordinator else [400, 290])
        self.stack.setCurrentWidget(self.coordinator if coordinator else self.agency)
        for panel in (self.agency, self.coordinator):
            panel.setVisible(panel is self.stack.currentWidget())

    def _query(self):
        period, today = self.context.period, self.context.today()
        return lambda session: sync_ops.load_state(session, period, today)

    def _loaded(self, state: sync_ops.SyncState) -> None:
        self.state = state
        self._show_role(state.coordinator)
        role = self.tr("tổng hợp báo cáo của các cơ quan") if state.coordinator \
            else self.tr("gửi báo cáo, nhận nhiệm vụ")
        self.title.setText(self.tr("Đồng bộ — {0} — {1}").format(role, labels.period_label(state.period)))
        (self.coordinator if state.coordinator else self.agency).show_state(state)
        self._fill_received(state.received)
        self.loaded.emit()

    def _fill_received(self, packages: list[sync_ops.ReceivedPackage]) -> None:
        kinds = {"tasks": self.tr("Gói nhiệm vụ"), "report": self.tr("Gói báo cáo")}
        self.received.clear()
        for package in packages:
            item = QTreeWidgetItem([labels.datetime_text(package.imported_at), kinds.get(package.kind, package.kind),
                                    package.producer, str(package.sequence), package.period,
                                    package.signed_by or self.tr("không ký"), package.file_name])
            item.setToolTip(0, self.tr("Gói lập lúc {0}").format(labels.datetime_text(package.created_at)))
            self.received.addTopLevelItem(item)
        for column in range(6):
            self.received.resizeColumnToContents(column)

    def show_only(self, report_state: str) -> None:
        """The coordinator's completeness table filtered to one reporting state (from Tổng quan)."""
        combo = self.coordinator.show_combo
        combo.setCurrentIndex(max(combo.findData(report_state), 0))

    def open_senders(self):
        """Khóa của người gửi: who may send packages here, and revoking a key."""
        from kh57desk.ui.senders_dialog import SendersDialog

        dialog = SendersDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_import(self, paths: list[str]):
        """The import preview of ``paths`` (or an empty one to choose files in)."""
        from kh57desk.ui.package_dialog import PackageDialog

        dialog = PackageDialog(self.context, self, paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _results: self.reload())
        dialog.open()
        return dialog
