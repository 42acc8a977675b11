"""The airing log (Nhật ký phát): the one way airings are written.

Append-only: `record` and `record_many` add rows, `void` corrects by adding a void
row that names the voided one (and optionally a replacement). The database itself
refuses UPDATE and DELETE on `airing` (migration 0003). Every row carries this
installation's unit code; with no unit set, nothing is recorded.

Each call is one committed transaction: a batch (a confirmation) is all rows or none.
Reading (filters, pages, totals) is in ledcast.core.airing_query.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledcast.core import testhooks
from ledcast.core.db.models import Airing, Unit, new_uuid, utcnow
from ledcast.core.errors import M_BAD_KIND, M_TEXT_TOO_LONG, QT_TRANSLATE_NOOP, LedcastError, Text
from ledcast.core.inputs import MAX_TITLE, clean_line, clean_name
from ledcast.core.text import clean_multiline
from ledcast.core.workspace import Workspace

RECORDED_HOW = ("playout", "confirmed", "manual", "imported")
ORIGINS = ("own", "above", "source")  # Decree 49/2024: own programmes, the level above, the source system
PRIORITIES = ("normal", "priority", "emergency")  # Circular 39/2020
OUTLET_KINDS = ("screen", "speaker", "")  # "" : not known (a relay entered by hand)
MAX_FUTURE = dt.timedelta(days=1)
MIN_OFFSET, MAX_OFFSET = -12 * 60, 14 * 60  # UTC-12:00 .. UTC+14:00, in minutes
MAX_NOTE = 2000
MAX_CODE = 64
_TASK = re.compile(r"[A-Za-z0-9._-]{1,32}")
_SHA = re.compile(r"[0-9a-f]{64}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")

M_NO_UNIT = QT_TRANSLATE_NOOP(
    "Errors",
    "This installation has no unit yet, so airings cannot be logged. Set it with "
    "“ledcast unit set --code CODE --name NAME” or in Settings → Unit.",
)
M_AIRING_ORDER = QT_TRANSLATE_NOOP("Errors", "The airing must end after it starts (start {start}, end {end}).")
M_AIRING_FUTURE = QT_TRANSLATE_NOOP("Errors", "The airing starts at {start}, more than a day from now.")
M_AIRING_NO_TITLE = QT_TRANSLATE_NOOP("Errors", "An airing needs a media item or a title.")
M_AIRING_BAD_SHA = QT_TRANSLATE_NOOP("Errors", "“{sha}” is not a SHA-256 (64 hexadecimal digits).")
M_AIRING_BAD_TASK = QT_TRANSLATE_NOOP("Errors", "“{code}” is not a task code (e.g. NV3).")
M_AIRING_BAD_OFFSET = QT_TRANSLATE_NOOP("Errors", "The UTC offset {offset} minutes is not a real time zone.")
M_AIRING_BAD_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "“{language}” is not a language code (e.g. vi).")
M_AIRING_BAD_VALUE = QT_TRANSLATE_NOOP("Errors", "Unknown {what} “{value}”: use {allowed}.")
M_AIRING_BAD_TIME = QT_TRANSLATE_NOOP("Errors", "The {what} time is missing or not a date and time.")
M_AIRING_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No airing with id {uuid}.")
M_AIRING_ALREADY_VOID = QT_TRANSLATE_NOOP("Errors", "The airing {uuid} is already voided.")
M_AIRING_VOID_A_VOID = QT_TRANSLATE_NOOP(
    "Errors", "{uuid} is itself a correction (it voids another airing) and cannot be voided."
)
M_AIRING_NO_REASON = QT_TRANSLATE_NOOP("Errors", "Give the reason for voiding the airing.")
# the {what} of M_AIRING_BAD_VALUE and M_AIRING_BAD_TIME
W_HOW = QT_TRANSLATE_NOOP("Errors", "way of recording")
W_ORIGIN = QT_TRANSLATE_NOOP("Errors", "origin")
W_PRIORITY = QT_TRANSLATE_NOOP("Errors", "priority")
W_START = QT_TRANSLATE_NOOP("Errors", "start")
W_END = QT_TRANSLATE_NOOP("Errors", "end")
W_SCHEDULED = QT_TRANSLATE_NOOP("Errors", "scheduled")


@dataclass(frozen=True)
class AiringEntry:
    """What aired, as it was at airing time (the snapshot kept in the log).

    Times: aware datetimes, or naive ones meaning UTC. `utc_offset_min`: the local
    offset at the outlet (None: this computer's at `start`); local dates of the log
    are start + offset. `task_codes`: the item's tasks then; empty = outside the plan."""

    outlet_name: str
    start: dt.datetime
    end: dt.datetime
    recorded_how: str
    title: str = ""
    media_sha256: str | None = None
    task_codes: Sequence[str] = ()
    outlet_kind: str = ""
    plan_code: str | None = None
    playlist_name: str | None = None
    scheduled_at: dt.datetime | None = None
    utc_offset_min: int | None = None
    origin: str = "own"
    language: str = "vi"
    priority: str = "normal"
    operator: str = ""
    note: str = ""
    uuid: str | None = field(default=None, compare=False)  # imported rows keep theirs


def to_utc(value: dt.datetime) -> dt.datetime:
    """Naive UTC as stored (an aware value converted; a naive one taken as UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value


def local_offset_min(at_utc: dt.datetime) -> int:
    """This computer's UTC offset at that instant, in minutes."""
    stamp = at_utc.replace(tzinfo=dt.timezone.utc).timestamp()
    return int(time.localtime(stamp).tm_gmtoff // 60)


def check_choice(value: str, allowed: Sequence[str], what: str) -> str:
    """`value` if it is one of `allowed`; `what` is a W_ name (translated in the message)."""
    if value not in allowed:
        raise LedcastError(
            M_AIRING_BAD_VALUE, what=Text(what), value=str(value)[:40], allowed=", ".join(a for a in allowed if a)
        )
    return value


def _time(value: object, what: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise LedcastError(M_AIRING_BAD_TIME, what=Text(what))
    return to_utc(value)


def join_task_codes(codes: Sequence[str] | str) -> str:
    if isinstance(codes, str):
        codes = codes.split(",")
    seen: list[str] = []
    for raw in codes:
        code = clean_line(raw if isinstance(raw, str) else "", 40).upper()
        if not code:
            continue
        if not _TASK.fullmatch(code):
            raise LedcastError(M_AIRING_BAD_TASK, code=code)
        if code not in seen:
            seen.append(code)
    return ",".join(seen)


def _fmt(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S UTC")


def build_row(entry: AiringEntry, unit_code: str, now: dt.datetime | None = None) -> Airing:
    """A checked, normalised (NFC, cleaned) row for `entry`; LedcastError if refused."""
    now = now or utcnow()
    start, end = _time(entry.start, W_START), _time(entry.end, W_END)
    if end <= start:
        raise LedcastError(M_AIRING_ORDER, start=_fmt(start), end=_fmt(end))
    if start > now + MAX_FUTURE:
        raise LedcastError(M_AIRING_FUTURE, start=_fmt(start))
    offset = entry.utc_offset_min
    offset = local_offset_min(start) if offset is None else offset
    if isinstance(offset, bool) or not isinstance(offset, int) or not MIN_OFFSET <= offset <= MAX_OFFSET:
        raise LedcastError(M_AIRING_BAD_OFFSET, offset=str(offset)[:20])
    sha = (entry.media_sha256 or "").strip().lower() or None
    if sha is not None and not _SHA.fullmatch(sha):
        raise LedcastError(M_AIRING_BAD_SHA, sha=sha)
    title = clean_line(entry.title or "", MAX_TITLE)
    if not title and sha is None:
        raise LedcastError(M_AIRING_NO_TITLE)
    language = clean_line(entry.language or "", 16)
    if not _LANGUAGE.fullmatch(language):
        raise LedcastError(M_AIRING_BAD_LANGUAGE, language=language)
    if entry.outlet_kind not in OUTLET_KINDS:
        raise LedcastError(M_BAD_KIND, kind=str(entry.outlet_kind)[:40], allowed=", ".join(OUTLET_KINDS[:2]))
    scheduled = _time(entry.scheduled_at, W_SCHEDULED) if entry.scheduled_at is not None else None
    return Airing(
        uuid=entry.uuid or new_uuid(),
        unit_code=unit_code,
        outlet_name=clean_name(entry.outlet_name),
        outlet_kind=entry.outlet_kind,
        media_sha256=sha,
        media_title=title,
        task_codes=join_task_codes(entry.task_codes),
        plan_code=clean_line(entry.plan_code or "", MAX_CODE) or None,
        playlist_name=clean_line(entry.playlist_name or "") or None,
        scheduled_at=scheduled,
        start_utc=start,
        end_utc=end,
        utc_offset_min=offset,
        recorded_how=check_choice(entry.recorded_how, RECORDED_HOW, W_HOW),
        origin=check_choice(entry.origin, ORIGINS, W_ORIGIN),
        language=language.lower(),
        priority=check_choice(entry.priority, PRIORITIES, W_PRIORITY),
        operator=clean_line(entry.operator or "", 200),
        note=_note(entry.note),
        created_at=now,
    )


def _note(text: str) -> str:
    """Free text that may span lines (a note, a reason): NFC, cleaned, bounded."""
    note = clean_multiline(text or "") if isinstance(text, str) else ""
    if len(note) > MAX_NOTE:
        raise LedcastError(M_TEXT_TOO_LONG, max=MAX_NOTE)
    return note


def _unit_code(s: Session) -> str:
    code = s.scalars(select(Unit.code).where(Unit.is_self.is_(True))).first()
    if not code:
        raise LedcastError(M_NO_UNIT)
    return code


def record(ws: Workspace, entry: AiringEntry) -> Airing:
    """Append one airing (its own committed transaction); returns the detached row."""
    return record_many(ws, [entry])[0]


def record_many(ws: Workspace, entries: Iterable[AiringEntry], *, skip_existing: bool = False) -> list[Airing]:
    """Append airings in ONE transaction: every entry is checked before anything is
    written, and a failure or a kill part-way leaves none of them. `skip_existing`:
    entries whose uuid is already in the log are left out (checked in the same
    transaction), so a batch with deterministic uuids can be given twice."""
    entries = list(entries)
    with ws.session() as s:
        unit = _unit_code(s)
        now = utcnow()
        rows = [build_row(e, unit, now) for e in entries]
        if skip_existing:
            rows = _new_only(s, rows)
        s.add_all(rows)
        s.flush()
        testhooks.checkpoint("airing.record_many.flushed")
    return rows


def _new_only(s: Session, rows: list[Airing]) -> list[Airing]:
    uuids = [r.uuid for r in rows]
    known: set[str] = set()
    for at in range(0, len(uuids), 500):  # under SQLite's bound-parameter limit
        known.update(s.scalars(select(Airing.uuid).where(Airing.uuid.in_(uuids[at : at + 500]))))
    return [r for r in rows if r.uuid not in known]


def void(
    ws: Workspace, uuid: str, reason: str, replacement: AiringEntry | None = None, operator: str = ""
) -> tuple[Airing, Airing | None]:
    """Void airing `uuid`: append a void row (voids_uuid = uuid, note = reason,
    the voided row's snapshot otherwise) and the optional replacement, in one
    transaction. Returns (void row, replacement row or None)."""
    reason = _note(reason)
    if not reason:
        raise LedcastError(M_AIRING_NO_REASON)
    uuid = clean_line(uuid or "", 64).lower()
    with ws.session() as s:
        unit = _unit_code(s)
        now = utcnow()
        original = s.scalars(select(Airing).where(Airing.uuid == uuid)).first()
        if original is None:
            raise LedcastError(M_AIRING_NOT_FOUND, uuid=uuid)
        if original.voids_uuid is not None:
            raise LedcastError(M_AIRING_VOID_A_VOID, uuid=uuid)
        if s.scalars(select(Airing.id).where(Airing.voids_uuid == uuid)).first() is not None:
            raise LedcastError(M_AIRING_ALREADY_VOID, uuid=uuid)
        new = build_row(replacement, unit, now) if replacement is not None else None
        void_row = Airing(
            uuid=new_uuid(),
            unit_code=unit,
            voids_uuid=original.uuid,
            note=reason,
            operator=clean_line(operator or "", 200),
            created_at=now,
            **{name: getattr(original, name) for name in _SNAPSHOT},
        )
        s.add(void_row)
        if new is not None:
            s.add(new)
        s.flush()
    return void_row, new


# The voided row's facts a void row repeats, so an exported log reads on its own.
_SNAPSHOT = (
    "outlet_name",
    "outlet_kind",
    "media_sha256",
    "media_title",
    "task_codes",
    "plan_code",
    "playlist_name",
    "scheduled_at",
    "start_utc",
    "end_utc",
    "utc_offset_min",
    "recorded_how",
    "origin",
    "language",
    "priority",
)
