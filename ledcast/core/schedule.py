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
import heapq
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import count

from ledcast.core.dates import MAX_DATE, check_date
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.text import fold, nfc

PRIORITIES = ("normal", "priority", "emergency")  # thông thường / ưu tiên / khẩn cấp
PRIORITY_RANK = {"emergency": 0, "priority": 1, "normal": 2}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALL_DAYS: frozenset[int] = frozenset(range(7))
MAX_REPEAT = 50
MAX_SPAN_YEARS = 5  # a rule longer than this is a typo (2062 for 2026), and would expand to millions of rows
MAX_SPAN_DAYS = MAX_SPAN_YEARS * 365 + 2  # inclusive day count, leap days included
MAX_GAP_S = 24 * 3600
MAX_REPEAT_SPAN_S = 24 * 3600  # the repeats of one start time end within a day of it
MAX_TIMES = 96  # start times in one day: one every quarter of an hour
MAX_AIRINGS = 100_000  # all rules of one playlist: bounds the agenda and an export's schedule.json
MAX_TEXT = 2000  # longest weekday or time list text worth parsing

M_BAD_WEEKDAY = QT_TRANSLATE_NOOP(
    "Errors", "“{token}” is not a day of the week: write e.g. mon,wed,fri or T2,T4,CN or T2-T6."
)
M_NO_WEEKDAYS = QT_TRANSLATE_NOOP("Errors", "Choose at least one day of the week.")
M_BAD_TIME = QT_TRANSLATE_NOOP("Errors", "“{token}” is not a time of day: write e.g. 06:00 or 17h30.")
M_NO_TIMES = QT_TRANSLATE_NOOP("Errors", "Give at least one start time, e.g. 06:00,17:30.")
M_DATE_ORDER = QT_TRANSLATE_NOOP("Errors", "The end date {date_to} is before the start date {date_from}.")
M_NO_MATCHING_DAY = QT_TRANSLATE_NOOP(
    "Errors", "None of the chosen days of the week falls between {date_from} and {date_to}."
)
M_BAD_PRIORITY = QT_TRANSLATE_NOOP("Errors", "Unknown priority “{priority}”: use {allowed}.")
M_BAD_REPEAT = QT_TRANSLATE_NOOP("Errors", "The number of airings must be a whole number from 1 to {max}.")
M_BAD_GAP = QT_TRANSLATE_NOOP("Errors", "The gap between repeats must be a whole number of seconds from 0 to {max}.")
M_SPAN_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "A schedule spans at most {years} years: {date_from} to {date_to} is longer. Add another "
    "schedule for the later years.",
)
M_TOO_MANY_TIMES = QT_TRANSLATE_NOOP("Errors", "At most {max} start times a day.")
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
M_LIST_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The list is too long (at most {max} characters).")

# --- weekdays ----------------------------------------------------------------------

_ENGLISH = {
    0: ("mon", "monday"),
    1: ("tue", "tues", "tuesday"),
    2: ("wed", "weds", "wednesday"),
    3: ("thu", "thur", "thurs", "thursday"),
    4: ("fri", "friday"),
    5: ("sat", "saturday"),
    6: ("sun", "sunday"),
}
# Vietnamese, folded (no diacritics, lower case) and without spaces or dots:
# "Thứ 2", "T2", "T.2", "thứ hai" ... "Chủ nhật", "CN" ("chúa nhật" in the south).
_VIETNAMESE_WORDS = {0: "hai", 1: "ba", 2: "tu", 3: "nam", 4: "sau", 5: "bay"}
_DAY_NAMES: dict[str, int] = {}
for _day, _names in _ENGLISH.items():
    for _name in _names:
        _DAY_NAMES[_name] = _day
for _day in range(6):
    _DAY_NAMES[f"t{_day + 2}"] = _day
    _DAY_NAMES[f"thu{_day + 2}"] = _day
    _DAY_NAMES[f"thu{_VIETNAMESE_WORDS[_day]}"] = _day
