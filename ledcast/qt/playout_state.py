"""What an outlet of the play-out engine (qt/playout_engine.py) is doing, as the
console shows it: the programme, the item on air (counting the playlist's items;
a loudspeaker's jingles and gaps count as the item after them), its position."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ledcast.core.outlet_playout import OutletPlayout
from ledcast.core.playout import Programme
from ledcast.core.playout_timeline import Timeline
from ledcast.qt.player import TimelinePlayer
from ledcast.qt.screen_window import ScreenWindow


@dataclass(frozen=True)
class OutletState:
    """What an outlet does now, for the console. `index` counts the playlist's items from 0."""

    outlet: str
    kind: str  # speaker | screen
    programme: str = ""  # the playlist's name; "" when idle
    scheduled_at: dt.datetime | None = None  # the occurrence's start (naive local); None: a manual play
    priority: str = ""
    item_title: str = ""
    index: int = -1
    count: int = 0
    elapsed_s: float = 0.0  # within the item
    remaining_s: float = 0.0  # of the item
    next_title: str = ""
    paused: bool = False
    preparing: bool = False  # its pieces are being rendered; it starts when they are ready

    @property
    def idle(self) -> bool:
        return not self.programme


@dataclass
class Slot:
    """One outlet's player and what it plays (the engine's own; the console reads OutletState)."""

    name: str
    kind: str
    place: OutletPlayout
    programme: Programme | None = None
    timeline: Timeline | None = None
    player: TimelinePlayer | ScreenWindow | None = None
    preparing: bool = False
    position_s: float = 0.0  # the speaker piece's position, from its output
    pass_index: int = 0


def state_of(slot: Slot) -> OutletState:
    """What the slot does now, as the console shows it."""
    p = slot.programme
    if p is None:
        return OutletState(slot.name, slot.kind)
    base = OutletState(
        slot.name,
        slot.kind,
        p.playlist_name,
        p.occurrence.start if p.occurrence is not None else None,
        p.priority,
        preparing=slot.preparing,
        index=p.item_index,
    )
    tl, player = slot.timeline, slot.player
    if tl is None or player is None:
        return base
    titles = [x.title for x in tl.items if x.logged]
    index = item_index(slot)
    elapsed, duration = position(slot)
    return replace(
        base,
        item_title=titles[index] if 0 <= index < len(titles) else "",
        index=index,
        count=len(titles),
        elapsed_s=elapsed,
        remaining_s=max(duration - elapsed, 0.0),
        next_title=titles[index + 1] if index + 1 < len(titles) else "",
        paused=bool(player.paused),
    )


# --- positions --------------------------------------------------------------------------


def item_index(slot: Slot) -> int:
    """The playlist item on air (a jingle or gap counts as the item after it)."""
    player = slot.player
    if isinstance(player, ScreenWindow):
        return player.index if player.index >= 0 else max(player.last_index, 0)
    if isinstance(player, TimelinePlayer) and slot.timeline is not None:
        items = slot.timeline.items
        before = sum(1 for x in items[: max(player.index, 0)] if x.logged)
        return min(before, max(len(slot.timeline.logged_items) - 1, 0))
    return -1


def position(slot: Slot) -> tuple[float, float]:
    """(seconds played, duration) of the item on air."""
    player = slot.player
    if isinstance(player, ScreenWindow) and player.index >= 0:
        return player.played_seconds(), player.items[player.index].duration_s
    if isinstance(player, TimelinePlayer) and player.playing:
        return slot.position_s, player.timeline.items[player.index].duration_s
    return 0.0, 0.0
