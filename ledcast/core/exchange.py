"""The signed airing-log exchange file (issue 13, DESIGN §5): writing it.

One JSON file per sending: {"format", "version", "header", "records", "signature"}.
`signature` is Ed25519 (this unit's key, ledcast.core.keys) over the canonical
bytes of {"header", "records"}, so any changed byte in either is detected. Only
this unit's own rows are sent; reading files back in is ledcast.core.exchange_import.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ledcast.core import durable, keys
from ledcast.core.airing_query import AiringFilter, conditions
from ledcast.core.db.models import Airing, Setting, Unit, utcnow
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.workspace import Workspace

FORMAT = "ledcast-airing-log"
VERSION = 1
LAST_EXPORTED_KEY = "exchange.last_exported_id"  # setting: the newest airing id already sent (--since-last)
LAST_SENT_AT_KEY = "exchange.last_sent_at"  # setting: when that file was written (UTC, ISO), for the GUI's "since"
# The Airing columns a record carries (all but the local id), with their JSON types.
STR, OPT_STR, INT, TIME, OPT_TIME = "str", "str?", "int", "time", "time?"
FIELDS: dict[str, str] = {
    "uuid": STR,
    "unit_code": STR,
    "outlet_name": STR,
    "outlet_kind": STR,
    "media_sha256": OPT_STR,
    "media_title": STR,
    "task_codes": STR,
    "plan_code": OPT_STR,
    "playlist_name": OPT_STR,
    "scheduled_at": OPT_TIME,
    "start_utc": TIME,
    "end_utc": TIME,
    "utc_offset_min": INT,
    "recorded_how": STR,
    "origin": STR,
    "language": STR,
    "priority": STR,
    "operator": STR,
    "note": STR,
    "voids_uuid": OPT_STR,
    "created_at": TIME,
}

M_EXPORT_NO_UNIT = QT_TRANSLATE_NOOP(
    "Errors", "This installation has no unit yet, so it has no airing log to send. Set it first (ledcast unit set)."
)
M_EXPORT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {error}")


@dataclass(frozen=True)
class ExportedLog:
    path: Path
    records: int
    unit_code: str
    fingerprint: str
    last_id: int | None  # the newest airing id in the file (None: no rows)


def canonical(header: dict[str, Any], records: list[dict[str, Any]]) -> bytes:
    """The signed bytes: one fixed serialisation, the same on every computer."""
    body = {"header": header, "records": records}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, check_circular=False)
    return text.encode("utf-8")  # check_circular: JSON from a file or the database has no cycles


def record_of(a: Airing) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, kind in FIELDS.items():
        value = getattr(a, name)
        out[name] = value.isoformat() if kind in (TIME, OPT_TIME) and value is not None else value
    return out


def selection(
    s: Any, unit_code: str, date_from: dt.date | None, date_to: dt.date | None, since_last: bool
) -> list[Any]:
    """SQL conditions on Airing for the rows a file would carry: this unit's, void
    rows too, of the local days given, and with `since_last` only those not sent yet."""
    f = AiringFilter(date_from=date_from, date_to=date_to, unit=unit_code, include_voided=True)
    where = conditions(f, voided=True)
    last = s.get(Setting, LAST_EXPORTED_KEY)
    if since_last and last is not None and last.value is not None:
        where.append(Airing.id > int(last.value))
    return where


def export_log(
    ws: Workspace,
    out: str | Path,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    since_last: bool = False,
) -> ExportedLog:
    """Write this unit's airings (local dates `date_from`..`date_to`, or those not sent
    yet with `since_last`) as one signed file, atomically. Void rows travel too."""
    target = Path(out)
    private = keys.load_private(ws)  # no key: refused before anything is read
    own = keys.own_key(ws)
    with ws.session() as s:
        unit = s.scalars(select(Unit).where(Unit.is_self.is_(True))).first()
        if unit is None:
            raise LedcastError(M_EXPORT_NO_UNIT)
        where = selection(s, unit.code, date_from, date_to, since_last)
        rows = list(s.scalars(select(Airing).where(*where).order_by(Airing.id)))
        records = [record_of(a) for a in rows]
        unit_code, unit_name = unit.code, unit.name
    header = {
        "unit_code": unit_code,
        "unit_name": unit_name,
        "period": {
            "from": date_from.isoformat() if date_from else None,
            "to": date_to.isoformat() if date_to else None,
            "since_last": since_last,
        },
        "record_count": len(records),
        "created": utcnow().isoformat(),
        "signer_fingerprint": own.fingerprint,
    }
    signature = base64.b64encode(private.sign(canonical(header, records))).decode("ascii")
    doc = {"format": FORMAT, "version": VERSION, "header": header, "records": records, "signature": signature}
    # keys sorted: the records are written in their canonical form, so an importer verifies
    # the signature over them as read instead of serialising them again (exchange_document)
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    try:
        durable.write_atomic(target, data)
    except OSError as exc:
        raise LedcastError(M_EXPORT_WRITE, path=str(target), error=exc.strerror or str(exc)) from exc
    last_id = rows[-1].id if rows else None
    if since_last and last_id is not None:  # only once the file is safely written
        with ws.session() as s:
            for key, value in ((LAST_EXPORTED_KEY, last_id), (LAST_SENT_AT_KEY, header["created"])):
                row = s.get(Setting, key) or Setting(key=key)
                row.value = value
                s.add(row)
    return ExportedLog(target, len(records), unit_code, own.fingerprint, last_id)
