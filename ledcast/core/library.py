"""The media library: import (copy into a content-addressed store, probe,
thumbnail, dedupe), list, tag with plan tasks, approve, remove."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, selectinload

from ledcast.core import probe as probe_mod
from ledcast.core.db.models import Media, Plan, Playlist, PlaylistItem, Task, media_task, utcnow
from ledcast.core.errors import (
    M_MEDIA_NOT_FOUND,
    QT_TRANSLATE_NOOP,
    LedcastError,
    NotFound,
)
from ledcast.core.i18n import translate

# the import pipeline lives in media_import; re-exported here, where callers import it from
from ledcast.core.media_import import (
    CHUNK,
    M_EMPTY_PATH,
    M_FOLDER_UNREADABLE,
    M_NOT_A_FILE,
    M_SOURCE_UNREADABLE,
    M_UNEXPECTED,
    CancelCheck,
    Duplicate,
    Failure,
    ImportReport,
    Progress,
    expand_paths,
    get_media,
    import_files,
    make_thumbnail_for,
    restore_thumbnail,
    stored_file_ok,
    temp_file,
)
from ledcast.core.plan import resolve_tasks
from ledcast.core.settings import speaker_settings
from ledcast.core.testhooks import checkpoint
from ledcast.core.text import fold
from ledcast.core.workspace import Workspace

KINDS = ("audio", "image", "video", "slide")
APPROVALS = ("pending", "approved", "rejected")
M_IN_USE = QT_TRANSLATE_NOOP("Errors", "“{title}” is used in a playlist; remove it from the playlist first.")
M_NO_TASK_GIVEN = QT_TRANSLATE_NOOP(
    "Errors", "No task given: name at least one task code, or use --clear to remove all tasks."
)
# a progress label, translated here: the shells show core labels as they come
L_MEASURING = QT_TRANSLATE_NOOP("Jobs", "Measuring loudness of “{title}”…")

log = logging.getLogger(__name__)

__all__ = [
    "APPROVALS",
    "CHUNK",
    "CancelCheck",
    "Duplicate",
    "Failure",
    "ImportReport",
    "KINDS",
    "M_EMPTY_PATH",
    "M_FOLDER_UNREADABLE",
    "M_IN_USE",
    "M_NOT_A_FILE",
    "M_NO_TASK_GIVEN",
    "M_SOURCE_UNREADABLE",
    "M_UNEXPECTED",
    "Progress",
    "clear_tasks",
    "ensure_loudness",
    "expand_paths",
    "get_media",
    "import_files",
    "list_media",
    "make_thumbnail_for",
    "media_to_dict",
    "playlists_using",
    "remove_media",
    "remove_unreferenced",
    "rename_media",
    "restore_thumbnail",
    "set_approval",
    "set_task_ids",
    "set_tasks",
    "stored_file_ok",
    "temp_file",
    "write_lock",
]


def _query(task: str | None = None, kind: str | None = None, approval: str | None = None):  # type: ignore[no-untyped-def]
    q = select(Media).options(selectinload(Media.tasks)).order_by(Media.created_at.desc(), Media.id.desc())
    if task:
        plan_code, _, task_code = task.strip().rpartition("/")
        if task_code.lower() in ("none", "-"):
            q = q.where(~Media.tasks.any())
        elif plan_code:
            q = q.where(Media.tasks.any(and_(Task.code == task_code.upper(), Task.plan.has(Plan.code == plan_code))))
        else:
            q = q.where(Media.tasks.any(Task.code == task_code.upper()))
    if kind:
        q = q.where(Media.kind == kind)
    if approval:
        q = q.where(Media.approval == approval)
    return q


def list_media(
    ws: Workspace,
    *,
    task: str | None = None,
    kind: str | None = None,
    approval: str | None = None,
    search: str | None = None,
) -> list[Media]:
    """Library items, newest first. `task` is 'NV3', 'PLANCODE/NV3' or 'none'
    (outside the plan); `search` is case- and accent-insensitive."""
    with ws.session() as s:
        items = list(s.scalars(_query(task, kind, approval)))
    key = search_key(search)
    return [m for m in items if matches_search(m, key)] if key else items


def search_key(text: str | None) -> str:
    """What a search box's text is matched as: trimmed, case- and accent-folded."""
    return fold((text or "").strip())


