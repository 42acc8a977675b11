"""Time windows: a loop played back to back from a start to an end, one block per
day with its number of passes; refused when the playlist does not fit; overlaps
checked like any airing; stored, read back, edited and migrated."""

from __future__ import annotations

import datetime as dt

import pytest

from ledcast.core import agenda as ag
from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core import schedule as sched
from ledcast.core.db.head import HEAD_REVISION
from ledcast.core.db.models import Schedule
from ledcast.core.errors import LedcastError
from ledcast.core.limits import Size

# exports here are about other things than approval: playlist items are signed off
pytestmark = pytest.mark.usefixtures("approved_playlists")

D = dt.date(2026, 12, 7)  # a Monday
T = dt.time


def window(start: dt.time, end: dt.time, **kwargs) -> sched.Rule:  # type: ignore[no-untyped-def]
    return sched.Rule(D, D + dt.timedelta(days=6), sched.ALL_DAYS, (start,), window_end=end, **kwargs)


def test_a_window_expands_to_one_block_a_day_with_its_passes() -> None:
    rule = sched.Rule.from_text(D, D + dt.timedelta(days=6), window="6h-22h", weekdays="T2-T6")
    assert (rule.times, rule.window_end, rule.window_s) == ((T(6),), T(22), 16 * 3600)
    rule.validate(13.33333333)
    blocks = sched.expand(rule, 13.33333333, D, D + dt.timedelta(days=6))
    assert [(b.start, b.end, b.passes, b.is_window) for b in blocks][:1] == [
        (dt.datetime(2026, 12, 7, 6), dt.datetime(2026, 12, 7, 22), 4320, True)
    ]
    assert len(blocks) == 5 == sched.count_airings(rule)  # Monday to Friday, one block each
    # normal start times: one pass each
    times = sched.expand(sched.Rule(D, D, sched.ALL_DAYS, (T(6), T(17))), 60, D, D)
    assert [(o.passes, o.is_window) for o in times] == [(1, False), (1, False)]


def test_a_window_may_run_past_midnight_and_whole_passes_only_count() -> None:
    rule = window(T(18), T(0))  # "18h-24h"
    assert sched.Rule.from_text(D, D, window="18h-24h").window_end == T(0)
    assert rule.window_s == 6 * 3600 and rule.passes(7 * 60) == 51  # 360 / 7 = 51.4: the last one is not started
    (block,) = sched.expand(rule, 420, D, D)
    assert block.end == dt.datetime(2026, 12, 8, 0, 0)
    assert window(T(22), T(2)).window_s == 4 * 3600


def test_a_playlist_longer_than_its_window_is_refused() -> None:
    rule = window(T(6), T(6, 10))
    rule.validate(600)  # exactly one pass fits
    with pytest.raises(LedcastError) as exc:
        rule.validate(601)
    assert "longer than the window 06:00–06:10" in exc.value.message() and "0:10:01" in exc.value.message()
    with pytest.raises(LedcastError, match="empty"):
        rule.validate(0)
    with pytest.raises(LedcastError, match="same time"):
        window(T(6), T(6)).validate(10)
    with pytest.raises(LedcastError, match="one start"):
        window(T(6), T(22), repeat_count=2).validate(10)
    with pytest.raises(LedcastError, match="not a time window"):
        sched.Rule.from_text(D, D, window="6h")


def test_from_stored_round_trips_a_window(speaker_and_screen) -> None:
    ws = speaker_and_screen
    sc = ag.add_schedule(ws, "LED", date_from=D, date_to=D, times=[T(6, 30)], window_end=T(21, 45, 30))
    assert (sc.times, sc.window_end) == ("06:30", "21:45:30")
    rule = ag.rule_of(pl.get_playlist(ws, "LED").schedules[0])
    assert rule == sched.Rule(D, D, sched.ALL_DAYS, (T(6, 30),), "normal", 1, 0, T(21, 45, 30))
    assert sched.Rule.from_stored(D, D, "mon", "06:00", "normal", 1, 0, None).window_end is None
    assert pl.playlist_to_dict(pl.get_playlist(ws, "LED"))["schedules"][0]["window_end"] == "21:45:30"


@pytest.fixture
def speaker_and_screen(workspace, media_files):  # type: ignore[no-untyped-def]
    image = library.import_files(workspace, [media_files.png]).added[0]
    outlets.add_outlet(workspace, "Bảng LED", "screen", Size(640, 360))
    pl.create_playlist(workspace, "LED", "screen", "Bảng LED")
    pl.add_items(workspace, "LED", [image.id] * 3, duration_s=20)  # 60 s a pass
    pl.create_playlist(workspace, "Tin", "screen", "Bảng LED")
    pl.add_items(workspace, "Tin", [image.id], duration_s=30)
    return workspace


