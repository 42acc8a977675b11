"""Plans are data: load, validate, import, export, edit and copy them."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ledcast.config import resource
from ledcast.core.dates import MAX_DATE, MIN_DATE
from ledcast.core.db.models import CommunicationForm, ContentLine, KeyDate, Plan, Target, Task
from ledcast.core.errors import (
    M_BAD_TARGET,
    M_NO_PLAN,
    M_PLAN_FIELD,
    M_PLAN_JSON,
    M_PLAN_NOT_FOUND,
    M_PLAN_READ,
    M_PLAN_WRITE,
    M_UNKNOWN_TASK,
    QT_TRANSLATE_NOOP,
    LedcastError,
    PlanError,
)
from ledcast.core.text import clean_text
from ledcast.core.workspace import Workspace

FORMAT = "ledcast-plan"
FORMAT_VERSION = 1
DEFAULT_PLAN_FILE = "thai-nguyen-cds-2024-2025.json"

CHANNELS = ("loudspeaker", "screen", "website", "mass_media", "social", "print", "event", "press", "grassroots")
SCOPES = ("each_task", "each_event", "each_unit", "overall")
PERS = ("period", "month", "week", "event")

# Reasons shown inside M_PLAN_FIELD.
R_MISSING = QT_TRANSLATE_NOOP("Errors", "missing")
R_TEXT = QT_TRANSLATE_NOOP("Errors", "must be non-empty text")
R_DATE = QT_TRANSLATE_NOOP("Errors", "must be a date YYYY-MM-DD")
R_DAY = QT_TRANSLATE_NOOP("Errors", "must be a day MM-DD or YYYY-MM-DD")
R_LIST = QT_TRANSLATE_NOOP("Errors", "must be a non-empty list")
R_DUP = QT_TRANSLATE_NOOP("Errors", "code is used twice")
R_CHOICE = QT_TRANSLATE_NOOP("Errors", "must be one of the allowed values")
R_COUNT = QT_TRANSLATE_NOOP("Errors", "must be a whole number ≥ 0 (max ≥ min)")
R_ORDER = QT_TRANSLATE_NOOP("Errors", "the end is before the start")
R_FORMAT = QT_TRANSLATE_NOOP("Errors", "this is not a ledcast plan file (format version 1)")
R_TASKREF = QT_TRANSLATE_NOOP("Errors", "names a task the plan does not have")
R_CODE_LEN = QT_TRANSLATE_NOOP("Errors", "a task code has at most 16 characters")
R_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "is too long")
R_DATE_RANGE = QT_TRANSLATE_NOOP("Errors", "must be a date between 2000 and 2100")
R_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "the file is too large for a plan")
R_TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "brackets are nested too deeply")
R_TOO_MANY = QT_TRANSLATE_NOOP("Errors", "has too many entries")
R_CODE_SEPARATOR = QT_TRANSLATE_NOOP(
    "Errors", "must not contain “/” or “,”: they separate codes when a task is named (PLANCODE/NV3, NV1,NV3)"
)
R_PLAN_CODE = QT_TRANSLATE_NOOP("Errors", "may hold only letters A–Z, digits, “.”, “_” and “-” (1 to 64 characters)")
M_GONE = QT_TRANSLATE_NOOP("Errors", "This item no longer exists; it may have been removed meanwhile.")

_CODE_RE = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
_SEPARATORS = ("/", ",")  # PLANCODE/NV3 and --task NV1,NV3: a code holding one could never be named


def _plan_code(value: Any) -> str:
    if value is None:
        raise _fail("code", R_MISSING)
    if not isinstance(value, str) or not clean_text(value):
        raise _fail("code", R_TEXT)
    if any(sep in value for sep in _SEPARATORS):
        raise _fail("code", R_CODE_SEPARATOR)
    if not _CODE_RE.match(value):
        raise _fail("code", R_PLAN_CODE)
    return value


def _task_code(t: dict[str, Any], where: str) -> str:
    code = _text(t, "code", where).upper()  # users type nv3 or NV3: codes are kept upper-case
    if any(sep in code for sep in _SEPARATORS):
        raise _fail(f"{where}code", R_CODE_SEPARATOR)
    if len(code) > MAX_SHORT:
        raise _fail(f"{where}code", R_CODE_LEN)
    return code


# Bounds: a plan file is a few kilobytes; anything far beyond is a mistake or hostile,
# and must end in a PlanError naming the field, never in a traceback or a half import.
MAX_PLAN_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 20  # the format nests 3 deep
MAX_COUNT = 1_000_000  # a target's min/max (airings, articles ...)
MAX_ENTRIES = 1000  # tasks, targets, key dates ... each
MAX_SHORT = 16  # codes of tasks, content lines and forms
MAX_LEN = {
    "name": 300,
    "issuer": 300,
    "document": 300,
    "title": 500,
    "short_title": 100,
    "note": 1000,
    "code": MAX_SHORT,
    "channel": 32,
}


def default_plan_path() -> Path:
    return resource("plans", DEFAULT_PLAN_FILE)


def _fail(field: str, reason: str) -> PlanError:
    return PlanError(M_PLAN_FIELD, field=field, reason=reason)


def _text(d: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    """One line of text: NFC, control characters removed, bounded length."""
    value = d.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise _fail(f"{where}{key}", R_MISSING if value is None else R_TEXT)
    text = clean_text(value)
    if required and not text:
        raise _fail(f"{where}{key}", R_TEXT)
    if len(text) > MAX_LEN.get(key, 500):
        raise _fail(f"{where}{key}", R_TOO_LONG)
    return text


def _date(value: Any, field: str) -> dt.date:
    if not isinstance(value, str):
        raise _fail(field, R_DATE if value is not None else R_MISSING)
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise _fail(field, R_DATE) from None
    if not MIN_DATE <= day <= MAX_DATE:
        raise _fail(field, R_DATE_RANGE)
    return day


def _opt_date(value: Any, field: str) -> dt.date | None:
    return None if value is None else _date(value, field)


def _count(value: Any, field: str, allow_none: bool = False) -> int | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise _fail(field, R_MISSING if value is None else R_COUNT)
    return value


def _depth_ok(value: Any, limit: int = MAX_DEPTH) -> bool:
    """No deeper than `limit`, checked without recursion (a hostile document
    may nest a thousand levels)."""
    stack = [(value, 0)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, (dict, list)):
            if depth >= limit:
                return False
            stack.extend((c, depth + 1) for c in (v.values() if isinstance(v, dict) else v))
    return True


def validate(data: Any) -> dict[str, Any]:
    """Check a plan document and return it normalised (NFC text, parsed dates).
    Raises PlanError naming the first problem."""
    if not isinstance(data, dict):
        raise _fail("/", R_FORMAT)
    if not _depth_ok(data):
        raise _fail("/", R_TOO_DEEP)
    version = data.get("format_version")
    if data.get("format") != FORMAT or type(version) is not int or version != FORMAT_VERSION:
        raise _fail("format", R_FORMAT)
    code = _plan_code(data.get("code"))
    out: dict[str, Any] = {"code": code, "name": _text(data, "name", "")}
    out["issuer"] = _text(data, "issuer", "", required=False)
    out["document"] = _text(data, "document", "", required=False)
    period = data.get("period")
    if not isinstance(period, dict):
        raise _fail("period", R_MISSING)
    out["period_start"] = _date(period.get("start"), "period.start")
    out["period_end"] = _date(period.get("end"), "period.end")
    if out["period_end"] < out["period_start"]:
        raise _fail("period.end", R_ORDER)

    def items(key: str, required: bool) -> list[dict[str, Any]]:
        value = data.get(key, [] if not required else None)
        if not isinstance(value, list) or (required and not value):
            raise _fail(key, R_LIST if value is not None else R_MISSING)
        if len(value) > MAX_ENTRIES:
            raise _fail(key, R_TOO_MANY)
        for i, v in enumerate(value):
            if not isinstance(v, dict):
                raise _fail(f"{key}[{i}]", R_TEXT)
        return value

    tasks, seen = [], set()
    for i, t in enumerate(items("tasks", True)):
        where = f"tasks[{i}]."
        tcode = _task_code(t, where)
        if tcode in seen:
            raise _fail(f"{where}code", R_DUP)
        seen.add(tcode)
        tasks.append(
            {
                "code": tcode,
                "title": _text(t, "title", where),
                "short_title": _text(t, "short_title", where, required=False),
            }
        )
    out["tasks"] = tasks
    out["content_lines"] = [
        {"code": _text(c, "code", f"content_lines[{i}]."), "title": _text(c, "title", f"content_lines[{i}].")}
        for i, c in enumerate(items("content_lines", False))
    ]
    _unique_codes(out["content_lines"], "content_lines")
    forms = []
    for i, f in enumerate(items("forms", False)):
        where = f"forms[{i}]."
        channel = _text(f, "channel", where)
        if channel not in CHANNELS:
            raise _fail(f"{where}channel", R_CHOICE)
        forms.append({"code": _text(f, "code", where), "channel": channel, "title": _text(f, "title", where)})
    out["forms"] = forms
    _unique_codes(forms, "forms")
    targets = []
    for i, t in enumerate(items("targets", False)):
        where = f"targets[{i}]."
        channel, scope, per = t.get("channel"), t.get("scope"), t.get("per", "period")
        if channel not in CHANNELS:
            raise _fail(f"{where}channel", R_CHOICE if channel is not None else R_MISSING)
        if scope not in SCOPES:
            raise _fail(f"{where}scope", R_CHOICE if scope is not None else R_MISSING)
        if per not in PERS:
            raise _fail(f"{where}per", R_CHOICE)
        lo = _count(t.get("min"), f"{where}min")
        hi = _count(t.get("max"), f"{where}max", allow_none=True)
        if hi is not None and lo is not None and hi < lo:
            raise _fail(f"{where}max", R_COUNT)
        task = t.get("task")
        if task is not None and not isinstance(task, str):
            raise _fail(f"{where}task", R_TASKREF)
        if isinstance(task, str):
            task = clean_text(task).upper()
        if task is not None and task not in seen:
            raise _fail(f"{where}task", R_TASKREF)
        start = _opt_date(t.get("start"), f"{where}start")
        end = _opt_date(t.get("end"), f"{where}end")
        if start and end and end < start:
            raise _fail(f"{where}end", R_ORDER)
        targets.append(
            {
                "channel": channel,
                "scope": scope,
                "per": per,
                "min": lo,
                "max": hi,
                "task": task,
                "start": start,
                "end": end,
                "note": _text(t, "note", where, required=False),
            }
        )
    out["targets"] = targets
    key_dates = []
    for i, k in enumerate(items("key_dates", False)):
        where = f"key_dates[{i}]."
        raw = k.get("date")
        m = re.fullmatch(r"(?:(\d{4})-)?(\d{2})-(\d{2})", raw) if isinstance(raw, str) else None
        if not m:
            raise _fail(f"{where}date", R_DAY if raw is not None else R_MISSING)
        year, month, day = (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))
        try:
            dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 Feb is fine
        except ValueError:
            raise _fail(f"{where}date", R_DAY) from None
        if year is not None and not MIN_DATE.year <= year <= MAX_DATE.year:
            raise _fail(f"{where}date", R_DATE_RANGE)
        key_dates.append({"year": year, "month": month, "day": day, "title": _text(k, "title", where)})
    out["key_dates"] = key_dates
    return out


def _unique_codes(entries: list[dict[str, Any]], key: str) -> None:
    seen: set[str] = set()
    for i, e in enumerate(entries):
        if e["code"] in seen:
            raise _fail(f"{key}[{i}].code", R_DUP)
        seen.add(e["code"])


def read_plan_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and validate a plan file; every problem is a PlanError (bounded size,
    nesting and numbers), never a traceback."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_PLAN_BYTES + 1)
    except OSError as exc:
        raise PlanError(M_PLAN_READ, reason=exc.strerror or str(exc)) from exc
    if len(raw) > MAX_PLAN_BYTES:
        raise _fail("/", R_TOO_BIG)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except RecursionError:  # "[[[[…" a hundred thousand deep
        raise _fail("/", R_TOO_DEEP) from None
    except ValueError as exc:  # bad UTF-8, bad JSON, a number with thousands of digits
        raise PlanError(M_PLAN_JSON, reason=str(exc).splitlines()[0][:200]) from None
    return validate(data)


def _load(s: Session, code: str | None = None) -> Plan | None:
    q = select(Plan).options(
        selectinload(Plan.tasks),
        selectinload(Plan.content_lines),
        selectinload(Plan.forms),
        selectinload(Plan.targets),
        selectinload(Plan.key_dates),
    )
    if code:
        q = q.where(Plan.code == code)
    else:
        q = q.order_by(Plan.active.desc(), Plan.period_end.desc(), Plan.id.desc())
    return s.scalars(q.limit(1)).first()


def import_plan(ws: Workspace, source: str | os.PathLike[str] | dict[str, Any]) -> Plan:
    """Import a plan file (or document). A plan with the same code is updated in
    place: tasks are matched by code, so media tagged with them keep their tags.
    Validation happens first, so a bad file changes nothing."""
    doc = validate(source) if isinstance(source, dict) else read_plan_file(source)
    with ws.session() as s:
        plan = _load(s, doc["code"])
        if plan is None:
            plan = Plan(code=doc["code"])
            s.add(plan)
        plan.name, plan.issuer, plan.document = doc["name"], doc["issuer"], doc["document"]
        plan.period_start, plan.period_end = doc["period_start"], doc["period_end"]
        by_code = {t.code: t for t in plan.tasks}
        tasks = []
        for pos, t in enumerate(doc["tasks"]):
            task = by_code.pop(t["code"], None) or Task(code=t["code"])
            task.title, task.short_title, task.position = t["title"], t["short_title"], pos
            tasks.append(task)
        plan.tasks = tasks
        plan.content_lines = [
            ContentLine(code=c["code"], title=c["title"], position=i) for i, c in enumerate(doc["content_lines"])
        ]
        plan.forms = [
            CommunicationForm(code=f["code"], channel=f["channel"], title=f["title"], position=i)
            for i, f in enumerate(doc["forms"])
        ]
        s.flush()
        task_ids = {t.code: t.id for t in plan.tasks}
        plan.targets = [
            Target(
                channel=t["channel"],
                scope=t["scope"],
                per=t["per"],
                min_count=t["min"],
                max_count=t["max"],
                task_id=task_ids.get(t["task"]) if t["task"] else None,
                start=t["start"],
                end=t["end"],
                note=t["note"],
                position=i,
            )
            for i, t in enumerate(doc["targets"])
        ]
        plan.key_dates = [
            KeyDate(year=k["year"], month=k["month"], day=k["day"], title=k["title"], position=i)
            for i, k in enumerate(doc["key_dates"])
        ]
        s.flush()
        code = plan.code
    return get_plan(ws, code)


def get_plan(ws: Workspace, code: str | None = None) -> Plan:
    """The plan with this code, or (no code) the newest active plan."""
    with ws.session() as s:
        plan = _load(s, code)
    if plan is None:
        raise PlanError(M_PLAN_NOT_FOUND, code=code) if code else PlanError(M_NO_PLAN)
    return plan


def list_plans(ws: Workspace) -> list[Plan]:
    with ws.session() as s:
        return list(
            s.scalars(select(Plan).options(selectinload(Plan.tasks)).order_by(Plan.period_start.desc(), Plan.code))
        )


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as a plan-file document (what `plan export` writes)."""
    codes = {t.id: t.code for t in plan.tasks}
    targets = []
    for t in plan.targets:
        d: dict[str, Any] = {
            "channel": t.channel,
            "scope": t.scope,
            "per": t.per,
            "min": t.min_count,
            "max": t.max_count,
        }
        if t.task_id:
            d["task"] = codes.get(t.task_id)
        if t.start:
            d["start"] = t.start.isoformat()
        if t.end:
            d["end"] = t.end.isoformat()
        d["note"] = t.note
        targets.append(d)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "code": plan.code,
        "name": plan.name,
        "issuer": plan.issuer,
        "document": plan.document,
        "period": {"start": plan.period_start.isoformat(), "end": plan.period_end.isoformat()},
        "tasks": [{"code": t.code, "title": t.title, "short_title": t.short_title} for t in plan.tasks],
        "content_lines": [{"code": c.code, "title": c.title} for c in plan.content_lines],
        "forms": [{"code": f.code, "channel": f.channel, "title": f.title} for f in plan.forms],
        "targets": targets,
        "key_dates": [
            {"date": (f"{k.year:04d}-" if k.year else "") + f"{k.month:02d}-{k.day:02d}", "title": k.title}
            for k in plan.key_dates
        ],
    }


