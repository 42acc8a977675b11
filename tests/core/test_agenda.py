"""Schedules stored with playlists, expanded into the agenda, overlaps flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from ledcast.core import agenda as ag
from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core.errors import LedcastError

D = dt.date(2026, 12, 7)  # a Monday


@pytest.fixture
def two_playlists(workspace, media_files):  # type: ignore[no-untyped-def]
    report = library.import_files(workspace, [media_files.png])
    image = report.added[0]
    outlets.add_outlet(workspace, "LED", "screen", "640x360")
    outlets.add_outlet(workspace, "LED 2", "screen", "384x192")
    for name in ("A", "B"):
        pl.create_playlist(workspace, name, "screen", "LED")
        pl.add_items(workspace, name, [image.id] * 30, duration_s=20)  # 600 s each
    pl.create_playlist(workspace, "C", "screen", "LED 2")
    pl.add_items(workspace, "C", [image.id] * 30, duration_s=20)
    return workspace


def test_schedule_is_stored_canonically_and_expands(two_playlists) -> None:
    ws = two_playlists
    sc = ag.add_schedule(ws, "A", date_from=D, date_to=D + dt.timedelta(days=13), times="17h30, 6:00",
                         weekdays="T2,T4,T6", repeat_count=2, repeat_gap_s=300)
    assert (sc.weekdays, sc.times, sc.priority) == ("mon,wed,fri", "06:00,17:30", "normal")
    week = ag.agenda(ws, D, 7)
    assert len(week.occurrences) == 3 * 2 * 2  # 3 days × 2 times × 2 airings
    first = week.occurrences[0]
    assert (first.start, first.end) == (dt.datetime(2026, 12, 7, 6, 0), dt.datetime(2026, 12, 7, 6, 10))
    assert week.occurrences[1].start == dt.datetime(2026, 12, 7, 6, 15)  # repeat after a 5 min gap
    assert not week.overlaps
    tuesday = ag.agenda(ws, D + dt.timedelta(days=1))
    assert tuesday.occurrences == []


def test_overlaps_on_the_same_outlet_are_flagged(two_playlists) -> None:
    ws = two_playlists
    ag.add_schedule(ws, "A", date_from=D, date_to=D, times="06:00")
    ag.add_schedule(ws, "B", date_from=D, date_to=D, times="06:05", priority="emergency")
    ag.add_schedule(ws, "C", date_from=D, date_to=D, times="06:00")  # other outlet: no conflict
    day = ag.agenda(ws, D)
    assert len(day.occurrences) == 3
    assert len(day.overlaps) == 1
    ov = day.overlaps[0]
    assert {ov.first.playlist_name, ov.second.playlist_name} == {"A", "B"}
    assert ov.seconds == pytest.approx(300)
    flagged = {o.playlist_name for o in day.occurrences if day.overlapping(o)}
    assert flagged == {"A", "B"}
    only_led2 = ag.agenda(ws, D, outlet="LED 2")
    assert [o.playlist_name for o in only_led2.occurrences] == ["C"]
    with pytest.raises(LedcastError):
        ag.agenda(ws, D, outlet="nowhere")


def test_programme_from_the_evening_before_still_counts(two_playlists) -> None:
    ws = two_playlists
    ag.add_schedule(ws, "A", date_from=D, date_to=D, times="23:55")
    ag.add_schedule(ws, "B", date_from=D + dt.timedelta(days=1), date_to=D + dt.timedelta(days=1), times="00:02")
    day = ag.agenda(ws, D + dt.timedelta(days=1))
    assert {o.playlist_name for o in day.occurrences} == {"A", "B"}
    assert len(day.overlaps) == 1


def test_bad_schedules_are_refused(two_playlists) -> None:
    ws = two_playlists
    for kwargs in ({"times": "25:00"}, {"times": ""}, {"times": "06:00", "weekdays": "xyz"},
                   {"times": "06:00", "repeat_count": 0}):
        with pytest.raises(LedcastError):
            ag.add_schedule(ws, "A", date_from=D, date_to=D, **kwargs)
    with pytest.raises(LedcastError):
        ag.add_schedule(ws, "A", date_from=D, date_to=D - dt.timedelta(days=1), times="06:00")
    assert pl.get_playlist(ws, "A").schedules == []


def test_remove_schedule_and_playlist_show(two_playlists) -> None:
    ws = two_playlists
    sc = ag.add_schedule(ws, "A", date_from=D, date_to=D, times="06:00")
    d = pl.playlist_to_dict(pl.get_playlist(ws, "A"))
    assert d["schedules"][0]["times"] == "06:00" and d["total_s"] == 600
    ag.remove_schedule(ws, sc.id)
    assert ag.agenda(ws, D).occurrences == []
