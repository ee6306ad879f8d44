"""Keeping a screen's data current without wasted work: a screen that is not visible only
notes that its data is stale and reloads when shown; a result that arrives after a newer
request was made is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kh57desk.ui.qt import QWidget
from kh57desk.ui.worker import DbWorker


class Refresher:
    def __init__(self, widget: QWidget, worker: Callable[[], DbWorker], query: Callable[[], Callable],
                 show: Callable[[Any], None], label: str):
        """``query()`` runs on the GUI thread when a reload starts and returns the function of a
        session to run on the worker; ``show(result)`` gets its result."""
        self.widget, self.worker, self.query, self.show, self.label = widget, worker, query, show, label
        self.stale = True
        self.token = 0

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
        token = self.token
        self.worker().read(self.query(), lambda result: self._deliver(token, result), owner=self.widget,
                           label=self.label)

    def _deliver(self, token: int, result) -> None:
        if token == self.token:
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
