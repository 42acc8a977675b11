"""Overlaps and agenda order of expanded airings (ledcast.core.schedule's
Occurrence): pure functions, re-exported from ledcast.core.schedule."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import count
from typing import TYPE_CHECKING

from ledcast.core.text import fold, nfc

if TYPE_CHECKING:
    from ledcast.core.schedule import Occurrence

PRIORITY_RANK = {"emergency": 0, "priority": 1, "normal": 2}


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
