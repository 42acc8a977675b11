"""The loudspeaker export: one loudness-normalised MP3 programme (or numbered MP3s),
with playlist.m3u8 and the schedule files."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ledcast.core import jobs
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.export.files import StagedFiles, Written, item_file_stem, start_offsets
from ledcast.core.export.folder import M_VERIFY_FAILED, Progress, exportable, run_cached_export, segment_cache
from ledcast.core.export.result import ExportResult
from ledcast.core.export.schedule_files import schedule_rows, write_schedule
from ledcast.core.probe import describe
from ledcast.core.render import speaker  # the renderer (absolute: this module is export.speaker)
from ledcast.core.settings import SpeakerSettings, speaker_settings
from ledcast.core.text import ascii_slug
from ledcast.core.workspace import Workspace

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


def export_speaker(
    ws: Workspace,
    ref: str | int,
    out: str | os.PathLike[str],
    *,
    lufs: float | None = None,
    per_item: bool = False,
    replace: bool = False,
    allow_unapproved: bool = False,
    progress: Progress | None = None,
    cancel: jobs.CancelCheck | None = None,
) -> ExportResult:
    """Export a loudspeaker playlist: one loudness-normalised MP3 programme (or
    numbered MP3s with `per_item`), playlist.m3u8, schedule.json/.csv and
    manifest.json, verified, then recorded. Refused before rendering like
    export_screen: items not approved, an earlier export there without `replace`."""
    out_path, notes, p = exportable(ws, ref, out, "speaker", M_NOT_SPEAKER, allow_unapproved)
    sp = speaker_settings(ws)
    if lufs is not None:
        sp = dataclasses.replace(sp, target_lufs=lufs)
        sp.validate()
    cache = segment_cache(ws)
    stats = {"seconds": 0.0, "cached": 0}

    def build(staging: Path, work_dir: Path, report: Callable[[float, str], None]) -> tuple[Written, dict[str, Any]]:
        pieces = speaker.plan_programme(
            ws, list(p.items), sp, cache, with_gaps=not per_item, progress=jobs.scaled(report, 0.0, 0.1), cancel=cancel
        )
        stats["cached"] = sum(1 for x in pieces if x.path is not None)
        stats["seconds"] = speaker.seconds_to_render(pieces)
        speaker.render_pieces(pieces, cache, jobs.scaled(report, 0.1, 0.8), cancel)
        files = StagedFiles(staging)
        if per_item:
            numbered = [x for x in pieces if x.role != "gap"]
            for i, piece in enumerate(numbered, start=1):
                assert piece.media is not None and piece.path is not None
                target = files.target(item_file_stem(i, piece.media), ".mp3")
                speaker.assemble([piece], target, work_dir, cancel)
                files.add(
                    target, lambda path, x=piece: verify_audio(path, sp, x.seconds, 1), piece.seconds, piece.title
                )
            total = sum(x.seconds for x in numbered)
        else:
            target = files.target(ascii_slug(p.name), ".mp3")
            speaker.assemble(pieces, target, work_dir, cancel)
            total = sum(x.seconds for x in pieces)
            files.add(target, lambda path: verify_audio(path, sp, total, len(pieces)), total, p.name)
        files.write_playlist()
        starts = start_offsets([x.seconds for x in pieces])  # within the programme: an airing's item start times
        rows = schedule_rows(p, [e[2] for e in files.entries], total)
        files.written += [(path, None) for path in write_schedule(staging, p, rows)]
        details = {
            "audio": {
                "codec": "mp3",
                "bitrate_kbps": sp.bitrate_kbps,
                "sample_rate": speaker.SAMPLE_RATE,
                "channels": sp.channels,
                "target_lufs": sp.target_lufs,
                "true_peak_dbtp": sp.true_peak_dbtp,
                "gap_s": 0 if per_item else sp.gap_s,
                "silence_threshold_db": sp.silence_threshold_db,
            },
            "per_item": per_item,
            "duration_s": round(total, 3),
            "items": [
                {
                    "position": i,
                    "role": x.role,
                    "title": x.title,
                    "duration_s": round(x.seconds, 3),
                    "gain_db": round(x.gain_db, 2),
                    "limited": x.limited,
                    "tasks": [t.code for t in x.media.tasks] if x.media else [],
                    "media_sha256": x.media.sha256 if x.media else None,
                    "offset_s": round(at, 3),
                }
                for i, (x, at) in enumerate(((y, t) for y, t in zip(pieces, starts) if y.role != "gap"), start=1)
            ],
            "airings": len(rows),
        }
        return files.written, details

    return run_cached_export(
        cache,
        lambda: {"rendered_frames": 0, "cached_chunks": int(stats["cached"]), "rendered_seconds": stats["seconds"]},
        ws,
        p,
        out_path,
        "speaker",
        build,
        progress,
        cancel,
        notes,
        replace=replace,
    )
