"""Parsing and formatting what operators type in a schedule: days of the week, start
times and priorities (English or Vietnamese, with or without diacritics). Pure functions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.limits import M_BAD_PRIORITY, PRIORITIES
from ledcast.core.text import fold, nfc

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALL_DAYS: frozenset[int] = frozenset(range(7))
MAX_TIMES = 96  # start times in one day: one every quarter of an hour
MAX_TEXT = 2000  # longest weekday or time list text worth parsing

M_BAD_WEEKDAY = QT_TRANSLATE_NOOP(
    "Errors", "“{token}” is not a day of the week: write e.g. mon,wed,fri or T2,T4,CN or T2-T6."
)
M_NO_WEEKDAYS = QT_TRANSLATE_NOOP("Errors", "Choose at least one day of the week.")
M_BAD_TIME = QT_TRANSLATE_NOOP("Errors", "“{token}” is not a time of day: write e.g. 06:00 or 17h30.")
M_NO_TIMES = QT_TRANSLATE_NOOP("Errors", "Give at least one start time, e.g. 06:00,17:30.")
M_TOO_MANY_TIMES = QT_TRANSLATE_NOOP("Errors", "At most {max} start times a day.")
M_LIST_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The list is too long (at most {max} characters).")
M_BAD_WINDOW = QT_TRANSLATE_NOOP(
    "Errors", "“{text}” is not a time window: write the start and the end, e.g. 06:00-22:00 or 6h-22h."
)


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


def weekdays_from_text(text: str | None) -> frozenset[int]:
    """What an operator gave for the days: None (not given) is every day, a blank
    answer is refused (not read as "every day"), anything else as parse_weekdays."""
    if text is not None and not text.strip(" \t,;/\n"):
        raise LedcastError(M_NO_WEEKDAYS)
    return parse_weekdays(text)


def stored_weekdays(text: str) -> frozenset[int]:
    """The canonical stored form only ("mon,wed,fri", as format_weekdays writes it):
    a stored rule is read back strictly, never with the lenient operator parser."""
    days = set()
    for token in (text or "").split(","):
        if token not in WEEKDAYS:
            raise LedcastError(M_BAD_WEEKDAY, token=token[:40])
        days.add(WEEKDAYS.index(token))
    return frozenset(days)


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


_STORED_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?")


def stored_times(text: str) -> tuple[dt.time, ...]:
    """The canonical stored form only ("06:00,17:30:15", as format_times writes it)."""
    found = []
    for token in (text or "").split(","):
        m = _STORED_TIME.fullmatch(token)
        if not m:
            raise LedcastError(M_BAD_TIME, token=token[:40])
        found.append(dt.time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)))
    return tuple(sorted(set(found)))


_WINDOW_SEP = re.compile(r"\s*(?:-|–|—|\bto\b|\bden\b)\s*")


def parse_window(text: str | None) -> tuple[dt.time, dt.time]:
    """A time window as an operator writes it: "06:00-22:00", "6h–22h", "6h đến 22h"."""
    raw = nfc(text or "").strip()
    if len(raw) > MAX_TEXT:
        raise LedcastError(M_LIST_TOO_LONG, max=MAX_TEXT)
    parts = _WINDOW_SEP.split(fold(raw))
    ends = [_time_of(_compact_time(p)) if p.strip() else None for p in parts] if len(parts) == 2 else []
    if len(ends) == 2 and ends[1] is None and _compact_time(parts[1]) in ("24:00", "24h", "24g", "24gio", "24"):
        ends[1] = dt.time(0)  # "until midnight": the window ends at the next day's 00:00
    if len(ends) != 2 or ends[0] is None or ends[1] is None:
        raise LedcastError(M_BAD_WINDOW, text=raw[:40])
    return ends[0], ends[1]


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
