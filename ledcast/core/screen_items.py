"""What a screen play-out shows: a screen playlist as a list of typed items (the
same items, order, durations and trims as the screen export), and each still or
slide rendered at the window's pixel size as the export renders it. Qt-free: the
play-out window (qt/screen_window.py) and `ledcast play` build on it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from PIL import Image

from ledcast.core import playlist as pl
from ledcast.core.approval import check_approval
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.export.screen import M_NOT_SCREEN
from ledcast.core.limits import Size
from ledcast.core.playout_item import LoosePlaylist
from ledcast.core.render.screen import FIT_MODES, M_BAD_FIT, M_EMPTY_PLAYLIST, picture_frame
from ledcast.core.slide_media import source_of
from ledcast.core.slides import SlideSource, render_slide
from ledcast.core.text import clean_text
from ledcast.core.workspace import Workspace

SCREEN_KINDS = ("still", "slide", "video")
M_BAD_REGION = QT_TRANSLATE_NOOP(
    "Errors", "“{region}” is not a screen region: write X,Y,WIDTH,HEIGHT in pixels, e.g. 0,0,384,192."
)
_REGION_RE = re.compile(r"\s*(-?\d{1,6})\s*,\s*(-?\d{1,6})\s*,\s*(\d{1,6})\s*,\s*(\d{1,6})\s*")


@dataclass(frozen=True)
class ScreenItem:
    """One item of a screen play-out. `path`: the picture or video file (None for a
    slide, whose design is `slide`); `duration_s`: how long it airs (for a video, its
    length after the trim, from `trim_in_s`)."""

    kind: str  # still | slide | video
    title: str
    duration_s: float
    path: Path | None = None
    slide: SlideSource | None = None
    trim_in_s: float = 0.0
    with_sound: bool = False
    media_id: int | None = None
    item_id: int | None = None  # the playlist item, for the airing log


def screen_items(
    ws: Workspace, ref: str | int | LoosePlaylist, *, with_sound: bool = True, allow_unapproved: bool = False
) -> list[ScreenItem]:
    """A screen playlist's items in order, as the screen export counts them (core.aired).
    Refused as the export refuses: not a screen playlist, empty, items not approved."""
    p = pl.get_playlist(ws, ref) if isinstance(ref, (str, int)) else ref  # a LoosePlaylist: one item
    if p.kind != "screen":
        raise LedcastError(M_NOT_SCREEN, name=p.name)
    if not p.items:
        raise LedcastError(M_EMPTY_PLAYLIST, name=p.name)
    check_approval(ws, p, allow_unapproved)
    out = []
    for item in p.items:
        media = item.media
        common = {"title": media.title, "duration_s": pl.item_duration(item), "media_id": media.id, "item_id": item.id}
        if media.kind == "slide":
            out.append(ScreenItem(kind="slide", slide=source_of(ws, media)[0], **common))
        elif media.kind in pl.STILL_KINDS:
            out.append(ScreenItem(kind="still", path=ws.media_file(media), **common))
        else:
            sound = with_sound and bool(media.audio_codec)
            trim = item.trim_in_s or 0.0
            out.append(ScreenItem(kind="video", path=ws.media_file(media), trim_in_s=trim, with_sound=sound, **common))
    return out


def still_frame(item: ScreenItem, width: int, height: int, fit: str = "fit") -> Image.Image:
    """A still or slide at exactly width×height, RGB: a slide re-rendered at that
    size (never scaled), a picture fitted, filled or stretched on black like the export."""
    if fit not in FIT_MODES:
        raise LedcastError(M_BAD_FIT, fit=fit)
    if item.kind == "slide" and item.slide is not None:
        return render_slide(item.slide, width, height, background_path=item.slide.background_image).image.convert("RGB")
    if item.kind == "still" and item.path is not None:
        return picture_frame(item.path, width, height, fit)
    raise ValueError(f"not a still: {item.kind}")


class Region(NamedTuple):
    """A rectangle of the desktop in physical pixels (what a sender card captures)."""

    x: int
    y: int
    width: int
    height: int

    @classmethod
    def parse(cls, text: str) -> Region:
        """What an operator types: "X,Y,W,H" ("0,0,384,192"); x and y may be negative
        (a monitor left of or above the main one)."""
        m = _REGION_RE.fullmatch(text or "")
        if not m:
            raise LedcastError(M_BAD_REGION, region=clean_text(str(text or ""))[:40])
        x, y, w, h = (int(g) for g in m.groups())
        Size(w, h).checked(f"{w}x{h}")
        return cls(x, y, w, h)
