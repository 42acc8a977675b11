"""Reading signed airing-log files from other units (issue 13, DESIGN §5).

Each file is checked whole before anything is written: size, JSON (bounded
nesting), format and version, the signature against the trusted, not revoked key
of the unit its header names, every record's unit, fields and types
(ledcast.core.exchange_records). Then it is stored whole or not at all, inside a
SAVEPOINT: records already here identically are "known", a uuid here with other
content rejects the file (never overwritten, the log is append-only). Imported rows
keep their unit code and are marked "imported".

Speed (a district imports a million airings at once, benchmarks/exchange_scale.py):
the files share one transaction, committed every COMMIT_SECONDS and at the end.
A commit writes every index page the rows touched, and random uuids touch nearly
all pages of the uuid index, so a commit per file rewrote the whole index each time.
"""

from __future__ import annotations

import base64
import binascii
import gc
import hashlib
import operator
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import IntegrityError

from ledcast.core import keys
from ledcast.core.db.engine import transactional_engine
from ledcast.core.db.models import Airing, ImportedLog, TrustedKey, utcnow
from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.exchange import FORMAT, VERSION, canonical
from ledcast.core.exchange_document import parse, signed_text
from ledcast.core.exchange_pool import LOCAL, CheckPool, Prepared, Refused, Seen
from ledcast.core.exchange_records import (
    INDEX,
    NAMES,
    Rejected,
    check_records,
    execute_insert,
    insert_params,
    signed_bytes,
)
from ledcast.core.jobs import CancelCheck, Cancelled, Progress, counted
from ledcast.core.workspace import Workspace

__all__ = ["FileResult", "Rejected", "import_logs", "read_log"]

MAX_FILE = 200 * 1024 * 1024
SQLITE_CACHE_KB = 192 * 1024  # this connection's page cache while importing (the default is 2 MB)
CHECKPOINT_PAGES = 25_000  # WAL pages (~100 MB) between checkpoints while importing (SQLite's default: 1000)
CHUNK = 500  # uuids per IN (...): under SQLite's bound-parameter limit
COMMIT_SECONDS = 2.0  # about the longest another writer (the playout log) waits for a long import
BIG_FILE = 16 * 1024 * 1024  # checking it takes a while: what is pending is committed first
POOL_MIN_FILES = 3  # from this many files on, a second process checks them (core/exchange_pool.py)

