#!/usr/bin/env python3
"""Benchmark of the loudspeaker export pipeline (ledcast.core.export.export_speaker).

    python benchmarks/speaker_export.py [--quick] [--workdir DIR] [--repeat N] [--keep] [--json FILE]

Builds a fixed workload in a fresh temporary workspace — 10 speech-like
bulletins of 3 min (30-minute programme), made with the ffmpeg that
imageio-ffmpeg ships: pink or brown noise, band-limited to the voice range and
amplitude-modulated at a syllable (~4 Hz) and a phrase (~0.3 Hz) rate, at
integrated levels from -35 to -10 LUFS, some with 1–2 s of leading and/or
trailing digital silence, as WAV or MP3, 44.1 or 48 kHz, mono or stereo —
imports them (library.import_files measures loudness, true peak and silent
ends; timed and printed, but not part of any ratio), puts them in one
loudspeaker playlist and measures, in the same run:

 (a) cold export wall time (empty segment cache) ÷ ONE ffmpeg pass that
     decodes the same 10 stored source files, joins them with the concat
     FILTER and encodes one MP3 with ledcast's encoder settings (libmp3lame
     CBR 128k, 44.1 kHz, mono, no Xing/ID3).                   goal ≤ 1.3
 (b) re-export after changing ONE item (playlist.set_item_trim on bulletin 5)
     ÷ the cold export.                                        goal ≤ 0.2

Timings are the best of --repeat rounds (default 2; the cache is emptied
before each cold round and the trim is set to a new value for each re-export,
so every round really renders); rounds of the reference and the cold export
are interleaved so background load hits both alike. CPU time (ffmpeg children
+ Python) is printed too, as a cross-check that does not depend on load.

Inside each export a few ledcast functions are wrapped with timers (no
behaviour change) to show where the time goes: planning (DB, cache look-ups),
loudness/silence re-measure, item encodes (with and without the limiter), gap
encodes, concat, verification, checksums, fsync.

The output is verified independently: decoded length (every sample, via
-progress) ≈ Σ aired items + 1 s gaps, integrated loudness within ±1 LU of
-16 LUFS and true peak ≤ -1.5 dBTP (ebur128 via ledcast.core.probe.analyse_audio).

--quick: 3 bulletins of 20 s for a smoke run.
Exit status: 0, or 2 when an output fails verification (1 with --strict when
a goal is missed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

GOAL_COLD_VS_REF = 1.3
GOAL_REEXPORT_VS_COLD = 0.2
TARGET_LUFS = -16.0
LUFS_TOLERANCE = 1.0
TP_CEILING = -1.5
PLAYLIST = "Phát thanh sáng thứ Hai"
CHANGED = 4  # index of the bulletin whose trim (b) changes

# title, target LUFS, noise colour, container, sample rate, channels, leading s, trailing s
BULLETINS = [
    ("Bản tin 01 – Tiêm chủng mở rộng", -23.0, "pink", "wav", 44100, 1, 1.0, 0.0),
    ("Bản tin 02 – Phòng chống sốt xuất huyết", -12.0, "brown", "mp3", 48000, 2, 0.0, 2.0),
    ("Bản tin 03 – Nộp thuế đất phi nông nghiệp", -35.0, "pink", "wav", 48000, 1, 2.0, 1.5),
    ("Bản tin 04 – An toàn giao thông dịp Tết", -18.0, "pink", "mp3", 44100, 1, 0.0, 0.0),
    ("Bản tin 05 – Phòng cháy chữa cháy mùa khô", -28.0, "brown", "wav", 44100, 2, 1.5, 1.0),
    ("Bản tin 06 – Dịch vụ công trực tuyến", -10.0, "pink", "mp3", 48000, 1, 0.0, 1.0),
    ("Bản tin 07 – Cảnh giác lừa đảo qua điện thoại", -31.0, "brown", "wav", 48000, 2, 1.0, 2.0),
    ("Bản tin 08 – Lịch cắt điện thôn Đồng Bẩm", -20.0, "pink", "mp3", 44100, 2, 2.0, 0.0),
    ("Bản tin 09 – Ngày Chủ nhật xanh", -15.0, "brown", "wav", 44100, 1, 0.0, 0.0),
    ("Bản tin 10 – Phòng chống bão lũ", -26.0, "pink", "mp3", 48000, 1, 1.0, 1.0),
]


# --- small helpers -----------------------------------------------------------------------


def ffmpeg_exe() -> str:
    from ledcast.core.ffmpeg import ffmpeg_exe as exe

    return exe()


def cpu_now() -> float:
    """CPU seconds of this process and its waited-for children (ffmpeg) so far."""
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def run_ffmpeg(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    res = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", *args], capture_output=True)
    if res.returncode != 0:
        raise SystemExit(f"ffmpeg failed: {' '.join(args)[:300]}\n{res.stderr.decode(errors='replace')[-2000:]}")
    return res


def decoded_seconds(path: Path) -> float:
    """Length of the audio as decoded (every sample, not the header's estimate)."""
    res = run_ffmpeg(
        ["-nostats", "-v", "error", "-progress", "pipe:1", "-i", str(path), "-map", "0:a:0", "-f", "null", "-"]
    )
    got = re.findall(r"out_time_us=(\d+)", res.stdout.decode())
    return int(got[-1]) / 1e6 if got else float("nan")


def header_info(path: Path) -> dict[str, Any]:
    from ledcast.core.probe import parse_ffmpeg_info

    text = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True).stderr.decode(
        "utf-8", "replace"
    )
    info = parse_ffmpeg_info(text, "audio")
    br = re.search(r"Audio: .*?(\d+) kb/s", text)
    return {
        "codec": info.audio_codec,
        "rate": info.sample_rate,
        "channels": info.channels,
        "kbps": int(br[1]) if br else None,
    }


