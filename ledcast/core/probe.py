"""Probe media with ffmpeg (streams, codecs, duration) and Pillow (images), and
check that the file decodes, so damaged files are refused at import."""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledcast.core import ffmpeg
from ledcast.core.errors import M_BAD_IMAGE, M_CORRUPT_MEDIA, M_NO_AUDIO, M_NO_VIDEO, QT_TRANSLATE_NOOP, MediaError

AUDIO_EXT = (".mp3", ".wav", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".flac")
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".bmp", ".webp")
VIDEO_EXT = (".mp4", ".mov", ".mkv", ".avi", ".webm", ".m4v")
M_IMAGE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "The picture is too large: {width}×{height} pixels; the limit is {limit} megapixels."
)


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


IMAGE_MAX_PIXELS = 89_478_485  # Pillow's own default bound (~89 Mpx, a 1 GB RGBA frame at most 4x that)


class ImageTooLarge(MediaError):
    """A picture whose pixel count is above IMAGE_MAX_PIXELS (a decompression bomb
    or simply a huge scan): refused before it is decoded."""

    def __init__(self, width: int | None, height: int | None) -> None:
        super().__init__(
            M_IMAGE_TOO_LARGE,
            width=width if width else "?",
            height=height if height else "?",
            limit=IMAGE_MAX_PIXELS // 1_000_000,
        )
        self.width, self.height = width, height


def _header_size(path: Path) -> tuple[int, int] | tuple[None, None]:
    """The size a picture's header claims, read without Pillow's bomb check
    (which refuses before telling the size): only for the operator's message."""
    from PIL import Image

    Image.init()
    try:
        with open(path, "rb") as fp:
            prefix = fp.read(16)
            for fmt in Image.ID:
                factory, accept = Image.OPEN[fmt]
                if accept is not None and not accept(prefix):
                    continue
                fp.seek(0)
                try:
                    return factory(fp, str(path)).size  # type: ignore[no-any-return]
                except Exception:  # noqa: BLE001 - not this format: try the next
                    continue
    except OSError:
        pass
    return None, None


@contextlib.contextmanager
def open_image(path: Path | str) -> Iterator[Any]:
    """Image.open with the pixel bound enforced: above IMAGE_MAX_PIXELS (Pillow's
    DecompressionBombWarning) or far above it (DecompressionBombError) raises
    ImageTooLarge before any decoding. Other errors pass through as Pillow raises them."""
    from PIL import Image

    # catch_warnings touches a process-wide list: at worst another thread sees the
    # same "error" filter for a moment, which the callers handle the same way.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(path)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageTooLarge(*_header_size(Path(path))) from exc
    with im:
        if im.width * im.height > IMAGE_MAX_PIXELS:
            raise ImageTooLarge(im.width, im.height)
        yield im


def probe_image(path: Path) -> Probe:
    from PIL import UnidentifiedImageError

    try:
        with open_image(path) as im:
            im.load()  # decode fully: a truncated image fails here, not later on air
            return Probe(kind="image", container=(im.format or "").lower(), width=im.width, height=im.height)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise MediaError(M_BAD_IMAGE, detail=str(exc)[:200]) from exc


def check_decodes(path: Path, p: Probe, cancel: ffmpeg.CancelCheck | None = None) -> None:
    """Decode the last second of a video (cheap, and where truncation shows);
    audio is decoded in full while its waveform thumbnail is drawn."""
    if p.kind != "video":
        return
    start = max(0.0, (p.duration_s or 0) - 1.0)
    res = ffmpeg.run(
        ["-v", "error", "-ss", f"{start:.3f}", "-i", str(path), "-map", "0:v:0", "-frames:v", "5", "-f", "null", "-"],
        cancel=cancel,
    )
    if res.returncode != 0 or res.stderr.strip():
        raise MediaError(M_CORRUPT_MEDIA, detail=ffmpeg.error_detail(res.stderr))


