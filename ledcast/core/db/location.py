"""Where a workspace's database lives: the SQLite file in the workspace (default) or a
PostgreSQL server shared by a centre's PCs. The media store and the cache stay on disk.

The first of these wins:
1. `ledcast --db URL` (which sets LEDCAST_DB) or LEDCAST_DB itself;
2. the workspace's own choice, `database.url` in its folder (`ledcast db use`);
3. `ledcast.db` in the workspace folder.

A saved URL never holds a password: the PostgreSQL client reads it from PGPASSWORD
or ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows), as psql does.

LEDCAST_TEST_PG_SERVER (tests only): the URL of a throwaway server; each new
workspace gets its own fresh database there, saved as its choice, so that the
core and e2e suites run on PostgreSQL unchanged, child processes included."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlalchemy import URL, create_engine, make_url, text
from sqlalchemy.exc import ArgumentError

from ledcast.core import durable
from ledcast.core.db.engine import sqlite_url
from ledcast.core.errors import M_DB_PASSWORD_SAVED, M_DB_URL, LedcastError

DB_ENV = "LEDCAST_DB"
TEST_SERVER_ENV = "LEDCAST_TEST_PG_SERVER"
SETTING_FILE = "database.url"
DB_NAME = "ledcast.db"
SERVER_DRIVER = "postgresql+psycopg"


def server_url(value: str) -> URL:
    """A PostgreSQL URL as an operator types it (postgresql://user@host/db), for our driver."""
    try:
        url = make_url(value.strip())
    except ArgumentError:
        raise LedcastError(M_DB_URL, url=value.strip()[:200]) from None
    if url.get_backend_name() not in ("postgresql", "postgres") or not url.database:
        raise LedcastError(M_DB_URL, url=shown(url))
    return url.set(drivername=SERVER_DRIVER)


def shown(url: URL) -> str:
    """The database as an operator may see it: the file's path, or the address as typed
    (postgresql://…), never the password."""
    if not is_server(url):
        return url.database or ""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def is_server(url: URL) -> bool:
    return url.get_backend_name() != "sqlite"


def setting_path(root: Path) -> Path:
    return root / SETTING_FILE


def saved_url(root: Path) -> URL | None:
    value = durable.read_choice(setting_path(root))
    return server_url(value) if value else None


def save_url(root: Path, url: URL | None) -> None:
    """Make the workspace use this server from now on (None: its SQLite file again)."""
    if url is not None and url.password:
        raise LedcastError(M_DB_PASSWORD_SAVED)
    durable.save_choice(setting_path(root), None if url is None else url.render_as_string(hide_password=False))


def database_url(root: Path) -> URL:
    """The database of the workspace in `root` (see the module's docstring)."""
    given = os.environ.get(DB_ENV, "").strip()
    if given:
        return server_url(given)
    saved = saved_url(root)
    if saved is not None:
        return saved
    sqlite_file = root / DB_NAME
    test_server = os.environ.get(TEST_SERVER_ENV, "").strip()
    if test_server and not sqlite_file.exists():
        url = _fresh_test_database(make_url(test_server))
        save_url(root, url)
        return url
    return sqlite_url(sqlite_file)


def _fresh_test_database(server: URL) -> URL:
    name = f"ws_{uuid.uuid4().hex[:16]}"
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    finally:
        engine.dispose()
    return server.set(database=name)
