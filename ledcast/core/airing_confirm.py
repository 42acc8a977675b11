"""Confirming an export: "this programme aired as its schedules say" (issue 11).

Everything comes from the Export row's manifest, as it was at export time: the
schedule rules and the length they were expanded with (`schedules`,
`schedule_duration_s`), each item's title, SHA-256, tasks, aired length and start
within the programme (`items`), the outlet and plan codes. Retitling, retasking or
deleting media, or editing the schedules, afterwards changes nothing here.

One row per item per occurrence, recorded "confirmed", in one transaction. Row
uuids are derived (uuid5) from the programme, the scheduled start and the item's
position: confirming the same occurrence again adds nothing — also through a
re-export of the same programme. Jingles (intro/outro) are not logged: they are
station idents, not programmes reported upward.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from ledcast.core import schedule as sched
from ledcast.core.airing import AiringEntry, record_many
from ledcast.core.airing_query import M_AIRING_PERIOD
from ledcast.core.dates import check_date
from ledcast.core.db.models import Export
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.i18n import translate
from ledcast.core.jobs import CancelCheck, Progress, check
from ledcast.core.workspace import Workspace

# fixed: the uuids of confirmed rows must come out the same on every run and computer
NAMESPACE = uuid.UUID("6f1d2c4e-8a57-4b0e-9d1c-3e2b7a9f0c11")
LOGGED_ROLES = (None, "item")  # screen items carry no role; speaker items "item" (not intro/outro)

M_EXPORT_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No export with id {id}.")
M_CONFIRM_OLD_EXPORT = QT_TRANSLATE_NOOP(
    "Errors",
    "Export {id} was made by an older version that did not keep its schedule; export the playlist again, "
    "or record its airings with “ledcast airing add”.",
)
M_CONFIRM_NO_OUTLET = QT_TRANSLATE_NOOP(
    "Errors", "Export {id} is of a playlist without an outlet; record its airings with “ledcast airing add”."
)
M_CONFIRM_NO_SCHEDULE = QT_TRANSLATE_NOOP("Errors", "Export {id} has no schedule: nothing in it was set to air.")
M_CONFIRM_NOTHING_ON = QT_TRANSLATE_NOOP("Errors", "Export {id} has nothing scheduled from {date_from} to {date_to}.")
L_CONFIRMING = QT_TRANSLATE_NOOP("Airing", "Recording the airings")
M_CONFIRM_BAD_SKIP = QT_TRANSLATE_NOOP(
    "Errors", "There is no session {number} to skip: the chosen days have sessions 1 to {count}."
)


@dataclass(frozen=True)
class ConfirmItem:
    position: int  # in the export, 1-based (jingles count: positions are the manifest's)
    title: str
    media_sha256: str | None
    duration_s: float
    tasks: tuple[str, ...]
    offset_s: float  # its start within the programme


@dataclass(frozen=True)
class Occurrence:
    number: int  # 1.. in start order over the chosen days: what `skip` names
    start: dt.datetime  # naive local wall-clock time, as schedules are
    end: dt.datetime
    priority: str
    items: tuple[ConfirmItem, ...]
    passes: int = 1  # a time window: the programme looped back to back this many times
    programme_s: float = 0.0  # one pass

    def pass_starts(self) -> list[dt.datetime]:
        return [self.start + dt.timedelta(seconds=k * self.programme_s) for k in range(self.passes)]


@dataclass(frozen=True)
class ConfirmResult:
    added: int  # rows written now
    already: int  # rows of the chosen sessions already in the log
    sessions: int  # sessions confirmed (the skipped ones aside)
    skipped: int


def _manifest(ws: Workspace, export_id: int) -> dict[str, Any]:
    with ws.session() as s:
        row = s.get(Export, export_id) if isinstance(export_id, int) and not isinstance(export_id, bool) else None
        if row is None:
            raise LedcastError(M_EXPORT_NOT_FOUND, id=str(export_id)[:20])
        manifest = dict(row.manifest or {})
    if "schedules" not in manifest or any("offset_s" not in x for x in manifest.get("items") or []):
        raise LedcastError(M_CONFIRM_OLD_EXPORT, id=export_id)
    if not (manifest.get("outlet") or {}).get("name"):
        raise LedcastError(M_CONFIRM_NO_OUTLET, id=export_id)
    if not manifest["schedules"]:
        raise LedcastError(M_CONFIRM_NO_SCHEDULE, id=export_id)
    return manifest


def _rule(raw: dict[str, Any]) -> sched.Rule:
    """A rule as the manifest keeps it: the database's canonical forms, read strictly."""
    return sched.Rule.from_stored(
        dt.date.fromisoformat(raw["date_from"]),
        dt.date.fromisoformat(raw["date_to"]),
        raw["weekdays"],
        raw["times"],
        raw.get("priority", "normal"),
        int(raw.get("repeat_count", 1)),
        int(raw.get("repeat_gap_s", 0)),
        raw.get("window_end"),
    )