_DAY_NAMES["thubon"] = 2  # "thứ bốn", rare but heard
_DAY_NAMES.update({"cn": 6, "chunhat": 6, "chuanhat": 6})

_DAY_SETS: dict[str, frozenset[int]] = {
    key: ALL_DAYS for key in ("daily", "all", "everyday", "*", "hangngay", "moingay", "catuan", "tatca")
}
_DAY_SETS.update(
    {
        "weekdays": frozenset(range(5)),
        "weekday": frozenset(range(5)),
        "weekend": frozenset({5, 6}),
        "weekends": frozenset({5, 6}),
        "cuoituan": frozenset({5, 6}),
    }
)

_LIST_SEP = re.compile(r"[,;/\n]+")
_DASHES = re.compile(r"\s*(?:[-\u2010-\u2015~\u2192]|\.\.)\s*")
_RANGE_WORDS = re.compile(r"\s+(?:den|toi|to|through|thru|until)\s+")
_FROM_WORD = re.compile(r"^(?:tu|from)\s+")
_VN_NUMBERED = re.compile(r"(?:t|thu)[2-7]")


def _compact(folded: str) -> str:
    return re.sub(r"[\s.]+", "", folded)


def _days_of_piece(folded: str) -> frozenset[int] | None:
    """One list item, folded: a day, a named set ("daily") or a range "mon-fri"."""
    key = _compact(folded)
    if key in _DAY_SETS:
        return _DAY_SETS[key]
    if (day := _DAY_NAMES.get(key)) is not None:
        return frozenset({day})
    text = _RANGE_WORDS.sub("-", folded.strip())
    text = _DASHES.sub("-", text)
    if "-" not in text:
        return None
    text = _FROM_WORD.sub("", text)
    parts = text.split("-")
    if len(parts) != 2:
        return None
    left, right = _compact(parts[0]), _compact(parts[1])
    if right.isdigit() and _VN_NUMBERED.fullmatch(left):  # "thứ 2-6", "T2-6"
        right = "t" + right
    first, last = _DAY_NAMES.get(left), _DAY_NAMES.get(right)
    if first is None or last is None:
        return None
    span = (last - first) % 7  # "sat-mon" wraps over the weekend
    return frozenset((first + i) % 7 for i in range(span + 1))


def parse_weekdays(text: str | None) -> frozenset[int]:
    """Days of the week as 0=Mon .. 6=Sun.

    Accepts a comma-separated list in English ("mon,wed,fri", "Monday") or
    Vietnamese ("T2,T4,CN", "thứ 2", "thứ hai", "chủ nhật", with or without
    diacritics, NFC or NFD), ranges ("mon-fri", "T2-T6", "thứ 2 đến thứ 6"),
    "daily"/"all"/"hàng ngày", "weekend"/"cuối tuần". Empty or None means
    every day. Items may also be separated by spaces ("mon wed fri").
    """
    if text is None:
        return ALL_DAYS
    if len(text) > MAX_TEXT:
        raise LedcastError(M_LIST_TOO_LONG, max=MAX_TEXT)
    days: set[int] = set()
    seen_any = False
    for raw in _LIST_SEP.split(nfc(text)):
        piece = raw.strip()
        if not piece:
            continue
        seen_any = True
        folded = fold(piece)
        found = _days_of_piece(folded)
        if found is None and len(folded.split()) > 1:
            subs = [_days_of_piece(sub) for sub in folded.split()]
            if all(s is not None for s in subs):
                found = frozenset().union(*(s for s in subs if s is not None))
        if found is None:
            raise LedcastError(M_BAD_WEEKDAY, token=piece)
        days |= found
    return frozenset(days) if seen_any else ALL_DAYS


def format_weekdays(days: Iterable[int]) -> str:
    """Canonical stored form, Monday first: "mon,wed,fri"."""
    chosen = set(days)
    bad = chosen - ALL_DAYS
    if bad:
        raise ValueError(f"weekday numbers must be 0..6, got {sorted(bad)}")
    return ",".join(WEEKDAYS[d] for d in range(7) if d in chosen)