def write_json_atomic(path: Path, data: Any) -> None:
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
        raise PlanError(M_PLAN_WRITE, reason=exc.strerror or str(exc)) from exc


def export_plan(ws: Workspace, path: str | os.PathLike[str], code: str | None = None) -> Path:
    plan = get_plan(ws, code)
    out = Path(path)
    write_json_atomic(out, plan_to_dict(plan))
    return out


def copy_plan(ws: Workspace, code: str, new_code: str, new_name: str) -> Plan:
    """Start a new plan from an existing one (the usual way to make the next period's)."""
    doc = plan_to_dict(get_plan(ws, code))
    doc["code"], doc["name"] = new_code, new_name
    with ws.session() as s:
        if s.scalar(select(Plan.id).where(Plan.code == new_code)) is not None:
            raise _fail("code", R_DUP)
    return import_plan(ws, doc)


def update_task(ws: Workspace, task_id: int, *, title: str | None = None, short_title: str | None = None) -> None:
    with ws.session() as s:
        task = s.get(Task, task_id)
        if task is None:
            raise PlanError(M_GONE)
        if title is not None:
            task.title = _text({"title": title}, "title", "")
        if short_title is not None:
            task.short_title = _text({"short_title": short_title}, "short_title", "", required=False)


def update_target(
    ws: Workspace,
    target_id: int,
    *,
    min_count: int | None = None,
    max_count: int | None | str = "keep",
    note: str | None = None,
) -> None:
    with ws.session() as s:
        target = s.get(Target, target_id)
        if target is None:
            raise PlanError(M_GONE)
        lo = target.min_count if min_count is None else min_count
        hi = target.max_count if max_count == "keep" else max_count
        if not _is_count(lo) or (hi is not None and (not _is_count(hi) or hi < lo)):  # type: ignore[operator]
            raise PlanError(M_BAD_TARGET, max=MAX_COUNT)
        target.min_count, target.max_count = lo, hi  # type: ignore[assignment]
        if note is not None:
            target.note = _text({"note": note}, "note", "", required=False)


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNT


