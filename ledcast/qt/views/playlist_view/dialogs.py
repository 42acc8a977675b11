"""The playlist page's dialogs: a new playlist, and an item's trim."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ledcast.core.outlets import list_outlets
from ledcast.core.workspace import Workspace
from ledcast.qt.models.media_model import format_duration
from ledcast.qt.views.schedule_dialog import priority_labels
from ledcast.qt.widgets import ok_cancel


class NewPlaylistDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New playlist"))
        self.ws = ws
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Bản tin sáng – loa xã"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Loudspeakers (audio)"), "speaker")
        self.kind.addItem(self.tr("Screen (pictures, slides, video)"), "screen")
        self.outlet = QComboBox()
        self.priority = QComboBox()
        for key, label in priority_labels(self).items():
            self.priority.addItem(label, key)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("For"), self.kind)
        form.addRow(self.tr("Outlet"), self.outlet)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(ok_cancel(self))
        self.kind.currentIndexChanged.connect(self._fill_outlets)
        self._fill_outlets()

    def _fill_outlets(self) -> None:
        self.outlet.clear()
        self.outlet.addItem(self.tr("(none yet)"), None)
        for o in list_outlets(self.ws):
            if o.kind == self.kind.currentData():
                self.outlet.addItem(o.name + (f"  {o.width}×{o.height}" if o.width else ""), o.name)
        if self.outlet.count() > 1:
            self.outlet.setCurrentIndex(1)


class TrimDialog(QDialog):
    def __init__(
        self, length: float, trim_in: float | None, trim_out: float | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trim"))
        self.start = QDoubleSpinBox()
        self.end = QDoubleSpinBox()
        for box in (self.start, self.end):
            box.setRange(0, length)
            box.setDecimals(1)
            box.setSuffix(" s")
        self.start.setValue(trim_in or 0)
        self.end.setValue(trim_out if trim_out is not None else length)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Play only part of the item (length %1).").replace("%1", format_duration(length))))
        form.addRow(self.tr("Start at"), self.start)
        form.addRow(self.tr("End at"), self.end)
        form.addRow(ok_cancel(self))
