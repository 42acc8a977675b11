"""The timeline of a loudspeaker playlist for play-out from the PC: the very pieces
the speaker export joins into its MP3 (render.speaker.plan_programme: each item
trimmed of its silent ends and brought to the loudness target, the gaps and the
intro/outro jingles of Settings), taken from the segment cache, the missing ones
rendered first. So the air sounds exactly as the export would, and the programme
lasts what core.programme counts for it.

Only pieces of role "item" are logged (`TimelineItem.logged`): jingles are station
idents and gaps are silence, as confirming an export counts (core.airing_confirm)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ledcast.core import jobs
from ledcast.core import playlist as pl
from ledcast.core.approval import check_approval
from ledcast.core.db.models import Playlist
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.export.files import start_offsets
from ledcast.core.export.folder import plan_codes, segment_cache
from ledcast.core.outlets import get_outlet
from ledcast.core.playout_item import LoosePlaylist
from ledcast.core.render import speaker
from ledcast.core.render.cache import SegmentCache
from ledcast.core.render.screen import M_EMPTY_PLAYLIST
from ledcast.core.settings import speaker_settings
from ledcast.core.workspace import Workspace

M_PLAY_NOT_SPEAKER = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” is a screen playlist: it plays in a screen window, not through the loudspeakers."
)
M_PLAY_NO_OUTLET = QT_TRANSLATE_NOOP(
    "Errors", "The playlist “{name}” has no outlet, so its airings could not be logged: give --outlet NAME."
)
M_PLAY_OUTLET_KIND = QT_TRANSLATE_NOOP(
    "Errors", "“{outlet}” is a screen; a loudspeaker playlist plays on a loudspeaker outlet."
)


@dataclass(frozen=True)
class TimelineItem:
    """One stretch of the programme as it plays: an item, a jingle or a gap."""

    position: int  # 1-based among the pieces that are not gaps, as the export's manifest numbers them
    role: str  # item | intro | outro | gap
    path: Path  # the rendered piece (segment cache) to play
    start_s: float  # its start within the programme
    duration_s: float
    media_id: int | None = None
    title: str = ""
    kind: str = ""  # the media's kind (audio, video)
    media_sha256: str | None = None
    task_codes: tuple[str, ...] = ()

    @property
    def is_gap(self) -> bool:
        return self.role == "gap"

    @property
    def is_jingle(self) -> bool:
        return self.role in ("intro", "outro")

    @property
    def logged(self) -> bool:
        """Whether airing it goes into the log (programmes, not jingles or gaps)."""
        return self.role == "item"


@dataclass(frozen=True)
class Timeline:
    """A playlist ready to play on an outlet, with what its airings record."""

    playlist_id: int | None  # None: one item aired on its own (core.playout_item)
    playlist_name: str
    outlet_name: str
    outlet_kind: str
    priority: str
    plan_code: str | None
    items: tuple[TimelineItem, ...]

    @property
    def duration_s(self) -> float:
        return sum(x.duration_s for x in self.items)

    @property
    def logged_items(self) -> tuple[TimelineItem, ...]:
        return tuple(x for x in self.items if x.logged)


M_PLAY_NOT_SCREEN_OUTLET = QT_TRANSLATE_NOOP(
    "Errors", "“{outlet}” is a loudspeaker; a screen playlist plays on a screen outlet."
)


def playing_outlet(ws: Workspace, p: Playlist, outlet: str | None, kind: str = "speaker") -> tuple[str, str]:
    """The outlet it airs on: the one given, else the playlist's own; of `kind`."""
    if outlet is not None:
        o = get_outlet(ws, outlet)
    elif p.outlet is not None:
        o = p.outlet
    else:
        raise LedcastError(M_PLAY_NO_OUTLET, name=p.name)
    if o.kind != kind:
        raise LedcastError(M_PLAY_OUTLET_KIND if kind == "speaker" else M_PLAY_NOT_SCREEN_OUTLET, outlet=o.name)
    return o.name, o.kind


def items_of(pieces: list[speaker.Piece]) -> tuple[TimelineItem, ...]:
    """Rendered pieces (every path set) as timeline items."""
    out: list[TimelineItem] = []
    position = 0
    for piece, at in zip(pieces, start_offsets([x.seconds for x in pieces])):
        assert piece.path is not None
        if piece.role != "gap":
            position += 1
        media = piece.media
        out.append(
            TimelineItem(
                position=position,
                role=piece.role,
                path=piece.path,
                start_s=at,
                duration_s=piece.seconds,
                media_id=media.id if media else None,
                title=piece.title,
                kind=media.kind if media else "",
                media_sha256=media.sha256 if media else None,
                task_codes=tuple(t.code for t in media.tasks) if media else (),
            )
        )
    return tuple(out)


def build_timeline(
    ws: Workspace,
    ref: str | int | LoosePlaylist,
    *,
    outlet: str | None = None,
    allow_unapproved: bool = False,
    cache: SegmentCache | None = None,
    progress: jobs.Progress | None = None,
    cancel: jobs.CancelCheck | None = None,
) -> Timeline:
    """The timeline of loudspeaker playlist `ref` on `outlet` (default: its own),
    refused like an export (not a speaker playlist, empty, items not approved),
    with every piece in the segment cache — the missing ones rendered first,
    reporting to `progress`, stopped by `cancel`. Pass a `cache` and keep it open
    while playing: its in-use marker keeps a prune from removing the pieces."""
    p = pl.get_playlist(ws, ref) if isinstance(ref, (str, int)) else ref  # a LoosePlaylist: one item
    if p.kind != "speaker":
        raise LedcastError(M_PLAY_NOT_SPEAKER, name=p.name)
    if not p.items:
        raise LedcastError(M_EMPTY_PLAYLIST, name=p.name)
    outlet_name, outlet_kind = playing_outlet(ws, p, outlet)
    check_approval(ws, p, allow_unapproved)
    cache = cache or segment_cache(ws)
    pieces = speaker.plan_programme(
        ws, list(p.items), speaker_settings(ws), cache, progress=jobs.scaled(progress, 0.0, 0.1), cancel=cancel
    )
    speaker.render_pieces(pieces, cache, jobs.scaled(progress, 0.1, 0.9), cancel)
    plans = plan_codes(ws, p)
    return Timeline(
        playlist_id=p.id,
        playlist_name=p.name,
        outlet_name=outlet_name,
        outlet_kind=outlet_kind,
        priority=p.priority or "normal",
        plan_code=plans[0] if len(plans) == 1 else None,
        items=items_of(pieces),
    )
