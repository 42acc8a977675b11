"""Airing index on (unit_code, start_utc) in place of the one on unit_code alone

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

The unit list (ledcast.core.unit_coverage) shows each unit's first and last airing:
with this index that is one seek per unit, where the unit_code index alone meant
reading a district's whole log (about 5 s at a million airings). The new index
serves every query the old one did (unit_code is its first column), so the old one
goes: an import still maintains the same number of indexes.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_airing_unit_start", "airing", ["unit_code", "start_utc"], unique=False)
    op.drop_index("ix_airing_unit_code", table_name="airing")


def downgrade() -> None:
    op.create_index("ix_airing_unit_code", "airing", ["unit_code"], unique=False)
    op.drop_index("ix_airing_unit_start", table_name="airing")
