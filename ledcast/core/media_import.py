"""Importing media into the library: expand paths, copy into the content-addressed
store while hashing, probe, thumbnail, dedupe, and record one row per file."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from ledcast.core import probe as probe_mod
from ledcast.core import shared_store
from ledcast.core.db.models import Media
from ledcast.core.errors import (
    M_EMPTY_FILE,
    M_MEDIA_NOT_FOUND,
    M_NOT_FOUND_FILE,
    M_STORE_FAILED,
    M_UNSUPPORTED,
    QT_TRANSLATE_NOOP,
    LedcastError,
    MediaError,
    NotFound,
)
from ledcast.core.jobs import CancelCheck, Cancelled, Progress, counted
from ledcast.core.plan import resolve_tasks
from ledcast.core.settings import speaker_settings
from ledcast.core.testhooks import checkpoint
from ledcast.core.text import clean_text, nfc
from ledcast.core.workspace import Workspace

M_SOURCE_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Cannot read the source file: {reason}")
M_NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "Cannot read the source file: it is not a regular file.")
M_FOLDER_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Cannot read this folder, its media were not added: {reason}")
M_EMPTY_PATH = QT_TRANSLATE_NOOP("Errors", "An empty file or folder name was given: name the files or folders to add.")
M_UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Unexpected error: {type}: {detail}")

# the logger keeps its old name: this code lived in library.py and log filters may name it
log = logging.getLogger("ledcast.core.library")

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
    restored: list[Duplicate] = field(default_factory=list)  # already a row, its lost file put back
    failed: list[Failure] = field(default_factory=list)
    unshared: list[Failure] = field(default_factory=list)  # in the library, not copied to the shared store
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def expand_paths(paths: Iterable[str | os.PathLike[str]], failed: list[Failure] | None = None) -> list[Path]:
    """Files as given; folders walked for supported media (others in a folder are
    skipped quietly, as the operator only meant the media in it). A sub-folder that
    cannot be read is added to `failed` (when given), never skipped without a word.
    An empty name is refused: it would otherwise mean the current folder."""
    raw_paths = [os.fspath(r) for r in paths]
    if any(not r.strip() for r in raw_paths):
        raise LedcastError(M_EMPTY_PATH)
    out: list[Path] = []
    for raw in raw_paths:
        p = Path(raw)
        if p.is_dir():

            def walk_error(exc: OSError, top: Path = p) -> None:
                if failed is not None:
                    where = Path(exc.filename) if exc.filename else top
                    failed.append(Failure(where, MediaError(M_FOLDER_UNREADABLE, reason=_reason(exc))))

            for root, dirs, files in os.walk(p, onerror=walk_error):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if not name.startswith(".") and probe_mod.kind_for(f):
                        out.append(f)
        else:
            out.append(p)
    return out


def _title_from_name(path: Path) -> str:
    return clean_text(path.stem.replace("_", " ")) or clean_text(path.name) or "?"


class _ReadError(Exception):
    """Reading the source failed (as opposed to writing into the workspace)."""


def _pump(inp: BinaryIO, out: BinaryIO, digest: Any, cancel: CancelCheck | None) -> None:
    while True:
        if cancel and cancel():
            raise Cancelled()
        try:
            chunk = inp.read(CHUNK)
        except OSError as exc:
            raise _ReadError(exc) from exc
        if not chunk:
            return
        digest.update(chunk)
        out.write(chunk)


def temp_file(folder: Path, suffix: str) -> Path:
    """A new empty file with a name no other process or thread can be given
    (`.incoming-…`, so a crash leaves a recognisable temporary)."""
    fd, name = tempfile.mkstemp(prefix=".incoming-", suffix=suffix, dir=folder)
    os.close(fd)
    return Path(name)


def _copy_and_hash(src: Path, dst_dir: Path, cancel: CancelCheck | None) -> tuple[Path, str]:
    """Copy `src` to a temp file in the store while hashing it (one read). A read
    failure blames the source, a write failure the workspace."""
    digest = hashlib.sha256()
    try:
        inp = open(src, "rb")
    except OSError as exc:
        raise MediaError(M_SOURCE_UNREADABLE, reason=_reason(exc)) from exc
    with inp:
        try:
            tmp = temp_file(dst_dir, src.suffix.lower())
        except OSError as exc:
            raise MediaError(M_STORE_FAILED, reason=_reason(exc)) from exc
        try:
            with open(tmp, "wb") as out:
                _pump(inp, out, digest, cancel)
                out.flush()
                os.fsync(out.fileno())
        except _ReadError as exc:
            tmp.unlink(missing_ok=True)
            cause = exc.args[0]
            raise MediaError(M_SOURCE_UNREADABLE, reason=_reason(cause)) from cause
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise MediaError(M_STORE_FAILED, reason=_reason(exc)) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    return tmp, digest.hexdigest()


def _check_source(path: Path) -> str:
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise MediaError(M_NOT_FOUND_FILE) from None
    except OSError as exc:  # e.g. a folder on the way that may not be entered
        raise MediaError(M_SOURCE_UNREADABLE, reason=_reason(exc)) from exc
    kind = probe_mod.kind_for(path)
    if kind is None:
        raise MediaError(
            M_UNSUPPORTED,
            ext=path.suffix or path.name,
            audio=", ".join(e[1:] for e in probe_mod.AUDIO_EXT),
            image=", ".join(e[1:] for e in probe_mod.IMAGE_EXT),
            video=", ".join(e[1:] for e in probe_mod.VIDEO_EXT),
        )
    if not stat.S_ISREG(st.st_mode):  # a folder, a pipe or a device with a media name
        raise MediaError(M_NOT_A_FILE)
    if st.st_size == 0:
        raise MediaError(M_EMPTY_FILE)
    return kind


def _row_by_sha(ws: Workspace, sha: str) -> Media | None:
    with ws.session() as s:
        return s.scalars(select(Media).where(Media.sha256 == sha)).first()


def stored_file_ok(ws: Workspace, media: Media) -> bool:
    """The stored file exists with the size recorded at import."""
    try:
        return ws.path(media.store_path).stat().st_size == media.size_bytes
    except OSError:
        return False


def make_thumbnail_for(ws: Workspace, media: Media, out: Path, cancel: CancelCheck | None = None) -> bool:
    """Draw an item's thumbnail again from its stored file (into `out`)."""
    stored = ws.media_file(media)
    if media.kind == "audio":
        return probe_mod.analyse_audio(stored, out, cancel, duration=media.duration_s)[0]
    info = probe_mod.Probe(kind=media.kind, duration_s=media.duration_s)
    return probe_mod.make_thumbnail(stored, info, out, cancel)


