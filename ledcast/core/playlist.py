"""Playlists (Chương trình phát): ordered library items for one outlet, with
durations, trims, validation against the outlet kind, and totals."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ledcast.core.aired import (  # noqa: F401 - the durations are part of the playlist API
    DEFAULT_STILL_S,
    N_SILENCE_TRIMMED,
    STILL_KINDS,
    W_QUIET,
    aired_span,
    item_duration,
    media_length,
    quiet_gain_db,
    signed,
    silence_trimmed_s,
    total_duration,
    trimmed_length,
)
from ledcast.core.db.models import Media, Outlet, Playlist, PlaylistItem, Schedule, Task
from ledcast.core.errors import (
    M_BAD_KIND,
    M_MEDIA_NOT_FOUND,
    QT_TRANSLATE_NOOP,
    LedcastError,
    NotFound,
)
from ledcast.core.inputs import clean_name, finite, name_keys, pick_by_name
from ledcast.core.limits import M_BAD_PRIORITY, PRIORITIES, check_priority  # noqa: F401 - re-exported
from ledcast.core.outlets import outlet_summary
from ledcast.core.playlist_checks import (  # noqa: F401 - the checks are part of the playlist API
    ALLOWED,
    W_ASPECT,
    W_UNAPPROVED,
    Warning_,
    check_item,
    check_kind,
    item_notes,
    item_warnings,
    playlist_warnings,
    quiet_warning,
)
from ledcast.core.playlist_version import PlaylistChanged, claim, of_row  # noqa: F401 - PlaylistChanged too
from ledcast.core.programme import programme_duration  # noqa: F401  (re-exported)
from ledcast.core.text import clean_text
from ledcast.core.workspace import Workspace

PLAYLIST_KINDS = ("screen", "speaker")

M_PLAYLIST_EXISTS = QT_TRANSLATE_NOOP("Errors", "A playlist named “{name}” already exists.")
M_PLAYLIST_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No playlist named “{name}”.")
M_OUTLET_KIND_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "“{outlet}” is a {outlet_kind} outlet; a {kind} playlist cannot be bound to it."
)
M_BAD_DURATION = QT_TRANSLATE_NOOP("Errors", "A duration must be between 1 second and 24 hours.")
M_BAD_TRIM = QT_TRANSLATE_NOOP(
    "Errors", "The trim must satisfy 0 ≤ start < end ≤ {length} seconds (the item's length)."
)
M_NO_TRIM_STILL = QT_TRANSLATE_NOOP("Errors", "Pictures and slides have a duration, not a trim.")
M_ITEM_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No item {id} in this playlist.")


@dataclass
class AddResult:
    added: list[PlaylistItem] = field(default_factory=list)
    refused: list[tuple[int, LedcastError]] = field(default_factory=list)  # (media id, why)
    warnings: list[Warning_] = field(default_factory=list)


# --- tasks -------------------------------------------------------------------------


def covered_tasks(playlist: Playlist) -> list[Task]:
    seen: dict[int, Task] = {}
    for item in playlist.items:
        for t in item.media.tasks:
            seen.setdefault(t.id, t)
    return sorted(seen.values(), key=lambda t: (t.plan_id, t.position, t.code))


# --- loading ---------------------------------------------------------------------


def _options():  # type: ignore[no-untyped-def]
    return (
        selectinload(Playlist.items).selectinload(PlaylistItem.media).selectinload(Media.tasks),
        selectinload(Playlist.outlet),
        selectinload(Playlist.schedules),
    )


def find_playlist(s: Session, ref: str | int) -> Playlist:
    """A playlist by name or id, loaded in the caller's open session (for edits)."""
    q = select(Playlist).options(*_options())
    if isinstance(ref, int):
        playlist = s.scalars(q.where(Playlist.id == ref)).first()
    else:
        playlist = pick_by_name(s.scalars(q.where(Playlist.name.in_(name_keys(str(ref))))).all(), str(ref))
    if playlist is None:
        raise NotFound(M_PLAYLIST_NOT_FOUND, name=str(ref))
    return playlist


def get_playlist(ws: Workspace, ref: str | int) -> Playlist:
    """A playlist by name or id, with items, media, tasks, outlet and schedules loaded."""
    with ws.session() as s:
        return find_playlist(s, ref)


def list_playlists(ws: Workspace) -> list[Playlist]:
    with ws.session() as s:
        return list(s.scalars(select(Playlist).options(*_options()).order_by(Playlist.kind, Playlist.name)))


