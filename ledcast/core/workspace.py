"""A workspace: one folder holding the database, the media store and thumbnails.

Callers get a `Workspace` and open one short Session per operation with
`ws.session()`; functions return objects detached from their session.

Opening is safe against kills and against a second process doing the same:
- a new database is built beside the real one and renamed into place, so
  `ledcast.db` is either absent or complete (schema at head, seeded: the caller's
  `seed`, in ledcast.core.startup the default plan);
- upgrades run in one transaction (ledcast.core.db.engine);
- creating, repairing and upgrading happen under `run/setup.lock`;
- each process holding the workspace keeps `run/<pid>-<id>.run` locked; the
  temporaries of killed imports and exports are removed at the next open once
  they are older than every live process (`clean_leftovers`).
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, func, inspect, select, table
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ledcast.config import resolve_workspace
from ledcast.core import durable, oslock, shared_store, testhooks
from ledcast.core.db import location
from ledcast.core.db.engine import current_revision, make_engine, migrate, sqlite_url, stamp_head, upgrade
from ledcast.core.db.location import DB_NAME
from ledcast.core.db.models import Base
from ledcast.core.errors import (
    M_DB_SERVER_FOREIGN,
    M_DB_UNREACHABLE,
    M_WORKSPACE,
    M_WORKSPACE_HALF_MADE,
    M_WORKSPACE_IS_FILE,
    LedcastError,
)

RUN_DIR = "run"
RUN_SUFFIX = ".run"  # one per live process holding the workspace
SETUP_LOCK = "setup.lock"  # a well-known name: never reaped (its suffix differs)
CREATING = f".{DB_NAME}.creating-"
# Temporaries written by imports and exports while they run; a kill leaves them.
TEMP_GLOBS = ("media/.incoming-*", "thumbs/.incoming-*", "cache/segments/*/.partial-*", "cache/export-*")


class StoredMedia(Protocol):
    store_path: str
    sha256: str


class Workspace:
    def __init__(self, root: Path, engine: Engine, run: oslock.Held | None = None) -> None:
        self.root = root
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._run = run
        self.last_backup: Path | None = None
        self.leftovers_removed: list[Path] = []

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def thumbs_dir(self) -> Path:
        return self.root / "thumbs"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def db_file(self) -> Path:
        return self.root / DB_NAME

    def path(self, relative: str) -> Path:
        return self.root / relative

    def media_file(self, media: StoredMedia) -> Path:
        """A media item's stored file, fetched from the shared media store when it is
        missing here (ledcast.core.shared_store): every reader of media files goes
        through this, so a PC of a centre can use what another PC imported."""
        return shared_store.local_media(self.root, media.store_path, media.sha256)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
        if self._run is not None:
            self._run.release()
            self._run = None


def _fail(path: Path, exc: BaseException) -> LedcastError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return LedcastError(M_WORKSPACE, path=str(path), reason=(reason.splitlines() or [""])[0][:300])


def _refuse_a_file(path: Path) -> None:
    """A file where the workspace (or a folder above it) should be: say so, not "File exists"."""
    try:
        existing = next(p for p in (path, *path.parents) if p.exists())
    except (OSError, StopIteration):  # unreadable: the open below reports it
        return
    if not existing.is_dir():
        raise LedcastError(M_WORKSPACE_IS_FILE, path=str(existing))


# Fills a workspace with its starting content; must do nothing when it is already there.
Seed = Callable[[Workspace], None]


def open_workspace(root: str | os.PathLike[str] | None = None, *, seed: Seed | None = None) -> Workspace:
    """Open (creating on first use) a workspace and upgrade its schema. `seed` runs on
    a new database before it is renamed into place, and on every open under the setup
    lock after the upgrade; the shells pass the default plan's (ledcast.core.startup)."""
    path = resolve_workspace(root)
    _refuse_a_file(path)
    try:
        for folder in (path, path / "media", path / "thumbs", path / RUN_DIR):
            folder.mkdir(parents=True, exist_ok=True)
        run = oslock.hold(path / RUN_DIR, RUN_SUFFIX)
    except OSError as exc:
        raise _fail(path, exc) from exc
    ws: Workspace | None = None
    try:
        setup = oslock.acquire(path / RUN_DIR / SETUP_LOCK)
        try:
            url = location.database_url(path)
            if location.is_server(url):
                ws = Workspace(path, make_engine(url), run)
                _reach(ws.engine)
                _refuse_foreign(ws.engine)
                upgrade(ws.engine)  # an empty database gets the schema, as `ledcast db init` does
            else:
                _remove_creation_leftovers(path)
                _ensure_database(path, seed)
                ws = Workspace(path, make_engine(url), run)
                ws.last_backup = upgrade(ws.engine, path / DB_NAME)
            if seed is not None:
                seed(ws)
        finally:
            setup.release()
        ws.leftovers_removed = clean_leftovers(ws)
        return ws
    except LedcastError:
        _abandon(ws, run)
        raise
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback
        # e.g. a database written by a newer ledcast, a locked or damaged file, a failed migration
        _abandon(ws, run)
        raise _fail(path, exc) from exc
    except BaseException:
        _abandon(ws, run)
        raise


def _abandon(ws: Workspace | None, run: oslock.Held) -> None:
    if ws is not None:
        ws.close()
    run.release()


