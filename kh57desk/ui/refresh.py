"""Keeping a screen's data current without wasted work: a screen that is not visible only
notes that its data is stale and reloads when shown; a result that arrives after a newer
request was made is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kh57desk.ui.qt import QEvent, QObject, QWidget
from kh57desk.ui.worker import DbWorker


SKIPPED = object()  # the read did not run: its screen was out of sight when its turn came


class _Sight(QObject):
    """Whether a widget is on screen, kept from its show and hide events on the GUI thread, so that
    the worker thread can read it (a bool) without touching the widget."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.shown = widget.isVisible()
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            self.shown = True
        elif event.type() == QEvent.Type.Hide:
            self.shown = False
        return False


class Refresher:
    def __init__(self, widget: QWidget, worker: Callable[[], DbWorker], query: Callable[[], Callable],
                 show: Callable[[Any], None], label: str):
        """``query()`` runs on the GUI thread when a reload starts and returns the function of a
        session to run on the worker; ``show(result)`` gets its result. A read whose screen was
        left before its turn came does not run (the screen is stale and reloads when shown
        again): the user's screen gets the worker, and the Python lock, to itself."""
        self.widget, self.worker, self.query, self.show, self.label = widget, worker, query, show, label
        self.stale = True
        self.token = 0
        self.sight = _Sight(widget)

    def mark_stale(self) -> None:
        self.stale = True
        self.worker().invalidate()  # results one read shared with another are out of date too
        if self.widget.isVisible():
            self.reload()

    def activate(self) -> None:
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False
        self.token += 1
        token, fn, sight = self.token, self.query(), self.sight
        sight.shown = self.widget.isVisible()

        def read(session):
            return fn(session) if sight.shown else SKIPPED
        self.worker().read(read, lambda result: self._deliver(token, result), owner=self.widget, label=self.label)

    def _deliver(self, token: int, result) -> None:
        if token != self.token:
            return
        if result is SKIPPED:
            self.stale = True
            if self.widget.isVisible():  # shown again meanwhile, before its activation asked
                self.reload()
            return
        self.show(result)


class RefreshingPage:
    """Mixin for a screen holding a ``refresher``: what the main window and signals call."""

    refresher: Refresher

    def mark_stale(self, *_args) -> None:
        self.refresher.mark_stale()

    def activate(self) -> None:
        self.refresher.activate()

    def reload(self) -> None:
        self.refresher.reload()
