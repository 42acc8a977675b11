"""Schedule rules and what they expand to: pure functions, no database.

A rule says "on these days of the week, between these dates, start the
programme at these times, N times with a gap". `expand` turns a rule into
concrete airings (`Occurrence`), `find_overlaps` flags airings that collide on
one outlet, `sort_agenda` orders an agenda for display. The database glue lives
in ledcast.core.agenda.

Times are naive local wall-clock times. Vietnam keeps UTC+7 all year (no DST),
so adding seconds to a naive datetime is exact; an airing that runs past
midnight simply ends on the next day.

Priorities follow Circular 39/2020/TT-BTTTT: *thông thường* (normal),
*ưu tiên* (priority), *khẩn cấp* (emergency).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass

from ledcast.core.dates import MAX_DATE, check_date
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.formatting import clock_hms
from ledcast.core.limits import check_priority
from ledcast.core.schedule_overlaps import PRIORITY_RANK, Overlap, find_overlaps, sort_agenda  # noqa: F401

# parsing lives in schedule_parse; re-exported here, where callers find it
from ledcast.core.schedule_parse import (  # noqa: F401 - re-exported: callers and tests use them from here
    ALL_DAYS,
    M_BAD_PRIORITY,
    M_BAD_TIME,
    M_BAD_WEEKDAY,
    M_LIST_TOO_LONG,
    M_NO_TIMES,
    M_NO_WEEKDAYS,
    M_TOO_MANY_TIMES,
    MAX_TEXT,
    MAX_TIMES,
    PRIORITIES,
    WEEKDAYS,
    format_time,
    format_times,
    format_weekdays,
    parse_priority,
    parse_times,
    parse_weekdays,
    parse_window,
    stored_times,
    stored_weekdays,
    weekdays_from_text,
)

MAX_REPEAT = 50
MAX_SPAN_YEARS = 5  # a rule longer than this is a typo (2062 for 2026), and would expand to millions of rows
MAX_SPAN_DAYS = MAX_SPAN_YEARS * 365 + 2  # inclusive day count, leap days included
MAX_GAP_S = 24 * 3600
MAX_REPEAT_SPAN_S = 24 * 3600  # the repeats of one start time end within a day of it
MAX_AIRINGS = 100_000  # all rules of one playlist: bounds the agenda and an export's schedule.json

M_DATE_ORDER = QT_TRANSLATE_NOOP("Errors", "The end date {date_to} is before the start date {date_from}.")
M_NO_MATCHING_DAY = QT_TRANSLATE_NOOP(
    "Errors", "None of the chosen days of the week falls between {date_from} and {date_to}."
)
M_BAD_REPEAT = QT_TRANSLATE_NOOP("Errors", "The number of airings must be a whole number from 1 to {max}.")
M_BAD_GAP = QT_TRANSLATE_NOOP("Errors", "The gap between repeats must be a whole number of seconds from 0 to {max}.")
M_SPAN_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "A schedule spans at most {years} years: {date_from} to {date_to} is longer. Add another "
    "schedule for the later years.",
)
M_TOO_MANY_AIRINGS = QT_TRANSLATE_NOOP(
    "Errors",
    "This gives {count} airings; a playlist's schedules give at most {max}. Shorten the period or use "
    "fewer times or repeats.",
)
M_REPEATS_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "The repeats of one start time must end within 24 hours: {count} airings of {duration} with "
    "{gap} between them last {total}. Use fewer repeats or a shorter gap.",
)
M_WINDOW_ONE_START = QT_TRANSLATE_NOOP(
    "Errors", "A time window has one start and one end; it repeats the programme back to back, without repeats."
)
M_WINDOW_EMPTY = QT_TRANSLATE_NOOP("Errors", "A time window must not start and end at the same time.")
M_WINDOW_NO_PROGRAMME = QT_TRANSLATE_NOOP(
    "Errors", "The playlist is empty: add items before it can play continuously in a time window."
)
M_WINDOW_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Errors",
    "The playlist lasts {duration}, longer than the window {start}–{end} ({length}): it cannot play even once. "
    "Widen the window or shorten the playlist.",
)


# --- rules and occurrences ----------------------------------------------------------


def _date_text(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")  # as Vietnamese operators write dates (parse_date accepts it)


@dataclass(frozen=True)
class Rule:
    date_from: dt.date
    date_to: dt.date
    weekdays: frozenset[int]
    times: tuple[dt.time, ...]
    priority: str = "normal"
    repeat_count: int = 1
    repeat_gap_s: int = 0
    # a time window: the programme loops back to back from times[0] to window_end
    # (an end at or before the start is on the next day: 18:00-02:00, 06:00-24:00)
    window_end: dt.time | None = None

    @classmethod
    def from_text(
        cls,
        date_from: dt.date,
        date_to: dt.date,
        *,
        times: str | None = None,
        weekdays: str | None = None,
        priority: str = "normal",
        repeat_count: int = 1,
        repeat_gap_s: int = 0,
        window: str | None = None,
    ) -> Rule:
        """A rule from what an operator typed (lenient: "T2-T6", "17h30", a window
        "6h-22h" instead of times; weekdays None = every day). Not validated yet:
        call `validate()`."""
        window_end = None
        if window is not None:
            start, window_end = parse_window(window)
            starts: tuple[dt.time, ...] = (start,)
        else:
            starts = parse_times(times)
        return cls(
            date_from,
            date_to,
            weekdays_from_text(weekdays),
            starts,
            priority,
            repeat_count,
            repeat_gap_s,
            window_end,
        )

    @classmethod
    def from_stored(
        cls,
        date_from: dt.date,
        date_to: dt.date,
        weekdays: str,
        times: str,
        priority: str,
        repeat_count: int,
        repeat_gap_s: int,
        window_end: str | None = None,
    ) -> Rule:
        """A rule as the database stores it: the canonical forms only, read strictly."""
        return cls(
            date_from,
            date_to,
            stored_weekdays(weekdays),
            stored_times(times),
            priority,
            repeat_count,
            repeat_gap_s,
            stored_times(window_end)[0] if window_end else None,
        )

    @property
    def is_window(self) -> bool:
        return self.window_end is not None

    @property
    def window_s(self) -> int:
        """The window's length in seconds (0 for start times)."""
        if self.window_end is None or not self.times:
            return 0
        start, end = self.times[0], self.window_end
        length = (end.hour - start.hour) * 3600 + (end.minute - start.minute) * 60 + end.second - start.second
        return length if length > 0 else length + 86400

    def passes(self, duration_s: float) -> int:
        """How many times the programme plays back to back in the window: whole
        passes only (the player starts none it cannot finish); 1 for start times."""
        return 1 if self.window_end is None else passes_in(self.window_s, duration_s)

    def span_s(self, duration_s: float) -> float:
        """How long one start time keeps the outlet busy: the window, or the repeats."""
        return float(self.window_s) if self.is_window else self.repeat_span_s(duration_s)

    def validate(self, duration_s: float | None = None) -> None:
        """Raise LedcastError on the first thing an operator must fix. Cheap
        (no expansion), so a rule is checked before anything is stored.
        `duration_s` (the playlist's length) bounds the repeats to one day."""
        check_date(self.date_from)
        check_date(self.date_to)
        if self.date_to < self.date_from:
            raise LedcastError(M_DATE_ORDER, date_from=_date_text(self.date_from), date_to=_date_text(self.date_to))
        if (self.date_to - self.date_from).days + 1 > MAX_SPAN_DAYS:
            raise LedcastError(
                M_SPAN_TOO_LONG,
                years=MAX_SPAN_YEARS,
                date_from=_date_text(self.date_from),
                date_to=_date_text(self.date_to),
            )
        if not self.times or not all(isinstance(t, dt.time) for t in self.times):
            raise LedcastError(M_NO_TIMES)
        if len(set(self.times)) > MAX_TIMES:
            raise LedcastError(M_TOO_MANY_TIMES, max=MAX_TIMES)
        if not self.weekdays or not set(self.weekdays) <= ALL_DAYS:
            raise LedcastError(M_NO_WEEKDAYS)
        check_priority(self.priority)
        if self.window_end is not None:
            self._check_window(duration_s)
        if not _is_int(self.repeat_count) or not 1 <= self.repeat_count <= MAX_REPEAT:
            raise LedcastError(M_BAD_REPEAT, max=MAX_REPEAT)
        if not _is_int(self.repeat_gap_s) or not 0 <= self.repeat_gap_s <= MAX_GAP_S:
            raise LedcastError(M_BAD_GAP, max=MAX_GAP_S)
        if duration_s is not None:
            self._check_repeat_span(duration_s)
        n = count_airings(self)
        if n == 0:
            raise LedcastError(
                M_NO_MATCHING_DAY, date_from=_date_text(self.date_from), date_to=_date_text(self.date_to)
            )
        if n > MAX_AIRINGS:
            raise LedcastError(M_TOO_MANY_AIRINGS, count=n, max=MAX_AIRINGS)

    def _check_window(self, duration_s: float | None) -> None:
        if not isinstance(self.window_end, dt.time) or len(set(self.times)) != 1:
            raise LedcastError(M_WINDOW_ONE_START)
        if self.repeat_count != 1 or self.repeat_gap_s != 0:
            raise LedcastError(M_WINDOW_ONE_START)
        if self.times[0] == self.window_end:
            raise LedcastError(M_WINDOW_EMPTY)
        if duration_s is None:
            return
        if not duration_s > 0:
            raise LedcastError(M_WINDOW_NO_PROGRAMME)
        if self.passes(duration_s) < 1:
            raise LedcastError(
                M_WINDOW_TOO_SHORT,
                duration=clock_hms(duration_s),
                start=format_time(self.times[0]),
                end=format_time(self.window_end),
                length=clock_hms(self.window_s),
            )

    def repeat_span_s(self, duration_s: float) -> float:
        """From the first start to the last end of one start time's repeats."""
        return self.repeat_count * max(duration_s, 0.0) + (self.repeat_count - 1) * self.repeat_gap_s

    def _check_repeat_span(self, duration_s: float) -> None:
        # repeats past a day collide with the next day's airings and, near the last
        # supported date, run past it (2100-12-31 + 50 x 1 day)
        if self.repeat_count > 1 and self.repeat_span_s(duration_s) > MAX_REPEAT_SPAN_S:
            raise LedcastError(
                M_REPEATS_TOO_LONG,
                count=self.repeat_count,
                duration=clock_hms(duration_s),
                gap=clock_hms(self.repeat_gap_s),
                total=clock_hms(self.repeat_span_s(duration_s)),
            )


