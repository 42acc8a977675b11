"""The screen export: one MP4 at the outlet's exact size (or numbered files), with playlist.m3u8."""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from ledcast.core import jobs
from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist
from ledcast.core.errors import M_BAD_FPS, QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.export.files import StagedFiles, Written, item_file_stem, start_offsets
from ledcast.core.export.folder import M_VERIFY_FAILED, Progress, exportable, run_cached_export, segment_cache
from ledcast.core.export.result import ExportResult
from ledcast.core.export.schedule_files import schedule_rows, write_schedule
from ledcast.core.limits import DEFAULT_FPS, MAX_FPS, MIN_FPS, Size
from ledcast.core.probe import describe
from ledcast.core.render import screen  # the renderer (absolute: this module is export.screen)
from ledcast.core.text import ascii_slug, clean_text
from ledcast.core.workspace import Workspace

M_NOT_SCREEN = QT_TRANSLATE_NOOP("Errors", "“{name}” is a loudspeaker playlist; export it for loudspeakers.")
M_NEEDS_SIZE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” has no screen outlet: give the pixel size to export for (e.g. --size 384x192)."
)
M_BAD_FADE = QT_TRANSLATE_NOOP("Errors", "The fade must be a number of seconds, 0 (no fade) or more.")
M_FADE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "A fade of {fade} s is longer than half of the shortest item (“{title}”, {seconds} s), which would "
    "darken it from end to end; the longest fade possible here is {max} s.",
)


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


def screen_settings(
    p: Playlist, size: Size | None, fps: float | None, fit: str, fade_s: float, keep_audio: bool
) -> screen.ScreenSettings:
    if size:
        w, h = Size(*size).checked()
    elif p.outlet is not None and p.outlet.width and p.outlet.height:
        w, h = p.outlet.width, p.outlet.height
    else:
        raise LedcastError(M_NEEDS_SIZE, name=p.name)
    rate = fps if fps is not None else (p.outlet.fps if p.outlet is not None and p.outlet.fps else DEFAULT_FPS)
    if not MIN_FPS <= rate <= MAX_FPS:
        raise LedcastError(M_BAD_FPS)
    fade = float(fade_s or 0.0)
    if not math.isfinite(fade) or fade < 0:
        raise LedcastError(M_BAD_FADE)
    s = screen.ScreenSettings(width=w, height=h, fps=float(rate), fit=fit, fade_s=fade, keep_audio=keep_audio)
    _check_fade(p, s)
    return dataclasses.replace(s, fade_s=round(fade, 3))  # fades count in thousandths of a second


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
        raise LedcastError(
            M_FADE_TOO_LONG,
            fade=_seconds(s.fade_s, 7),
            title=clean_text(title),
            seconds=_seconds(seconds),
            max=_seconds(longest),
        )


def _seconds(value: float, digits: int = 3) -> str:
    """A number of seconds as written, with as many decimals as it needs (up to `digits`):
    a message never rounds 1.0004 to "1" beside a limit of 1."""
    return f"{value:.{digits}f}".rstrip("0").rstrip(".")


def export_screen(
    ws: Workspace,
    ref: str | int,
    out: str | os.PathLike[str],
    *,
    size: Size | None = None,
    fps: float | None = None,
    fit: str = "fit",
    fade_s: float = 0.0,
    keep_audio: bool = True,
    per_item: bool = False,
    replace: bool = False,
    allow_unapproved: bool = False,
    progress: Progress | None = None,
    cancel: jobs.CancelCheck | None = None,
) -> ExportResult:
    """Export a screen playlist: one MP4 at the exact size (or numbered files with
    `per_item`), with playlist.m3u8 and manifest.json (and the schedule files when
    the playlist is scheduled), verified, then recorded.
    Refused before rendering: items not approved (see core.approval;
    `allow_unapproved` only with the setting off) and an earlier export of the
    playlist in the folder unless `replace` (ReplaceNeeded)."""
    out_path, notes, p = exportable(ws, ref, out, "screen", M_NOT_SCREEN, allow_unapproved)
    s = screen_settings(p, size, fps, fit, fade_s, keep_audio)
    cache = segment_cache(ws)
    stats = {"frames": 0, "cached": 0}

    def build(staging: Path, work_dir: Path, report: Callable[[float, str], None]) -> tuple[Written, dict[str, Any]]:
        planned = screen.plan_items(ws, list(p.items), s, cache, work_dir)
        # numbered files carry stills as pictures: only clips need video segments then
        videos = [x for x in planned if not per_item or x.media.kind not in pl.STILL_KINDS]
        stats["cached"] = sum(1 for x in videos for c in x.chunks if c.path is not None)
        stats["frames"] = screen.frames_to_render(videos)
        screen.render_chunks(videos, cache, jobs.scaled(report, 0.0, 0.9), cancel)
        files = StagedFiles(staging)
        if per_item:
            for i, item in enumerate(planned, start=1):
                stem = item_file_stem(i, item.media)
                check: Callable[[Path], None] | None = None
                if item.media.kind in pl.STILL_KINDS:
                    target = files.target(stem, ".jpg")
                    frame = screen.still_image(ws, item.media, s).crop((0, 0, s.width, s.height))
                    frame.save(target, "JPEG", quality=92, subsampling=0)
                else:
                    target = files.target(stem, ".mp4")
                    screen.assemble(ws, [item], s, target, work_dir, cache, cancel)
                    check = partial(verify_video, s=s, frames=item.frames)
                files.add(target, check, item.frames / s.fps, item.media.title)
                report(0.9 + 0.08 * i / len(planned), item.media.title)
        else:
            target = files.target(ascii_slug(p.name), ".mp4")
            screen.assemble(ws, planned, s, target, work_dir, cache, cancel)
            n = screen.total_frames(planned)
            files.add(target, lambda path: verify_video(path, s, n), n / s.fps, p.name)
        files.write_playlist()
        rows = []
        if p.schedules:  # when the loop plays (a time window: its passes) for the board's player
            rows = schedule_rows(p, [e[2] for e in files.entries], sum(e[0] for e in files.entries))
            files.written += [(path, None) for path in write_schedule(staging, p, rows)]
        details = {
            "video": {
                "codec": "h264",
                "pix_fmt": "yuv420p",
                "width": s.enc_size[0],
                "height": s.enc_size[1],
                "content_width": s.width,
                "content_height": s.height,
                "padded": s.padded,
                "fps": s.fps,
                "fit": s.fit,
                "fade_s": s.fade_s,
                "audio": screen.needs_audio(planned, s),
            },
            "per_item": per_item,
            "duration_s": round(screen.total_frames(planned) / s.fps, 3),
            "items": [
                {
                    "position": i,
                    "title": x.media.title,
                    "kind": x.media.kind,
                    "duration_s": round(x.frames / s.fps, 3),
                    "tasks": [t.code for t in x.media.tasks],
                    "media_sha256": x.media.sha256,
                    "offset_s": round(at, 3),
                }
                for i, (x, at) in enumerate(zip(planned, start_offsets([y.frames / s.fps for y in planned])), start=1)
            ],
            "airings": len(rows),
        }
        return files.written, details

    return run_cached_export(
        cache,
        lambda: {"rendered_frames": stats["frames"], "cached_chunks": stats["cached"]},
        ws,
        p,
        out_path,
        "screen",
        build,
        progress,
        cancel,
        notes,
        replace=replace,
    )
