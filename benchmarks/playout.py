#!/usr/bin/env python3
"""Benchmark of play-out from the PC (ledcast.qt.player): the gap between consecutive items.

    python benchmarks/playout.py [--items 50] [--seconds 0.5] [--audio-device NAME|none] [--workdir DIR] [--json FILE]

Builds a fresh workspace with a loudspeaker playlist of --items distinct sine tones
of --seconds each (made with the ffmpeg imageio-ffmpeg ships), with the gap between
items set to 0 in Settings so the pieces follow each other directly, renders the
timeline (not timed) and plays it once through `TimelinePlayer` — the clock-paced
null output by default, a sound card with --audio-device NAME, QMediaPlayer with
no device (decoding, preloading and switching as on a sound card) with --qt-pipeline — logging every item
as `ledcast play` does (each airing committed before the next item starts).

The gap between consecutive items, end of one to start of the next, measured two ways:
 * as logged: start_utc of item n+1 − end_utc of item n in the airing log;
 * from the player's position signals: when item n+1 reported its first position
   (less that position) − when item n reached its end (its last report plus what
   was left of it).
Goal: median ≤ 50 ms, maximum ≤ 200 ms, both ways. Also printed: the time each
airing's commit took. Exit status 0, or 1 with --strict when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # media_factory: the test media generator
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;default.warning=false")

GOAL_MEDIAN_MS, GOAL_MAX_MS = 50.0, 200.0


def _stats(gaps_ms: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(gaps_ms), "max_ms": max(gaps_ms), "min_ms": min(gaps_ms)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=0.5)
    ap.add_argument("--audio-device", default="none")
    ap.add_argument(
        "--qt-pipeline",
        action="store_true",
        help="QMediaPlayer on a null audio device: the real decoding and switching path without a sound card",
    )
    ap.add_argument("--workdir")
    ap.add_argument("--json")
    ap.add_argument("--strict", action="store_true")
    args = ap.parse_args()

    from media_factory import tone_playlist
    from PySide6.QtMultimedia import QAudioDevice
    from sqlalchemy import select

    from ledcast.core.db.models import Airing
    from ledcast.core.playout_log import PlayoutLog
    from ledcast.core.playout_timeline import build_timeline
    from ledcast.core.settings import save_speaker_settings
    from ledcast.core.startup import open_for_use
    from ledcast.core.units import set_self_unit
    from ledcast.qt.player import MediaOutput, NullOutput, TimelinePlayer, core_app, make_output, run_until_done

    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        ws = open_for_use(Path(tmp) / "ws")
        set_self_unit(ws, "XA-TC", "Xã Tân Cương")
        save_speaker_settings(ws, gap_s=0.0)
        t0 = time.monotonic()
        tone_playlist(ws, src, args.items, args.seconds)
        timeline = build_timeline(ws, "Phát thanh thử")
        print(f"prepared {args.items} items of {args.seconds} s in {time.monotonic() - t0:.1f} s (not timed)")

        core_app()
        output = MediaOutput(QAudioDevice()) if args.qt_pipeline else make_output(args.audio_device)
        log = PlayoutLog(ws, timeline)
        commits: list[float] = []
        original = log.ended

        def timed_ended(*a, **kw):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return original(*a, **kw)
            finally:
                commits.append((time.perf_counter() - started) * 1000)

        log.ended = timed_ended  # type: ignore[method-assign]
        player = TimelinePlayer(timeline, output, log)
        signals: list[tuple[float, int, float]] = []  # (perf_counter, piece on air, its position)
        output.position_changed.connect(lambda at: signals.append((time.perf_counter(), player.index, at)))
        started = time.perf_counter()
        completed, _ = run_until_done(player)
        wall = time.perf_counter() - started
        with ws.session() as s:
            rows = list(s.scalars(select(Airing).order_by(Airing.start_utc)))
        ws.close()

    assert completed and len(rows) == args.items, (completed, len(rows))
    logged = [(b.start_utc - a.end_utc).total_seconds() * 1000 for a, b in zip(rows, rows[1:])]
    ends, starts = {}, {}
    for at, index, pos in signals:
        duration = timeline.items[index].duration_s
        # the last report wins; a piece may run a frame longer than its nominal length (MP3 padding)
        ends[index] = at + max(0.0, duration - pos)
        starts.setdefault(index, at - pos)  # the first report
    measured = [(starts[i + 1] - ends[i]) * 1000 for i in range(len(timeline.items) - 1)]
    figures = {
        "items": args.items,
        "seconds_each": args.seconds,
        "output": "null (clock-paced)"
        if isinstance(output, NullOutput)
        else output.device_name or "QMediaPlayer, no device",
        "wall_s": round(wall, 3),
        "programme_s": round(timeline.duration_s, 3),
        "gap_logged": _stats(logged),
        "gap_measured": _stats(measured),
        "commit": _stats(commits),
    }
    print(
        f"output: {figures['output']}; {args.items} items, programme {timeline.duration_s:.2f} s, played in {wall:.2f} s"
    )
    ok = True
    for key, label in (("gap_logged", "gap as logged"), ("gap_measured", "gap from position signals")):
        f = figures[key]
        met = f["median_ms"] <= GOAL_MEDIAN_MS and f["max_ms"] <= GOAL_MAX_MS
        ok &= met
        print(
            f"{label:>26}: median {f['median_ms']:6.1f} ms, max {f['max_ms']:6.1f} ms "
            f"(goal ≤ {GOAL_MEDIAN_MS:.0f} / ≤ {GOAL_MAX_MS:.0f}) {'ok' if met else 'MISSED'}"
        )
    c = figures["commit"]
    print(f"{'airing commit':>26}: median {c['median_ms']:6.1f} ms, max {c['max_ms']:6.1f} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