def update_plan(ws: Workspace, code: str, *, name: str | None = None, active: bool | None = None) -> None:
    with ws.session() as s:
        plan = s.scalars(select(Plan).where(Plan.code == code)).first()
        if plan is None:
            raise PlanError(M_PLAN_NOT_FOUND, code=code)
        if name is not None:
            plan.name = _text({"name": name}, "name", "")
        if active is not None:
            plan.active = active


def resolve_tasks(s: Session, codes: list[str] | tuple[str, ...]) -> list[Task]:
    """Task codes as users type them: 'NV3' means NV3 of the newest active plan
    that has it; 'PLANCODE/NV3' picks a plan explicitly."""
    found: list[Task] = []
    for raw in codes:
        code = raw.strip()
        if not code:
            continue
        plan_code, _, task_code = code.rpartition("/")
        q = select(Task).join(Plan).where(Task.code == task_code.upper())  # stored upper-case
        if plan_code:
            q = q.where(Plan.code == plan_code)
        else:
            q = q.where(Plan.active.is_(True)).order_by(Plan.period_end.desc(), Plan.id.desc())
        task = s.scalars(q.limit(1)).first()
        if task is None:
            raise LedcastError(M_UNKNOWN_TASK, code=code)
        if task not in found:
            found.append(task)
    return found
