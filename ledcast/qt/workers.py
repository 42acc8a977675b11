"""Run core jobs off the GUI thread.

A `Job` wraps a core function that accepts `progress` and `cancel` keyword
arguments; its signals arrive on the GUI thread, so slots may touch widgets.
Workers never touch widgets themselves.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the owner keeps it until `finished`/`failed`

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self.signals.progress.emit, cancel=self._cancel.is_set, **self.kwargs)
        except Exception as exc:  # reported to the GUI, never swallowed
            exc.__dict__.setdefault("traceback_text", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
