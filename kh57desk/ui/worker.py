"""The one database worker: every operation on the database runs here, one at a time, each with
its own session, and its result comes back to the GUI thread by signal as plain data.

The work the user is waiting for comes first (as Anki's task manager does): the worker takes
the next job from a shared queue when the previous one finishes.

- A read whose screen is not visible waits behind the reads of the screen the user looks at.
- A queued read made stale by a newer one (same label, same owner) is dropped.
- Writes, and ``run`` operations, stay in order: nothing queued after them runs before them,
  so a read after a save sees the save.

No widget is touched from the worker. A long operation gets a ``Job`` whose ``progress``
callable reports (done, total) and raises ``Cancelled`` once the user asked to stop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6

from kh57desk.app.changes import Changes, Outcome
from kh57desk.errors import Cancelled, Kh57Error
from kh57desk.ui.qt import QObject, QWidget, Signal
from kh57desk.workspace import Workspace

log = logging.getLogger(__name__)

# Priorities of a read: the user waits for it, or it refreshes something out of sight.
FOREGROUND, BACKGROUND = 0, 1
SHARED_MAX_AGE = 30.0  # seconds a shared result may wait for the read that takes it


class Job:
    """One queued operation. ``cancel()`` is safe from the GUI thread; the operation sees it
    the next time it reports progress."""

    def __init__(self, worker: "DbWorker", label: str, on_done, on_error, owner: QObject | None,
                 fn: Callable | None = None, in_order: bool = True, priority: int | None = None):
        self.label = label
        self._worker = worker
        self._cancel = threading.Event()
        self.on_done, self.on_error, self.owner = on_done, on_error, owner
        self.fn, self.in_order, self.priority = fn, in_order, priority
        self.urgent = True  # set on the GUI thread from urgency(), read by the worker
        self.done = False
        self.dropped = False  # a newer job of the same kind made it stale before it ran
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

    def urgency(self) -> int:
        """FOREGROUND unless the job says otherwise or its owner is a widget out of sight (GUI thread)."""
        if self.priority is not None:
            return self.priority
        owner = self.owner
        if isinstance(owner, QWidget) and shiboken6.isValid(owner) and not owner.isVisible():
            return BACKGROUND
        return FOREGROUND


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
    _outside = Signal()  # another program wrote to the database (worker thread → GUI thread)

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kh57desk-db")
        self._queue: list[Job] = []  # waiting, in the order they were asked for
        self._lock = threading.Lock()
        self._generation = 0  # bumped by every write or run operation: what was read before may be stale
        self._shared: tuple[Any, int, float, Any] | None = None  # key, generation, time, value
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)
        self._progressed.connect(self._relay_progress)
        self._outside.connect(self._announce_outside)
        self._version = None  # the database's data_version probe, used on the worker thread only

    # --- submitting -----------------------------------------------------------------
    def read(self, fn: Callable, on_done=None, on_error=None, *, owner: QObject | None = None,
             label: str = "", priority: int | None = None) -> Job:
        """Run ``fn(session)`` in a read-only session. It may go ahead of reads for screens out of
        sight (``priority`` overrides that), and replaces a queued read with the same label and owner."""
        def op(ws: Workspace, _job: Job):
            with ws.db.reader() as session:
                return fn(session)
        return self._submit(Job(self, label, on_done, on_error, owner, op, in_order=False, priority=priority))

    def write(self, fn: Callable, on_done=None, on_error=None, *, owner: QObject | None = None,
              label: str = "") -> Job:
        """Run ``fn(session)`` in a transaction: all of it is saved, or nothing."""
        def op(ws: Workspace, _job: Job):
            with ws.db.transaction() as session:
                return fn(session)
        return self.run(op, on_done, on_error, owner=owner, label=label)

    def run(self, fn: Callable[[Workspace, Job], Any], on_done=None, on_error=None, *,
            owner: QObject | None = None, label: str = "") -> Job:
        """Run ``fn(workspace, job)`` after everything asked before it; ``on_done(result)`` or
        ``on_error(exc)`` follow on the GUI thread."""
        return self._submit(Job(self, label, on_done, on_error, owner, fn))

    def _submit(self, job: Job) -> Job:
        if self._closed:  # the window is closing: late requests (a focus change…) are dropped
            log.info("dropped after shutdown: %s", job.label)
            return job
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if job.in_order:
            self.invalidate()
        with self._lock:
            stale = [queued for queued in self._queue if self._supersedes(job, queued)]
            self._queue = [queued for queued in self._queue if queued not in stale]
            self._queue.append(job)
            for queued in self._queue:  # the screen shown may have changed since they were queued
                queued.urgent = queued.urgency() == FOREGROUND
        for queued in stale:
            self._drop(queued)
        self._executor.submit(self._run_next)  # one turn per job; a dropped job's turn finds another
        return job

    # --- one result shared by two reads (the overview's task rows, for the task list) ---------
    @property
    def generation(self) -> int:
        """Take it when a read is asked for; :meth:`share` and :meth:`shared` compare it."""
        return self._generation

    def invalidate(self) -> None:
        """The database changed (a write here, or another program's): shared results are stale."""
        self._generation += 1
        self._shared = None

    def share(self, key, value, generation: int) -> None:
        """Keep ``value`` (read in a read asked for at ``generation``) for one later read of ``key``.
        Safe from the worker thread, where the next read may take it before the GUI hears of this one."""
        self._shared = (key, generation, time.monotonic(), value)

    def shared(self, key, generation: int, max_age: float = SHARED_MAX_AGE):
        """The value shared under ``key`` if nothing was written since both reads were asked for
        (and it is recent), else ``None``. It is handed out once."""
        shared = self._shared
        if shared is None or shared[0] != key or shared[1] != generation or self._generation != generation \
                or time.monotonic() - shared[2] > max_age:
            return None
        self._shared = None
        return shared[3]

    def reuse(self, key, generation: int, compute: Callable[[], Any]) -> Any:
        """What another read shared under ``key`` (see :meth:`shared`), else ``compute()``; either
        way it is shared in turn, for the other screen (worker thread)."""
        value = self.shared(key, generation)
        if value is None:
            value = compute()
        self.share(key, value, generation)
        return value

    @staticmethod
    def _supersedes(job: Job, queued: Job) -> bool:
        return (not job.in_order and not queued.in_order and bool(job.label) and job.label == queued.label
                and job.owner is not None and job.owner is queued.owner)

    def _drop(self, job: Job) -> None:
        job.done = job.dropped = True
        self._pending -= 1
        self.job_finished.emit(job)

    def next_job(self) -> Job | None:
        """What runs next: the first of the reads queued before the first in-order job that the
        user is waiting for, else the first queued job."""
        with self._lock:
            return self._choose()

    def _choose(self) -> Job | None:
        ahead: list[Job] = []
        for job in self._queue:
            if job.in_order:
                break
            ahead.append(job)
        return next((job for job in ahead if job.urgent), None) or (self._queue[0] if self._queue else None)

    # --- worker thread ----------------------------------------------------------------
    def _run_next(self) -> None:
        with self._lock:
            job = self._choose()
            if job is None:
                return
            self._queue.remove(job)
        if self._probe().changed_outside():  # the command line wrote meanwhile
            self._outside.emit()
        try:
            job.result = job.fn(self.workspace, job)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            if not isinstance(exc, Kh57Error):
                log.exception("Operation failed: %s", job.label or job.fn)
            job.error = exc
        finally:
            self._probe().settle()  # our own writes are not news
        self._finished.emit(job)

    def _probe(self):
        database = self.workspace.db
        if self._version is None or self._version.path != database.path:  # a restore or a moved folder
            if self._version is not None:
                self._version.close()
            self._version = database.version_probe()
        return self._version

    # --- GUI thread -------------------------------------------------------------------
    def check_outside_changes(self) -> None:
        """Look whether another program (``kh57``, a restore) wrote to the database; called when the
        window gains focus and on a timer. Nothing is queued while other work is pending: that
        work looks before it runs."""
        if not self._closed and self._pending == 0:
            self.read(lambda _session: None, label="outside_changes", priority=BACKGROUND)

    def _announce_outside(self) -> None:
        self.changed.emit(Changes.everything(external=True), None)

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
    """What to tell the user about ``exc``: our Vietnamese message, a sentence for a known cause
    (full disk, read-only folder, locked file), else a generic sentence naming the log."""
    if isinstance(exc, Kh57Error):
        return exc.message
    from kh57desk import diagnostics
    from kh57desk.ui.qt import QCoreApplication

    known = diagnostics.known_cause(exc)
    if known:
        return known
    return QCoreApplication.translate("Worker", "Lỗi không mong đợi: {0}. Không có gì bị ghi dở; chi tiết đã được "
                                      "ghi vào tệp nhật ký logs/kh57desk.log trong thư mục dữ liệu.").format(
        type(exc).__name__)
