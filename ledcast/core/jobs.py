"""The one shape of a long core job: how it reports progress and how it is cancelled.

Every long job (import, library check and repair, exports, renders) takes
`progress: Progress | None` and `cancel: CancelCheck | None` keyword arguments.
Progress is a fraction of the whole job (0..1) plus a label for the operator;
a cancel raises `Cancelled`, carrying what was already done (`partial`) when
that matters — e.g. the files an import had already added stay added.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

Progress = Callable[[float, str], None]  # (fraction of the whole job done 0..1, label)
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled a long job; partial files were cleaned up. `partial`
    holds the job's report of what was done before the cancel, when it has one."""

    def __init__(self, partial: Any = None) -> None:
        super().__init__()
        self.partial = partial


class CancelToken:
    """A thread-safe cancel flag; calling it answers "cancelled?", so it is a CancelCheck."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def check(cancel: CancelCheck | None) -> None:
    """Raise Cancelled when `cancel` says so (a job's check between its steps)."""
    if cancel is not None and cancel():
        raise Cancelled()


def scaled(progress: Progress | None, start: float, span: float) -> Progress | None:
    """A progress for a sub-range of a job: its 0..1 maps onto start..start+span."""
    if progress is None:
        return None

    def report(fraction: float, label: str) -> None:
        progress(start + span * min(1.0, max(0.0, fraction)), label)

    return report


def counted(progress: Progress | None, total: int) -> Callable[[int, str], None]:
    """Report step `done` of `total` counted steps as a fraction (nothing without a progress)."""

    def report(done: int, label: str) -> None:
        if progress is not None:
            progress(min(1.0, done / total) if total else 1.0, label)

    return report
