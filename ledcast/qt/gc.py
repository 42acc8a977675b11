"""Collect garbage on the GUI thread only.

Python's collector runs in whichever thread happens to allocate; when that is
a worker (an export, an import) and the garbage holds Qt wrappers, Qt objects
get destroyed off the GUI thread, which crashes. Automatic collection is
switched off and a timer collects on the GUI thread instead (Anki does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 2000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)

    def collect(self) -> int:
        return gc.collect()

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        gc.enable()
