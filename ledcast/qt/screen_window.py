"""The screen play-out window: what a sender card sends to an LED board.

A frameless, always-on-top tool window (no taskbar button, the main window stays
usable) either covering one monitor or at an exact pixel rectangle of the desktop.
It plays a screen playlist's items in order (core.screen_items): stills and slides
rendered at the window's physical pixel size for their durations (a clock-driven
timer), videos through QMediaPlayer with or without their sound, from their trim
for their aired length (the player's position and end). It loops until stopped
(or plays once with loop=False); Esc, closing or stop() ends it.

Pixels: a sender card captures physical pixels. A region is given in physical
pixels; on a monitor scaled by the system (device pixel ratio ≠ 1, e.g. Windows at
125 %) it is converted to Qt's logical units and the frames are rendered at the
physical size with that ratio, so each LED gets exactly one pixel of the picture.
A rectangle that is not a whole number of logical pixels at that ratio cannot be
placed exactly: `exact` is False then and `warnings` says so (set the monitor to 100 %).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from PIL import Image
from PySide6.QtCore import QRect, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage, QKeyEvent, QPainter, QPaintEvent, QPixmap, QScreen
from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QStackedLayout, QWidget

from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.render.screen import M_RENDER_FAILED
from ledcast.core.screen_items import Region, ScreenItem, still_frame
from ledcast.qt.errors import error_text

M_PLAY_FAILED = QT_TRANSLATE_NOOP("Errors", "“{title}” could not be played: {detail}")
VIDEO_SLACK_S = 5.0  # a video not over this long after its aired length is cut (a stalled file)
FIT_TO_VIDEO = {
    "fit": Qt.AspectRatioMode.KeepAspectRatio,
    "fill": Qt.AspectRatioMode.KeepAspectRatioByExpanding,
    "stretch": Qt.AspectRatioMode.IgnoreAspectRatio,
}


W_NOT_EXACT = QT_TRANSLATE_NOOP(
    "Errors",
    "The region {region} is not a whole number of pixels on a monitor scaled to {percent} %: the picture "
    "will not reach the board pixel for pixel. Set that monitor's scale to 100 %.",
)


def to_logical(region: Region, origin: tuple[int, int], dpr: float) -> tuple[QRect, bool]:
    """A rectangle in physical pixels on a monitor whose top-left is `origin` (where
    Qt and the system agree on it) and whose scale is `dpr`, in Qt's logical units;
    with False when rounding moved an edge (the picture would not map 1:1)."""
    ox, oy = origin
    edges = [(region.x - ox) / dpr, (region.y - oy) / dpr, region.width / dpr, region.height / dpr]
    rounded = [round(e) for e in edges]
    exact = all(abs(e - r) < 1e-6 for e, r in zip(edges, rounded))
    return QRect(ox + rounded[0], oy + rounded[1], rounded[2], rounded[3]), exact


W_OFF_SCREEN = QT_TRANSLATE_NOOP(
    "Errors", "The region {region} starts outside every screen of this computer; it is shown on the main screen."
)


def screen_for_region(region: Region) -> QScreen | None:
    """The monitor holding the region's top-left corner, counted in its physical pixels."""
    for screen in QGuiApplication.screens():
        g, dpr = screen.geometry(), screen.devicePixelRatio()
        if g.x() <= region.x < g.x() + g.width() * dpr and g.y() <= region.y < g.y() + g.height() * dpr:
            return screen
    return None


M_NO_SCREEN = QT_TRANSLATE_NOOP("Errors", "There is no screen {number}: this computer has {count} (0 to {last}).")


def screen_by_number(number: int) -> QScreen:
    screens = QGuiApplication.screens()
    if not 0 <= number < len(screens):
        raise LedcastError(M_NO_SCREEN, number=number, count=len(screens), last=len(screens) - 1)
    return screens[number]


def to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