def passes_in(window_s: float, duration_s: float) -> int:
    """Whole passes of a `duration_s` programme in a `window_s` window (0 for an empty one)."""
    if not duration_s > 0:
        return 0
    return math.floor(window_s / duration_s + 1e-9)  # 57600 / 13.3333 is 4320, not 4319


def count_airings(rule: Rule, day_from: dt.date | None = None, day_to: dt.date | None = None) -> int:
    """How many airings `rule` gives (in [day_from, day_to] when given) without
    expanding them: whole weeks counted arithmetically."""
    first = max(rule.date_from, day_from or rule.date_from)
    last = min(rule.date_to, day_to or rule.date_to)
    if last < first:
        return 0
    span = (last - first).days + 1
    weeks, rest = divmod(span, 7)
    days = weeks * len(set(rule.weekdays) & ALL_DAYS)
    start = first.weekday()
    days += sum(1 for i in range(rest) if (start + i) % 7 in rule.weekdays)
    return days * len(set(rule.times)) * rule.repeat_count


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Occurrence:
    """One scheduled airing: naive local wall-clock start and end."""

    start: dt.datetime
    end: dt.datetime
    priority: str
    playlist_id: int | None = None
    playlist_name: str = ""
    outlet_id: int | None = None
    outlet_name: str = ""
    schedule_id: int | None = None
    repeat_index: int = 0  # 0 for the first airing, 1.. for repeats
    passes: int = 1  # a time window's block: how many times the programme plays in it
    is_window: bool = False

    @property
    def duration_s(self) -> float:
        return (self.end - self.start).total_seconds()


