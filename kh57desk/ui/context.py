"""What every screen shares: the database worker, today's date, the selected reporting period,
this database's settings, and the signals that tell screens to refresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kh57desk.app.changes import Changes
from kh57desk.domain.periods import Period
from kh57desk.domain.schedule import Schedule, current_period
from kh57desk.services import settings as settings_service
from kh57desk.ui.qt import QMessageBox, QObject, Qt, QWidget, Signal
from kh57desk.ui.worker import DbWorker
from kh57desk.workspace import Workspace


class AppContext(QObject):
    period_changed = Signal(object)    # Period
    tasks_changed = Signal()           # tasks were added, changed or withdrawn (import, restore)
    settings_changed = Signal(object)  # AppSettings
    entry_saved = Signal(object)       # operations.SaveResult
    indicators_changed = Signal()
    reports_changed = Signal()         # a report was generated, signed or sent; a package imported
    navigate = Signal(str, object)     # page key, argument (a TaskFilter, a task id…)
    error_shown = Signal(str)

    changed = Signal(object, object)   # Changes, initiator: what every operation changed (one place)

    def __init__(self, worker: DbWorker, settings: settings_service.AppSettings, schedule: Schedule,
                 today: Callable[[], dt.date] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        worker.changed.connect(self.announce)
        self._today = today or dt.date.today
        self.settings = settings
        self.schedule = schedule
        self.period: Period = current_period(schedule, self.today())
        self.last_error = ""

    @property
    def workspace(self) -> Workspace:
        return self.worker.workspace

    def today(self) -> dt.date:
        return self._today()

    def announce(self, changes: Changes, initiator=None) -> None:
        """The one place that tells the screens what changed: operations never emit refresh
        signals themselves. Screens listen to ``changed`` or to the kind-specific signals."""
        self.changed.emit(changes, initiator)
        if changes.tasks:  # one saved update refreshes its own row (entry_saved), not the whole list
            self.tasks_changed.emit()
        if changes.indicators:
            self.indicators_changed.emit()
        if changes.reports or changes.packages:
            self.reports_changed.emit()

    def set_period(self, period: Period) -> None:
        if period != self.period:
            self.period = period
            self.period_changed.emit(period)

    def update_settings(self, settings: settings_service.AppSettings, schedule: Schedule) -> None:
        self.settings, self.schedule = settings, schedule
        self.settings_changed.emit(settings)

    @property
    def coordinator(self) -> bool:
        return self.settings.mode == settings_service.COORDINATOR_MODE

    def show_error(self, parent: QWidget | None, message: str) -> QMessageBox:
        """Tell the user what went wrong (plain text, window-modal, does not block the caller)."""
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, "kh57desk", message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.error_shown.emit(message)
        return box