def loadavg() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# --- the workload --------------------------------------------------------------------------


def config(quick: bool) -> dict[str, Any]:
    items = BULLETINS[:3] if quick else BULLETINS
    length = 20.0 if quick else 180.0
    return {"quick": quick, "n": len(items), "length_s": length, "bulletins": items}


def _voice_chain(colour: str, rate: int, seconds: float, seed: int) -> str:
    """Speech-like noise: voice band, syllable and phrase envelopes."""
    return (
        f"anoisesrc=color={colour}:sample_rate={rate}:amplitude=0.5:seed={seed}:duration={seconds:.3f},"
        f"highpass=f=120,lowpass=f=4500,tremolo=f={4.1 + 0.1 * (seed % 5):.2f}:d=0.8,"
        f"tremolo=f={0.27 + 0.02 * (seed % 4):.2f}:d=0.6"
    )


def calibrate(run_dir: Path) -> dict[str, float]:
    """Integrated loudness of each colour's chain at unit gain (20 s is plenty: the signal is stationary)."""
    from ledcast.core.probe import analyse_audio

    base = {}
    for colour in ("pink", "brown"):
        p = run_dir / f"calibrate-{colour}.wav"
        run_ffmpeg(
            [
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                _voice_chain(colour, 48000, 20.0, 1),
                "-c:a",
                "pcm_f32le",
                str(p),
            ]
        )
        lufs = analyse_audio(p, None)[1].lufs
        assert lufs is not None
        base[colour] = lufs
        p.unlink()
    return base


def make_bulletin(path: Path, b: tuple, length: float, seed: int, base: dict[str, float]) -> None:  # type: ignore[type-arg]
    _title, lufs, colour, fmt, rate, channels, head, tail = b
    content = length - head - tail
    af = (
        f"{_voice_chain(colour, rate, content, seed)},volume={lufs - base[colour]:.2f}dB,"
        # the loudest ones would clip in 16 bits: limit them as a studio would
        "alimiter=limit=0.95:level=false,"
        f"adelay={int(head * 1000)}:all=1,apad=whole_dur={length:.3f},"
        f"aformat=channel_layouts={'stereo' if channels == 2 else 'mono'}"
    )
    enc = ["-c:a", "pcm_s16le"] if fmt == "wav" else ["-c:a", "libmp3lame", "-q:a", "2"]
    run_ffmpeg(["-v", "error", "-y", "-f", "lavfi", "-i", af, "-ar", str(rate), *enc, str(path)])


