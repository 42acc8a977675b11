"""Run core jobs off the GUI thread: the one runner every page uses.

`run_job(owner, fn, *args, title=…, on_done=…)` runs `fn(*args, progress=…,
cancel=…, **kwargs)` (the core's job shape, see ledcast.core.jobs) on the
thread pool and owns everything around it: the modal progress dialog (the
fraction on a 0..1000 bar, the label and the time remaining), Cancel, the error
box, and clean-up. The outcome is exactly one of `on_done(result)`,
`on_cancelled(exc)` (a `Cancelled`, its `partial` report when the job has one)
or `on_failed(exc)` (by default a message box with the error), each called
after the dialog is gone and the job has left the registry — so
`running_job(owner)` is None again inside them.

The worker never touches widgets: it only emits the job's signals, whose slots
run on the GUI thread (the runner is a QObject living there).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ledcast.core.formatting import seconds_left
from ledcast.core.jobs import Cancelled, CancelToken
from ledcast.qt.errors import error_text

log = logging.getLogger("ledcast.jobs")

ETA_FROM = 0.03  # show the time remaining once this much is done
STEPS = 1000  # the progress bar's scale for the job's fraction


class JobSignals(QObject):
    progress = Signal(float, str)  # fraction 0..1, label
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception (a Cancelled when cancelled)


class Job(QRunnable):
    """The worker half: calls the core function with a progress that emits and a cancel token."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = JobSignals()
        self.token = CancelToken()
        self.setAutoDelete(False)  # the runner keeps it until `finished`/`failed`

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self._progress, cancel=self.token, **self.kwargs)
        except Exception as exc:  # reported to the GUI, never swallowed
            exc.__dict__.setdefault("traceback_text", traceback.format_exc())
            self._emit("failed", exc)
        else:
            self._emit("finished", result)

    def _progress(self, fraction: float, label: str = "") -> None:
        if not self._emit("progress", fraction, label):
            self.token.cancel()  # nobody is left to show it: stop the work too

    def _emit(self, name: str, *args: Any) -> bool:
        """Emit unless the page that asked is gone (closed with the window while the job ran:
        its runner and these signals went with it). False when there was no one to tell."""
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            return False
        return True


class JobOutcome(QObject):
    """Hands a job's outcome (its result, or the exception) to `callback` on the GUI thread,
    for work without a progress dialog (the play-out engine's renders). It parents the job's
    signals, as JobRunner does and for its reason: the worker drops its reference to the job
    last, and the signals' QObject must not die there. It stays a small child of `parent`
    (deleting it while its queued outcome is delivered crashed)."""

    def __init__(self, job: Job, callback, parent: QObject) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.job, self.callback = job, callback
        job.signals.setParent(self)
        job.signals.finished.connect(self.deliver)
        job.signals.failed.connect(self.deliver)

    def deliver(self, result: object) -> None:
        callback, self.callback = self.callback, None
        self.job.fn, self.job.args, self.job.kwargs = None, (), {}  # what the render held goes
        if callback is not None:
            callback(result)


