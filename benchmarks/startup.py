#!/usr/bin/env python3
"""Start-up times, whole process (issue 15, point 6).

    python benchmarks/startup.py [--runs 5] [--media 2000] [--playlists 200] [--workdir DIR] [--keep]

Makes a workspace with MEDIA library items (tiny real files: 0.1 s WAVs and 16×16
PNGs, inserted through the ORM as an import would leave them, without probing) and
PLAYLISTS playlists of 10 items each (half screen, half speaker, each scheduled),
then measures, as the median of RUNS fresh processes each:

 (a) `ledcast --version`                                              goal ≤ 0.3 s
 (b) `ledcast plan show` on that workspace (headless)
 (c) `ledcast` until the main window is first shown (painted), on that workspace,
     opening on the default page; LEDCAST_QUIT_AFTER_SHOWN=1 makes the app print
     the moment of its first paint and quit                          goal ≤ 1.5 s
 (d) the same with the Library page (2,000 rows) remembered as the last page

References measured in the same run, the same way: `python -c pass` for (a)/(b) and
a bare PySide6 window (QApplication + QMainWindow with a label, shown until its first
paint) for (c)/(d). CPU is the median CPU time (user + system) of the processes, which
other load on the machine disturbs much less than the wall time. Qt runs offscreen unless QT_QPA_PLATFORM is set; QSettings live in
a temporary XDG_CONFIG_HOME, so the user's own settings are untouched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_VERSION_S = 0.3
GOAL_WINDOW_S = 1.5

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
win = QMainWindow()
win.setCentralWidget(QLabel("hello"))
win.resize(1280, 720)
class F(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Expose and obj.isExposed():
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"shown-at {time.time():.4f}", flush=True), app.quit()))
        return False
win.show()
f = F()
win.windowHandle().installEventFilter(f)
app.exec()
"""


def _wav(i: int) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(i.to_bytes(4, "little") * 200)  # 800 frames = 0.1 s, unique per item
    return buf.getvalue()


