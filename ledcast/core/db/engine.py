"""Engine creation and schema upgrades (Alembic, run from code at start-up).

Alembic is imported only inside the functions that migrate: the check whether a
migration is due reads `alembic_version` with plain SQLAlchemy and compares it
with HEAD_REVISION (ledcast.core.db.head)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.pool import NullPool

from ledcast.config import migrations_dir
from ledcast.core import durable
from ledcast.core.db.head import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

SHIPPED_MIGRATIONS = migrations_dir()  # beside this module, in a wheel and in the frozen folder alike
MIGRATIONS = SHIPPED_MIGRATIONS  # tests point this at a copy with extra revisions
VERSION_TABLE = "alembic_version"
MIGRATION_LOCK = 0x1EDCA57  # PostgreSQL advisory lock key held while migrating


def sqlite_url(path: Path) -> URL:
    """A URL for a database file at any path (Vietnamese letters, %, #, spaces):
    built from parts, never parsed from a string."""
    return URL.create(drivername="sqlite", database=str(path))


def make_engine(url: str | URL, *, wal: bool = True) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _sqlite_pragmas(engine, wal)
    return engine


def _sqlite_pragmas(engine: Engine, wal: bool) -> None:
    """Per-connection settings that SQLite does not persist."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()


def transactional_engine(engine: Engine) -> Engine:
    """An engine whose transactions include DDL and whose SAVEPOINTs nest. pysqlite
    only opens a transaction before INSERT/UPDATE/DELETE, so each CREATE TABLE of a
    migration used to commit on its own and a kill left half a schema, and a RELEASE
    of a SAVEPOINT taken before any write commits. Here the driver's own transaction
    handling is off and every transaction is an explicit BEGIN IMMEDIATE (which also
    makes a second process wait instead of migrating the same file at once).
    Other dialects: `engine` itself."""
    if engine.dialect.name != "sqlite":
        return engine
    mig = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(mig, "connect")
    def _connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # the SQLAlchemy recipe for SQLite transactional DDL
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(mig, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return mig


def alembic_config(engine: Engine | None = None) -> Config:
    """No database URL goes into the config: configparser would read a '%' in the
    workspace path as interpolation. env.py gets the connection instead."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None: not under Alembic yet),
    read as Alembic's MigrationContext.get_current_revision does, without Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:  # our migrations form one line: several heads is not a schema we made
        raise RuntimeError(f"{VERSION_TABLE} holds several revisions: {', '.join(rows)}")
    return rows[0] if rows else None


def head_revision(engine: Engine | None = None) -> str | None:
    """The revision the migrations lead to: the recorded constant for the shipped
    scripts; any other folder (tests) is read with Alembic."""
    if MIGRATIONS == SHIPPED_MIGRATIONS:
        return HEAD_REVISION
    return script_head()


def script_head() -> str | None:
    """The head as Alembic reads it from the migration scripts (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def backup_copy(db_file: Path, revision: str | None) -> Path:
    """A consistent copy of the database (WAL content included) beside it. One
    backup per from-revision is kept: an older one of the same revision (from an
    upgrade that was interrupted) is replaced by this newer copy."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    tag = revision or "empty"
    backup = db_file.with_name(f"{db_file.name}.{tag}-{stamp}.bak")
    tmp = db_file.with_name(f".{db_file.name}.{tag}-{uuid.uuid4().hex[:8]}.bak-partial")
    try:
        src = sqlite3.connect(db_file)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        durable.fsync_file(tmp)
        os.replace(tmp, backup)
    finally:
        tmp.unlink(missing_ok=True)
    for older in db_file.parent.glob(f"{db_file.name}.{tag}-*.bak"):
        if older != backup:
            older.unlink(missing_ok=True)
    return backup


def migrate(engine: Engine) -> None:
    """Run every pending migration in ONE transaction: all of them or none."""
    from alembic import command

    _to_head(engine, command.upgrade)


def stamp_head(engine: Engine) -> None:
    """Record the schema as at head without running migrations (it already matches)."""
    from alembic import command

    _to_head(engine, command.stamp)


def _to_head(engine: Engine, alembic_command: Callable[[Config, str], None]) -> None:
    """Run an alembic command towards "head" inside one transaction on `engine`."""
    mig = transactional_engine(engine)
    try:
        cfg = alembic_config()
        with mig.begin() as conn:
            if conn.dialect.name == "postgresql":  # PCs of a centre starting at once: one migrates, the others wait
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            cfg.attributes["connection"] = conn
            alembic_command(cfg, "head")
    finally:
        if mig is not engine:
            mig.dispose()


def upgrade(engine: Engine, db_file: Path | None = None) -> Path | None:
    """Bring the schema to head. An existing database file is copied aside first;
    returns the backup path (None when nothing needed doing or nothing existed).
    The migration is one transaction, so a failure or a kill leaves the database
    as it was; the copy made for a failed attempt is removed again."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup: Path | None = None
    if db_file is not None and db_file.exists() and db_file.stat().st_size > 0 and engine.dialect.name == "sqlite":
        engine.dispose()  # no pooled connection of ours holds the file during the copy
        backup = backup_copy(db_file, current)
    try:
        migrate(engine)
    except BaseException:
        if backup is not None and engine.dialect.name == "sqlite":
            backup.unlink(missing_ok=True)  # rolled back: nothing changed, the copy is not needed
        raise
    finally:
        engine.dispose()  # pooled connections may have cached the old schema
    return backup
