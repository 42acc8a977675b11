"""What the playlist page and the exports say about items: refusals (an item the outlet
kind cannot play) and warnings (not approved, another shape than the screen, very quiet),
and the notes shown beside an item. Re-exported by ledcast.core.playlist."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ledcast.core.aired import (
    N_SILENCE_TRIMMED,
    W_QUIET,
    item_duration,
    quiet_gain_db,
    signed,
    silence_trimmed_s,
    trimmed_length,
)
from ledcast.core.db.models import Media, Outlet, Playlist, PlaylistItem
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.formatting import clock

ALLOWED = {"speaker": ("audio",), "screen": ("image", "slide", "video")}
ASPECT_TOLERANCE = 0.02

M_WRONG_KIND_SPEAKER = QT_TRANSLATE_NOOP("Errors", "“{title}” is not audio: loudspeaker playlists take audio only.")
M_WRONG_KIND_SCREEN = QT_TRANSLATE_NOOP(
    "Errors", "“{title}” is audio only: screen playlists take pictures, slides and video."
)
W_UNAPPROVED = QT_TRANSLATE_NOOP("Errors", "“{title}” is not approved yet.")
W_ASPECT = QT_TRANSLATE_NOOP(
    "Errors", "“{title}” is {w}×{h}; the screen is {sw}×{sh}: it will be fitted with bars or cropped."
)


@dataclass
class Warning_:
    """A non-blocking remark about an item (shown, not refused)."""

    template: str
    params: dict[str, Any]

    def message(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        return LedcastError(self.template, **self.params).message(translate)


def check_item(kind: str, media: Media) -> LedcastError | None:
    """Why `media` cannot play in a `kind` playlist, or None."""
    return check_kind(kind, media.kind, media.title)


def check_kind(kind: str, media_kind: str, title: str) -> LedcastError | None:
    """Why something of `media_kind` (a library item, or a file dropped on the playlist) cannot play in it."""
    if media_kind in ALLOWED[kind]:
        return None
    if kind == "speaker":
        return LedcastError(M_WRONG_KIND_SPEAKER, title=title, kind=media_kind)
    return LedcastError(M_WRONG_KIND_SCREEN, title=title)


def quiet_warning(media: Media, target_lufs: float) -> Warning_ | None:
    """ "−59 LUFS: very quiet, will be raised by 43 dB" for a recording far under the target."""
    gain = quiet_gain_db(media, target_lufs)
    if gain is None:
        return None
    return Warning_(W_QUIET, {"lufs": signed(media.loudness_lufs or 0.0), "gain": signed(gain)})


def item_warnings(media: Media, outlet: Outlet | None, target_lufs: float | None = None) -> list[Warning_]:
    """Remarks about one item: not approved, a picture of another shape than the
    screen, and (given the loudness target) a very quiet recording."""
    out: list[Warning_] = []
    if media.approval != "approved":
        out.append(Warning_(W_UNAPPROVED, {"title": media.title}))
    quiet = quiet_warning(media, target_lufs) if target_lufs is not None else None
    if quiet is not None:
        out.append(quiet)
    if (
        outlet is not None
        and outlet.kind == "screen"
        and outlet.width
        and outlet.height
        and media.kind in ("image", "video")
        and media.width
        and media.height
    ):
        ratio, screen = media.width / media.height, outlet.width / outlet.height
        if abs(ratio - screen) / screen > ASPECT_TOLERANCE:
            out.append(
                Warning_(
                    W_ASPECT,
                    {
                        "title": media.title,
                        "w": media.width,
                        "h": media.height,
                        "sw": outlet.width,
                        "sh": outlet.height,
                    },
                )
            )
    return out


def item_notes(item: PlaylistItem, outlet: Outlet | None, target_lufs: float | None = None) -> list[Warning_]:
    """What the playlist shows beside an item: the silence the export trims, then its warnings."""
    out: list[Warning_] = []
    if silence_trimmed_s(item) >= 0.5:  # shorter trims change no clock reading worth a note
        out.append(
            Warning_(N_SILENCE_TRIMMED, {"full": clock(trimmed_length(item)), "aired": clock(item_duration(item))})
        )
    return out + item_warnings(item.media, outlet, target_lufs)


def playlist_warnings(playlist: Playlist) -> list[Warning_]:
    out: list[Warning_] = []
    for item in playlist.items:
        out.extend(item_warnings(item.media, playlist.outlet))
    return out
