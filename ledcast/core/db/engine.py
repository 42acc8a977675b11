"""Engine creation and schema upgrades (Alembic, run from code at start-up)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        # Per-connection settings that SQLite does not persist.
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=5000")
            cur.close()

    return engine


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def upgrade(engine: Engine, db_file: Path | None = None) -> Path | None:
    """Bring the schema to head. An existing database file is copied aside first;
    returns the backup path (None when nothing needed doing or nothing existed)."""
    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return None
    backup: Path | None = None
    if db_file is not None and db_file.exists() and db_file.stat().st_size > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = db_file.with_name(f"{db_file.name}.{current or 'empty'}-{stamp}.bak")
        engine.dispose()  # close pooled connections so the copy is consistent
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        shutil.copy2(db_file, backup)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
