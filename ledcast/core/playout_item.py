"""One library item aired on its own — the operator's emergency of an item rather
than of a playlist — in the shape of a one-item playlist, so the timeline, the
screen items, the approval rule and the airing log treat it as they treat a
playlist. It has no id and no name: its airing is logged without a playlist."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ledcast.core.approval import check_approval
from ledcast.core.media_import import get_media
from ledcast.core.playlist import check_item
from ledcast.core.workspace import Workspace


@dataclass
class LooseItem:
    """A playlist item's shape: the media, untrimmed, a still at its default duration."""

    media: Any
    trim_in_s: float | None = None
    trim_out_s: float | None = None
    duration_s: float | None = None
    id: int | None = None


@dataclass
class LoosePlaylist:
    kind: str  # speaker | screen: the outlet's
    items: list[LooseItem] = field(default_factory=list)
    id: int | None = None
    name: str = ""
    outlet: Any = None
    priority: str = "emergency"


def loose_playlist(ws: Workspace, media_id: int, kind: str) -> LoosePlaylist:
    """Media `media_id` as a one-item playlist of `kind`; refused, as an export would
    refuse it, when it is not approved (and Settings require approval)."""
    media = get_media(ws, media_id)
    refused = check_item(kind, media)  # a picture on the loudspeakers, a sound on a board
    if refused is not None:
        raise refused
    p = LoosePlaylist(kind, [LooseItem(media)])
    check_approval(ws, p)  # type: ignore[arg-type]
    return p
