"""Schedules stored with playlists, expanded into the agenda, overlaps flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from ledcast.core import agenda as ag
from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core import schedule as sched
from ledcast.core.errors import LedcastError
from ledcast.core.limits import Size

D = dt.date(2026, 12, 7)  # a Monday


def add_text(ws, ref, *, times=None, weekdays=None, **kwargs):  # type: ignore[no-untyped-def]
    """As the CLI does: the operator's text read by the core's parsers, typed values to add_schedule."""
    return ag.add_schedule(
        ws, ref, times=sched.parse_times(times), weekdays=sched.weekdays_from_text(weekdays), **kwargs
    )


@pytest.fixture
def two_playlists(workspace, media_files):  # type: ignore[no-untyped-def]
    report = library.import_files(workspace, [media_files.png])
    image = report.added[0]
    outlets.add_outlet(workspace, "LED", "screen", Size(640, 360))
    outlets.add_outlet(workspace, "LED 2", "screen", Size(384, 192))
    for name in ("A", "B"):
        pl.create_playlist(workspace, name, "screen", "LED")
        pl.add_items(workspace, name, [image.id] * 30, duration_s=20)  # 600 s each
    pl.create_playlist(workspace, "C", "screen", "LED 2")
    pl.add_items(workspace, "C", [image.id] * 30, duration_s=20)
    return workspace


def test_schedule_is_stored_canonically_and_expands(two_playlists) -> None:
    ws = two_playlists
    sc = add_text(
        ws,
        "A",
        date_from=D,
        date_to=D + dt.timedelta(days=13),
        times="17h30, 6:00",
        weekdays="T2,T4,T6",
        repeat_count=2,
        repeat_gap_s=300,
    )
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
    add_text(ws, "A", date_from=D, date_to=D, times="06:00")
    add_text(ws, "B", date_from=D, date_to=D, times="06:05", priority="emergency")
    add_text(ws, "C", date_from=D, date_to=D, times="06:00")  # other outlet: no conflict
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
    add_text(ws, "A", date_from=D, date_to=D, times="23:55")
    add_text(ws, "B", date_from=D + dt.timedelta(days=1), date_to=D + dt.timedelta(days=1), times="00:02")
    day = ag.agenda(ws, D + dt.timedelta(days=1))
    assert {o.playlist_name for o in day.occurrences} == {"A", "B"}
    assert len(day.overlaps) == 1


def test_bad_schedules_are_refused(two_playlists) -> None:
    ws = two_playlists
    for kwargs in (
        {"times": "25:00"},
        {"times": ""},
        {"times": "06:00", "weekdays": "xyz"},
        {"times": "06:00", "repeat_count": 0},
    ):
        with pytest.raises(LedcastError):
            add_text(ws, "A", date_from=D, date_to=D, **kwargs)
    with pytest.raises(LedcastError):
        add_text(ws, "A", date_from=D, date_to=D - dt.timedelta(days=1), times="06:00")
    assert pl.get_playlist(ws, "A").schedules == []


def test_remove_schedule_and_playlist_show(two_playlists) -> None:
    ws = two_playlists
    sc = add_text(ws, "A", date_from=D, date_to=D, times="06:00")
    d = pl.playlist_to_dict(pl.get_playlist(ws, "A"))
    assert d["schedules"][0]["times"] == "06:00" and d["total_s"] == 600
    ag.remove_schedule(ws, sc.id)
    assert ag.agenda(ws, D).occurrences == []


# --- bounds (issue 8, points 6 and 7) -------------------------------------------------


def test_a_schedule_to_9999_is_refused_and_nothing_is_stored(two_playlists) -> None:
    ws = two_playlists
    for kwargs in (
        {"date_to": dt.date(9999, 12, 31)},
        {"date_to": dt.date.max},
        {"date_to": dt.date(2032, 12, 31)},  # 6 years: over the span limit
        {"date_to": dt.date(2027, 1, 1), "times": "06:00", "weekdays": "   "},  # blank, not "every day"
        {"date_to": dt.date(2027, 1, 1), "times": "06:00", "weekdays": " , ;"},
        {"date_to": dt.date(2027, 1, 1), "times": ",,"},
        {"date_to": dt.date(2027, 1, 1), "times": "   "},
    ):
        kwargs = {"times": "06:00", **kwargs}
        with pytest.raises(LedcastError):
            add_text(ws, "A", date_from=D, **kwargs)
    assert pl.get_playlist(ws, "A").schedules == []
    assert ag.agenda(ws, D, 7).occurrences == []


def test_a_playlists_rules_together_are_capped(two_playlists, monkeypatch) -> None:
    ws = two_playlists
    monkeypatch.setattr(ag.sched, "MAX_AIRINGS", 100)
    add_text(ws, "A", date_from=D, date_to=D + dt.timedelta(days=29), times="06:00,18:00")  # 60
    with pytest.raises(LedcastError) as err:
        add_text(ws, "A", date_from=D, date_to=D + dt.timedelta(days=29), times="07:00,19:00")  # +60
    assert err.value.template == ag.sched.M_TOO_MANY_AIRINGS and err.value.params["count"] == 120
    assert len(pl.get_playlist(ws, "A").schedules) == 1


@pytest.mark.parametrize("days", [0, -1, 367, 100000, 2.5, True])
def test_agenda_days_are_bounded(two_playlists, days) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LedcastError) as err:
        ag.agenda(two_playlists, D, days)
    assert err.value.template == ag.M_BAD_AGENDA_DAYS


def test_agenda_far_dates_are_refused_not_overflowing(two_playlists) -> None:
    with pytest.raises(LedcastError):
        ag.agenda(two_playlists, dt.date(9999, 12, 31), 7)
    assert ag.agenda(two_playlists, D, 366).occurrences == []


def _store_legacy_rule(ws, name: str) -> None:  # type: ignore[no-untyped-def]
    """What an older ledcast committed: a rule to 9999-12-31, bypassing validation."""
    from ledcast.core.db.models import Schedule

    with ws.session() as s:
        p = pl.find_playlist(s, name)
        s.add(
            Schedule(
                playlist_id=p.id,
                date_from=D,
                date_to=dt.date.max,
                weekdays="mon,tue,wed,thu,fri,sat,sun",
                times="06:00,17:00",
                priority="normal",
                repeat_count=1,
                repeat_gap_s=0,
            )
        )


def test_a_rule_stored_before_the_limits_keeps_the_agenda_and_export_rows_working(two_playlists) -> None:
    from ledcast.core import schedule as sched
    from ledcast.core.export import schedule_rows

    ws = two_playlists
    _store_legacy_rule(ws, "A")
    week = ag.agenda(ws, D, 7)
    assert len(week.occurrences) == 14
    assert ag.agenda(ws, dt.date(2100, 12, 25), 7).occurrences  # far ahead still answers
    p = pl.get_playlist(ws, "A")
    rows = schedule_rows(p, ["programme.mp3"], 600.0)  # was: 5.8 million rows, 820 MB, then a crash
    assert len(rows) == 2 * ((dt.date(2100, 12, 31) - D).days + 1) <= sched.MAX_AIRINGS  # up to the last sane date
    assert rows[0] == {
        "date": "2026-12-07",
        "time": "06:00:00",
        "file": "programme.mp3",
        "duration_s": 600.0,
        "priority": "normal",
        "tasks": "",
        "repeat": 1,
        "passes": 1,
        "window_end": None,
    }
    keys = [(r["date"], r["time"]) for r in rows]
    assert keys == sorted(keys)
    assert ag.occurrences_of(p, D, dt.date.max)[-1].start.date() == dt.date(2100, 12, 31)  # clipped there


# --- repeats end within a day of their start (review of issue 8, point 3) -----------


def test_repeats_of_one_start_time_must_end_within_24_hours(two_playlists) -> None:
    """count x duration + (count - 1) x gap <= 24 h; with an empty playlist the gaps alone."""
    from ledcast.core import schedule as sched

    ws = two_playlists  # A lasts 600 s
    last = dt.date(2100, 12, 31)
    too_long = [
        ("A", dict(date_from=last, date_to=last, times="23:59", repeat_count=50, repeat_gap_s=86400)),
        ("A", dict(date_from=D, date_to=D, times="06:00", repeat_count=2, repeat_gap_s=86400 - 1200 + 1)),
        ("A", dict(date_from=D, date_to=D, times="06:00", repeat_count=50, repeat_gap_s=1200)),
    ]
    pl.create_playlist(ws, "Trống", "screen", "LED")
    too_long.append(("Trống", dict(date_from=D, date_to=D, times="06:00", repeat_count=50, repeat_gap_s=1800)))
    for name, kwargs in too_long:
        with pytest.raises(LedcastError) as err:
            add_text(ws, name, **kwargs)
        assert err.value.template == sched.M_REPEATS_TOO_LONG and "24 hours" in str(err.value), kwargs
        assert pl.get_playlist(ws, name).schedules == []
    add_text(ws, "A", date_from=D, date_to=D, times="06:00", repeat_count=2, repeat_gap_s=86400 - 1200)
    add_text(ws, "Trống", date_from=D, date_to=D, times="06:00", repeat_count=50, repeat_gap_s=1763)
    add_text(ws, "B", date_from=last, date_to=last, times="23:59", repeat_count=2, repeat_gap_s=3600)
    starts = [o.start for o in ag.agenda(ws, last).occurrences]
    assert starts == [dt.datetime(2100, 12, 31, 23, 59)]  # the repeat would start in 2101: not produced


def test_a_long_repeat_stored_earlier_never_airs_past_the_last_date(two_playlists) -> None:
    from ledcast.core.db.models import Schedule
    from ledcast.core.export import schedule_rows

    ws = two_playlists
    with ws.session() as s:  # what the older code committed for --repeat 50 --gap 86400
        p = pl.find_playlist(s, "A")
        s.add(
            Schedule(
                playlist_id=p.id,
                date_from=dt.date(2100, 12, 31),
                date_to=dt.date(2100, 12, 31),
                weekdays="mon,tue,wed,thu,fri,sat,sun",
                times="23:59",
                priority="normal",
                repeat_count=50,
                repeat_gap_s=86400,
            )
        )
    day = ag.agenda(ws, dt.date(2100, 12, 31))
    assert [o.start.date() for o in day.occurrences] == [dt.date(2100, 12, 31)]
    rows = schedule_rows(pl.get_playlist(ws, "A"), ["programme.mp3"], 600.0)
    assert [r["date"] for r in rows] == ["2100-12-31"]