R_EMPTY = QT_TRANSLATE_NOOP("Errors", "the file is empty")
R_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "the file is larger than {max} MB")
R_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "the file cannot be read: {error}")
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
R_CONFLICT = QT_TRANSLATE_NOOP(
    "Errors", "airing {uuid} is already in the log with different content; nothing from this file was imported"
)


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
    A cancel is seen between files: Cancelled.partial holds the results of the files
    done, which stay imported (committed before it is raised)."""
    paths = list(paths)
    step = counted(progress, len(paths))
    results: list[FileResult] = []
    engine = transactional_engine(ws.engine)  # SAVEPOINTs that really nest on SQLite too
    pool = _pool(ws, paths)
    try:
        with _no_cycle_collection(), engine.connect() as conn:
            _for_import(conn)
            began: float | None = None  # when the open transaction took the write lock
            for done, p in enumerate(paths):
                if cancel is not None and cancel():
                    _finish(conn)
                    raise Cancelled(results)
                step(done, Path(p).name)
                result = FileResult(Path(p))
                try:
                    if pool is not None and began is not None and not pool.ready(began + COMMIT_SECONDS - _now()):
                        conn.commit()  # the child is still checking: other writers need not wait for it
                        began = None
                    outcome = pool.next() if pool is not None else LOCAL
                    if outcome is LOCAL or (
                        isinstance(outcome, Prepared) and not _store_prepared(conn, result, outcome)
                    ):
                        began = _check_and_store(ws, conn, result, began)
                    elif isinstance(outcome, Prepared):
                        began = began or _now()
                    else:
                        _take(outcome, result)
                except Rejected as exc:
                    result.new = result.known = 0
                    result.rejected_reason = exc.message(translate)
                results.append(result)
                if began is not None and _now() - began > COMMIT_SECONDS:
                    conn.commit()
                    began = None
            _finish(conn)
    finally:
        if pool is not None:
            pool.close()
        if engine is not ws.engine:
            engine.dispose()
    step(len(paths), "")
    return results


_now = time.monotonic


def _pool(ws: Workspace, paths: list[str | Path]) -> CheckPool | None:
    """A checking child for three files or more (starting one costs about a file's checks)."""
    if len(paths) < POOL_MIN_FILES:
        return None
    if ws.engine.dialect.name == "sqlite" and ws.engine.url.database in (None, "", ":memory:"):
        return None
    return CheckPool(ws, paths)


def _check_and_store(ws: Workspace, conn: Connection, result: FileResult, began: float | None) -> float | None:
    """Check a file in this process, then store it; when the open transaction began."""
    data = _read(result.path)
    if began is not None and len(data) > BIG_FILE:  # its checks would keep other writers waiting
        conn.commit()
        began = None
    checked = _check_file(ws, data, result)
    del data
    if checked is not None:
        began = began or _now()
        _store_file(conn, result, *checked)
    return began


def _take(outcome: Seen | Refused, result: FileResult) -> None:
    if isinstance(outcome, Refused):
        raise Rejected(outcome.template, **outcome.params)
    result.unit_code, result.known = outcome.unit_code, outcome.known


def _store_prepared(conn: Connection, result: FileResult, prepared: Prepared) -> bool:
    """Insert a file checked by the child; False (nothing kept) when the uuid index
    refuses some row: an overlap or a conflict, sorted out in this process."""
    savepoint = conn.begin_nested()
    try:
        execute_insert(conn, prepared.sql, prepared.params)
        _record_file(conn, prepared.digest, prepared.unit_code, prepared.signer, prepared.records)
    except IntegrityError:
        savepoint.rollback()
        return False
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    result.unit_code, result.new = prepared.unit_code, prepared.unique
    return True


_Checked = tuple[str, list[tuple[Any, ...]], str]


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A file is some 200,000 new objects (dicts, tuples, strings, datetimes), none in
    a reference cycle: the cycle collector would walk them all again and again (a
    third of the checking time). Reference counting still frees them."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _check_file(ws: Workspace, data: bytes, result: FileResult) -> _Checked | None:
    """The file's SHA-256, checked rows and signer; None when the very file was
    imported before. Reads the database through its own session only: no lock taken."""
    digest = hashlib.sha256(data).hexdigest()
    if _seen_before(ws, digest, result):
        return None
    header, rows, signer = read_log(ws, data)
    result.unit_code = header["unit_code"]
    return digest, rows, signer


def _store_file(conn: Connection, result: FileResult, digest: str, rows: list[tuple[Any, ...]], signer: str) -> None:
    by_uuid = _unique(rows)
    savepoint = conn.begin_nested()  # this file whole or not at all, the files before it kept
    try:
        try:  # a file's airings are new but for overlaps: insert them at once, the uuid index checks them
            with conn.begin_nested():
                _insert(conn, list(by_uuid.values()))
            result.new = len(by_uuid)
        except IntegrityError:  # some known already (an overlapping file), or a second void
            _store(conn, by_uuid, result)
        _record_file(conn, digest, result.unit_code, signer, len(rows))
    except IntegrityError:  # a second void of one airing (voids_uuid is unique)
        savepoint.rollback()
        raise Rejected(R_CONFLICT, uuid=_voids_conflict(conn, rows)) from None
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()


def _record_file(conn: Connection, digest: str, code: str, signer: str, records: int) -> None:
    conn.execute(delete(ImportedLog).where(ImportedLog.sha256 == digest))
    conn.execute(
        insert(ImportedLog).values(
            sha256=digest, unit_code=code, fingerprint=signer, records=records, imported_at=utcnow()
        )
    )


def _seen_before(ws: Workspace, digest: str, result: FileResult) -> bool:
    """The very same file imported before (and committed) and its signer still trusted:
    all its airings are known (the log is append-only: they are all still here). The
    same file twice in one import is checked twice; its second time counts all known."""
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


def read_log(ws: Workspace, data: bytes) -> tuple[dict[str, Any], list[tuple[Any, ...]], str]:
    """The checked header and records (tuples of Airing values, in exchange_records.NAMES
    order) of a signed log, and the fingerprint of the trusted key that signed it;
    Rejected if anything is wrong."""
    doc, records_text = parse(data)
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
    code, signature = header["unit_code"], doc.get("signature")
    signer, key = _trusted(ws, code)
    if records_text is not None and _signed(key, signature, signed_text(header, records_text)):
        _check_count(header, records)  # the records as written are what was signed: nothing to rebuild
        return header, check_records(records, code), signer
    try:  # checked first, so that the signed bytes can be built the fast way
        rows = check_records(records, code)
    except Rejected:  # an altered file is refused for its signature first, as ever
        _verify(key, code, signature, canonical(header, records))
        _check_count(header, records)
        raise
    _verify(key, code, signature, signed_bytes(header, records))
    _check_count(header, records)
    return header, rows, signer


def _check_count(header: dict[str, Any], records: list[Any]) -> None:
    if header["record_count"] != len(records):
        raise Rejected(R_COUNT, said=header["record_count"], held=len(records))


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


def _trusted(ws: Workspace, code: str) -> tuple[str, Ed25519PublicKey | None]:
    """The fingerprint and public key of `code`'s trusted key; Rejected if none."""
    trusted = keys.trusted_key(ws, code)
    if trusted is None:
        with ws.session() as s:
            revoked = s.scalars(select(TrustedKey.id).where(TrustedKey.unit_code == code)).first()
        raise Rejected(R_REVOKED if revoked is not None else R_NO_KEY, code=code[:64])
    try:
        return trusted.fingerprint, Ed25519PublicKey.from_public_bytes(base64.b64decode(trusted.public_key))
    except (binascii.Error, ValueError):
        return trusted.fingerprint, None  # a damaged stored key verifies nothing


def _signed(key: Ed25519PublicKey | None, signature: Any, signed: bytes) -> bool:
    if key is None:
        return False
    try:
        key.verify(base64.b64decode(signature if isinstance(signature, str) else "", validate=True), signed)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def _verify(key: Ed25519PublicKey | None, code: str, signature: Any, signed: bytes) -> None:
    if not _signed(key, signature, signed):
        raise Rejected(R_BAD_SIGNATURE, code=code[:64])


_UUID, _HOW, _VOIDS = INDEX["uuid"], INDEX["recorded_how"], INDEX["voids_uuid"]
# recorded_how is not compared: an imported row is stored as "imported", whatever the sender's was
_COMPARED = [n for n in range(len(NAMES)) if n != _HOW]
_compared = operator.itemgetter(*_COMPARED)
_COMPARED_COLUMNS = [Airing.__table__.c[NAMES[n]] for n in _COMPARED]  # the uuid first


def _unique(rows: list[tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    """The rows by uuid: a uuid twice in one file with the same content is one airing,
    with different content a conflict."""
    by_uuid = dict(zip(map(operator.itemgetter(_UUID), rows), rows))
    if len(by_uuid) != len(rows):
        first: dict[str, tuple[Any, ...]] = {}
        for row in rows:
            if first.setdefault(row[_UUID], row) != row:
                raise Rejected(R_CONFLICT, uuid=row[_UUID][:64])
    return by_uuid


def _store(conn: Connection, by_uuid: dict[str, tuple[Any, ...]], result: FileResult) -> None:
    """Count the airings here already (identical: known, else a conflict), insert the others."""
    uuids = list(by_uuid)
    for at in range(0, len(uuids), CHUNK):
        for existing in conn.execute(select(*_COMPARED_COLUMNS).where(Airing.uuid.in_(uuids[at : at + CHUNK]))):
            mine = by_uuid.pop(existing[0])
            if tuple(existing) != _compared(mine):
                result.conflicts.append(existing[0])
            else:
                result.known += 1
    if result.conflicts:
        raise Rejected(R_CONFLICT, uuid=result.conflicts[0])
    if by_uuid:
        _insert(conn, list(by_uuid.values()))
    result.new = len(by_uuid)


def _insert(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """New airings (recorded_how set to "imported") through the driver's executemany (a
    COPY on PostgreSQL), values converted column by column: SQLAlchemy's per-row parameter
    handling (a dict per row, a converter call per value) took longer than SQLite's inserting."""
    if rows:
        execute_insert(conn, *insert_params(conn.dialect, rows))


def _for_import(conn: Connection) -> None:
    """A district's log holds millions of rows: inserts land at random places of the
    uuid index, and SQLite's default 2 MB page cache turns each into disk reads. The
    same pages change in every commit: checkpointing the WAL after each (SQLite's
    default every 4 MB) copied them into the database again and again. Both settings
    are this connection's own, which ends with the import."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
        conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")
        conn.commit()  # the statement began a transaction: the write lock waits for the first file stored


def _finish(conn: Connection) -> None:
    """Commit, and copy the WAL into the database now rather than in the next small
    commit of whoever writes next (the playout log)."""
    conn.commit()
    if conn.dialect.name == "sqlite":
        conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]


def _voids_conflict(conn: Connection, rows: list[tuple[Any, ...]]) -> str:
    """The airing a row of the file voids again: voided here already, or twice in the file."""
    voided = [r[_VOIDS] for r in rows if r[_VOIDS]]
    for at in range(0, len(voided), CHUNK):
        hit = conn.scalars(select(Airing.voids_uuid).where(Airing.voids_uuid.in_(voided[at : at + CHUNK]))).first()
        if hit:
            return hit
    seen: set[str] = set()
    return next((v for v in voided if v in seen or seen.add(v)), "")  # type: ignore[func-returns-value]
