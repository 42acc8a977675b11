from __future__ import annotations

from alembic import context

from ledcast.core import testhooks
from ledcast.core.db.models import Base

config = context.config
target_metadata = Base.metadata


def _step_done(**_kw) -> None:  # type: ignore[no-untyped-def]
    # a kill here, between two revisions, must roll the whole upgrade back
    testhooks.checkpoint("db.migrate.step")


def run() -> None:
    """ledcast always passes the connection (ledcast.core.db.engine): the database
    URL never goes through the config file's interpolation."""
    connection = config.attributes["connection"]
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=True, on_version_apply=_step_done
    )
    with context.begin_transaction():
        context.run_migrations()


run()
