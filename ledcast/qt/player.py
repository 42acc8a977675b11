"""Play-out of a loudspeaker timeline (core.playout_timeline) through QtMultimedia,
each airing logged (core.playout_log) before the next piece starts.

Two outputs with the same signals: `MediaOutput` plays the rendered pieces on an
audio device (QMediaPlayer + QAudioOutput, the next piece preloaded in a second
player so the switch is quick); `NullOutput` plays nothing and is paced by the
clock — chosen when the PC has no sound card (CI) or with `--audio-device none`,
so tests and benchmarks drive the real timeline and logging."""

from __future__ import annotations

import signal
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
    SignalInstance,
)
from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaDevices, QMediaPlayer

from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.playout_log import PlayoutLog
from ledcast.core.playout_timeline import Timeline, TimelineItem

NONE = "none"  # --audio-device none: the clock-paced output
TICK_MS = 50  # how often the null output reports its position

M_NO_SUCH_DEVICE = QT_TRANSLATE_NOOP("Errors", "No audio output “{name}”. Available: {names}.")
M_PLAY_FAILED = QT_TRANSLATE_NOOP("Errors", "“{title}” could not be played: {detail}")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


def audio_devices() -> list[QAudioDevice]:
    return list(QMediaDevices.audioOutputs())


def choose_device(name: str | None) -> QAudioDevice | None:
    """The audio output named `name` (its description or id, case ignored), the
    system default when `name` is None, or None — the null output — for "none"
    or when the PC has no audio output at all."""
    if name is not None and _fold(name) == NONE:
        return None
    devices = audio_devices()
    if name is None:
        return QMediaDevices.defaultAudioOutput() if devices else None
    for d in devices:
        if _fold(name) in (_fold(d.description()), _fold(bytes(d.id().data()).decode("utf-8", "replace"))):
            return d
    names = ", ".join([d.description() for d in devices] + [NONE])
    raise LedcastError(M_NO_SUCH_DEVICE, name=name, names=names)


class Output(QObject):
    """Plays one piece at a time; says where it is and when the piece ended."""

    position_changed = Signal(float)  # seconds into the piece on air
    finished = Signal()  # the piece on air played to its end
    failed = Signal(str)

    def prepare(self, item: TimelineItem) -> None:
        """Get the next piece ready while the current one plays."""

    def play(self, item: TimelineItem) -> None:
        raise NotImplementedError

    def stop(self) -> float:
        """Stop at once; returns the seconds of the piece that played."""
        raise NotImplementedError

    def pause(self) -> None:
        """Hold the piece on air where it is (the console's pause)."""

    def resume(self) -> None:
        """Go on from where pause() held it."""

    def close(self) -> None:
        """Done with it: stop and let go of every file (before it is deleted)."""
        self.stop()


