"""Workspace settings table; leading/trailing silence measured at import

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    with op.batch_alter_table("media") as batch:
        batch.add_column(sa.Column("silence_head_s", sa.Float(), nullable=True))
        batch.add_column(sa.Column("silence_tail_s", sa.Float(), nullable=True))
        batch.add_column(sa.Column("silence_threshold_db", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("media") as batch:
        batch.drop_column("silence_threshold_db")
        batch.drop_column("silence_tail_s")
        batch.drop_column("silence_head_s")
    op.drop_table("setting")
