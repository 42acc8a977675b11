"""Moving a workspace's data to a PostgreSQL server (`ledcast db copy --to URL`), so a
centre can start on one PC and grow: every table in dependency order, the server's id
sequences moved past the copied ids, then checked (row counts per table, a SHA-256 of
the airing log) before the workspace is pointed at the server. The SQLite file stays
where it was, untouched: going back is `ledcast db use --sqlite`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Integer, Table, func, insert, inspect, select, text

from ledcast.core.db import location
from ledcast.core.db.engine import current_revision, make_engine, migrate
from ledcast.core.db.models import Airing, Base
from ledcast.core.errors import (
    M_DB_COPY_MISMATCH,
    M_DB_COPY_NOT_EMPTY,
    M_DB_COPY_SAME,
    M_DB_PASSWORD_SAVED,
    M_DB_SERVER_FOREIGN,
    LedcastError,
)
from ledcast.core.workspace import Workspace

BATCH = 2000  # rows per INSERT batch: memory stays flat for a log of millions of airings


@dataclass
class Copied:
    url: str  # the target, without its password
    rows: dict[str, int] = field(default_factory=dict)  # per table, as read back from the target
    airing_sha256: str = ""  # of the source's log, equal to the target's


def row_counts(conn: Connection) -> dict[str, int]:
    return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime):  # both dialects hand back naive UTC; microseconds kept
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def airing_checksum(conn: Connection) -> str:
    """SHA-256 over every airing row, ordered by uuid, each value in a form both
    databases give alike: equal sums mean the log arrived whole and unchanged."""
    table = Airing.__table__
    columns = sorted(c.name for c in table.columns if c.name != "id")  # ids are per database
    digest = hashlib.sha256()
    result = conn.execution_options(yield_per=BATCH).execute(
        select(*(table.c[n] for n in columns)).order_by(table.c.uuid)
    )
    for row in result:
        digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False, default=str).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _prepare_target(engine: Engine) -> None:
    """An empty database gets the schema; one at our schema must hold no row at all."""
    revision = current_revision(engine)
    if revision is None:
        if inspect(engine).get_table_names():
            raise LedcastError(M_DB_SERVER_FOREIGN, url=location.shown(engine.url))
        migrate(engine)
        return
    migrate(engine)  # an older ledcast's empty schema: brought to ours
    with engine.connect() as conn:
        if any(row_counts(conn).values()):
            raise LedcastError(M_DB_COPY_NOT_EMPTY, url=location.shown(engine.url))


def _copy_table(src: Connection, dst: Connection, table: Table) -> None:
    order = list(table.primary_key.columns) or list(table.columns)
    result = src.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for rows in result.partitions():
        dst.execute(insert(table), [dict(r._mapping) for r in rows])


def _reset_sequences(dst: Connection, table: Table) -> None:
    """Rows came with their ids: the next id the server hands out must be past them."""
    for col in table.primary_key.columns:
        if not isinstance(col.type, Integer) or col.autoincrement is False:
            continue
        seq = dst.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": col.name})
        if seq is None:
            continue
        top = dst.scalar(select(func.max(col)))
        dst.execute(text("SELECT setval(:s, :v, :called)"), {"s": seq, "v": top or 1, "called": top is not None})


def copy_to_server(ws: Workspace, target: str, progress: Callable[[str], None] | None = None) -> Copied:
    """Copy the workspace's database into the empty server database `target`, verify
    it and make the workspace use it. Nothing is switched when anything fails."""
    url = location.server_url(target)
    if url.password:  # it would be saved in the workspace below
        raise LedcastError(M_DB_PASSWORD_SAVED)
    if location.shown(url) == location.shown(ws.engine.url):
        raise LedcastError(M_DB_COPY_SAME, url=location.shown(url))
    engine = make_engine(url)
    try:
        _prepare_target(engine)
        with ws.engine.connect() as src, engine.begin() as dst:  # one transaction: all of it or nothing
            for table in Base.metadata.sorted_tables:
                if progress is not None:
                    progress(table.name)
                _copy_table(src, dst, table)
                if dst.dialect.name == "postgresql":
                    _reset_sequences(dst, table)
        with ws.engine.connect() as src, engine.connect() as dst:
            done = Copied(location.shown(url), row_counts(dst), airing_checksum(src))
            what = [name for name, n in row_counts(src).items() if done.rows.get(name) != n]
            if airing_checksum(dst) != done.airing_sha256:
                what.append("airing SHA-256")
        if what:
            raise LedcastError(M_DB_COPY_MISMATCH, url=done.url, what=", ".join(what))
    finally:
        engine.dispose()
    location.save_url(ws.root, url)
    return done
