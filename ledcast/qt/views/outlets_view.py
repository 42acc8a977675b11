"""Điểm phát: screens with their exact pixel size, and loudspeaker systems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import outlets as outlets_mod
from ledcast.core.db.models import Outlet
from ledcast.core.labels import KIND_LABELS
from ledcast.core.limits import DEFAULT_FPS, MAX_FPS, MIN_FPS, Size
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import OUTLETS, WorkspaceEvents
from ledcast.qt.labels import label
from ledcast.qt.views.outlet_playout_box import OutletPlayoutBox
from ledcast.qt.widgets import ok_cancel, read_only_table

ID_ROLE = Qt.ItemDataRole.UserRole
PRESETS = [
    (128, 64),
    (192, 96),
    (256, 128),
    (384, 192),
    (512, 256),
    (768, 192),
    (64, 256),
    (1280, 720),
    (1920, 1080),
    (1080, 1920),
    (3840, 2160),
]


class OutletDialog(QDialog):
    def __init__(self, outlet: Outlet | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit outlet") if outlet else self.tr("New outlet"))
        self.name = QLineEdit(outlet.name if outlet else "")
        self.kind = QComboBox()
        for kind in ("screen", "speaker"):  # the same words as the outlets table and the playlists
            self.kind.addItem(label(KIND_LABELS, kind), kind)
        if outlet:
            self.kind.setCurrentIndex(self.kind.findData(outlet.kind))
            self.kind.setEnabled(False)  # playlists are bound by kind
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Custom size"), None)
        for w, h in PRESETS:
            self.preset.addItem(f"{w}×{h}", (w, h))
        self.width = QSpinBox()
        self.height = QSpinBox()
        for box in (self.width, self.height):
            box.setRange(outlets_mod.MIN_SIDE, outlets_mod.MAX_SIDE)
            box.setSuffix(" px")
        self.width.setValue(outlet.width if outlet and outlet.width else 384)
        self.height.setValue(outlet.height if outlet and outlet.height else 192)
        self.fps = QDoubleSpinBox()
        self.fps.setRange(MIN_FPS, MAX_FPS)
        self.fps.setDecimals(2)
        self.fps.setValue(outlet.fps if outlet and outlet.fps else DEFAULT_FPS)
        self.location = QLineEdit(outlet.location if outlet else "")
        self.location.setPlaceholderText(self.tr("e.g. Commune gate, Hamlet 3 culture house"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.width)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height)
        size_row.addWidget(self.preset)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Pixel size"), size_row)
        self.form.addRow(self.tr("Frame rate"), self.fps)
        self.form.addRow(self.tr("Location"), self.location)
        self.form.addRow(ok_cancel(self))
        self.preset.activated.connect(self._on_preset)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self._on_kind()

    def _on_preset(self) -> None:
        size = self.preset.currentData()
        if size:
            self.width.setValue(size[0])
            self.height.setValue(size[1])

    def _on_kind(self) -> None:
        screen = self.kind.currentData() == "screen"
        for w in (self.width, self.height, self.preset, self.fps):
            w.setEnabled(screen)

    def size(self) -> Size | None:
        return Size(self.width.value(), self.height.value()) if self.kind.currentData() == "screen" else None


class OutletsView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)
        self.table = read_only_table(
            [self.tr("Name"), self.tr("Kind"), self.tr("Pixel size"), self.tr("Frame rate"), self.tr("Location")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("Add outlet…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Outlets") + "</h2>"))
        layout.addWidget(
            QLabel(
                self.tr(
                    "The screens and loudspeaker systems this unit runs. A screen's exact "
                    "pixel size is what exports and slides are made for."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.playout_box = OutletPlayoutBox(ws, self)
        self.playout_box.saved.connect(lambda _p: self.events.announce(self, OUTLETS))
        layout.addWidget(self.playout_box)
        self.add_button.clicked.connect(self.add_outlet)
        self.edit_button.clicked.connect(self.edit_outlet)
        self.remove_button.clicked.connect(self.remove_outlet)
        self.table.doubleClicked.connect(lambda _i: self.edit_outlet())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        outlets = outlets_mod.list_outlets(self.ws)
        self.table.setRowCount(len(outlets))
        for r, o in enumerate(outlets):
            name = QTableWidgetItem(o.name)
            name.setData(ID_ROLE, o.id)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(label(KIND_LABELS, o.kind)))
            self.table.setItem(r, 2, QTableWidgetItem(f"{o.width}×{o.height}" if o.width else ""))
            self.table.setItem(r, 3, QTableWidgetItem(f"{o.fps:g} fps" if o.fps else ""))
            self.table.setItem(r, 4, QTableWidgetItem(o.location))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.playout_box.show_outlet(self.current_id())

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def _run(self, dlg: OutletDialog, save) -> None:  # type: ignore[no-untyped-def]
        """Show the dialog until it is cancelled or what it holds is saved."""
        while dlg.exec():
            try:
                save(dlg)
            except Exception as exc:  # noqa: BLE001 - the operator fixes the entry and tries again
                QMessageBox.warning(self, self.tr("Outlet not saved"), error_text(exc))
                continue
            self.refresh()
            self.events.announce(self, OUTLETS)
            return

    def add_outlet(self) -> None:
        self._run(
            OutletDialog(None, self),
            lambda d: outlets_mod.add_outlet(
                self.ws, d.name.text(), d.kind.currentData(), d.size(), d.fps.value(), d.location.text()
            ),
        )

    def edit_outlet(self) -> None:
        oid = self.current_id()
        if oid is None:
            return
        self._run(
            OutletDialog(outlets_mod.get_outlet(self.ws, oid), self),
            lambda d: outlets_mod.update_outlet(
                self.ws,
                oid,
                name=d.name.text(),
                size=d.size(),
                fps=d.fps.value() if d.size() else None,
                location=d.location.text(),
            ),
        )

    def remove_outlet(self) -> None:
        oid = self.current_id()
        if oid is None:
            return
        try:
            outlets_mod.remove_outlet(self.ws, oid)
        except Exception as exc:  # noqa: BLE001 - in use: say by what, and ask
            answer = QMessageBox.question(self, self.tr("Remove outlet"), error_text(exc))
            if answer != QMessageBox.StandardButton.Yes:
                return
            outlets_mod.remove_outlet(self.ws, oid, force=True)
        self.refresh()
        self.events.announce(self, OUTLETS)