def expected_seconds(sources: list[dict[str, Any]], gap_s: float) -> float:
    return sum(s["aired_s"] for s in sources) + gap_s * (len(sources) - 1)


# --- phase timers ------------------------------------------------------------------------


class PhaseTimer:
    """Wrap ledcast functions with timers to see where an export spends its time.
    Times are exclusive: a wrapped call inside another (e.g. ffmpeg -i inside
    verify_audio) is counted in its own phase only."""

    KEYS = (
        "plan",
        "remeasure",
        "item_encode",
        "item_encode_limited",
        "gap_encode",
        "concat",
        "verify",
        "checksums",
        "fsync",
        "schedule",
        "move_into_place",
        "ffmpeg_other",
    )

    def __init__(self) -> None:
        self.t: dict[str, float] = defaultdict(float)
        self.n: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []
        self._undo: list[tuple[Any, str, Any]] = []

    def wrap(self, mod: Any, name: str, phase: Any) -> None:
        orig = getattr(mod, name)

        def timed(*a: Any, **k: Any) -> Any:
            label = phase(a, k) if callable(phase) else phase
            if label is None:  # part of the wrapped call around it (e.g. ffmpeg -i in verify_audio)
                return orig(*a, **k)
            frame = [time.perf_counter(), 0.0]
            self._stack.append(frame)
            try:
                return orig(*a, **k)
            finally:
                self._stack.pop()
                spent = time.perf_counter() - frame[0]
                self.t[label] += spent - frame[1]
                self.n[label] += 1
                if self._stack:
                    self._stack[-1][1] += spent

        self._undo.append((mod, name, orig))
        setattr(mod, name, timed)

    def classify(self, a: tuple, k: dict) -> str | None:  # type: ignore[type-arg]
        args = list(a[0] if a else k.get("args", []))
        joined = " ".join(args)
        if "atrim=" in joined:
            return "item_encode_limited" if "alimiter" in joined else "item_encode"
        if "anullsrc" in joined:
            return "gap_encode"
        if "ebur128" in joined:
            return "remeasure"
        if self._stack:  # concat inside speaker.assemble, ffmpeg -i inside verify_audio
            return None
        return "ffmpeg_other"

    def install(self) -> None:
        from ledcast.core import durable, ffmpeg
        from ledcast.core.export import folder
        from ledcast.core.export import speaker as export_speaker
        from ledcast.core.render import speaker

        self.wrap(ffmpeg, "run", self.classify)
        self.wrap(speaker, "plan_programme", "plan")
        self.wrap(speaker, "assemble", "concat")
        self.wrap(export_speaker, "verify_audio", "verify")
        self.wrap(folder, "file_entry", "checksums")
        self.wrap(durable, "fsync_file", "fsync")
        self.wrap(export_speaker, "schedule_rows", "schedule")
        self.wrap(export_speaker, "write_schedule", "schedule")
        self.wrap(folder, "swap_into_place", "move_into_place")

    def uninstall(self) -> None:
        for mod, name, orig in reversed(self._undo):
            setattr(mod, name, orig)
        self._undo.clear()

    def phases(self, total: float) -> dict[str, dict[str, float]]:
        out = {k: {"s": self.t.get(k, 0.0), "n": self.n.get(k, 0)} for k in self.KEYS}
        out["other"] = {"s": total - sum(v["s"] for v in out.values()), "n": 0}
        return out


# --- measured jobs -------------------------------------------------------------------------


def run_export(ws: Any, playlist_id: int, out: Path) -> dict[str, Any]:
    from ledcast.core import export

    timer = PhaseTimer()
    timer.install()
    c0, t0 = cpu_now(), time.perf_counter()
    try:
        res = export.export_speaker(ws, playlist_id, out)
    finally:
        wall = time.perf_counter() - t0
        cpu = cpu_now() - c0
        timer.uninstall()
    mp3 = next(res.folder / f["name"] for f in res.files if f["name"].endswith(".mp3"))
    return {
        "wall": wall,
        "cpu": cpu,
        "mp3": str(mp3),
        "mp3_bytes": mp3.stat().st_size,
        "cached": res.cached_chunks,
        "rendered_s": res.rendered_seconds,
        "planned_s": res.manifest["duration_s"],
        "pieces": len(res.manifest["items"]),
        "limited": sum(1 for i in res.manifest["items"] if i["limited"]),
        "phases": timer.phases(wall),
    }


