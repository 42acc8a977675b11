"""Changing where a workspace's database lives, as `ledcast db use` and the Settings
page's Database tab do it: the server is tried first (with a time limit, so a wrong
host never hangs the window), the choice is saved, then proven by opening the
workspace with it (an empty server database gets the schema); any failure puts the
previous choice back. The running program keeps its database until it restarts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine
from sqlalchemy.pool import NullPool

from ledcast.core.db import location
from ledcast.core.db.engine import current_revision
from ledcast.core.errors import M_DB_PASSWORD_SAVED, LedcastError
from ledcast.core.workspace import Workspace, _reach, _refuse_foreign

CONNECT_TIMEOUT_S = 10


@dataclass(frozen=True)
class ServerCheck:
    url: str  # as shown to the operator (no password)
    revision: str | None  # the ledcast schema there; None: an empty database, the schema will be made


def check_server(url: URL) -> ServerCheck:
    """Reach the server and look at the database: ours (its revision), empty, or
    someone else's (refused). Raises LedcastError with one clear line."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        _reach(engine)
        _refuse_foreign(engine)
        return ServerCheck(location.shown(url), current_revision(engine))
    finally:
        engine.dispose()


def use_database(root: Path, url: URL | None) -> Workspace:
    """Make the workspace in `root` use this server (None: its SQLite file) and return
    it opened with that database (the caller closes it)."""
    from ledcast.core.startup import open_for_use  # startup imports the whole core

    if url is not None:
        if url.password:
            raise LedcastError(M_DB_PASSWORD_SAVED)
        check_server(url)
    before = location.saved_url(root)
    location.save_url(root, url)
    try:
        return open_for_use(root)
    except BaseException:
        location.save_url(root, before)
        raise
