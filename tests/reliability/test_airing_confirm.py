"""`ledcast airing confirm` under SIGKILL: a large confirmation killed part-way leaves
all of its rows or none, the database passes its integrity check, and confirming
again afterwards completes it exactly once."""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import pytest

from reliability.conftest import cli_cmd, cli_env

KILLED = -signal.SIGKILL if hasattr(signal, "SIGKILL") else 137
DAYS, TIMES, ITEMS = 60, 20, 24  # 60 days x 20 sessions x 24 items = 28,800 rows in one confirmation
TOTAL = DAYS * TIMES * ITEMS
FIRST, LAST = "2026-01-01", "2026-03-01"  # 60 days


@pytest.fixture
def ws(tmp_path: Path) -> tuple[Path, int]:
    """A workspace with a unit and one export whose manifest schedules TIMES sessions a
    day; written as the export records it (no rendering needed to confirm it)."""
    from ledcast.core.db.models import Export
    from ledcast.core.startup import open_for_use
    from ledcast.core.units import set_self_unit

    path = tmp_path / "Xã Tân Cương"
    w = open_for_use(path)
    try:
        set_self_unit(w, "XA-TC", "Xã Tân Cương")
        items = [
            {"position": i, "role": "item", "title": f"Bản tin {i}", "duration_s": 30.0, "offset_s": 31.0 * (i - 1),
             "tasks": ["NV3"], "media_sha256": f"{i:064x}"}
            for i in range(1, ITEMS + 1)
        ]  # fmt: skip
        manifest = {
            "kind": "speaker",
            "plan": ["KH-2026"],
            "workspace": {"id": "w1"},
            "playlist": {"id": 1, "name": "Phát thanh", "created": "2026-01-01T00:00:00", "content_hash": "abc"},
            "outlet": {"name": "Loa trung tâm", "kind": "speaker"},
            "schedules": [
                {
                    "date_from": FIRST,
                    "date_to": LAST,
                    "weekdays": "mon,tue,wed,thu,fri,sat,sun",
                    "times": ",".join(f"{h:02d}:00" for h in range(2, 2 + TIMES)),
                    "priority": "normal",
                    "repeat_count": 1,
                    "repeat_gap_s": 0,
                },
            ],  # fmt: skip
            "schedule_duration_s": 31.0 * ITEMS,
            "items": items,
        }
        with w.session() as s:
            row = Export(playlist_name="Phát thanh", kind="speaker", out_path=str(tmp_path / "usb"),
                         content_hash="abc", manifest=manifest)  # fmt: skip
            s.add(row)
            s.flush()
            export_id = row.id
    finally:
        w.close()
    return path, export_id


def _count(ws: Path) -> int:
    con = sqlite3.connect(ws / "ledcast.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return con.execute("SELECT count(*) FROM airing").fetchone()[0]
    finally:
        con.close()


def _confirm(ws: Path, export_id: int, kill_at: str | None = None):  # type: ignore[no-untyped-def]
    import subprocess

    return subprocess.Popen(
        cli_cmd(ws, "airing", "confirm", str(export_id), "--from", FIRST, "--to", LAST),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=cli_env(kill_at),
    )


def test_killed_before_the_commit_leaves_none_then_confirm_completes_once(ws: tuple[Path, int]) -> None:
    path, export_id = ws
    proc = _confirm(path, export_id, kill_at="airing.record_many.flushed")
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == KILLED, err
    assert _count(path) == 0
    done = _confirm(path, export_id)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    assert f"Recorded {TOTAL} airing(s) of {DAYS * TIMES} session(s); 0 were" in out
    assert _count(path) == TOTAL
    again = _confirm(path, export_id)
    out, _err = again.communicate(timeout=300)
    assert out.startswith("Nothing new") and _count(path) == TOTAL


@pytest.mark.parametrize("delay", [0.5, 1.5, 3.0])
def test_killed_at_any_moment_leaves_all_or_none(ws: tuple[Path, int], delay: float) -> None:
    path, export_id = ws
    proc = _confirm(path, export_id)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert _count(path) in (0, TOTAL)
