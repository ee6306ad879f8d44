"""Entry point of the ``kh57desk`` window: open the data folder, run the first-run wizard when
the database is new, then show the main window."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kh57desk import APP_NAME, __version__, diagnostics, paths
from kh57desk.domain.schedule import Schedule
from kh57desk.errors import Kh57Error
from kh57desk.services import settings as settings_service
from kh57desk.ui import icons, missing_folder_dialog, single_instance, window_state
from kh57desk.ui.crash import CrashHandler, show_previous_crash
from kh57desk.ui.context import AppContext
from kh57desk.ui.main_window import MainWindow
from kh57desk.ui.qt import QApplication, QMessageBox, QObject, Qt, QTimer, Signal
from kh57desk.ui.translations import Translations
from kh57desk.ui.worker import DbWorker
from kh57desk.workspace import Workspace, open_workspace

log = logging.getLogger(__name__)
OUTSIDE_CHECK_MS = 3_000  # how often the window looks for writes by the command line


@dataclass(frozen=True)
class StartupState:
    settings: settings_service.AppSettings
    schedule: Schedule


def load_startup(session) -> StartupState:
    return StartupState(settings_service.load(session), settings_service.effective_schedule(session))


class Application(QObject):
    """Owns the worker, the translators and the window; rebuilds the window when the language
    or the data folder changes."""

    ready = Signal()  # the first screen is shown: the main window with its page filled, or the first-run wizard

    def __init__(self, workspace: Workspace, today: Callable[[], dt.date] | None = None,
                 translations: Translations | None = None, package: str = ""):
        """``package``: a ``.kh57`` file to open in the import preview once the window is up
        (the program was started by double-clicking it)."""
        super().__init__()
        self.package = package
        self.package_dialog = None  # the import preview shown before the first-run wizard
        self.worker = DbWorker(workspace)
        self.today = today
        self.translations = translations or Translations()
        self.window: MainWindow | None = None
        self.wizard = None  # the first-run wizard while it is open
        self.context: AppContext | None = None
        self.finished = False
        self.exit_app = False  # main() sets it: closing the window ends the program
        self.instance_server: single_instance.InstanceServer | None = None

    # --- one running window per data folder -------------------------------------------------
    def listen_for_second_launches(self) -> None:
        """Become the window that later launches on this data folder hand their files to."""
        if self.instance_server is not None:
            self.instance_server.close()
            self.instance_server.deleteLater()
        self.instance_server = single_instance.InstanceServer(self.worker.workspace.data_dir, self)
        if self.instance_server.listen():
            self.instance_server.received.connect(self.second_launch)

    def watch_outside_changes(self, interval_ms: int = OUTSIDE_CHECK_MS) -> None:
        """Notice what ``kh57`` (or anything else) writes while the window is open: when the window
        gains focus and every few seconds; the screens then refresh (Changes.external)."""
        self.outside_timer = QTimer(self)
        self.outside_timer.setInterval(interval_ms)
        self.outside_timer.timeout.connect(self.worker.check_outside_changes)
        self.outside_timer.start()
        QApplication.instance().applicationStateChanged.connect(self._application_state)

    def _application_state(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive and not self.finished:
            self.worker.check_outside_changes()

    def second_launch(self, args: list[str]) -> None:
        """Another launch on this folder (a double-clicked .kh57 file): come to the front and open it."""
        packages = [arg for arg in args if _package_argument(arg)]
        front = self.window or self.wizard or self.package_dialog
        if front is not None:
            front.setWindowState(front.windowState() & ~Qt.WindowState.WindowMinimized)
            front.show()
            front.raise_()
            front.activateWindow()
        for path in packages:
            if self.window is not None:
                self.window.open_package(path)
            else:  # still in the first-run wizard: opened once the main window is there
                self.package = path

    def start(self) -> None:
        self.worker.read(load_startup, self._started, self._fatal, label="startup")

    def _started(self, state: StartupState) -> None:
        if state.settings.language != self.translations.language:
            self.translations.install(state.settings.language)
        if not state.settings.configured:
            if self.package:
                self.show_package_first()
            else:
                self.show_wizard()
        else:
            self.show_main(state)

    def _fatal(self, exc: BaseException) -> None:
        from kh57desk.ui.worker import error_message

        QMessageBox.critical(None, "kh57desk", error_message(exc))
        self.quit()

    # --- first run ------------------------------------------------------------------------
    def show_wizard(self):
        from kh57desk.ui.wizard import FirstRunWizard  # only a new database needs it

        self.wizard = FirstRunWizard(self.worker)
        self.wizard.setWindowIcon(icons.app_icon())
        self.wizard.accepted.connect(self._wizard_done)
        self.wizard.rejected.connect(self.quit)
        self.wizard.show()
        self.ready.emit()
        return self.wizard

    def show_package_first(self):
        """A new database opened with a package: a task package sets it up for its agency, so
        its preview comes first; closing it without importing goes on to the wizard."""
        from kh57desk.ui.context import AppContext
        from kh57desk.ui.package_dialog import PackageDialog

        path, self.package = self.package, ""
        context = AppContext(self.worker, settings_service.AppSettings(), settings_service.AppSettings()
                             .reporting_schedule(), self.today, parent=self)
        dialog = PackageDialog(context, None, [path])
        dialog.setWindowIcon(icons.app_icon())
        dialog.finished.connect(lambda _result: self._package_first_closed(dialog))
        self.package_dialog = dialog
        dialog.show()
        self.ready.emit()
        return dialog

    def _package_first_closed(self, dialog) -> None:
        imported = bool(dialog.results) and any(r.ok and r.preview and r.preview.applied for r in dialog.results)
        dialog.deleteLater()
        self.package_dialog = None
        self.worker.read(load_startup, self._started if imported else lambda _state: self.show_wizard(),
                         self._fatal, label="startup")

    def _wizard_done(self) -> None:
        wizard = self.wizard
        choice, plan_file = wizard.plan_choice, wizard.plan_file
        wizard.deleteLater()
        self.wizard = None

        def after(state: StartupState) -> None:
            from kh57desk.ui.wizard import PLAN_FILE

            self.show_main(state)
            if choice == PLAN_FILE and plan_file:
                self.window.open_import(plan_file)
        self.worker.read(load_startup, after, self._fatal, label="startup")

    # --- main window ----------------------------------------------------------------------
    def show_main(self, state: StartupState, page: str | None = None, period=None) -> MainWindow:
        self.context = AppContext(self.worker, state.settings, state.schedule, self.today)
        if period is not None:
            self.context.period = period  # the period the user was looking at stays selected
        self.context.settings_changed.connect(self._settings_changed)
        self.window = MainWindow(self.context)
        self.window.workspace_replaced.connect(self._workspace_replaced)
        self.window.closed.connect(self.quit)
        if page:
            self.window.show_page(page)
        if self.package:
            path, self.package = self.package, ""
            self.window.open_package(path)
        first = self.window.pages[self.window.current_page]
        if hasattr(first, "loaded"):
            self._first_page = first
            first.loaded.connect(self._first_loaded)
        self.window.show()
        return self.window

    def _first_loaded(self) -> None:
        self._first_page.loaded.disconnect(self._first_loaded)
        self.ready.emit()

    def _settings_changed(self, prefs: settings_service.AppSettings) -> None:
        if prefs.language != self.translations.language:
            self.translations.install(prefs.language)
            self.rebuild()

    def rebuild(self) -> None:
        """A new window in place of the old one (after a language change or a restore)."""
        old, page, geometry = self.window, None, None
        period = self.context.period if self.context is not None else None
        if old is not None:
            page = old.current_page
            old.closed.disconnect(self.quit)
            old.flush()
            geometry = old.saveGeometry()
            old.close()
            old.deleteLater()
            self.window = None
        self.worker.read(load_startup, lambda state: self._rebuilt(state, page, geometry, period), self._fatal,
                         label="startup")

    def _rebuilt(self, state: StartupState, page: str | None, geometry, period) -> None:
        window = self.show_main(state, page, period)
        if geometry is not None:
            window.restoreGeometry(geometry)

    def _workspace_replaced(self, workspace: Workspace) -> None:
        if self.instance_server is not None:
            self.listen_for_second_launches()  # the socket is named after the data folder
        try:
            paths.remember_data_dir(workspace.data_dir)  # the one memory of the folder, read by `kh57` too
        except OSError:
            logging.getLogger(__name__).warning("could not remember the data folder %s", workspace.data_dir)
        self.rebuild()

    def quit(self) -> None:
        if self.finished:
            return
        self.finished = True
        if self.window is not None:
            self.window.close()  # saves what is being typed and remembers the layout
        if getattr(self, "outside_timer", None) is not None:
            self.outside_timer.stop()
            QApplication.instance().applicationStateChanged.disconnect(self._application_state)
        self.worker.shutdown()
        self.worker.workspace.close()
        if self.instance_server is not None:
            self.instance_server.close()
        app = QApplication.instance()
        if app is not None and self.exit_app:
            app.quit()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(prog=APP_NAME, add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--exit-when-ready", action="store_true")  # the bundle test and bench: start, show, quit
    parser.add_argument("package", nargs="?", default="")  # a double-clicked .kh57 file: open its import preview
    options, _rest = parser.parse_known_args(argv[1:])
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv)
    # Between the first-run wizard and the main window (and while a window is rebuilt) no window
    # is open for a moment; the program ends only when the controller says so.
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(window_state.ORGANISATION)
    app.setWindowIcon(icons.app_icon())
    translations = Translations()
    translations.install("vi")
    crash = CrashHandler().install()  # from here on no traceback reaches the user
    try:
        return _run(app, options, translations, crash)
    finally:
        crash.uninstall()
        diagnostics.disable_crash_file()


def _run(app: QApplication, options, translations: Translations, crash: CrashHandler) -> int:
    package = _package_argument(options.package)
    try:
        data_dir = missing_folder_dialog.resolve_data_dir(options.data_dir)  # paths.locate, as `kh57` does
        if data_dir is None:
            return 0  # the remembered folder is gone and the user chose to quit
        if single_instance.send_to_running(data_dir, [package] if package else []):
            log.info("a window already runs on %s: handed it %r", data_dir, package)
            return 0  # the running window comes to the front (and opens the package)
        crash.set_data_dir(data_dir)
        diagnostics.setup_logging(data_dir)
        workspace = open_workspace(data_dir)
    except Kh57Error as exc:
        QMessageBox.critical(None, "kh57desk", exc.message)
        return 2
    previous_crash = diagnostics.enable_crash_file(workspace.data_dir)
    log.info("kh57desk %s started, data folder %s", __version__, workspace.data_dir)
    from kh57desk.services.attachments import clear_viewer_copies

    clear_viewer_copies(workspace.data_dir)  # the viewer's copies of the last run (xem-tep/)
    controller = Application(workspace, translations=translations, package=package)
    controller.exit_app = True
    controller.listen_for_second_launches()
    controller.watch_outside_changes()
    if options.exit_when_ready:
        controller.ready.connect(lambda: QTimer.singleShot(0, app.quit))  # after the pending paint events
    controller.start()
    if previous_crash:
        controller.ready.connect(lambda: show_previous_crash(previous_crash, workspace.data_dir))
    code = app.exec()
    controller.quit()
    return code


def _package_argument(value: str) -> str:
    """The file the program was opened with, if it is a package (Qt's own options are ignored)."""
    if value and Path(value).suffix.lower() == ".kh57" and Path(value).is_file():
        return str(Path(value).resolve())
    if value:
        log.warning("ignored command-line argument %r (not a .kh57 file)", value)
    return ""


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