def restore_thumbnail(ws: Workspace, media: Media, cancel: CancelCheck | None = None) -> bool:
    """Regenerate a missing thumbnail (True when one was written)."""
    if not media.thumb_path or ws.path(media.thumb_path).is_file():
        return False
    tmp = temp_file(ws.thumbs_dir, ".png")
    try:
        if not make_thumbnail_for(ws, media, tmp, cancel):
            return False
        os.replace(tmp, ws.path(media.thumb_path))
        return True
    finally:
        tmp.unlink(missing_ok=True)


def _duplicate_or_restore(
    ws: Workspace, row: Media, src: Path, tmp: Path, cancel: CancelCheck | None, report: ImportReport
) -> None:
    """The content is already in the library: a plain duplicate, unless the row's
    stored file or thumbnail went missing — then this copy puts them back."""
    restored = False
    if not stored_file_ok(ws, row):
        final = ws.path(row.store_path)
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)  # same content (same sha256): safe even if another job restores it too
        except OSError as exc:
            raise MediaError(M_STORE_FAILED, reason=_reason(exc)) from exc
        restored = True
    restored = restore_thumbnail(ws, row, cancel) or restored
    (report.restored if restored else report.duplicates).append(Duplicate(src, row.id, row.title))
    _share(ws, row.store_path, src, report)  # importing again is how a failed copy is retried


