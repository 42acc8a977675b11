"""Several operators editing one playlist (issue 16, point 2): every edit claims the
version the editor loaded; a save over a version another operator moved on is refused
and writes nothing, a fresh one passes and raises the version. Two processes on one
database (SQLite in the default run, the PostgreSQL server with LEDCAST_TEST_DB=postgresql):
both load the same version and save, exactly one wins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

import ledcast
from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist, PlaylistItem
from ledcast.core.errors import LedcastError, NotFound
from ledcast.core.playlist_version import PlaylistChanged

REPO_ROOT = Path(ledcast.__file__).resolve().parent.parent


@pytest.fixture
def stocked(workspace, media_files):  # type: ignore[no-untyped-def]
    """A loudspeaker playlist "Sáng" holding the WAV twice, and a screen playlist "LED"
    holding the PNG and the MP4; returns (ws, {kind: media})."""
    media = {m.kind: m for m in library.import_files(workspace, media_files.good).added}
    pl.create_playlist(workspace, "Sáng", "speaker")
    pl.add_items(workspace, "Sáng", [media["audio"].id, media["audio"].id])
    pl.create_playlist(workspace, "LED", "screen")
    pl.add_items(workspace, "LED", [media["image"].id, media["video"].id])
    return workspace, media


def _state(ws, name: str) -> tuple:  # type: ignore[no-untyped-def,type-arg]
    """Everything an edit may change, read back from the database."""
    with ws.session() as s:
        p = s.scalars(select(Playlist).where(Playlist.name.in_((name, "Sáng mới")))).one()
        items = s.scalars(select(PlaylistItem).where(PlaylistItem.playlist_id == p.id).order_by(PlaylistItem.position))
        rows = [(i.id, i.position, i.media_id, i.duration_s, i.trim_in_s, i.trim_out_s) for i in items]
        return p.version, p.name, p.outlet_id, p.priority, rows


EDITS: dict[str, Callable] = {  # type: ignore[type-arg]
    "rename": lambda ws, p, m, v: pl.update_playlist(ws, p.id, name="Sáng mới", expected=v),
    "priority": lambda ws, p, m, v: pl.update_playlist(ws, p.id, priority="priority", expected=v),
    "add": lambda ws, p, m, v: pl.add_items(ws, p.id, [m["image"].id], expected=v),
    "remove": lambda ws, p, m, v: pl.remove_items(ws, p.id, [p.items[0].id], expected=v),
    "reorder": lambda ws, p, m, v: pl.reorder(ws, p.id, [i.id for i in reversed(p.items)], expected=v),
    "move": lambda ws, p, m, v: pl.move_item(ws, p.id, p.items[0].id, 1, expected=v),
    "duration": lambda ws, p, m, v: pl.set_item_duration(ws, p.items[0].id, 25, expected=v),
    "trim": lambda ws, p, m, v: pl.set_item_trim(ws, p.items[1].id, 0.5, 2.0, expected=v),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_stale_version_is_refused_and_writes_nothing_a_fresh_one_passes(stocked, edit: str) -> None:
    ws, media = stocked
    name = "LED" if edit in ("add", "duration", "trim") else "Sáng"
    mine = pl.get_playlist(ws, name)  # what this operator's page loaded
    pl.update_playlist(ws, name, priority="emergency")  # another operator saves meanwhile (a one-shot command)
    before = _state(ws, name)
    assert before[0] == mine.version + 1
    with pytest.raises(PlaylistChanged) as refused:
        EDITS[edit](ws, mine, media, mine.version)
    assert "Another operator has just changed this playlist" in refused.value.message()
    assert _state(ws, name) == before  # nothing written, the version unchanged
    fresh = pl.get_playlist(ws, name)  # reloaded: the edit goes through and raises the version
    EDITS[edit](ws, fresh, media, fresh.version)
    after = pl.get_playlist(ws, "Sáng mới" if edit == "rename" else name)
    assert after.version == fresh.version + 1
    assert _state(ws, name)[1:] != before[1:]  # the edit itself was stored


def test_delete_of_a_stale_version_is_refused(stocked) -> None:
    ws, _media = stocked
    mine = pl.get_playlist(ws, "Sáng")
    pl.remove_items(ws, "Sáng", [mine.items[0].id])  # the CLI: no version expected, still raised
    with pytest.raises(PlaylistChanged):
        pl.delete_playlist(ws, mine.id, expected=mine.version)
    assert len(pl.get_playlist(ws, "Sáng").items) == 1
    pl.delete_playlist(ws, mine.id, expected=mine.version + 1)
    with pytest.raises(NotFound):
        pl.get_playlist(ws, "Sáng")


def test_an_edit_of_a_playlist_deleted_meanwhile_is_a_conflict_or_not_found(stocked) -> None:
    ws, _media = stocked
    mine = pl.get_playlist(ws, "Sáng")
    pl.delete_playlist(ws, "Sáng")
    with pytest.raises(PlaylistChanged):  # the page: it reloads and shows the playlist gone
        pl.update_playlist(ws, mine.id, priority="priority", expected=mine.version)
    with pytest.raises(NotFound):  # a command naming it
        pl.update_playlist(ws, "Sáng", priority="priority")
    with pytest.raises(LedcastError, match=f"No item {mine.items[0].id}"):
        pl.set_item_duration(ws, mine.items[0].id, 20)


def test_new_playlists_start_at_version_one_and_every_cli_edit_raises_it(stocked) -> None:
    ws, media = stocked
    assert pl.create_playlist(ws, "Chiều", "speaker").version == 1
    pl.add_items(ws, "Chiều", [media["audio"].id])
    assert pl.get_playlist(ws, "Chiều").version == 2
    pl.move_item(ws, "Chiều", pl.get_playlist(ws, "Chiều").items[0].id, 0)
    assert pl.get_playlist(ws, "Chiều").version == 3


CHILD = """
import json, sys, time
from pathlib import Path
from ledcast.core import playlist as pl
from ledcast.core.startup import open_for_use

