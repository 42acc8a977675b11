"""Which units the log covers, and who has not reported (issue 13, point 4).

One row per unit known here: this unit, every unit in the Unit table, in the log,
with a trusted key or with an imported file. Per unit: its airings (voided rows and
void rows left out), the first and last local airing dates, the newest imported
file and whether none came in the last `stale_days` days. SQL aggregates grouped
by unit code and a few index seeks per unit (migration 0006): nothing walks the log
in Python (benchmarks/unit_coverage.py: under a second at a million airings).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from ledcast.core.airing import MAX_OFFSET, MIN_OFFSET, local_offset_min
from ledcast.core.airing_query import AiringFilter, conditions, local_date
from ledcast.core.db.models import Airing, ImportedLog, TrustedKey, Unit, utcnow
from ledcast.core.workspace import Workspace

STALE_DAYS = 14  # a commune sends its log weekly: two weeks without a file is worth a call


@dataclass(frozen=True)
class UnitCoverage:
    code: str
    name: str
    is_self: bool
    airings: int
    first_day: dt.date | None  # local date of its first airing
    last_day: dt.date | None
    files: int  # signed log files imported from it
    last_file_at: dt.datetime | None  # naive UTC, when its newest file was imported
    key: str  # "trusted", "revoked" or "" (no key here; this unit's own key is not in the table)
    stale: bool  # another unit with no file in the last STALE_DAYS days

    @property
    def last_file_day(self) -> dt.date | None:
        """The local date (this computer's time zone) its newest file was imported."""
        if self.last_file_at is None:
            return None
        return (self.last_file_at + dt.timedelta(minutes=local_offset_min(self.last_file_at))).date()


def _parse_day(value: object) -> dt.date | None:
    """SQLite's date() gives text, PostgreSQL a date."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _counts(s: Session) -> dict[str, int]:
    """Airings per unit without voided rows, counted as airing_query.count does: all
    rows (the covering index), less the void rows and the rows they void (reached
    from the voids_uuid index: about 1 % of a log)."""
    counts = {code: int(n) for code, n in s.execute(select(Airing.unit_code, func.count()).group_by(Airing.unit_code))}
    original, void_row = aliased(Airing), aliased(Airing)
    # grouped by expressions: else SQLite walks the whole table. Selected as grouped, with
    # a literal '' (no bound parameter), so that PostgreSQL sees the same expressions.
    empty = literal_column("''")
    void_unit_expr = void_row.unit_code.op("||")(empty)
    voided_unit_expr = func.coalesce(original.unit_code, empty).op("||")(empty)
    pairs = (
        select(void_unit_expr, voided_unit_expr, func.count())
        .select_from(void_row)
        .outerjoin(original, original.uuid == void_row.voids_uuid)
        .where(void_row.voids_uuid > "")  # "> ''", not IS NOT NULL: the index again
        .group_by(void_unit_expr, voided_unit_expr)
    )
    for void_unit, voided_unit, n in s.execute(pairs):
        counts[void_unit] -= n
        if voided_unit:  # '' when the voided row is not in this log
            counts[voided_unit] -= n
    return counts


class _Edges:
    """The local dates of a unit's first and last airings not voided. Each is an
    ordered walk of the (unit_code, start_utc) index that stops at the first such
    row; rows further from it than time zones differ cannot fall on an earlier
    (later) local date, so the rows near it decide. Statements built once, run per unit."""

    def __init__(self) -> None:
        kept = [Airing.unit_code == bindparam("code"), *conditions(AiringFilter(), voided=False)]
        bound = bindparam("bound", type_=Airing.start_utc.type)
        day = local_date(Airing.start_utc, Airing.utc_offset_min)
        self.first = select(Airing.start_utc).where(*kept).order_by(Airing.start_utc.asc()).limit(1)
        self.last = select(Airing.start_utc).where(*kept).order_by(Airing.start_utc.desc()).limit(1)
        self.first_day = select(func.min(day)).where(*kept, Airing.start_utc <= bound)
        self.last_day = select(func.max(day)).where(*kept, Airing.start_utc >= bound)

    def __call__(self, s: Session, code: str) -> tuple[dt.date | None, dt.date | None]:
        first = s.scalar(self.first, {"code": code})
        if first is None:
            return None, None
        last = s.scalar(self.last, {"code": code})
        return (
            _parse_day(s.scalar(self.first_day, {"code": code, "bound": first + _OFFSETS_SPAN})),
            _parse_day(s.scalar(self.last_day, {"code": code, "bound": last - _OFFSETS_SPAN})),
        )


_OFFSETS_SPAN = dt.timedelta(minutes=MAX_OFFSET - MIN_OFFSET)


def unit_coverage(ws: Workspace, now: dt.datetime | None = None, stale_days: int = STALE_DAYS) -> list[UnitCoverage]:
    """Every known unit, this unit first, then by code. `now` is naive UTC (tests)."""
    now = now or utcnow()
    with ws.session() as s:
        counts = _counts(s)
        edges = _Edges()
        logged = {code: (n, *edges(s, code)) for code, n in counts.items()}
        files = {
            code: (int(n), last)
            for code, n, last in s.execute(
                select(ImportedLog.unit_code, func.count(), func.max(ImportedLog.imported_at)).group_by(
                    ImportedLog.unit_code
                )
            )
        }
        # a unit's latest key decides: one not revoked means trusted
        keys: dict[str, str] = {}
        for code, revoked in s.execute(select(TrustedKey.unit_code, TrustedKey.revoked_at)):
            if revoked is None or code not in keys:
                keys[code] = "trusted" if revoked is None else "revoked"
        units = {u.code: (u.name, u.is_self) for u in s.scalars(select(Unit))}
    codes = set(logged) | set(files) | set(keys) | set(units)
    cutoff = now - dt.timedelta(days=stale_days)
    out = []
    for code in codes:
        name, is_self = units.get(code, ("", False))
        n, first, last = logged.get(code, (0, None, None))
        n_files, last_file = files.get(code, (0, None))
        stale = not is_self and (last_file is None or last_file < cutoff)
        out.append(UnitCoverage(code, name, is_self, n, first, last, n_files, last_file, keys.get(code, ""), stale))
    out.sort(key=lambda u: (not u.is_self, u.code))
    return out
