"""The plan document: its JSON format, limits and validation, and reading a plan file (no database)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from ledcast.config import resource
from ledcast.core.dates import MAX_DATE, MIN_DATE
from ledcast.core.errors import (
    M_PLAN_FIELD,
    M_PLAN_JSON,
    M_PLAN_READ,
    QT_TRANSLATE_NOOP,
    PlanError,
)
from ledcast.core.text import clean_text

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
