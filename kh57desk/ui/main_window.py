"""The main window: a navigation list on the left, the screens on the right, the reporting
period on top. Screens are listed once in ``PAGES``: adding a screen is one line there."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from kh57desk import __version__
from kh57desk.services import backups as backup_service
from kh57desk.ui import help_dialog, icons
from kh57desk.ui import window_state
from kh57desk.ui.context import AppContext
from kh57desk.ui.period_bar import PeriodBar
from kh57desk.ui.qt import (QT_TRANSLATE_NOOP, QAction, QCloseEvent, QCoreApplication, QHBoxLayout, QKeySequence,
                            QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton, QSize,
                            QStackedWidget, Qt, QVBoxLayout, QWidget, Signal, open_folder, plain_label)

STATE_KEY = "main"


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # translated through the "MainWindow" context
    factory: str  # "module:Class"; the class takes (context, parent)
    icon: str


PAGES = (
    PageSpec("overview", QT_TRANSLATE_NOOP("MainWindow", "Tổng quan"),
             "kh57desk.ui.pages.dashboard_page:DashboardPage", "overview"),
    PageSpec("tasks", QT_TRANSLATE_NOOP("MainWindow", "Nhiệm vụ"), "kh57desk.ui.pages.tasks_page:TasksPage", "tasks"),
    PageSpec("indicators", QT_TRANSLATE_NOOP("MainWindow", "Chỉ tiêu"),
             "kh57desk.ui.pages.indicators_page:IndicatorsPage", "indicators"),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Báo cáo"),
             "kh57desk.ui.pages.reports_page:ReportsPage", "reports"),
    PageSpec("sync", QT_TRANSLATE_NOOP("MainWindow", "Đồng bộ"), "kh57desk.ui.pages.sync_page:SyncPage", "sync"),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Cài đặt"),
             "kh57desk.ui.pages.settings_page:SettingsPage", "settings"),
)


def _load(factory: str):
    module, _, name = factory.partition(":")
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    workspace_replaced = Signal(object)
    closed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("kh57desk — Theo dõi thực hiện Nghị quyết 57-NQ/TW"))
        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(QSize(980, 600))

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Các màn hình"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(150)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.page_actions: list[QAction] = []
        for number, spec in enumerate(PAGES, start=1):
            title = QCoreApplication.translate("MainWindow", spec.title)
            item = QListWidgetItem(icons.page_icon(spec.icon), title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{title} (Ctrl+{number})")
            self.nav.addItem(item)
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, key=spec.key: self.show_page(key))
            self.page_actions.append(action)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.agency = QLabel()
        font = self.agency.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.agency.setFont(font)
        self.agency.setTextFormat(Qt.TextFormat.PlainText)
        self.period_bar = PeriodBar(context)
        self.import_button = QPushButton(self.tr("Nhập kế hoạch…"))
        self.import_button.setToolTip(self.tr("Nhập hoặc cập nhật kế hoạch từ tệp Excel, Word (Ctrl+I)"))
        self.import_button.clicked.connect(self.open_import)
        top = QHBoxLayout()
        top.addWidget(self.agency, 1)
        top.addWidget(self.period_bar)
        top.addWidget(self.import_button)
        right = QVBoxLayout()
        right.setContentsMargins(8, 6, 8, 4)
        right.addLayout(top)
        right.addSpacing(6)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.busy = plain_label(wrap=False)
        self.folder = plain_label(wrap=False)
        self.statusBar().addWidget(self.folder, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self._build_menus()

        context.navigate.connect(self.navigate)
        context.settings_changed.connect(self._settings_changed)
        context.worker.busy_changed.connect(self._busy_changed)  # bound methods: disconnected with the window
        context.worker.failed.connect(self._worker_failed)
        self._show_context()
        if not window_state.restore_geometry(STATE_KEY, self):
            window_state.fit_to_screen(self, 1280, 760)  # inside a 1366 × 768 screen, taskbar and frame included
        self.show_page(PAGES[0].key)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        actions = [
            (self.tr("Nhập &kế hoạch…"), QKeySequence("Ctrl+I"), self.open_import),
            (self.tr("Nhập &gói dữ liệu (.kh57)…"), None, lambda: self.open_package("")),
            (self.tr("Kiểm tra &chữ ký số…"), None, lambda: self.open_verify("")),
            (self.tr("&Sao lưu dữ liệu ngay"), QKeySequence("Ctrl+B"), self.backup_now),
            (self.tr("Mở &thư mục dữ liệu"), None, lambda: open_folder(self.context.workspace.data_dir)),
        ]
        for title, shortcut, slot in actions:
            action = file_menu.addAction(title)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Thoát"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        for action in self.page_actions:
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        help_dialog.install(self, help_menu)  # Hướng dẫn sử dụng, F1 at the current screen's section
        about = help_menu.addAction(self.tr("&Giới thiệu kh57desk"))
        about.triggered.connect(self.about)

    # --- pages ------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The screen ``key``, built the first time it is needed (a quicker start)."""
        page = self.pages.get(key)
        if page is None:
            spec = next(spec for spec in PAGES if spec.key == key)
            page = _load(spec.factory)(self.context)
            for name in ("data_folder_changed", "backup_restored"):  # screens that reopen the data
                if hasattr(page, name):
                    getattr(page, name).connect(self._workspace_replaced)
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def show_page(self, key: str) -> QWidget:
        keys = [spec.key for spec in PAGES]
        row = keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)
        return self.pages[key]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGES[row].key)
        self.stack.setCurrentWidget(page)
        if hasattr(page, "activate"):
            page.activate()

    @property
    def current_page(self) -> str:
        return PAGES[self.nav.currentRow()].key

    def navigate(self, key: str, argument) -> None:
        """Open a screen on what a figure or a link points at (a task filter, a task id…)."""
        page = self.show_page(key)
        if key == "tasks":
            if isinstance(argument, int):
                page.open_task(argument)
            elif argument is not None:
                page.apply_filter(argument)
        elif key == "indicators" and argument:
            page.show_only(argument)
        elif key == "sync" and argument:
            page.show_only(argument)

    # --- actions ----------------------------------------------------------------------------
    def open_import(self, path: str = ""):
        from kh57desk.ui.import_dialog import ImportDialog  # the importer's module loads on demand

        dialog = ImportDialog(self.context, self, path=path if isinstance(path, str) else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(lambda _p: self.show_page("tasks"))
        dialog.open()
        return dialog

    def open_package(self, path: str):
        """The Đồng bộ screen with the import preview of ``path`` (a double-clicked .kh57 file)."""
        page = self.show_page("sync")
        return page.open_import([path] if path else [])

    def open_verify(self, path: str = ""):
        from kh57desk.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.context, self, path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def backup_now(self) -> None:
        self.context.worker.run(lambda ws, _job: backup_service.create(ws), self._backed_up, owner=self,
                                label="backup")

    def _backed_up(self, info) -> None:
        self.statusBar().showMessage(self.tr("Đã sao lưu vào {0}").format(info.path), 8000)

    def about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Giới thiệu kh57desk"), self.tr(
            "kh57desk {0}\n\nTheo dõi nhiệm vụ, nhập tiến độ và báo cáo định kỳ thực hiện Nghị quyết số 57-NQ/TW "
            "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.\n\n"
            "Thư mục dữ liệu: {1}").format(__version__, self.context.workspace.data_dir),
            QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(icons.app_icon().pixmap(64, 64))
        box.open()

    def _show_context(self) -> None:
        prefs = self.context.settings
        self.agency.setText(prefs.agency_name)
        self.folder.setText(self.tr("Dữ liệu: {0}").format(self.context.workspace.data_dir))

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setText(self.tr("Đang làm việc…") if busy else "")

    def _worker_failed(self, message: str) -> None:
        self.context.show_error(self, message)

    def _settings_changed(self, _prefs) -> None:
        self._show_context()

    def _workspace_replaced(self, workspace) -> None:
        self._show_context()
        self.workspace_replaced.emit(workspace)

    def flush(self) -> None:
        """Save what is being typed and remember the layout."""
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        window_state.save_geometry(STATE_KEY, self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush()
        self.closed.emit()
        super().closeEvent(event)
