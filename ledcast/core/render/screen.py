"""Render a screen playlist to H.264 at the screen's exact pixel size.

Each item becomes cached video segments (stills as one-second chunks that the
programme repeats, clips as one segment each), all encoded with identical x264
settings so the programme is assembled with ffmpeg's concat demuxer without
re-encoding. Sound, when kept, is built as one continuous track in a single
pass and muxed in, so it stays in sync whatever the number of items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps

from ledcast.core import ffmpeg, jobs
from ledcast.core import playlist as pl
from ledcast.core.db.models import Media, PlaylistItem
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.limits import DEFAULT_FPS
from ledcast.core.render.cache import SegmentCache
from ledcast.core.workspace import Workspace

FIT_MODES = ("fit", "fill", "stretch")
ENCODER_VERSION = 1
X264 = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-profile:v", "high", "-pix_fmt", "yuv420p"]
AUDIO = ["-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2"]

M_BAD_FIT = QT_TRANSLATE_NOOP("Errors", "Unknown fit mode “{fit}”: use fit, fill or stretch.")
M_RENDER_FAILED = QT_TRANSLATE_NOOP("Errors", "“{title}” could not be rendered: {detail}")
M_ASSEMBLE_FAILED = QT_TRANSLATE_NOOP("Errors", "The programme could not be assembled: {detail}")
M_EMPTY_PLAYLIST = QT_TRANSLATE_NOOP("Errors", "The playlist “{name}” has no items to export.")

Progress = jobs.Progress  # (fraction of frames done 0..1, current item title)


@dataclass(frozen=True)
class ScreenSettings:
    width: int
    height: int
    fps: float = DEFAULT_FPS
    fit: str = "fit"
    fade_s: float = 0.0
    keep_audio: bool = True

    def __post_init__(self) -> None:
        if self.fit not in FIT_MODES:
            raise LedcastError(M_BAD_FIT, fit=self.fit)

    @property
    def enc_size(self) -> tuple[int, int]:
        """H.264 4:2:0 needs even sides: an odd side gets one black pixel more."""
        return self.width + self.width % 2, self.height + self.height % 2

    @property
    def padded(self) -> bool:
        return self.enc_size != (self.width, self.height)

    @property
    def gop(self) -> int:
        return max(1, round(self.fps * 2))

    def spec(self) -> dict:  # type: ignore[type-arg]
        return {"w": self.width, "h": self.height, "fps": self.fps, "enc": ENCODER_VERSION}


def frames_for(seconds: float, fps: float) -> int:
    return max(1, round(seconds * fps))


@dataclass
class Chunk:
    key: str
    frames: int
    build: Callable[[Path, Callable[[int], None], jobs.CancelCheck | None], None]
    path: Path | None = None  # set once rendered or found in the cache


@dataclass
class PlannedItem:
    item: PlaylistItem
    media: Media
    frames: int
    chunks: list[Chunk] = field(default_factory=list)
    order: list[int] = field(default_factory=list)  # indexes into chunks, repeats allowed


# --- stills ----------------------------------------------------------------------


def still_image(ws: Workspace, media: Media, s: ScreenSettings) -> Image.Image:
    """The still at exactly (width, height): slides re-rendered at that size,
    pictures fitted, filled or stretched; then padded to even sides."""
    if media.kind == "slide":
        from ledcast.core.slide_media import render_media

        frame = render_media(ws, media, s.width, s.height).image.convert("RGB")
    else:
        frame = picture_frame(ws.media_file(media), s.width, s.height, s.fit)
    if s.padded:
        even = Image.new("RGB", s.enc_size, (0, 0, 0))
        even.paste(frame, (0, 0))
        frame = even
    return frame


def picture_frame(path: Path, width: int, height: int, fit: str) -> Image.Image:
    """A picture at exactly width×height on black: fitted (letterboxed), filled
    (centre crop) or stretched. The export and the screen play-out window share it."""
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        rgba = im.convert("RGBA")
    picture = Image.new("RGB", rgba.size, (0, 0, 0))
    picture.paste(rgba, mask=rgba.getchannel("A"))
    if fit == "stretch":
        return picture.resize((width, height), Image.Resampling.LANCZOS)
    if fit == "fill":
        return ImageOps.fit(picture, (width, height), Image.Resampling.LANCZOS)
    frame = Image.new("RGB", (width, height), (0, 0, 0))
    fitted = ImageOps.contain(picture, (width, height), Image.Resampling.LANCZOS)
    frame.paste(fitted, ((width - fitted.width) // 2, (height - fitted.height) // 2))
    return frame


def _fades(s: ScreenSettings, frames: int, fade_in: bool, fade_out: bool) -> str:
    out = []
    length = frames / s.fps
    d = min(s.fade_s, length / 2)
    if d > 0 and fade_in:
        out.append(f"fade=t=in:st=0:d={d:.3f}")
    if d > 0 and fade_out:
        out.append(f"fade=t=out:st={length - d:.3f}:d={d:.3f}")
    return "".join("," + f for f in out)


def _encode(
    inputs: list[str],
    vf: str,
    frames: int,
    s: ScreenSettings,
    out: Path,
    on_frame: Callable[[int], None],
    cancel: jobs.CancelCheck | None,
    title: str,
) -> None:
    """Encode `frames` frames of the filtered input as one silent H.264 segment."""
    args = [*inputs, "-vf", vf, "-frames:v", str(frames), *X264, "-g", str(s.gop), "-an"]
    res = ffmpeg.run_with_progress(
        ["-v", "error", "-y", *args, "-movflags", "+faststart", str(out)], on_frame, cancel=cancel
    )
    if res.returncode != 0 or not out.exists() or out.stat().st_size == 0:
        raise LedcastError(M_RENDER_FAILED, title=title, detail=ffmpeg.error_detail(res.stderr))


def _still_builder(png: Callable[[], Path], frames: int, s: ScreenSettings, fade_in: bool, fade_out: bool, title: str):  # type: ignore[no-untyped-def]
    def build(out: Path, on_frame: Callable[[int], None], cancel: jobs.CancelCheck | None) -> None:
        # decode and convert the picture once, then repeat it (the loop filter), not once per frame
        vf = f"format=yuv420p,setsar=1,loop=loop={frames - 1}:size=1:start=0" + _fades(s, frames, fade_in, fade_out)
        inputs = ["-framerate", f"{s.fps:g}", "-i", str(png())]
        _encode(inputs, vf, frames, s, out, on_frame, cancel, title)

    return build


def _clip_filter(s: ScreenSettings) -> str:
    w, h = s.width, s.height
    # odd sides: work in RGB, as yuv420p would round the padding down to even sides
    rgb = ",format=rgb24" if s.padded else ""
    if s.fit == "stretch":
        vf = f"scale={w}:{h}{rgb}"
    elif s.fit == "fill":
        vf = f"scale={w}:{h}:force_original_aspect_ratio=increase{rgb},crop={w}:{h}"
    else:
        vf = f"scale={w}:{h}:force_original_aspect_ratio=decrease{rgb},pad={w}:{h}:(ow-iw)/2:(oh-ih)/2:black"
    if s.padded:
        ew, eh = s.enc_size
        vf += f",pad={ew}:{eh}:0:0:black"
    # a clip a hair shorter than its probed length still yields every frame asked for
    return vf + f",setsar=1,fps={s.fps:g},tpad=stop_mode=clone:stop_duration=2,format=yuv420p"


def _clip_builder(src: Path, trim_in: float, frames: int, s: ScreenSettings, title: str):  # type: ignore[no-untyped-def]
    def build(out: Path, on_frame: Callable[[int], None], cancel: jobs.CancelCheck | None) -> None:
        vf = _clip_filter(s) + _fades(s, frames, True, True)
        seek = ["-ss", f"{trim_in:.3f}"] if trim_in > 0 else []
        inputs = ["-xerror", *seek, "-i", str(src), "-map", "0:v:0"]
        _encode(inputs, vf, frames, s, out, on_frame, cancel, title)

    return build


# --- planning --------------------------------------------------------------------


def plan_items(
    ws: Workspace, items: list[PlaylistItem], s: ScreenSettings, cache: SegmentCache, work_dir: Path
) -> list[PlannedItem]:
    """Resolve each item into the chunks that make it, reusing cached ones."""
    planned: list[PlannedItem] = []
    for item in items:
        media = item.media
        frames = frames_for(pl.item_duration(item), s.fps)
        p = PlannedItem(item=item, media=media, frames=frames)
        if media.kind in pl.STILL_KINDS:
            content = {"kind": media.kind, "sha": media.sha256, "src": media.slide_source, "fit": s.fit, **s.spec()}
            png_key = SegmentCache.key({**content, "png": 1})

            def png(path: Path = work_dir / f"{png_key}.png", media: Media = media) -> Path:
                # rendered only when a chunk of it must be encoded: a cached still costs nothing
                if not path.exists():
                    still_image(ws, media, s).save(path, "PNG", compress_level=1)
                return path

            one_s = max(1, round(s.fps))
            if s.fade_s > 0 or frames <= one_s:
                key = SegmentCache.key({**content, "frames": frames, "fade": s.fade_s})
                p.chunks.append(Chunk(key, frames, _still_builder(png, frames, s, True, True, media.title)))
                p.order = [0]
            else:
                # one-second chunks repeated: a 10 s still costs 1 s of encoding
                whole, rest = divmod(frames, one_s)
                key = SegmentCache.key({**content, "frames": one_s})
                p.chunks.append(Chunk(key, one_s, _still_builder(png, one_s, s, False, False, media.title)))
                p.order = [0] * whole
                if rest:
                    key = SegmentCache.key({**content, "frames": rest})
                    p.chunks.append(Chunk(key, rest, _still_builder(png, rest, s, False, False, media.title)))
                    p.order.append(1)
        else:
            trim_in = item.trim_in_s or 0.0
            key = SegmentCache.key(
                {
                    "kind": "video",
                    "sha": media.sha256,
                    "fit": s.fit,
                    "in": trim_in,
                    "frames": frames,
                    "fade": s.fade_s,
                    **s.spec(),
                }
            )
            p.chunks.append(Chunk(key, frames, _clip_builder(ws.media_file(media), trim_in, frames, s, media.title)))
            p.order = [0]
        for c in p.chunks:
            c.path = cache.get(c.key)
        planned.append(p)
    return planned


def frames_to_render(planned: list[PlannedItem]) -> int:
    return sum(c.frames for p in planned for c in p.chunks if c.path is None)


def render_chunks(
    planned: list[PlannedItem], cache: SegmentCache, progress: Progress | None, cancel: jobs.CancelCheck | None
) -> None:
    """Encode the chunks the cache does not hold yet."""
    total = max(1, frames_to_render(planned))
    done = 0
    for p in planned:
        for c in p.chunks:
            if c.path is not None:
                continue

            def on_frame(n: int, base: int = done, title: str = p.media.title) -> None:
                if progress:
                    progress(min(1.0, (base + n) / total), title)

            c.path = cache.produce(c.key, lambda tmp, c=c, on_frame=on_frame: c.build(tmp, on_frame, cancel))
            done += c.frames
            if progress:
                progress(min(1.0, done / total), p.media.title)


# --- assembly --------------------------------------------------------------------


def _concat_list(paths: list[Path], list_file: Path) -> None:
    def quote(p: Path) -> str:
        return str(p.resolve()).replace("\\", "/").replace("'", r"'\''")

    list_file.write_text("".join(f"file '{quote(p)}'\n" for p in paths), encoding="utf-8")


def needs_audio(planned: list[PlannedItem], s: ScreenSettings) -> bool:
    return s.keep_audio and any(p.media.kind == "video" and p.media.audio_codec for p in planned)


def build_audio(
    ws: Workspace, planned: list[PlannedItem], s: ScreenSettings, out: Path, cancel: jobs.CancelCheck | None
) -> None:
    """One continuous AAC track: each clip's sound trimmed/padded to its exact
    length, silence under stills and silent clips."""
    inputs: list[str] = []
    parts: list[str] = []
    for i, p in enumerate(planned):
        d = p.frames / s.fps
        if p.media.kind == "video" and p.media.audio_codec:
            idx = len(inputs) // 2
            inputs += ["-i", str(ws.media_file(p.media))]
            start = p.item.trim_in_s or 0.0
            fade = ""
            if s.fade_s > 0:
                f = min(s.fade_s, d / 2)
                fade = f",afade=t=in:st=0:d={f:.3f},afade=t=out:st={d - f:.3f}:d={f:.3f}"
            parts.append(
                f"[{idx}:a:0]atrim=start={start:.3f}:duration={d:.6f},asetpts=PTS-STARTPTS,"
                f"aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,"
                f"apad=whole_dur={d:.6f}{fade}[a{i}]"
            )
        else:
            parts.append(
                f"anullsrc=r=48000:cl=stereo,atrim=duration={d:.6f},"
                f"aformat=sample_fmts=fltp:channel_layouts=stereo[a{i}]"
            )
    labels = "".join(f"[a{i}]" for i in range(len(planned)))
    graph = ";".join(parts) + f";{labels}concat=n={len(planned)}:v=0:a=1[aout]"
    script = out.with_suffix(".filter.txt")
    script.write_text(graph, encoding="utf-8")  # a file: long playlists overflow Windows' command line
    try:
        res = ffmpeg.run(
            ["-v", "error", "-y", *inputs, "-/filter_complex", str(script), "-map", "[aout]", *AUDIO, str(out)],
            cancel=cancel,
        )
    finally:
        script.unlink(missing_ok=True)
    if res.returncode != 0 or not out.exists():
        raise LedcastError(M_ASSEMBLE_FAILED, detail=ffmpeg.error_detail(res.stderr))


def audio_key(planned: list[PlannedItem], s: ScreenSettings) -> str:
    """Everything that shapes the sound track: a slide edit leaves it unchanged."""
    parts = [
        [p.media.sha256, p.item.trim_in_s or 0.0, p.frames]
        if p.media.kind == "video" and p.media.audio_codec
        else ["silence", p.frames]
        for p in planned
    ]
    return SegmentCache.key({"audio": parts, "fps": s.fps, "fade": s.fade_s, "codec": AUDIO, "enc": ENCODER_VERSION})


def assemble(
    ws: Workspace,
    planned: list[PlannedItem],
    s: ScreenSettings,
    out: Path,
    work_dir: Path,
    cache: SegmentCache,
    cancel: jobs.CancelCheck | None,
) -> None:
    """Join the cached chunks (no re-encoding) and mux the sound track in."""
    order = [p.chunks[i].path for p in planned for i in p.order]
    list_file = work_dir / "concat.txt"
    _concat_list([x for x in order if x is not None], list_file)
    args = ["-v", "error", "-y", "-f", "concat", "-safe", "0", "-i", str(list_file)]
    maps = ["-map", "0:v:0"]
    if needs_audio(planned, s):
        audio = cache.produce(audio_key(planned, s), lambda tmp: build_audio(ws, planned, s, tmp, cancel), ".m4a")
        args += ["-i", str(audio)]
        maps += ["-map", "1:a:0"]
    res = ffmpeg.run([*args, *maps, "-c", "copy", "-movflags", "+faststart", str(out)], cancel=cancel)
    if res.returncode != 0 or not out.exists():
        raise LedcastError(M_ASSEMBLE_FAILED, detail=ffmpeg.error_detail(res.stderr))


def total_frames(planned: list[PlannedItem]) -> int:
    return sum(p.frames for p in planned)
