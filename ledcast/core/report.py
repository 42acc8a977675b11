"""Reports against the plan's targets (issue 12): for a period and a set of units,
per task × channel the airings, the distinct items (targets count items — tin,
bài — not airings) and the minutes, with the plan's target stated for the period.

Everything is counted by SQL aggregates (GROUP BY in the database) over the
airing log with voided rows and void rows left out (airing_query.conditions);
no airing row is loaded into Python. The period's rows are written once to a
temporary table that the three GROUP BYs (task × channel, by month, by unit)
read. An airing tagged "NV1,NV3" counts for both tasks: each distinct
task-codes value is matched once to the plan's tasks on the exact code (a second
small temporary table), and the GROUP BYs join on it by equality.

Channels: an airing on a loudspeaker outlet is "speaker", on a screen "screen",
anything else (entered by hand: a website post, a relay…) "other". A plan
target's channel maps to them as TARGET_CHANNELS says: loudspeaker → speaker,
screen → screen, grassroots (the commune's radio and public e-boards) → both when
neither has its own target, every other channel (website, mass media, social,
print, press, event) → other. For a row the first target (plan order) of its
channel, for its task or for all tasks, whose dates meet the period is used.
Scaling: a per-month target × the report months covered (a quarter = 3×), per
week × the weeks covered, a whole-plan-period target unscaled, a per-event target
is stated but has no status (events are not logged).

A whole-plan-period target is progress to date: its row's progress and status
count the distinct items from the target's start (else the plan's start) to the
report's last day (or the target's end, if sooner), "3 / 1–5" in Q2 for three
items aired in Q1, while the row's airings, items and minutes stay the period's.
That is one more aggregate (_to_date), run only when such a row exists: the
distinct (task codes, channel, item) triples of the window, joined to the tasks
afterwards, so the task join runs on a few thousand triples, not on every airing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import and_, case, distinct, exists, func, insert, literal, or_, select

from ledcast.core.airing import MAX_OFFSET, MIN_OFFSET
from ledcast.core.airing_query import AiringFilter, conditions, item_key, local_date, seconds_between
from ledcast.core.db.models import Airing, Plan, Target, Task, Unit
from ledcast.core.db.tuning import for_big_reads
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.inputs import clean_line
from ledcast.core.plan import get_plan
from ledcast.core.report_period import Period
from ledcast.core.workspace import Workspace

M_REPORT_UNIT = QT_TRANSLATE_NOOP("Errors", "No unit “{code}”: neither set up here nor found in the airing log.")
M_REPORT_NO_SELF = QT_TRANSLATE_NOOP("Errors", "This installation has no unit yet: name the units to report.")

CHANNELS = ("speaker", "screen", "other")
ALL_UNITS = "*"
TARGET_CHANNELS: dict[str, tuple[str, ...]] = {
    "loudspeaker": ("speaker",),
    "screen": ("screen",),
    "grassroots": ("speaker", "screen"),
}  # any other plan channel → ("other",)


@dataclass(frozen=True)
class Counts:
    airings: int = 0
    items: int = 0
    minutes: float = 0.0


@dataclass(frozen=True)
class TargetShown:
    """A plan target stated for the report's period."""

    min: int
    max: int | None
    per: str  # period | month | week | event, as in the plan
    factor: int  # months or weeks covered (1 for period and event)

    def band(self) -> str:
        lo, hi = self.min * self.factor, None if self.max is None else self.max * self.factor
        return f"{lo}" if hi == lo else f"{lo}–{hi}" if hi is not None else f"≥ {lo}"

    def status(self, items: int) -> str | None:
        if self.per == "event":
            return None
        if items < self.min * self.factor:
            return "below"
        if self.max is not None and items > self.max * self.factor:
            return "above"
        return "met"


@dataclass(frozen=True)
class Row:
    task: str  # "" = outside the plan
    task_title: str
    channel: str
    counts: Counts
    target: TargetShown | None
    status: str | None  # below | met | above; None with no target
    # a whole-plan-period target: distinct items from the target's start to the report's end
    progress_items: int | None = None

    def progress(self) -> str:
        """ "3 / 1–5" (the items to date for a whole-period target), or "" with no target."""
        if self.target is None:
            return ""
        items = self.counts.items if self.progress_items is None else self.progress_items
        return f"{items} / {self.target.band()}"


