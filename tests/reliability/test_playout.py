"""`ledcast play` as a real child process (no sound card: the clock-paced output),
killed part-way: every item it reported logged is in the log, nothing else but
the items before it, and the database passes its integrity check. Ctrl+C stops it
cleanly the same way."""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import pytest
from media_factory import tone_playlist

KILLED = -signal.SIGKILL if hasattr(signal, "SIGKILL") else 137
TITLES = [f"Bản tin {i}" for i in range(1, 7)]


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    from ledcast.core.settings import save_speaker_settings
    from ledcast.core.startup import open_for_use
    from ledcast.core.units import set_self_unit

    path = tmp_path / "Xã Tân Cương"
    src = tmp_path / "src"
    src.mkdir()
    w = open_for_use(path)
    try:
        set_self_unit(w, "XA-TC", "Xã Tân Cương")
        save_speaker_settings(w, gap_s=0.2)
        tone_playlist(w, src, len(TITLES), 0.6)
    finally:
        w.close()
    return path


def _logged(ws: Path) -> list[tuple[str, str]]:
    """(title, recorded_how) of every airing, in start order, after an integrity check."""
    con = sqlite3.connect(ws / "ledcast.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return con.execute("SELECT media_title, recorded_how FROM airing ORDER BY start_utc").fetchall()
    finally:
        con.close()


def _reported(line: str) -> str | None:
    prefix, suffix = "Aired: ", " (0:00.6), logged."
    return line[len(prefix) : -len(suffix)] if line.startswith(prefix) and line.endswith(suffix) else None


def _play_until(start_cli, ws: Path, reported: int, sig: int):  # type: ignore[no-untyped-def]
    """Start `ledcast play`, wait for `reported` items logged, send `sig` in the next item."""
    proc = start_cli(ws, "play", "Phát thanh thử", "--audio-device", "none")
    seen: list[str] = []
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        title = _reported(line.rstrip("\n"))
        if title is not None:
            seen.append(title)
        if len(seen) == reported:
            break
    time.sleep(0.4)  # the gap (0.2 s) and part of the next item
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    seen += [t for t in (_reported(x) for x in out.splitlines()) if t is not None]
    return proc.returncode, seen, err + "\n".join(lines + out.splitlines())


def test_sigkill_part_way_keeps_every_completed_item(start_cli, ws: Path) -> None:  # type: ignore[no-untyped-def]
    rc, seen, err = _play_until(start_cli, ws, 2, signal.SIGKILL)
    assert rc == KILLED, err
    rows = [t for t, _ in _logged(ws)]
    assert seen in (TITLES[:2], TITLES[:3])  # the third only if the machine was slow to kill
    # every item reported logged is there, and at most the one committed just before the kill
    assert rows in (seen, TITLES[: len(seen) + 1])
    assert {how for _, how in _logged(ws)} == {"playout"}


def test_ctrl_c_stops_cleanly(start_cli, ws: Path) -> None:  # type: ignore[no-untyped-def]
    rc, seen, err = _play_until(start_cli, ws, 3, signal.SIGINT)
    assert rc == 130, err
    # normally the fourth item is stopped at a third of it (not logged); a slow machine may go further
    assert seen[:3] == TITLES[:3] and seen == TITLES[: len(seen)]
    assert f"Stopped Phát thanh thử: {len(seen)} airing(s) logged." in err
    assert [t for t, _ in _logged(ws)] == seen
    if len(seen) == 3:
        assert "Stopped: Bản tin 4 after 0:00." in err and "of 0:00.6, not logged." in err


def test_a_whole_play_logs_every_item(run_cli, ws: Path) -> None:  # type: ignore[no-untyped-def]
    res = run_cli(ws, "play", "Phát thanh thử", "--audio-device", "none", timeout=120)
    assert res.returncode == 0, res.stderr
    assert [_reported(x) for x in res.stdout.splitlines()] == TITLES
    assert _logged(ws) == [(t, "playout") for t in TITLES]
    assert "Played Phát thanh thử: 6 airing(s) logged." in res.stderr


def test_playout_airs_the_schedule_and_ctrl_c_stops_it_cleanly(start_cli, ws: Path) -> None:  # type: ignore[no-untyped-def]
    """`ledcast playout` as a child process: a programme due in 3 s starts at its time,
    its items are logged with the occurrence's time; Ctrl+C stops it part-way cleanly."""
    import datetime as dt

    from ledcast.core import agenda
    from ledcast.core.agenda_status import local_to_utc
    from ledcast.core.startup import open_for_use

    due = (dt.datetime.now() + dt.timedelta(seconds=3)).replace(microsecond=0)
    w = open_for_use(ws)
    try:
        agenda.add_schedule(w, "Phát thanh thử", date_from=due.date(), date_to=due.date(), times=[due.time()])
    finally:
        w.close()
    proc = start_cli(ws, "playout", "--audio-device", "none")
    assert proc.stdout is not None
    lines: list[str] = []
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        if sum(1 for x in lines if _reported(x)) == 2:
            break
    started = dt.datetime.now()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    lines += out.splitlines()
    assert proc.returncode == 0, err
    assert lines[0] == f"Loa trung tâm: starts “Phát thanh thử” (scheduled {due:%d/%m %H:%M})."
    assert "Play-out running on Loa trung tâm. Ctrl+C stops." in err
    seen = [t for t in (_reported(x) for x in lines) if t is not None]
    assert seen[:2] == TITLES[:2] and seen == TITLES[: len(seen)]
    assert f"Play-out stopped: {len(seen)} airing(s) logged." in err
    assert [t for t, _ in _logged(ws)] == seen  # the item cut by Ctrl+C (below the share) is not
    con = sqlite3.connect(ws / "ledcast.db")
    try:
        rows = con.execute("SELECT scheduled_at, start_utc FROM airing ORDER BY start_utc").fetchall()
    finally:
        con.close()
    assert {dt.datetime.fromisoformat(s) for s, _ in rows} == {local_to_utc(due)}
    first_start = dt.datetime.fromisoformat(rows[0][1])  # aired at its time, not before
    assert local_to_utc(due) <= first_start < local_to_utc(due) + dt.timedelta(seconds=2.5)
    assert started > due
