"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every emit of a
Python-defined signal, so a long export's progress (thousands of emits) aborted the app
with "deallocating True or False". pyproject excludes that release; this catches the
next one that does the same."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

EMITS = 500


class _Sender(QObject):
    plain = Signal()
    progress = Signal(float, str)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def on_plain(self) -> None:
        self.count += 1

    def on_progress(self, _fraction: float, _label: str) -> None:
        self.count += 1


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_emitting_python_signals_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    sender, receiver = _Sender(), _Receiver()
    sender.plain.connect(receiver.on_plain)
    sender.progress.connect(receiver.on_progress)
    before = _counts()
    for i in range(EMITS):
        sender.plain.emit()
        sender.progress.emit(i / EMITS, "label")

    def from_a_worker() -> None:  # queued to the GUI thread, as a job's progress is
        for i in range(EMITS):
            sender.progress.emit(i / EMITS, "label")

    worker = threading.Thread(target=from_a_worker)
    worker.start()
    worker.join()
    while receiver.count < 3 * EMITS:
        QCoreApplication.processEvents()
    after = _counts()
    assert all(abs(a - b) < EMITS // 10 for a, b in zip(after, before)), (before, after)
