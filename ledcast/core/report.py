"""Reports against the plan's targets (issue 12): for a period and a set of units,
per task × channel the airings, the distinct items (targets count items — tin,
bài — not airings) and the minutes, with the plan's target stated for the period.

Everything is counted by SQL aggregates (GROUP BY in the database) over the
airing log with voided rows and void rows left out (airing_query.conditions);
no airing row is loaded into Python. An airing tagged "NV1,NV3" counts for both
tasks: the log is joined to the plan's tasks on the exact code in the
comma-joined column.

Channels: an airing on a loudspeaker outlet is "speaker", on a screen "screen",
anything else (entered by hand: a website post, a relay…) "other". A plan
target's channel maps to them as TARGET_CHANNELS says: loudspeaker → speaker,
screen → screen, grassroots (the commune's radio and public e-boards) → both when
neither has its own target, every other channel (website, mass media, social,
print, press, event) → other. For a row the first target (plan order) of its
channel, for its task or for all tasks, whose dates meet the period is used.
Scaling: a per-month target × the report months covered (a quarter = 3×), per
week × the weeks covered, a whole-plan-period target unscaled (shown as progress
"3 of 1–5"), a per-event target is stated but has no status (events are not logged).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import and_, case, distinct, exists, func, insert, literal, select

from ledcast.core.airing_query import AiringFilter, conditions, item_key, local_date, seconds_between
from ledcast.core.db.models import Airing, Plan, Target, Task, Unit
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

    def progress(self) -> str:
        """ "3 of 1–5", or "" with no target."""
        return f"{self.counts.items} / {self.target.band()}" if self.target else ""


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


def _where(period: Period, units: list[str]) -> list[Any]:
    where = conditions(AiringFilter(date_from=period.date_from, date_to=period.date_to), voided=False)
    if units != [ALL_UNITS]:
        where.append(Airing.unit_code.in_(units))
    return where


def _counts(n: Any, items: Any, seconds: Any) -> Counts:
    return Counts(int(n or 0), int(items or 0), round(float(seconds or 0.0) / 60.0, 1))


def _scratch() -> sa.Table:
    """One line per (airing, task of the plan): the period's rows with their month,
    unit, task, channel, item and seconds, written once by the database so the three
    GROUP BYs read it instead of each walking the log again (a temporary table: it
    lives in this connection only)."""
    return sa.Table(
        "report_rows",
        sa.MetaData(),
        sa.Column("month", sa.String(7)),
        sa.Column("unit", sa.String(64)),
        sa.Column("task", sa.String(16)),
        sa.Column("channel", sa.String(8)),
        sa.Column("item", sa.Text),
        sa.Column("seconds", sa.Float),
        prefixes=["TEMPORARY"],
    )


def _fill(s: Any, rows: sa.Table, plan_id: int, where: list[Any], month: Any) -> None:
    """Two INSERT … SELECTs: the plan's tasks joined on the exact code in the
    comma-joined column, and untagged rows (task "")."""
    channel, seconds = _channel(), seconds_between(Airing.start_utc, Airing.end_utc)
    common = [month, Airing.unit_code]
    tagged = (
        select(*common, Task.code, channel, item_key(), seconds)
        .select_from(Airing)
        .join(
            Task,
            and_(
                Task.plan_id == plan_id,
                (literal(",") + Airing.task_codes + literal(",")).like(literal("%,") + Task.code + literal(",%")),
            ),
        )
        .where(*where, Airing.task_codes != "")
    )
    untagged = select(*common, literal(""), channel, item_key(), seconds).where(*where, Airing.task_codes == "")
    names = ["month", "unit", "task", "channel", "item", "seconds"]
    for stmt in (tagged, untagged):
        s.execute(insert(rows).from_select(names, stmt))


def _grouped(s: Any, rows: sa.Table, extra: list[Any]) -> dict[tuple[Any, ...], Counts]:
    """(extra…, task code, channel) → counts; task "" = outside the plan."""
    c = rows.c
    stmt = select(*extra, c.task, c.channel, func.count(), func.count(distinct(c.item)), func.sum(c.seconds))
    out: dict[tuple[Any, ...], Counts] = {}
    for row in s.execute(stmt.group_by(*extra, c.task, c.channel)):
        *key, n, items, secs = row
        out[tuple(key)] = _counts(n, items, secs)
    return out


def _month_case(period: Period) -> Any:
    local = local_date(Airing.start_utc, Airing.utc_offset_min)
    months = period.months()
    return case(*[(and_(local >= a, local <= b), literal(key)) for key, a, b in months], else_=literal(""))


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
    scratch = _scratch()
    with ws.session() as s:
        scratch.create(s.connection())
        try:
            _fill(s, scratch, plan.id, where, _month_case(period))
            main = _grouped(s, scratch, [])
            months = _grouped(s, scratch, [scratch.c.month])
            several = codes == [ALL_UNITS] or len(codes) > 1
            per_unit = _grouped(s, scratch, [scratch.c.unit]) if several else {}
        finally:
            scratch.drop(s.connection())
    targets = _targets(plan, period)
    rows: list[Row] = []
    for task in sorted(plan.tasks, key=lambda t: t.position):
        for ch in CHANNELS:
            c = main.get((task.code, ch), Counts())
            shown = _shown(targets.get((task.id, ch)) or targets.get((None, ch)), period)
            rows.append(Row(task.code, task.title, ch, c, shown, shown.status(c.items) if shown else None))
    for ch in CHANNELS:
        if ("", ch) in main:
            rows.append(Row("", "", ch, main[("", ch)], None, None))
    order = {t.code: i for i, t in enumerate(sorted(plan.tasks, key=lambda t: t.position))}

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
