"""A batch of airings (a confirmation) under SIGKILL: a child process killed in the
middle of a large record_many leaves all of its rows or none, and the database
passes its integrity check."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reliability.conftest import cli_env

KILLED = -signal.SIGKILL if hasattr(signal, "SIGKILL") else 137
BATCH = 30_000

CHILD = """
import datetime as dt, sys
from ledcast.core.airing import AiringEntry, record_many
from ledcast.core.startup import open_for_use

ws = open_for_use(sys.argv[1])
t0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
entries = [
    AiringEntry("Loa trung tâm xã", t0 + dt.timedelta(minutes=i), t0 + dt.timedelta(minutes=i, seconds=50),
                "confirmed", title=f"Bản tin {i}", task_codes=("NV3",), utc_offset_min=420)
    for i in range(int(sys.argv[2]))
]
print("ready", flush=True)
record_many(ws, entries)
print("done", flush=True)
"""


def _db(ws: Path) -> Path:
    return ws / "ledcast.db"


def _check(ws: Path) -> int:
    con = sqlite3.connect(_db(ws))
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return con.execute("SELECT count(*) FROM airing").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    from ledcast.core.startup import open_for_use
    from ledcast.core.units import set_self_unit

    path = tmp_path / "Xã Tân Cương"
    w = open_for_use(path)
    try:
        set_self_unit(w, "XA-TC", "Xã Tân Cương")
    finally:
        w.close()
    return path


def _start(ws: Path, count: int, kill_at: str | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ws), str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=cli_env(kill_at),
    )


def test_kill_after_the_rows_are_written_before_the_commit_leaves_none(ws: Path) -> None:
    proc = _start(ws, BATCH, kill_at="airing.record_many.flushed")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == KILLED, err
    assert "done" not in out
    assert _check(ws) == 0


@pytest.mark.parametrize("delay", [0.05, 0.3, 0.8, 1.5])
def test_kill_at_any_moment_leaves_all_or_none(ws: Path, delay: float) -> None:
    proc = _start(ws, BATCH)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert _check(ws) in (0, BATCH)


def test_the_batch_completes_when_not_killed(ws: Path) -> None:
    proc = _start(ws, 2_000)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "done" in out
    assert _check(ws) == 2_000
