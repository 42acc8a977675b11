"""Airing log: append-only triggers (UPDATE/DELETE refused by the database) and indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

The airing log is what a unit reports upward, so it may only grow: a correction is
a void row naming the voided one (ledcast.core.airing). The database itself refuses
UPDATE and DELETE on `airing` (and TRUNCATE on PostgreSQL), whoever issues them.
The trigger DDL is per dialect; nothing else in the core is.

Indexes: start_utc (periods and the log's newest-first paging), unit_code (a centre
reporting per unit) and voids_uuid, unique: at most one void per airing, checked by
the database too.

A later migration that rebuilds `airing` with batch_alter_table (SQLite copies the
table) drops these triggers: it must create them again (see create_triggers).
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MESSAGE = "airing is append-only"

SQLITE = [
    f"CREATE TRIGGER airing_no_update BEFORE UPDATE ON airing BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    f"CREATE TRIGGER airing_no_delete BEFORE DELETE ON airing BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS airing_no_update", "DROP TRIGGER IF EXISTS airing_no_delete"]

POSTGRESQL = [
    "CREATE OR REPLACE FUNCTION airing_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation'; END $$",
    "CREATE TRIGGER airing_no_update_delete BEFORE UPDATE OR DELETE ON airing "
    "FOR EACH ROW EXECUTE FUNCTION airing_append_only()",
    "CREATE TRIGGER airing_no_truncate BEFORE TRUNCATE ON airing FOR EACH STATEMENT EXECUTE FUNCTION airing_append_only()",
]
POSTGRESQL_DROP = [
    "DROP TRIGGER IF EXISTS airing_no_truncate ON airing",
    "DROP TRIGGER IF EXISTS airing_no_update_delete ON airing",
    "DROP FUNCTION IF EXISTS airing_append_only()",
]


def create_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        statements = SQLITE
    elif dialect == "postgresql":
        statements = POSTGRESQL
    else:  # never leave the log unprotected without saying so
        raise NotImplementedError(f"append-only triggers for airing are not written for {dialect}")
    for sql in statements:
        op.execute(sql)


def drop_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for sql in SQLITE_DROP if dialect == "sqlite" else POSTGRESQL_DROP if dialect == "postgresql" else []:
        op.execute(sql)


def upgrade() -> None:
    op.create_index(op.f("ix_airing_start_utc"), "airing", ["start_utc"], unique=False)
    op.create_index(op.f("ix_airing_unit_code"), "airing", ["unit_code"], unique=False)
    op.create_index(op.f("ix_airing_voids_uuid"), "airing", ["voids_uuid"], unique=True)
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    op.drop_index(op.f("ix_airing_voids_uuid"), table_name="airing")
    op.drop_index(op.f("ix_airing_unit_code"), table_name="airing")
    op.drop_index(op.f("ix_airing_start_utc"), table_name="airing")
