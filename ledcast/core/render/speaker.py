"""Render a loudspeaker playlist to MP3: each item trimmed of its silent ends,
brought to the loudness target (gain from the loudness measured at import,
with a limiter only where the gain would break the true-peak ceiling) and
encoded once into the segment cache; programmes are joined without
re-encoding, with cached silent gaps and optional jingles between items."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ledcast.core import ffmpeg, jobs, library
from ledcast.core import playlist as pl
from ledcast.core.db.models import Media
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.render.cache import SegmentCache
from ledcast.core.settings import SpeakerSettings
from ledcast.core.workspace import Workspace

ENCODER_VERSION = 3
SAMPLE_RATE = 44100
LIMIT_HEADROOM_DB = 2.0  # MP3 encoding adds up to ~1 dB of inter-sample overshoot: keep a margin

M_AUDIO_FAILED = QT_TRANSLATE_NOOP("Errors", "“{title}” could not be prepared for the loudspeakers: {detail}")
M_NO_LOUDNESS = QT_TRANSLATE_NOOP("Errors", "“{title}” has no measurable sound (silent?).")

Progress = jobs.Progress


@dataclass
class Piece:
    """One stretch of the programme: an item, a jingle or a gap."""

    title: str
    seconds: float
    key: str
    build: Callable[[Path, jobs.CancelCheck | None], None]
    media: Media | None = None
    role: str = "item"  # item | intro | outro | gap
    gain_db: float = 0.0
    limited: bool = False
    path: Path | None = None


def _encode_args(sp: SpeakerSettings) -> list[str]:
    return [
        "-c:a",
        "libmp3lame",
        "-b:a",
        f"{sp.bitrate_kbps}k",
        "-ar",
        str(SAMPLE_RATE),
        "-ac",
        str(sp.channels),
        "-write_xing",
        "0",
        "-id3v2_version",
        "0",
    ]


def gain_for(media: Media, sp: SpeakerSettings) -> tuple[float, bool]:
    """The gain to the target and whether a limiter must hold the true peak."""
    if media.loudness_lufs is None or media.loudness_lufs <= -69.0:
        raise LedcastError(M_NO_LOUDNESS, title=media.title)
    gain = sp.target_lufs - media.loudness_lufs
    peak = media.true_peak_dbtp if media.true_peak_dbtp is not None else 0.0
    if (media.channels or 1) > sp.channels:
        # folding near-identical channels (most speech recordings) into one adds up to 3 dB of peak
        peak += 3.01
    return gain, peak + gain > sp.true_peak_dbtp - LIMIT_HEADROOM_DB


def _piece(
    ws: Workspace,
    media: Media,
    trim_in: float | None,
    trim_out: float | None,
    sp: SpeakerSettings,
    cache: SegmentCache,
    role: str,
    cancel: jobs.CancelCheck | None = None,
    progress: jobs.Progress | None = None,
) -> Piece:
    media = library.ensure_loudness(ws, media, cancel, progress)
    start, end = pl.aired_span(media, trim_in, trim_out)  # the playlist counts with the same span
    gain, limited = gain_for(media, sp)
    ceiling = 10 ** ((sp.true_peak_dbtp - LIMIT_HEADROOM_DB) / 20)
    spec = {
        "sha": media.sha256,
        "start": round(start, 3),
        "end": round(end, 3),
        "gain": round(gain, 2),
        "limit": limited and round(ceiling, 4),
        "br": sp.bitrate_kbps,
        "ch": sp.channels,
        "enc": ENCODER_VERSION,
    }
    src = ws.media_file(media)

    def build(out: Path, cancel: jobs.CancelCheck | None) -> None:
        # mix to the output channels first, so the limiter sees the peaks that will air
        layout = "mono" if sp.channels == 1 else "stereo"
        af = (
            f"atrim=start={start:.3f}:end={end:.3f},asetpts=PTS-STARTPTS,aformat=channel_layouts={layout},"
            f"volume={gain:.2f}dB"
        )
        if limited:  # 2x oversampling lets the sample-peak limiter hold inter-sample peaks too
            af += f",aresample={SAMPLE_RATE * 2},alimiter=limit={ceiling:.4f}:attack=1:release=50:level=false"
        af += f",aresample={SAMPLE_RATE}"
        res = ffmpeg.run(
            [
                "-v",
                "error",
                "-xerror",
                "-y",
                "-i",
                str(src),
                "-map",
                "0:a:0",
                "-af",
                af,
                *_encode_args(sp),
                "-f",
                "mp3",
                str(out),
            ],
            cancel=cancel,
        )
        if res.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            raise LedcastError(M_AUDIO_FAILED, title=media.title, detail=ffmpeg.error_detail(res.stderr))

    return Piece(media.title, end - start, SegmentCache.key(spec), build, media, role, gain, limited)


def _gap_piece(seconds: float, sp: SpeakerSettings) -> Piece:
    spec = {"gap": round(seconds, 3), "br": sp.bitrate_kbps, "ch": sp.channels, "enc": ENCODER_VERSION}

    def build(out: Path, cancel: jobs.CancelCheck | None) -> None:
        layout = "mono" if sp.channels == 1 else "stereo"
        res = ffmpeg.run(
            [
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"anullsrc=r={SAMPLE_RATE}:cl={layout}",
                "-t",
                f"{seconds:.3f}",
                *_encode_args(sp),
                "-f",
                "mp3",
                str(out),
            ],
            cancel=cancel,
        )
        if res.returncode != 0:
            raise LedcastError(M_AUDIO_FAILED, title="gap", detail=ffmpeg.error_detail(res.stderr))

    return Piece("", seconds, SegmentCache.key(spec), build, None, "gap")


def plan_programme(
    ws: Workspace,
    items,
    sp: SpeakerSettings,
    cache: SegmentCache,  # type: ignore[no-untyped-def]
    *,
    with_gaps: bool = True,
    progress: Progress | None = None,
    cancel: jobs.CancelCheck | None = None,
) -> list[Piece]:
    """Intro, items separated by gaps, outro — each piece found in the cache or to
    build. An item measured here for the first time (its loudness) reports to
    `progress` and stops at a cancel."""
    pieces: list[Piece] = []
    jingle = {}
    for role, mid in (("intro", sp.intro_media_id), ("outro", sp.outro_media_id)):
        if mid:
            try:
                jingle[role] = library.get_media(ws, mid)
            except LedcastError:
                jingle[role] = None  # a removed jingle is skipped, not fatal
    count = len(items) + sum(1 for m in jingle.values() if m is not None)

    def _measured(media: Media, trim_in: float | None, trim_out: float | None, role: str) -> Piece:
        jobs.check(cancel)
        one = jobs.scaled(progress, sum(1 for x in pieces if x.role != "gap") / max(count, 1), 1 / max(count, 1))
        return _piece(ws, media, trim_in, trim_out, sp, cache, role, cancel, one)

    if jingle.get("intro") is not None:
        pieces.append(_measured(jingle["intro"], None, None, "intro"))
    for i, item in enumerate(items):
        if with_gaps and sp.gap_s > 0 and (i > 0 or pieces):
            pieces.append(_gap_piece(sp.gap_s, sp))
        refused = pl.check_item("speaker", item.media)
        if refused is not None:
            raise refused
        pieces.append(_measured(item.media, item.trim_in_s, item.trim_out_s, "item"))
    if jingle.get("outro") is not None:
        if with_gaps and sp.gap_s > 0 and pieces:
            pieces.append(_gap_piece(sp.gap_s, sp))
        pieces.append(_measured(jingle["outro"], None, None, "outro"))
    for p in pieces:
        p.path = cache.get(p.key, ".mp3")
    return pieces


def seconds_to_render(pieces: list[Piece]) -> float:
    """Seconds of sound to encode: each distinct missing piece once (gaps repeat)."""
    return sum({p.key: p.seconds for p in pieces if p.path is None}.values())


def render_pieces(
    pieces: list[Piece],
    cache: SegmentCache,
    progress: Progress | None,
    cancel: jobs.CancelCheck | None,
    workers: int | None = None,
) -> None:
    """Encode the pieces the cache lacks — each distinct piece once, several at a
    time (LAME encodes on one core, so pieces in parallel use the others)."""
    import os
    import threading
    from concurrent.futures import ThreadPoolExecutor

    todo: dict[str, Piece] = {}
    for p in pieces:
        if p.path is None:
            todo.setdefault(p.key, p)
    total = max(0.001, sum(p.seconds for p in todo.values()))
    done = [0.0]
    lock = threading.Lock()

    def one(p: Piece) -> Path:
        path = cache.produce(p.key, lambda tmp: p.build(tmp, cancel), ".mp3")
        with lock:
            done[0] += p.seconds
            if progress:
                progress(min(1.0, done[0] / total), p.title)
        return path

    if progress:
        progress(0.0, "")
    n = workers or max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=n) as pool:
        paths = dict(zip(todo, pool.map(one, todo.values())))  # the first error is re-raised here
    for p in pieces:
        if p.path is None:
            p.path = paths[p.key]
    if progress:
        progress(1.0, "")


def assemble(pieces: list[Piece], out: Path, work_dir: Path, cancel: jobs.CancelCheck | None) -> None:
    """Join the pieces by appending their frames: every piece is CBR MP3 with the
    same rate and channels and no header or tag frames, so the bytes of one
    follow the bytes of another as a valid stream (no decoding, no re-encoding)."""
    with open(out, "wb") as dst:
        for p in pieces:
            jobs.check(cancel)
            assert p.path is not None
            with open(p.path, "rb") as src:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
