"""A workspace database left at an older schema revision, as an earlier release
made it, with rows inserted in that schema: for the migration tests."""

from __future__ import annotations

from pathlib import Path


def database_at(ws_dir: Path, revision: str, *statements: str) -> None:
    """ws_dir/ledcast.db migrated up to `revision` only, then `statements` run in one transaction."""
    from alembic import command

    from ledcast.core.db.engine import alembic_config, make_engine

    ws_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{ws_dir / 'ledcast.db'}")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    with engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)
    engine.dispose()
