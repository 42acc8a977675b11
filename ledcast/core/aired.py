"""How long each playlist item airs: one answer for the playlist's durations and
total, the agenda's blocks and the exports (the loudspeaker export cuts the silent
ends of audio, so the playlist counts without them too)."""

from __future__ import annotations

from ledcast.core.db.models import Media, Playlist, PlaylistItem
from ledcast.core.errors import QT_TRANSLATE_NOOP

DEFAULT_STILL_S = 10.0
STILL_KINDS = ("image", "slide")
QUIET_BELOW_TARGET_DB = 20.0  # this far under the loudness target, an item is worth a look before it airs

W_QUIET = QT_TRANSLATE_NOOP("Errors", "{lufs} LUFS: very quiet, will be raised by {gain} dB.")
N_SILENCE_TRIMMED = QT_TRANSLATE_NOOP("Errors", "{full} → {aired}, silence trimmed")


def media_length(media: Media) -> float:
    return float(media.duration_s or 0.0)


def aired_span(media: Media, trim_in: float | None, trim_out: float | None) -> tuple[float, float]:
    """What airs of an item, as (start, end) in the media: its trim and, for audio
    (the loudspeaker export trims them), no silent lead-in or tail where the trim
    leaves that end open. All silence is kept whole rather than airing nothing."""
    length = media_length(media)
    start = trim_in or 0.0
    end = trim_out if trim_out is not None else length
    if media.kind != "audio":
        return start, end
    if trim_in is None:
        start = max(start, media.silence_head_s or 0.0)
    if trim_out is None:
        end = min(end, length - (media.silence_tail_s or 0.0))
    if end - start < 0.1:
        start, end = trim_in or 0.0, trim_out if trim_out is not None else length
    return start, end


def item_duration(item: PlaylistItem) -> float:
    """How long the item airs: stills their set duration (default 10 s), audio and
    video their length after trim (audio also without its silent ends). The playlist
    total, the agenda and the exports all count with this."""
    media = item.media
    if media.kind in STILL_KINDS:
        return float(item.duration_s or DEFAULT_STILL_S)
    start, end = aired_span(media, item.trim_in_s, item.trim_out_s)
    return max(0.0, end - start)


def trimmed_length(item: PlaylistItem) -> float:
    """The item's length after the operator's trim only (before silence trimming)."""
    if item.media.kind in STILL_KINDS:
        return item_duration(item)
    end = item.trim_out_s if item.trim_out_s is not None else media_length(item.media)
    return max(0.0, end - (item.trim_in_s or 0.0))


def silence_trimmed_s(item: PlaylistItem) -> float:
    """Seconds of silent ends the export will cut from the item."""
    return max(0.0, trimmed_length(item) - item_duration(item))


def quiet_gain_db(media: Media, target_lufs: float) -> float | None:
    """The gain a very quiet recording will get (more than QUIET_BELOW_TARGET_DB under
    the target), or None when its loudness is ordinary or unknown."""
    lufs = media.loudness_lufs
    if media.kind != "audio" or lufs is None or lufs <= -69.0:  # -70: silent, refused at export anyway
        return None
    gain = target_lufs - lufs
    return gain if gain > QUIET_BELOW_TARGET_DB else None


def signed(value: float) -> str:
    return f"{value:.0f}".replace("-", "−")  # a real minus sign, as printed meters show it


def total_duration(playlist: Playlist) -> float:
    return sum(item_duration(i) for i in playlist.items)