def make_thumbnail(
    path: Path, p: Probe, out: Path, cancel: ffmpeg.CancelCheck | None = None, size: tuple[int, int] = (160, 90)
) -> bool:
    """Write a PNG thumbnail: a frame for video, the picture for images, the
    waveform for audio. For audio this is the full decode check as well."""
    w, h = size
    if p.kind == "image" or p.kind == "slide":
        from PIL import UnidentifiedImageError

        try:
            with open_image(path) as im:
                im.draft("RGB", (w * 2, h * 2))  # JPEG: decode at a reduced scale
                im = im.convert("RGB")
                im.thumbnail((w, h))
                im.save(out, "PNG")
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise MediaError(M_BAD_IMAGE, detail=str(exc)[:200]) from exc
        return True
    if p.kind == "video":
        at = min(1.0, (p.duration_s or 0) / 3)
        args = [
            "-v",
            "error",
            "-ss",
            f"{at:.3f}",
            "-i",
            str(path),
            "-map",
            "0:v:0",
            "-frames:v",
            "1",
            "-vf",
            f"scale={w}:{h}:force_original_aspect_ratio=decrease",
            "-y",
            str(out),
        ]
        res = ffmpeg.run(args, cancel=cancel)
        if res.returncode != 0 or not out.exists() or out.stat().st_size == 0:
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
    return [ln[len("[error] ") :] for ln in text.splitlines() if ln.startswith(("[error]", "[fatal]"))]


@dataclass
class AudioAnalysis:
    lufs: float | None = None  # integrated loudness (ITU-R BS.1770)
    true_peak: float | None = None  # dBTP
    head_s: float | None = None  # leading silence (None: not measured)
    tail_s: float | None = None  # trailing silence
    threshold_db: float | None = None
    decoded_s: float | None = None  # what really decodes (a truncated file's header claims more)


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


_LEVEL = re.compile(rb"^lavfi\.astats\.(?:1\.(Min|Max)_level|Overall\.Number_of_samples)=(-?[\d.]+|-?inf|nan)")
PEAK_BINS = 2048  # resolution kept while streaming; pairs merge beyond it (bounded memory for any length)


