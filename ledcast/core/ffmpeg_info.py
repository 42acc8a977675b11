"""What `ffmpeg -i` says of a media file, parsed into a Probe (streams, codecs, duration, tags)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


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