def matches_search(m: Media, key: str) -> bool:
    """The one matching rule for library searches (list_media and the GUI's filter):
    the folded `key` within the item's title or original file name."""
    return not key or key in fold(f"{m.title} {m.original_name}")


def media_matches(
    m: Media,
    *,
    key: str = "",
    kind: str | None = None,
    kinds: tuple[str, ...] | None = None,
    approval: str | None = None,
    task_code: str | None = None,
) -> bool:
    """The library filters on a loaded item, as list_media applies them in SQL:
    kind (or one of `kinds`), approval, task (`task_code` "" = outside the plan), search key."""
    if (kind and m.kind != kind) or (kinds is not None and m.kind not in kinds):
        return False
    if approval and m.approval != approval:
        return False
    if task_code is not None:
        codes = {t.code for t in m.tasks}
        if (task_code == "" and codes) or (task_code and task_code not in codes):
            return False
    return matches_search(m, key)


def ensure_loudness(
    ws: Workspace, media: Media, cancel: CancelCheck | None = None, progress: Progress | None = None
) -> Media:
    """Measure what an item lacks for loudspeaker export — loudness, and for audio
    the silent ends at the current threshold — e.g. items imported by an older
    version or before the threshold was changed (measured on first use). A
    measurement reports its label to `progress` and stops at a cancel (Cancelled)."""
    if media.kind not in ("audio", "video") or not media.audio_codec:
        return media
    sp = speaker_settings(ws)
    silence_ok = media.kind != "audio" or (
        media.silence_threshold_db == sp.silence_threshold_db and media.silence_head_s is not None
    )
    if media.loudness_lufs is not None and silence_ok:
        return media
    if progress:
        progress(0.0, translate("Jobs", L_MEASURING).format(title=media.title))
    _thumb, a = probe_mod.analyse_audio(
        ws.media_file(media),
        None,
        cancel,
        silence_db=sp.silence_threshold_db if media.kind == "audio" else None,
        silence_min_s=sp.silence_min_s,
        duration=media.duration_s,
    )
    with ws.session() as s:
        row = s.get(Media, media.id)
        if row is not None:
            row.loudness_lufs, row.true_peak_dbtp = a.lufs, a.true_peak
            if media.kind == "audio":
                row.silence_head_s, row.silence_tail_s, row.silence_threshold_db = a.head_s, a.tail_s, a.threshold_db
    media.loudness_lufs, media.true_peak_dbtp = a.lufs, a.true_peak
    if media.kind == "audio":
        media.silence_head_s, media.silence_tail_s, media.silence_threshold_db = a.head_s, a.tail_s, a.threshold_db
    return media


def set_tasks(ws: Workspace, media_ids: Sequence[int], task_codes: Sequence[str]) -> None:
    """Replace the tasks of items. No codes (or only blank ones) is refused rather
    than read as "clear all tags": clearing is `clear_tasks`."""
    codes = [c.strip() for c in task_codes if c and c.strip()]
    if not codes:
        raise LedcastError(M_NO_TASK_GIVEN)
    _set_tasks(ws, media_ids, codes)


def clear_tasks(ws: Workspace, media_ids: Sequence[int]) -> None:
    _set_tasks(ws, media_ids, [])


def _set_tasks(ws: Workspace, media_ids: Sequence[int], codes: Sequence[str]) -> None:
    with ws.session() as s:
        tasks = resolve_tasks(s, list(codes))
        for mid in media_ids:
            media = s.get(Media, mid)
            if media is None:
                raise NotFound(M_MEDIA_NOT_FOUND, id=mid)
            media.tasks = list(tasks)


def set_task_ids(ws: Workspace, media_ids: Sequence[int], task_ids: Sequence[int]) -> None:
    with ws.session() as s:
        tasks = list(s.scalars(select(Task).where(Task.id.in_(task_ids))))
        for mid in media_ids:
            media = s.get(Media, mid)
            if media is None:
                raise NotFound(M_MEDIA_NOT_FOUND, id=mid)
            media.tasks = list(tasks)


