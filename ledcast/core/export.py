"""Export packages for USB sticks and controllers: written into a hidden sibling
folder, read back and verified, described by manifest.json (size, SHA-256, MD5
per file), then renamed into place — so the destination is either the old
export or the complete new one, never half of either."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ledcast import __version__
from ledcast.core import durable, ffmpeg
from ledcast.core import playlist as pl
from ledcast.core.db.models import Export, Playlist
from ledcast.core.db.models import Plan as PlanRow
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.export_dest import (FORMAT, M_DEST_FILE, M_DEST_WRITE, OLD, PARTIAL, Owner, Recovery,  # noqa: F401
                                      checked_out, claim, is_complete, journal_path, lock_dest, read_manifest,
                                      recover_around, recover_folder, swap_into_place, write_error)
from ledcast.core.outlets import parse_size
from ledcast.core.probe import describe
from ledcast.core.render import screen, speaker
from ledcast.core.render.cache import SegmentCache
from ledcast.core.settings import SpeakerSettings, speaker_settings, workspace_uid
from ledcast.core.testhooks import checkpoint
from ledcast.core.text import ascii_slug, clean_text, safe_file_name
from ledcast.core.workspace import Workspace

FORMAT_VERSION = 1

M_NOT_SCREEN = QT_TRANSLATE_NOOP("Errors", "“{name}” is a loudspeaker playlist; export it for loudspeakers.")
M_NEEDS_SIZE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” has no screen outlet: give the pixel size to export for (e.g. --size 384x192).")
M_VERIFY_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The exported file “{name}” did not verify ({detail}); the export was not kept.")
M_BAD_FPS = QT_TRANSLATE_NOOP("Errors", "The frame rate must be between 1 and 120.")
M_BAD_FADE = QT_TRANSLATE_NOOP("Errors", "The fade must be a number of seconds, 0 (no fade) or more.")
M_FADE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "A fade of {fade} s is longer than half of the shortest item (“{title}”, {seconds} s), which would "
    "darken it from end to end; the longest fade possible here is {max} s.")

def segment_cache(ws: Workspace) -> SegmentCache:
    return SegmentCache(ws.root / "cache" / "segments")


# progress(done, total, label) with done/total in thousandths, like the import job
Progress = Callable[[int, int, str], None]


@dataclass
class ExportResult:
    export_id: int
    folder: Path
    files: list[dict[str, Any]]
    manifest: dict[str, Any]
    rendered_frames: int = 0
    cached_chunks: int = 0
    rendered_seconds: float = 0.0
    # what the operator should know: the destination got a suffixed name, an
    # interrupted earlier export was completed or undone (LedcastError: .message(translate))
    notes: list[LedcastError] = field(default_factory=list)
    renamed_from: Path | None = None  # the folder asked for, when it held something else


# --- destination -------------------------------------------------------------------


def _move_into_place(staging: Path, dest: Path) -> None:
    """The journalled two-rename swap (see export_dest): old or new, never nothing."""
    swap_into_place(staging, dest)


def _pending_dir(ws: Workspace) -> Path:
    """One small file per export under way, naming its destination: a killed
    export's destination is found again even before the history lists it."""
    return ws.root / "cache" / "pending-exports"


def _add_pending(ws: Workspace, dest: Path, token: str) -> Path:
    folder = _pending_dir(ws)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{token}.json"
    path.write_text(json.dumps({"dest": str(dest), "token": token}, ensure_ascii=False), encoding="utf-8")
    return path


def _pending(ws: Workspace) -> list[tuple[Path, Path, str]]:
    """(record, destination, token) of every export recorded as under way."""
    found = []
    try:
        records = sorted(_pending_dir(ws).glob("*.json"))
    except OSError:
        return found
    for path in records:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append((path, Path(data["dest"]), str(data["token"])))
        except (OSError, ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)
    return found


