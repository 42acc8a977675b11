"""Plans are data: load, validate, import, export, edit and copy them.

The document format and its validation live in plan_document; this module keeps the
database side (import, export, edits, copies) and re-exports the rest.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ledcast.core.db.models import CommunicationForm, ContentLine, KeyDate, Plan, Target, Task
from ledcast.core.errors import (
    M_BAD_TARGET,
    M_NO_PLAN,
    M_PLAN_NOT_FOUND,
    M_PLAN_WRITE,
    M_UNKNOWN_TASK,
    QT_TRANSLATE_NOOP,
    LedcastError,
    PlanError,
)
from ledcast.core.plan_document import (  # re-exported: callers import these from here
    CHANNELS,
    DEFAULT_PLAN_FILE,
    FORMAT,
    FORMAT_VERSION,
    MAX_COUNT,
    MAX_DEPTH,
    MAX_ENTRIES,
    MAX_LEN,
    MAX_PLAN_BYTES,
    MAX_SHORT,
    PERS,
    R_CHOICE,
    R_CODE_LEN,
    R_CODE_SEPARATOR,
    R_COUNT,
    R_DATE,
    R_DATE_RANGE,
    R_DAY,
    R_DUP,
    R_FORMAT,
    R_LIST,
    R_MISSING,
    R_ORDER,
    R_PLAN_CODE,
    R_TASKREF,
    R_TEXT,
    R_TOO_BIG,
    R_TOO_DEEP,
    R_TOO_LONG,
    R_TOO_MANY,
    SCOPES,
    _fail,
    _text,
    default_plan_path,
    read_plan_file,
    validate,
)
from ledcast.core.workspace import Workspace

__all__ = [
    "CHANNELS",
    "DEFAULT_PLAN_FILE",
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_COUNT",
    "MAX_DEPTH",
    "MAX_ENTRIES",
    "MAX_LEN",
    "MAX_PLAN_BYTES",
    "MAX_SHORT",
    "M_GONE",
    "PERS",
    "R_CHOICE",
    "R_CODE_LEN",
    "R_CODE_SEPARATOR",
    "R_COUNT",
    "R_DATE",
    "R_DATE_RANGE",
    "R_DAY",
    "R_DUP",
    "R_FORMAT",
    "R_LIST",
    "R_MISSING",
    "R_ORDER",
    "R_PLAN_CODE",
    "R_TASKREF",
    "R_TEXT",
    "R_TOO_BIG",
    "R_TOO_DEEP",
    "R_TOO_LONG",
    "R_TOO_MANY",
    "SCOPES",
    "copy_plan",
    "default_plan_path",
    "export_plan",
    "get_plan",
    "import_plan",
    "list_plans",
    "plan_to_dict",
    "read_plan_file",
    "resolve_tasks",
    "update_plan",
    "update_target",
    "update_task",
    "validate",
    "write_json_atomic",
]


M_GONE = QT_TRANSLATE_NOOP("Errors", "This item no longer exists; it may have been removed meanwhile.")


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
        # the old targets go in the first flush, before the tasks they name: the server's
        # cascade then has nothing to remove behind the ORM's back (SQLite reused such an
        # id for a new target, which the ORM's later DELETE then removed)
        plan.targets = []
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
