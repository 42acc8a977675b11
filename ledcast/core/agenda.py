"""Schedules stored with playlists, and the agenda they expand to (what plays
when on each outlet), with overlaps flagged. The expansion itself is pure and
lives in ledcast.core.schedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from ledcast.core import schedule as sched
from ledcast.core.db.models import Outlet, Playlist, Schedule
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.playlist import find_playlist, list_playlists, total_duration
from ledcast.core.workspace import Workspace

M_SCHEDULE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No schedule {id}.")


@dataclass
class Agenda:
    day_from: dt.date
    day_to: dt.date
    occurrences: list[sched.Occurrence] = field(default_factory=list)
    overlaps: list[sched.Overlap] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._in_overlap = {x for o in self.overlaps for x in (o.first, o.second)}

    def overlapping(self, occ: sched.Occurrence) -> bool:
        return occ in self._in_overlap


def rule_of(sc: Schedule) -> sched.Rule:
    return sched.Rule(date_from=sc.date_from, date_to=sc.date_to, weekdays=sched.parse_weekdays(sc.weekdays),
                      times=sched.parse_times(sc.times), priority=sc.priority,
                      repeat_count=sc.repeat_count, repeat_gap_s=sc.repeat_gap_s)


def add_schedule(ws: Workspace, ref: str | int, *, date_from: dt.date, date_to: dt.date,
                 times: str, weekdays: str | None = None, priority: str | None = None,
                 repeat_count: int = 1, repeat_gap_s: int = 0) -> Schedule:
    """Validate and store a schedule rule for a playlist."""
    with ws.session() as s:
        playlist = find_playlist(s, ref)
        rule = sched.Rule(date_from=date_from, date_to=date_to, weekdays=sched.parse_weekdays(weekdays),
                          times=sched.parse_times(times), priority=priority or playlist.priority,
                          repeat_count=repeat_count, repeat_gap_s=repeat_gap_s)
        rule.validate()
        sc = Schedule(playlist_id=playlist.id, date_from=rule.date_from, date_to=rule.date_to,
                      weekdays=sched.format_weekdays(rule.weekdays), times=sched.format_times(rule.times),
                      priority=rule.priority, repeat_count=rule.repeat_count, repeat_gap_s=rule.repeat_gap_s)
        s.add(sc)
        s.flush()
        return sc


def remove_schedule(ws: Workspace, schedule_id: int) -> None:
    with ws.session() as s:
        sc = s.get(Schedule, schedule_id)
        if sc is None:
            raise LedcastError(M_SCHEDULE_NOT_FOUND, id=schedule_id)
        s.delete(sc)


def occurrences_of(playlist: Playlist, day_from: dt.date, day_to: dt.date) -> list[sched.Occurrence]:
    duration = total_duration(playlist)
    out: list[sched.Occurrence] = []
    for sc in playlist.schedules:
        out.extend(sched.expand(
            rule_of(sc), duration, day_from, day_to, playlist_id=playlist.id, playlist_name=playlist.name,
            outlet_id=playlist.outlet_id, outlet_name=playlist.outlet.name if playlist.outlet else "",
            schedule_id=sc.id))
    return out


def agenda(ws: Workspace, day: dt.date, days: int = 1, outlet: str | None = None) -> Agenda:
    """Everything scheduled from `day` for `days` days (optionally on one outlet)."""
    day_to = day + dt.timedelta(days=max(1, days) - 1)
    outlet_id = None
    if outlet:
        with ws.session() as s:
            outlet_id = s.scalar(select(Outlet.id).where(Outlet.name == outlet.strip()))
        if outlet_id is None:
            from ledcast.core.outlets import M_OUTLET_NOT_FOUND

            raise LedcastError(M_OUTLET_NOT_FOUND, name=outlet)
    occ: list[sched.Occurrence] = []
    for p in list_playlists(ws):
        if outlet_id is not None and p.outlet_id != outlet_id:
            continue
        # Programmes started on earlier days (long repeats, late evenings) may still be on air.
        longest = max((sc.repeat_count * total_duration(p) + (sc.repeat_count - 1) * sc.repeat_gap_s
                       for sc in p.schedules), default=0.0)
        back = 1 + int(longest // 86400)
        occ.extend(occurrences_of(p, day - dt.timedelta(days=back), day_to))
    start = dt.datetime.combine(day, dt.time())
    occ = [o for o in occ if o.end > start or o.start >= start]
    # an overlap counts when the two are both on air at some moment of the period
    overlaps = [o for o in sched.find_overlaps(occ) if min(o.first.end, o.second.end) > start]
    return Agenda(day, day_to, sched.sort_agenda(occ), overlaps)

