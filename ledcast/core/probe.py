"""Probe media with ffmpeg (streams, codecs, duration) and Pillow (images), and
check that the file decodes, so damaged files are refused at import."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ledcast.core import ffmpeg
from ledcast.core.errors import M_BAD_IMAGE, M_CORRUPT_MEDIA, M_NO_AUDIO, M_NO_VIDEO, MediaError

AUDIO_EXT = (".mp3", ".wav", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac")
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".bmp", ".webp")
VIDEO_EXT = (".mp4", ".mov", ".mkv", ".avi", ".webm", ".m4v")


def kind_for(path: Path) -> str | None:
    ext = path.suffix.lower()
    if ext in AUDIO_EXT:
        return "audio"
    if ext in IMAGE_EXT:
        return "image"
    if ext in VIDEO_EXT:
        return "video"
    return None


@dataclass
class Probe:
    kind: str
    container: str = ""
    duration_s: float | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    sample_rate: int | None = None
    channels: int | None = None
    title: str | None = None
    tags: dict[str, str] = field(default_factory=dict)


_INPUT = re.compile(r"^Input #0, ([^ ]+), from")
_DURATION = re.compile(r"^\s+Duration: (\d+):(\d+):(\d+(?:\.\d+)?)")
_STREAM = re.compile(r"^\s+Stream #0:\d+.*?: (Video|Audio): (.*)$")
_SIZE = re.compile(r"(?:^|[ ,])(\d{1,5})x(\d{1,5})(?:[ ,\[]|$)")
_FPS = re.compile(r"(\d+(?:\.\d+)?)(k?) fps")
_TBR = re.compile(r"(\d+(?:\.\d+)?)(k?) tbr")
_RATE = re.compile(r"(\d+) Hz")
_TAG = re.compile(r"^    (\w[\w-]*)\s*: (.*)$")
_LAYOUTS = {"mono": 1, "stereo": 2, "2.1": 3, "quad": 4, "4.0": 4, "5.0": 5, "5.1": 6, "6.1": 7, "7.1": 8}


def _channels(desc: str) -> int | None:
    parts = [p.strip() for p in desc.split(",")]
    for p in parts[1:]:
        m = re.match(r"(\d+) channels", p)
        if m:
            return int(m.group(1))
        base = p.split("(")[0]
        if base in _LAYOUTS:
            return _LAYOUTS[base]
    return None


def parse_ffmpeg_info(text: str, kind: str) -> Probe:
    """Parse what `ffmpeg -i FILE` prints about its input."""
    p = Probe(kind=kind)
    in_top_meta = False
    for line in text.splitlines():
        if m := _INPUT.match(line):
            p.container = m.group(1)
            continue
        if line.startswith("  Metadata:"):
            in_top_meta = p.duration_s is None and p.video_codec is None and p.audio_codec is None
            continue
        if in_top_meta:
            if m := _TAG.match(line):
                p.tags.setdefault(m.group(1).lower(), m.group(2).strip())
                continue
            in_top_meta = False
        if m := _DURATION.match(line):
            h, mi, s = m.groups()
            p.duration_s = int(h) * 3600 + int(mi) * 60 + float(s)
            continue
        if m := _STREAM.match(line):
            stype, desc = m.groups()
            codec = desc.split(",")[0].split(" ")[0].strip()
            if stype == "Video":
                if "(attached pic)" in desc or p.video_codec:  # cover art, or a second picture
                    continue
                p.video_codec = codec
                if sm := _SIZE.search(desc):
                    p.width, p.height = int(sm.group(1)), int(sm.group(2))
                fm = _FPS.search(desc) or _TBR.search(desc)
                if fm:
                    p.fps = float(fm.group(1)) * (1000 if fm.group(2) else 1)
            elif stype == "Audio" and not p.audio_codec:
                p.audio_codec = codec
                if rm := _RATE.search(desc):
                    p.sample_rate = int(rm.group(1))
                p.channels = _channels(desc)
    p.title = p.tags.get("title") or None
    return p


def describe(path: Path, kind: str, cancel: ffmpeg.CancelCheck | None = None) -> tuple[Probe, str]:
    """What `ffmpeg -i` says of a file: parsed, and the raw text (empty probe if unreadable)."""
    res = ffmpeg.run(["-i", str(path)], cancel=cancel)
    text = res.stderr.decode("utf-8", "replace")
    return parse_ffmpeg_info(text, kind), text


def probe_av(path: Path, kind: str, cancel: ffmpeg.CancelCheck | None = None) -> Probe:
    p, text = describe(path, kind, cancel)
    if "Input #0" not in text:
        raise MediaError(M_CORRUPT_MEDIA, detail=ffmpeg.error_detail(text.encode()))
    if kind == "audio" and not p.audio_codec:
        raise MediaError(M_NO_AUDIO)
    if kind == "video" and not p.video_codec:
        raise MediaError(M_NO_VIDEO)
    if not p.duration_s or p.duration_s <= 0:
        raise MediaError(M_CORRUPT_MEDIA, detail="duration unknown")
    return p


def probe_image(path: Path) -> Probe:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            im.load()  # decode fully: a truncated image fails here, not later on air
            return Probe(kind="image", container=(im.format or "").lower(),
                         width=im.width, height=im.height)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise MediaError(M_BAD_IMAGE, detail=str(exc)[:200]) from exc


def check_decodes(path: Path, p: Probe, cancel: ffmpeg.CancelCheck | None = None) -> None:
    """Decode the last second of a video (cheap, and where truncation shows);
    audio is decoded in full while its waveform thumbnail is drawn."""
    if p.kind != "video":
        return
    start = max(0.0, (p.duration_s or 0) - 1.0)
    res = ffmpeg.run(["-v", "error", "-ss", f"{start:.3f}", "-i", str(path), "-map", "0:v:0",
                      "-frames:v", "5", "-f", "null", "-"], cancel=cancel)
    if res.returncode != 0 or res.stderr.strip():
        raise MediaError(M_CORRUPT_MEDIA, detail=ffmpeg.error_detail(res.stderr))


def make_thumbnail(path: Path, p: Probe, out: Path, cancel: ffmpeg.CancelCheck | None = None,
                   size: tuple[int, int] = (160, 90)) -> bool:
    """Write a PNG thumbnail: a frame for video, the picture for images, the
    waveform for audio. For audio this is the full decode check as well."""
    w, h = size
    if p.kind == "image" or p.kind == "slide":
        from PIL import Image

        with Image.open(path) as im:
            im = im.convert("RGB")
            im.thumbnail((w, h))
            im.save(out, "PNG")
        return True
    if p.kind == "video":
        at = min(1.0, (p.duration_s or 0) / 3)
        args = ["-v", "error", "-ss", f"{at:.3f}", "-i", str(path), "-map", "0:v:0", "-frames:v", "1",
                "-vf", f"scale={w}:{h}:force_original_aspect_ratio=decrease", "-y", str(out)]
        res = ffmpeg.run(args, cancel=cancel)
        if res.returncode != 0 or not out.exists():
            raise MediaError(M_CORRUPT_MEDIA, detail=ffmpeg.error_detail(res.stderr))
        return True
    thumb, _analysis = analyse_audio(path, out, cancel, size)
    return thumb


_LUFS = re.compile(r"^\s+I:\s+(-?[\d.]+|-inf) LUFS", re.M)
_PEAK = re.compile(r"^\s+Peak:\s+(-?[\d.]+|-inf) dBFS", re.M)


def _loudness_from_log(text: str) -> tuple[float | None, float | None]:
    """Integrated loudness (LUFS) and true peak (dBTP) from ebur128's summary."""
    def last(rx: re.Pattern[str]) -> float | None:
        found = rx.findall(text)
        if not found:
            return None
        return -99.0 if found[-1] == "-inf" else float(found[-1])
    return last(_LUFS), last(_PEAK)


