"""The Outlets page's "Play-out from this PC" group (issue 14): for the selected outlet,
the audio output a loudspeaker outlet plays through, or the monitor / exact sender-card
rectangle a screen outlet fills and whether its videos keep their sound. Every change
is stored at once (core.outlet_playout), so switching outlets loses nothing."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ledcast.core import outlets as outlets_mod
from ledcast.core.labels import PLAYOUT_PLACE_LABELS
from ledcast.core.outlet_playout import NULL_DEVICE, OutletPlayout, outlet_playout, save_outlet_playout
from ledcast.core.screen_items import Region
from ledcast.core.workspace import Workspace
from ledcast.qt.devices import audio_output_names, monitor_text, monitors
from ledcast.qt.labels import label
from ledcast.qt.screen_window import screen_for_region, to_logical
from ledcast.qt.widgets import hint_label

DEFAULT = ""  # combo data for the system's default output (None cannot be found with findData)
FLASH_MS = 2000
MAX_COORD = 32767  # Qt's coordinate range; a desktop of several monitors fits well inside


def _row(*items: QWidget | int) -> QHBoxLayout:
    """Widgets on one line (a number is a gap), pushed to the left."""
    row = QHBoxLayout()
    for item in items:
        row.addSpacing(item) if isinstance(item, int) else row.addWidget(item)
    row.addStretch(1)
    return row


def _not_connected(name: str) -> str:
    return label(PLAYOUT_PLACE_LABELS, "not_connected").format(name=name)


class RegionOutline(QWidget):
    """A frameless red outline at a desktop rectangle, for lining it up with the sender card."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(  # a window of its own, owned (and deleted) by the group
            parent,
            Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def place(self, region: Region) -> None:
        screen = screen_for_region(region)
        if screen is None:
            rect = QRect(*region)
        else:  # physical pixels on a scaled monitor: Qt places windows in logical units
            g = screen.geometry()
            rect, _exact = to_logical(region, (g.x(), g.y()), screen.devicePixelRatio())
        self.setGeometry(rect)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setPen(QPen(Qt.GlobalColor.red, 4))
        p.drawRect(self.rect().adjusted(2, 2, -2, -2))


