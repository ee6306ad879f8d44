"""A progress dialog for long operations: it appears only when the work lasts (~0.5 s) and
its Cancel button stops the operation at its next progress report."""

from __future__ import annotations

from kh57desk.ui.qt import QObject, QProgressDialog, Qt, QTimer, QWidget
from kh57desk.ui.worker import DbWorker, Job

SHOW_AFTER_MS = 500


class DelayedProgress(QObject):
    def __init__(self, parent: QWidget, worker: DbWorker, job: Job, title: str, text: str = ""):
        super().__init__(parent)
        self._parent, self._worker, self._job = parent, worker, job
        self._title, self._text = title, text
        self._dialog: QProgressDialog | None = None
        self.shown = False
        self._last = (0, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(SHOW_AFTER_MS)
        worker.progressed.connect(self._on_progress)
        worker.job_finished.connect(self._on_finished)
        if job.done:
            self._on_finished(job)

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _show(self) -> None:
        if self._job.done:
            return
        dialog = QProgressDialog(self._text or self._title, self.tr("Hủy"), 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)
        done, total = self._last
        if total:
            dialog.setMaximum(total)
            dialog.setValue(done)
        dialog.show()
        self._dialog = dialog
        self.shown = True

    def _cancel(self) -> None:
        self._job.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Đang dừng…"))

    def _on_progress(self, job: Job, done: int, total: int) -> None:
        if job is not self._job:
            return
        self._last = (done, total)
        if self._dialog is not None and total:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))

    def _on_finished(self, job: Job) -> None:
        if job is not self._job:
            return
        self._timer.stop()
        try:
            self._worker.progressed.disconnect(self._on_progress)
            self._worker.job_finished.disconnect(self._on_finished)
        except (RuntimeError, TypeError):
            pass
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self._cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()