def _log_errors(text: str) -> list[str]:
    return [ln[len("[error] "):] for ln in text.splitlines() if ln.startswith(("[error]", "[fatal]"))]


@dataclass
class AudioAnalysis:
    lufs: float | None = None  # integrated loudness (ITU-R BS.1770)
    true_peak: float | None = None  # dBTP
    head_s: float | None = None  # leading silence (None: not measured)
    tail_s: float | None = None  # trailing silence
    threshold_db: float | None = None


_SIL_START = re.compile(r"silence_start: (-?[\d.]+)")
_SIL_END = re.compile(r"silence_end: (-?[\d.]+)")


def _silences(text: str, duration: float | None) -> tuple[float, float]:
    """Leading and trailing silence from silencedetect's log."""
    starts = [float(x) for x in _SIL_START.findall(text)]
    ends = [float(x) for x in _SIL_END.findall(text)]
    head = ends[0] if starts and starts[0] <= 0.05 and ends else 0.0
    tail = 0.0
    # the last silence runs to the end: no end logged, or one logged at the end of the stream
    if starts and duration and (len(starts) > len(ends) or ends[-1] >= duration - 0.05) and starts[-1] > 0.05:
        tail = max(0.0, duration - starts[-1])
    if duration and head >= duration:  # all silence: keep it rather than cut to nothing
        head, tail = 0.0, 0.0
    return head, tail