def _png(i: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (i % 256, (i // 256) % 256, 128)).save(buf, "PNG")
    return buf.getvalue()


def fill(root: Path, n_media: int, n_playlists: int) -> None:
    from ledcast.core.db.models import Media, Playlist, PlaylistItem, Schedule
    from ledcast.core.startup import open_for_use

    ws = open_for_use(root)
    try:
        from ledcast.core.units import set_self_unit

        set_self_unit(ws, "XA-THU", "Xã Thử")  # a unit at work: no first-start welcome dialog
        today = dt.date.today()
        with ws.session() as s:
            media = []
            for i in range(n_media):
                audio = i % 5 < 3
                data = _wav(i) if audio else _png(i)
                sha = hashlib.sha256(data).hexdigest()
                rel = f"media/{sha[:2]}/{sha}.{'wav' if audio else 'png'}"
                path = ws.path(rel)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                m = Media(
                    sha256=sha,
                    kind="audio" if audio else "image",
                    title=f"Bản tin số {i + 1}" if audio else f"Ảnh tuyên truyền {i + 1}",
                    original_name=path.name,
                    store_path=rel,
                    thumb_path=None,
                    size_bytes=len(data),
                    container="wav" if audio else "png_pipe",
                    audio_codec="pcm_s16le" if audio else None,
                    width=None if audio else 16,
                    height=None if audio else 16,
                    sample_rate=8000 if audio else None,
                    channels=1 if audio else None,
                    duration_s=0.1 if audio else None,
                    approval="approved",
                )
                media.append(m)
            s.add_all(media)
            s.flush()
            audio_ids = [m.id for m in media if m.kind == "audio"]
            image_ids = [m.id for m in media if m.kind == "image"]
            for p in range(n_playlists):
                speaker = p % 2 == 0
                ids = audio_ids if speaker else image_ids
                pl = Playlist(name=f"Chương trình {p + 1:03d}", kind="speaker" if speaker else "screen")
                pl.items = [
                    PlaylistItem(media_id=ids[(p * 10 + k) % len(ids)], position=k, duration_s=None if speaker else 8.0)
                    for k in range(10)
                ]
                pl.schedules = [
                    Schedule(date_from=today, date_to=today + dt.timedelta(days=30), times=f"{6 + p % 12:02d}:00")
                ]
                s.add(pl)
            s.commit()
    finally:
        ws.close()


def _env(config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEDCAST_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(config)
    env["LEDCAST_LANG"] = "vi"
    return env


CPU: list[float] = []  # CPU seconds (user + system) of each process measured, in order


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _whole(cmd: list[str], env: dict[str, str]) -> float:
    t0, c0 = time.perf_counter(), _children_cpu()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    CPU.append(_children_cpu() - c0)
    return time.perf_counter() - t0


def _until_shown(cmd: list[str], env: dict[str, str]) -> float:
    """From starting the process to its first painted window (the process prints the moment)."""
    t0, c0 = time.time(), _children_cpu()
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    CPU.append(_children_cpu() - c0)  # the whole process, its quitting included
    shown = [line for line in res.stdout.splitlines() if line.startswith("shown-at ")]
    if res.returncode != 0 or not shown:
        raise SystemExit(f"no window shown: {cmd}\n{res.stdout}\n{res.stderr}")
    return float(shown[0].split()[1]) - t0


def _median(fn, runs: int) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    del CPU[:]
    times = [fn() for _ in range(runs)]
    CPU_MEDIANS.append(statistics.median(CPU))
    return statistics.median(times), times


CPU_MEDIANS: list[float] = []  # per measure, in the order of the rows


def _remember_page(config: Path, page: str) -> None:
    ini = config / "ledcast" / "ledcast.conf"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(f"[window]\npage={page}\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--media", type=int, default=2000)
    ap.add_argument("--playlists", type=int, default=200)
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ledcast-startup-bench-", dir=args.workdir))
    config = work / "config"
    ws = work / "ws"
    try:
        t0 = time.perf_counter()
        print(f"… making a workspace with {args.media:,} media and {args.playlists} playlists", end=" ", flush=True)
        fill(ws, args.media, args.playlists)
        print(f"{time.perf_counter() - t0:.1f} s")
        env = _env(config)
        py, led = [sys.executable], [sys.executable, "-m", "ledcast"]
        _whole(led + ["--version"], env)  # warm the file cache: every run below starts alike
        rows: list[tuple[str, float, list[float], float, str, float | None]] = []

        ref_py, ref_py_all = _median(lambda: _whole(py + ["-c", "pass"], env), args.runs)
        rows.append(("reference: python -c pass", ref_py, ref_py_all, 1.0, "", None))
        v, v_all = _median(lambda: _whole(led + ["--version"], env), args.runs)
        rows.append(("(a) ledcast --version", v, v_all, v / ref_py, "python -c pass", GOAL_VERSION_S))
        p, p_all = _median(lambda: _whole(led + ["--workspace", str(ws), "plan", "show"], env), args.runs)
        rows.append(("(b) ledcast plan show", p, p_all, p / ref_py, "python -c pass", None))

        ref_w, ref_w_all = _median(lambda: _until_shown(py + ["-c", BARE_WINDOW], env), args.runs)
        rows.append(("reference: bare PySide6 window", ref_w, ref_w_all, 1.0, "", None))
        shown_env = dict(env, LEDCAST_QUIT_AFTER_SHOWN="1")
        gui = led + ["--workspace", str(ws)]
        for label, page in (("(c) main window, default page", "plan"), ("(d) main window, Library page", "library")):
            _remember_page(config, page)
            w, w_all = _median(lambda: _until_shown(gui, shown_env), args.runs)
            rows.append((label, w, w_all, w / ref_w, "bare window", GOAL_WINDOW_S))
    finally:
        print(f"kept: {work}") if args.keep else shutil.rmtree(work, ignore_errors=True)

    ok = True
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nmedian of {args.runs} runs; QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; load average {load}\n")
    print("| Measure | Median | Runs | Ratio | CPU | Goal | |")
    print("|---|---|---|---|---|---|---|")
    for (label, med, all_, ratio, ref, goal), cpu in zip(rows, CPU_MEDIANS, strict=True):
        runs = " ".join(f"{t:.2f}" for t in all_)
        verdict = "" if goal is None else ("PASS" if med <= goal else "FAIL")
        ok = ok and verdict != "FAIL"
        ratio_text = f"{ratio:.1f} × {ref}" if ref else ""
        goal_text = f"≤ {goal} s" if goal else ""
        print(f"| {label} | {med:.2f} s | {runs} | {ratio_text} | {cpu:.2f} s | {goal_text} | {verdict} |")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