def _outlet(s: Session, name: str | None, kind: str) -> Outlet | None:
    if not name:
        return None
    from ledcast.core.outlets import M_OUTLET_NOT_FOUND

    outlet = s.scalars(select(Outlet).where(Outlet.name == clean_text(name))).first()
    if outlet is None:
        raise LedcastError(M_OUTLET_NOT_FOUND, name=name)
    if outlet.kind != kind:
        raise LedcastError(M_OUTLET_KIND_MISMATCH, outlet=outlet.name, outlet_kind=outlet.kind, kind=kind)
    return outlet


# --- editing ---------------------------------------------------------------------
# Every edit of an existing playlist claims it first (core/playlist_version.py): `expected`
# is the version the editor loaded (None: a one-shot command, the last writer wins).


def claimed(s: Session, ref: str | int, expected: int | None) -> Playlist:
    """The playlist to edit, its version raised in this transaction (refused when it moved on)."""
    pid = ref if isinstance(ref, int) else find_playlist(s, ref).id
    claim(s, pid, expected, NotFound(M_PLAYLIST_NOT_FOUND, name=str(ref)))
    s.expire_all()  # anything read before the claim is read again, as it is now
    return find_playlist(s, pid)


def create_playlist(
    ws: Workspace, name: str, kind: str, outlet: str | None = None, priority: str = "normal"
) -> Playlist:
    name = clean_name(name)
    if kind not in PLAYLIST_KINDS:
        raise LedcastError(M_BAD_KIND, kind=kind, allowed=", ".join(PLAYLIST_KINDS))
    check_priority(priority)
    with ws.session() as s:
        if s.scalar(select(Playlist.id).where(Playlist.name == name)) is not None:
            raise LedcastError(M_PLAYLIST_EXISTS, name=name)
        playlist = Playlist(name=name, kind=kind, outlet=_outlet(s, outlet, kind), priority=priority)
        s.add(playlist)
        s.flush()
        pid = playlist.id
    return get_playlist(ws, pid)


def update_playlist(
    ws: Workspace,
    ref: str | int,
    *,
    name: str | None = None,
    outlet: str | None | bool = False,
    priority: str | None = None,
    expected: int | None = None,
) -> Playlist:
    """Rename, rebind (outlet name, or None to unbind) or change the default priority."""
    with ws.session() as s:
        playlist = claimed(s, ref, expected)
        if name is not None:
            name = clean_name(name)
            clash = s.scalar(select(Playlist.id).where(Playlist.name == name, Playlist.id != playlist.id))
            if clash is not None:
                raise LedcastError(M_PLAYLIST_EXISTS, name=name)
            playlist.name = name
        if outlet is not False:
            playlist.outlet = _outlet(s, outlet or None, playlist.kind)  # type: ignore[arg-type]
        if priority is not None:
            playlist.priority = check_priority(priority)
        pid = playlist.id
    return get_playlist(ws, pid)


def delete_playlist(ws: Workspace, ref: str | int, expected: int | None = None) -> None:
    with ws.session() as s:
        s.delete(claimed(s, ref, expected))


def add_items(
    ws: Workspace,
    ref: str | int,
    media_ids: Sequence[int],
    *,
    duration_s: float | None = None,
    position: int | None = None,
    expected: int | None = None,
) -> AddResult:
    """Append (or insert at `position`) library items. Items that cannot play on this
    kind of outlet are refused with a reason; the others are added, with warnings."""
    if duration_s is not None:
        _check_duration(duration_s)
    result = AddResult()
    with ws.session() as s:
        playlist = claimed(s, ref, expected)
        items = list(playlist.items)
        at = len(items) if position is None else max(0, min(position, len(items)))
        for mid in media_ids:
            media = s.scalars(select(Media).options(selectinload(Media.tasks)).where(Media.id == mid)).first()
            if media is None:
                result.refused.append((mid, NotFound(M_MEDIA_NOT_FOUND, id=mid)))
                continue
            why = check_item(playlist.kind, media)
            if why is not None:
                result.refused.append((mid, why))
                continue
            item = PlaylistItem(media=media, duration_s=duration_s if media.kind in STILL_KINDS else None)
            items.insert(at, item)
            at += 1
            result.added.append(item)
            result.warnings.extend(item_warnings(media, playlist.outlet))
        playlist.items = items
        _renumber(playlist)
        s.flush()
    return result


def _renumber(playlist: Playlist) -> None:
    for pos, item in enumerate(playlist.items):
        item.position = pos


def reorder(ws: Workspace, ref: str | int, item_ids: Sequence[int], expected: int | None = None) -> None:
    """Set the order of the playlist's items (every item id, in the new order)."""
    with ws.session() as s:
        playlist = claimed(s, ref, expected)
        by_id = {i.id: i for i in playlist.items}
        if sorted(item_ids) != sorted(by_id):
            missing = next(iter(set(item_ids) ^ set(by_id)), None)
            raise LedcastError(M_ITEM_NOT_FOUND, id=missing)
        playlist.items = [by_id[i] for i in item_ids]
        _renumber(playlist)


