"""The media library: import (copy into a content-addressed store, probe,
thumbnail, dedupe), list, tag with plan tasks, approve, remove."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from ledcast.core import probe as probe_mod
from ledcast.core.db.models import Media, Plan, PlaylistItem, Task, media_task, utcnow
from ledcast.core.errors import (
    M_EMPTY_FILE,
    M_MEDIA_NOT_FOUND,
    M_NOT_FOUND_FILE,
    M_STORE_FAILED,
    M_UNREADABLE,
    M_UNSUPPORTED,
    LedcastError,
    MediaError,
    NotFound,
    QT_TRANSLATE_NOOP,
)
from ledcast.core.ffmpeg import Cancelled
from ledcast.core.text import clean_text, fold, nfc
from ledcast.core.plan import resolve_tasks
from ledcast.core.settings import speaker_settings
from ledcast.core.workspace import Workspace

KINDS = ("audio", "image", "video", "slide")
APPROVALS = ("pending", "approved", "rejected")
M_IN_USE = QT_TRANSLATE_NOOP("Errors", "“{title}” is used in a playlist; remove it from the playlist first.")

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]
CHUNK = 1 << 20


@dataclass
class Duplicate:
    path: Path
    media_id: int
    title: str


@dataclass
class Failure:
    path: Path
    error: LedcastError


@dataclass
class ImportReport:
    added: list[Media] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given; folders walked for supported media (others in a folder are
    skipped quietly, as the operator only meant the media in it)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if not name.startswith(".") and probe_mod.kind_for(f):
                        out.append(f)
        else:
            out.append(p)
    return out


def _title_from_name(path: Path) -> str:
    stem = nfc(path.stem).replace("_", " ").strip()
    return " ".join(stem.split()) or nfc(path.name)


def _copy_and_hash(src: Path, dst_dir: Path, cancel: CancelCheck | None) -> tuple[Path, str]:
    """Copy `src` to a temp file in the store while hashing it (one read)."""
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(prefix=".incoming-", suffix=src.suffix.lower(), dir=dst_dir)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            while chunk := inp.read(CHUNK):
                if cancel and cancel():
                    raise Cancelled()
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp), digest.hexdigest()


def _check_source(path: Path) -> str:
    if not path.exists():
        raise MediaError(M_NOT_FOUND_FILE)
    kind = probe_mod.kind_for(path)
    if kind is None:
        raise MediaError(M_UNSUPPORTED, ext=path.suffix or path.name,
                         audio=", ".join(e[1:] for e in probe_mod.AUDIO_EXT),
                         image=", ".join(e[1:] for e in probe_mod.IMAGE_EXT),
                         video=", ".join(e[1:] for e in probe_mod.VIDEO_EXT))
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise MediaError(M_NOT_FOUND_FILE) from None
    except OSError as exc:
        raise MediaError(M_UNREADABLE, reason=exc.strerror or str(exc)) from exc
    if not path.is_file():
        raise MediaError(M_NOT_FOUND_FILE)
    if size == 0:
        raise MediaError(M_EMPTY_FILE)
    return kind


def _import_one(ws: Workspace, src: Path, task_codes: Sequence[str], cancel: CancelCheck | None,
                report: ImportReport) -> None:
    kind = _check_source(src)
    try:
        tmp, sha = _copy_and_hash(src, ws.media_dir, cancel)
    except (OSError) as exc:
        raise MediaError(M_STORE_FAILED, reason=exc.strerror or str(exc)) from exc
    thumb_tmp = ws.thumbs_dir / f".incoming-{sha}.png"
    final: Path | None = None
    try:
        with ws.session() as s:
            existing = s.scalars(select(Media).where(Media.sha256 == sha)).first()
            if existing is not None:
                report.duplicates.append(Duplicate(src, existing.id, existing.title))
                return
        if kind == "image":
            info = probe_mod.probe_image(tmp)
        else:
            info = probe_mod.probe_av(tmp, kind, cancel)
            probe_mod.check_decodes(tmp, info, cancel)
        sound = probe_mod.AudioAnalysis()
        if kind == "audio":  # waveform, loudness and silent ends from one decode
            sp = speaker_settings(ws)
            has_thumb, sound = probe_mod.analyse_audio(
                tmp, thumb_tmp, cancel, silence_db=sp.silence_threshold_db, silence_min_s=sp.silence_min_s,
                duration=info.duration_s)
        else:
            has_thumb = probe_mod.make_thumbnail(tmp, info, thumb_tmp, cancel)
            if kind == "video" and info.audio_codec:
                sound.lufs, sound.true_peak = probe_mod.measure_loudness(tmp, cancel)
        rel = Path("media") / sha[:2] / f"{sha}{src.suffix.lower()}"
        final = ws.root / rel
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, final)
        thumb_rel: str | None = None
        if has_thumb:
            thumb_rel = f"thumbs/{sha}.png"
            os.replace(thumb_tmp, ws.root / thumb_rel)
        with ws.session() as s:
            media = Media(
                sha256=sha, kind=kind, title=nfc(info.title) if info.title else _title_from_name(src),
                original_name=nfc(src.name), original_path=nfc(str(src.resolve())),
                store_path=rel.as_posix(), thumb_path=thumb_rel, size_bytes=final.stat().st_size,
                container=info.container, video_codec=info.video_codec, audio_codec=info.audio_codec,
                width=info.width, height=info.height, fps=info.fps, sample_rate=info.sample_rate,
                channels=info.channels, duration_s=info.duration_s,
                loudness_lufs=sound.lufs, true_peak_dbtp=sound.true_peak, silence_head_s=sound.head_s,
                silence_tail_s=sound.tail_s, silence_threshold_db=sound.threshold_db,
            )
            media.tasks = resolve_tasks(s, list(task_codes))
            s.add(media)
            s.flush()
            media_id = media.id
        report.added.append(get_media(ws, media_id))
        final = None  # committed: keep it
    except IntegrityError:
        # Same content committed meanwhile by another job: a duplicate, not a failure.
        with ws.session() as s:
            existing = s.scalars(select(Media).where(Media.sha256 == sha)).first()
        if existing is None:
            raise
        final = None  # the file at `final` now belongs to the row the other job committed
        report.duplicates.append(Duplicate(src, existing.id, existing.title))
    finally:
        tmp.unlink(missing_ok=True)
        thumb_tmp.unlink(missing_ok=True)
        if final is not None:
            final.unlink(missing_ok=True)
            (ws.thumbs_dir / f"{sha}.png").unlink(missing_ok=True)


def import_files(ws: Workspace, paths: Iterable[str | os.PathLike[str]], *,
                 task_codes: Sequence[str] = (), progress: Progress | None = None,
                 cancel: CancelCheck | None = None) -> ImportReport:
    """Import files and folders. Each file is committed on its own, so a cancel or a
    bad file never leaves anything half-written and never loses the good ones."""
    files = expand_paths(paths)
    report = ImportReport()
    if task_codes:  # an unknown task is the operator's typo: refuse before copying anything
        with ws.session() as s:
            resolve_tasks(s, list(task_codes))
    total = len(files)
    for i, f in enumerate(files):
        if cancel and cancel():
            report.cancelled = True
            break
        if progress:
            progress(i, total, nfc(f.name))
        try:
            _import_one(ws, f, task_codes, cancel, report)
        except Cancelled:
            report.cancelled = True
            break
        except MediaError as exc:
            report.failed.append(Failure(f, exc))
    if progress and not report.cancelled:
        progress(total, total, "")
    return report


def _query(task: str | None = None, kind: str | None = None, approval: str | None = None):  # type: ignore[no-untyped-def]
    q = select(Media).options(selectinload(Media.tasks)).order_by(Media.created_at.desc(), Media.id.desc())
    if task:
        plan_code, _, task_code = task.strip().rpartition("/")
        if task_code.lower() in ("none", "-"):
            q = q.where(~Media.tasks.any())
        elif plan_code:
            q = q.where(Media.tasks.any(and_(Task.code == task_code.upper(),
                                             Task.plan.has(Plan.code == plan_code))))
        else:
            q = q.where(Media.tasks.any(Task.code == task_code.upper()))
    if kind:
        q = q.where(Media.kind == kind)
    if approval:
        q = q.where(Media.approval == approval)
    return q


def list_media(ws: Workspace, *, task: str | None = None, kind: str | None = None,
               approval: str | None = None, search: str | None = None) -> list[Media]:
    """Library items, newest first. `task` is 'NV3', 'PLANCODE/NV3' or 'none'
    (outside the plan); `search` is case- and accent-insensitive."""
    with ws.session() as s:
        items = list(s.scalars(_query(task, kind, approval)))
    if search and search.strip():
        needle = fold(search.strip())
        items = [m for m in items if needle in fold(f"{m.title} {m.original_name}")]
    return items


def get_media(ws: Workspace, media_id: int) -> Media:
    with ws.session() as s:
        media = s.scalars(select(Media).options(selectinload(Media.tasks)).where(Media.id == media_id)).first()
    if media is None:
        raise NotFound(M_MEDIA_NOT_FOUND, id=media_id)
    return media


def ensure_loudness(ws: Workspace, media: Media, cancel: CancelCheck | None = None) -> Media:
    """Measure what an item lacks for loudspeaker export — loudness, and for audio
    the silent ends at the current threshold — e.g. items imported by an older
    version or before the threshold was changed (measured on first use)."""
    if media.kind not in ("audio", "video") or not media.audio_codec:
        return media
    sp = speaker_settings(ws)
    silence_ok = media.kind != "audio" or (media.silence_threshold_db == sp.silence_threshold_db
                                            and media.silence_head_s is not None)
    if media.loudness_lufs is not None and silence_ok:
        return media
    _thumb, a = probe_mod.analyse_audio(
        ws.path(media.store_path), None, cancel,
        silence_db=sp.silence_threshold_db if media.kind == "audio" else None,
        silence_min_s=sp.silence_min_s, duration=media.duration_s)
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
    with ws.session() as s:
        tasks = resolve_tasks(s, list(task_codes))
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
    if state not in APPROVALS:
        raise ValueError(state)
    with ws.session() as s:
        for mid in media_ids:
            media = s.get(Media, mid)
            if media is None:
                raise NotFound(M_MEDIA_NOT_FOUND, id=mid)
            media.approval = state
            media.approved_by = clean_text(by)[:200] if state != "pending" else None
            media.approved_at = utcnow() if state != "pending" else None


def rename_media(ws: Workspace, media_id: int, title: str) -> None:
    from ledcast.core.inputs import MAX_TITLE, clean_name

    title = clean_name(title, MAX_TITLE)  # no control characters: titles reach M3U files and terminals
    with ws.session() as s:
        media = s.get(Media, media_id)
        if media is None:
            raise NotFound(M_MEDIA_NOT_FOUND, id=media_id)
        media.title = title


def remove_media(ws: Workspace, media_id: int) -> None:
    """Remove an item and its stored file. Airing history keeps its own snapshot."""
    with ws.session() as s:
        media = s.get(Media, media_id)
        if media is None:
            raise NotFound(M_MEDIA_NOT_FOUND, id=media_id)
        if s.scalar(select(PlaylistItem.id).where(PlaylistItem.media_id == media_id).limit(1)):
            raise LedcastError(M_IN_USE, title=media.title)
        store, thumb = media.store_path, media.thumb_path
        s.execute(media_task.delete().where(media_task.c.media_id == media_id))
        s.delete(media)
    ws.path(store).unlink(missing_ok=True)
    if thumb:
        ws.path(thumb).unlink(missing_ok=True)


def media_to_dict(m: Media) -> dict[str, Any]:
    return {
        "id": m.id, "kind": m.kind, "title": m.title, "original_name": m.original_name,
        "sha256": m.sha256, "store_path": m.store_path, "size_bytes": m.size_bytes,
        "container": m.container, "video_codec": m.video_codec, "audio_codec": m.audio_codec,
        "width": m.width, "height": m.height, "fps": m.fps, "sample_rate": m.sample_rate,
        "channels": m.channels, "duration_s": m.duration_s, "approval": m.approval,
        "loudness_lufs": m.loudness_lufs, "true_peak_dbtp": m.true_peak_dbtp,
        "tasks": [t.code for t in m.tasks],
        "created_at": m.created_at.replace(tzinfo=dt.timezone.utc).isoformat() if m.created_at else None,
    }
