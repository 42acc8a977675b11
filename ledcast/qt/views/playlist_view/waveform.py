"""The trim dialog's waveform: the sound's peaks scaled to the item's own loudest
moment (so a quiet recording is as readable as a loud one), the part outside the
in/out points shaded, and two markers that follow the spin boxes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

WAVE = QColor("#2a7ae2")
MARK = QColor("#d1462f")
SHADE = QColor(0, 0, 0, 70)


class WaveformView(QWidget):
    def __init__(self, length_s: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.length_s = max(length_s, 0.001)
        self.columns: list[tuple[float, float]] = []
        self.scale = 1.0  # drawing gain: 1 / the item's own peak
        self.mark_in, self.mark_out = 0.0, length_s
        self.setMinimumSize(360, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_columns(self, columns: Sequence[tuple[float, float]]) -> None:
        self.columns = list(columns)
        peak = max((max(abs(lo), abs(hi)) for lo, hi in self.columns), default=0.0)
        self.scale = 1.0 / peak if peak > 1e-6 else 1.0  # digital silence stays flat, not noise blown up
        self.update()

    def set_marks(self, start: float, end: float) -> None:
        self.mark_in, self.mark_out = start, end
        self.update()

    def x_of(self, seconds: float) -> float:
        return max(0.0, min(seconds / self.length_s, 1.0)) * (self.width() - 1)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        p = QPainter(self)
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), self.palette().base())
        mid = (h - 1) / 2
        p.setPen(QPen(WAVE, 1))
        n = len(self.columns)
        for x in range(w if n else 0):
            lo, hi = self.columns[x * n // w]
            lo, hi = max(-1.0, lo * self.scale), min(1.0, hi * self.scale)
            p.drawLine(QPointF(x, mid - hi * mid), QPointF(x, mid - lo * mid))
        x_in, x_out = self.x_of(self.mark_in), self.x_of(self.mark_out)
        p.fillRect(QRectF(0, 0, x_in, h), SHADE)
        p.fillRect(QRectF(x_out, 0, w - x_out, h), SHADE)
        p.setPen(QPen(MARK, 2))
        for x in (x_in, x_out):
            p.drawLine(QPointF(x, 0), QPointF(x, h))
        p.end()