class _Peaks:
    """Per-window min/max of the (mono) sound as it streams by, in at most
    PEAK_BINS bins: when full, neighbours merge and each bin then covers twice
    as many windows. Also counts the decoded samples (the real duration)."""

    def __init__(self) -> None:
        self.bins: list[tuple[float, float]] = []
        self.per_bin = 1  # windows per bin
        self._pending: tuple[float, float] | None = None
        self._pending_n = 0
        self._lo = 0.0
        self.samples = 0

    def add_line(self, line: bytes) -> None:
        m = _LEVEL.match(line)
        if m is None:
            return
        which, raw = m.group(1), m.group(2)
        try:
            value = float(raw)
        except ValueError:
            return
        if which is None:
            self.samples += int(value) if value == value else 0
        elif which == b"Min":
            self._lo = value
        else:
            self._add(self._lo, value)

    def _add(self, lo: float, hi: float) -> None:
        if self._pending is None:
            self._pending = (lo, hi)
        else:
            self._pending = (min(self._pending[0], lo), max(self._pending[1], hi))
        self._pending_n += 1
        if self._pending_n >= self.per_bin:
            self.bins.append(self._pending)
            self._pending, self._pending_n = None, 0
            if len(self.bins) >= PEAK_BINS:
                self.bins = [(min(a[0], b[0]), max(a[1], b[1])) for a, b in zip(self.bins[::2], self.bins[1::2])]
                self.per_bin *= 2

    def columns(self, width: int) -> list[tuple[float, float]]:
        bins = self.bins + ([self._pending] if self._pending is not None else [])
        if not bins:
            return []
        out = []
        for x in range(width):
            a = x * len(bins) // width
            b = max(a + 1, (x + 1) * len(bins) // width)
            part = bins[a:b]
            out.append((min(p[0] for p in part), max(p[1] for p in part)))
        return out


def draw_waveform(
    columns: Sequence[tuple[float, float]],
    out: Path,
    size: tuple[int, int] = (160, 90),
    colour: tuple[int, int, int] = (0x2A, 0x7A, 0xE2),
) -> None:
    """A PNG of the waveform (min/max per column, linear scale, transparent ground),
    as ffmpeg's showwavespic drew it."""
    from PIL import Image, ImageDraw

    w, h = size
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    mid = (h - 1) / 2
    for x, (lo, hi) in enumerate(columns[:w]):
        lo, hi = max(-1.0, min(lo, 1.0)), max(-1.0, min(hi, 1.0))
        top, bottom = round(mid - hi * mid), round(mid - lo * mid)
        draw.line([(x, min(top, bottom)), (x, max(top, bottom))], fill=(*colour, 255))
    im.save(out, "PNG")


def _window(duration: float | None) -> int:
    """Samples per stats window: about 2000 windows over the header's duration
    (a wrong header only changes the resolution; _Peaks keeps memory bounded)."""
    if not duration or duration <= 0:
        return 4800
    return max(480, min(int(48000 * duration / 2000), 1 << 20))


def analyse_audio(
    path: Path,
    thumb: Path | None,
    cancel: ffmpeg.CancelCheck | None = None,
    size: tuple[int, int] = (160, 90),
    *,
    silence_db: float | None = None,
    silence_min_s: float = 0.3,
    duration: float | None = None,
) -> tuple[bool, AudioAnalysis]:
    """One streaming decode of the sound gives: its waveform thumbnail (optional),
    its loudness per ITU-R BS.1770 (ebur128: integrated LUFS, true peak dBTP), its
    decoded duration and, with `silence_db`, its leading/trailing silence. Memory
    stays bounded whatever the length (min/max per window stream out as text and
    are folded here; nothing holds the whole stream). Decode errors mean a damaged file."""
    branches = [
        "[l]ebur128=peak=true:framelog=quiet[out]",
        f"[w]aformat=sample_fmts=flt:channel_layouts=mono,asetnsamples=n={_window(duration)}:p=0,"
        "astats=metadata=1:reset=1:measure_overall=Number_of_samples:measure_perchannel=Min_level+Max_level,"
        "ametadata=mode=print:file='pipe\\:1',anullsink",
    ]
    if silence_db is not None:
        branches.append(f"[s]silencedetect=noise={silence_db:g}dB:duration={silence_min_s:g},anullsink")
    labels = "".join(b[:3] for b in branches)
    graph = f"[0:a:0]asplit={len(branches)}{labels};" + ";".join(branches)
    peaks = _Peaks()
    res = ffmpeg.stream(
        [
            "-nostats",
            "-loglevel",
            "level+info",
            "-i",
            str(path),
            "-filter_complex",
            graph,
            "-map",
            "[out]",
            "-f",
            "null",
            "-",
        ],
        peaks.add_line,
        cancel,
    )
    code, stderr = res.returncode, res.stderr
    text = stderr.decode("utf-8", "replace")
    errors = _log_errors(text)
    if code != 0 or errors:
        raise MediaError(M_CORRUPT_MEDIA, detail=(errors[-1] if errors else ffmpeg.error_detail(stderr))[:200])
    lufs, peak = _loudness_from_log(text)
    result = AudioAnalysis(lufs=lufs, true_peak=peak)
    plain = re.sub(r"(?m)^\[\w+\] ", "", text)  # level+info prefixes every line
    rate = parse_ffmpeg_info(plain, "audio").sample_rate
    if rate and peaks.samples:
        result.decoded_s = peaks.samples / rate
    if silence_db is not None:
        result.head_s, result.tail_s = _silences(text, result.decoded_s or duration)
        result.threshold_db = silence_db
    if thumb is not None:
        columns = peaks.columns(size[0])
        if not columns:
            raise MediaError(M_CORRUPT_MEDIA, detail="no sound decoded")
        draw_waveform(columns, thumb, size)
    return (thumb is not None and thumb.exists()), result


def measure_loudness(path: Path, cancel: ffmpeg.CancelCheck | None = None) -> tuple[float | None, float | None]:
    """Loudness of a file's first sound stream (no thumbnail)."""
    a = analyse_audio(path, None, cancel)[1]
    return a.lufs, a.true_peak