class NullOutput(Output):
    """No sound: each piece "plays" for its duration by the monotonic clock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._duration = 0.0
        self._offset = 0.0  # played before the last resume
        self._paused: float | None = None
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.setTimerType(Qt.TimerType.PreciseTimer)
        self._end.timeout.connect(self._ended)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._report)  # a method, not a lambda holding self (see MediaOutput)

    def _report(self) -> None:
        self.position_changed.emit(self._played())

    def _played(self) -> float:
        if self._paused is not None:
            return self._paused
        return min(self._offset + self._clock.nsecsElapsed() / 1e9, self._duration) if self._clock.isValid() else 0.0

    def play(self, item: TimelineItem) -> None:
        if not Path(item.path).is_file():  # as a real player would fail on a piece pruned away
            self.failed.emit(str(item.path))
            return
        self._duration, self._offset, self._paused = item.duration_s, 0.0, None
        self._clock.start()
        self.position_changed.emit(0.0)
        self._end.start(max(0, round(item.duration_s * 1000)))
        self._tick.start()

    def pause(self) -> None:
        if self._clock.isValid() and self._paused is None:
            self._paused = self._played()
            self._end.stop()
            self._tick.stop()

    def resume(self) -> None:
        if self._paused is None:
            return
        self._offset, self._paused = self._paused, None
        self._clock.start()
        self._end.start(max(0, round((self._duration - self._offset) * 1000)))
        self._tick.start()

    def _ended(self) -> None:
        remaining_ms = (self._duration - self._offset) * 1000 - self._clock.nsecsElapsed() / 1e6
        if remaining_ms > 0.5:  # a timer may fire a hair early: finish on time, not before
            self._end.start(max(0, int(remaining_ms + 0.999)))
            return
        self._tick.stop()
        self.position_changed.emit(self._duration)
        self._clock.invalidate()
        self.finished.emit()

    def stop(self) -> float:
        played = self._played()
        self._end.stop()
        self._tick.stop()
        self._clock.invalidate()
        self._paused = None
        return played


class MediaOutput(Output):
    """The sound card: two QMediaPlayers taking turns, the idle one loading the next piece."""

    def __init__(self, device: QAudioDevice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._players: list[QMediaPlayer] = []
        for _ in range(2):
            player = QMediaPlayer(self)
            audio = QAudioOutput(device, player)
            player.setAudioOutput(audio)
            # methods, the player found by sender(): a lambda holding self, connected to a child,
            # kept this object alive until the child's deletion, which then deleted it twice
            player.positionChanged.connect(self._position)
            player.mediaStatusChanged.connect(self._status)
            player.errorOccurred.connect(self._error)
            self._players.append(player)
        self._current = 0
        self.device_name = device.description()

    @property
    def _on_air(self) -> QMediaPlayer:
        return self._players[self._current]

    def prepare(self, item: TimelineItem) -> None:
        idle = self._players[1 - self._current]
        url = QUrl.fromLocalFile(str(item.path))
        if idle.source() != url:
            idle.setSource(url)

    def play(self, item: TimelineItem) -> None:
        url = QUrl.fromLocalFile(str(item.path))
        idle = self._players[1 - self._current]
        if idle.source() == url:  # preloaded: swap turns
            self._current = 1 - self._current
        else:
            self._on_air.setSource(url)
        self._on_air.setPosition(0)
        self._on_air.play()

    def stop(self) -> float:
        played = self._on_air.position() / 1000
        self._on_air.stop()
        return played

    def close(self) -> None:
        """Both players stopped and emptied, the preloaded piece too: nothing is left loading
        when it goes, and no piece stays open (Windows could not prune it from the cache)."""
        for player in self._players:
            player.stop()
            player.setSource(QUrl())

    def pause(self) -> None:
        self._on_air.pause()

    def resume(self) -> None:
        if self._on_air.playbackState() == QMediaPlayer.PlaybackState.PausedState:
            self._on_air.play()

    def _position(self, ms: int) -> None:
        player = self.sender()
        if player is self._on_air and player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.position_changed.emit(ms / 1000)

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self.sender() is self._on_air and status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.finished.emit()

    def _error(self, _error: QMediaPlayer.Error, text: str) -> None:
        if self.sender() is self._on_air:
            self.failed.emit(text)


def make_output(device_name: str | None, parent: QObject | None = None) -> Output:
    """The output for `--audio-device` (None: the default device, or the null output without one)."""
    device = choose_device(device_name)
    return NullOutput(parent) if device is None else MediaOutput(device, parent)


def core_app() -> QCoreApplication:
    """The application object play-out needs (the GUI's when it runs; else a bare one)."""
    return QCoreApplication.instance() or QCoreApplication(sys.argv[:1])


def widgets_app() -> QCoreApplication:
    """The application object a screen window needs (the GUI's when it runs; else one for the CLI)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


class TimelinePlayer(QObject):
    """Plays a timeline once through an output, logging each item as it ends."""

    item_started = Signal(int)  # index in timeline.items
    item_finished = Signal(int, float)  # index, seconds played (an item stopped part-way too)
    logged = Signal(int, str)  # index, uuid of the airing recorded for it
    not_logged = Signal(int, float)  # index, seconds played: an item stopped too early to count
    log_failed = Signal(int, object)  # index, the exception: the air goes on, the operator is told
    done = Signal(bool)  # True: played to the end; False: stopped or failed

    def __init__(self, timeline: Timeline, output: Output, log: PlayoutLog | None, parent: QObject | None = None):
        super().__init__(parent)
        self.timeline = timeline
        self.output = output
        self.log = log
        self.index = -1
        self.paused = False
        self.error: LedcastError | None = None  # why it stopped, when a piece could not play
        output.finished.connect(self._finished)
        output.failed.connect(self._failed)

    @property
    def playing(self) -> bool:
        return 0 <= self.index < len(self.timeline.items)

    def start(self, index: int = 0) -> None:
        """Play from piece `index` (0: the start; a resumed programme: its interrupted item)."""
        self._begin(index)

    def pause(self) -> None:
        if self.playing and not self.paused:
            self.paused = True
            self.output.pause()

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            self.output.resume()

    def skip(self) -> None:
        """End the piece on air (logged if enough of it played) and go to the next."""
        if self.playing:
            self._cut()
            self._begin(self.index + 1)

    def _cut(self) -> None:
        """End the piece on air early: logged if enough of it played."""
        self.paused = False
        self._end(self.output.stop(), finished=False)

    def stop(self) -> None:
        """Stop now: the item on air is logged if enough of it played."""
        if not self.playing:
            return
        self._cut()
        self.index = len(self.timeline.items)
        self.done.emit(False)

    def _begin(self, index: int) -> None:
        items = self.timeline.items
        self.index = index
        if index >= len(items):
            self.done.emit(True)
            return
        item = items[index]
        if self.log is not None:
            self.log.started(item)
        self.output.play(item)
        self.item_started.emit(index)
        if index + 1 < len(items):
            self.output.prepare(items[index + 1])

    def _end(self, played: float, finished: bool) -> None:
        index, item = self.index, self.timeline.items[self.index]
        self.item_finished.emit(index, played)
        if self.log is None:
            return
        try:
            row = self.log.ended(item, played, finished)
        except Exception as exc:  # noqa: BLE001 - a full disk must not silence the loudspeakers
            self.log_failed.emit(index, exc)
            return
        if row is not None:
            self.logged.emit(index, row.uuid)
        elif item.logged:
            self.not_logged.emit(index, played)

    def _finished(self) -> None:
        if not self.playing:
            return
        self._end(self.timeline.items[self.index].duration_s, finished=True)  # committed before the next starts
        self._begin(self.index + 1)

    def _failed(self, detail: str) -> None:
        if not self.playing:
            return
        item = self.timeline.items[self.index]
        self.error = LedcastError(M_PLAY_FAILED, title=item.title or item.path.name, detail=detail)
        self.output.stop()
        self.index = len(self.timeline.items)
        self.done.emit(False)


def run_until_done(player: TimelinePlayer) -> tuple[bool, bool]:
    """Start `player` and run Qt's event loop until it is done; Ctrl+C (and SIGTERM)
    stop it cleanly, logging the item on air if enough of it played. Returns
    (played to the end, stopped by a signal)."""
    result = {"completed": False}

    def done(completed: bool) -> None:
        result["completed"] = completed

    player.done.connect(done)
    interrupted = run_until(player.start, player.stop, player.done)
    return result["completed"], interrupted


def run_until(start: Callable[[], None], stop: Callable[[], None], done: SignalInstance | None = None) -> bool:
    """Run Qt's event loop: `start()` first, until `done` is emitted; Ctrl+C or SIGTERM
    call `stop()` (which logs what qualifies) and end the loop. Returns whether a
    signal stopped it. For `ledcast play` and `ledcast playout`."""
    loop = QEventLoop()
    result = {"interrupted": False}

    def interrupt(_signum: int, _frame: object) -> None:
        result["interrupted"] = True

        def finish() -> None:
            stop()
            loop.quit()

        QTimer.singleShot(0, finish)

    if done is not None:
        done.connect(lambda *_: loop.quit())
    wanted = [s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None]
    previous = {s: signal.signal(s, interrupt) for s in wanted}
    awake = QTimer()  # Python runs signal handlers only when the interpreter gets a turn
    awake.start(100)
    awake.timeout.connect(lambda: None)
    try:
        QTimer.singleShot(0, start)
        loop.exec()
    finally:
        awake.stop()
        for s, handler in previous.items():
            signal.signal(s, handler)
    return result["interrupted"]