def reference_command(paths: list[Path], out: Path) -> list[str]:
    """One ffmpeg: decode the sources, concat filter, one MP3 encode with ledcast's settings."""
    from ledcast.core.render import speaker

    inputs: list[str] = []
    for p in paths:
        inputs += ["-i", str(p)]
    n = len(paths)
    graph = "".join(f"[{i}:a:0]" for i in range(n)) + f"concat=n={n}:v=0:a=1[a]"
    return [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostdin",
        "-v",
        "error",
        "-y",
        *inputs,
        "-filter_complex",
        graph,
        "-map",
        "[a]",
        "-c:a",
        "libmp3lame",
        "-b:a",
        "128k",
        "-ar",
        str(speaker.SAMPLE_RATE),
        "-ac",
        "1",
        "-write_xing",
        "0",
        "-id3v2_version",
        "0",
        "-f",
        "mp3",
        str(out),
    ]


def run_reference(paths: list[Path], out: Path) -> dict[str, Any]:
    cmd = reference_command(paths, out)
    c0, t0 = cpu_now(), time.perf_counter()
    res = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True)
    wall, cpu = time.perf_counter() - t0, cpu_now() - c0
    if res.returncode != 0:
        raise SystemExit(f"the reference encode failed:\n{res.stderr.decode(errors='replace')[-2000:]}")
    return {"wall": wall, "cpu": cpu, "mp3": str(out)}


def check_output(path: Path, expected_s: float, pieces: int) -> dict[str, Any]:
    """Independent check: header, decoded length, integrated loudness and true peak."""
    from ledcast.core.probe import analyse_audio

    head = header_info(path)
    seconds = decoded_seconds(path)
    a = analyse_audio(path, None)[1]
    tol = 0.1 + 0.06 * pieces  # each joined MP3 piece may carry ~1-2 frames of encoder delay/padding
    problems = []
    if (head["codec"], head["rate"], head["channels"]) != ("mp3", 44100, 1):
        problems.append(f"format {head}")
    if not abs(seconds - expected_s) <= tol:
        problems.append(f"length {seconds:.2f} s ≠ {expected_s:.2f} ± {tol:.2f}")
    ok_lufs = a.lufs is not None and abs(a.lufs - TARGET_LUFS) <= LUFS_TOLERANCE
    ok_tp = a.true_peak is not None and a.true_peak <= TP_CEILING
    return {
        **head,
        "seconds": seconds,
        "expected_s": expected_s,
        "tolerance_s": tol,
        "lufs": a.lufs,
        "true_peak": a.true_peak,
        "ok_length": not problems,
        "ok_lufs": ok_lufs,
        "ok_tp": ok_tp,
        "problems": problems,
    }


def piece_report(ws: Any, playlist_id: int) -> list[dict[str, Any]]:
    """Loudness and true peak of each item's cached MP3 piece, as the export joined them."""
    from ledcast.core import playlist as pl
    from ledcast.core.probe import analyse_audio
    from ledcast.core.render import speaker
    from ledcast.core.render.cache import SegmentCache
    from ledcast.core.settings import speaker_settings

    sp = speaker_settings(ws)
    cache = SegmentCache(ws.root / "cache" / "segments")
    p = pl.get_playlist(ws, playlist_id)
    rows = []
    for x in speaker.plan_programme(ws, list(p.items), sp, cache):
        if x.role == "gap" or x.media is None or x.path is None:
            continue
        a = analyse_audio(x.path, None)[1]
        rows.append(
            {
                "title": x.title,
                "channels": x.media.channels,
                "src_lufs": x.media.loudness_lufs,
                "src_tp": x.media.true_peak_dbtp,
                "gain_db": x.gain_db,
                "limited": x.limited,
                "lufs": a.lufs,
                "true_peak": a.true_peak,
            }
        )
    return rows


