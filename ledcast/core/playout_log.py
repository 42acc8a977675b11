"""Logging what play-out airs: an item that finishes, or is stopped once a share of
it has played (Settings: playout.min_share, 80 % by default), is recorded through
core.airing with recorded_how "playout" — one committed transaction, written
before the next item starts, so a power cut loses at most the item on air. An
item stopped earlier is not recorded; jingles and gaps never are (as confirming
an export: core.airing_confirm)."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from ledcast.core import testhooks
from ledcast.core.airing import AiringEntry, local_offset_min, record
from ledcast.core.db.models import Airing
from ledcast.core.playout_settings import playout_settings
from ledcast.core.playout_timeline import Timeline, TimelineItem
from ledcast.core.workspace import Workspace

RECORDED_HOW = "playout"


def qualifies(played_s: float, duration_s: float, share: float, finished: bool = False) -> bool:
    """Whether an item that played `played_s` of its `duration_s` counts as aired."""
    if finished:
        return played_s > 0
    return duration_s > 0 and played_s >= share * duration_s - 1e-6


@dataclass
class _OnAir:
    item: TimelineItem
    start: dt.datetime  # aware UTC: the wall clock when it began
    began: float  # time.monotonic() then: the length does not follow a clock set meanwhile


class PlayoutLog:
    """Follows one play of a timeline: `started(item)` when an item begins, `ended(item,
    played_s, finished)` when it ends (finished, or stopped by the operator). Returns
    the row it recorded, or None."""

    def __init__(
        self,
        ws: Workspace,
        timeline: Timeline,
        *,
        scheduled_at: dt.datetime | None = None,
        priority: str | None = None,
        operator: str = "",
        min_share: float | None = None,
    ) -> None:
        self.ws = ws
        self.timeline = timeline
        self.scheduled_at = scheduled_at
        self.priority = priority or timeline.priority
        self.operator = operator
        self.min_share = playout_settings(ws).min_share if min_share is None else min_share
        self.recorded: list[Airing] = []
        self._on_air: _OnAir | None = None

    def started(self, item: TimelineItem) -> None:
        self._on_air = _OnAir(item, dt.datetime.now(dt.timezone.utc), time.monotonic())

    def ended(self, item: TimelineItem, played_s: float, finished: bool) -> Airing | None:
        on_air, self._on_air = self._on_air, None
        if on_air is None or on_air.item != item or not item.logged:
            return None
        if not qualifies(played_s, item.duration_s, self.min_share, finished):
            return None
        # the wall-clock start and the monotonic length: an end before the start is impossible
        seconds = max(time.monotonic() - on_air.began, 0.001)
        t = self.timeline
        row = record(
            self.ws,
            AiringEntry(
                outlet_name=t.outlet_name,
                outlet_kind=t.outlet_kind,
                start=on_air.start,
                end=on_air.start + dt.timedelta(seconds=seconds),
                recorded_how=RECORDED_HOW,
                title=item.title,
                media_sha256=item.media_sha256,
                task_codes=item.task_codes,
                plan_code=t.plan_code,
                playlist_name=t.playlist_name,
                scheduled_at=self.scheduled_at,
                utc_offset_min=local_offset_min(on_air.start.replace(tzinfo=None)),
                priority=self.priority,
                operator=self.operator,
            ),
        )
        self.recorded.append(row)
        testhooks.checkpoint("playout.logged")
        return row
