"""Peak memory of importing a long recording (issue 8: a 3-hour bulletin took
1.2–1.8 GB because ffmpeg's showwavespic held the whole stream).

Generates a mono 48 kHz MP3 of sine + noise with the ffmpeg from imageio-ffmpeg
(kept in the work folder for later runs), then measures, each in its own process
tree sampled through /proc (Linux only):

* the import: `python -m ledcast --workspace WS media add FILE` — Python and its
  ffmpeg children together (the sum of their resident sets, sampled every 50 ms);
* the reference: the old waveform command alone (`showwavespic` on the same file).

    python benchmarks/import_memory.py               # 3 hours (generation ~1-2 min the first time)
    python benchmarks/import_memory.py --hours 0.5   # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_MB = 200


def ffmpeg_exe() -> str:
    from ledcast.core.ffmpeg import ffmpeg_exe as exe

    return exe()


def make_recording(folder: Path, seconds: int) -> Path:
    out = folder / f"recording-{seconds}s-48k-mono.mp3"
    if out.exists():
        return out
    tmp = out.with_suffix(".part.mp3")
    graph = (
        f"sine=frequency=330:sample_rate=48000:duration={seconds}[s];"
        f"anoisesrc=r=48000:a=0.08:d={seconds}[n];[s][n]amix=inputs=2:normalize=0,"
        "volume='0.6+0.4*sin(t/7)':eval=frame"
    )
    subprocess.run(
        [
            ffmpeg_exe(),
            "-hide_banner",
            "-nostdin",
            "-loglevel",
            "error",
            "-y",
            "-filter_complex",
            graph,
            "-ac",
            "1",
            "-c:a",
            "libmp3lame",
            "-b:a",
            "48k",
            str(tmp),
        ],
        check=True,
    )
    tmp.replace(out)
    return out


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return pids


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run `cmd`; peak of the summed RSS of its process tree, and of its largest process."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = {"tree": 0, "single": 0}

    def sample() -> None:
        while proc.poll() is None:
            sizes = [_rss_kb(p) for p in _tree(proc.pid)]
            peak["tree"] = max(peak["tree"], sum(sizes))
            peak["single"] = max(peak["single"], max(sizes, default=0))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    t.join()
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode(errors='replace')[-2000:]}")
    return {
        "wall_s": time.monotonic() - start,
        "peak_tree_mb": peak["tree"] / 1024,  # type: ignore[dict-item]
        "peak_process_mb": peak["single"] / 1024,
        "stdout": out.decode("utf-8", "replace"),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--workdir", type=Path, help="where the recording and the workspace go (kept)")
    ap.add_argument("--skip-reference", action="store_true", help="do not run the old showwavespic command")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--strict", action="store_true", help=f"exit 1 when the import peaks above {GOAL_MB} MB")
    args = ap.parse_args()
    if not sys.platform.startswith("linux"):
        sys.exit("Linux only (it samples /proc)")
    work = args.workdir or Path(tempfile.gettempdir()) / "ledcast-import-memory"
    work.mkdir(parents=True, exist_ok=True)
    seconds = int(args.hours * 3600)
    t0 = time.monotonic()
    rec = make_recording(work, seconds)
    print(f"recording: {rec} ({rec.stat().st_size / 1e6:.0f} MB, {seconds} s; ready in {time.monotonic() - t0:.0f} s)")

    ws = Path(tempfile.mkdtemp(prefix="ws-", dir=work))
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        LEDCAST_LANG="en",
    )
    imp = measure([sys.executable, "-m", "ledcast", "--workspace", str(ws), "media", "add", "--json", str(rec)], env)
    added = json.loads(imp.pop("stdout"))["added"]  # type: ignore[arg-type]
    assert len(added) == 1, added
    item = added[0]
    thumb = ws / "thumbs" / f"{item['sha256']}.png"
    print(
        f"import: {imp['wall_s']:.0f} s, peak {imp['peak_tree_mb']:.0f} MB (Python + ffmpeg together; "
        f"largest process {imp['peak_process_mb']:.0f} MB); duration {item['duration_s']:.1f} s, "
        f"{item['loudness_lufs']} LUFS, thumbnail {thumb}"
    )
    result: dict[str, object] = {"seconds": seconds, "import": imp, "duration_s": item["duration_s"]}
    if not args.skip_reference:
        ref = measure(
            [
                ffmpeg_exe(),
                "-hide_banner",
                "-nostdin",
                "-loglevel",
                "error",
                "-i",
                str(rec),
                "-filter_complex",
                "aformat=channel_layouts=mono,showwavespic=s=160x90:colors=0x2a7ae2",
                "-frames:v",
                "1",
                "-update",
                "1",
                "-y",
                str(work / "reference-showwavespic.png"),
            ]
        )
        ref.pop("stdout")
        ratio = imp["peak_tree_mb"] / ref["peak_tree_mb"]
        print(
            f"reference (old showwavespic command alone): {ref['wall_s']:.0f} s, peak {ref['peak_tree_mb']:.0f} MB;"
            f" import ÷ reference = {ratio:.2f}"
        )
        result.update(reference=ref, ratio=ratio)
    ok = imp["peak_tree_mb"] <= GOAL_MB
    print(f"goal: import peak ≤ {GOAL_MB} MB: {'PASS' if ok else 'FAIL'}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