def print_pieces(rows: list[dict[str, Any]]) -> None:
    """`expected` is the source's true peak + gain, or the limiter's aim (ceiling - 1 dB) when limited."""
    print(
        f"  {'item piece (cache)':<46} {'ch':>2} {'source LUFS/dBTP':>16} {'gain':>6} {'lim':>3} "
        f"{'piece LUFS/dBTP':>16} {'expected':>8}"
    )
    for r in rows:
        expected = r["src_tp"] + r["gain_db"]
        if r["limited"]:
            expected = min(expected, TP_CEILING - 1.0)
        r["expected_tp"] = expected
        flag = ""
        if r["true_peak"] is not None and r["true_peak"] > TP_CEILING:
            flag = "  ← over the ceiling"
        elif r["true_peak"] is not None and r["true_peak"] > expected + 1.0:
            flag = "  ← above expected"
        print(
            f"  {r['title']:<46} {r['channels']:>2} {r['src_lufs']:>8.1f} /{r['src_tp']:>5.1f} "
            f"{r['gain_db']:>+6.1f} {'yes' if r['limited'] else 'no':>3} {r['lufs']:>7.1f} /{r['true_peak']:>6.1f} "
            f"{expected:>8.1f}{flag}"
        )


# --- report ------------------------------------------------------------------------------


def verdict(ok: bool | None) -> str:
    return "SKIP" if ok is None else ("PASS" if ok else "FAIL")