@dataclass(frozen=True)
class Cell:
    """A breakdown line: by month (key = YYYY-MM) or by unit (key = the unit code)."""

    key: str
    task: str
    channel: str
    counts: Counts


@dataclass(frozen=True)
class Report:
    plan_code: str
    plan_name: str
    units: list[str]  # ["*"] = all
    period: Period
    made_at: dt.datetime
    rows: list[Row]
    by_month: list[Cell]
    by_unit: list[Cell] = field(default_factory=list)

    @property
    def all_units(self) -> bool:
        return self.units == [ALL_UNITS]

    def totals(self) -> Counts:
        planned = [r.counts for r in self.rows]
        return Counts(sum(c.airings for c in planned), 0, round(sum(c.minutes for c in planned), 1))


def _channel(a: Any = Airing) -> Any:
    return case((a.outlet_kind == "speaker", "speaker"), (a.outlet_kind == "screen", "screen"), else_="other")


def _is_channel(channel: str) -> Any:
    """The plain condition for one channel (cheaper per row than comparing _channel())."""
    if channel == "other":
        return Airing.outlet_kind.not_in(["speaker", "screen"])
    return Airing.outlet_kind == channel


def _resolve_units(ws: Workspace, units: list[str] | None) -> list[str]:
    with ws.session() as s:
        if not units:
            code = s.scalars(select(Unit.code).where(Unit.is_self.is_(True))).first()
            if not code:
                raise LedcastError(M_REPORT_NO_SELF)
            return [code]
        if ALL_UNITS in units:
            return [ALL_UNITS]
        out: list[str] = []
        for raw in units:
            code = clean_line(raw, 64)
            known = s.scalar(select(exists().where(Unit.code == code))) or s.scalar(
                select(exists().where(Airing.unit_code == code))
            )
            if not known:
                raise LedcastError(M_REPORT_UNIT, code=code)
            if code not in out:
                out.append(code)
        return out


def _midnight(day: dt.date, offset: int) -> dt.datetime:
    """The UTC instant of local midnight starting `day` at a UTC offset of `offset` minutes."""
    return dt.datetime.combine(day, dt.time()) - dt.timedelta(minutes=offset)


def _until(day: dt.date) -> Any:
    """Local date ≤ day, computed only for rows near that midnight: the others are
    decided by start_utc alone, whatever their offset."""
    after = day + dt.timedelta(days=1)
    local = local_date(Airing.start_utc, Airing.utc_offset_min)
    near = and_(Airing.start_utc < _midnight(after, MIN_OFFSET), local <= day)
    return or_(Airing.start_utc < _midnight(after, MAX_OFFSET), near)


def _since(day: dt.date) -> Any:
    """Local date ≥ day, as _until."""
    local = local_date(Airing.start_utc, Airing.utc_offset_min)
    return or_(
        Airing.start_utc >= _midnight(day, MIN_OFFSET),
        and_(Airing.start_utc >= _midnight(day, MAX_OFFSET), local >= day),
    )


def _where(period: Period, units: list[str]) -> list[Any]:
    """The period's rows: a start_utc index range, then the local dates (see _until)."""
    after = period.date_to + dt.timedelta(days=1)
    where = [
        Airing.start_utc >= _midnight(period.date_from, MAX_OFFSET),
        Airing.start_utc < _midnight(after, MIN_OFFSET),
    ]
    where += [_since(period.date_from), _until(period.date_to), *conditions(AiringFilter(), voided=False)]
    if units != [ALL_UNITS]:
        where.append(Airing.unit_code.in_(units))
    return where


def _counts(n: Any, items: Any, seconds: Any) -> Counts:
    return Counts(int(n or 0), int(items or 0), round(float(seconds or 0.0) / 60.0, 1))


def _scratch() -> tuple[sa.Table, sa.Table]:
    """Two temporary tables (they live in this connection only). report_rows: one
    line per airing of the period with its month, unit, comma-joined task codes,
    channel, item and seconds, written once by the database so the three GROUP BYs
    read it instead of each walking the log again. report_tasks: each task-codes
    value found there → each plan task it names ("" → "": outside the plan), so the
    LIKE match runs once per distinct value, not once per airing and task."""
    meta = sa.MetaData()
    rows = sa.Table(
        "report_rows",
        meta,
        sa.Column("month", sa.String(7)),
        sa.Column("unit", sa.String(64)),
        sa.Column("codes", sa.Text),
        sa.Column("channel", sa.String(8)),
        sa.Column("item", sa.Text),
        sa.Column("seconds", sa.Float),
        prefixes=["TEMPORARY"],
    )
    tasks = sa.Table(
        "report_tasks",
        meta,
        sa.Column("codes", sa.Text, index=True),
        sa.Column("task", sa.String(16)),
        prefixes=["TEMPORARY"],
    )
    return rows, tasks


