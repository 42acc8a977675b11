"""Recorded ffmpeg output for the parser tests (tests/core/test_ffmpeg_parsers.py).

The media are generated from lavfi sources, so the same input can be made again
with any ffmpeg build. Re-record (after checking a new build on purpose) with

    PYTHONPATH=$PWD python3 tests/ffmpeg_fixtures.py

and review the diff under tests/data/ffmpeg/ before committing it.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import media_factory
from media_factory import _ffmpeg, make_wav

from ledcast.core import ffmpeg, probe

DATA = Path(__file__).resolve().parent / "data" / "ffmpeg"
SILENCE_DB = -50.0
SILENCE_MIN_S = 0.3


def make_quiet_edges(folder: Path) -> Path:
    """0.5 s silence, 1.5 s of 440 Hz, 0.7 s silence: 2.7 s of 48 kHz mono PCM."""
    out = folder / "quiet_edges.wav"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=48000:duration=1.5,adelay=500:all=1,apad=whole_dur=2.7",
        "-ac",
        "1",
        "-c:a",
        "pcm_s16le",
        str(out),
    )
    return out


def make_silent(folder: Path) -> Path:
    out = folder / "silent.wav"
    _ffmpeg("-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono", "-t", "1", "-c:a", "pcm_s16le", str(out))
    return out


def make_sine(folder: Path, seconds: float = 1.0) -> Path:
    return make_wav(folder, "sine.wav", seconds=seconds, rate=48000, freq=1000)


def make_tagged_mp3(folder: Path) -> Path:
    out = folder / "tagged.mp3"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=330:sample_rate=44100:duration=2",
        "-ac",
        "2",
        "-c:a",
        "libmp3lame",
        "-b:a",
        "128k",
        "-metadata",
        "title=Bản tin sáng",
        "-metadata",
        "artist=Đài xã",
        str(out),
    )
    return out


def make_mp4(folder: Path) -> Path:
    return media_factory.make_mp4(folder, "clip.mp4", seconds=2)


def make_png(folder: Path) -> Path:
    return media_factory.make_png(folder, "still.png", size=(64, 48))


def _portable(text: str, path: Path) -> str:
    """The folder and the run's pointers left out, so a re-recording diffs only where ffmpeg changed."""
    return re.sub(r" @ 0x[0-9a-f]+\]", " @ 0x0]", text.replace(str(path), path.name))


def info_text(path: Path) -> str:
    """What describe() reads: `ffmpeg -i FILE`'s stderr."""
    return _portable(probe.describe(path, "audio")[1], path)


def analyse_recorded(path: Path) -> tuple[list[bytes], str]:
    """analyse_audio's streamed stdout lines and its stderr, as the bundled ffmpeg writes them."""
    lines: list[bytes] = []
    stderr: list[bytes] = []
    real = ffmpeg.stream

    def recording(args, on_line: Callable[[bytes], None], cancel=None):  # type: ignore[no-untyped-def]
        def both(line: bytes) -> None:
            lines.append(line)
            on_line(line)

        res = real(args, both, cancel)
        stderr.append(res.stderr)
        return res

    probe.ffmpeg.stream = recording  # type: ignore[assignment]
    try:
        probe.analyse_audio(path, None, silence_db=SILENCE_DB, silence_min_s=SILENCE_MIN_S)
    finally:
        probe.ffmpeg.stream = real  # type: ignore[assignment]
    return lines, b"".join(stderr).decode("utf-8")


def record(out: Path = DATA) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for make, name in ((make_quiet_edges, "wav"), (make_tagged_mp3, "mp3"), (make_mp4, "mp4"), (make_png, "png")):
            (out / f"info_{name}.txt").write_text(info_text(make(folder)), encoding="utf-8")
        for make in (make_quiet_edges, make_silent):
            path = make(folder)
            lines, stderr = analyse_recorded(path)
            (out / f"analyse_{path.stem}.stdout.txt").write_bytes(b"".join(lines))
            (out / f"analyse_{path.stem}.stderr.txt").write_text(_portable(stderr, path), encoding="utf-8")


if __name__ == "__main__":
    record(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