def phase_table(cold: dict[str, Any], warm: dict[str, Any], length_s: float) -> str:
    names = {
        "plan": "planning (DB, settings, cache look-ups)",
        "remeasure": "loudness/silence re-measure (ffmpeg)",
        "item_encode": "item encode, no limiter",
        "item_encode_limited": "item encode + 4x limiter",
        "gap_encode": "gap encode (1 s silence)",
        "concat": "concat demuxer (-c copy)",
        "verify": "verify (ffmpeg -i)",
        "checksums": "checksums (SHA-256 + MD5)",
        "fsync": "fsync",
        "schedule": "schedule.json/.csv",
        "move_into_place": "move into place",
        "ffmpeg_other": "other ffmpeg",
        "other": "other (DB, manifest, temp dirs)",
    }
    rows = [f"  {'phase':<40} {'cold':>16} {'re-export':>16}"]
    for key, label in names.items():
        c, w = cold["phases"][key], warm["phases"][key]
        if key != "other" and c["n"] == 0 and w["n"] == 0:
            continue
        cn = f" ×{c['n']}" if c["n"] else ""
        wn = f" ×{w['n']}" if w["n"] else ""
        rows.append(f"  {label:<40} {c['s']:>8.2f} s{cn:<6} {w['s']:>8.2f} s{wn:<6}")
    rows.append(f"  {'total export_speaker':<40} {cold['wall']:>8.2f} s{'':<6} {warm['wall']:>8.2f} s")
    for key, label in (("item_encode", "no limiter"), ("item_encode_limited", "with limiter")):
        c = cold["phases"][key]
        if c["n"]:
            rows.append(f"  per item {label}: {c['s'] / c['n']:.2f} s ≈ {length_s * c['n'] / c['s']:.0f}× real time")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="3 bulletins of 20 s: a smoke run")
    ap.add_argument("--workdir", type=Path, help="where to create the temporary workspace (default: system temp)")
    ap.add_argument(
        "--repeat", type=int, default=None, help="rounds of each measurement, best kept (default 2; 1 with --quick)"
    )
    ap.add_argument("--keep", action="store_true", help="keep the workspace and outputs")
    ap.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = ap.parse_args()

    import ledcast
    from ledcast.core import library
    from ledcast.core import playlist as pl
    from ledcast.core.settings import speaker_settings
    from ledcast.core.startup import open_for_use

    cfg = config(args.quick)
    repeat = max(1, args.repeat if args.repeat is not None else (1 if args.quick else 2))
    base_dir = args.workdir or Path(tempfile.gettempdir())
    base_dir.mkdir(parents=True, exist_ok=True)
    run_dir = Path(tempfile.mkdtemp(prefix="ledcast-bench-speaker-", dir=base_dir))
    cmdline = "python benchmarks/speaker_export.py" + (" --quick" if args.quick else "")
    exe = ffmpeg_exe()
    ff_version = subprocess.run([exe, "-version"], capture_output=True, text=True).stdout.split("\n")[0]
    ff_version = ff_version.split(" Copyright")[0]
    n, length = cfg["n"], cfg["length_s"]
    print(
        f"ledcast {ledcast.__version__} ({Path(ledcast.__file__).parent}) · Python {platform.python_version()} · "
        f"{platform.machine()} {os.cpu_count()} CPU · {ff_version} · load {loadavg()}"
    )
    print(
        f"workload: {n} bulletins × {length:g} s = {n * length / 60:g} min, "
        f"{min(b[1] for b in cfg['bulletins']):g} … {max(b[1] for b in cfg['bulletins']):g} LUFS, "
        f"WAV/MP3 44.1/48 kHz mono/stereo; best of {repeat}"
    )
    print(f"run dir: {run_dir}")
    failed_verify = False
    goals_ok = True
    try:
        t_start = time.perf_counter()
        # --- sources (not measured)
        src_dir = run_dir / "sources"
        src_dir.mkdir()
        t0 = time.perf_counter()
        base = calibrate(run_dir)
        files = []
        for i, b in enumerate(cfg["bulletins"]):
            path = src_dir / f"{b[0]}.{b[3]}"
            make_bulletin(path, b, length, i + 1, base)
            files.append(path)
        t_gen = time.perf_counter() - t0

        # --- import (timed, printed, not part of the ratios)
        ws = open_for_use(run_dir / "workspace")
        sp = speaker_settings(ws)
        t0 = time.perf_counter()
        report = library.import_files(ws, files)
        t_import = time.perf_counter() - t0
        if report.failed or len(report.added) != n:
            raise SystemExit(f"import failed: {report}")
        print(
            f"sources generated in {t_gen:.1f} s; import_files {t_import:.1f} s for {n} files "
            f"({t_import / n:.2f} s each, {n * length / t_import:.0f}× real time) — not part of (a)/(b)"
        )
        sources = []
        print(f"  {'bulletin':<46} {'file':<12} {'LUFS':>6} {'dBTP':>6}  {'head (gen.)':<11} {'tail (gen.)':<11}")
        for b, m in zip(cfg["bulletins"], report.added):
            title, _lufs, _colour, fmt, rate, nch, head, tail = b
            sources.append(
                {
                    "title": title,
                    "media_id": m.id,
                    "path": str(ws.path(m.store_path)),
                    "head": head,
                    "tail": tail,
                    "aired_s": length - head - tail,
                    "lufs": m.loudness_lufs,
                    "true_peak": m.true_peak_dbtp,
                    "head_found": m.silence_head_s,
                    "tail_found": m.silence_tail_s,
                }
            )
            print(
                f"  {title:<46} {fmt} {rate / 1000:g}k {'st' if nch == 2 else 'mo':<2}".ljust(61) + " "
                f"{m.loudness_lufs:>6.1f} {m.true_peak_dbtp:>6.1f} "
                f" {f'{m.silence_head_s:5.2f} ({head:g})':<11} {f'{m.silence_tail_s:5.2f} ({tail:g})':<11}"
            )
        print("  (silent head/tail in s as found at import; in brackets as generated)")

        p = pl.create_playlist(ws, PLAYLIST, "speaker")
        res = pl.add_items(ws, p.id, [s["media_id"] for s in sources])
        if res.refused:
            raise SystemExit(f"playlist refused items: {res.refused}")
        p = pl.get_playlist(ws, p.id)
        item_ids = [i.id for i in p.items]
        changed = min(CHANGED, n - 1)
        paths = [Path(s["path"]) for s in sources]
        expected_cold = expected_seconds(sources, sp.gap_s)
        cache_dir = ws.root / "cache" / "segments"

        # --- (a): interleaved rounds of the reference and the cold export
        refs, colds = [], []
        for r in range(repeat):
            print(f"… round {r + 1}/{repeat}: reference (one ffmpeg, concat filter → MP3)", flush=True)
            refs.append(run_reference(paths, run_dir / f"reference-{r + 1}.mp3"))
            print(f"  {refs[-1]['wall']:.2f} s wall, {refs[-1]['cpu']:.2f} s CPU · load {loadavg()}")
            shutil.rmtree(cache_dir, ignore_errors=True)
            print(f"… round {r + 1}/{repeat}: cold export (empty segment cache)", flush=True)
            colds.append(run_export(ws, p.id, run_dir / "usb" / f"cold-{r + 1}"))
            c = colds[-1]
            print(
                f"  {c['wall']:.2f} s wall, {c['cpu']:.2f} s CPU, rendered {c['rendered_s']:.0f} s of audio, "
                f"{c['limited']}/{n} items limited · load {loadavg()}"
            )
        ref = min(refs, key=lambda x: x["wall"])
        cold = min(colds, key=lambda x: x["wall"])
        cold_check = check_output(Path(colds[-1]["mp3"]), expected_cold, colds[-1]["pieces"] * 2 - 1)
        pieces = piece_report(ws, p.id)
        ref_seconds = decoded_seconds(Path(ref["mp3"]))

        # --- (b): re-export after changing one item's trim (a new trim each round, so it renders)
        warms = []
        ch = sources[changed]
        for r in range(repeat):
            trim_in = ch["head"] + 2.0 + r
            trim_out = length - ch["tail"] - (2.0 if args.quick else 10.0)
            pl.set_item_trim(ws, item_ids[changed], trim_in, trim_out)
            ch["aired_s"] = trim_out - trim_in
            print(
                f"… round {r + 1}/{repeat}: re-export after set_item_trim on “{ch['title']}” "
                f"[{trim_in:g}, {trim_out:g}]",
                flush=True,
            )
            warms.append(run_export(ws, p.id, run_dir / "usb" / f"cold-{repeat}"))
            w = warms[-1]
            print(
                f"  {w['wall']:.2f} s wall, {w['cpu']:.2f} s CPU, rendered {w['rendered_s']:.0f} s of audio, "
                f"{w['cached']} pieces from cache · load {loadavg()}"
            )
        warm = min(warms, key=lambda x: x["wall"])
        warm_check = check_output(
            Path(warms[-1]["mp3"]), expected_seconds(sources, sp.gap_s), warms[-1]["pieces"] * 2 - 1
        )
        ws.close()
        total = time.perf_counter() - t_start

        # --- figures
        a = cold["wall"] / ref["wall"]
        a_cpu = cold["cpu"] / ref["cpu"]
        b = warm["wall"] / cold["wall"]
        ok_a, ok_b = a <= GOAL_COLD_VS_REF, b <= GOAL_REEXPORT_VS_COLD
        checks = (cold_check, warm_check)
        ok_len = all(c["ok_length"] for c in checks)
        ok_lufs = all(c["ok_lufs"] for c in checks)
        ok_tp = all(c["ok_tp"] for c in checks)
        failed_verify = not (ok_len and ok_lufs and ok_tp)
        goals_ok = ok_a and ok_b

        print()
        print("Where the export spends its time (timers around ledcast functions, best round):")
        print(phase_table(cold, warm, length))
        for label, c in (("cold", cold_check), ("re-export", warm_check)):
            drift = c["seconds"] - c["expected_s"]
            print(
                f"  {label} output: {c['seconds']:.3f} s decoded vs {c['expected_s']:.3f} s aired + gaps "
                f"({drift * 1000:+.0f} ms, {drift * 1000 / (2 * n - 1):+.0f} ms per joined piece), "
                f"{c['lufs']} LUFS, {c['true_peak']} dBTP{'; ' + ', '.join(c['problems']) if c['problems'] else ''}"
            )
        print(f"  reference output: {ref_seconds:.3f} s (sources as they are, no trim, no gaps)")
        print()
        print(
            "Each item as encoded (ebur128 on the cached piece; the ceiling is "
            f"{TP_CEILING:g} dBTP, the limiter aims {TP_CEILING - 1:g}):"
        )
        print_pieces(pieces)
        busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        if busy > (os.cpu_count() or 1):
            print(
                f"  NOTE: load average {loadavg()} on {os.cpu_count()} CPU: other work shared the machine, so "
                "wall-time ratios are noisy; the CPU-time ratio in (a) does not depend on load."
            )

        def fmt_runs(runs: list[dict[str, Any]]) -> str:
            return "/".join(f"{x['wall']:.1f}" for x in runs)

        lines = [
            f"Command: `{cmdline}`  ",
            f"Workload: {n} speech-like bulletins × {length:g} s ({n * length / 60:g} min, "
            f"{min(x[1] for x in cfg['bulletins']):g} … {max(x[1] for x in cfg['bulletins']):g} LUFS, "
            f"WAV/MP3, 44.1/48 kHz, 0–2 s silent ends) → one MP3, 128 kb/s 44.1 kHz mono, -16 LUFS, 1 s gaps; "
            f"{os.cpu_count()} CPU, {ff_version}; best of {repeat}",
            "",
            "| Measure | Figures | Ratio | Goal | |",
            "|---|---|---|---|---|",
            f"| (a) cold export ÷ one ffmpeg pass (decode {n} sources, concat filter, 1 MP3) "
            f"| {cold['wall']:.1f} s / {ref['wall']:.1f} s | {a:.2f} (CPU {a_cpu:.2f}) "
            f"| ≤ {GOAL_COLD_VS_REF:g} | {verdict(ok_a)} |",
            f"| (b) re-export after 1 item's trim changed ÷ cold | {warm['wall']:.2f} s / {cold['wall']:.1f} s "
            f"| {b:.3f} | ≤ {GOAL_REEXPORT_VS_COLD:g} | {verdict(ok_b)} |",
            f"| length (decoded) vs aired items + {sp.gap_s:g} s gaps | {cold_check['seconds']:.2f} s vs "
            f"{cold_check['expected_s']:.2f} s; re-export {warm_check['seconds']:.2f} s vs "
            f"{warm_check['expected_s']:.2f} s | | ± {cold_check['tolerance_s']:.2f} s | {verdict(ok_len)} |",
            f"| integrated loudness (ebur128) | {cold_check['lufs']:.1f} LUFS; re-export {warm_check['lufs']:.1f} "
            f"| | {TARGET_LUFS:g} ± {LUFS_TOLERANCE:g} LU | {verdict(ok_lufs)} |",
            f"| true peak (ebur128) | {cold_check['true_peak']:.1f} dBTP; re-export "
            f"{warm_check['true_peak']:.1f} | | ≤ {TP_CEILING:g} dBTP | {verdict(ok_tp)} |",
            f"| import_files (loudness, silence, waveform; not in (a)) | {t_import:.1f} s for {n} files | | | |",
        ]
        print()
        print("\n".join(lines))
        print(f"\nall rounds (wall s): reference {fmt_runs(refs)}, cold {fmt_runs(colds)}, re-export {fmt_runs(warms)}")
        if cfg["quick"]:
            print(
                "\n--quick: a smoke run of 1 minute of audio; fixed per-process costs dominate, so the "
                "ratios are not meaningful here."
            )
        print(f"(benchmark wall time {total:.0f} s incl. generation and import)")

        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "cfg": {k: v for k, v in cfg.items() if k != "bulletins"},
                        "command": cmdline,
                        "generate_s": t_gen,
                        "import_s": t_import,
                        "sources": sources,
                        "reference": refs,
                        "cold": colds,
                        "reexport": warms,
                        "checks": {"cold": cold_check, "reexport": warm_check},
                        "pieces": pieces,
                        "ratios": {"cold_vs_reference": a, "cold_vs_reference_cpu": a_cpu, "reexport_vs_cold": b},
                        "pass": {"a": ok_a, "b": ok_b, "length": ok_len, "lufs": ok_lufs, "true_peak": ok_tp},
                    },
                    ensure_ascii=False,
                    indent=2,
                ),
                encoding="utf-8",
            )
    finally:
        if args.keep:
            print(f"kept: {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    if failed_verify:
        return 2
    return 1 if args.strict and not goals_ok else 0


if __name__ == "__main__":
    sys.exit(main())
