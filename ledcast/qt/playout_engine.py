"""The play-out engine: carries out the scheduler's decisions (core.playout_runner)
on this PC's outputs, one player per outlet, and tells the console what plays.

- A loudspeaker outlet plays a Timeline (core.playout_timeline) through a
  TimelinePlayer on the outlet's audio output (core.outlet_playout; "none" or no
  sound card: the clock-paced NullOutput). A screen outlet plays its playlist in a
  ScreenWindow at the outlet's region or monitor (a time window loops until its end).
- Every item that finishes, or is stopped past the share of Settings, is logged
  (core.playout_log, recorded_how "playout") with the occurrence's start as
  scheduled_at, so core.agenda_status finds it; a manual play logs scheduled_at None.
- Loudspeaker pieces are rendered off the GUI thread: the next programmes' pieces
  at start and on reload (so a scheduled start finds them ready), and a programme
  whose pieces are still missing when it is due is rendered then and starts when
  ready (the outlet counts as busy meanwhile, `OutletState.preparing`).

API for the console: set_auto / auto, play_now, emergency, stop, pause, resume,
skip, state, outlets, next_programmes, missed, clock_warning, reload, shutdown,
start_late; signals changed(outlet), message(line), error(line). `tick()` is what the 1 s
timer calls (tests call it with a fake clock in the Runner).
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice

from ledcast.core import playlist as pl
from ledcast.core.agenda_status import local_to_utc
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.export.folder import segment_cache
from ledcast.core.media_import import get_media
from ledcast.core.outlet_playout import OutletPlayout, outlet_playout
from ledcast.core.outlets import list_outlets
from ledcast.core.playout import Action, Decision, NowPlaying, Programme
from ledcast.core.playout_item import LoosePlaylist, loose_playlist
from ledcast.core.playout_log import PlayoutLog
from ledcast.core.playout_runner import Runner
from ledcast.core.playout_settings import AUTO_KEY
from ledcast.core.playout_text import describe
from ledcast.core.playout_timeline import Timeline, build_timeline
from ledcast.core.screen_items import screen_items
from ledcast.core.screen_playout import screen_timeline
from ledcast.core.settings import read_prefixed, store_prefixed
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.jobs import Job, JobOutcome
from ledcast.qt.player import Output, TimelinePlayer, choose_device, make_output
from ledcast.qt.playout_state import OutletState, Slot, item_index, position, state_of
from ledcast.qt.screen_window import ScreenWindow

TICK_MS = 1000
AHEAD = 10  # how many coming programmes have their pieces rendered in advance
SHUTDOWN_WAIT_MS = 10000
RELOAD_S = 300.0  # automatic mode reads the agenda again this often: edits from another window or process
M_NOT_PLAYED_HERE = QT_TRANSLATE_NOOP("Errors", "“{outlet}” is not an outlet this play-out serves.")
M_NO_PLAYLIST = QT_TRANSLATE_NOOP("Errors", "{outlet}: nothing to air; choose a playlist or an item.")


def _dispose(player: TimelinePlayer | ScreenWindow) -> None:
    """A window that ended goes (later: its signals may still be on the stack). A loudspeaker
    player stopped by the engine lets go of its pieces and is left to its parent: deleting
    it then crashed PySide later."""
    if isinstance(player, ScreenWindow):
        player.deleteLater()
    else:
        player.output.close()


class PlayoutEngine(QObject):
    changed = Signal(str)  # an outlet's state changed
    message = Signal(str)  # one translated line per decision (core.playout_text)
    error = Signal(str)  # one translated line: something could not play or be logged
    logged = Signal(str, object)  # outlet, the Airing row just logged for an item

    def __init__(
        self,
        ws: Workspace,
        runner: Runner | None = None,
        *,
        outlets: Iterable[str] | None = None,
        audio_device: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        wanted = set(outlets) if outlets is not None else None
        self.runner = runner or Runner(ws, outlets=wanted)
        self.audio_device = audio_device  # overrides every loudspeaker outlet's output (CLI --audio-device)
        # what its children's signals call holds this proxy: a strong reference there kept the
        # engine alive until a child was deleted, whose deletion then deleted the engine and,
        # with it, that very child a second time (a crash in ~QObject)
        self._me = weakref.proxy(self)
        self._slots: dict[str, Slot] = {}
        for o in list_outlets(ws):
            if o.kind in ("speaker", "screen") and (wanted is None or o.name in wanted):
                self._slots[o.name] = Slot(o.name, o.kind, outlet_playout(ws, o.id))
        self._cache = segment_cache(ws)  # open while playing: a prune leaves the pieces alone
        self._prepared: dict[tuple[int, str], Timeline] = {}
        self._jobs: set[Job] = set()
        self._rendering: set[tuple[int, str]] = set()  # rendered ahead, not back yet
        self._loaded = time.monotonic()
        self._missed: list[Programme] = []
        self.clock_warning = ""  # translated; "" when the clock is fine
        self.auto = bool(read_prefixed(ws, "playout.").get(AUTO_KEY, False))
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.render_ahead()

    # --- the console's API --------------------------------------------------------------

    def outlets(self) -> list[str]:
        return sorted(self._slots)

    def set_auto(self, on: bool, remember: bool = True) -> None:
        """Automatic mode on or off, remembered in the workspace (`ledcast playout` does not)."""
        self.auto = bool(on)
        if remember:
            store_prefixed(self.ws, "playout.", {AUTO_KEY: self.auto})
        if self.auto:
            self.tick()

    def play_now(self, outlet: str, playlist: str | int) -> None:
        """Play a playlist on an outlet now, whatever plays there (logged without a scheduled time)."""
        p = pl.get_playlist(self.ws, playlist)
        now = self.runner.clock.now()
        self._start(self._slot(outlet), Programme(outlet, p.id, p.name, p.priority or "normal", now))

    def emergency(self, outlet: str, playlist: str | int | None = None, *, media: int | None = None) -> None:
        """Air a playlist — or one library item, `media` — at once as an emergency. In automatic
        mode it goes through the scheduler: it interrupts what plays on the outlet, which resumes
        at its interrupted item afterwards (or is skipped, per Settings). Without it, it simply
        replaces what plays. An item aired alone is logged without a playlist."""
        slot, now = self._slot(outlet), self.runner.clock.now()
        if media is not None:
            pid, name = None, get_media(self.ws, media).title
        else:
            p = pl.get_playlist(self.ws, playlist if playlist is not None else "")
            pid, name = p.id, p.name
        if self.auto:
            self.runner.scheduler.request_emergency(outlet, pid, name, now, media_id=media)
            self.tick()
        else:
            self._start(slot, Programme(outlet, pid, name, "emergency", now, media_id=media, requested=True))

    def stop(self, outlet: str) -> None:
        """Stop the outlet: the item on air is logged if enough of it played."""
        slot = self._slot(outlet)
        player, slot.player = slot.player, None
        self._clear(slot)
        if player is not None:
            player.stop()
            _dispose(player)
        self.changed.emit(outlet)

    def pause(self, outlet: str) -> None:
        """Hold the item on air (a still stays on the board, the loudspeakers go quiet)."""
        self._control(outlet, "pause")

    def resume(self, outlet: str) -> None:
        self._control(outlet, "resume")

    def skip(self, outlet: str) -> None:
        """End the item on air (logged if enough of it played) and go on with the next."""
        self._control(outlet, "skip")

    def _control(self, outlet: str, action: str) -> None:
        if (player := self._slot(outlet).player) is not None:
            getattr(player, action)()
            self.changed.emit(outlet)

    def state(self, outlet: str) -> OutletState:
        return state_of(self._slot(outlet))

    def next_programmes(self, n: int = 10) -> list[Programme]:
        return self.runner.scheduler.next_programmes(self.runner.clock.now(), n)

    def missed(self) -> list[Programme]:
        """Programmes reported missed in this run (not started late on their own)."""
        return list(self._missed)

    def start_late(self, p: Programme) -> None:
        """The operator starts a missed programme after all (logged for its occurrence)."""
        if p in self._missed:
            self._missed.remove(p)
        if p.occurrence is not None and self.auto:
            self.runner.scheduler.start_late(p.occurrence)
            self.tick()
        elif p.occurrence is not None:
            self._start(self._slot(p.outlet), replace(p, requested=True))

    def reload(self) -> None:
        """Schedules, settings or outlets' places changed: read them again, render ahead."""
        self.runner.reload()
        self._loaded = time.monotonic()
        for slot in self._slots.values():
            slot.place = outlet_playout(self.ws, slot.name)
        self._prepared.clear()
        self.render_ahead()

    def shutdown(self) -> None:
        """Stop every outlet (what qualifies is logged) and the timer; the engine is done."""
        self._timer.stop()
        for name in list(self._slots):
            self.stop(name)
        for job in list(self._jobs):
            job.token.cancel()
        if self._jobs:  # cancelled renders stop within a piece: none may outlive the app
            QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS)
        self._cache.close()

    # --- the tick ---------------------------------------------------------------------------

    def playing(self) -> dict[str, NowPlaying]:
        """What each busy outlet reports to the scheduler."""
        out = {}
        for name, slot in self._slots.items():
            p = slot.programme
            if p is not None:
                index = item_index(slot) if slot.player is not None else p.item_index
                elapsed = position(slot)[0] if slot.player is not None else 0.0
                out[name] = NowPlaying(p.playlist_id, max(index, 0), elapsed, slot.pass_index, p.playlist_name)
        return out

    def tick(self) -> list[Decision]:
        """One step: time windows that ended stop; in automatic mode the runner's
        decisions are carried out. Returns them."""
        now = self.runner.clock.now()
        for slot in self._slots.values():
            occ = slot.programme.occurrence if slot.programme is not None else None
            if occ is not None and occ.is_window and now >= occ.end:
                self.stop(slot.name)
        if not self.auto:
            return []
        if time.monotonic() - self._loaded >= RELOAD_S:
            self.reload()
        decisions = self.runner.step(self.playing())
        if not self.runner.scheduler.clock_warning:
            self.clock_warning = ""
        for d in decisions:
            self._carry_out(d)
        return decisions

    def _carry_out(self, d: Decision) -> None:
        if d.action != Action.KEEP:
            self.message.emit(describe(d))
        p = d.programme
        if d.action == Action.CLOCK_BACKWARDS:
            self.clock_warning = describe(d)
        elif d.action == Action.MISSED and p is not None:
            self._missed.append(p)
        elif d.action in (Action.START, Action.RESUME, Action.INTERRUPT) and p is not None:
            if d.outlet in self._slots:
                self._start(self._slots[d.outlet], p)

    # --- starting and ending ---------------------------------------------------------------

    def _slot(self, outlet: str) -> Slot:
        try:
            return self._slots[outlet]
        except KeyError:
            raise LedcastError(M_NOT_PLAYED_HERE, outlet=outlet) from None

    def _clear(self, slot: Slot) -> None:
        slot.programme, slot.timeline, slot.preparing, slot.position_s, slot.pass_index = None, None, False, 0.0, 0

    def _start(self, slot: Slot, p: Programme) -> None:
        if slot.player is not None or slot.programme is not None:
            self.stop(slot.name)  # an emergency, or the operator's play: what played is logged as it qualifies
        slot.programme = p
        if p.playlist_id is None and p.media_id is None:
            self._failed(slot, LedcastError(M_NO_PLAYLIST, outlet=slot.name))
            return
        try:
            ref = p.playlist_id if p.media_id is None else loose_playlist(self.ws, p.media_id, slot.kind)
            assert ref is not None
            if slot.kind == "screen":
                self._start_screen(slot, p, ref)
            else:
                ready = self._prepared.pop((p.playlist_id, slot.name), None) if p.media_id is None else None
                if ready is not None:
                    self._start_speaker(slot, p, ready)
                else:
                    slot.preparing = True
                    me = self._me
                    self._render(slot.name, ref, lambda tl: me._ready(slot, p, tl))
        except LedcastError as exc:
            self._failed(slot, exc)
        self.changed.emit(slot.name)

    def _failed(self, slot: Slot, exc: Exception) -> None:
        self._clear(slot)
        self.error.emit(error_text(exc))
        self.changed.emit(slot.name)

    def _ready(self, slot: Slot, p: Programme, tl: Timeline | Exception) -> None:
        if slot.programme is not p:  # stopped or replaced while its pieces rendered
            return
        slot.preparing = False
        if isinstance(tl, Exception):
            self._failed(slot, tl)
            return
        self._start_speaker(slot, p, tl)
        self.changed.emit(slot.name)

    def _log(self, tl: Timeline, p: Programme) -> PlayoutLog:
        occ = p.occurrence
        at = local_to_utc(occ.start) if occ is not None else None
        # the programme's level as it aired: a normal playlist sent as an emergency is logged as one
        return PlayoutLog(self.ws, tl, scheduled_at=at, priority=p.priority)

    def _start_speaker(self, slot: Slot, p: Programme, tl: Timeline) -> None:
        try:
            device = self.audio_device if self.audio_device is not None else slot.place.audio_device
            output: Output = make_output(device, self)
        except LedcastError as exc:  # the outlet's sound card is gone: say so, log nothing that did not air
            self._failed(slot, exc)
            return
        log = self._log(tl, p)
        player = TimelinePlayer(tl, output, log, self)
        slot.timeline, slot.player = tl, player
        output.position_changed.connect(lambda s: setattr(slot, "position_s", s))
        me = self._me  # the engine's children's connections hold no strong reference to it
        player.item_started.connect(lambda _i: me.changed.emit(slot.name))
        player.log_failed.connect(lambda _i, exc: me.error.emit(error_text(exc)))
        player.logged.connect(lambda _i, _uuid: me.logged.emit(slot.name, log.recorded[-1]))
        player.done.connect(lambda completed: me._speaker_done(slot, player, completed))
        logged = [i for i, x in enumerate(tl.items) if x.logged]
        start = logged[p.item_index] if 0 < p.item_index < len(logged) else 0
        player.start(start)

    def _speaker_done(self, slot: Slot, player: TimelinePlayer, completed: bool) -> None:
        if slot.player is not player:
            return
        if player.error is not None:
            self.error.emit(error_text(player.error))
        p = slot.programme
        occ = p.occurrence if p is not None else None
        if completed and occ is not None and occ.is_window and self.runner.clock.now() < occ.end:
            slot.pass_index += 1  # a time window: the next pass
            player.start(0)
            return
        slot.player = None
        player.output.close()
        player.output.deleteLater()  # played to its end: nothing of it is on the stack any more
        player.deleteLater()
        self._clear(slot)
        self.changed.emit(slot.name)

    def _start_screen(self, slot: Slot, p: Programme, ref: int | LoosePlaylist) -> None:
        place = slot.place
        items = screen_items(self.ws, ref, with_sound=place.with_sound)
        tl = screen_timeline(self.ws, ref, slot.name, items)
        log = self._log(tl, p)
        window = ScreenWindow(
            items,
            region=place.region,
            screen_number=place.screen,
            sound=place.with_sound,
            loop=p.occurrence is not None and p.occurrence.is_window,
            audio_device=self._screen_device(place),
        )
        slot.timeline, slot.player = tl, window
        for w in window.warnings:
            self.error.emit(w)
        me = self._me

        def started(index: int) -> None:
            log.started(tl.items[index])
            me.changed.emit(slot.name)

        def finished(index: int, played: float, completed: bool) -> None:
            try:
                row = log.ended(tl.items[index], played, completed)
            except Exception as exc:  # noqa: BLE001 - a full disk must not darken the board
                me.error.emit(error_text(exc))
                return
            if row is not None:
                me.logged.emit(slot.name, row)

        window.item_started.connect(started)
        window.item_finished.connect(finished)
        window.item_failed.connect(lambda _i, text: me.error.emit(text))
        window.stopped.connect(lambda: me._screen_done(slot, window))
        self.destroyed.connect(window.deleteLater)  # a window is no child: it goes with the engine all the same
        window.start(p.item_index)

    def _screen_device(self, place: OutletPlayout) -> QAudioDevice | None:
        """A screen outlet's video sound: its own output when one is set, else the system's."""
        if not place.with_sound or place.audio_device is None:
            return None
        try:
            return choose_device(place.audio_device)
        except LedcastError as exc:
            self.error.emit(error_text(exc))
            return None

    def _screen_done(self, slot: Slot, window: ScreenWindow) -> None:
        if slot.player is window:  # ended by itself (once through, Esc): the outlet is free
            slot.player = None
            self._clear(slot)
            _dispose(window)
            self.changed.emit(slot.name)

    # --- rendering ahead ----------------------------------------------------------------------

    def render_ahead(self) -> None:
        """Render, in the background, the pieces of the next loudspeaker programmes."""
        seen = set()
        for p in self.next_programmes(AHEAD):
            slot = self._slots.get(p.outlet)
            key = (p.playlist_id, p.outlet)
            if slot is None or slot.kind != "speaker" or p.playlist_id is None or key in seen:
                continue
            seen.add(key)
            if key not in self._prepared and key not in self._rendering:
                self._rendering.add(key)
                self._render(p.outlet, p.playlist_id, lambda tl, k=key, me=self._me: me._keep(k, tl))

    def _keep(self, key: tuple[int, str], tl: Timeline | Exception) -> None:
        self._rendering.discard(key)
        if isinstance(tl, Timeline):
            self._prepared[key] = tl  # a failure is reported when the programme is due

    def _render(self, outlet: str, ref: int | LoosePlaylist, done) -> None:  # type: ignore[no-untyped-def]
        job = Job(build_timeline, self.ws, ref, outlet=outlet, cache=self._cache)
        jobs = self._jobs
        jobs.add(job)

        def finish(result: object) -> None:
            jobs.discard(job)
            done(result)

        JobOutcome(job, finish, self)
        QThreadPool.globalInstance().start(job)

    def wait_rendered(self, msecs: int = 60000) -> bool:
        """For tests and the CLI: wait for the background renders to finish."""
        return QThreadPool.globalInstance().waitForDone(msecs)