# --- times ------------------------------------------------------------------------

# Folded, without spaces: 06:00, 6:00:30, 6h, 6h00, 17h30, 17h30p, 17g30, 17gio30phut, 6.30
_TIME = re.compile(
    r"(?P<h>\d{1,2})"
    r"(?:"
    r":(?P<m1>\d{2})(?::(?P<s>\d{2}))?"
    r"|(?:h|g|gio)(?:(?P<m2>\d{2})(?:p|ph|phut)?)?"
    r"|\.(?P<m3>\d{2})"
    r")"
)


def _time_of(folded: str) -> dt.time | None:
    m = _TIME.fullmatch(_compact_time(folded))
    if not m:
        return None
    hour = int(m.group("h"))
    minute = int(m.group("m1") or m.group("m2") or m.group("m3") or 0)
    second = int(m.group("s") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second)


def _compact_time(folded: str) -> str:
    return re.sub(r"\s+", "", folded)


def parse_times(text: str | None) -> tuple[dt.time, ...]:
    """Start times of day, sorted and without duplicates.

    "06:00,17:30", "6:00", "6h", "17h30", "17g30", "17 giờ 30", "6.30"; items
    separated by commas, semicolons or spaces. Nothing given, or an item that
    is not a time, raises LedcastError naming the item.
    """
    if len(text or "") > MAX_TEXT:
        raise LedcastError(M_LIST_TOO_LONG, max=MAX_TEXT)
    found: set[dt.time] = set()
    for raw in _LIST_SEP.split(nfc(text or "")):
        piece = raw.strip()
        if not piece:
            continue
        folded = fold(piece)
        t = _time_of(folded)
        if t is not None:
            found.add(t)
            continue
        subs = folded.split()
        if len(subs) > 1:
            parsed = [_time_of(sub) for sub in subs]
            if all(p is not None for p in parsed):
                found.update(p for p in parsed if p is not None)
                continue
            bad = next(piece_sub for piece_sub, p in zip(piece.split(), parsed) if p is None)
            raise LedcastError(M_BAD_TIME, token=bad)
        raise LedcastError(M_BAD_TIME, token=piece)
    if not found:
        raise LedcastError(M_NO_TIMES)
    if len(found) > MAX_TIMES:
        raise LedcastError(M_TOO_MANY_TIMES, max=MAX_TIMES)
    return tuple(sorted(found))


def format_time(t: dt.time) -> str:
    return t.strftime("%H:%M:%S" if t.second else "%H:%M")


def format_times(times: Iterable[dt.time]) -> str:
    """Canonical stored form: "06:00,17:30" (sorted, no duplicates)."""
    return ",".join(format_time(t) for t in sorted(set(times)))


def parse_priority(text: str | None) -> str:
    """ "normal"/"priority"/"emergency", or the Vietnamese names *thông thường*,
    *ưu tiên*, *khẩn cấp* (any case, with or without diacritics). None/"" -> normal."""
    key = _compact(fold(nfc(text or "")))
    if not key:
        return "normal"
    names = {
        "normal": "normal",
        "thongthuong": "normal",
        "binhthuong": "normal",
        "priority": "priority",
        "uutien": "priority",
        "emergency": "emergency",
        "khancap": "emergency",
        "urgent": "emergency",
    }
    if key in names:
        return names[key]
    raise LedcastError(M_BAD_PRIORITY, priority=(text or "").strip(), allowed=", ".join(PRIORITIES))


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
        if self.priority not in PRIORITIES:
            raise LedcastError(M_BAD_PRIORITY, priority=str(self.priority)[:40], allowed=", ".join(PRIORITIES))
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
                duration=_hms(duration_s),
                gap=_hms(self.repeat_gap_s),
                total=_hms(self.repeat_span_s(duration_s)),
            )


