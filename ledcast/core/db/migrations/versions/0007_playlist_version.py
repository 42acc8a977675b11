"""Playlist version: several operators editing one playlist on a centre server

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

Every edit of a playlist (its name, outlet, priority, items, durations, trims) raises
`version` by one, in the same transaction, on the condition that it still holds the
version the operator's page loaded (ledcast.core.playlist_version). A second operator
saving over a version that moved on is refused and reloads instead of silently
overwriting the first one's work.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("playlist") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("playlist") as batch:
        batch.drop_column("version")
