"""Audio analysis with ffmpeg: loudness (EBU R128), silent ends, and the waveform picture
drawn from streamed levels in bounded memory."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ledcast.core import ffmpeg
from ledcast.core.errors import M_CORRUPT_MEDIA, MediaError
from ledcast.core.ffmpeg_info import parse_ffmpeg_info

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


def _levels_filter(duration: float | None) -> str:
    """Min/max level per window printed to stdout, one line each, for _Peaks."""
    return (
        f"aformat=sample_fmts=flt:channel_layouts=mono,asetnsamples=n={_window(duration)}:p=0,"
        "astats=metadata=1:reset=1:measure_overall=Number_of_samples:measure_perchannel=Min_level+Max_level,"
        "ametadata=mode=print:file='pipe\\:1',anullsink"
    )


def _stream_levels(
    path: Path, graph: str, peaks: _Peaks, loglevel: str, cancel: ffmpeg.CancelCheck | None
) -> subprocess.CompletedProcess[bytes]:
    """Decode through `graph` (its [out] is discarded), folding the printed levels into `peaks`."""
    args = ["-nostats", "-loglevel", loglevel, "-i", str(path), "-filter_complex", graph]
    return ffmpeg.stream([*args, "-map", "[out]", "-f", "null", "-"], peaks.add_line, cancel)


def waveform_columns(
    path: Path, width: int, duration: float | None = None, cancel: ffmpeg.CancelCheck | None = None
) -> list[tuple[float, float]]:
    """The sound's min/max per column, `width` columns over its whole length (the
    trim dialog draws them at its own size): one decode, no loudness measured."""
    peaks = _Peaks()
    res = _stream_levels(path, f"[0:a:0]asplit=2[w][out];[w]{_levels_filter(duration)}", peaks, "error", cancel)
    if res.returncode != 0:
        raise MediaError(M_CORRUPT_MEDIA, detail=ffmpeg.error_detail(res.stderr)[:200])
    return peaks.columns(width)


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
        f"[w]{_levels_filter(duration)}",
    ]
    if silence_db is not None:
        branches.append(f"[s]silencedetect=noise={silence_db:g}dB:duration={silence_min_s:g},anullsink")
    labels = "".join(b[:3] for b in branches)
    graph = f"[0:a:0]asplit={len(branches)}{labels};" + ";".join(branches)
    peaks = _Peaks()
    res = _stream_levels(path, graph, peaks, "level+info", cancel)
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
