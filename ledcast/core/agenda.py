"""Schedules stored with playlists, and the agenda they expand to (what plays
when on each outlet), with overlaps flagged. The expansion itself is pure and
lives in ledcast.core.schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledcast.core import schedule as sched
from ledcast.core.dates import MAX_DATE
from ledcast.core.db.models import Outlet, Playlist, Schedule
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.playlist import claimed, list_playlists, total_duration
from ledcast.core.playlist_version import claim, of_row
from ledcast.core.programme import programme_duration, speaker_extras
from ledcast.core.workspace import Workspace

M_SCHEDULE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No schedule {id}.")
M_BAD_AGENDA_DAYS = QT_TRANSLATE_NOOP("Errors", "The agenda shows 1 to {max} days.")

MAX_AGENDA_DAYS = 366
WINDOW_DAYS = 31  # lazy expansion step: one month of airings in memory at a time
MAX_BACK_DAYS = 60  # how far back a programme started earlier can still be on air (50 repeats, long gaps)


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
    """A stored rule, read strictly (Rule.from_stored), never with the operator parser."""
    return sched.Rule.from_stored(
        sc.date_from, sc.date_to, sc.weekdays, sc.times, sc.priority, sc.repeat_count, sc.repeat_gap_s, sc.window_end
    )


def add_schedule(
    ws: Workspace,
    ref: str | int,
    *,
    date_from: dt.date,
    date_to: dt.date,
    times: Iterable[dt.time],
    weekdays: frozenset[int] = sched.ALL_DAYS,
    priority: str | None = None,
    repeat_count: int = 1,
    repeat_gap_s: int = 0,
    window_end: dt.time | None = None,
    expected: int | None = None,
) -> Schedule:
    """Validate and store a schedule rule for a playlist: typed values (the shells
    parse operator text with Rule.from_text / parse_times / weekdays_from_text);
    priority None is the playlist's; window_end makes it a time window starting at
    the one time in `times`. Everything is checked (dates, span, the window against
    the playlist's length, the playlist's total airings) before the row is added,
    so a refused rule leaves nothing behind. `expected`: the playlist's version the editor
    loaded (a playlist's schedules are edited as part of it: core/playlist_version.py)."""
    values = {k: v for k, v in locals().items() if k not in ("ws", "ref", "expected")}  # as update_schedule's
    with ws.session() as s:
        playlist = claimed(s, ref, expected)
        sc = Schedule(playlist_id=playlist.id)
        _store(sc, _checked_rule(playlist, values, None, programme_duration(ws, playlist)))
        s.add(sc)
        s.flush()
        return sc


def update_schedule(ws: Workspace, schedule_id: int, expected: int | None = None, **values: Any) -> Schedule:
    """Replace a stored rule with a new one (add_schedule's keywords, all of them):
    checked as a new rule would be, the old one not counted against the limits."""
    with ws.session() as s:
        sc = _claim_schedule(s, schedule_id, expected)
        _store(sc, _checked_rule(sc.playlist, values, schedule_id, programme_duration(ws, sc.playlist)))
        s.flush()
        return sc


def _checked_rule(playlist: Playlist, values: dict[str, Any], replacing: int | None, duration: float) -> sched.Rule:
    times, weekdays = values["times"], values.get("weekdays", sched.ALL_DAYS)
    if isinstance(times, str) or isinstance(weekdays, str):
        raise TypeError("schedules take times of day and a weekday set; parse operator text first")
    rule = sched.Rule(
        values["date_from"],
        values["date_to"],
        frozenset(weekdays),
        tuple(sorted(set(times))),
        values.get("priority") or playlist.priority,
        values.get("repeat_count", 1),
        values.get("repeat_gap_s", 0),
        values.get("window_end"),
    )
    rule.validate(duration)
    others = sum(_stored_airings(sc) for sc in playlist.schedules if sc.id != replacing)
    total = sched.count_airings(rule) + others
    if total > sched.MAX_AIRINGS:
        raise LedcastError(sched.M_TOO_MANY_AIRINGS, count=total, max=sched.MAX_AIRINGS)
    return rule


def _store(sc: Schedule, rule: sched.Rule) -> None:
    sc.date_from, sc.date_to = rule.date_from, rule.date_to
    sc.weekdays = sched.format_weekdays(rule.weekdays)
    sc.times = sched.format_times(rule.times)
    sc.priority = rule.priority
    sc.repeat_count, sc.repeat_gap_s = rule.repeat_count, rule.repeat_gap_s
    sc.window_end = sched.format_time(rule.window_end) if rule.window_end is not None else None


def _stored_airings(sc: Schedule) -> int:
    try:
        return sched.count_airings(rule_of(sc))
    except LedcastError:  # an unreadable stored rule airs nothing
        return 0


def _stored_span_s(sc: Schedule, duration_s: float) -> float:
    try:
        return rule_of(sc).span_s(duration_s)
    except LedcastError:
        return 0.0


def _claim_schedule(s: Session, schedule_id: int, expected: int | None) -> Schedule:
    claim(s, of_row(Schedule, schedule_id), expected, LedcastError(M_SCHEDULE_NOT_FOUND, id=schedule_id))
    return s.get_one(Schedule, schedule_id)


def remove_schedule(ws: Workspace, schedule_id: int, expected: int | None = None) -> None:
    with ws.session() as s:
        s.delete(_claim_schedule(s, schedule_id, expected))


def _iter_rules(playlist: Playlist, day_from: dt.date, day_to: dt.date, duration: float) -> Iterator[sched.Occurrence]:
    for sc in playlist.schedules:
        yield from sched.iter_expand(
            rule_of(sc),
            duration,
            day_from,
            day_to,
            playlist_id=playlist.id,
            playlist_name=playlist.name,
            outlet_id=playlist.outlet_id,
            outlet_name=playlist.outlet.name if playlist.outlet else "",
            schedule_id=sc.id,
        )


def occurrences_of(
    playlist: Playlist,
    day_from: dt.date,
    day_to: dt.date,
    limit: int = sched.MAX_AIRINGS,
    duration: float | None = None,
) -> list[sched.Occurrence]:
    """The playlist's airings in [day_from, day_to], in start order; at most
    `limit` (the earliest), however wide the window or old the stored rules.
    `duration` is the programme's length (core.programme: items, gaps and jingles;
    the items alone when not given)."""
    out: list[sched.Occurrence] = []
    for occ in iter_airings(playlist, day_from, day_to, duration):
        if len(out) >= limit:
            break
        out.append(occ)
    return out


def iter_airings(
    playlist: Playlist, day_from: dt.date, day_to: dt.date, duration: float | None = None
) -> Iterator[sched.Occurrence]:
    """The playlist's airings in start order, expanded one window of days at a
    time: memory stays bounded whatever the range, and a caller that stops early
    (a cap, a page) expands no more than it reads."""
    if not playlist.schedules or day_to < day_from:
        return
    length = total_duration(playlist) if duration is None else duration
    first = max(day_from, min(sc.date_from for sc in playlist.schedules))
    last = min(day_to, MAX_DATE, max(sc.date_to for sc in playlist.schedules))  # a rule stored to 9999 stops here
    ordinal, end = first.toordinal(), last.toordinal()
    while ordinal <= end:
        upto = min(end, ordinal + WINDOW_DAYS - 1)
        # an airing's window is the day of its scheduled start, so windows come out in order
        days = dt.date.fromordinal(ordinal), dt.date.fromordinal(upto)
        yield from sched.sort_agenda(_iter_rules(playlist, *days, length))
        ordinal = upto + 1


def agenda(ws: Workspace, day: dt.date, days: int = 1, outlet: str | None = None) -> Agenda:
    """Everything scheduled from `day` for `days` days (optionally on one outlet)."""
    from ledcast.core.dates import check_date

    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_AGENDA_DAYS:
        raise LedcastError(M_BAD_AGENDA_DAYS, max=MAX_AGENDA_DAYS)
    check_date(day)
    day_to = day + dt.timedelta(days=days - 1)
    outlet_id = None
    if outlet:
        with ws.session() as s:
            outlet_id = s.scalar(select(Outlet.id).where(Outlet.name == outlet.strip()))
        if outlet_id is None:
            from ledcast.core.outlets import M_OUTLET_NOT_FOUND

            raise LedcastError(M_OUTLET_NOT_FOUND, name=outlet)
    occ: list[sched.Occurrence] = []
    extras = speaker_extras(ws)  # the Settings' gaps and jingles, read once for every playlist
    for p in list_playlists(ws):
        if outlet_id is not None and p.outlet_id != outlet_id:
            continue
        # Programmes started on earlier days (long repeats, late evenings) may still be on air.
        length = programme_duration(ws, p, extras)
        longest = max((_stored_span_s(sc, length) for sc in p.schedules), default=0.0)
        back = min(MAX_BACK_DAYS, 1 + int(longest // 86400))
        occ.extend(occurrences_of(p, day - dt.timedelta(days=back), day_to, duration=length))
    start = dt.datetime.combine(day, dt.time())
    occ = [o for o in occ if o.end > start or o.start >= start]
    # an overlap counts when the two are both on air at some moment of the period
    overlaps = [o for o in sched.find_overlaps(occ) if min(o.first.end, o.second.end) > start]
    return Agenda(day, day_to, sched.sort_agenda(occ), overlaps)
