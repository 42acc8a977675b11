"""Reading the airing log: filters, newest-first pages and totals, all in SQL.

Nothing here loads the whole table: a page is LIMIT/OFFSET over the start_utc
index, totals are SQL aggregates. A period is in local dates: a row's local time
is start_utc + its own utc_offset_min. The index narrows to the UTC range that
any offset could map into the period; a per-dialect expression (local_date)
then decides each row. Voided rows and the void rows themselves are left out
unless `include_voided`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, Float, Select, and_, distinct, exists, func, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.functions import FunctionElement

from ledcast.core.airing import (
    MAX_OFFSET,
    MIN_OFFSET,
    ORIGINS,
    RECORDED_HOW,
    W_HOW,
    W_ORIGIN,
    check_choice,
    join_task_codes,
)
from ledcast.core.dates import check_date
from ledcast.core.db.models import Airing
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.inputs import clean_line
from ledcast.core.workspace import Workspace

NO_TASK = "none"  # the task filter for items outside the plan
MAX_PAGE = 10_000

M_AIRING_PERIOD = QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start}).")
M_AIRING_PAGE = QT_TRANSLATE_NOOP("Errors", "A page starts at 0 or later and holds 1 to {max} rows.")


# --- portable SQL for local dates and durations ------------------------------------------


class local_date(FunctionElement):  # noqa: N801 - reads as the SQL function it stands for
    """The local date of an instant: DATE(utc + offset minutes)."""

    type = Date()
    inherit_cache = True


@compiles(local_date, "sqlite")
def _local_date_sqlite(element, compiler, **kw):  # type: ignore[no-untyped-def]
    utc, offset = list(element.clauses)
    return f"date({compiler.process(utc, **kw)}, ({compiler.process(offset, **kw)}) || ' minutes')"


@compiles(local_date)
def _local_date_default(element, compiler, **kw):  # type: ignore[no-untyped-def]
    utc, offset = list(element.clauses)
    return f"CAST(({compiler.process(utc, **kw)} + make_interval(mins => {compiler.process(offset, **kw)})) AS DATE)"


class seconds_between(FunctionElement):  # noqa: N801
    """end - start in seconds (a float, to the millisecond)."""

    type = Float()
    inherit_cache = True


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element, compiler, **kw):  # type: ignore[no-untyped-def]
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    # to the millisecond per row: julianday's doubles are ~50 µs coarse, and the sum
    # of 100,000 of those errors would show in a total
    return f"(ROUND((julianday({end}) - julianday({start})) * 86400000.0) / 1000.0)"


@compiles(seconds_between)
def _seconds_default(element, compiler, **kw):  # type: ignore[no-untyped-def]
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({end} - {start}))"


class not_a_void(FunctionElement):  # noqa: N801
    """The row voids nothing (voids_uuid is empty)."""

    type = Boolean()
    inherit_cache = True


@compiles(not_a_void, "sqlite")
def _not_a_void_sqlite(element, compiler, **kw):  # type: ignore[no-untyped-def]
    # COALESCE, not IS NULL: nearly every row has no voids_uuid, and SQLite's planner
    # would otherwise walk that index instead of start_utc
    (column,) = element.clauses
    return f"coalesce({compiler.process(column, **kw)}, '') = ''"


@compiles(not_a_void)
def _not_a_void_default(element, compiler, **kw):  # type: ignore[no-untyped-def]
    # IS NULL, which PostgreSQL's statistics estimate (a COALESCE it guesses at 0.5 % of
    # the rows, then anti-joins 300,000 rows one index probe at a time)
    (column,) = element.clauses
    return f"{compiler.process(column, **kw)} IS NULL"


# --- filters --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AiringFilter:
    """Which airings: every field None means "any". Dates are local and inclusive.
    `task`: a code (NV3) or "none" (outside the plan)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outlet: str | None = None
    task: str | None = None
    recorded_how: str | None = None
    origin: str | None = None
    unit: str | None = None
    include_voided: bool = False


@dataclass(frozen=True)
class AiringTotals:
    airings: int
    items: int  # distinct media (by SHA-256, or by title when there is none)
    seconds: float

    @property
    def minutes(self) -> float:
        return self.seconds / 60.0


