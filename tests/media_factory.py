"""Real, tiny media files for tests, made with the ffmpeg binary that
imageio-ffmpeg ships (lavfi sources) and with Pillow. No committed binaries.

Every generator writes into `folder` and returns the path. `MediaCache` makes
each file once per session; tests copy them (`cache.copy(name, dest)`) so they
can rename or damage their copy freely. tests/qt reuses this module.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import imageio_ffmpeg

FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()


def _ffmpeg(*args: str) -> None:
    cmd = [FFMPEG, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    res = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    if res.returncode != 0:
        raise RuntimeError(f"ffmpeg failed: {' '.join(cmd)}\n{res.stderr.decode(errors='replace')}")


def make_wav(
    folder: Path, name: str = "tone.wav", seconds: float = 2.0, rate: int = 44100, channels: int = 1, freq: int = 440
) -> Path:
    """A sine tone as 16-bit PCM WAV."""
    out = Path(folder) / name
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        f"sine=frequency={freq}:sample_rate={rate}:duration={seconds}",
        "-ac",
        str(channels),
        "-c:a",
        "pcm_s16le",
        str(out),
    )
    return out


def make_at_loudness(
    folder: Path, name: str, source: str, lufs: float, seconds: float, lead: float = 0.0, tail: float = 0.0
) -> Path:
    """`source` (a lavfi audio source) brought to `lufs` (measured as the import
    measures it), with `lead` and `tail` seconds of silence around it: a bulletin
    recorded too quietly or with dead air at its ends."""
    from ledcast.core.probe import analyse_audio

    raw = Path(folder) / f"raw-{name}.wav"
    _ffmpeg(
        "-f", "lavfi", "-i", f"{source}:duration={seconds}", "-ar", "48000", "-ac", "1", "-c:a", "pcm_f32le", str(raw)
    )
    measured = analyse_audio(raw, None)[1].lufs
    out = Path(folder) / name
    _ffmpeg(
        "-i",
        str(raw),
        "-af",
        f"volume={lufs - measured:.2f}dB,adelay={int(lead * 1000)},apad=pad_dur={tail}",
        "-c:a",
        "pcm_f32le",
        str(out),
    )
    return out


def padded_bulletin_playlist(ws, folder: Path, lufs: float, name: str = "ban-tin.wav"):  # type: ignore[no-untyped-def]
    """A loudspeaker playlist "Bản tin" holding one 6 s bulletin recorded at `lufs`
    with 1.5 s of dead air before and 2 s after (9.5 s in all); returns its item."""
    from ledcast.core import library
    from ledcast.core import playlist as pl

    wav = make_at_loudness(folder, name, "anoisesrc=color=pink:seed=3", lufs, 6, lead=1.5, tail=2.0)
    (media,) = library.import_files(ws, [wav]).added
    pl.create_playlist(ws, "Bản tin", "speaker")
    pl.add_items(ws, "Bản tin", [media.id])
    return pl.get_playlist(ws, "Bản tin").items[0]


def tone_playlist(ws, folder: Path, count: int, seconds: float = 0.6, name: str = "Phát thanh thử"):  # type: ignore[no-untyped-def]
    """A loudspeaker playlist `name` of `count` distinct sine tones of `seconds` each
    ("Bản tin 1".., task NV3, approved), on the speaker outlet "Loa trung tâm"; returns
    the media ids. Tones have no silent ends, so each airs its full length."""
    from ledcast.core import library
    from ledcast.core import playlist as pl
    from ledcast.core.outlets import add_outlet

    ids = []
    for i in range(count):
        wav = make_wav(folder, f"tone-{i}.wav", seconds=seconds, freq=300 + 7 * i)
        (media,) = library.import_files(ws, [wav], task_codes=["NV3"]).added
        library.rename_media(ws, media.id, f"Bản tin {i + 1}")
        ids.append(media.id)
    library.set_approval(ws, ids, "approved", by="Nguyễn Văn A")
    add_outlet(ws, "Loa trung tâm", "speaker")
    pl.create_playlist(ws, name, "speaker", outlet="Loa trung tâm")
    pl.add_items(ws, name, ids)
    return ids


def make_mp4(
    folder: Path, name: str = "clip.mp4", seconds: float = 3.0, size: str = "320x240", fps: int = 25, rate: int = 44100
) -> Path:
    """A test-pattern H.264 (yuv420p) + AAC stereo MP4."""
    out = Path(folder) / name
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        f"testsrc=size={size}:rate={fps}:duration={seconds}",
        "-f",
        "lavfi",
        "-i",
        f"sine=frequency=660:sample_rate={rate}:duration={seconds}",
        "-map",
        "0:v",
        "-map",
        "1:a",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        "-ac",
        "2",
        "-shortest",
        "-movflags",
        "+faststart",
        str(out),
    )
    return out


def make_png(
    folder: Path,
    name: str = "poster.png",
    size: tuple[int, int] = (640, 360),
    color: tuple[int, int, int] = (200, 30, 40),
) -> Path:
    from PIL import Image, ImageDraw

    out = Path(folder) / name
    im = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(im)
    w, h = size
    draw.rectangle([w // 8, h // 8, w - w // 8, h - h // 8], outline=(255, 220, 0), width=6)
    draw.line([0, 0, w, h], fill=(255, 255, 255), width=4)
    im.save(out, "PNG")
    return out


def make_empty(folder: Path, name: str = "empty.mp3") -> Path:
    out = Path(folder) / name
    out.write_bytes(b"")
    return out


def make_truncated(src: Path, folder: Path, name: str = "trunc.mp4", keep: int = 20000) -> Path:
    """The first `keep` bytes of a real file: header intact, frames cut off."""
    out = Path(folder) / name
    data = Path(src).read_bytes()
    assert len(data) > keep, f"{src} is too small ({len(data)} bytes) to truncate at {keep}"
    out.write_bytes(data[:keep])
    return out


def make_text(folder: Path, name: str = "notes.txt") -> Path:
    out = Path(folder) / name
    out.write_text("Thông báo: đây không phải là tệp âm thanh.\n", encoding="utf-8")
    return out


class MediaCache:
    """Generate each sample once into `root` and hand out copies."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._made: dict[str, Path] = {}

    def _get(self, key: str, make) -> Path:  # type: ignore[no-untyped-def]
        path = self._made.get(key)
        if path is None or not path.exists():
            path = make()
            self._made[key] = path
        return path

    @property
    def wav(self) -> Path:
        return self._get("wav", lambda: make_wav(self.root, "tone.wav"))

    @property
    def mp4(self) -> Path:
        return self._get("mp4", lambda: make_mp4(self.root, "clip.mp4"))

    @property
    def png(self) -> Path:
        return self._get("png", lambda: make_png(self.root, "poster.png"))

    @property
    def empty_mp3(self) -> Path:
        return self._get("empty", lambda: make_empty(self.root, "empty.mp3"))

    @property
    def truncated_mp4(self) -> Path:
        return self._get("trunc", lambda: make_truncated(self.mp4, self.root, "trunc.mp4"))

    @property
    def text_file(self) -> Path:
        return self._get("txt", lambda: make_text(self.root, "notes.txt"))

    def copy(self, key: str, dest: Path, name: str | None = None) -> Path:
        """Copy sample `key` (wav, mp4, png, empty_mp3, truncated_mp4, text_file) into
        `dest`, optionally under another name."""
        src: Path = getattr(self, key)
        dest = Path(dest)
        dest.mkdir(parents=True, exist_ok=True)
        out = dest / (name or src.name)
        shutil.copyfile(src, out)
        return out


