"""Did the agenda's past occurrences air? Read from the airing log, in SQL.

An occurrence's airings are the log rows (voided ones and void rows left out) of
its playlist (by the name logged) on its outlet whose scheduled time — or, for a
row without one, its start — falls in the occurrence's slot. Play-out and export
confirmations both log the occurrence's scheduled time, so a programme resumed
after an emergency still counts for its own slot. One row is expected per item
of the playlist per pass: all of them is *aired*, some *partly aired*, none *missed*.
A renamed playlist no longer matches what was logged under its old name.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select

from ledcast.core.airing_query import AiringFilter, conditions
from ledcast.core.db.models import Airing, PlaylistItem
from ledcast.core.schedule import Occurrence
from ledcast.core.workspace import Workspace

AIRED, PARTLY, MISSED = "aired", "partly", "missed"
STATUSES = (AIRED, PARTLY, MISSED)
LATE_RESUME = dt.timedelta(days=1)  # how long after its slot a logged item of an occurrence may start


def local_to_utc(local: dt.datetime) -> dt.datetime:
    """A naive local wall-clock time (schedules) as naive UTC (the log), in this computer's zone."""
    return local.astimezone().astimezone(dt.timezone.utc).replace(tzinfo=None)


def utc_to_local(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def _expected(ws: Workspace, playlist_ids: set[int]) -> dict[int, int]:
    if not playlist_ids:
        return {}
    stmt = (
        select(PlaylistItem.playlist_id, func.count())
        .where(PlaylistItem.playlist_id.in_(sorted(playlist_ids)))
        .group_by(PlaylistItem.playlist_id)
    )
    with ws.session() as s:
        return {pid: int(n) for pid, n in s.execute(stmt)}


def _logged(
    ws: Workspace, names: set[str], low: dt.datetime, high: dt.datetime
) -> dict[tuple[str, str], list[tuple[dt.datetime, int]]]:
    """Rows per (playlist, outlet), counted per scheduled time, sorted by that time."""
    key = func.coalesce(Airing.scheduled_at, Airing.start_utc)
    stmt = (
        select(Airing.playlist_name, Airing.outlet_name, key, func.count())
        .where(
            Airing.start_utc >= low,
            Airing.start_utc < high,
            Airing.playlist_name.in_(sorted(names)),
            *conditions(AiringFilter(), voided=False),
        )
        .group_by(Airing.playlist_name, Airing.outlet_name, key)
    )
    out: dict[tuple[str, str], list[tuple[dt.datetime, int]]] = {}
    with ws.session() as s:
        for playlist, outlet, at, n in s.execute(stmt):
            if isinstance(at, str):  # SQLite hands a COALESCE of datetimes back as text
                at = dt.datetime.fromisoformat(at)
            out.setdefault((playlist, outlet), []).append((at, int(n)))
    for rows in out.values():
        rows.sort()
    return out


def logged_counts(ws: Workspace, occurrences: Sequence[Occurrence]) -> dict[Occurrence, int]:
    """How many (not voided) log rows each occurrence has."""
    occs = [o for o in occurrences if o.playlist_name]
    if not occs:
        return {}
    slots = {o: (local_to_utc(o.start), local_to_utc(o.end)) for o in occs}
    low = min(a for a, _ in slots.values())
    high = max(b for _, b in slots.values()) + LATE_RESUME
    logged = _logged(ws, {o.playlist_name for o in occs}, low, high)
    counts: dict[Occurrence, int] = {}
    for o in occs:
        rows = logged.get((o.playlist_name, o.outlet_name), [])
        start, end = slots[o]
        first = bisect.bisect_left(rows, (start, 0))
        n = 0
        for at, k in rows[first:]:
            if at >= end and not (at == start == end):
                break
            n += k
        counts[o] = n
    return counts


def agenda_status(ws: Workspace, occurrences: Iterable[Occurrence], now: dt.datetime) -> dict[Occurrence, str]:
    """aired / partly / missed for each occurrence that ended by `now` (naive local);
    the others (to come, on air) and those of an empty playlist have none."""
    past = [o for o in occurrences if o.end <= now]
    expected = _expected(ws, {o.playlist_id for o in past if o.playlist_id is not None})
    out: dict[Occurrence, str] = {}
    for o, n in logged_counts(ws, past).items():
        want = expected.get(o.playlist_id, 0) * max(o.passes, 1) if o.playlist_id is not None else 0
        if want == 0 and n == 0:
            continue
        out[o] = MISSED if n == 0 else AIRED if n >= want else PARTLY
    return out


def last_playout_end(ws: Workspace) -> dt.datetime | None:
    """The end (naive local time) of the airing play-out logged last: the PC's clock
    should never again read earlier. Confirmations and imports are left out: they may
    log a whole day ahead, or another unit's clock."""
    stmt = (
        select(Airing.end_utc)
        .where(Airing.recorded_how == "playout")
        .order_by(Airing.start_utc.desc(), Airing.id.desc())
        .limit(20)  # the latest starts; the longest of them ends last
    )
    with ws.session() as s:
        ends = list(s.scalars(stmt))
    return utc_to_local(max(ends)) if ends else None