def _matching_days(rule: Rule, day_from: dt.date, day_to: dt.date) -> Iterator[dt.date]:
    """Lazily; by ordinal, so a range ending on date.max (stored before the
    limits existed) never steps past it."""
    first, last = max(rule.date_from, day_from), min(rule.date_to, day_to)
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        day = dt.date.fromordinal(ordinal)
        if day.weekday() in rule.weekdays:
            yield day


def expand(
    rule: Rule, duration_s: float, day_from: dt.date, day_to: dt.date, **labels: str | int | None
) -> list[Occurrence]:
    """Every airing of `rule` whose scheduled day lies in both the rule's dates
    and [day_from, day_to] (both inclusive), sorted by start.

    Repeat k starts at start + k * (duration_s + repeat_gap_s); a repeat (or the
    programme itself) may run past midnight and is kept: the window selects by
    the day of the scheduled start time. duration_s may be 0 (an empty
    playlist): end == start. The rule is expanded as given; call
    `rule.validate()` first on operator input. `labels` are iter_expand's
    (playlist_id, playlist_name, outlet_id, outlet_name, schedule_id).
    """
    return sort_agenda(iter_expand(rule, duration_s, day_from, day_to, **labels))  # type: ignore[arg-type]


def iter_expand(
    rule: Rule,
    duration_s: float,
    day_from: dt.date,
    day_to: dt.date,
    *,
    playlist_id: int | None = None,
    playlist_name: str = "",
    outlet_id: int | None = None,
    outlet_name: str = "",
    schedule_id: int | None = None,
) -> Iterator[Occurrence]:
    """`expand` lazily, day by day (sorted within a day's start times, not
    across repeats): callers take what they need without holding a whole range."""
    if not duration_s >= 0:  # also refuses NaN
        raise ValueError(f"duration_s must be >= 0, got {duration_s}")
    length = dt.timedelta(seconds=rule.window_s if rule.is_window else duration_s)
    step = dt.timedelta(seconds=duration_s + rule.repeat_gap_s)
    times = sorted(set(rule.times))
    passes = rule.passes(duration_s)
    repeats = 1 if rule.is_window else rule.repeat_count  # a window is one block
    for day in _matching_days(rule, day_from, min(day_to, MAX_DATE)):
        for t in times:
            base = dt.datetime.combine(day, t)
            for k in range(repeats):
                try:
                    start = base + k * step
                    end = start + length
                except OverflowError:  # past year 9999: only a rule stored before the limits
                    return
                if start.date() > MAX_DATE:  # clipped: no airing starts past the supported dates
                    break
                yield Occurrence(
                    start=start,
                    end=end,
                    priority=rule.priority,
                    playlist_id=playlist_id,
                    playlist_name=playlist_name,
                    outlet_id=outlet_id,
                    outlet_name=outlet_name,
                    schedule_id=schedule_id,
                    repeat_index=k,
                    passes=passes,
                    is_window=rule.is_window,
                )


__all__ = [
    "ALL_DAYS",
    "MAX_AIRINGS",
    "MAX_GAP_S",
    "MAX_REPEAT",
    "MAX_SPAN_DAYS",
    "MAX_SPAN_YEARS",
    "MAX_TIMES",
    "PRIORITIES",
    "PRIORITY_RANK",
    "WEEKDAYS",
    "Occurrence",
    "Overlap",
    "Rule",
    "count_airings",
    "expand",
    "find_overlaps",
    "iter_expand",
    "format_time",
    "format_times",
    "format_weekdays",
    "parse_priority",
    "parse_times",
    "parse_weekdays",
    "parse_window",
    "passes_in",
    "sort_agenda",
    "stored_times",
    "stored_weekdays",
    "weekdays_from_text",
]
