"""A workspace: one folder holding the database, the media store and thumbnails.

Callers get a `Workspace` and open one short Session per operation with
`ws.session()`; functions return objects detached from their session.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ledcast.config import resolve_workspace
from ledcast.core.db.engine import make_engine, upgrade
from ledcast.core.db.models import Plan
from ledcast.core.errors import M_WORKSPACE, LedcastError

DB_NAME = "ledcast.db"


class Workspace:
    def __init__(self, root: Path, engine: Engine) -> None:
        self.root = root
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.last_backup: Path | None = None

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def thumbs_dir(self) -> Path:
        return self.root / "thumbs"

    @property
    def db_file(self) -> Path:
        return self.root / DB_NAME

    def path(self, relative: str) -> Path:
        return self.root / relative

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


def open_workspace(
    root: str | os.PathLike[str] | None = None, *, load_default_plan: bool = True
) -> Workspace:
    """Open (creating on first use) a workspace; upgrades the schema and, in a new
    workspace, loads the embedded default plan."""
    path = resolve_workspace(root)
    try:
        path.mkdir(parents=True, exist_ok=True)
        (path / "media").mkdir(exist_ok=True)
        (path / "thumbs").mkdir(exist_ok=True)
    except OSError as exc:
        raise LedcastError(M_WORKSPACE, path=str(path), reason=exc.strerror or str(exc)) from exc
    db_file = path / DB_NAME
    existed = db_file.exists() and db_file.stat().st_size > 0
    engine = make_engine(f"sqlite:///{db_file}")
    ws = Workspace(path, engine)
    try:
        # Only a database that held data before this start is worth a backup copy.
        ws.last_backup = upgrade(engine, db_file if existed else None)
    except (SQLAlchemyError, AlembicError, OSError) as exc:
        # e.g. a database written by a newer ledcast, a locked or damaged file
        engine.dispose()
        raise LedcastError(M_WORKSPACE, path=str(path), reason=str(exc).splitlines()[0][:300]) from exc
    if load_default_plan:
        with ws.session() as s:
            has_plan = s.scalar(select(Plan.id).limit(1)) is not None
        if not has_plan:
            from ledcast.core import plan as plan_mod

            plan_mod.import_plan(ws, plan_mod.default_plan_path())
    return ws