class JobText(QObject):
    """The words of the progress dialog (a QObject for their tr() context)."""

    def eta_text(self, fraction: float, elapsed_s: float) -> str:
        """“About … left”, once enough is done for the estimate to mean something."""
        if fraction < ETA_FROM or fraction >= 1:
            return ""
        left = seconds_left(elapsed_s, fraction)
        if left < 60:
            return self.tr("About %1 s left").replace("%1", str(max(left, 1)))
        if left < 3600:
            return self.tr("About %1 min %2 s left").replace("%1", str(left // 60)).replace("%2", str(left % 60))
        return self.tr("About %1 h %2 min left").replace("%1", str(left // 3600)).replace("%2", str(left % 3600 // 60))

    def progress_text(self, fraction: float, label: str, elapsed_s: float) -> str:
        lines = [self.tr("%1 % done").replace("%1", str(int(fraction * 100)))]
        if label:
            lines[0] += " — " + label
        eta = self.eta_text(fraction, elapsed_s)
        if eta:
            lines.append(eta)
        return "\n".join(lines)


class JobRunner(QObject):
    """The GUI half of one running job (see the module's doc)."""

    running: ClassVar[list[JobRunner]] = []  # every job started and not yet ended, for closing the app

    def __init__(
        self,
        owner: QWidget,
        job: Job,
        *,
        title: str,
        on_done: Callable[[Any], None],
        on_cancelled: Callable[[Cancelled], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        failed_title: str | None = None,
        critical: bool = False,
        dialog: bool = True,
        key: object = None,
    ) -> None:
        super().__init__(owner)
        self.owner, self.job, self.title = owner, job, title
        self.key = owner if key is None else key  # whose job it is, for running_job()
        self._on_done, self._on_cancelled, self._on_failed = on_done, on_cancelled, on_failed
        self._failed_title, self._critical = failed_title or title, critical
        self.text = JobText(self)
        self.started = time.monotonic()
        self.dialog: QProgressDialog | None = self._make_dialog() if dialog else None
        # The worker thread drops its reference to the job last, after run() returns: parented
        # here, the signals' QObject is destroyed with this runner on the GUI thread, never
        # by that last reference on the worker thread while events for it are being delivered.
        job.signals.setParent(self)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)

    # what pages and tests see of the job
    @property
    def signals(self) -> JobSignals:
        return self.job.signals

    @property
    def cancelled(self) -> bool:
        return self.job.token.cancelled

    def cancel(self) -> None:
        self.job.token.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("JobText", "Cancelling…"))

    def start(self) -> JobRunner:
        JobRunner.running.append(self)
        log.info("%s: started", self.title)
        QThreadPool.globalInstance().start(self.job)
        return self

    def _make_dialog(self) -> QProgressDialog:
        dlg = QProgressDialog(
            QCoreApplication.translate("JobText", "Preparing…"),
            QCoreApplication.translate("JobText", "Cancel"),
            0,
            STEPS,
            self.owner,
        )
        dlg.setWindowTitle(self.title)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setMinimumWidth(420)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setValue(0)
        dlg.canceled.connect(self.cancel)
        return dlg

    def _on_progress(self, fraction: float, label: str) -> None:
        dlg = self.dialog  # setValue() on a modal dialog processes events: keep our own ref
        if dlg is None or self.cancelled:
            return
        fraction = min(1.0, max(0.0, fraction))
        dlg.setLabelText(self.text.progress_text(fraction, label, time.monotonic() - self.started))
        dlg.setValue(int(fraction * STEPS))

    def _end(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        if self in JobRunner.running:
            JobRunner.running.remove(self)
        # Not deleteLater(): destroying the runner (and the signals it parents) from the event
        # loop while its queued outcome is still being delivered crashed the test process about
        # one run in two. The runner stays a small child of its page; what the job held goes.
        self.job.fn, self.job.args, self.job.kwargs = None, (), {}

    def _finished(self, result: Any) -> None:
        log.info("%s: finished in %.1f s", self.title, time.monotonic() - self.started)
        self._end()
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            log.info("%s: cancelled after %.1f s", self.title, time.monotonic() - self.started)
        else:  # the operator sees the message; the log keeps where it came from
            log.warning("%s: failed: %s\n%s", self.title, exc, getattr(exc, "traceback_text", "").rstrip())
        self._end()
        if isinstance(exc, Cancelled):
            if self._on_cancelled is not None:
                self._on_cancelled(exc)
        elif self._on_failed is not None:
            self._on_failed(exc)
        else:
            box = QMessageBox.critical if self._critical else QMessageBox.warning
            box(self.owner, self._failed_title, error_text(exc))


class JobOwner:
    """For a page that runs one job at a time: `job` is its running job (None when
    idle) and `progress_dialog` that job's dialog."""

    @property
    def job(self) -> JobRunner | None:
        return running_job(self)

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        job = self.job
        return job.dialog if job is not None else None


def run_job(owner: QWidget, fn: Callable[..., Any], *args: Any, title: str, **options: Any) -> JobRunner:
    """Start `fn(*args, progress=…, cancel=…, **kwargs)` in the background; see JobRunner
    for the options (on_done, on_cancelled, on_failed, failed_title, critical, dialog, key).
    Other keyword arguments go to `fn`."""
    runner_keys = {"on_done", "on_cancelled", "on_failed", "failed_title", "critical", "dialog", "key"}
    kwargs = {k: v for k, v in options.items() if k not in runner_keys}
    settings = {k: v for k, v in options.items() if k in runner_keys}
    return JobRunner(owner, Job(fn, *args, **kwargs), title=title, **settings).start()


def _alive() -> list[JobRunner]:
    """The registry without runners whose page was deleted mid-job (their job was told to
    stop when it next reported progress, see Job._progress)."""
    JobRunner.running[:] = [r for r in JobRunner.running if shiboken6.isValid(r)]
    return JobRunner.running


def running_job(key: object) -> JobRunner | None:
    """The job started for `key` (its owner, unless another key was given) and not ended yet."""
    return next((r for r in _alive() if r.key is key), None)


def cancel_all() -> None:
    """Ask every running job to stop (the main window closing)."""
    for runner in list(_alive()):
        runner.cancel()
