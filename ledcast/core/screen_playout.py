"""A screen playlist as a play-out Timeline (core.playout_timeline), so the screen
window's items are logged by the same rule and code as a loudspeaker's
(core.playout_log: finished or past the share, recorded_how "playout", committed
before the next item). One timeline item per screen item, in the same order."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ledcast.core import playlist as pl
from ledcast.core.db.models import Media
from ledcast.core.export.files import start_offsets
from ledcast.core.export.folder import plan_codes
from ledcast.core.playout_item import LoosePlaylist
from ledcast.core.playout_timeline import Timeline, TimelineItem, playing_outlet
from ledcast.core.screen_items import ScreenItem
from ledcast.core.workspace import Workspace


def screen_outlet(ws: Workspace, ref: str | int, outlet: str | None = None) -> str:
    """The screen outlet a screen playlist airs on: the one given, else its own."""
    return playing_outlet(ws, pl.get_playlist(ws, ref), outlet, "screen")[0]


def screen_timeline(
    ws: Workspace, ref: str | int | LoosePlaylist, outlet: str, items: Sequence[ScreenItem]
) -> Timeline:
    """What the airing log needs about each of `items` (core.screen_items of playlist `ref`)."""
    p = pl.get_playlist(ws, ref) if isinstance(ref, (str, int)) else ref
    ids = {i.media_id for i in items if i.media_id is not None}
    with ws.session() as s:
        rows = s.scalars(select(Media).where(Media.id.in_(sorted(ids))).options(selectinload(Media.tasks)))
        media = {m.id: (m.sha256, tuple(t.code for t in m.tasks)) for m in rows}
    out = []
    for n, (item, at) in enumerate(zip(items, start_offsets([i.duration_s for i in items])), start=1):
        sha, tasks = media.get(item.media_id, (None, ())) if item.media_id is not None else (None, ())
        path = item.path if item.path is not None else ws.root
        out.append(TimelineItem(n, "item", path, at, item.duration_s, item.media_id, item.title, item.kind, sha, tasks))
    plans = plan_codes(ws, p)
    return Timeline(
        playlist_id=p.id,
        playlist_name=p.name,
        outlet_name=outlet,
        outlet_kind="screen",
        priority=p.priority or "normal",
        plan_code=plans[0] if len(plans) == 1 else None,
        items=tuple(out),
    )