def _share(ws: Workspace, store_path: str, src: Path, report: ImportReport) -> None:
    """Copy the stored file to the shared media store (when set) for the other PCs."""
    try:
        shared_store.publish(ws.root, store_path)
    except LedcastError as exc:
        report.unshared.append(Failure(src, exc))


def _analyse(
    ws: Workspace, tmp: Path, kind: str, thumb_tmp: Path, cancel: CancelCheck | None
) -> tuple[probe_mod.Probe, probe_mod.AudioAnalysis, bool]:
    if kind == "image":
        info = probe_mod.probe_image(tmp)
    else:
        info = probe_mod.probe_av(tmp, kind, cancel)
        probe_mod.check_decodes(tmp, info, cancel)
    sound = probe_mod.AudioAnalysis()
    if kind == "audio":  # waveform, loudness, silent ends and the decoded length from one decode
        sp = speaker_settings(ws)
        has_thumb, sound = probe_mod.analyse_audio(
            tmp,
            thumb_tmp,
            cancel,
            silence_db=sp.silence_threshold_db,
            silence_min_s=sp.silence_min_s,
            duration=info.duration_s,
        )
        if sound.decoded_s:  # a truncated file's header claims more than decodes
            info.duration_s = sound.decoded_s
    else:
        has_thumb = probe_mod.make_thumbnail(tmp, info, thumb_tmp, cancel)
        if kind == "video" and info.audio_codec:
            sound.lufs, sound.true_peak = probe_mod.measure_loudness(tmp, cancel)
    return info, sound, has_thumb


def _store(
    ws: Workspace,
    src: Path,
    sha: str,
    kind: str,
    tmp: Path,
    thumb_tmp: Path | None,
    info: probe_mod.Probe,
    sound: probe_mod.AudioAnalysis,
    task_codes: Sequence[str],
) -> int | None:
    """Insert the row and move the files into place inside that one transaction:
    the INSERT holds the write lock (and UNIQUE(sha256)) while the files move, so
    a committed row never lacks its file and a concurrent import of the same
    content waits, then fails as a duplicate (None) without touching our files.
    A content-addressed file is never deleted here: if the commit fails after
    the move, `media check` reports it as a file without a row."""
    rel = Path("media") / sha[:2] / f"{sha}{src.suffix.lower()}"
    final = ws.root / rel
    final.parent.mkdir(parents=True, exist_ok=True)
    thumb_rel = f"thumbs/{sha}.png" if thumb_tmp is not None else None
    try:
        with ws.session() as s:
            media = Media(
                sha256=sha,
                kind=kind,
                title=clean_text(info.title or "") or _title_from_name(src),
                original_name=nfc(src.name),
                original_path=nfc(str(src.resolve())),
                store_path=rel.as_posix(),
                thumb_path=thumb_rel,
                size_bytes=tmp.stat().st_size,
                container=info.container,
                video_codec=info.video_codec,
                audio_codec=info.audio_codec,
                width=info.width,
                height=info.height,
                fps=info.fps,
                sample_rate=info.sample_rate,
                channels=info.channels,
                duration_s=info.duration_s,
                loudness_lufs=sound.lufs,
                true_peak_dbtp=sound.true_peak,
                silence_head_s=sound.head_s,
                silence_tail_s=sound.tail_s,
                silence_threshold_db=sound.threshold_db,
            )
            media.tasks = resolve_tasks(s, list(task_codes))
            s.add(media)
            s.flush()
            checkpoint("import.before_store")
            os.replace(tmp, final)
            if thumb_tmp is not None and thumb_rel is not None:
                os.replace(thumb_tmp, ws.path(thumb_rel))
            checkpoint("import.before_commit")
            return media.id
    except IntegrityError:
        return None