def record_recovered(ws: Workspace, folders: list[Path]) -> list[int]:
    """Put in the history the exports of this workspace that recovery completed
    (a kill came before the export could record itself); once each."""
    uid, ids = workspace_uid(ws), []
    for folder in folders:
        m = read_manifest(folder)
        if m is None or not is_complete(folder) or (m.get("workspace") or {}).get("id") != uid:
            continue
        out_path = str(folder.resolve())
        with ws.session() as sess:
            rows = sess.scalars(select(Export).where(Export.out_path == out_path)).all()
            if any((r.manifest or {}).get("token") == m.get("token") and (r.manifest or {}).get("created")
                   == m.get("created") for r in rows):
                continue
            playlist = m.get("playlist") or {}
            row = sess.get(Playlist, playlist.get("id")) if isinstance(playlist.get("id"), int) else None
            same = row is not None and (not playlist.get("created") or _created(row) == playlist.get("created"))
            files = m.get("files") or []
            exp = Export(playlist_id=row.id if same and row is not None else None,
                         playlist_name=clean_text(str(playlist.get("name", ""))), kind=str(m.get("kind", "")),
                         out_path=out_path, content_hash=str(playlist.get("content_hash", "")),
                         file_count=len(files), total_bytes=sum(int(f.get("size", 0)) for f in files), manifest=m)
            sess.add(exp)
            sess.flush()
            ids.append(exp.id)
    return ids


def recover_interrupted(ws: Workspace) -> list[LedcastError]:
    """Settle swaps a kill interrupted, and clear dead exports' leftovers, at the
    folders past exports went to and those of exports recorded as under way (the
    Export page and `export list` call this; each export also does it for its
    own destination). Completed exports of this workspace join the history.
    Cheap: one listing per distinct parent folder."""
    with ws.session() as sess:
        paths = set(sess.scalars(select(Export.out_path).distinct()))
    pending = _pending(ws)
    by_parent: dict[Path, set[str]] = {}
    for folder in [Path(raw) for raw in paths] + [dest for _, dest, _ in pending]:
        if folder.name:
            by_parent.setdefault(folder.parent, set()).add(folder.name)
    recovery = Recovery()
    for parent, names in sorted(by_parent.items()):
        recover_folder(parent, names, recovery)
    for record, dest, _token in pending:
        if _busy(dest):
            continue  # an export is writing there right now
        if os.path.lexists(dest) and not journal_path(dest).exists():
            recovery.completed.append(dest)  # killed after the swap, before it recorded itself
        record.unlink(missing_ok=True)
    record_recovered(ws, recovery.completed)
    return recovery.notes


def _busy(dest: Path) -> bool:
    """A live export holds the destination's lock (a folder gone or unwritable: nobody does)."""
    try:
        lock = lock_dest(dest) if dest.parent.is_dir() else None
    except OSError:
        return False
    if lock is None:
        return dest.parent.is_dir()
    lock.release()
    return False


def _created(p: Playlist) -> str | None:
    return p.created_at.isoformat() if p.created_at is not None else None


def owner(ws: Workspace, p: Playlist) -> Owner:
    """This playlist, as export manifests name it."""
    return Owner(workspace_uid(ws), p.id, p.name, _created(p))


# --- checksums and verification -------------------------------------------------------


def file_entry(path: Path) -> dict[str, Any]:
    """Read a written file back: its size, SHA-256 and MD5 (controllers use MD5)."""
    sha, md5, size = hashlib.sha256(), hashlib.md5(usedforsecurity=False), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            sha.update(chunk)
            md5.update(chunk)
            size += len(chunk)
    return {"name": path.name, "size": size, "sha256": sha.hexdigest(), "md5": md5.hexdigest()}


def verify_video(path: Path, s: screen.ScreenSettings, frames: int) -> None:
    """The written MP4 must be H.264 yuv420p at the encoded size, frame rate and length."""
    info, text = describe(path, "video")
    problems = []
    if info.video_codec != "h264":
        problems.append(f"codec {info.video_codec}")
    if (info.width, info.height) != s.enc_size:
        problems.append(f"size {info.width}x{info.height}")
    if "yuv420p" not in text:
        problems.append("pixel format")
    if info.fps is None or abs(info.fps - s.fps) > 0.01:
        problems.append(f"fps {info.fps}")
    expected = frames / s.fps
    if info.duration_s is None or abs(info.duration_s - expected) > max(2 / s.fps, 0.05):
        problems.append(f"duration {info.duration_s} ≠ {expected:.2f}")
    if problems:
        raise LedcastError(M_VERIFY_FAILED, name=path.name, detail=", ".join(problems))