class _Still(QWidget):
    """Paints its frame at the top-left, pixel for pixel, on black."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.pixmap = QPixmap()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self.pixmap.isNull():
            painter.drawPixmap(0, 0, self.pixmap)


class ScreenWindow(QWidget):
    """Plays `items` at a region (physical pixels) or on monitor `screen_number`
    (the whole monitor when neither is given: the primary one). Call start()."""

    item_started = Signal(int)
    item_finished = Signal(int, float, bool)  # index, seconds played, played to its end
    item_failed = Signal(int, str)  # index, the reason (translated); the loop goes on
    stopped = Signal()

    def __init__(
        self,
        items: Sequence[ScreenItem],
        *,
        region: Region | None = None,
        screen_number: int | None = None,
        fit: str = "fit",
        sound: bool = True,
        loop: bool = True,
        audio_device: QAudioDevice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
        super().__init__(parent, flags)
        self.items = list(items)
        self.fit, self.sound, self.loop = fit, sound, loop
        self.audio_device = audio_device
        self.setObjectName("screenPlayout")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#screenPlayout { background: black; }")
        self.setCursor(Qt.CursorShape.BlankCursor)  # children inherit it: no pointer over the board
        self.exact = True
        self.warnings: list[str] = []  # translated: what the operator should know about the placement
        self._place(region, screen_number)

        self.still = _Still(self)
        self.video = QVideoWidget(self)
        self.video.setAspectRatioMode(FIT_TO_VIDEO.get(fit, Qt.AspectRatioMode.KeepAspectRatio))
        self.video.setStyleSheet("background: black;")
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.still)
        self.stack.addWidget(self.video)

        self.player = QMediaPlayer(self)
        self.player.setVideoOutput(self.video)
        self.player.mediaStatusChanged.connect(self._media_status)
        self.player.positionChanged.connect(self._position)
        self.player.errorOccurred.connect(self._player_error)
        self.audio: QAudioOutput | None = None

        self.timer = QTimer(self)  # a still's duration, or a video's watchdog
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._timer_done)
        self.index = -1  # the item on screen, -1 between items
        self._last = -1  # the item that ended last: the next one follows it
        self.running = False
        self._started_at = 0.0
        self._video_pos_s = 0.0
        self._video_playing = False
        self._loading = False
        self._failures = 0  # in a row: a pass where nothing can be shown stops the loop
        self._ahead: tuple[int, Future[QImage]] | None = None  # the next still, rendered in a thread
        self._pool: ThreadPoolExecutor | None = None
        self._paused_at: float | None = None
        self._paused_s = 0.0  # of the item on screen
        self._remaining_ms = 0

    # --- geometry ----------------------------------------------------------------

    def _place(self, region: Region | None, screen_number: int | None) -> None:
        if region is not None:
            found = screen_for_region(region)
            shown = ",".join(str(v) for v in region)
            if found is None:
                self.warnings.append(error_text(LedcastError(W_OFF_SCREEN, region=shown)))
            screen = found or QGuiApplication.primaryScreen()
            dpr = screen.devicePixelRatio()
            g = screen.geometry()
            rect, self.exact = to_logical(region, (g.x(), g.y()), dpr)
            if not self.exact:
                self.warnings.append(error_text(LedcastError(W_NOT_EXACT, region=shown, percent=round(dpr * 100))))
            self.physical = (region.width, region.height)
        else:
            screen = screen_by_number(screen_number) if screen_number is not None else QGuiApplication.primaryScreen()
            rect, dpr = screen.geometry(), screen.devicePixelRatio()
            self.physical = (round(rect.width() * dpr), round(rect.height() * dpr))
        self.dpr = dpr
        self.setScreen(screen)
        self.setGeometry(rect)
        self.setFixedSize(rect.size())  # a window manager may not resize what feeds an LED board

    # --- control -----------------------------------------------------------------

    @Slot()
    def start(self, index: int = 0) -> None:
        """Show the window and play from item `index` (a resumed programme: its interrupted one)."""
        if self.running:
            return
        self.show()
        self.raise_()
        self.activateWindow()  # Esc reaches it at once
        self.running = True
        if not self.items:
            self.stop()
            return
        self._play(index if 0 <= index < len(self.items) else 0)

    @Slot()
    def stop(self) -> None:
        """Stop: the item playing ends (not completed), the window hides, `stopped` once."""
        if not self.running:
            return
        self.running = False
        self._end_item(completed=False)
        self.player.stop()
        self.player.setSource(QUrl())  # let go of the file
        self._ahead = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self.hide()
        self.stopped.emit()

    @Slot()
    def skip(self) -> None:
        """End the item playing (not completed) and go to the next."""
        if self.running and self.index >= 0:
            self._end_item(completed=False)
            self._next()

    @Slot()
    def pause(self) -> None:
        """Hold the item on screen (its clock or its clip) until resume()."""
        if not self.running or self.index < 0 or self._paused_at is not None:
            return
        self._paused_at = time.monotonic()
        self._remaining_ms = self.timer.remainingTime()
        self.timer.stop()
        if self.items[self.index].kind == "video":
            self.player.pause()

    @Slot()
    def resume(self) -> None:
        if self._paused_at is None:
            return
        self._paused_s += time.monotonic() - self._paused_at
        self._paused_at = None
        if self.running and self.index >= 0:
            self.timer.start(max(1, self._remaining_ms))
            if self.items[self.index].kind == "video" and self._video_playing:
                self.player.play()

    @property
    def last_index(self) -> int:
        """The item that ended last (-1 before the first): between items, where the loop is."""
        return self._last

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def played_seconds(self) -> float:
        """How much of the item on screen has played (a pause not counted)."""
        if self.index < 0:
            return 0.0
        item = self.items[self.index]
        if item.kind == "video":
            return max(0.0, min(self._video_pos_s, item.duration_s))
        now = self._paused_at if self._paused_at is not None else time.monotonic()
        return max(0.0, min(now - self._started_at - self._paused_s, item.duration_s))

    # --- items -------------------------------------------------------------------

    def _play(self, index: int) -> None:
        self.index = index
        item = self.items[index]
        self._started_at = time.monotonic()
        self._paused_at, self._paused_s = None, 0.0
        if item.kind == "video":
            self._start_video(item)
        else:
            try:
                pixmap = self._frame(index)
            except (LedcastError, OSError, ValueError, Image.DecompressionBombError) as exc:
                self._fail(index, M_RENDER_FAILED, item.title, exc)
                return
            self.still.pixmap = pixmap
            self.stack.setCurrentWidget(self.still)
            self.still.update()
            self.timer.start(max(1, round(item.duration_s * 1000)))
            self._failures = 0
        self.item_started.emit(index)
        self._render_ahead(index)

    def _render(self, index: int) -> QImage:
        """Runs in the worker thread too: Pillow and QImage only, no QObject."""
        return to_qimage(still_frame(self.items[index], *self.physical, self.fit))

    def _frame(self, index: int) -> QPixmap:
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == index:
            image = ahead[1].result()  # waits only if the render is not done yet; raises what it raised
        else:
            image = self._render(index)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.dpr)
        return pixmap

    def _render_ahead(self, index: int) -> None:
        """Render the next still in a thread while this item shows (a big photo takes
        half a second: no gap before it, no stutter in a clip); only the next one is kept."""
        nxt = (index + 1) % len(self.items)
        if not self.running or self.items[nxt].kind == "video" or (nxt == 0 and not self.loop):
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="screen-still")
        self._ahead = (nxt, self._pool.submit(self._render, nxt))

    def _start_video(self, item: ScreenItem) -> None:
        self._video_pos_s = 0.0
        self._video_playing = self._loading = False
        if self.audio is not None:
            self.audio.deleteLater()
            self.audio = None
        if self.sound and item.with_sound and QMediaDevices.audioOutputs():
            self.audio = QAudioOutput(self.audio_device or QMediaDevices.defaultAudioOutput(), self)
        self.player.setAudioOutput(self.audio)  # no output: the video runs by the clock, silent
        self.stack.setCurrentWidget(self.video)
        self.timer.start(round((item.duration_s + VIDEO_SLACK_S) * 1000))
        # stopped and cleared first: the same file again (a loop of one clip) is otherwise
        # not reloaded, and play() on a player still "playing" the last clip does nothing
        self.player.stop()
        self.player.setSource(QUrl())
        self._loading = True  # only this load's LoadedMedia starts it (stop() reports one too)
        self.player.setSource(QUrl.fromLocalFile(str(item.path)))
        # the trim is sought once the file is loaded (_media_status): a seek before that is ignored

    @Slot(QMediaPlayer.MediaStatus)
    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if not self.running or self.index < 0 or self.items[self.index].kind != "video":
            return
        item = self.items[self.index]
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._loading:
            self._loading, self._video_playing = False, True
            self._failures = 0
            if item.trim_in_s > 0:
                self.player.setPosition(round(item.trim_in_s * 1000))
            if not self.paused:  # paused while it loaded: resume() plays it
                self.player.play()
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and self._video_playing:  # not the last clip's end
            self._video_done(completed=True)
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(self.index, M_PLAY_FAILED, item.title, self.player.errorString())

    @Slot(int)
    def _position(self, ms: int) -> None:
        if not self.running or self.index < 0 or not self._video_playing:
            return
        item = self.items[self.index]
        if item.kind != "video":
            return
        self._video_pos_s = max(self._video_pos_s, ms / 1000 - item.trim_in_s)
        if self._video_pos_s >= item.duration_s:  # the trim's end
            self._video_done(completed=True)

    @Slot(QMediaPlayer.Error, str)
    def _player_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if self.running and self.index >= 0 and self.items[self.index].kind == "video":
            self._fail(self.index, M_PLAY_FAILED, self.items[self.index].title, text)

    def _video_done(self, completed: bool) -> None:
        if self.index < 0:
            return
        if completed:
            self._video_pos_s = self.items[self.index].duration_s
        self.player.pause()  # the last frame stays until the next item replaces it
        self._end_item(completed)
        self._next()

    @Slot()
    def _timer_done(self) -> None:
        if not self.running or self.index < 0:
            return
        if self.items[self.index].kind == "video":  # stalled: cut, counted as far as it got
            self._video_done(completed=False)
            return
        self._end_item(completed=True)
        self._next()

    def _end_item(self, completed: bool) -> None:
        """Emit item_finished for the item on screen, once."""
        if self.index < 0:
            return
        index, played = self.index, self.played_seconds()
        if completed:
            played = self.items[index].duration_s
        self.timer.stop()
        self._video_playing = False
        self.index, self._last = -1, index
        self.item_finished.emit(index, round(played, 3), completed)

    def _next(self) -> None:
        if not self.running:
            return
        nxt = self._last + 1
        if nxt >= len(self.items):
            if not self.loop:
                self.stop()
                return
            nxt = 0
        self._play(nxt)

    def _fail(self, index: int, template: str, title: str, detail: object) -> None:
        """An item that cannot be shown: black, reported, and the loop goes on (a
        whole pass of failures stops it rather than spinning)."""
        self.timer.stop()
        self.player.stop()
        self.still.pixmap = QPixmap()
        self.stack.setCurrentWidget(self.still)
        self.still.update()
        self.index, self._last = -1, index
        self._failures += 1
        reason = detail if isinstance(detail, str) else error_text(detail)  # type: ignore[arg-type]
        self.item_failed.emit(index, error_text(LedcastError(template, title=title, detail=reason)))
        if self._failures >= len(self.items):
            self.stop()
        else:
            QTimer.singleShot(0, self._next)

    # --- keyboard and closing ----------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.stop()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.stop()
        super().closeEvent(event)
