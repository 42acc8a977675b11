"""Trusted signing keys of other units and the log files already imported (signed airing-log exchange, issue 13)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_key")),
    )
    op.create_index(op.f("ix_trusted_key_unit_code"), "trusted_key", ["unit_code"], unique=False)
    op.create_table(
        "imported_log",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("unit_code", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_imported_log")),
    )


def downgrade() -> None:
    op.drop_table("imported_log")
    op.drop_index(op.f("ix_trusted_key_unit_code"), table_name="trusted_key")
    op.drop_table("trusted_key")
