"""The newest migration's revision id, known without importing Alembic: opening a
workspace that is already at head (every start but the first after an update)
then never pays Alembic's import (~0.15 s). A new migration must update it;
tests/core/test_db.py checks it against the migration scripts."""

HEAD_REVISION = "0007"
