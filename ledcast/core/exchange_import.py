"""Reading signed airing-log files from other units (issue 13, DESIGN §5).

Each file is checked whole before anything is written: size, JSON (bounded
nesting), format and version, the signature against the trusted, not revoked key
of the unit its header names, every record's unit, fields and types. Then it is
imported in ONE transaction, or not at all: records already here identically are
"known", a uuid here with other content rejects the file (never overwritten, the
log is append-only). Imported rows keep their unit code and are marked "imported".
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from ledcast.core import keys
from ledcast.core.airing import ORIGINS, OUTLET_KINDS, PRIORITIES, RECORDED_HOW
from ledcast.core.db.models import Airing, ImportedLog, TrustedKey
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.exchange import FIELDS, FORMAT, INT, OPT_STR, OPT_TIME, TIME, VERSION, canonical
from ledcast.core.jobs import CancelCheck, Cancelled, Progress, counted
from ledcast.core.workspace import Workspace

MAX_FILE = 200 * 1024 * 1024
MAX_DEPTH = 20
MAX_TEXT = 10_000  # one field of one record
SQLITE_CACHE_KB = 64 * 1024  # this connection's page cache while importing (the default is 2 MB)
CHUNK = 500  # uuids per IN (...): under SQLite's bound-parameter limit
_CHOICES = {"recorded_how": RECORDED_HOW, "origin": ORIGINS, "priority": PRIORITIES, "outlet_kind": OUTLET_KINDS}

R_EMPTY = QT_TRANSLATE_NOOP("Errors", "the file is empty")
R_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "the file is larger than {max} MB")
R_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "the file cannot be read: {error}")
R_NOT_JSON = QT_TRANSLATE_NOOP("Errors", "the file is damaged or cut short (not complete JSON)")
R_TOO_DEEP = QT_TRANSLATE_NOOP("Errors", "the file nests data deeper than an airing log does")
R_NOT_A_LOG = QT_TRANSLATE_NOOP("Errors", "this is not a ledcast airing log")
R_NEWER = QT_TRANSLATE_NOOP("Errors", "the file is version {version}, made by a newer ledcast: update this one")
R_BAD_VERSION = QT_TRANSLATE_NOOP("Errors", "unknown file version {version}")
R_BAD_HEADER = QT_TRANSLATE_NOOP("Errors", "the header's “{field}” is missing or wrong")
R_NO_KEY = QT_TRANSLATE_NOOP(
    "Errors", "no trusted key for unit {code}: trust its public key first (ledcast keys trust)"
)
R_REVOKED = QT_TRANSLATE_NOOP("Errors", "the key of unit {code} was revoked")
R_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Errors", "the signature does not match: the file was altered, or not signed with {code}'s trusted key"
)
R_COUNT = QT_TRANSLATE_NOOP("Errors", "the header says {said} records, the file holds {held}")
R_BAD_RECORD = QT_TRANSLATE_NOOP("Errors", "record {number}: “{field}” is missing or wrong")
R_EXTRA_FIELD = QT_TRANSLATE_NOOP("Errors", "record {number}: unknown field “{field}”")
R_OTHER_UNIT = QT_TRANSLATE_NOOP("Errors", "record {number} belongs to unit {other}, not {code} who signed the file")
R_CONFLICT = QT_TRANSLATE_NOOP(
    "Errors", "airing {uuid} is already in the log with different content; nothing from this file was imported"
)


class Rejected(LedcastError):
    """Why a file was refused (nothing of it imported)."""


@dataclass
class FileResult:
    path: Path
    new: int = 0
    known: int = 0
    conflicts: list[str] = field(default_factory=list)
    rejected_reason: str | None = None
    unit_code: str = ""

    @property
    def ok(self) -> bool:
        return self.rejected_reason is None


def import_logs(
    ws: Workspace,
    paths: Iterable[str | Path],
    translate: Any = None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> list[FileResult]:
    """Import each file whole or not at all; one result per file (the others go on).
    A cancel is seen between files: Cancelled.partial holds the results of the files done."""
    paths = list(paths)
    step = counted(progress, len(paths))
    results: list[FileResult] = []
    for done, p in enumerate(paths):
        if cancel is not None and cancel():
            raise Cancelled(results)
        step(done, Path(p).name)
        result = FileResult(Path(p))
        try:
            data = _read(result.path)
            digest = hashlib.sha256(data).hexdigest()
            if not _seen_before(ws, digest, result):
                header, records, signer = read_log(ws, data)
                result.unit_code = header["unit_code"]
                seen = ImportedLog(sha256=digest, unit_code=result.unit_code, fingerprint=signer, records=len(records))
                _store(ws, records, result, seen)
        except Rejected as exc:
            result.new = result.known = 0
            result.rejected_reason = exc.message(translate)
        results.append(result)
    step(len(paths), "")
    return results


def _seen_before(ws: Workspace, digest: str, result: FileResult) -> bool:
    """The very same file imported before and its signer still trusted: all its
    airings are known (the log is append-only: they are all still here)."""
    with ws.session() as s:
        seen = s.get(ImportedLog, digest)
        if seen is None:
            return False
        code, signer, records = seen.unit_code, seen.fingerprint, seen.records
    trusted = keys.trusted_key(ws, code)
    if trusted is None or trusted.fingerprint != signer:
        return False  # checked in full, and refused with the reason
    result.unit_code, result.known = code, records
    return True


def read_log(ws: Workspace, data: bytes) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
    """The checked header and records of a signed log, and the fingerprint of the
    trusted key that signed it; Rejected if anything is wrong."""
    doc = _parse(data)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise Rejected(R_NOT_A_LOG)
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise Rejected(R_BAD_VERSION, version=str(version)[:20])
    if version > VERSION:
        raise Rejected(R_NEWER, version=version)
    if version != VERSION:
        raise Rejected(R_BAD_VERSION, version=version)
    header, records = doc.get("header"), doc.get("records")
    header = _check_header(header)
    if not isinstance(records, list):
        raise Rejected(R_NOT_A_LOG)
    code = header["unit_code"]
    signer = _verify(ws, code, header, records, doc.get("signature"))
    if header["record_count"] != len(records):
        raise Rejected(R_COUNT, said=header["record_count"], held=len(records))
    return header, [_check_record(n, r, code) for n, r in enumerate(records, 1)], signer


def _read(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE + 1)  # bounded: a huge file is never read whole
    except OSError as exc:
        raise Rejected(R_UNREADABLE, error=exc.strerror or str(exc)) from exc
    if not data:
        raise Rejected(R_EMPTY)
    if len(data) > MAX_FILE:
        raise Rejected(R_TOO_LARGE, max=MAX_FILE // (1024 * 1024))
    return data


def _parse(data: bytes) -> Any:
    try:
        doc = json.loads(data.decode("utf-8"))
    except RecursionError:  # thousands of [[[[: the parser gives up before the depth check
        raise Rejected(R_TOO_DEEP) from None
    except (UnicodeDecodeError, ValueError):
        raise Rejected(R_NOT_JSON) from None
    # records are flat (checked field by field); the rest of the document is walked
    outer = {k: v for k, v in doc.items() if k != "records"} if isinstance(doc, dict) else doc
    if _depth(outer) > MAX_DEPTH:
        raise Rejected(R_TOO_DEEP)
    return doc


def _depth(doc: Any) -> int:
    """The nesting depth, iteratively (no recursion limit to hit)."""
    deepest, stack = 0, [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                return depth
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return deepest


def _check_header(header: Any) -> dict[str, Any]:
    if not isinstance(header, dict):
        raise Rejected(R_BAD_HEADER, field="header")
    for name in ("unit_code", "created", "signer_fingerprint"):
        if not isinstance(header.get(name), str) or not header[name] or len(header[name]) > 200:
            raise Rejected(R_BAD_HEADER, field=name)
    count = header.get("record_count")
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise Rejected(R_BAD_HEADER, field="record_count")
    return header


def _verify(ws: Workspace, code: str, header: dict[str, Any], records: list[Any], signature: Any) -> str:
    trusted = keys.trusted_key(ws, code)
    if trusted is None:
        with ws.session() as s:
            revoked = s.scalars(select(TrustedKey.id).where(TrustedKey.unit_code == code)).first()
        raise Rejected(R_REVOKED if revoked is not None else R_NO_KEY, code=code[:64])
    try:
        raw = base64.b64decode(signature if isinstance(signature, str) else "", validate=True)
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(trusted.public_key))
        key.verify(raw, canonical(header, records))
    except (binascii.Error, ValueError, InvalidSignature):
        raise Rejected(R_BAD_SIGNATURE, code=code[:64]) from None
    return trusted.fingerprint


_TIMES = (TIME, OPT_TIME)
_OPTIONAL = (OPT_STR, OPT_TIME)
_KINDS = tuple(FIELDS.items())


def _check_record(number: int, record: Any, code: str) -> dict[str, Any]:
    """The record as Airing column values (datetimes parsed); Rejected if a field is wrong.
    Values must be scalars, so a record cannot nest anything (the depth bound holds)."""
    if not isinstance(record, dict):
        raise Rejected(R_BAD_RECORD, number=number, field="record")
    if record.keys() != FIELDS.keys():
        extra = sorted(set(record) - set(FIELDS))
        if extra:
            raise Rejected(R_EXTRA_FIELD, number=number, field=extra[0][:40])
        raise Rejected(R_BAD_RECORD, number=number, field=next(n for n in FIELDS if n not in record))
    row: dict[str, Any] = {}
    for name, kind in _KINDS:  # one pass, type() tests: a million records per import at district scale
        value = record[name]
        t = type(value)
        if t is str:
            if kind == INT or len(value) > MAX_TEXT:
                raise Rejected(R_BAD_RECORD, number=number, field=name)
            if kind in _TIMES:
                value = _time(value, number, name)
        elif value is None:
            if kind not in _OPTIONAL:
                raise Rejected(R_BAD_RECORD, number=number, field=name)
        elif t is not int or kind != INT or not -1440 <= value <= 1440:
            raise Rejected(R_BAD_RECORD, number=number, field=name)
        row[name] = value
    for name, allowed in _CHOICES.items():
        if row[name] not in allowed:
            raise Rejected(R_BAD_RECORD, number=number, field=name)
    if not row["uuid"] or row["end_utc"] < row["start_utc"]:
        raise Rejected(R_BAD_RECORD, number=number, field="uuid" if not row["uuid"] else "end_utc")
    if row["unit_code"] != code:
        raise Rejected(R_OTHER_UNIT, number=number, other=row["unit_code"][:64], code=code[:64])
    return row


def _time(value: str, number: int, name: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise Rejected(R_BAD_RECORD, number=number, field=name) from None
    if when.tzinfo is not None:  # stored times are naive UTC
        raise Rejected(R_BAD_RECORD, number=number, field=name)
    return when


# recorded_how is not compared: an imported row is stored as "imported", whatever the sender's was
_COMPARED = [name for name in FIELDS if name != "recorded_how"]
_compared = operator.itemgetter(*_COMPARED)


def _store(ws: Workspace, records: list[dict[str, Any]], result: FileResult, log_row: ImportedLog) -> None:
    by_uuid: dict[str, dict[str, Any]] = {}
    for row in records:  # a uuid twice in one file: the same content is one row, different is a conflict
        seen = by_uuid.setdefault(row["uuid"], row)
        if seen is not row and seen != row:
            raise Rejected(R_CONFLICT, uuid=row["uuid"][:64])
    uuids = list(by_uuid)
    with ws.session() as s:
        _big_cache(s)
        for at in range(0, len(uuids), CHUNK):
            cols = [getattr(Airing, n) for n in _COMPARED]
            for existing in s.execute(select(*cols).where(Airing.uuid.in_(uuids[at : at + CHUNK]))):
                mine = by_uuid.pop(existing.uuid)
                if tuple(existing) != _compared(mine):
                    result.conflicts.append(existing.uuid)
                else:
                    result.known += 1
        if result.conflicts:
            raise Rejected(R_CONFLICT, uuid=result.conflicts[0])
        new = [{**row, "recorded_how": "imported"} for row in by_uuid.values()]
        if new:
            try:
                s.connection().execute(insert(Airing.__table__), new)  # Core: no ORM bookkeeping per row
            except IntegrityError:  # a second void of one airing (voids_uuid is unique)
                s.rollback()
                raise Rejected(R_CONFLICT, uuid=_voids_conflict(ws, new)) from None
        result.new = len(new)
        s.merge(log_row)  # in the same transaction as its rows


def _big_cache(s: Any) -> None:
    """A district's log holds millions of rows: inserts land at random places of the
    uuid index, and SQLite's default 2 MB page cache turns each into disk reads."""
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")


def _voids_conflict(ws: Workspace, rows: list[dict[str, Any]]) -> str:
    voided = [r["voids_uuid"] for r in rows if r["voids_uuid"]]
    with ws.session() as s:
        for at in range(0, len(voided), CHUNK):
            hit = s.scalars(select(Airing.voids_uuid).where(Airing.voids_uuid.in_(voided[at : at + CHUNK]))).first()
            if hit:
                return hit
    return ""