# --- screen export ----------------------------------------------------------------------


def _item_file_stem(position: int, media) -> str:  # type: ignore[no-untyped-def]
    task = media.tasks[0].code.lower() if media.tasks else "x"
    return f"{position:03d}_{ascii_slug(task, 8)}_{ascii_slug(media.title)}"


def _file_name(taken: set[str], stem: str, ext: str) -> str:
    """A file name for the export folder: safe on every file system (no reserved
    device names, no trailing dots) and unique even where case does not count."""
    base = safe_file_name(stem)
    name, n = f"{base}{ext}", 1
    while name.casefold() in taken:
        n += 1
        name = f"{base}-{n}{ext}"
    taken.add(name.casefold())
    return name


RESERVED_NAMES = {"manifest.json", "playlist.m3u8", "schedule.json", "schedule.csv"}


def screen_settings(p: Playlist, size: str | None, fps: float | None, fit: str, fade_s: float,
                    keep_audio: bool) -> screen.ScreenSettings:
    if size:
        w, h = parse_size(size)
    elif p.outlet is not None and p.outlet.width and p.outlet.height:
        w, h = p.outlet.width, p.outlet.height
    else:
        raise LedcastError(M_NEEDS_SIZE, name=p.name)
    rate = fps if fps is not None else (p.outlet.fps if p.outlet is not None and p.outlet.fps else 25.0)
    if not 1 <= rate <= 120:
        raise LedcastError(M_BAD_FPS)
    fade = float(fade_s or 0.0)
    if not math.isfinite(fade) or fade < 0:
        raise LedcastError(M_BAD_FADE)
    s = screen.ScreenSettings(width=w, height=h, fps=float(rate), fit=fit, fade_s=fade, keep_audio=keep_audio)
    _check_fade(p, s)
    return replace(s, fade_s=round(fade, 3))  # fades count in thousandths of a second


def _check_fade(p: Playlist, s: screen.ScreenSettings) -> None:
    """A fade in and a fade out longer than half an item overlap and darken all
    of it: refused (not clamped), naming the longest fade that fits."""
    if s.fade_s <= 0 or not p.items:
        return
    lengths = [(screen.frames_for(pl.item_duration(i), s.fps) / s.fps, i.media.title) for i in p.items]
    seconds, title = min(lengths, key=lambda x: x[0])
    limit = seconds / 2
    longest = math.floor(limit * 1000 + 1e-6) / 1000  # fades count in thousandths of a second
    if round(s.fade_s, 3) > longest:
        raise LedcastError(M_FADE_TOO_LONG, fade=_seconds(s.fade_s, 7), title=clean_text(title),
                           seconds=_seconds(seconds), max=_seconds(longest))


def _seconds(value: float, digits: int = 3) -> str:
    """A number of seconds as written, with as many decimals as it needs (up to `digits`):
    a message never rounds 1.0004 to "1" beside a limit of 1."""
    return f"{value:.{digits}f}".rstrip("0").rstrip(".")


Written = list[tuple[Path, Callable[[Path], None] | None]]  # files, each with its check


@dataclass
class _Done:
    dest: Path
    export_id: int
    manifest: dict[str, Any]
    notes: list[LedcastError]
    renamed_from: Path | None