def conditions(f: AiringFilter, a: Any = Airing, *, voided: bool | None = None) -> list[Any]:
    """SQL conditions on `a` (Airing or an alias of it) for the filter; LedcastError if
    refused. `voided=False` leaves out the voided rows and void rows whatever the
    filter says, None follows f.include_voided, True keeps them."""
    where: list[Any] = []
    for d in (f.date_from, f.date_to):
        if d is not None:
            check_date(d)
    if f.date_from is not None and f.date_to is not None and f.date_to < f.date_from:
        raise LedcastError(M_AIRING_PERIOD, start=f.date_from.isoformat(), end=f.date_to.isoformat())
    local = local_date(a.start_utc, a.utc_offset_min)
    if f.date_from is not None:
        first = dt.datetime.combine(f.date_from, dt.time()) - dt.timedelta(minutes=MAX_OFFSET)
        where += [a.start_utc >= first, local >= f.date_from]
    if f.date_to is not None:
        after = dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time()) - dt.timedelta(minutes=MIN_OFFSET)
        where += [a.start_utc < after, local <= f.date_to]
    if f.outlet is not None:
        where.append(a.outlet_name == clean_line(f.outlet))
    if f.task is not None:
        task = clean_line(f.task, 40)
        if task.lower() == NO_TASK:
            where.append(a.task_codes == "")
        else:
            code = join_task_codes([task])
            # exact codes in a comma-joined column: NV1 must not match NV10
            where.append((literal(",") + a.task_codes + literal(",")).contains(f",{code},", autoescape=True))
    if f.recorded_how is not None:
        where.append(a.recorded_how == check_choice(f.recorded_how, RECORDED_HOW, W_HOW))
    if f.origin is not None:
        where.append(a.origin == check_choice(f.origin, ORIGINS, W_ORIGIN))
    if f.unit is not None:
        where.append(a.unit_code == clean_line(f.unit, 64))
    if voided is False or (voided is None and not f.include_voided):
        voiding = aliased(Airing)
        # the void rows named: a planner then hashes those few, not the whole column
        voided = exists().where(voiding.voids_uuid.is_not(None), voiding.voids_uuid == a.uuid)
        where += [not_a_void(a.voids_uuid), ~voided]
    return where


def _filtered(stmt: Select, f: AiringFilter) -> Select:  # type: ignore[type-arg]
    conds = conditions(f)
    return stmt.where(and_(*conds)) if conds else stmt


# --- reading ------------------------------------------------------------------------------


def query(ws: Workspace, f: AiringFilter | None = None, *, offset: int = 0, limit: int = 100) -> list[Airing]:
    """One page of the filtered log, newest start first (detached rows)."""
    if isinstance(offset, bool) or isinstance(limit, bool) or offset < 0 or not 1 <= limit <= MAX_PAGE:
        raise LedcastError(M_AIRING_PAGE, max=MAX_PAGE)
    stmt = _filtered(select(Airing), f or AiringFilter())
    stmt = stmt.order_by(Airing.start_utc.desc(), Airing.id.desc()).offset(offset).limit(limit)
    with ws.session() as s:
        return list(s.scalars(stmt))


def count(ws: Workspace, f: AiringFilter | None = None) -> int:
    """How many rows the filter shows. Without voided rows it is counted as: all
    matching rows, less the matching void rows, less the matching voided rows
    (both found from the voids_uuid index): no per-row look-up over the table."""
    f = f or AiringFilter()
    kept = conditions(f, voided=True)
    with ws.session() as s:
        n = s.scalar(select(func.count()).select_from(Airing).where(*kept)) or 0
        if f.include_voided:
            return int(n)
        voids = s.scalar(select(func.count()).select_from(Airing).where(Airing.voids_uuid.is_not(None), *kept)) or 0
        original, void_row = aliased(Airing), aliased(Airing)
        voided = (
            s.scalar(
                select(func.count())
                .select_from(void_row)
                .join(original, original.uuid == void_row.voids_uuid)
                .where(void_row.voids_uuid.is_not(None), *conditions(f, original, voided=True))
            )
            or 0
        )
    return int(n - voids - voided)


def item_key(a: Any = Airing) -> Any:
    """What makes an item distinct: its SHA-256, or its title when it has none."""
    return func.coalesce(literal("sha:") + a.media_sha256, literal("title:") + a.media_title)


def totals(ws: Workspace, f: AiringFilter | None = None) -> AiringTotals:
    """Airings, distinct items and total seconds of the filtered rows (SQL aggregates)."""
    stmt = select(
        func.count(Airing.id),
        func.count(distinct(item_key())),
        func.coalesce(func.sum(seconds_between(Airing.start_utc, Airing.end_utc)), 0.0),
    )
    with ws.session() as s:
        n, items, seconds = s.execute(_filtered(stmt, f or AiringFilter())).one()
    return AiringTotals(int(n or 0), int(items or 0), round(float(seconds or 0.0), 3))


def voided_among(ws: Workspace, uuids: list[str]) -> dict[str, str]:
    """Of these airings, those voided, with the void row's reason (for greying rows)."""
    if not uuids:
        return {}
    out: dict[str, str] = {}
    with ws.session() as s:
        for start in range(0, len(uuids), 500):
            chunk = uuids[start : start + 500]
            rows = s.execute(select(Airing.voids_uuid, Airing.note).where(Airing.voids_uuid.in_(chunk)))
            out.update({u: note for u, note in rows if u is not None})
    return out


def get(ws: Workspace, uuid: str) -> Airing | None:
    with ws.session() as s:
        return s.scalars(select(Airing).where(Airing.uuid == uuid)).first()