def make_png_bomb(folder: Path, name: str = "bomb.png", size: tuple[int, int] = (30000, 30000)) -> Path:
    """A tiny PNG whose header claims a huge size (what a decompression bomb looks
    like to Image.open, which reads the header only): a few hundred bytes on disk."""
    import io
    import struct
    import zlib

    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (8, 8)).save(buf, "PNG")
    data = bytearray(buf.getvalue())
    ihdr = bytearray(data[16:29])  # after the signature (8), length (4) and b"IHDR" (4)
    ihdr[0:8] = struct.pack(">II", *size)
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)))
    out = Path(folder) / name
    out.write_bytes(bytes(data))
    return out


def make_truncated_mp3(folder: Path, name: str = "cut.mp3", seconds: float = 3.0, keep: float = 1 / 3) -> Path:
    """An MP3 whose header (Xing/LAME frame count) claims `seconds` but whose bytes
    stop after about `keep` of them, as a copy cut short by a yanked USB stick."""
    full = Path(folder) / f"full-{name}"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        f"sine=frequency=500:sample_rate=44100:duration={seconds}",
        "-c:a",
        "libmp3lame",
        "-b:a",
        "64k",
        str(full),
    )
    data = full.read_bytes()
    full.unlink()
    out = Path(folder) / name
    out.write_bytes(data[: int(len(data) * keep)])
    return out