def _clean(value: Any) -> Any:
    """Every string a written file carries, as one clean line (no control characters)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _run_export(ws: Workspace, p: Playlist, out: Path, kind: str,
                build: Callable[[Path, Path, Callable[[float, str], None]], tuple[Written, dict[str, Any]]],
                progress: Progress | None, cancel: ffmpeg.CancelCheck | None,
                notes: list[LedcastError]) -> _Done:
    """The part every export shares: the destination is chosen and locked, a
    hidden staging folder beside it is filled by `build`, every file is synced,
    checked and checksummed, manifest.json is written, and only then the folder
    is swapped into place (journalled) and the export recorded. Anything going
    wrong leaves the destination as it was."""

    def report(fraction: float, label: str) -> None:
        if progress:
            progress(int(fraction * 1000), 1000, label)

    me = owner(ws, p)
    held = claim(out, me, ascii_slug(p.name))
    chosen, dest = held.dest, held.dest.folder
    record_recovered(ws, held.recovery.completed)
    notes = notes + held.recovery.notes + ([chosen.note()] if chosen.note() else [])
    staging: Path | None = None
    work_dir: Path | None = None
    placed = False
    token = uuid.uuid4().hex
    pending: Path | None = None
    try:
        pending = _add_pending(ws, dest, token)
        cache_root = ws.root / "cache"
        cache_root.mkdir(parents=True, exist_ok=True)
        work_dir = Path(tempfile.mkdtemp(prefix="export-", dir=cache_root))
        try:
            staging = dest.with_name(f".{dest.name}{PARTIAL}{uuid.uuid4().hex[:8]}")
            staging.mkdir()
        except OSError as exc:
            raise write_error(dest, exc) from exc
        checkpoint("export.staging")
        report(0.0, p.name)
        try:
            written, details = build(staging, work_dir, report)
            report(0.98, p.name)
            files = []
            for path, check in written:
                if cancel and cancel():
                    raise ffmpeg.Cancelled()
                durable.fsync_file(path, ignore_errors=True)
                if check is not None:
                    check(path)
                files.append(file_entry(path))
            manifest = _clean({
                "format": FORMAT, "format_version": FORMAT_VERSION, "kind": kind,
                "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "generator": f"ledcast {__version__}", "plan": _plan_codes(ws, p),
                "token": token, "workspace": {"id": me.workspace},
                "playlist": {"id": p.id, "name": p.name, "created": me.created, "content_hash": pl.content_hash(p)},
                "outlet": ({"name": p.outlet.name, "kind": p.outlet.kind, "width": p.outlet.width,
                            "height": p.outlet.height} if p.outlet else None),
                **details, "files": files,
            })
            (staging / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                                   encoding="utf-8")
            durable.fsync_file(staging / "manifest.json", ignore_errors=True)
            if cancel and cancel():
                raise ffmpeg.Cancelled()
            placing, staging = staging, None  # from here the swap journal owns it
            _move_into_place(placing, dest)
            placed = True
        except OSError as exc:
            raise write_error(dest, exc) from exc
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if work_dir is not None:
            shutil.rmtree(work_dir, ignore_errors=True)
        if placed:
            held.lock.release()
        else:
            interrupted = journal_path(dest).exists()  # a failed swap the next run settles
            if pending is not None and not interrupted:
                pending.unlink(missing_ok=True)
            if interrupted:
                held.lock.release()
            else:
                held.give_up()
    with ws.session() as sess:
        row = Export(playlist_id=p.id, playlist_name=clean_text(p.name), kind=kind, out_path=str(dest.resolve()),
                     content_hash=pl.content_hash(p), file_count=len(files),
                     total_bytes=sum(f["size"] for f in files), manifest=manifest)
        sess.add(row)
        sess.flush()
        export_id = row.id
    if pending is not None:
        pending.unlink(missing_ok=True)
    from ledcast.core.render.cache import prune_after_export  # the segment cache stays under its limit

    prune_after_export(ws)  # after the export: the segments it used are still marked in use
    report(1.0, p.name)
    return _Done(dest, export_id, manifest, notes, chosen.taken)


def _exportable(ws: Workspace, ref: str | int, out: str | os.PathLike[str], kind: str, wrong_kind: str
                ) -> tuple[Path, list[LedcastError], Playlist]:
    """The destination, with its interrupted swaps settled first (even an export
    refused below leaves it whole), and the playlist, of `kind` and not empty."""
    out_path = checked_out(out)
    recovery = Recovery()
    recover_around(out_path, recovery)
    record_recovered(ws, recovery.completed)
    notes = recovery.notes
    p = pl.get_playlist(ws, ref)
    if p.kind != kind:
        raise LedcastError(wrong_kind, name=p.name)
    if not p.items:
        raise LedcastError(screen.M_EMPTY_PLAYLIST, name=p.name)
    return out_path, notes, p


def _plan_codes(ws: Workspace, p: Playlist) -> list[str]:
    plan_ids = {t.plan_id for i in p.items for t in i.media.tasks}
    if not plan_ids:
        return []
    with ws.session() as sess:
        return sorted(sess.scalars(select(PlanRow.code).where(PlanRow.id.in_(plan_ids))))


def _m3u(entries: list[tuple[float, str, str]]) -> str:
    """An extended M3U: a title with a newline would start a line of its own."""
    lines = ["#EXTM3U"]
    for seconds, title, name in entries:
        lines += [f"#EXTINF:{seconds:.3f},{clean_text(title)}", clean_text(name)]
    return "\n".join(lines) + "\n"


def export_screen(ws: Workspace, ref: str | int, out: str | os.PathLike[str], *, size: str | None = None,
                  fps: float | None = None, fit: str = "fit", fade_s: float = 0.0, keep_audio: bool = True,
                  per_item: bool = False, progress: Progress | None = None,
                  cancel: ffmpeg.CancelCheck | None = None) -> ExportResult:
    """Export a screen playlist: one MP4 at the exact size (or numbered files with
    `per_item`), with playlist.m3u8 and manifest.json, verified, then recorded."""
    out_path, notes, p = _exportable(ws, ref, out, "screen", M_NOT_SCREEN)
    s = screen_settings(p, size, fps, fit, fade_s, keep_audio)
    cache = segment_cache(ws)
    stats = {"frames": 0, "cached": 0}

    def build(staging: Path, work_dir: Path, report: Callable[[float, str], None]) -> tuple[Written, dict]:  # type: ignore[type-arg]
        planned = screen.plan_items(ws, list(p.items), s, cache, work_dir)
        # numbered files carry stills as pictures: only clips need video segments then
        videos = [x for x in planned if not per_item or x.media.kind not in pl.STILL_KINDS]
        stats["cached"] = sum(1 for x in videos for c in x.chunks if c.path is not None)
        stats["frames"] = screen.frames_to_render(videos)
        screen.render_chunks(videos, cache, lambda f, label: report(0.9 * f, label), cancel)
        written: Written = []
        entries = []
        taken = set(RESERVED_NAMES)
        if per_item:
            for i, item in enumerate(planned, start=1):
                stem = _item_file_stem(i, item.media)
                if item.media.kind in pl.STILL_KINDS:
                    target = staging / _file_name(taken, stem, ".jpg")
                    frame = screen.still_image(ws, item.media, s).crop((0, 0, s.width, s.height))
                    frame.save(target, "JPEG", quality=92, subsampling=0)
                    written.append((target, None))
                else:
                    target = staging / _file_name(taken, stem, ".mp4")
                    screen.assemble(ws, [item], s, target, work_dir, cache, cancel)
                    written.append((target, lambda path, n=item.frames: verify_video(path, s, n)))
                entries.append((item.frames / s.fps, item.media.title, target.name))
                report(0.9 + 0.08 * i / len(planned), item.media.title)
        else:
            target = staging / _file_name(taken, ascii_slug(p.name), ".mp4")
            screen.assemble(ws, planned, s, target, work_dir, cache, cancel)
            n = screen.total_frames(planned)
            written.append((target, lambda path: verify_video(path, s, n)))
            entries.append((n / s.fps, p.name, target.name))
        (staging / "playlist.m3u8").write_text(_m3u(entries), encoding="utf-8")
        written.append((staging / "playlist.m3u8", None))
        details = {
            "video": {"codec": "h264", "pix_fmt": "yuv420p", "width": s.enc_size[0], "height": s.enc_size[1],
                      "content_width": s.width, "content_height": s.height, "padded": s.padded,
                      "fps": s.fps, "fit": s.fit, "fade_s": s.fade_s, "audio": screen.needs_audio(planned, s)},
            "per_item": per_item,
            "duration_s": round(screen.total_frames(planned) / s.fps, 3),
            "items": [{"position": i, "title": x.media.title, "kind": x.media.kind,
                       "duration_s": round(x.frames / s.fps, 3), "tasks": [t.code for t in x.media.tasks],
                       "media_sha256": x.media.sha256} for i, x in enumerate(planned, start=1)],
        }
        return written, details

    done = _run_export(ws, p, out_path, "screen", build, progress, cancel, notes)
    return ExportResult(done.export_id, done.dest, done.manifest["files"], done.manifest,
                        rendered_frames=stats["frames"], cached_chunks=stats["cached"], notes=done.notes,
                        renamed_from=done.renamed_from)


def list_exports(ws: Workspace) -> list[Export]:
    with ws.session() as sess:
        return list(sess.scalars(select(Export).order_by(Export.created_at.desc(), Export.id.desc())))


# --- loudspeaker export ------------------------------------------------------------------

M_NOT_SPEAKER = QT_TRANSLATE_NOOP("Errors", "“{name}” is a screen playlist; export it for screens.")


def verify_audio(path: Path, sp: SpeakerSettings, seconds: float, pieces: int) -> None:
    """The written MP3 must be MP3 at 44.1 kHz with the set channels and length."""
    info, _text = describe(path, "audio")
    problems = []
    if info.audio_codec != "mp3":
        problems.append(f"codec {info.audio_codec}")
    if info.sample_rate != speaker.SAMPLE_RATE:
        problems.append(f"{info.sample_rate} Hz")
    if info.channels != sp.channels:
        problems.append(f"{info.channels} channel(s)")
    # each joined MP3 piece may carry up to ~2 frames of encoder padding
    if info.duration_s is None or abs(info.duration_s - seconds) > 0.1 + 0.06 * pieces:
        problems.append(f"duration {info.duration_s} ≠ {seconds:.2f}")
    if problems:
        raise LedcastError(M_VERIFY_FAILED, name=path.name, detail=", ".join(problems))


def schedule_rows(p: Playlist, files: list[str], seconds: float) -> list[dict[str, Any]]:
    """Every scheduled airing of the playlist (all its schedule rules, whole date
    ranges), in start order. Expanded lazily and capped at schedule.MAX_AIRINGS
    (what add_schedule allows), so a rule stored before the limits cannot blow up."""
    from ledcast.core.agenda import occurrences_of
    from ledcast.core.dates import MAX_DATE, MIN_DATE

    rows: list[dict[str, Any]] = []
    if not p.schedules:
        return rows
    tasks = ",".join(t.code for t in pl.covered_tasks(p))
    for occ in occurrences_of(p, MIN_DATE, MAX_DATE):
        rows.append({"date": occ.start.date().isoformat(), "time": occ.start.strftime("%H:%M:%S"),
                     "file": files[0] if len(files) == 1 else "playlist.m3u8",
                     "duration_s": round(seconds, 3), "priority": occ.priority, "tasks": tasks,
                     "repeat": occ.repeat_index + 1})
    return rows


def _write_schedule(staging: Path, p: Playlist, rows: list[dict[str, Any]]) -> list[Path]:
    import csv

    as_json = staging / "schedule.json"
    rows = _clean(rows)  # a task code or file name never breaks a CSV line or a JSON reader's display
    as_json.write_text(json.dumps({"playlist": clean_text(p.name), "timezone": "Asia/Ho_Chi_Minh (UTC+07:00)",
                                   "airings": rows}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    as_csv = staging / "schedule.csv"
    with open(as_csv, "w", newline="", encoding="utf-8-sig") as fh:  # the BOM lets Excel read Vietnamese
        writer = csv.writer(fh)
        writer.writerow(["date", "time", "file", "duration_s", "priority", "tasks", "repeat"])
        for r in rows:
            writer.writerow([r["date"], r["time"], r["file"], r["duration_s"], r["priority"], r["tasks"],
                             r["repeat"]])
    return [as_json, as_csv]


def export_speaker(ws: Workspace, ref: str | int, out: str | os.PathLike[str], *, lufs: float | None = None,
                   per_item: bool = False, progress: Progress | None = None,
                   cancel: ffmpeg.CancelCheck | None = None) -> ExportResult:
    """Export a loudspeaker playlist: one loudness-normalised MP3 programme (or
    numbered MP3s with `per_item`), playlist.m3u8, schedule.json/.csv and
    manifest.json, verified, then recorded."""
    out_path, notes, p = _exportable(ws, ref, out, "speaker", M_NOT_SPEAKER)
    sp = speaker_settings(ws)
    if lufs is not None:
        sp = replace(sp, target_lufs=lufs)
        sp.validate()
    cache = segment_cache(ws)
    stats = {"seconds": 0.0, "cached": 0}

    def build(staging: Path, work_dir: Path, report: Callable[[float, str], None]) -> tuple[Written, dict]:  # type: ignore[type-arg]
        pieces = speaker.plan_programme(ws, list(p.items), sp, cache, with_gaps=not per_item)
        stats["cached"] = sum(1 for x in pieces if x.path is not None)
        stats["seconds"] = speaker.seconds_to_render(pieces)
        speaker.render_pieces(pieces, cache, lambda f, label: report(0.9 * f, label), cancel)
        written: Written = []
        entries = []
        taken = set(RESERVED_NAMES)
        if per_item:
            numbered = [x for x in pieces if x.role != "gap"]
            for i, piece in enumerate(numbered, start=1):
                assert piece.media is not None and piece.path is not None
                target = staging / _file_name(taken, _item_file_stem(i, piece.media), ".mp3")
                speaker.assemble([piece], target, work_dir, cancel)
                written.append((target, lambda path, x=piece: verify_audio(path, sp, x.seconds, 1)))
                entries.append((piece.seconds, piece.title, target.name))
            total = sum(x.seconds for x in numbered)
        else:
            target = staging / _file_name(taken, ascii_slug(p.name), ".mp3")
            speaker.assemble(pieces, target, work_dir, cancel)
            total = sum(x.seconds for x in pieces)
            written.append((target, lambda path: verify_audio(path, sp, total, len(pieces))))
            entries.append((total, p.name, target.name))
        (staging / "playlist.m3u8").write_text(_m3u(entries), encoding="utf-8")
        written.append((staging / "playlist.m3u8", None))
        rows = schedule_rows(p, [e[2] for e in entries], total)
        written += [(path, None) for path in _write_schedule(staging, p, rows)]
        details = {
            "audio": {"codec": "mp3", "bitrate_kbps": sp.bitrate_kbps, "sample_rate": speaker.SAMPLE_RATE,
                      "channels": sp.channels, "target_lufs": sp.target_lufs, "true_peak_dbtp": sp.true_peak_dbtp,
                      "gap_s": 0 if per_item else sp.gap_s,
                      "silence_threshold_db": sp.silence_threshold_db},
            "per_item": per_item,
            "duration_s": round(total, 3),
            "items": [{"position": i, "role": x.role, "title": x.title, "duration_s": round(x.seconds, 3),
                       "gain_db": round(x.gain_db, 2), "limited": x.limited,
                       "tasks": [t.code for t in x.media.tasks] if x.media else [],
                       "media_sha256": x.media.sha256 if x.media else None}
                      for i, x in enumerate((y for y in pieces if y.role != "gap"), start=1)],
            "airings": len(rows),
        }
        return written, details

    done = _run_export(ws, p, out_path, "speaker", build, progress, cancel, notes)
    return ExportResult(done.export_id, done.dest, done.manifest["files"], done.manifest, rendered_frames=0,
                        cached_chunks=stats["cached"], rendered_seconds=stats["seconds"], notes=done.notes,
                        renamed_from=done.renamed_from)
