"""Sending this unit's signed airing log from the app (issue 13): what a file would
hold before it is written, the file name offered, the folder last used, and the
send itself in the long-job shape (ledcast.core.jobs). Writing the file is
ledcast.core.exchange.export_log; this module decides whether there is anything to write."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ledcast.core import exchange
from ledcast.core.db.models import Airing, Setting, Unit
from ledcast.core.jobs import CancelCheck, Progress, check
from ledcast.core.text import ascii_slug
from ledcast.core.workspace import Workspace

SEND_DIR_KEY = "exchange.send_dir"  # setting: the folder the last file was sent to


@dataclass(frozen=True)
class ToSend:
    """What a file would carry now."""

    unit_code: str  # "" when this installation has no unit yet
    records: int  # airings, void rows included
    sent_before: bool  # a "new since the last file" was sent before
    last_sent_at: dt.datetime | None  # when (UTC, naive); None: never, or before the time was kept


def to_send(
    ws: Workspace, date_from: dt.date | None = None, date_to: dt.date | None = None, since_last: bool = False
) -> ToSend:
    """Count the rows export_log would write for the same arguments (one SQL count)."""
    with ws.session() as s:
        unit = s.scalars(select(Unit.code).where(Unit.is_self.is_(True))).first()
        last_id, last_at = s.get(Setting, exchange.LAST_EXPORTED_KEY), s.get(Setting, exchange.LAST_SENT_AT_KEY)
        sent_before = last_id is not None and last_id.value is not None
        when = _time(last_at.value) if last_at is not None else None
        if unit is None:
            return ToSend("", 0, sent_before, when)
        where = exchange.selection(s, unit, date_from, date_to, since_last)
        count = s.scalar(select(func.count()).select_from(Airing).where(*where)) or 0
    return ToSend(unit, count, sent_before, when)


def _time(value: object) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return when.astimezone(dt.timezone.utc).replace(tzinfo=None) if when.tzinfo is not None else when


def suggested_name(unit_code: str, day: dt.date) -> str:
    """nhat-ky-<unit>-<date>.json: ASCII only, so any USB stick, mail or Zalo keeps it."""
    return f"nhat-ky-{ascii_slug(unit_code or 'don-vi')}-{day.isoformat()}.json"


def send_dir(ws: Workspace) -> str:
    """The folder the last file was sent to ("" before the first)."""
    with ws.session() as s:
        row = s.get(Setting, SEND_DIR_KEY)
        return row.value if row is not None and isinstance(row.value, str) else ""


def send_log(
    ws: Workspace,
    out: str | Path,
    days: tuple[dt.date, dt.date] | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> exchange.ExportedLog | None:
    """Write the signed file of the local `days` (first, last), or with None of the
    airings new since the last file sent. Nothing is written when it would hold no
    airing (None; the "since last" mark unmoved). The folder is kept for the next send."""
    check(cancel)
    first, last = days if days is not None else (None, None)
    pending = to_send(ws, first, last, since_last=days is None)
    if pending.unit_code and pending.records == 0:  # no unit: export_log says why it refuses
        return None
    if progress is not None:
        progress(0.0, Path(out).name)
    done = exchange.export_log(ws, out, first, last, since_last=days is None)
    with ws.session() as s:
        row = s.get(Setting, SEND_DIR_KEY) or Setting(key=SEND_DIR_KEY)
        row.value = str(done.path.parent)
        s.add(row)
    if progress is not None:
        progress(1.0, done.path.name)
    return done
