"""Units with real signing keys and airings, for the exchange tests (core and GUI)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ledcast.core import airing, keys
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit
from ledcast.core.workspace import Workspace


def entry(day: dt.date, hour: int, title: str = "Bản tin") -> airing.AiringEntry:
    """Five minutes at `hour` local time on `day`, entered by hand."""
    start = dt.datetime(day.year, day.month, day.day, hour).astimezone()
    return airing.AiringEntry(
        outlet_name="Loa trung tâm",
        start=start,
        end=start + dt.timedelta(minutes=5),
        recorded_how="manual",
        title=title,
    )


def unit_with_key(path: Path, code: str, name: str, day: dt.date, titles: list[str]) -> Workspace:
    """A new workspace for unit `code` with its key and one airing per title on `day`, from 06:00 hourly."""
    ws = open_for_use(path)
    set_self_unit(ws, code, name)
    keys.init_keys(ws)
    airing.record_many(ws, [entry(day, 6 + n, t) for n, t in enumerate(titles)])
    return ws
