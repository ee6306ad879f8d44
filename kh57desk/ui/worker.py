"""The one database worker: every operation on the database runs here, in order, each with its
own session, and its result comes back to the GUI thread by signal as plain data.

No widget is touched from the worker. A long operation gets a ``Job`` whose ``progress``
callable reports (done, total) and raises ``Cancelled`` once the user asked to stop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6

from kh57desk.app.changes import Outcome
from kh57desk.errors import Cancelled, Kh57Error
from kh57desk.ui.qt import QObject, Signal
from kh57desk.workspace import Workspace

log = logging.getLogger(__name__)


class Job:
    """One queued operation. ``cancel()`` is safe from the GUI thread; the operation sees it
    the next time it reports progress."""

    def __init__(self, worker: "DbWorker", label: str, on_done, on_error, owner: QObject | None):
        self.label = label
        self._worker = worker
        self._cancel = threading.Event()
        self.on_done, self.on_error, self.owner = on_done, on_error, owner
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        """Called from the operation: report progress, or stop when cancelled."""
        if self._cancel.is_set():
            raise Cancelled()
        self._worker._progressed.emit(self, int(done), int(total))


class DbWorker(QObject):
    """Runs operations one after another on a single background thread."""

    _finished = Signal(object)
    _progressed = Signal(object, int, int)
    progressed = Signal(object, int, int)  # job, done, total (GUI thread)
    job_finished = Signal(object)  # job, before its callbacks run (GUI thread)
    busy_changed = Signal(bool)
    idle = Signal()
    failed = Signal(str)  # a Vietnamese message for errors nobody handled
    changed = Signal(object, object)  # Changes, the initiator (the job's owner): the one refresh announcement

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kh57desk-db")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)
        self._progressed.connect(self._relay_progress)

    # --- submitting -----------------------------------------------------------------
    def read(self, fn: Callable, on_done=None, on_error=None, *, owner: QObject | None = None,
             label: str = "") -> Job:
        """Run ``fn(session)`` in a read-only session."""
        def op(ws: Workspace, _job: Job):
            with ws.db.reader() as session:
                return fn(session)
        return self.run(op, on_done, on_error, owner=owner, label=label)

    def write(self, fn: Callable, on_done=None, on_error=None, *, owner: QObject | None = None,
              label: str = "") -> Job:
        """Run ``fn(session)`` in a transaction: all of it is saved, or nothing."""
        def op(ws: Workspace, _job: Job):
            with ws.db.transaction() as session:
                return fn(session)
        return self.run(op, on_done, on_error, owner=owner, label=label)

    def run(self, fn: Callable[[Workspace, Job], Any], on_done=None, on_error=None, *,
            owner: QObject | None = None, label: str = "") -> Job:
        """Run ``fn(workspace, job)``; ``on_done(result)`` or ``on_error(exc)`` follow on the GUI thread."""
        job = Job(self, label, on_done, on_error, owner)
        if self._closed:  # the window is closing: late requests (a focus change…) are dropped
            log.info("dropped after shutdown: %s", label)
            return job
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._executor.submit(self._execute, fn, job)
        return job

    # --- worker thread ----------------------------------------------------------------
    def _execute(self, fn, job: Job) -> None:
        try:
            job.result = fn(self.workspace, job)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            if not isinstance(exc, Kh57Error):
                log.exception("Operation failed: %s", job.label or fn)
            job.error = exc
        self._finished.emit(job)

    # --- GUI thread -------------------------------------------------------------------
    def _relay_progress(self, job: Job, done: int, total: int) -> None:
        self.progressed.emit(job, done, total)

    def _deliver(self, job: Job) -> None:
        job.done = True
        self._pending -= 1
        try:
            self.job_finished.emit(job)
            alive = job.owner is None or shiboken6.isValid(job.owner)
            if job.error is not None:
                if job.on_error is not None and alive:
                    job.on_error(job.error)
                elif not isinstance(job.error, Cancelled):
                    self.failed.emit(error_message(job.error))
            else:
                outcome = job.result
                if isinstance(outcome, Outcome):  # an operation that says what it changed
                    job.result = outcome.value
                    if outcome.changes.any:
                        self.changed.emit(outcome.changes, job.owner)
                if job.on_done is not None and alive:
                    job.on_done(job.result)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)
                self.idle.emit()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Finish queued operations, then stop the thread. Results still in flight are dropped."""
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=True)


def error_message(exc: BaseException) -> str:
    """What to tell the user about ``exc``: our Vietnamese message, else a generic sentence."""
    if isinstance(exc, Kh57Error):
        return exc.message
    from kh57desk.ui.qt import QCoreApplication

    return QCoreApplication.translate("Worker", "Lỗi không mong đợi: {0}. Chi tiết đã được ghi vào tệp nhật ký "
                                      "trong thư mục dữ liệu.").format(type(exc).__name__)
