"""Automatic play-out: given the agenda, the clock and what the player is doing,
what must happen on each outlet now. Pure logic: no database, no Qt, no threads,
no sleeping; the caller owns the clock and calls `Scheduler.tick(now, playing)`
about once a second, then carries out the decisions.

The rules (README, "Automatic mode: the rules"):
- A scheduled occurrence becomes *due* at its start and joins its outlet's queue.
  If the scheduler first sees it more than `grace_s` after its start (the PC was
  off or asleep, the app started late), it is reported MISSED and never started
  on its own; `start_late` is how an operator asks for it anyway. A time window
  (a loop from 06:00 to 22:00) is the exception: it is joined while it is open;
  the player stops it at the window's end (`occurrence.end`).
- An outlet that is free starts the head of its queue. Queue order: emergency
  first, then priority (ưu tiên), then normal; within a level the earlier due
  time first (an interrupted programme keeps its original time, so it comes back
  before programmes that fell due while it was off air), then the playlist name.
- Only an emergency (khẩn cấp) interrupts: it stops whatever plays on its outlet
  at once, unless that is itself an emergency (an alert is never cut off by
  another: the next one waits and goes first). The interrupted programme resumes
  at the interrupted item afterwards, or is dropped (SKIPPED) when the setting
  `playout.after_emergency` is "skip".
- A queued occurrence whose whole slot went by while its outlet was busy (an
  overlap in the agenda), and more than `grace_s` ago, is reported MISSED rather
  than aired after its end; within its slot it starts late, when the outlet frees.
- The clock of a commune PC can be wrong: a tick earlier than the last logged
  airing's end (or than an earlier tick) gives one CLOCK_BACKWARDS warning until
  the clock is past that moment again.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from ledcast.core.playout_settings import PlayoutSettings
from ledcast.core.schedule import Occurrence
from ledcast.core.schedule_overlaps import PRIORITY_RANK
from ledcast.core.text import fold

START_WAIT_S = 5.0  # a programme just started counts as playing until the player reports it, at most this long
CLOCK_TOLERANCE_S = 5.0  # a clock set back by less than this (a time-sync nudge) is not worth a warning


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Naive local wall-clock time, as schedules are."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now()


class Action(StrEnum):
    START = "start"  # play `programme` from its item_index (0 for a new occurrence)
    RESUME = "resume"  # play an interrupted programme again from its item_index
    INTERRUPT = "interrupt"  # stop what plays (`interrupted`, at its item) and play `programme`
    KEEP = "keep"  # nothing changes: `programme` keeps playing
    MISSED = "missed"  # `programme` was not aired and will not be started on its own
    SKIPPED = "skipped"  # the interrupted `programme` is dropped (after_emergency = skip)
    CLOCK_BACKWARDS = "clock_backwards"  # `now` is before `last_known`: the PC's clock is probably wrong


@dataclass(frozen=True)
class NowPlaying:
    """What the player reports for an outlet (an outlet not reported is idle)."""

    playlist_id: int | None
    item_index: int = 0  # 0-based, in the playlist's items
    elapsed_s: float = 0.0  # within the item
    pass_index: int = 0  # a time window's loop: which pass
    playlist_name: str = ""


@dataclass(frozen=True)
class Programme:
    """Something an outlet is to play: an occurrence of the agenda, an operator's
    emergency request, or (occurrence None, not requested) a play the operator started."""

    outlet: str
    playlist_id: int | None
    playlist_name: str
    priority: str
    due: dt.datetime  # the occurrence's start, or when it was requested
    occurrence: Occurrence | None = None
    item_index: int = 0  # where to start: 0, or the interrupted item on resume
    pass_index: int = 0
    media_id: int | None = None  # an emergency of one item rather than a playlist
    requested: bool = False  # asked for by the operator (emergency now, start late)
    resumed: bool = False  # put back in the queue by an interrupt

    def order(self) -> tuple[object, ...]:
        return (PRIORITY_RANK.get(self.priority, len(PRIORITY_RANK)), self.due, fold(self.playlist_name))


@dataclass(frozen=True)
class Decision:
    action: Action
    outlet: str
    at: dt.datetime
    programme: Programme | None = None
    interrupted: Programme | None = None  # INTERRUPT: what was stopped, at the item it had reached
    last_known: dt.datetime | None = None  # CLOCK_BACKWARDS: the latest moment seen before


@dataclass
class _OnAir:
    programme: Programme
    started: dt.datetime
    seen: bool = False  # the player has reported it playing
    report: NowPlaying | None = None


def programme_of(occ: Occurrence) -> Programme:
    return Programme(occ.outlet_name, occ.playlist_id, occ.playlist_name, occ.priority, occ.start, occ)


@dataclass
class Scheduler:
    """State between ticks: what each outlet plays and what waits for it.

    `occurrences`: the agenda (core.playout_runner.load_occurrences); those without
    an outlet, or on an outlet not in `outlets` (when given), are left out.
    `since`: occurrences starting before it are not looked at (default: midnight
    of the first tick's day), so a restart reports today's missed ones only.
    `last_logged`: the end of the last logged airing (local time), for the clock check."""

    occurrences: Iterable[Occurrence] = ()
    settings: PlayoutSettings = field(default_factory=PlayoutSettings)
    outlets: Iterable[str] | None = None
    since: dt.datetime | None = None
    last_logged: dt.datetime | None = None

    def __post_init__(self) -> None:
        self._outlets = frozenset(self.outlets) if self.outlets is not None else None
        self._occ: list[Occurrence] = []
        self._starts: list[dt.datetime] = []
        self._handled: set[Occurrence] = set()  # queued, started or reported missed: never looked at again
        self._queue: dict[str, list[Programme]] = {}
        self._on_air: dict[str, _OnAir] = {}
        self._requests: list[Programme] = []
        self._latest = self.last_logged
        self._warned = False
        self.update(self.occurrences)

    # --- inputs besides the clock -----------------------------------------------------------

    def update(self, occurrences: Iterable[Occurrence]) -> None:
        """Replace the agenda (schedules edited, a new day loaded); what was already
        queued, started or missed stays so (occurrences compare by value)."""
        kept = [o for o in occurrences if o.outlet_name and self._wanted(o.outlet_name)]
        self._occ = sorted(kept, key=lambda o: o.start)
        self._starts = [o.start for o in self._occ]

    def request_emergency(
        self,
        outlet: str,
        playlist_id: int | None,
        playlist_name: str,
        now: dt.datetime,
        media_id: int | None = None,
    ) -> Programme:
        """The operator's "emergency now" (console, CLI): airs at the next tick,
        interrupting as a scheduled emergency would."""
        p = Programme(outlet, playlist_id, playlist_name, "emergency", now, media_id=media_id, requested=True)
        self._requests.append(p)
        return p

    def start_late(self, occurrence: Occurrence) -> Programme:
        """The operator asks for a missed occurrence after all: queued at the next tick."""
        p = replace(programme_of(occurrence), requested=True)
        self._handled.add(occurrence)
        self._requests.append(p)
        return p

    # --- what the console shows -----------------------------------------------------------------

    @property
    def clock_warning(self) -> bool:
        return self._warned

    def on_air(self, outlet: str) -> Programme | None:
        """What the scheduler believes plays on the outlet."""
        cur = self._on_air.get(outlet)
        return cur.programme if cur is not None else None

    def queued(self, outlet: str) -> list[Programme]:
        """What waits for the outlet, in the order it will play."""
        return sorted(self._queue.get(outlet, []), key=Programme.order)

    def next_programmes(self, now: dt.datetime, count: int = 10) -> list[Programme]:
        """The next `count` to play (the console's "next ten"): what waits on a busy
        outlet first, in queue order, then the occurrences still to come, by start."""
        waiting = sorted((p for q in self._queue.values() for p in q), key=Programme.order)
        out = waiting[:count]
        at = bisect.bisect_right(self._starts, now)
        for occ in self._occ[at:]:
            if len(out) >= count:
                break
            if occ not in self._handled:
                out.append(programme_of(occ))
        return out

    # --- the tick ---------------------------------------------------------------------------------

    def tick(self, now: dt.datetime, playing: Mapping[str, NowPlaying] | None = None) -> list[Decision]:
        """Decisions for this moment. `playing`: the player's report per outlet
        (outlets absent are idle). Carry them out before the next tick."""
        out: list[Decision] = []
        self._check_clock(now, out)
        if self.since is None:
            self.since = dt.datetime.combine(now.date(), dt.time())
        self._follow_player(now, playing or {})
        for p in self._requests:
            if self._wanted(p.outlet):
                self._queue.setdefault(p.outlet, []).append(p)
        self._requests.clear()
        self._take_due(now, out)
        for outlet in sorted(set(self._queue) | set(self._on_air)):
            self._decide(outlet, now, out)
        return out

    def _wanted(self, outlet: str) -> bool:
        return self._outlets is None or outlet in self._outlets

    def _check_clock(self, now: dt.datetime, out: list[Decision]) -> None:
        latest = self._latest
        if latest is not None and (latest - now).total_seconds() > CLOCK_TOLERANCE_S:
            if not self._warned:
                out.append(Decision(Action.CLOCK_BACKWARDS, "", now, last_known=latest))
            self._warned = True
            return
        self._warned = False
        self._latest = now if latest is None else max(latest, now)

    def _follow_player(self, now: dt.datetime, playing: Mapping[str, NowPlaying]) -> None:
        for outlet in set(self._on_air) | set(playing):
            if not self._wanted(outlet):
                continue
            report, cur = playing.get(outlet), self._on_air.get(outlet)
            if report is None:
                if cur is not None and (cur.seen or (now - cur.started).total_seconds() >= START_WAIT_S):
                    del self._on_air[outlet]  # finished (or stopped by the operator): the outlet is free
            elif cur is not None and report.playlist_id == cur.programme.playlist_id:
                cur.seen, cur.report = True, report
            else:  # the operator plays something else there: the outlet is busy with it
                manual = Programme(outlet, report.playlist_id, report.playlist_name, "normal", now)
                self._on_air[outlet] = _OnAir(manual, now, True, report)

    def _take_due(self, now: dt.datetime, out: list[Decision]) -> None:
        since = self.since or now
        for occ in self._occ[: bisect.bisect_right(self._starts, now)]:
            # a time window still open is joined (a loop 18:00-02:00 after midnight too)
            joined = occ.is_window and occ.end > now
            if occ in self._handled or (occ.start < since and not joined):
                continue
            self._handled.add(occ)
            p = programme_of(occ)
            if (now - occ.start).total_seconds() > self.settings.grace_s and not joined:
                out.append(Decision(Action.MISSED, occ.outlet_name, now, p))
            else:
                self._queue.setdefault(occ.outlet_name, []).append(p)

    def _decide(self, outlet: str, now: dt.datetime, out: list[Decision]) -> None:
        queue = self._queue.setdefault(outlet, [])
        queue.sort(key=Programme.order)
        cur = self._on_air.get(outlet)
        if cur is None:
            while queue:
                head = queue.pop(0)
                occ = head.occurrence
                late = occ is not None and occ.end <= now and (now - occ.start).total_seconds() > self.settings.grace_s
                if late and not (head.requested or head.resumed):
                    out.append(Decision(Action.MISSED, outlet, now, head))  # its whole slot went by behind another
                    continue
                self._on_air[outlet] = _OnAir(head, now)
                out.append(Decision(Action.RESUME if head.resumed else Action.START, outlet, now, head))
                break
        elif queue and queue[0].priority == "emergency" and cur.programme.priority != "emergency":
            head = queue.pop(0)
            report = cur.report
            at = cur.programme if report is None else replace(cur.programme, item_index=report.item_index)
            stopped = replace(at, pass_index=report.pass_index if report else at.pass_index, resumed=True)
            self._on_air[outlet] = _OnAir(head, now)
            out.append(Decision(Action.INTERRUPT, outlet, now, head, interrupted=stopped))
            if self.settings.after_emergency == "resume":
                queue.append(stopped)
            else:
                out.append(Decision(Action.SKIPPED, outlet, now, stopped))
        else:
            shown = cur.programme
            if cur.report is not None:
                shown = replace(shown, item_index=cur.report.item_index, pass_index=cur.report.pass_index)
            out.append(Decision(Action.KEEP, outlet, now, shown))
        if not queue:
            del self._queue[outlet]
