"""The play-out engine (issue 14) with a fake clock and the clock-paced null output:
scheduled programmes start at their times and are logged for the agenda, an
emergency interrupts and the interrupted programme resumes at its item, a screen
programme plays in a window at its outlet's region and is logged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from ledcast.core import agenda, library
from ledcast.core import playlist as pl
from ledcast.core.agenda_status import AIRED, agenda_status, local_to_utc
from ledcast.core.limits import Size
from ledcast.core.outlet_playout import save_outlet_playout
from ledcast.core.outlets import add_outlet
from ledcast.core.playout import Action
from ledcast.core.playout_runner import Runner
from ledcast.core.screen_items import Region
from ledcast.qt.playout_engine import PlayoutEngine
from ledcast.qt.screen_window import ScreenWindow

from .playout_helpers import LOA, FakeClock, airing_rows, minute


@pytest.fixture
def ws(playout_ws):  # type: ignore[no-untyped-def]
    return playout_ws


def _engine(qtbot, ws, clock: FakeClock, **kwargs) -> PlayoutEngine:  # type: ignore[no-untyped-def]
    engine = PlayoutEngine(ws, Runner(ws, clock), **kwargs)
    engine.set_auto(True)
    engine.wait_rendered()
    return engine


def test_a_scheduled_programme_starts_at_its_time_and_is_logged_as_aired(qapp, qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    start = minute()
    agenda.add_schedule(ws, "Phát thanh thử", date_from=start.date(), date_to=start.date(), times=[start.time()])
    clock = FakeClock(start - dt.timedelta(seconds=2))
    engine = _engine(qtbot, ws, clock)
    lines: list[str] = []
    engine.message.connect(lines.append)
    assert engine.tick() == [] and engine.state(LOA).idle
    (nxt,) = engine.next_programmes(1)
    assert nxt.playlist_name == "Phát thanh thử" and nxt.due == start
    qtbot.waitUntil(lambda: engine._prepared != {}, timeout=30000)  # rendered ahead of its time
    clock.at = start
    (d,) = engine.tick()
    assert d.action == Action.START
    assert "Phát thanh thử" in lines[0]
    qtbot.waitUntil(lambda: engine.state(LOA).index == 1, timeout=30000)
    st = engine.state(LOA)
    assert (st.programme, st.count, st.item_title, st.next_title) == ("Phát thanh thử", 3, "Bản tin 2", "Bản tin 3")
    assert st.scheduled_at == start and not st.preparing
    qtbot.waitUntil(lambda: engine.state(LOA).idle, timeout=30000)
    rows = airing_rows(ws)
    assert [r.media_title for r in rows] == ["Bản tin 1", "Bản tin 2", "Bản tin 3"]
    assert {r.recorded_how for r in rows} == {"playout"}
    assert {r.scheduled_at for r in rows} == {local_to_utc(start)}
    assert {(r.playlist_name, r.outlet_name) for r in rows} == {("Phát thanh thử", LOA)}
    occ = agenda.agenda(ws, start.date(), 1).occurrences[0]
    assert agenda_status(ws, [occ], occ.end) == {occ: AIRED}
    engine.shutdown()


def test_an_emergency_interrupts_and_the_programme_resumes_at_its_item(qapp, qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    first = pl.get_playlist(ws, "Phát thanh thử").items[0].media_id
    pl.create_playlist(ws, "Báo bão", "speaker", outlet=LOA)
    pl.add_items(ws, "Báo bão", [first])
    start = minute()
    agenda.add_schedule(ws, "Phát thanh thử", date_from=start.date(), date_to=start.date(), times=[start.time()])
    clock = FakeClock(start)
    engine = _engine(qtbot, ws, clock)
    actions: list[Action] = []
    original = engine._carry_out
    engine._carry_out = lambda d: (actions.append(d.action), original(d))  # type: ignore[method-assign]
    engine.tick()
    qtbot.waitUntil(lambda: engine.state(LOA).index == 1 and engine.state(LOA).elapsed_s > 0.05, timeout=30000)
    engine.emergency(LOA, "Báo bão")
    assert engine.state(LOA).programme == "Báo bão"
    qtbot.waitUntil(lambda: engine.state(LOA).programme == "Phát thanh thử", timeout=30000)  # a tick resumed it
    assert engine.state(LOA).index == 1
    qtbot.waitUntil(lambda: engine.state(LOA).idle, timeout=30000)
    assert Action.INTERRUPT in actions and Action.RESUME in actions
    rows = [(r.media_title, r.playlist_name, r.scheduled_at, r.priority) for r in airing_rows(ws)]
    at = local_to_utc(start)
    # item 2 was cut at once (below the share): not logged then, aired again on resume; the
    # normal playlist sent as an emergency is logged at the level it aired
    assert rows == [
        ("Bản tin 1", "Phát thanh thử", at, "normal"),
        ("Bản tin 1", "Báo bão", None, "emergency"),
        ("Bản tin 2", "Phát thanh thử", at, "normal"),
        ("Bản tin 3", "Phát thanh thử", at, "normal"),
    ]
    occ = agenda.agenda(ws, start.date(), 1).occurrences[0]
    assert agenda_status(ws, [occ], occ.end) == {occ: AIRED}
    engine.shutdown()


def test_play_now_pause_skip_stop_and_manual_rows_have_no_scheduled_time(qapp, qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    engine = PlayoutEngine(ws, Runner(ws, FakeClock(dt.datetime.now())))
    assert engine.auto is False  # off until the operator turns it on; remembered
    engine.play_now(LOA, "Phát thanh thử")
    assert engine.state(LOA).preparing
    qtbot.waitUntil(lambda: engine.state(LOA).item_title == "Bản tin 1", timeout=30000)
    engine.pause(LOA)
    assert engine.state(LOA).paused
    held = engine.state(LOA).elapsed_s
    qtbot.wait(300)
    assert engine.state(LOA).elapsed_s == held
    engine.resume(LOA)
    engine.skip(LOA)  # Bản tin 1 cut early: not logged
    assert engine.state(LOA).item_title == "Bản tin 2"
    qtbot.waitUntil(lambda: engine.state(LOA).item_title == "Bản tin 3", timeout=30000)
    engine.stop(LOA)
    assert engine.state(LOA).idle
    rows = airing_rows(ws)
    assert [(r.media_title, r.scheduled_at) for r in rows] == [("Bản tin 2", None)]
    engine.set_auto(True)
    engine.shutdown()
    again = PlayoutEngine(ws, Runner(ws, FakeClock(dt.datetime.now())))
    assert again.auto is True
    again.shutdown()


def _screen_playlist(ws, folder: Path) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for name, colour in (("Đỏ", (220, 20, 30)), ("Xanh", (20, 200, 40))):
        path = folder / f"{name}.png"
        Image.new("RGB", (64, 32), colour).save(path)
        (m,) = library.import_files(ws, [path], task_codes=["NV3"]).added
        ids.append(m.id)
    library.set_approval(ws, ids, "approved", by="Nguyễn Văn A")
    add_outlet(ws, "Bảng chợ", "screen", size=Size(64, 32))
    pl.create_playlist(ws, "Màn hình chợ", "screen", outlet="Bảng chợ")
    pl.add_items(ws, "Màn hình chợ", ids, duration_s=1)
    save_outlet_playout(ws, "Bảng chợ", region=Region(10, 20, 64, 32))


def test_a_screen_programme_plays_at_its_outlets_region_and_is_logged(qapp, qtbot, ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _screen_playlist(ws, tmp_path)
    start = minute()
    agenda.add_schedule(ws, "Màn hình chợ", date_from=start.date(), date_to=start.date(), times=[start.time()])
    engine = _engine(qtbot, ws, FakeClock(start), outlets=["Bảng chợ"])
    assert engine.outlets() == ["Bảng chợ"]
    engine.tick()
    window = engine._slots["Bảng chợ"].player
    assert isinstance(window, ScreenWindow) and window.isVisible()
    g = window.geometry()
    assert (g.x(), g.y(), g.width(), g.height()) == (10, 20, 64, 32)
    assert engine.state("Bảng chợ").item_title == "Đỏ"
    qtbot.waitUntil(lambda: engine.state("Bảng chợ").idle, timeout=6000)
    rows = airing_rows(ws)
    assert [(r.media_title, r.outlet_kind, r.scheduled_at) for r in rows] == [
        ("Đỏ", "screen", local_to_utc(start)),
        ("Xanh", "screen", local_to_utc(start)),
    ]
    assert all(r.task_codes == "NV3" and r.recorded_how == "playout" for r in rows)
    occ = agenda.agenda(ws, start.date(), 1).occurrences[0]
    assert agenda_status(ws, [occ], occ.end) == {occ: AIRED}
    engine.shutdown()


def test_a_time_window_loops_and_stops_at_its_end(qapp, qtbot, ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _screen_playlist(ws, tmp_path)
    start = minute()
    end = start + dt.timedelta(minutes=2)
    agenda.add_schedule(
        ws, "Màn hình chợ", date_from=start.date(), date_to=start.date(), times=[start.time()], window_end=end.time()
    )
    clock = FakeClock(start + dt.timedelta(seconds=30))  # joined while open, though not at its start
    engine = _engine(qtbot, ws, clock, outlets=["Bảng chợ"])  # turning auto on ticks at once: it starts
    assert engine.state("Bảng chợ").programme == "Màn hình chợ"
    window = engine._slots["Bảng chợ"].player
    assert isinstance(window, ScreenWindow) and window.loop
    qtbot.waitUntil(lambda: len(airing_rows(ws)) >= 3, timeout=8000)  # Đỏ, Xanh, Đỏ again: it loops
    clock.at = end
    engine.tick()
    assert engine.state("Bảng chợ").idle and not window.isVisible()
    titles = [r.media_title for r in airing_rows(ws)]
    assert titles[:3] == ["Đỏ", "Xanh", "Đỏ"]
    engine.shutdown()


def test_a_missed_programme_is_reported_and_not_started(qapp, qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    start = minute() - dt.timedelta(minutes=10)
    agenda.add_schedule(ws, "Phát thanh thử", date_from=start.date(), date_to=start.date(), times=[start.time()])
    engine = PlayoutEngine(ws, Runner(ws, FakeClock(minute())))
    lines: list[str] = []
    engine.message.connect(lines.append)
    engine.set_auto(True)
    assert engine.tick() == [] and engine.state(LOA).idle
    assert [(p.playlist_name, p.due) for p in engine.missed()] == [("Phát thanh thử", start)]
    assert f"{start:%d/%m %H:%M}" in lines[0] and "Phát thanh thử" in lines[0]  # one line, in the UI language
    assert airing_rows(ws) == []
    engine.shutdown()


def test_a_schedule_added_while_running_is_read_again_and_rendered_ahead(qapp, qtbot, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ledcast.qt import playout_engine

    later = minute() + dt.timedelta(minutes=30)
    engine = _engine(qtbot, ws, FakeClock(minute()))
    assert engine.next_programmes() == [] and engine._prepared == {}
    agenda.add_schedule(ws, "Phát thanh thử", date_from=later.date(), date_to=later.date(), times=[later.time()])
    monkeypatch.setattr(playout_engine, "RELOAD_S", 0.0)  # as if five minutes went by
    engine.tick()
    assert [p.due for p in engine.next_programmes()] == [later]
    qtbot.waitUntil(lambda: list(engine._prepared) == [(engine.next_programmes()[0].playlist_id, LOA)], timeout=30000)
    engine.shutdown()


def test_an_emergency_of_one_item_interrupts_and_is_logged_without_a_playlist(qapp, qtbot, ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.errors import LedcastError

    last = pl.get_playlist(ws, "Phát thanh thử").items[2].media_id
    engine = _engine(qtbot, ws, FakeClock(dt.datetime.now()))
    engine.play_now(LOA, "Phát thanh thử")
    qtbot.waitUntil(lambda: engine.state(LOA).item_title == "Bản tin 2", timeout=30000)
    engine.emergency(LOA, media=last)
    qtbot.waitUntil(lambda: engine.state(LOA).programme == "Bản tin 3", timeout=30000)
    qtbot.waitUntil(lambda: engine.state(LOA).idle, timeout=30000)  # a manual play is not resumed
    rows = [(r.media_title, r.playlist_name, r.priority, r.scheduled_at) for r in airing_rows(ws)]
    assert rows == [("Bản tin 1", "Phát thanh thử", "normal", None), ("Bản tin 3", None, "emergency", None)]
    _screen_playlist(ws, tmp_path)
    errors: list[str] = []
    engine.error.connect(errors.append)
    engine.emergency(LOA, media=pl.get_playlist(ws, "Màn hình chợ").items[0].media_id)  # a picture on loudspeakers
    qtbot.waitUntil(lambda: len(errors) >= 1, timeout=30000)  # at once, or from the render
    qtbot.wait(1500)  # the next tick does not try it again
    assert engine.state(LOA).idle and len(errors) == 1, errors
    with pytest.raises(LedcastError):
        engine.emergency("Không có", "Phát thanh thử")
    engine.shutdown()


def test_an_engine_let_go_is_gone_with_its_players(qapp, qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    """The connections of the engine's players hold no strong reference to it. One did: the
    engine outlived every reference of its own, until a finished player's deferred deletion
    dropped the last one; the engine's deletion then deleted that player a second time and
    the process crashed in ~QObject (seen after the first test of this file in CI)."""
    import weakref

    from PySide6.QtWidgets import QApplication

    engine = PlayoutEngine(ws, Runner(ws, FakeClock(dt.datetime.now())))
    engine.play_now(LOA, "Phát thanh thử")
    gone = weakref.ref(engine)
    qtbot.waitUntil(lambda: gone().state(LOA).item_title == "Bản tin 1", timeout=15000)  # a player on air
    del engine  # without shutdown(), as a window closed in a hurry would
    assert gone() is None  # freed at once, its players with it (the collector is off in these tests)
    QApplication.processEvents()
    qtbot.wait(1500)  # no timer of a player left behind fires


def test_a_screen_window_goes_with_its_engine(qapp, qtbot, ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shiboken6
    from PySide6.QtWidgets import QApplication

    _screen_playlist(ws, tmp_path)
    engine = PlayoutEngine(ws, Runner(ws, FakeClock(dt.datetime.now())), outlets=["Bảng chợ"])
    engine.play_now("Bảng chợ", "Màn hình chợ")
    window = engine._slots["Bảng chợ"].player
    assert isinstance(window, ScreenWindow) and window.isVisible()
    del engine  # without shutdown(): a window is no Qt child of the engine, yet it must not stay on
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