def test_windows_overlap_sessions_and_each_other_on_one_outlet(speaker_and_screen) -> None:
    ws = speaker_and_screen
    ag.add_schedule(ws, "LED", date_from=D, date_to=D, times=[T(6)], window_end=T(22))
    ag.add_schedule(ws, "Tin", date_from=D, date_to=D, times=[T(12), T(23)])  # 23:00 is outside
    day = ag.agenda(ws, D)
    assert [(o.playlist_name, o.start.time(), o.passes) for o in day.occurrences] == [
        ("LED", T(6), 16 * 60),
        ("Tin", T(12), 1),
        ("Tin", T(23), 1),
    ]
    assert [(o.first.playlist_name, o.second.start.time(), o.seconds) for o in day.overlaps] == [("LED", T(12), 30)]
    # a window running into the next day is still on air there
    ag.add_schedule(ws, "Tin", date_from=D, date_to=D, times=[T(22, 30)], window_end=T(1))
    next_day = ag.agenda(ws, D + dt.timedelta(days=1))
    assert [(o.playlist_name, o.start, o.end) for o in next_day.occurrences] == [
        ("Tin", dt.datetime(2026, 12, 7, 22, 30), dt.datetime(2026, 12, 8, 1, 0))
    ]
    assert len(ag.agenda(ws, D).overlaps) == 2  # 22:30-01:00 now also covers Tin's own 23:00 session


def test_the_window_is_checked_against_the_playlist_before_storing(speaker_and_screen) -> None:
    ws = speaker_and_screen
    with pytest.raises(LedcastError, match="cannot play even once"):
        ag.add_schedule(ws, "LED", date_from=D, date_to=D, times=[T(6)], window_end=T(6, 0, 59))
    assert pl.get_playlist(ws, "LED").schedules == []


def test_update_schedule_replaces_the_rule(speaker_and_screen) -> None:
    ws = speaker_and_screen
    sc = ag.add_schedule(ws, "LED", date_from=D, date_to=D, times=[T(6), T(17)])
    ag.update_schedule(ws, sc.id, date_from=D, date_to=D + dt.timedelta(days=1), times=[T(7)], window_end=T(9))
    (stored,) = pl.get_playlist(ws, "LED").schedules
    assert (stored.id, stored.times, stored.window_end, stored.date_to) == (
        sc.id,
        "07:00",
        "09:00",
        D + dt.timedelta(1),
    )
    with pytest.raises(LedcastError, match="cannot play even once"):
        ag.update_schedule(ws, sc.id, date_from=D, date_to=D, times=[T(7)], window_end=T(7, 0, 30))
    assert pl.get_playlist(ws, "LED").schedules[0].window_end == "09:00"  # the refused edit changed nothing
    ag.update_schedule(ws, sc.id, date_from=D, date_to=D, times=[T(8)])  # back to a start time
    assert pl.get_playlist(ws, "LED").schedules[0].window_end is None
    with pytest.raises(LedcastError):
        ag.update_schedule(ws, 999, date_from=D, date_to=D, times=[T(8)])


def test_migration_0003_adds_the_window_end_and_keeps_schedules(tmp_path) -> None:
    import sqlite3

    from db_revisions import database_at

    from ledcast.core.db.engine import current_revision
    from ledcast.core.startup import open_for_use

    ws_dir = tmp_path / "old"
    database_at(
        ws_dir,
        "0002",
        "INSERT INTO playlist (name, kind, priority, created_at) VALUES ('Sáng', 'speaker', 'normal', '2026-11-01')",
        "INSERT INTO schedule (playlist_id, date_from, date_to, weekdays, times, priority, repeat_count,"
        " repeat_gap_s) VALUES (1, '2026-12-07', '2026-12-07', 'mon', '06:00', 'normal', 1, 0)",
    )
    with sqlite3.connect(ws_dir / "ledcast.db") as conn:
        assert "window_end" not in [r[1] for r in conn.execute("PRAGMA table_info(schedule)")]
    ws = open_for_use(ws_dir)
    try:
        assert current_revision(ws.engine) == HEAD_REVISION
        (sc,) = pl.get_playlist(ws, "Sáng").schedules
        assert (sc.times, sc.window_end) == ("06:00", None)
        assert ag.rule_of(sc).passes(10) == 1
        with ws.session() as s:  # the new column stores and reads back
            s.get(Schedule, sc.id).window_end = "07:00"
        assert ag.rule_of(pl.get_playlist(ws, "Sáng").schedules[0]).window_end == T(7)
    finally:
        ws.close()


def test_a_scheduled_screen_export_carries_the_schedule_files_with_passes(workspace, media_files, tmp_path) -> None:
    import json

    from ledcast.core import export

    image = library.import_files(workspace, [media_files.png]).added[0]
    outlets.add_outlet(workspace, "LED nhỏ", "screen", Size(160, 90), 10)
    pl.create_playlist(workspace, "Vòng", "screen", "LED nhỏ")
    pl.add_items(workspace, "Vòng", [image.id] * 2, duration_s=2)  # 4 s a pass
    plain = export.export_screen(workspace, "Vòng", tmp_path / "plain")
    assert not (plain.folder / "schedule.json").exists() and plain.airings == 0  # unscheduled: as before
    ag.add_schedule(workspace, "Vòng", date_from=D, date_to=D + dt.timedelta(days=1), times=[T(6)], window_end=T(6, 1))
    res = export.export_screen(workspace, "Vòng", tmp_path / "usb")
    rows = json.loads((res.folder / "schedule.json").read_text(encoding="utf-8"))["airings"]
    assert [(r["date"], r["time"], r["window_end"], r["passes"], r["file"]) for r in rows] == [
        ("2026-12-07", "06:00:00", "06:01:00", 15, "vong.mp4"),
        ("2026-12-08", "06:00:00", "06:01:00", 15, "vong.mp4"),
    ]
    assert (res.folder / "schedule.csv").exists() and res.airings == 2 == res.manifest["airings"]
