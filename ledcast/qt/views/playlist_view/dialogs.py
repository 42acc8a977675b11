"""The playlist page's dialogs: a new playlist, and an item's trim (on its waveform)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ledcast.core import playlist as pl
from ledcast.core.audio_analysis import waveform_columns
from ledcast.core.db.models import PlaylistItem
from ledcast.core.errors import LedcastError
from ledcast.core.outlets import list_outlets
from ledcast.core.settings import speaker_settings
from ledcast.core.workspace import Workspace
from ledcast.qt.models.media_model import format_duration
from ledcast.qt.views.playlist_view.waveform import WaveformView
from ledcast.qt.views.preview import HAVE_MULTIMEDIA
from ledcast.qt.views.schedule_dialog import priority_labels
from ledcast.qt.widgets import ok_cancel

if HAVE_MULTIMEDIA:  # as in the preview pane: the dialog works without sound libraries, minus playing
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer


class NewPlaylistDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New playlist"))
        self.ws = ws
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Morning news – commune loudspeakers"))
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
    """In and out points of an audio or video item, on its waveform, with the
    selection playable; a very quiet recording is pointed out."""

    def __init__(
        self,
        length: float,
        trim_in: float | None,
        trim_out: float | None,
        parent: QWidget | None = None,
        *,
        source: Path | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trim"))
        self.source = source
        self.player = None
        self.start = QDoubleSpinBox()
        self.end = QDoubleSpinBox()
        for box in (self.start, self.end):
            box.setRange(0, length)
            box.setDecimals(1)
            box.setSuffix(" s")
        self.start.setValue(trim_in or 0)
        self.end.setValue(trim_out if trim_out is not None else length)
        self.waveform = WaveformView(length)
        if source is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # one decode: a moment for a long file
            try:
                with contextlib.suppress(LedcastError, OSError):  # no waveform rather than no dialog
                    self.waveform.set_columns(waveform_columns(source, 720, length))
            finally:
                QApplication.restoreOverrideCursor()
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b35c00;")
        self.note.setVisible(bool(note))
        self.play_button = QPushButton(self.tr("Play selection"))
        self.play_button.setEnabled(HAVE_MULTIMEDIA and source is not None)
        self.play_button.clicked.connect(self.toggle_play)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Play only part of the item (length %1).").replace("%1", format_duration(length))))
        form.addRow(self.waveform)
        form.addRow(self.note)
        form.addRow(self.tr("Start at"), self.start)
        form.addRow(self.tr("End at"), self.end)
        form.addRow(self.play_button)
        form.addRow(ok_cancel(self))
        self.start.valueChanged.connect(self._marks)
        self.end.valueChanged.connect(self._marks)
        self._marks()

    def _marks(self) -> None:
        self.waveform.set_marks(self.start.value(), self.end.value())

    def toggle_play(self) -> None:
        """Play from the in point; playback stops at the out point (or on a second click)."""
        if self.player is None:
            if not HAVE_MULTIMEDIA or self.source is None:
                return
            self.player = QMediaPlayer(self)
            self.audio_out = QAudioOutput(self)
            self.player.setAudioOutput(self.audio_out)
            self.player.setSource(QUrl.fromLocalFile(str(self.source)))
            self.player.positionChanged.connect(self._on_position)
            self.player.playbackStateChanged.connect(self._on_state)
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.stop()
            return
        self.player.setPosition(int(self.start.value() * 1000))
        self.player.play()

    def _on_position(self, ms: int) -> None:
        if self.player is not None and ms >= self.end.value() * 1000:
            self.player.stop()

    def _on_state(self, state) -> None:  # type: ignore[no-untyped-def]
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Stop") if playing else self.tr("Play selection"))

    def done(self, result: int) -> None:
        if self.player is not None:
            self.player.stop()
        super().done(result)


def trim_dialog(ws: Workspace, item: PlaylistItem, parent: QWidget | None = None) -> TrimDialog:
    """The trim dialog for a playlist item: its sound file, and the quiet-recording
    note for loudspeaker items (the loudness target decides)."""
    media = item.media
    quiet = pl.quiet_warning(media, speaker_settings(ws).target_lufs)
    try:
        source = ws.media_file(media)
    except LedcastError:  # not here nor on the share: the trim points can still be typed
        source = ws.path(media.store_path)
    return TrimDialog(
        media.duration_s or 0,
        item.trim_in_s,
        item.trim_out_s,
        parent,
        source=source,
        note=quiet.message(QCoreApplication.translate) if quiet else "",
    )
