"""The editor for a still's duration in the playlist table."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QStyledItemDelegate


class DurationDelegate(QStyledItemDelegate):
    """Seconds for a still: 1 s to 1 h, in tenths (Qt's default spin box stops at 99.99)."""

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]  # noqa: N802
        box = QDoubleSpinBox(parent)
        box.setRange(1, 3600)
        box.setDecimals(1)
        box.setSuffix(" s")
        return box