def set_approval(ws: Workspace, media_ids: Sequence[int], state: str, by: str = "") -> None:
    from ledcast.core.inputs import MAX_APPROVER, clean_line

    if state not in APPROVALS:
        raise ValueError(state)
    approver = clean_line(by, MAX_APPROVER)  # refused when too long, never cut silently
    with ws.session() as s:
        for mid in media_ids:
            media = s.get(Media, mid)
            if media is None:
                raise NotFound(M_MEDIA_NOT_FOUND, id=mid)
            media.approval = state
            media.approved_by = approver if state != "pending" else None
            media.approved_at = utcnow() if state != "pending" else None


def rename_media(ws: Workspace, media_id: int, title: str) -> None:
    from ledcast.core.inputs import MAX_TITLE, clean_name

    title = clean_name(title, MAX_TITLE)  # no control characters: titles reach M3U files and terminals
    with ws.session() as s:
        media = s.get(Media, media_id)
        if media is None:
            raise NotFound(M_MEDIA_NOT_FOUND, id=media_id)
        media.title = title


def write_lock(s: Session) -> None:
    """Take the database write lock now (a no-op UPDATE), so that file moves done
    before this session commits cannot interleave with an import's, which moves
    its files while its INSERT holds that same lock."""
    s.execute(update(Media).where(Media.id == -1).values(title=Media.title))


def remove_unreferenced(ws: Workspace, rels: Iterable[str]) -> list[str]:
    """Delete stored files or thumbnails (workspace-relative) that no row points
    at, checked under the write lock; returns those deleted."""
    done: list[str] = []
    with ws.session() as s:
        write_lock(s)
        for rel in rels:
            used = s.scalar(select(Media.id).where(or_(Media.store_path == rel, Media.thumb_path == rel)).limit(1))
            if used is None:
                try:
                    ws.path(rel).unlink()
                    done.append(rel)
                except FileNotFoundError:
                    pass
    return done


def playlists_using(ws: Workspace, media_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """The names of the playlists each media item is in (alphabetical, each once), for the
    given items or the whole library, in one query; items in no playlist are left out."""
    q = (
        select(PlaylistItem.media_id, Playlist.name)
        .join(Playlist, Playlist.id == PlaylistItem.playlist_id)
        .distinct()
        .order_by(PlaylistItem.media_id, Playlist.name)
    )
    if media_ids is not None:
        q = q.where(PlaylistItem.media_id.in_(list(media_ids)))
    used: dict[int, list[str]] = {}
    with ws.session() as s:
        for media_id, name in s.execute(q):
            used.setdefault(media_id, []).append(name)
    return used


def remove_media(ws: Workspace, media_id: int) -> None:
    """Remove an item, then its stored file and thumbnail unless a row points at
    them again (an import of the same content in another process meanwhile).
    A kill in between leaves a file without a row for `media check --repair`."""
    with ws.session() as s:
        media = s.get(Media, media_id)
        if media is None:
            raise NotFound(M_MEDIA_NOT_FOUND, id=media_id)
        if s.scalar(select(PlaylistItem.id).where(PlaylistItem.media_id == media_id).limit(1)):
            raise LedcastError(M_IN_USE, title=media.title)
        files = [r for r in (media.store_path, media.thumb_path) if r]
        s.execute(media_task.delete().where(media_task.c.media_id == media_id))
        s.delete(media)
    checkpoint("remove.before_unlink")
    remove_unreferenced(ws, files)


def media_to_dict(m: Media) -> dict[str, Any]:
    return {
        "id": m.id,
        "kind": m.kind,
        "title": m.title,
        "original_name": m.original_name,
        "sha256": m.sha256,
        "store_path": m.store_path,
        "size_bytes": m.size_bytes,
        "container": m.container,
        "video_codec": m.video_codec,
        "audio_codec": m.audio_codec,
        "width": m.width,
        "height": m.height,
        "fps": m.fps,
        "sample_rate": m.sample_rate,
        "channels": m.channels,
        "duration_s": m.duration_s,
        "approval": m.approval,
        "loudness_lufs": m.loudness_lufs,
        "true_peak_dbtp": m.true_peak_dbtp,
        "tasks": [t.code for t in m.tasks],
        "created_at": m.created_at.replace(tzinfo=dt.timezone.utc).isoformat() if m.created_at else None,
    }