def analyse_audio(path: Path, thumb: Path | None, cancel: ffmpeg.CancelCheck | None = None,
                  size: tuple[int, int] = (160, 90), *, silence_db: float | None = None,
                  silence_min_s: float = 0.3, duration: float | None = None
                  ) -> tuple[bool, AudioAnalysis]:
    """One decode of the sound: its waveform thumbnail (optional), its loudness per
    ITU-R BS.1770 (ebur128: integrated LUFS, true peak dBTP) and, with
    `silence_db`, its leading/trailing silence. Decode errors mean a damaged file."""
    w, h = size
    # without a thumbnail the loudness branch is the output (a null one), so the
    # whole stream is decoded; an output that ended early would stop the graph
    branches = ["[l]ebur128=peak=true:framelog=quiet" + (",anullsink" if thumb is not None else "[out]")]
    if thumb is not None:
        branches.append(f"[w]aformat=channel_layouts=mono,showwavespic=s={w}x{h}:colors=0x2a7ae2[img]")
    if silence_db is not None:
        branches.append(f"[s]silencedetect=noise={silence_db:g}dB:duration={silence_min_s:g},anullsink")
    labels = "".join(b[:3] for b in branches)
    graph = f"[0:a:0]asplit={len(branches)}{labels};" + ";".join(branches)
    if thumb is not None:
        outputs = ["-map", "[img]", "-frames:v", "1", "-update", "1", "-y", str(thumb)]
    else:
        outputs = ["-map", "[out]", "-f", "null", "-"]
    res = ffmpeg.run(["-nostats", "-loglevel", "level+info", "-i", str(path), "-filter_complex", graph,
                      *outputs], cancel=cancel)
    text = res.stderr.decode("utf-8", "replace")
    errors = _log_errors(text)
    if res.returncode != 0 or errors:
        raise MediaError(M_CORRUPT_MEDIA, detail=(errors[-1] if errors else ffmpeg.error_detail(res.stderr))[:200])
    lufs, peak = _loudness_from_log(text)
    result = AudioAnalysis(lufs=lufs, true_peak=peak)
    if silence_db is not None:
        result.head_s, result.tail_s = _silences(text, duration)
        result.threshold_db = silence_db
    return (thumb is not None and thumb.exists()), result


def measure_loudness(path: Path, cancel: ffmpeg.CancelCheck | None = None) -> tuple[float | None, float | None]:
    """Loudness of a file's first sound stream (no thumbnail)."""
    a = analyse_audio(path, None, cancel)[1]
    return a.lufs, a.true_peak