def _items(manifest: dict[str, Any]) -> tuple[ConfirmItem, ...]:
    return tuple(
        ConfirmItem(
            position=int(x["position"]),
            title=str(x.get("title", "")),
            media_sha256=x.get("media_sha256"),
            duration_s=float(x["duration_s"]),
            tasks=tuple(x.get("tasks") or ()),
            offset_s=float(x["offset_s"]),
        )
        for x in manifest.get("items") or []
        if x.get("role") in LOGGED_ROLES
    )


def _period(day_from: dt.date, day_to: dt.date) -> None:
    check_date(day_from)
    check_date(day_to)
    if day_to < day_from:
        raise LedcastError(M_AIRING_PERIOD, start=day_from.isoformat(), end=day_to.isoformat())


def _occurrences(manifest: dict[str, Any], export_id: int, day_from: dt.date, day_to: dt.date) -> list[Occurrence]:
    _period(day_from, day_to)
    duration = float(manifest.get("schedule_duration_s", manifest.get("duration_s", 0.0)))
    found: list[sched.Occurrence] = []
    for raw in manifest["schedules"]:
        found += sched.iter_expand(_rule(raw), duration, day_from, day_to)
        if len(found) > sched.MAX_AIRINGS:  # what one playlist's schedules may give at all
            break
    if not found:
        raise LedcastError(
            M_CONFIRM_NOTHING_ON, id=export_id, date_from=f"{day_from:%d/%m/%Y}", date_to=f"{day_to:%d/%m/%Y}"
        )
    items = _items(manifest)
    return [
        Occurrence(n, o.start, o.end, o.priority, items, o.passes, duration)
        for n, o in enumerate(sched.sort_agenda(found)[: sched.MAX_AIRINGS], start=1)
    ]


def occurrences(ws: Workspace, export_id: int, day_from: dt.date, day_to: dt.date) -> list[Occurrence]:
    """The export's scheduled sessions on the local days [day_from, day_to], numbered
    in start order, each with the export's items; LedcastError if there are none."""
    return _occurrences(_manifest(ws, export_id), export_id, day_from, day_to)


def airing_uuid(manifest: dict[str, Any], start: dt.datetime, position: int) -> str:
    """The same programme (workspace, playlist, content, outlet), session and item: the same uuid."""
    playlist = manifest.get("playlist") or {}
    key = "|".join(
        str(v)
        for v in (
            (manifest.get("workspace") or {}).get("id"),
            playlist.get("id"),
            playlist.get("created"),
            playlist.get("content_hash"),
            manifest["outlet"]["name"],
            start.isoformat(timespec="seconds"),
            position,
        )
    )
    return str(uuid.uuid5(NAMESPACE, key))


def confirm(
    ws: Workspace,
    export_id: int,
    day_from: dt.date,
    day_to: dt.date,
    skip: set[int] | None = None,
    *,
    operator: str = "",
    origin: str = "own",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ConfirmResult:
    """Record that the export aired as scheduled on [day_from, day_to], sessions
    numbered in `skip` (as `occurrences` numbers them) left out: all rows in one
    transaction, those already in the log left as they are. A cancel is heeded
    until the rows are written (one transaction: after that it is all or nothing)."""
    if progress is not None:
        progress(0.0, translate("Airing", L_CONFIRMING))
    manifest = _manifest(ws, export_id)
    occs = _occurrences(manifest, export_id, day_from, day_to)
    for n in sorted(skip or ()):
        if not 1 <= n <= len(occs):
            raise LedcastError(M_CONFIRM_BAD_SKIP, number=n, count=len(occs))
    chosen = [o for o in occs if o.number not in (skip or ())]
    plans = manifest.get("plan") or []
    outlet = manifest["outlet"]
    entries = []
    for occ, local in ((o, at) for o in chosen for at in o.pass_starts()):  # every pass of a window
        scheduled = local.astimezone()  # naive local → this computer's zone
        for item in occ.items:
            start = scheduled + dt.timedelta(seconds=item.offset_s)
            entries.append(
                AiringEntry(
                    outlet_name=outlet["name"],
                    outlet_kind=outlet.get("kind") or "",
                    start=start,
                    end=start + dt.timedelta(seconds=item.duration_s),
                    recorded_how="confirmed",
                    title=item.title,
                    media_sha256=item.media_sha256,
                    task_codes=item.tasks,
                    plan_code=plans[0] if len(plans) == 1 else None,
                    playlist_name=(manifest.get("playlist") or {}).get("name"),
                    scheduled_at=scheduled,
                    utc_offset_min=int(scheduled.utcoffset().total_seconds() // 60),  # type: ignore[union-attr]
                    origin=origin,
                    priority=occ.priority,
                    operator=operator,
                    uuid=airing_uuid(manifest, local, item.position),
                )
            )
    check(cancel)
    added = record_many(ws, entries, skip_existing=True) if entries else []
    if progress is not None:
        progress(1.0, translate("Airing", L_CONFIRMING))
    return ConfirmResult(len(added), len(entries) - len(added), len(chosen), len(occs) - len(chosen))