def move_item(ws: Workspace, ref: str | int, item_id: int, to: int, expected: int | None = None) -> None:
    playlist = get_playlist(ws, ref)
    if expected is not None and playlist.version != expected:  # (reorder's claim refuses a later change)
        raise PlaylistChanged()
    ids = [i.id for i in playlist.items]
    if item_id not in ids:
        raise LedcastError(M_ITEM_NOT_FOUND, id=item_id)
    ids.remove(item_id)
    ids.insert(max(0, min(to, len(ids))), item_id)
    reorder(ws, playlist.id, ids, expected)


def remove_items(ws: Workspace, ref: str | int, item_ids: Sequence[int], expected: int | None = None) -> None:
    with ws.session() as s:
        playlist = claimed(s, ref, expected)
        playlist.items = [i for i in playlist.items if i.id not in set(item_ids)]
        _renumber(playlist)


def _check_duration(seconds: float) -> None:
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 1 <= finite(seconds) <= 86400:
        raise LedcastError(M_BAD_DURATION)


def set_item_duration(ws: Workspace, item_id: int, seconds: float | None, expected: int | None = None) -> None:
    """Duration of a still (None: back to the default 10 s)."""
    if seconds is not None:
        _check_duration(seconds)
    with ws.session() as s:
        _claim_item(s, item_id, expected).duration_s = seconds


def _claim_item(s: Session, item_id: int, expected: int | None) -> PlaylistItem:
    claim(s, of_row(PlaylistItem, item_id), expected, LedcastError(M_ITEM_NOT_FOUND, id=item_id))
    return s.get_one(PlaylistItem, item_id)


def set_item_trim(
    ws: Workspace, item_id: int, trim_in: float | None, trim_out: float | None, expected: int | None = None
) -> None:
    """Play only [trim_in, trim_out] of an audio or video item (None: from start / to end)."""
    with ws.session() as s:
        item = _claim_item(s, item_id, expected)
        if item.media.kind in STILL_KINDS:
            raise LedcastError(M_NO_TRIM_STILL)
        length = media_length(item.media)
        start = trim_in or 0.0
        end = length if trim_out is None else trim_out
        if not (0 <= start < end <= length + 1e-6):
            raise LedcastError(M_BAD_TRIM, length=f"{length:.1f}")
        item.trim_in_s = trim_in if trim_in else None
        item.trim_out_s = trim_out if trim_out is not None and trim_out < length else None


# --- serialisation ------------------------------------------------------------------


def content_hash(playlist: Playlist) -> str:
    """What the playlist airs, as a hash: media content, order, durations, trims."""
    parts = [
        {
            "sha": i.media.sha256,
            "d": round(item_duration(i), 3),
            "in": i.trim_in_s,
            "out": i.trim_out_s,
            "src": i.media.slide_source,
        }
        for i in playlist.items
    ]
    blob = json.dumps({"kind": playlist.kind, "items": parts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def schedule_to_dict(sc: Schedule) -> dict[str, Any]:
    return {
        "id": sc.id,
        "from": sc.date_from.isoformat(),
        "to": sc.date_to.isoformat(),
        "weekdays": sc.weekdays,
        "times": sc.times,
        "priority": sc.priority,
        "repeat": sc.repeat_count,
        "gap_s": sc.repeat_gap_s,
        "window_end": sc.window_end,  # None: start times; else `times` is the window's start
    }


def playlist_to_dict(p: Playlist, translate=None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {
        "id": p.id,
        "name": p.name,
        "kind": p.kind,
        "priority": p.priority,
        "outlet": {**outlet_summary(p.outlet), "fps": p.outlet.fps} if p.outlet else None,
        "items": [
            {
                "item_id": i.id,
                "position": i.position,
                "media_id": i.media_id,
                "title": i.media.title,
                "kind": i.media.kind,
                "duration_s": round(item_duration(i), 3),
                "trim_in_s": i.trim_in_s,
                "trim_out_s": i.trim_out_s,
                "tasks": [t.code for t in i.media.tasks],
                "approval": i.media.approval,
            }
            for i in p.items
        ],
        "total_s": round(total_duration(p), 3),
        "tasks": [t.code for t in covered_tasks(p)],
        "schedules": [schedule_to_dict(sc) for sc in p.schedules],
        "warnings": [w.message(translate) for w in playlist_warnings(p)],
        "content_hash": content_hash(p),
    }