# --- creating the database ----------------------------------------------------------------


def _reach(engine: Engine) -> None:
    """A server that is down or refuses us: say which, in one line."""
    try:
        engine.connect().close()
    except OperationalError as exc:
        reason = " ".join(str(exc.orig or exc).split())[:300]
        raise LedcastError(M_DB_UNREACHABLE, url=location.shown(engine.url), reason=reason) from exc


def _refuse_foreign(engine: Engine) -> None:
    """A server database with tables but no schema version is someone else's: never
    add ours beside them. (A server runs each migration in one transaction, so ours
    is never half-made there.)"""
    if current_revision(engine) is None and inspect(engine).get_table_names():
        raise LedcastError(M_DB_SERVER_FOREIGN, url=location.shown(engine.url))


def _remove_creation_leftovers(root: Path) -> None:
    """Called under the setup lock: nobody is creating, so any half-made database
    or half-written backup copy is from a killed process."""
    for pattern in (f"{CREATING}*", f".{DB_NAME}.*.bak-partial"):
        for p in root.glob(pattern):
            p.unlink(missing_ok=True)


def _ensure_database(root: Path, seed: Seed | None) -> None:
    db = root / DB_NAME
    if not db.exists() or db.stat().st_size == 0:
        _create_database(root, seed)
    elif _repair_half_made(root, db):
        _create_database(root, seed)


def _create_database(root: Path, seed: Seed | None) -> None:
    """Build a complete database aside (schema at head, seeded) and
    rename it into place: a kill at any moment leaves either no ledcast.db (the
    next start builds it again) or a complete one."""
    db = root / DB_NAME
    tmp = root / f"{CREATING}{os.getpid()}-{uuid.uuid4().hex[:8]}"
    engine = make_engine(sqlite_url(tmp), wal=False)  # one self-contained file, nothing in a -wal
    try:
        migrate(engine)
        testhooks.checkpoint("workspace.create.schema")
        if seed is not None:
            seed(Workspace(root, engine))
            testhooks.checkpoint("workspace.create.plan")
        engine.dispose()
        durable.fsync_file(tmp)
        for suffix in ("-wal", "-shm", "-journal"):  # never replay a stale log into the new file
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db)
        durable.fsync_dir(root)
        testhooks.checkpoint("workspace.create.renamed")
    finally:
        engine.dispose()
        for p in (tmp, tmp.with_name(tmp.name + "-journal")):
            p.unlink(missing_ok=True)


def _repair_half_made(root: Path, db: Path) -> bool:
    """A database that earlier versions left half-made when killed during the
    first start: some of our tables but no schema version. With no rows at all it
    is rebuilt (returns True); if it already has the whole schema it is stamped;
    a half-made one holding data is refused rather than guessed at."""
    engine = make_engine(sqlite_url(db))
    try:
        if current_revision(engine) is not None:
            return False
        names = set(inspect(engine).get_table_names())
        if not names & set(Base.metadata.tables):
            return False  # not ours (or empty): the upgrade adds our tables beside
        if _row_count(engine, names) == 0:
            return True
        if _matches_models(engine):
            stamp_head(engine)
            return False
        raise LedcastError(M_WORKSPACE_HALF_MADE, path=str(root))
    finally:
        engine.dispose()


def _row_count(engine: Engine, names: set[str]) -> int:
    skip = {"alembic_version", "sqlite_sequence"}
    with engine.connect() as conn:
        return sum(conn.scalar(select(func.count()).select_from(table(n))) or 0 for n in names - skip)


def _matches_models(engine: Engine) -> bool:
    from alembic.autogenerate import compare_metadata  # only for half-made databases of old releases
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


# --- leftovers of killed processes ----------------------------------------------------------


def _last_change(path: Path) -> float:
    """The latest sign of life of a file or folder (anything inside included).
    ctime as well as mtime: a copy that kept its source's old mtime is not old."""
    try:
        st = path.lstat()
    except OSError:
        return float("inf")
    newest = max(st.st_mtime, st.st_ctime)
    if path.is_dir() and not path.is_symlink():
        for folder, dirs, files in os.walk(path):
            for name in dirs + files:
                try:
                    sub = os.lstat(os.path.join(folder, name))
                except OSError:
                    continue
                newest = max(newest, sub.st_mtime, sub.st_ctime)
    return newest


def live_since(folder: Path, suffix: str = RUN_SUFFIX) -> float | None:
    """When the oldest live holder began (its marker's mtime); markers of dead
    processes are removed. None when nobody lives or the clock went back since a
    live one began (then ages prove nothing)."""
    live = oslock.reap(folder, suffix)
    if not live or max(live) > time.time() + 2:
        return None
    return min(live)


def clean_leftovers(ws: Workspace) -> list[Path]:
    """Remove temporaries of killed imports and exports: only those whose last
    change is older than the start of every process now holding the workspace
    (ours included), so no live process can own them. Returns what was removed."""
    cutoff = live_since(ws.root / RUN_DIR)
    if cutoff is None:
        return []
    removed = []
    for pattern in TEMP_GLOBS:
        for p in ws.root.glob(pattern):
            if _last_change(p) >= cutoff:
                continue
            try:
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p)
                else:
                    p.unlink()
            except OSError:
                continue  # still open somewhere (Windows) or gone: try again next time
            removed.append(p)
    return removed