def _has_code(codes: Any) -> Any:
    """The task's exact code in a comma-joined column (NV1 must not match NV10)."""
    return (literal(",") + codes + literal(",")).like(literal("%,") + Task.code + literal(",%"))


def _fill(s: Any, rows: sa.Table, tasks: sa.Table, plan_id: int, where: list[Any], month: Any) -> None:
    """The period's rows, then their distinct task-codes values matched to the plan's
    tasks on the exact code in the comma-joined column (NV10 is not NV1)."""
    seconds = seconds_between(Airing.start_utc, Airing.end_utc)
    stmt = select(month, Airing.unit_code, Airing.task_codes, _channel(), item_key(), seconds).where(*where)
    s.execute(insert(rows).from_select(["month", "unit", "codes", "channel", "item", "seconds"], stmt))
    found = select(rows.c.codes).where(rows.c.codes != "").distinct().subquery()
    named = select(found.c.codes, Task.code).join(Task, and_(Task.plan_id == plan_id, _has_code(found.c.codes)))
    s.execute(insert(tasks).from_select(["codes", "task"], named))
    s.execute(insert(tasks).values(codes="", task=""))


def _grouped(s: Any, rows: sa.Table, tasks: sa.Table, extra: list[Any]) -> dict[tuple[Any, ...], Counts]:
    """(extra…, task code, channel) → counts; task "" = outside the plan. An airing
    tagged NV1,NV3 joins both tasks' lines; a code not in the plan joins none."""
    c, task = rows.c, tasks.c.task
    stmt = select(*extra, task, c.channel, func.count(), func.count(distinct(c.item)), func.sum(c.seconds))
    stmt = stmt.select_from(rows).join(tasks, tasks.c.codes == c.codes)
    out: dict[tuple[Any, ...], Counts] = {}
    for row in s.execute(stmt.group_by(*extra, task, c.channel)):
        *key, n, items, secs = row
        out[tuple(key)] = _counts(n, items, secs)
    return out


Window = tuple[dt.date | None, dt.date]  # local dates, both inclusive; None: no lower bound


def _window(t: Target, plan: Plan, period: Period) -> Window:
    """What a whole-period target counts: from its start (else the plan's) to the
    report's last day, or to the target's end (else the plan's) if that comes first:
    items aired after the plan ended do not fill its targets."""
    return t.start or plan.period_start, min(period.date_to, t.end or plan.period_end)


def _between(lo: dt.date | None, hi: dt.date) -> Any:
    """Local dates lo..hi (see _until). Not an index range (each bound is an OR), on
    purpose: a whole-plan window covers most of the log, which a plain scan reads
    faster than the start_utc index; with units named, their index is used."""
    return and_(_since(lo), _until(hi)) if lo is not None else _until(hi)


def _to_date(s: Any, plan: Plan, units: list[str], wanted: dict[tuple[str, str], Window]) -> dict[tuple[str, str], int]:
    """(task code, channel) → its distinct items within its window: a statement per
    distinct window (the plan's targets usually share one) returns its distinct (task
    codes, channel, item); the codes are matched to the tasks here, once per value. (A
    join of the tasks with the log in SQL was planned as a loop re-reading the log's
    rows for each task.) With one channel — the usual loudspeaker target — the channel
    stays out of the DISTINCT: a shorter key for the work that is most of the time."""
    plan_codes = {t.code for t in plan.tasks}
    out = dict.fromkeys(wanted, 0)
    for lo, hi in sorted(set(wanted.values()), key=str):
        keys = {k for k, w in wanted.items() if w == (lo, hi)}
        channels = sorted({ch for _, ch in keys})
        kinds = [_is_channel(ch) for ch in channels]
        where = [or_(*kinds) if len(kinds) > 1 else kinds[0], Airing.task_codes != "", _between(lo, hi)]
        if units != [ALL_UNITS]:
            where.insert(0, Airing.unit_code.in_(units))
        where += conditions(AiringFilter(), voided=False)
        channel = _channel() if len(channels) > 1 else literal(channels[0])
        items: dict[tuple[str, str], set[str]] = {}
        tasks_of: dict[str, list[str]] = {}
        for codes, ch, item in s.execute(select(Airing.task_codes, channel, item_key()).where(*where).distinct()):
            if codes not in tasks_of:  # the exact codes of the comma-joined column (NV1 is not NV10)
                tasks_of[codes] = [c for c in codes.split(",") if c in plan_codes]
            for task in tasks_of[codes]:
                if (task, ch) in keys:
                    items.setdefault((task, ch), set()).add(item)
        out.update({k: len(v) for k, v in items.items()})
    return out


