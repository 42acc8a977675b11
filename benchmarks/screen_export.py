#!/usr/bin/env python3
"""Benchmark of the screen export pipeline (ledcast.core.export.export_screen).

    python benchmarks/screen_export.py [--quick] [--workdir DIR] [--repeat N] [--keep] [--json FILE]

Builds a fixed workload in a fresh temporary workspace — 12 Vietnamese text
slides of 8 s (slide_media.add_slide at 1920x1080) and 2 clips of 15 s
(testsrc2 1920x1080 25 fps + a sine tone, H.264/AAC, made with the ffmpeg that
imageio-ffmpeg ships), in one screen playlist bound to a 1920x1080 25 fps
outlet: 126 s, 3150 frames — then measures, in the same run:

 (a) cold export wall time ÷ the time x264 alone takes to encode the same
     frames: ONE ffmpeg command whose inputs are the 12 slide frames (the very
     PNGs the export encodes, rendered beforehand and not timed, each converted
     to yuv420p once and repeated for its 8 s with the loop filter) and the 2
     clips (the export's own scale/pad/fps chain), joined with the concat
     FILTER and encoded once with ledcast's x264 settings (screen.X264, -g =
     screen GOP) to a real file, video only.                   goal ≤ 1.5
 (b) a naive moviepy 2.x concatenate_videoclips + write_videofile of the same
     items (ImageClip of each slide PNG, VideoFileClip of each clip, fps 25,
     libx264, same preset and CRF) ÷ the cold export time.     goal ≥ 2
     Skipped with a message when moviepy is not installed
     (pip install "moviepy>=2", or the `bench` extra).
 (c) re-export after changing ONE slide's title (slide_media.update_slide)
     ÷ the cold export time.                                   goal ≤ 0.15
 Peak RSS of the export: the Python process (RUSAGE_SELF) plus the largest of
 its ffmpeg children (RUSAGE_CHILDREN ru_maxrss); the goal (≤ 600 MB) is
 checked on the sum, since Python stays alive while ffmpeg runs. This is the
 true peak as long as ledcast runs one ffmpeg at a time.

Each measured job runs in its own Python subprocess so that getrusage()
reports that job's memory only (RUSAGE_CHILDREN cannot be reset); the x264
reference's ffmpeg is measured with os.wait4(). Inside the export job a few
ledcast functions are wrapped with timers (no behaviour change) to report
where the time goes: slide rendering, still/clip chunk encoding, audio,
concat, verification, checksums.

Wall times decide PASS/FAIL. On a busy machine they are noisy: --repeat N
keeps the fastest of N runs of each job, and the table also gives the same
ratios in CPU time (user + system of the process and its children), which
other load disturbs much less.

The export output is verified independently (ffmpeg -i and a stream-copy frame
count): 1920x1080, h264, 25 fps, 126 s ± 0.1, 3150 frames.

--quick: 640x360, 3 s slides, 5 s clips (46 s programme) for a smoke run.
Exit status: 0, or 2 when an output fails verification (1 with --strict when
a goal is missed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

MARK = "@@BENCH@@ "  # prefix of the worker's JSON result line on stdout

GOAL_EXPORT_VS_X264 = 1.5
GOAL_MOVIEPY_VS_EXPORT = 2.0
GOAL_REEXPORT_VS_COLD = 0.15
GOAL_PEAK_MB = 600.0

SLIDES = [
    (
        "Tiêm chủng mở rộng tháng 6",
        "Trạm y tế xã tiêm vắc-xin sởi – rubella cho trẻ từ 1 đến 5 tuổi vào sáng thứ Bảy, "
        "từ 7 giờ 30. Phụ huynh mang theo sổ tiêm chủng.",
    ),
    (
        "Phòng chống sốt xuất huyết",
        "Hãy úp ngược dụng cụ chứa nước, thả cá bảy màu vào chum vại, ngủ màn cả ban ngày. "
        "Sốt cao liên tục 2 ngày: đến ngay cơ sở y tế.",
    ),
    (
        "Nộp thuế sử dụng đất phi nông nghiệp",
        "Hạn nộp thuế năm nay là ngày 31 tháng 10. Bà con có thể nộp qua ứng dụng ngân hàng "
        "hoặc tại bộ phận một cửa của Ủy ban nhân dân xã.",
    ),
    (
        "An toàn giao thông dịp Tết",
        "Đã uống rượu bia thì không lái xe. Đội mũ bảo hiểm đạt chuẩn, cài quai đúng cách, "
        "không chở quá số người quy định.",
    ),
    (
        "Phòng cháy chữa cháy mùa khô",
        "Không đốt nương rẫy khi trời hanh khô, gió to. Phát hiện cháy rừng, gọi ngay 114 và báo trưởng thôn.",
    ),
    (
        "Dịch vụ công trực tuyến",
        "Đăng ký khai sinh, kết hôn, cấp bản sao trích lục… ngay trên Cổng dịch vụ công quốc gia. "
        "Cán bộ xã hướng dẫn miễn phí tại nhà văn hóa thôn.",
    ),
    (
        "Cảnh giác lừa đảo qua điện thoại",
        "Công an không gọi điện yêu cầu chuyển tiền hay cung cấp mã OTP. Gặp cuộc gọi đáng ngờ, "
        "hãy báo ngay cho công an xã.",
    ),
    (
        "Lịch cắt điện thôn Đồng Bẩm",
        "Thứ Năm tuần này, từ 8 giờ đến 16 giờ, để bảo dưỡng đường dây 22 kV. "
        "Mong bà con thông cảm và chủ động sắp xếp công việc.",
    ),
    (
        "Ngày Chủ nhật xanh",
        "Toàn dân ra quân dọn vệ sinh đường làng, khơi thông cống rãnh, phân loại rác tại nguồn. "
        "Tập trung lúc 6 giờ tại sân nhà văn hóa.",
    ),
    (
        "Phòng chống bão lũ",
        "Theo dõi bản tin thời tiết, gia cố nhà cửa, chuẩn bị lương thực, nước uống, đèn pin. "
        "Không vớt củi, không qua ngầm tràn khi nước lên.",
    ),
    (
        "Khám sức khỏe nghĩa vụ quân sự",
        "Thanh niên sinh năm 2007 có mặt tại Trung tâm y tế huyện lúc 7 giờ ngày 15, "
        "mang theo căn cước và giấy gọi khám.",
    ),
    (
        "Chuyển đổi số nông nghiệp",
        "Hợp tác xã chè Tân Cương hướng dẫn bán hàng trên sàn thương mại điện tử, "
        "truy xuất nguồn gốc bằng mã QR. Đăng ký tại thôn trưởng.",
    ),
]
COLOURS = [
    "#0A3D91",
    "#7A1F1F",
    "#1F5E2E",
    "#4A2A7A",
    "#8A4B00",
    "#004B5C",
    "#222222",
    "#5C0A3D",
    "#2E4A1F",
    "#003366",
    "#5A3A00",
    "#103040",
]
CLIPS = [("Phóng sự nông thôn mới.mp4", 440, ""), ("Hướng dẫn phòng cháy.mp4", 660, "negate,")]
OUTLET = "Màn hình LED chợ xã"
PLAYLIST = "Bản tin tuần"
CHANGED_SLIDE = SLIDES[7][0]  # the slide whose title (c) changes
NEW_TITLE = "Lịch cắt điện thôn Đồng Bẩm (đã đổi giờ)"


# --- small helpers -----------------------------------------------------------------------


def maxrss_mb(ru: Any) -> float:
    """ru_maxrss is KiB on Linux, bytes on macOS."""
    return ru.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru.ru_maxrss / 1024


def rusage_mb() -> dict[str, float]:
    import resource

    return {
        "self_mb": maxrss_mb(resource.getrusage(resource.RUSAGE_SELF)),
        "children_mb": maxrss_mb(resource.getrusage(resource.RUSAGE_CHILDREN)),
    }


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished children so far."""
    import resource

    return sum(
        r.ru_utime + r.ru_stime
        for r in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )


def ffmpeg_exe() -> str:
    from ledcast.core.ffmpeg import ffmpeg_exe as exe

    return exe()


def run_measured(cmd: list[str], cwd: Path | None = None) -> dict[str, Any]:
    """Run a command; its wall time, exit code, stdout, stderr tail and own peak RSS (wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {
            "wall": wall,
            "rc": proc.returncode,
            "stdout": out.read().decode("utf-8", "replace"),
            "stderr": err.read().decode("utf-8", "replace")[-3000:],
            "peak_mb": maxrss_mb(ru),
            "cpu": ru.ru_utime + ru.ru_stime,
        }


def run_worker(kind: str, state_file: Path, arg: str = "") -> dict[str, Any]:
    res = run_measured(
        [sys.executable, str(Path(__file__).resolve()), "--_worker", kind, "--_state", str(state_file), "--_arg", arg],
        cwd=state_file.parent,
    )
    for line in res["stdout"].splitlines():
        if line.startswith(MARK):
            data = json.loads(line[len(MARK) :])
            data["process_peak_mb"] = res["peak_mb"]  # wait4: worker and its children
            return data
    raise SystemExit(f"worker {kind!r} failed (exit {res['rc']}):\n{res['stdout'][-2000:]}\n{res['stderr']}")


def probe(path: Path) -> dict[str, Any]:
    """Independent check of an MP4: ffmpeg -i for the header, a stream copy for the frame count."""
    exe = ffmpeg_exe()
    text = subprocess.run([exe, "-hide_banner", "-i", str(path)], capture_output=True).stderr.decode("utf-8", "replace")
    info: dict[str, Any] = {
        "codec": None,
        "width": None,
        "height": None,
        "fps": None,
        "duration": None,
        "pix_fmt": None,
        "audio": None,
        "frames": None,
    }
    m = re.search(r"Duration: (\d+):(\d+):(\d+(?:\.\d+)?)", text)
    if m:
        info["duration"] = int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3])
    v = re.search(r"Stream #\S+.*?: Video: (\w+).*", text)
    if v:
        line = v[0]
        info["codec"] = v[1]
        sz = re.search(r", (\d{2,5})x(\d{2,5})", line)
        if sz:
            info["width"], info["height"] = int(sz[1]), int(sz[2])
        fr = re.search(r", (\d+(?:\.\d+)?) fps", line)
        if fr:
            info["fps"] = float(fr[1])
        pf = re.search(r"\b(yuv\w+|rgb\w+|gbr\w+)", line)
        info["pix_fmt"] = pf[1] if pf else None
    a = re.search(r"Stream #\S+.*?: Audio: (\w+)", text)
    info["audio"] = a[1] if a else None
    copy = subprocess.run(
        [exe, "-hide_banner", "-nostats", "-i", str(path), "-map", "0:v:0", "-c", "copy", "-f", "null", "-"],
        capture_output=True,
    ).stderr.decode("utf-8", "replace")
    frames = re.findall(r"frame=\s*(\d+)", copy)
    if frames:
        info["frames"] = int(frames[-1])
    else:  # newer ffmpeg prints the count only in the -progress / stats line
        prog = subprocess.run(
            [
                exe,
                "-hide_banner",
                "-nostats",
                "-progress",
                "pipe:1",
                "-i",
                str(path),
                "-map",
                "0:v:0",
                "-c",
                "copy",
                "-f",
                "null",
                "-",
            ],
            capture_output=True,
        )
        got = re.findall(r"frame=(\d+)", prog.stdout.decode())
        info["frames"] = int(got[-1]) if got else None
    return info


def check_output(info: dict[str, Any], cfg: dict[str, Any]) -> list[str]:
    problems = []
    if info["codec"] != "h264":
        problems.append(f"codec {info['codec']}")
    if (info["width"], info["height"]) != (cfg["width"], cfg["height"]):
        problems.append(f"size {info['width']}x{info['height']}")
    if info["fps"] is None or abs(info["fps"] - cfg["fps"]) > 0.01:
        problems.append(f"fps {info['fps']}")
    if info["duration"] is None or abs(info["duration"] - cfg["total_s"]) > 0.1:
        problems.append(f"duration {info['duration']} (want {cfg['total_s']:.2f} ± 0.1)")
    if info["frames"] is not None and info["frames"] != cfg["total_frames"]:
        problems.append(f"{info['frames']} frames (want {cfg['total_frames']})")
    return problems


# --- the workload --------------------------------------------------------------------------


def config(quick: bool) -> dict[str, Any]:
    w, h = (640, 360) if quick else (1920, 1080)
    slide_s, clip_s, fps = (3, 5, 25) if quick else (8, 15, 25)
    total_s = len(SLIDES) * slide_s + len(CLIPS) * clip_s
    return {
        "quick": quick,
        "width": w,
        "height": h,
        "fps": fps,
        "slide_s": slide_s,
        "clip_s": clip_s,
        "total_s": total_s,
        "total_frames": round(total_s * fps),
    }


def make_clip(path: Path, cfg: dict[str, Any], freq: int, vf: str) -> None:
    w, h, fps, d = cfg["width"], cfg["height"], cfg["fps"], cfg["clip_s"]
    cmd = [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostdin",
        "-v",
        "error",
        "-y",
        "-f",
        "lavfi",
        "-i",
        f"testsrc2=size={w}x{h}:rate={fps}:duration={d}",
        "-f",
        "lavfi",
        "-i",
        f"sine=frequency={freq}:sample_rate=48000:duration={d}",
        "-vf",
        f"{vf}format=yuv420p",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast",
        "-crf",
        "20",
        "-g",
        "50",
        "-c:a",
        "aac",
        "-b:a",
        "128k",
        "-ac",
        "2",
        "-shortest",
        "-movflags",
        "+faststart",
        str(path),
    ]
    res = subprocess.run(cmd, capture_output=True)
    if res.returncode != 0:
        raise SystemExit(f"could not generate {path.name}: {res.stderr.decode(errors='replace')}")


def setup(run_dir: Path, cfg: dict[str, Any]) -> dict[str, Any]:
    """Fresh workspace, slides, clips, outlet, playlist; the slide frames as PNGs for the baselines."""
    from ledcast.core import library, outlets, slide_media
    from ledcast.core import playlist as pl
    from ledcast.core.render import screen
    from ledcast.core.slides import SlideSource
    from ledcast.core.startup import open_for_use

    t0 = time.perf_counter()
    ws = open_for_use(run_dir / "workspace")
    src_dir = run_dir / "sources"
    src_dir.mkdir()
    size = (cfg["width"], cfg["height"])
    slide_ids = []
    for (title, body), colour in zip(SLIDES, COLOURS):
        media, _ = slide_media.add_slide(ws, SlideSource(title=title, body=body, background_color=colour), size)
        slide_ids.append(media.id)
    t_slides = time.perf_counter()
    clip_paths = []
    for name, freq, vf in CLIPS:
        p = src_dir / name
        make_clip(p, cfg, freq, vf)
        clip_paths.append(p)
    t_gen = time.perf_counter()
    report = library.import_files(ws, clip_paths)
    if report.failed or len(report.added) != len(CLIPS):
        raise SystemExit(f"clip import failed: {report}")
    clip_ids = [m.id for m in report.added]
    t_import = time.perf_counter()
    outlets.add_outlet(ws, OUTLET, "screen", size=f"{cfg['width']}x{cfg['height']}", fps=cfg["fps"])
    p = pl.create_playlist(ws, PLAYLIST, "screen", outlet=OUTLET)
    half = len(slide_ids) // 2
    order = slide_ids[:half] + [clip_ids[0]] + slide_ids[half:] + [clip_ids[1]]
    res = pl.add_items(ws, p.id, order, duration_s=cfg["slide_s"])
    if res.refused:
        raise SystemExit(f"playlist refused items: {res.refused}")
    p = pl.get_playlist(ws, p.id)
    if abs(pl.total_duration(p) - cfg["total_s"]) > 0.05:
        raise SystemExit(f"playlist lasts {pl.total_duration(p)} s, expected {cfg['total_s']} s")

    # The frames the export will encode, as PNGs for the x264 reference and moviepy (not timed).
    s = screen.ScreenSettings(cfg["width"], cfg["height"], float(cfg["fps"]))
    frames_dir = run_dir / "frames"
    frames_dir.mkdir()
    items = []
    for i, item in enumerate(p.items):
        if item.media.kind == "slide":
            png = frames_dir / f"{i:02d}.png"
            screen.still_image(ws, item.media, s).save(png, "PNG", compress_level=1)
            path = png
        else:
            path = ws.path(item.media.store_path)
        items.append(
            {
                "kind": item.media.kind,
                "path": str(path),
                "seconds": pl.item_duration(item),
                "media_id": item.media.id,
                "title": item.media.title,
            }
        )
    ws.close()
    t_end = time.perf_counter()
    return {
        "cfg": cfg,
        "workspace": str(run_dir / "workspace"),
        "playlist_id": p.id,
        "items": items,
        "out": str(run_dir / "usb" / "export"),
        "run_dir": str(run_dir),
        "setup_times": {
            "slides": t_slides - t0,
            "clips_generate": t_gen - t_slides,
            "clips_import": t_import - t_gen,
            "playlist_and_pngs": t_end - t_import,
            "total": t_end - t0,
        },
    }


# --- workers (each in its own process, so getrusage is its own) ------------------------------


class PhaseTimer:
    """Wrap ledcast functions with timers to see where an export spends its time.
    Times are exclusive: a wrapped call inside another (e.g. the audio build inside
    assemble) is counted in its own phase only."""

    def __init__(self) -> None:
        self.t: dict[str, float] = defaultdict(float)
        self.n: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()
        self._local = threading.local()  # per thread: a stack of [start, time in nested wrapped calls]

    def wrap(self, mod: Any, name: str, phase: str | Any) -> None:
        orig = getattr(mod, name)

        def timed(*a: Any, **k: Any) -> Any:
            label = phase(a, k) if callable(phase) else phase
            stack = self._local.__dict__.setdefault("stack", [])
            frame = [time.perf_counter(), 0.0]
            stack.append(frame)
            try:
                return orig(*a, **k)
            finally:
                stack.pop()
                spent = time.perf_counter() - frame[0]
                with self._lock:
                    self.t[label] += spent - frame[1]
                    self.n[label] += 1
                if stack:
                    stack[-1][1] += spent

        setattr(mod, name, timed)

    def install(self) -> None:
        from ledcast.core import durable, ffmpeg
        from ledcast.core.export import folder
        from ledcast.core.export import screen as export_screen
        from ledcast.core.render import screen

        self.wrap(screen, "still_image", "slide_render")
        self.wrap(screen, "plan_items", "plan_other")
        self.wrap(screen, "build_audio", "audio")
        self.wrap(screen, "assemble", "concat_mux")
        # chunk encodes go through ffmpeg.run_with_progress: stills are fed with -framerate
        self.wrap(ffmpeg, "run_with_progress", lambda a, k: "still_encode" if "-framerate" in a[0] else "clip_encode")
        self.wrap(export_screen, "verify_video", "verify")
        self.wrap(folder, "file_entry", "checksums")
        self.wrap(durable, "fsync_file", "fsync")
        self.wrap(folder, "swap_into_place", "move_into_place")

    KEYS = (
        "slide_render",
        "plan_other",
        "still_encode",
        "clip_encode",
        "audio",
        "concat_mux",
        "verify",
        "checksums",
        "fsync",
        "move_into_place",
    )

    def phases(self, total: float) -> dict[str, dict[str, float]]:
        out = {k: {"s": self.t.get(k, 0.0), "n": self.n.get(k, 0)} for k in self.KEYS}
        out["other"] = {"s": total - sum(v["s"] for v in out.values()), "n": 0}
        return out


def worker_export(state: dict[str, Any], change_slide: bool, variant: int = 0) -> dict[str, Any]:
    from ledcast.core import export, library, slide_media
    from ledcast.core.slides import SlideSource
    from ledcast.core.startup import open_for_use

    ws = open_for_use(state["workspace"])
    result: dict[str, Any] = {}
    if change_slide:
        target = next(i for i in state["items"] if i["title"] == CHANGED_SLIDE)
        old = slide_media.source_of(ws, library.get_media(ws, target["media_id"]))[0]
        t0 = time.perf_counter()
        title = NEW_TITLE if variant == 0 else f"{NEW_TITLE} – lần {variant + 1}"  # a new title each repeat
        slide_media.update_slide(
            ws,
            target["media_id"],
            SlideSource(
                title=title,
                body=old.body,
                text_color=old.text_color,
                background_color=old.background_color,
                align=old.align,
            ),
        )
        result["update_slide_s"] = time.perf_counter() - t0
    timer = PhaseTimer()
    timer.install()
    cpu0 = cpu_seconds()
    t0 = time.perf_counter()
    res = export.export_screen(ws, state["playlist_id"], state["out"])
    wall = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    mp4 = next(res.folder / f["name"] for f in res.files if f["name"].endswith(".mp4"))
    ws.close()
    result.update(
        {
            "wall": wall,
            "cpu": cpu,
            "rendered_frames": res.rendered_frames,
            "cached_chunks": res.cached_chunks,
            "mp4": str(mp4),
            "mp4_bytes": mp4.stat().st_size,
            "phases": timer.phases(wall),
            **rusage_mb(),
        }
    )
    return result


MOVIEPY_MISSING = "moviepy is not installed"


def worker_moviepy(state: dict[str, Any]) -> dict[str, Any]:
    try:
        import moviepy
        from moviepy import ImageClip, VideoFileClip, concatenate_videoclips
    except ImportError as exc:
        return {"skipped": f'{MOVIEPY_MISSING} ({exc}); pip install "moviepy>=2"'}
    from ledcast.core.render import screen

    cfg = state["cfg"]
    run_dir = Path(state["run_dir"])
    out = run_dir / "moviepy.mp4"
    gop = max(1, round(cfg["fps"] * 2))
    cpu0 = cpu_seconds()
    t0 = time.perf_counter()
    clips = [
        ImageClip(i["path"], duration=i["seconds"]) if i["kind"] == "slide" else VideoFileClip(i["path"])
        for i in state["items"]
    ]
    final = concatenate_videoclips(clips)
    preset = screen.X264[screen.X264.index("-preset") + 1]
    crf = screen.X264[screen.X264.index("-crf") + 1]
    final.write_videofile(
        str(out),
        fps=cfg["fps"],
        codec="libx264",
        preset=preset,
        audio_codec="aac",
        ffmpeg_params=["-crf", crf, "-g", str(gop)],
        temp_audiofile_path=str(run_dir),
        logger=None,
    )
    for c in clips:
        c.close()
    wall = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    version = getattr(moviepy, "__version__", "?")
    try:
        from importlib.metadata import version as dist_version

        version = dist_version("moviepy")
    except Exception:  # noqa: BLE001 - only for the label
        pass
    return {
        "wall": wall,
        "cpu": cpu,
        "mp4": str(out),
        "mp4_bytes": out.stat().st_size,
        "moviepy": version,
        **rusage_mb(),
    }


def worker_main(kind: str, state_file: Path, arg: str) -> None:
    state = json.loads(state_file.read_text(encoding="utf-8"))
    if kind == "export":
        data = worker_export(state, change_slide=False)
    elif kind == "reexport":
        data = worker_export(state, change_slide=True, variant=int(arg or 0))
    elif kind == "moviepy":
        data = worker_moviepy(state)
    else:
        raise SystemExit(f"unknown worker {kind}")
    print(MARK + json.dumps(data), flush=True)


# --- the x264 reference ------------------------------------------------------------------------


def reference_command(state: dict[str, Any], out: Path) -> list[str]:
    """One ffmpeg: the same frames as the export, concat filter, one x264 encode, video only."""
    from ledcast.core.render import screen

    cfg = state["cfg"]
    s = screen.ScreenSettings(cfg["width"], cfg["height"], float(cfg["fps"]))
    inputs: list[str] = []
    chains: list[str] = []
    try:
        clip_chain = screen._clip_filter(s)  # the export's own chain, so the frames are the same
    except AttributeError:
        w, h = s.width, s.height
        clip_chain = (
            f"scale={w}:{h}:force_original_aspect_ratio=decrease,pad={w}:{h}:(ow-iw)/2:(oh-ih)/2,"
            f"setsar=1,fps={s.fps:g},tpad=stop_mode=clone:stop_duration=2,format=yuv420p"
        )
    for i, item in enumerate(state["items"]):
        frames = screen.frames_for(item["seconds"], s.fps)
        if item["kind"] == "slide":
            inputs += ["-framerate", f"{s.fps:g}", "-i", item["path"]]
            # converted to yuv420p once, then repeated: the cheapest way to feed x264 these frames
            chains.append(
                f"[{i}:v]format=yuv420p,setsar=1,loop=loop={frames - 1}:size=1:start=0,setpts=N/({s.fps:g}*TB)[v{i}]"
            )
        else:
            inputs += ["-i", item["path"]]
            chains.append(f"[{i}:v]{clip_chain},trim=end_frame={frames},setpts=N/({s.fps:g}*TB)[v{i}]")
    n = len(state["items"])
    graph = ";".join(chains) + ";" + "".join(f"[v{i}]" for i in range(n)) + f"concat=n={n}:v=1:a=0[v]"
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
        "[v]",
        *screen.X264,
        "-g",
        str(s.gop),
        "-an",
        str(out),
    ]


# --- report ------------------------------------------------------------------------------------------


def shorten_command(cmd: list[str]) -> str:
    """The reference command for the log: inputs elided, the first slide's and clip's chains shown."""
    graph = cmd[cmd.index("-filter_complex") + 1].split(";")
    inputs = sum(1 for x in cmd if x == "-i")
    shown = [next(g for g in graph if "loop=" in g), next((g for g in graph if "tpad=" in g), ""), "…", graph[-1]]
    rest = cmd[cmd.index("-filter_complex") + 2 :]
    return (
        f"ffmpeg <{inputs} inputs: slide PNGs with -framerate, clips> -filter_complex "
        f'"{";".join(x for x in shown if x)}" {" ".join(rest[:-1])} {Path(rest[-1]).name}'
    )


def verdict(ok: bool | None) -> str:
    return "SKIP" if ok is None else ("PASS" if ok else "FAIL")


def phase_table(cold: dict[str, Any], warm: dict[str, Any]) -> str:
    names = {
        "slide_render": "slide rendering (Pillow, still_image)",
        "plan_other": "planning (PNG save, cache look-ups)",
        "still_encode": "still chunk encoding (x264)",
        "clip_encode": "clip encoding (x264)",
        "audio": "audio track (AAC)",
        "concat_mux": "concat demuxer + mux (-c copy)",
        "verify": "verify (ffmpeg -i)",
        "checksums": "checksums (SHA-256 + MD5)",
        "fsync": "fsync",
        "move_into_place": "move into place",
        "other": "other (DB, manifest, unwrapped work)",
    }
    rows = [f"  {'phase':<40} {'cold':>14} {'re-export':>14}"]
    for key, label in names.items():
        c, w = cold["phases"][key], warm["phases"][key]
        counted = key in ("slide_render", "still_encode", "clip_encode", "audio")
        cn = f" ×{c['n']}" if counted else ""
        wn = f" ×{w['n']}" if counted else ""
        rows.append(f"  {label:<40} {c['s']:>8.2f} s{cn:<4} {w['s']:>8.2f} s{wn:<4}")
    rows.append(f"  {'total export_screen':<40} {cold['wall']:>8.2f} s     {warm['wall']:>8.2f} s")
    if min(cold["phases"]["other"]["s"], warm["phases"]["other"]["s"]) < -0.05:
        rows.append("  (phases ran in parallel threads: they add up to more than the total)")
    return "\n".join(rows)


def fastest(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return min(runs, key=lambda r: r["wall"])


def spread(runs: list[dict[str, Any]]) -> float:
    walls = [r["wall"] for r in runs]
    return max(walls) / min(walls)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="640x360, 3 s slides, 5 s clips: a smoke run")
    ap.add_argument("--workdir", type=Path, help="where to create the temporary workspace (default: system temp)")
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run each measured job N times and keep the fastest (for busy or noisy machines)",
    )
    ap.add_argument("--keep", action="store_true", help="keep the workspace and outputs")
    ap.add_argument("--skip-moviepy", action="store_true", help="do not run the moviepy comparison (b)")
    ap.add_argument("--json", type=Path, help="also write all the measurements as JSON to this file")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    ap.add_argument("--_worker", help=argparse.SUPPRESS)
    ap.add_argument("--_state", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--_arg", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._worker:
        worker_main(args._worker, args._state, args._arg)
        return 0
    repeat = max(1, args.repeat)
    if not hasattr(os, "wait4"):
        raise SystemExit("This benchmark needs Linux or macOS (resource.getrusage, os.wait4).")

    import ledcast
    from ledcast.core.render import screen

    cfg = config(args.quick)
    base = args.workdir or Path(tempfile.gettempdir())
    base.mkdir(parents=True, exist_ok=True)
    run_dir = Path(tempfile.mkdtemp(prefix="ledcast-bench-", dir=base))
    cmdline = (
        "python benchmarks/screen_export.py"
        + (" --quick" if args.quick else "")
        + (f" --repeat {repeat}" if repeat > 1 else "")
    )
    ncpu = os.cpu_count() or 1
    load_start = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    ff_version = subprocess.run([ffmpeg_exe(), "-version"], capture_output=True, text=True).stdout.split("\n")[0]
    ff_version = ff_version.split(" Copyright")[0].replace("ffmpeg version ", "ffmpeg ")
    print(
        f"ledcast {ledcast.__version__} ({Path(ledcast.__file__).parent}) · Python {platform.python_version()} "
        f"· {platform.machine()} {ncpu} CPU · {ff_version}"
    )
    print(
        f"workload: {len(SLIDES)} slides × {cfg['slide_s']} s + {len(CLIPS)} clips × {cfg['clip_s']} s "
        f"= {cfg['total_s']} s, {cfg['total_frames']} frames at {cfg['width']}x{cfg['height']} {cfg['fps']} fps; "
        f"x264 {' '.join(screen.X264[2:6])}"
    )
    print(f"run dir: {run_dir}")
    if load_start is not None and load_start > 0.5 * ncpu:
        print(
            f"WARNING: load average {load_start:.1f} on {ncpu} CPU before starting: other work competes for the "
            f"CPU and makes wall times noisy; consider --repeat 3."
        )
    problems: list[str] = []
    try:
        t_all = time.perf_counter()
        state = setup(run_dir, cfg)
        st = state["setup_times"]
        print(
            f"setup {st['total']:.1f} s (slides {st['slides']:.1f}, clip generation {st['clips_generate']:.1f}, "
            f"import {st['clips_import']:.1f}, playlist + PNGs {st['playlist_and_pngs']:.1f}) — not measured"
        )
        state_file = run_dir / "state.json"
        state_file.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        segments = Path(state["workspace"]) / "cache" / "segments"
        ref_out = run_dir / "reference.mp4"
        ref_cmd = reference_command(state, ref_out)
        print("x264 reference: " + shorten_command(ref_cmd))

        colds: list[dict[str, Any]] = []
        warms: list[dict[str, Any]] = []
        refs: list[dict[str, Any]] = []
        mps: list[dict[str, Any]] = []
        mp_skipped = "--skip-moviepy" if args.skip_moviepy else None
        outputs: dict[str, Any] = {}

        def checked(label: str, path: Path) -> dict[str, Any]:
            info = probe(path)
            bad = check_output(info, cfg)
            if bad:
                problems.append(f"{label}: {', '.join(bad)}")
            outputs[label] = info
            return info

        for k in range(repeat):
            tag = f" [{k + 1}/{repeat}]" if repeat > 1 else ""
            shutil.rmtree(segments, ignore_errors=True)  # cold: nothing cached
            print(f"… cold export{tag}", end=" ", flush=True)
            cold = run_worker("export", state_file)
            info = checked("export", Path(cold["mp4"]))
            colds.append(cold)
            print(
                f"{cold['wall']:.2f} s (CPU {cold['cpu']:.1f} s), rendered {cold['rendered_frames']} frames; "
                f"{info['width']}x{info['height']} {info['codec']} {info['fps']:g} fps {info['duration']:.2f} s "
                f"{info['frames']} frames, audio {info['audio']}"
            )

            print(f"… re-export after changing one slide's title{tag}", end=" ", flush=True)
            warm = run_worker("reexport", state_file, str(k))
            checked("re-export", Path(warm["mp4"]))
            warms.append(warm)
            print(
                f"{warm['wall']:.2f} s (CPU {warm['cpu']:.1f} s), rendered {warm['rendered_frames']} frames, "
                f"{warm['cached_chunks']} chunks from the cache"
            )

            print(f"… x264 reference: one ffmpeg, concat filter{tag}", end=" ", flush=True)
            ref = run_measured(ref_cmd)
            if ref["rc"] != 0:
                raise SystemExit(f"the reference encode failed:\n{ref['stderr']}")
            info = checked("reference", ref_out)
            refs.append(ref)
            print(f"{ref['wall']:.2f} s (CPU {ref['cpu']:.1f} s), {info['frames']} frames")

            if mp_skipped is None:
                print(f"… moviepy concatenate_videoclips + write_videofile{tag}", end=" ", flush=True)
                mp = run_worker("moviepy", state_file)
                if "skipped" in mp:
                    mp_skipped = mp["skipped"]
                    print("skipped")
                else:
                    info = probe(Path(mp["mp4"]))  # reported, not judged
                    outputs["moviepy"] = info
                    mps.append(mp)
                    print(f"{mp['wall']:.2f} s (CPU {mp['cpu']:.1f} s), {info['frames']} frames, {info['duration']} s")
        if mp_skipped:
            print(f"  (b) skipped: {mp_skipped}")
        total = time.perf_counter() - t_all

        # --- figures: the fastest of the repeats; memory: the largest
        cold, warm, ref = fastest(colds), fastest(warms), fastest(refs)
        mp = fastest(mps) if mps else None
        a = cold["wall"] / ref["wall"]
        b = mp["wall"] / cold["wall"] if mp else None
        c = warm["wall"] / cold["wall"]
        cpu_a = min(r["cpu"] for r in colds) / min(r["cpu"] for r in refs)
        cpu_b = min(r["cpu"] for r in mps) / min(r["cpu"] for r in colds) if mps else None
        cpu_c = min(r["cpu"] for r in warms) / min(r["cpu"] for r in colds)
        mem_self = max(r["self_mb"] for r in colds + warms)
        mem_children = max(r["children_mb"] for r in colds + warms)
        mem = max(r["self_mb"] + r["children_mb"] for r in colds + warms)
        ok_a, ok_c = a <= GOAL_EXPORT_VS_X264, c <= GOAL_REEXPORT_VS_COLD
        ok_b = None if b is None else b >= GOAL_MOVIEPY_VS_EXPORT
        ok_mem = mem <= GOAL_PEAK_MB
        ok_out = not problems

        print()
        print("Where the export spends its time (timers around ledcast functions, fastest run):")
        print(phase_table(cold, warm))
        print(f"  (update_slide itself: {warm.get('update_slide_s', 0):.2f} s, not counted)")
        if repeat > 1:
            noisy = {
                name: spread(runs)
                for name, runs in (("export", colds), ("re-export", warms), ("reference", refs), ("moviepy", mps))
                if runs
            }
            print("spread between repeats (slowest ÷ fastest): " + ", ".join(f"{k} {v:.2f}" for k, v in noisy.items()))
            if max(noisy.values()) > 1.15:
                print("WARNING: repeats differ by more than 15 %: the machine is busy; trust the CPU-time ratios more.")
        for p in problems:
            print(f"VERIFICATION FAILED: {p}")

        size = f"{cfg['width']}x{cfg['height']}"
        o = outputs["export"]
        lines = [
            f"Command: `{cmdline}`  ",
            f"Workload: {len(SLIDES)} slides × {cfg['slide_s']} s + {len(CLIPS)} clips × {cfg['clip_s']} s = "
            f"{cfg['total_s']} s ({cfg['total_frames']} frames) at {size}, {cfg['fps']} fps; "
            f"{ncpu} CPU, {ff_version}" + (f"; fastest of {repeat}" if repeat > 1 else ""),
            "",
            "| Measure | Wall time | Ratio | CPU-time ratio | Goal | |",
            "|---|---|---|---|---|---|",
            f"| (a) cold export ÷ x264 alone, same frames in one pass | {cold['wall']:.1f} s ÷ {ref['wall']:.1f} s "
            f"| {a:.2f} | {cpu_a:.2f} | ≤ {GOAL_EXPORT_VS_X264:g} | {verdict(ok_a)} |",
        ]
        if mp is not None:
            lines.append(
                f"| (b) moviepy {mp['moviepy']} ÷ cold export | {mp['wall']:.1f} s ÷ {cold['wall']:.1f} s "
                f"| {b:.2f} | {cpu_b:.2f} | ≥ {GOAL_MOVIEPY_VS_EXPORT:g} | {verdict(ok_b)} |"
            )
        else:
            lines.append(
                f"| (b) moviepy ÷ cold export | skipped: {str(mp_skipped).split(' (')[0].split(';')[0]} "
                f"| – | – | ≥ {GOAL_MOVIEPY_VS_EXPORT:g} | SKIP |"
            )
        lines += [
            f"| (c) re-export after one slide changed ÷ cold export | {warm['wall']:.2f} s ÷ {cold['wall']:.1f} s "
            f"| {c:.3f} | {cpu_c:.3f} | ≤ {GOAL_REEXPORT_VS_COLD:g} | {verdict(ok_c)} |",
            f"| peak RSS of the export: Python + largest ffmpeg | {mem_self:.0f} + {mem_children:.0f} MB "
            f"| {mem:.0f} MB | | ≤ {GOAL_PEAK_MB:g} MB | {verdict(ok_mem)} |",
            f"| peak RSS of the x264 reference (one ffmpeg) | {max(r['peak_mb'] for r in refs):.0f} MB | | | | |",
        ]
        if mp is not None:
            lines.append(
                f"| peak RSS of moviepy: Python + ffmpeg | "
                f"{max(r['self_mb'] for r in mps):.0f} + {max(r['children_mb'] for r in mps):.0f} MB "
                f"| {max(r['self_mb'] + r['children_mb'] for r in mps):.0f} MB | | | |"
            )
        lines.append(
            f"| export output (ffmpeg -i) | {o['width']}x{o['height']} {o['codec']} {o['fps']:g} fps "
            f"{o['duration']:.2f} s, {o['frames']} frames, audio {o['audio']} | | | {size} h264 {cfg['fps']} fps "
            f"{cfg['total_s']} s ± 0.1 | {verdict(ok_out)} |"
        )
        print()
        print("\n".join(lines))
        if cfg["quick"]:
            print(
                "\n--quick is a smoke run at 640x360: fixed per-process costs dominate, so the goals "
                "(set for 1920x1080) are not meaningful here."
            )
        load_end = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
        print(
            f"\n(benchmark wall time {total:.0f} s incl. setup; load average {load_start:.1f} before, "
            f"{load_end:.1f} after, on {ncpu} CPU)"
            if load_start is not None
            else f"\n(benchmark wall time {total:.0f} s incl. setup)"
        )

        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "command": cmdline,
                        "cfg": cfg,
                        "setup": st,
                        "cpu_count": ncpu,
                        "ffmpeg": ff_version,
                        "load_average": [load_start, load_end],
                        "reference_command": ref_cmd,
                        "runs": {
                            "export": colds,
                            "reexport": warms,
                            "reference": [{k: r[k] for k in ("wall", "cpu", "peak_mb")} for r in refs],
                            "moviepy": mps,
                        },
                        "moviepy_skipped": mp_skipped,
                        "outputs": outputs,
                        "ratios": {"export_vs_x264": a, "moviepy_vs_export": b, "reexport_vs_cold": c},
                        "cpu_ratios": {"export_vs_x264": cpu_a, "moviepy_vs_export": cpu_b, "reexport_vs_cold": cpu_c},
                        "peak_mb": {"export": mem, "python": mem_self, "ffmpeg": mem_children},
                        "pass": {"a": ok_a, "b": ok_b, "c": ok_c, "memory": ok_mem, "output": ok_out},
                    },
                    ensure_ascii=False,
                    indent=2,
                ),
                encoding="utf-8",
            )
        goals_ok = ok_a and ok_c and ok_mem and ok_b is not False
    finally:
        if args.keep:
            print(f"kept: {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    if problems:
        return 2
    return 1 if args.strict and not goals_ok else 0


if __name__ == "__main__":
    sys.exit(main())
