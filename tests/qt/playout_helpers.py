"""What the play-out tests share (test_playout_engine.py, test_console_view.py): a
clock to set by hand, this minute, the airing log's rows (the workspace: conftest's
playout_ws)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ledcast.core.db.models import Airing

LOA = "Loa trung tâm"
PROGRAMME = "Phát thanh thử"  # tones_workspace's three 0.6 s tones on LOA


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.at = now

    def now(self) -> dt.datetime:
        return self.at


def minute() -> dt.datetime:
    """This minute's start: a schedule at it has begun (the log's real times fall in its slot)."""
    return dt.datetime.now().replace(second=0, microsecond=0)


def airing_rows(ws) -> list[Airing]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return list(s.scalars(select(Airing).order_by(Airing.start_utc, Airing.id)))