def _month_case(period: Period) -> Any:
    """A row's report month: the rows are already within the period, so the first
    month whose last day is not before the row's local date is its month."""
    return case(*[(_until(last), literal(key)) for key, _, last in period.months()], else_=literal(""))


def _applies(t: Target, period: Period) -> bool:
    return (t.start is None or t.start <= period.date_to) and (t.end is None or t.end >= period.date_from)


def _targets(plan: Plan, period: Period) -> dict[tuple[int | None, str], Target]:
    """(task id or None, report channel) → the first applying target, plan order;
    grassroots only fills a channel that has no target of its own."""
    own: dict[tuple[int | None, str], Target] = {}
    shared: dict[tuple[int | None, str], Target] = {}
    for t in sorted(plan.targets, key=lambda t: t.position):
        if not _applies(t, period):
            continue
        bucket = shared if t.channel == "grassroots" else own
        for ch in TARGET_CHANNELS.get(t.channel, ("other",)):
            bucket.setdefault((t.task_id, ch), t)
    return {**shared, **own}


def _shown(t: Target | None, period: Period) -> TargetShown | None:
    if t is None:
        return None
    factor = len(period.months()) if t.per == "month" else period.weeks if t.per == "week" else 1
    return TargetShown(t.min_count, t.max_count, t.per, factor)


def report(ws: Workspace, period: Period, units: list[str] | None = None, plan_code: str | None = None) -> Report:
    """The report for `period` over `units` (None: this unit; ["*"]: all) against the
    plan `plan_code` (None: the active plan). LedcastError for an unknown unit or plan."""
    plan = get_plan(ws, clean_line(plan_code, 64) if plan_code else None)
    codes = _resolve_units(ws, units)
    where = _where(period, codes)
    scratch, named = _scratch()
    targets = _targets(plan, period)
    tasks = sorted(plan.tasks, key=lambda t: t.position)
    chosen = {(t.code, ch): targets.get((t.id, ch)) or targets.get((None, ch)) for t in tasks for ch in CHANNELS}
    wanted = {k: _window(t, plan, period) for k, t in chosen.items() if t is not None and t.per == "period"}
    with ws.session() as s:
        for_big_reads(s)
        scratch.metadata.create_all(s.connection())
        try:
            _fill(s, scratch, named, plan.id, where, _month_case(period))
            main = _grouped(s, scratch, named, [])
            months = _grouped(s, scratch, named, [scratch.c.month])
            several = codes == [ALL_UNITS] or len(codes) > 1
            per_unit = _grouped(s, scratch, named, [scratch.c.unit]) if several else {}
        finally:
            scratch.metadata.drop_all(s.connection())
        to_date = _to_date(s, plan, codes, wanted) if wanted else {}
    rows: list[Row] = []
    for task in tasks:
        for ch in CHANNELS:
            c = main.get((task.code, ch), Counts())
            shown = _shown(chosen[(task.code, ch)], period)
            progress = to_date.get((task.code, ch))
            status = shown.status(c.items if progress is None else progress) if shown else None
            rows.append(Row(task.code, task.title, ch, c, shown, status, progress))
    for ch in CHANNELS:
        if ("", ch) in main:
            rows.append(Row("", "", ch, main[("", ch)], None, None))
    order = {t.code: i for i, t in enumerate(tasks)}

    def cells(data: dict[tuple[Any, ...], Counts]) -> list[Cell]:
        keyed = [Cell(str(k[0]), k[1], k[2], c) for k, c in data.items()]
        return sorted(keyed, key=lambda x: (x.key, x.task == "", order.get(x.task, 0), CHANNELS.index(x.channel)))

    return Report(
        plan.code,
        plan.name,
        codes,
        period,
        dt.datetime.now().replace(microsecond=0),
        rows,
        cells(months),
        cells(per_unit),
    )