def _import_one(
    ws: Workspace, src: Path, task_codes: Sequence[str], cancel: CancelCheck | None, report: ImportReport
) -> None:
    kind = _check_source(src)
    tmp, sha = _copy_and_hash(src, ws.media_dir, cancel)
    thumb_tmp: Path | None = None
    try:
        try:
            thumb_tmp = temp_file(ws.thumbs_dir, ".png")  # unique: two imports of one file never share it
        except OSError as exc:
            raise MediaError(M_STORE_FAILED, reason=_reason(exc)) from exc
        existing = _row_by_sha(ws, sha)
        if existing is not None:
            _duplicate_or_restore(ws, existing, src, tmp, cancel, report)
            return
        info, sound, has_thumb = _analyse(ws, tmp, kind, thumb_tmp, cancel)
        try:
            media_id = _store(ws, src, sha, kind, tmp, thumb_tmp if has_thumb else None, info, sound, task_codes)
        except OSError as exc:
            raise MediaError(M_STORE_FAILED, reason=_reason(exc)) from exc
        if media_id is not None:
            report.added.append(get_media(ws, media_id))
            _share(ws, report.added[-1].store_path, src, report)
            return
        # Same content committed meanwhile by another job: a duplicate (or a restore), not a failure.
        existing = _row_by_sha(ws, sha)
        if existing is None:
            raise RuntimeError("the row was refused, yet no row holds this content")
        _duplicate_or_restore(ws, existing, src, tmp, cancel, report)
    finally:  # only our own temporaries: the stored file and thumbnail are never removed here
        tmp.unlink(missing_ok=True)
        if thumb_tmp is not None:
            thumb_tmp.unlink(missing_ok=True)


def _unexpected(path: Path, exc: Exception) -> Failure:
    """A fault nobody foresaw: that file's failure, with the traceback in the log."""
    log.error("importing %s failed unexpectedly", path, exc_info=exc)
    return Failure(path, MediaError(M_UNEXPECTED, type=type(exc).__name__, detail=str(exc)[:200]))


def import_files(
    ws: Workspace,
    paths: Iterable[str | os.PathLike[str]],
    *,
    task_codes: Sequence[str] = (),
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportReport:
    """Import files and folders. Each file is committed on its own, so a cancel or a
    bad file never leaves anything half-written and never loses the good ones: any
    failure of one file (even an unexpected one) is that file's line in the report
    and the import goes on; only a cancel stops it: it raises Cancelled whose
    `partial` is the report of what was done (the files already added stay)."""
    report = ImportReport()
    files = expand_paths(paths, report.failed)
    if task_codes:  # an unknown task is the operator's typo: refuse before copying anything
        with ws.session() as s:
            resolve_tasks(s, list(task_codes))
    step = counted(progress, len(files))
    for i, f in enumerate(files):
        if cancel and cancel():
            report.cancelled = True
            break
        step(i, nfc(f.name))
        try:
            _import_one(ws, f, task_codes, cancel, report)
        except Cancelled:
            report.cancelled = True
            break
        except LedcastError as exc:
            report.failed.append(Failure(f, exc))
        except Exception as exc:  # noqa: BLE001 - logged with its traceback, reported, and the import goes on
            report.failed.append(_unexpected(f, exc))
    if report.cancelled:
        raise Cancelled(partial=report)
    step(len(files), "")
    return report


# used by the import to hand back the stored row; library re-exports it
def get_media(ws: Workspace, media_id: int) -> Media:
    with ws.session() as s:
        media = s.scalars(select(Media).options(selectinload(Media.tasks)).where(Media.id == media_id)).first()
    if media is None:
        raise NotFound(M_MEDIA_NOT_FOUND, id=media_id)
    return media
