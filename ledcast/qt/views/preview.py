"""Preview of the selected library item: pictures shown, audio and video played."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ledcast.core.db.models import Media
from ledcast.core.errors import LedcastError
from ledcast.core.formatting import clock
from ledcast.core.shared_store import local_media

try:  # QtMultimedia needs system audio libraries; the library still works without it
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

    HAVE_MULTIMEDIA = True
except ImportError:  # pragma: no cover - depends on the machine
    HAVE_MULTIMEDIA = False


class PreviewPane(QWidget):
    def __init__(self, workspace_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = workspace_root
        self.media: Media | None = None
        self._pixmap: QPixmap | None = None

        self.title = QLabel(self.tr("Select an item to preview it."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stack = QStackedWidget()
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(200, 120)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stack.addWidget(self.image)
        self.player = None
        if HAVE_MULTIMEDIA:
            self.video = QVideoWidget()
            self.stack.addWidget(self.video)

        self.play_button = QPushButton(self.tr("Play"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setEnabled(False)
        self.time_label = QLabel("0:00")
        seek_row = QHBoxLayout()
        seek_row.addWidget(self.position, 1)
        seek_row.addWidget(self.time_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.play_button)
        button_row.addWidget(self.stop_button)
        button_row.addStretch(1)
        controls = QVBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addLayout(seek_row)
        controls.addLayout(button_row)
        self.controls = QWidget()
        self.controls.setLayout(controls)
        self.controls.setVisible(False)
        self.play_button.clicked.connect(self.toggle_play)
        self.stop_button.clicked.connect(self.stop)
        self.position.sliderMoved.connect(self._seek)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.controls)
        layout.addWidget(self.facts)

    def _ensure_player(self) -> None:
        if self.player is not None or not HAVE_MULTIMEDIA:
            return
        self.player = QMediaPlayer(self)
        self.audio_out = QAudioOutput(self)
        self.player.setAudioOutput(self.audio_out)
        self.player.setVideoOutput(self.video)
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(lambda d: d > 0 and self.position.setRange(0, int(d)))
        self.player.playbackStateChanged.connect(self._on_state)

    def show_media(self, media: Media | None) -> None:
        self.stop()
        self.media = media
        if media is None:
            self.title.setText(self.tr("Select an item to preview it."))
            self.facts.clear()
            self.image.clear()
            self._pixmap = None
            self.controls.setVisible(False)
            self.stack.setCurrentWidget(self.image)
            return
        self.title.setText(media.title)
        self.facts.setText(self._facts(media))
        try:  # a PC of a centre fetches what another PC imported (the shared media store)
            path = local_media(self.root, media.store_path, media.sha256)
        except LedcastError as exc:
            path = self.root / media.store_path
            self.facts.setText(exc.message(QCoreApplication.translate))
        if media.kind in ("image", "slide"):
            self._pixmap = QPixmap(str(path))
            self._fit_image()
            self.stack.setCurrentWidget(self.image)
            self.controls.setVisible(False)
            return
        # audio: show the waveform thumbnail while it plays; video: the video itself
        self._pixmap = QPixmap(str(self.root / media.thumb_path)) if media.thumb_path else None
        self._fit_image()
        self.controls.setVisible(HAVE_MULTIMEDIA)
        # the length before anything plays, from what the import measured
        self.position.setRange(0, int((media.duration_s or 0) * 1000))
        self._on_position(0)
        if HAVE_MULTIMEDIA:
            self._ensure_player()
            assert self.player is not None
            self.player.setSource(QUrl.fromLocalFile(str(path)))
        # the thumbnail stands in until playback starts (a video widget is black before)
        self.stack.setCurrentWidget(self.image)

    def _facts(self, m: Media) -> str:
        lines = [self.tr("Original file: %1").replace("%1", m.original_name)] if m.original_name else []
        if m.width:
            # a slide is a "Trang chữ", not a picture, for the operator who designed it
            size = self.tr("Slide: %1×%2") if m.kind == "slide" else self.tr("Picture: %1×%2")
            lines.append(
                size.replace("%1", str(m.width)).replace("%2", str(m.height)) + (f", {m.fps:g} fps" if m.fps else "")
            )
        if m.audio_codec:
            lines.append(
                self.tr("Sound: %1, %2 Hz, %3 channel(s)")
                .replace("%1", m.audio_codec)
                .replace("%2", str(m.sample_rate or "?"))
                .replace("%3", str(m.channels or "?"))
            )
        if m.tasks:
            lines.append(
                self.tr("Tasks: %1").replace("%1", ", ".join(f"{t.code} {t.short_title or t.title}" for t in m.tasks))
            )
        else:
            lines.append(self.tr("Outside the plan (no task)"))
        return "\n".join(lines)

    def _fit_image(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.image.clear()
            return
        size = self.image.size()
        smooth = (
            Qt.TransformationMode.FastTransformation
            if self._pixmap.width() < size.width() // 2
            else Qt.TransformationMode.SmoothTransformation
        )
        self.image.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, smooth))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._fit_image()

    def toggle_play(self) -> None:
        if self.player is None:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()

    def _seek(self, ms: int) -> None:
        if self.player is not None:
            self.player.setPosition(ms)

    def _on_position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(ms)
        length = self.media.duration_s if self.media is not None else None
        self.time_label.setText(f"{clock(ms // 1000)} / {clock(length)}" if length else clock(ms // 1000))

    def _on_state(self, state) -> None:  # type: ignore[no-untyped-def]
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if playing and self.media is not None and self.media.kind == "video":
            self.stack.setCurrentWidget(self.video)
        elif state == QMediaPlayer.PlaybackState.StoppedState:
            self.stack.setCurrentWidget(self.image)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.position.setEnabled(state != QMediaPlayer.PlaybackState.StoppedState)