ws_path, flag_dir, me = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
ws = open_for_use(ws_path)
loaded = pl.get_playlist(ws, "Sáng")
(flag_dir / f"loaded-{me}").touch()
deadline = time.monotonic() + 60
while not (flag_dir / "go").exists() and time.monotonic() < deadline:
    time.sleep(0.01)
try:
    pl.update_playlist(ws, loaded.id, name=f"Sáng của {me}", expected=loaded.version)
    print(json.dumps({"me": me, "loaded": loaded.version, "saved": True}))
except pl.PlaylistChanged as exc:
    print(json.dumps({"me": me, "loaded": loaded.version, "saved": False, "why": exc.message()}))
ws.close()
"""


def test_two_processes_saving_the_same_version_one_wins_the_other_is_refused(stocked, tmp_path: Path) -> None:
    """Two PCs load the same version of a playlist and both save at the same moment:
    exactly one save is stored, the other is refused with the message, and the row
    holds the winner's edit."""
    ws, _media = stocked
    version = pl.get_playlist(ws, "Sáng").version
    ws.close()
    flags = tmp_path / "flags"
    flags.mkdir()
    env = dict(os.environ, LEDCAST_LANG="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(ws.root), str(flags), me],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        for me in ("A", "B")
    ]
    deadline = 120
    start = time.monotonic()
    while not all((flags / f"loaded-{me}").exists() for me in ("A", "B")):
        assert time.monotonic() - start < deadline and all(p.poll() is None for p in procs), [
            p.communicate() for p in procs
        ]
        time.sleep(0.02)
    (flags / "go").touch()  # both hold the same version now: save at once
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _out, err in outs]
    results = [json.loads(out) for out, _err in outs]
    assert [r["loaded"] for r in results] == [version, version]
    winners = [r["me"] for r in results if r["saved"]]
    losers = [r for r in results if not r["saved"]]
    assert len(winners) == 1 and len(losers) == 1, results
    assert losers[0]["why"].startswith("Another operator has just changed this playlist")
    from ledcast.core.startup import open_for_use

    again = open_for_use(ws.root)
    try:
        names = [p.name for p in pl.list_playlists(again)]
        assert f"Sáng của {winners[0]}" in names and "Sáng" not in names
        assert pl.get_playlist(again, f"Sáng của {winners[0]}").version == version + 1
    finally:
        again.close()


def test_schedule_edits_of_a_stale_version_are_refused(stocked) -> None:
    """A playlist's schedules are edited with it (its page): they claim its version too."""
    import datetime as dt

    from ledcast.core import agenda as ag

    ws, _media = stocked
    rule = {"date_from": dt.date(2026, 12, 1), "date_to": dt.date(2026, 12, 31), "times": [dt.time(6, 0)]}
    mine = pl.get_playlist(ws, "Sáng")
    sc = ag.add_schedule(ws, mine.id, expected=mine.version, **rule)
    assert pl.get_playlist(ws, "Sáng").version == mine.version + 1
    for stale in (
        lambda: ag.add_schedule(ws, mine.id, expected=mine.version, **rule),
        lambda: ag.update_schedule(ws, sc.id, expected=mine.version, **{**rule, "times": [dt.time(7, 0)]}),
        lambda: ag.remove_schedule(ws, sc.id, expected=mine.version),
    ):
        with pytest.raises(PlaylistChanged):
            stale()
    p = pl.get_playlist(ws, "Sáng")
    assert [(x.id, x.times) for x in p.schedules] == [(sc.id, "06:00")]
    ag.update_schedule(ws, sc.id, expected=p.version, **{**rule, "times": [dt.time(7, 0)]})
    ag.remove_schedule(ws, sc.id, expected=p.version + 1)
    assert pl.get_playlist(ws, "Sáng").schedules == []
    with pytest.raises(LedcastError, match=f"No schedule {sc.id}"):
        ag.remove_schedule(ws, sc.id)


def test_migration_0007_gives_existing_playlists_version_one(tmp_path: Path) -> None:
    from db_revisions import database_at

    from ledcast.core.startup import open_for_use

    database_at(
        tmp_path / "old",
        "0006",
        "INSERT INTO playlist (name, kind, priority, created_at) VALUES ('Sáng', 'speaker', 'normal', '2026-11-01')",
    )
    ws = open_for_use(tmp_path / "old")
    try:
        assert pl.get_playlist(ws, "Sáng").version == 1
        pl.update_playlist(ws, "Sáng", priority="priority", expected=1)
        assert pl.get_playlist(ws, "Sáng").version == 2
    finally:
        ws.close()


def test_moving_an_item_another_operator_removed_is_a_conflict_not_a_missing_item(stocked) -> None:
    ws, _media = stocked
    mine = pl.get_playlist(ws, "Sáng")
    pl.remove_items(ws, "Sáng", [mine.items[0].id])
    with pytest.raises(PlaylistChanged):
        pl.move_item(ws, mine.id, mine.items[0].id, 1, expected=mine.version)