def _hms(seconds: float) -> str:
    """h:mm:ss, as the agenda shows lengths (no words to translate)."""
    whole = int(round(max(seconds, 0.0)))
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


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
) -> list[Occurrence]:
    """Every airing of `rule` whose scheduled day lies in both the rule's dates
    and [day_from, day_to] (both inclusive), sorted by start.

    Repeat k starts at start + k * (duration_s + repeat_gap_s); a repeat (or the
    programme itself) may run past midnight and is kept: the window selects by
    the day of the scheduled start time. duration_s may be 0 (an empty
    playlist): end == start. The rule is expanded as given; call
    `rule.validate()` first on operator input.
    """
    return sort_agenda(
        iter_expand(
            rule,
            duration_s,
            day_from,
            day_to,
            playlist_id=playlist_id,
            playlist_name=playlist_name,
            outlet_id=outlet_id,
            outlet_name=outlet_name,
            schedule_id=schedule_id,
        )
    )


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
    length = dt.timedelta(seconds=duration_s)
    step = dt.timedelta(seconds=duration_s + rule.repeat_gap_s)
    times = sorted(set(rule.times))
    for day in _matching_days(rule, day_from, min(day_to, MAX_DATE)):
        for t in times:
            base = dt.datetime.combine(day, t)
            for k in range(rule.repeat_count):
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
                )


# --- overlaps and ordering ---------------------------------------------------------


@dataclass(frozen=True)
class Overlap:
    first: Occurrence  # the one that starts first (or ranks first at the same start)
    second: Occurrence
    seconds: float  # how long they overlap


def _outlet_key(occ: Occurrence) -> tuple[str, object] | None:
    if occ.outlet_id is not None:
        return ("id", occ.outlet_id)
    name = nfc(occ.outlet_name).strip()
    return ("name", name) if name else None


def _agenda_key(occ: Occurrence) -> tuple[object, ...]:
    return (
        occ.start,
        PRIORITY_RANK.get(occ.priority, len(PRIORITY_RANK)),
        fold(occ.outlet_name),
        occ.outlet_name,
        fold(occ.playlist_name),
        occ.playlist_name,
        occ.repeat_index,
        occ.end,
    )


def find_overlaps(occurrences: Iterable[Occurrence]) -> list[Overlap]:
    """Pairs of airings on the same outlet that are on air at the same time.

    Same outlet = same outlet_id, or (when outlet_id is None) the same non-empty
    outlet_name; airings with no outlet are never compared. Intervals are
    half-open: one ending exactly when the next starts is not an overlap, and a
    zero-length airing overlaps nothing. Repeats of one programme are compared
    too. Sweep line per outlet: O(n log n + k) for k overlaps. Sorted by the
    first airing's start, then the second's.
    """
    groups: dict[tuple[str, object], list[Occurrence]] = {}
    for occ in occurrences:
        key = _outlet_key(occ)
        if key is not None and occ.end > occ.start:
            groups.setdefault(key, []).append(occ)
    found: list[Overlap] = []
    tie = count()
    for group in groups.values():
        group.sort(key=_agenda_key)
        active: list[tuple[dt.datetime, int, Occurrence]] = []  # min-heap by end
        for occ in group:
            while active and active[0][0] <= occ.start:
                heapq.heappop(active)
            for end, _, other in active:  # all still on air when `occ` starts
                found.append(Overlap(other, occ, (min(end, occ.end) - occ.start).total_seconds()))
            heapq.heappush(active, (occ.end, next(tie), occ))
    found.sort(key=lambda o: (_agenda_key(o.first), _agenda_key(o.second)))
    return found


def sort_agenda(occurrences: Iterable[Occurrence]) -> list[Occurrence]:
    """By start, then priority (emergency first), then outlet name (accent-
    insensitive), then playlist name."""
    return sorted(occurrences, key=_agenda_key)


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
    "sort_agenda",
]
