"""The console's Emergency… dialog: an outlet, then a playlist or one library item
of what that outlet can play; the caller confirms and airs it (engine.emergency)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ledcast.core.labels import KIND_LABELS
from ledcast.core.library import list_media
from ledcast.core.playlist import ALLOWED, list_playlists
from ledcast.core.workspace import Workspace
from ledcast.qt.labels import label
from ledcast.qt.widgets import hint_label, ok_cancel


class EmergencyDialog(QDialog):
    """`choice()` after exec: (outlet, playlist id or None, media id or None)."""

    def __init__(self, ws: Workspace, outlets: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Emergency broadcast"))
        self.outlet = QComboBox()
        for name, kind in outlets.items():
            self.outlet.addItem(f"{name} — {label(KIND_LABELS, kind)}", name)
        self.kinds = outlets
        self.by_playlist = QRadioButton(self.tr("A playlist"))
        self.by_item = QRadioButton(self.tr("One library item (approved)"))
        self.by_playlist.setChecked(True)
        self.playlist = QComboBox()
        self.item = QComboBox()
        for combo in (self.playlist, self.item):
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form = QFormLayout()
        form.addRow(self.tr("Outlet:"), self.outlet)
        form.addRow(self.by_playlist, self.playlist)
        form.addRow(self.by_item, self.item)
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr("It airs at once and interrupts whatever plays on that outlet."))
        warning.setStyleSheet("color: #c62828; font-weight: bold;")
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "With automatic play-out on, the interrupted programme resumes afterwards at the item it was on."
                )
            )
        )
        self.buttons = ok_cancel(self)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Air now…"))
        layout.addWidget(self.buttons)
        self.outlet.currentIndexChanged.connect(self._load)
        self.by_playlist.toggled.connect(self._enable)
        self.playlist.currentIndexChanged.connect(self._enable)
        self.item.currentIndexChanged.connect(self._enable)
        self._load()

    def _load(self) -> None:
        """What the chosen outlet can play: its kind's playlists (its own first) and approved items."""
        name = self.outlet.currentData()
        kind = self.kinds.get(name, "speaker")
        playlists = [p for p in list_playlists(self.ws) if p.kind == kind]
        playlists.sort(key=lambda p: p.outlet is None or p.outlet.name != name)
        self.playlist.clear()
        for p in playlists:
            self.playlist.addItem(p.name, p.id)
        self.item.clear()
        for m in list_media(self.ws, approval="approved"):
            if m.kind in ALLOWED[kind]:
                self.item.addItem(m.title, m.id)
        self._enable()

    def _enable(self) -> None:
        use_playlist = self.by_playlist.isChecked()
        self.playlist.setEnabled(use_playlist)
        self.item.setEnabled(not use_playlist)
        chosen = self.playlist if use_playlist else self.item
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(chosen.currentData() is not None)

    def choice(self) -> tuple[str, int | None, int | None]:
        if self.by_playlist.isChecked():
            return self.outlet.currentData(), self.playlist.currentData(), None
        return self.outlet.currentData(), None, self.item.currentData()

    def chosen_text(self) -> str:
        combo = self.playlist if self.by_playlist.isChecked() else self.item
        return combo.currentText()
