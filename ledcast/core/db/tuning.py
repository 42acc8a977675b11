"""Per-transaction settings of the server for the few statements that read much of the log."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

WORK_MEM = "32MB"  # per sort or hash of one statement; a report's distinct items fit in it


def for_big_reads(s: Session) -> None:
    """PostgreSQL: sorts and hashes of this transaction in memory (the server's default
    4 MB made a report's distinct items spill to disk and its planner pick sorts over
    hashes), and no JIT (compiling took longer than the seconds it saves here). Nothing
    on SQLite. SET LOCAL: back to the server's settings when the transaction ends."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
        s.execute(text("SET LOCAL jit = off"))