class OutletPlayoutBox(QGroupBox):
    saved = Signal(object)  # the OutletPlayout just stored

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.outlet_id: int | None = None
        self.outline = RegionOutline(self)
        self.outline_timer = QTimer(self)
        self.outline_timer.setSingleShot(True)
        self.outline_timer.setInterval(FLASH_MS)
        self.outline_timer.timeout.connect(self.outline.hide)
        self._loading = False
        self.setTitle(self.tr("Play-out from this PC"))
        self.audio = QComboBox()
        self.audio.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.audio.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its names
        self.whole = QRadioButton(self.tr("Whole monitor"))
        self.exact = QRadioButton(self.tr("Exact region"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.whole)
        self.mode.addButton(self.exact)
        self.monitor = QComboBox()
        self.monitor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.x, self.y, self.w, self.h = (QSpinBox() for _ in range(4))
        for box in (self.x, self.y):
            box.setRange(-MAX_COORD, MAX_COORD)
        for box in (self.w, self.h):
            box.setRange(outlets_mod.MIN_SIDE, outlets_mod.MAX_SIDE)
        self.show_region = QPushButton(self.tr("Show region"))
        self.sound = QCheckBox(self.tr("Play videos with sound"))
        self.hint = hint_label(  # one line at 1366 px: wrapped, a form row reserves room for several
            self.tr(
                "A sender card captures physical pixels: set the monitor's scale to 100 % "
                "and give the rectangle it sends to the board."
            ),
            wrap=False,
        )

        mode_row = _row(self.whole, self.monitor, 16, self.exact)
        region_row = _row(
            *(
                w
                for name, box in (("X", self.x), ("Y", self.y), ("W", self.w), ("H", self.h))
                for w in (QLabel(name), box)
            ),
            self.show_region,
        )
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Audio output"), self.audio)
        self.form.addRow(self.tr("Where"), mode_row)
        self.form.addRow(self.tr("Region"), region_row)
        self.form.addRow("", self.hint)
        self.form.addRow("", self.sound)

        self.audio.activated.connect(lambda _i: self._save(audio_device=self.audio.currentData() or None))
        self.whole.toggled.connect(lambda on: on and self._save_place())
        self.exact.toggled.connect(lambda on: on and self._save_place())
        self.monitor.activated.connect(lambda _i: self._save_place())
        for box in (self.x, self.y, self.w, self.h):
            box.valueChanged.connect(lambda _v: self.exact.isChecked() and self._save_place())
        self.sound.toggled.connect(lambda on: self._save(with_sound=on))
        self.show_region.clicked.connect(self.flash_region)
        self.show_outlet(None)

    # --- showing an outlet -------------------------------------------------------------

    def show_outlet(self, outlet_id: int | None) -> None:
        """Show the stored place of an outlet (None: nothing selected, the group is hidden)."""
        self.outlet_id = outlet_id
        self.setVisible(outlet_id is not None)
        if outlet_id is None:
            return
        o = outlets_mod.get_outlet(self.ws, outlet_id)
        self.setTitle(self.tr("Play-out from this PC: {name}").format(name=o.name))
        p = outlet_playout(self.ws, outlet_id)
        screen = o.kind == "screen"
        self._loading = True
        try:
            for row in (0,):
                self.form.setRowVisible(row, not screen)
            for row in (1, 2, 3, 4):
                self.form.setRowVisible(row, screen)
            if screen:
                self._fill_screen(p, o.width or 384, o.height or 192)
            else:
                self._fill_audio(p.audio_device)
        finally:
            self._loading = False
        self._enable()

    def _fill_audio(self, stored: str | None) -> None:
        self.audio.clear()
        self.audio.addItem(label(PLAYOUT_PLACE_LABELS, "default"), DEFAULT)
        self.audio.addItem(label(PLAYOUT_PLACE_LABELS, NULL_DEVICE), NULL_DEVICE)
        for name in audio_output_names():
            self.audio.addItem(name, name)
        if stored and self.audio.findData(stored) < 0:  # unplugged now: kept, and said so
            self.audio.addItem(_not_connected(stored), stored)
        self.audio.setCurrentIndex(max(0, self.audio.findData(stored or DEFAULT)))

    def _fill_screen(self, p: OutletPlayout, width: int, height: int) -> None:
        self.monitor.clear()
        template = label(PLAYOUT_PLACE_LABELS, "monitor")
        for m in monitors():
            self.monitor.addItem(monitor_text(m, template), m["number"])
        screen = p.screen or 0
        if self.monitor.findData(screen) < 0:
            monitor_n = label(PLAYOUT_PLACE_LABELS, "monitor_n").format(n=screen + 1)
            self.monitor.addItem(_not_connected(monitor_n), screen)
        self.monitor.setCurrentIndex(self.monitor.findData(screen))
        r = p.region or Region(0, 0, width, height)  # the outlet's own size is the usual rectangle
        for box, v in zip((self.x, self.y, self.w, self.h), r):
            box.setValue(v)
        (self.exact if p.region else self.whole).setChecked(True)
        self.sound.setChecked(p.with_sound)

    def _enable(self) -> None:
        exact = self.exact.isChecked()
        self.monitor.setEnabled(not exact)
        for w in (self.x, self.y, self.w, self.h, self.show_region):
            w.setEnabled(exact)

    # --- storing -------------------------------------------------------------------------

    def region(self) -> Region:
        return Region(self.x.value(), self.y.value(), self.w.value(), self.h.value())

    def _save_place(self) -> None:
        self._enable()
        if self.exact.isChecked():
            self._save(region=self.region())
        else:
            self._save(region=None, screen=self.monitor.currentData() or None)

    def _save(self, **changes) -> None:  # type: ignore[no-untyped-def]
        if self._loading or self.outlet_id is None:
            return
        self.saved.emit(save_outlet_playout(self.ws, self.outlet_id, **changes))

    def flash_region(self) -> RegionOutline:
        """Outline the rectangle on the desktop for two seconds."""
        self.outline.place(self.region())
        self.outline.show()
        self.outline.raise_()
        self.outline_timer.start()
        return self.outline
