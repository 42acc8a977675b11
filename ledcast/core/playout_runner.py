"""The workspace side of automatic play-out: a Scheduler (core.playout) fed with the
agenda, the settings and the airing log, for `ledcast playout` and the console.
The caller loops: `decisions = runner.step(playing)`, carries them out, waits about
a second, and calls `runner.reload()` when schedules or settings change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from ledcast.core.agenda import agenda
from ledcast.core.agenda_status import last_playout_end, logged_counts
from ledcast.core.playout import Clock, Decision, NowPlaying, Scheduler, SystemClock
from ledcast.core.playout_settings import playout_settings
from ledcast.core.schedule import Occurrence
from ledcast.core.workspace import Workspace

AHEAD_DAYS = 2  # today and tomorrow: the "next ten" reach past midnight


def load_occurrences(ws: Workspace, day: dt.date, days: int = AHEAD_DAYS) -> list[Occurrence]:
    """The agenda from `day` (with programmes started the days before and still on air)."""
    return agenda(ws, day, days).occurrences


def not_logged(ws: Workspace, occurrences: list[Occurrence], now: dt.datetime) -> list[Occurrence]:
    """Occurrences without a logged airing: one aired (even partly) before this run is not missed."""
    logged = logged_counts(ws, [o for o in occurrences if o.start <= now])
    return [o for o in occurrences if not logged.get(o)]


class Runner:
    def __init__(self, ws: Workspace, clock: Clock | None = None, outlets: Iterable[str] | None = None) -> None:
        self.ws = ws
        self.clock = clock or SystemClock()
        now = self.clock.now()
        self.day = now.date()
        self.scheduler = Scheduler(
            not_logged(ws, load_occurrences(ws, self.day), now),
            playout_settings(ws),
            outlets=outlets,
            last_logged=last_playout_end(ws),
        )

    def reload(self) -> None:
        """Read the schedules and settings again (the scheduler keeps what it already did)."""
        self.day = self.clock.now().date()
        self.scheduler.settings = playout_settings(self.ws)
        now = self.clock.now()
        self.scheduler.update(not_logged(self.ws, load_occurrences(self.ws, self.day), now))

    def step(self, playing: Mapping[str, NowPlaying] | None = None) -> list[Decision]:
        now = self.clock.now()
        if now.date() != self.day:  # a new day: its occurrences (and tomorrow's) join
            self.reload()
        return self.scheduler.tick(now, playing)
