"""Probe media with ffmpeg (streams, codecs, duration) and Pillow (images), and
check that the file decodes, so damaged files are refused at import.

Parsing ffmpeg's report lives in ffmpeg_info, audio analysis (loudness, silences,
waveform) in audio_analysis; both are re-exported here.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ledcast.core import ffmpeg
from ledcast.core.audio_analysis import (  # re-exported: callers import these from here
    PEAK_BINS,
    AudioAnalysis,
    analyse_audio,
    draw_waveform,
    measure_loudness,
)
from ledcast.core.audio_analysis import _log_errors as _log_errors  # tests reach it here
from ledcast.core.audio_analysis import _loudness_from_log as _loudness_from_log  # tests reach it here
from ledcast.core.audio_analysis import _Peaks as _Peaks  # tests reach it here
from ledcast.core.audio_analysis import _silences as _silences  # tests reach it here
from ledcast.core.errors import M_BAD_IMAGE, M_CORRUPT_MEDIA, M_NO_AUDIO, M_NO_VIDEO, QT_TRANSLATE_NOOP, MediaError
from ledcast.core.ffmpeg_info import (  # re-exported: callers import these from here
    Probe,
    parse_ffmpeg_info,
)

__all__ = [
    "AUDIO_EXT",
    "AudioAnalysis",
    "IMAGE_EXT",
    "IMAGE_MAX_PIXELS",
    "ImageTooLarge",
    "M_IMAGE_TOO_LARGE",
    "PEAK_BINS",
    "Probe",
    "VIDEO_EXT",
    "analyse_audio",
    "check_decodes",
    "describe",
    "draw_waveform",
    "kind_for",
    "make_thumbnail",
    "measure_loudness",
    "open_image",
    "parse_ffmpeg_info",
    "probe_av",
    "probe_image",
]


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
