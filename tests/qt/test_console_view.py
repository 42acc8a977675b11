"""The Play-out page (issue 14, the console): an outlet's card plays a playlist and
shows it, the airings are logged and announced; Stop, Emergency…, Auto play-out
(remembered, a due programme starts), a missed programme started by hand, the
clock warning, and the page on a 1366×728 screen in Vietnamese."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from ledcast.core import agenda
from ledcast.core import playlist as pl
from ledcast.core.agenda_status import local_to_utc
from ledcast.core.playout_runner import Runner
from ledcast.core.settings import read_prefixed
from ledcast.qt.events import AIRINGS, WorkspaceEvents
from ledcast.qt.playout_engine import PlayoutEngine
from ledcast.qt.views.console_emergency import EmergencyDialog
from ledcast.qt.views.console_view import ConsoleView

from .playout_helpers import LOA, PROGRAMME, FakeClock, airing_rows, minute


@pytest.fixture
def ws(playout_ws):  # type: ignore[no-untyped-def]
    return playout_ws


@pytest.fixture
def console(qtbot, ws):  # type: ignore[no-untyped-def]
    """The page with its engine on a fake clock (set `view.clock.at`); shut down afterwards."""
    clock = FakeClock(dt.datetime.now())
    events = WorkspaceEvents()
    announced: list[frozenset[str]] = []
    events.changed.connect(lambda topics, _source: announced.append(topics))
    view = ConsoleView(ws, events, lambda w, parent: PlayoutEngine(w, Runner(w, clock), parent=parent))
    view.clock, view.announced = clock, announced  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    yield view
    view.shutdown()


def test_play_on_an_outlet_shows_the_item_and_progress_logs_and_announces(qapp, qtbot, console, english) -> None:  # type: ignore[no-untyped-def]
    console.show()
    assert console.engine is not None and list(console.cards) == [LOA]
    card = console.cards[LOA]
    assert card.now.text() == "Not playing" and not card.stop_button.isEnabled()
    assert card.playlists.currentText() == PROGRAMME
    card.play_button.click()
    qtbot.waitUntil(lambda: "Item 1 of 3: <b>Bản tin 1</b>" in card.now.text(), timeout=20000)
    seen: list[tuple[str, str, str]] = []

    def moving() -> bool:  # read together: the 0.6 s items move on between two reads
        if card.progress.value() > 0 and "Item 1 of 3" in card.now.text():
            seen.append((card.time.text(), card.next.text(), str(card.pause_button.isEnabled())))
        return bool(seen)

    console.timer.setInterval(50)  # the page refreshes each second; a tenth of an item here
    qtbot.waitUntil(moving, timeout=5000)
    time_text, next_text, pausable = seen[0]
    assert "left)" in time_text and next_text == "Next: Bản tin 2" and pausable == "True"
    qtbot.waitUntil(lambda: card.now.text() == "Not playing", timeout=10000)
    rows = airing_rows(console.ws)
    assert [(r.media_title, r.recorded_how, r.outlet_name) for r in rows] == [
        ("Bản tin 1", "playout", LOA),
        ("Bản tin 2", "playout", LOA),
        ("Bản tin 3", "playout", LOA),
    ]
    assert console.announced.count(frozenset({AIRINGS})) == 3


def test_stop_stops_and_pause_holds(qapp, qtbot, console, english) -> None:  # type: ignore[no-untyped-def]
    console.show()
    card = console.cards[LOA]
    card.play_button.click()
    assert "Preparing the sound" in card.now.text() and card.stop_button.isEnabled()  # its pieces render first
    assert not card.pause_button.isEnabled()
    qtbot.waitUntil(lambda: "Item 1 of 3" in card.now.text(), timeout=10000)
    card.pause_button.click()
    assert "paused" in card.now.text() and card.pause_button.text() == "Resume"
    card.pause_button.click()
    assert card.pause_button.text() == "Pause"
    card.stop_button.click()
    assert card.now.text() == "Not playing" and console.engine.state(LOA).idle
    assert card.progress.value() == 0 and card.time.text() == ""
    assert airing_rows(console.ws) == []  # Bản tin 1 was cut early: nothing logged


def test_emergency_dialog_airs_the_chosen_playlist_or_item(
    qapp, qtbot, console, monkeypatch, messages, english
) -> None:  # type: ignore[no-untyped-def]
    first = pl.get_playlist(console.ws, PROGRAMME).items[0].media_id
    pl.create_playlist(console.ws, "Báo bão", "speaker")
    pl.add_items(console.ws, "Báo bão", [first])
    chosen: dict[str, object] = {"playlist": "Báo bão"}

    def exec_(dlg: EmergencyDialog) -> int:
        dlg.outlet.setCurrentIndex(dlg.outlet.findData(LOA))
        if chosen.get("item"):
            dlg.by_item.setChecked(True)
            dlg.item.setCurrentIndex(dlg.item.findText(str(chosen["item"])))
        else:
            dlg.playlist.setCurrentIndex(dlg.playlist.findText(str(chosen["playlist"])))
        assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EmergencyDialog, "exec", exec_)
    console.show()
    card = console.cards[LOA]
    card.play_button.click()
    qtbot.waitUntil(lambda: "Item 1 of 3" in card.now.text(), timeout=10000)
    console.emergency_button.click()
    assert messages[-1][0] == "question" and "Báo bão" in messages[-1][1] and LOA in messages[-1][1]
    state = console.engine.state(LOA)
    assert state.programme == "Báo bão" and state.priority == "emergency"
    qtbot.waitUntil(lambda: "Báo bão" in card.now.text() and "Emergency" in card.now.text(), timeout=10000)
    qtbot.waitUntil(lambda: console.engine.state(LOA).idle, timeout=10000)
    assert [(r.media_title, r.playlist_name) for r in airing_rows(console.ws)] == [("Bản tin 1", "Báo bão")]
    chosen["item"] = "Bản tin 3"  # one approved library item
    console.emergency_button.click()
    assert console.engine.state(LOA).programme == "Bản tin 3"
    qtbot.waitUntil(lambda: console.engine.state(LOA).idle, timeout=10000)
    assert [(r.media_title, r.playlist_name) for r in airing_rows(console.ws)][-1] == ("Bản tin 3", None)


def test_auto_play_out_is_remembered_and_starts_a_due_programme(qapp, qtbot, console, ws, english) -> None:  # type: ignore[no-untyped-def]
    start = minute() + dt.timedelta(minutes=1)
    agenda.add_schedule(ws, PROGRAMME, date_from=start.date(), date_to=start.date(), times=[start.time()])
    console.clock.at = start - dt.timedelta(seconds=2)
    console.show()
    assert not console.auto.isChecked()
    console.auto.setChecked(True)
    assert read_prefixed(ws, "playout.")["auto"] is True
    assert console.engine.auto
    console.refresh()
    table = console.next_table
    assert [table.item(0, c).text() for c in range(4)] == [f"{start:%d/%m %H:%M}", LOA, PROGRAMME, "Normal"]
    console.clock.at = start
    qtbot.waitUntil(lambda: console.engine.state(LOA).programme == PROGRAMME, timeout=5000)  # its own timer
    assert "(scheduled" in console.cards[LOA].now.text() or "Preparing" in console.cards[LOA].now.text()
    qtbot.waitUntil(lambda: console.engine.state(LOA).idle, timeout=10000)
    assert {r.scheduled_at for r in airing_rows(ws)} == {local_to_utc(start)}
    assert any(PROGRAMME in console.log.item(i).text() for i in range(console.log.count()))
    # the next start of the app: the setting brings the engine up without opening the page
    again = ConsoleView(ws, WorkspaceEvents())
    qtbot.addWidget(again)
    again.start_if_auto()
    assert again.engine is not None and again.engine.auto and again.auto.isChecked()
    again.shutdown()


def test_a_missed_programme_starts_on_request_and_the_clock_warning_shows(qapp, qtbot, console, ws, english) -> None:  # type: ignore[no-untyped-def]
    start = minute() - dt.timedelta(minutes=10)
    agenda.add_schedule(ws, PROGRAMME, date_from=start.date(), date_to=start.date(), times=[start.time()])
    console.clock.at = minute()
    console.show()
    console.auto.setChecked(True)
    console.refresh()
    assert console.missed_table.rowCount() == 1 and console.missed_table.item(0, 2).text() == PROGRAMME
    assert not console.start_late_button.isEnabled()
    console.missed_table.selectRow(0)
    console.start_late_button.click()
    qtbot.waitUntil(lambda: console.engine.state(LOA).programme == PROGRAMME, timeout=5000)
    assert console.missed_table.rowCount() == 0
    qtbot.waitUntil(lambda: console.engine.state(LOA).idle, timeout=10000)
    assert {r.scheduled_at for r in airing_rows(ws)} == {local_to_utc(start)}
    assert console.clock_banner.isHidden()
    console.clock.at = minute() - dt.timedelta(hours=2)  # someone set the PC's clock back
    console.engine.tick()
    console.refresh()
    assert console.clock_banner.isVisible() and "clock" in console.clock_banner.text()


def test_the_page_fits_1366x728_in_vietnamese_while_playing(qapp, qtbot, ws, vietnamese, messages) -> None:  # type: ignore[no-untyped-def]
    from .test_screen_fit import elided_buttons, laptop_window

    win = laptop_window(qtbot, ws, "console")
    card = win.console_view.cards[LOA]
    card.play_button.click()
    qtbot.waitUntil(lambda: "Bản tin 1" in card.now.text(), timeout=10000)
    assert "Mục 1/3" in card.now.text()  # in Vietnamese
    QApplication.processEvents()
    assert elided_buttons(win) == []
    assert card.isVisible() and card.play_button.isVisible() and win.console_view.emergency_button.isVisible()
    win.close()  # on air: asked, then stopped cleanly
    assert messages and messages[-1][0] == "question" and win.console_view.engine is None


def test_a_schedule_saved_on_another_page_reaches_the_engine(qapp, qtbot, console, ws, english) -> None:  # type: ignore[no-untyped-def]
    from ledcast.qt.events import SCHEDULES

    console.show()
    assert console.engine.next_programmes() == [] and console.next_table.rowCount() == 0
    later = minute() + dt.timedelta(minutes=30)
    agenda.add_schedule(ws, PROGRAMME, date_from=later.date(), date_to=later.date(), times=[later.time()])
    console.hide()  # another page is shown; automatic play-out must still know
    console.events.announce(None, SCHEDULES)  # as the Playlists page does after saving
    assert [p.due for p in console.engine.next_programmes()] == [later]
    assert console.next_table.item(0, 2).text() == PROGRAMME


def test_an_error_shows_in_the_banner_and_the_operators_actions_in_the_messages(
    qapp, qtbot, console, ws, english
) -> None:  # type: ignore[no-untyped-def]
    pl.create_playlist(ws, "Trống", "speaker", outlet=LOA)  # nothing in it: it cannot air
    console.show()
    card = console.cards[LOA]
    card.load_playlists()
    card.playlists.setCurrentIndex(card.playlists.findText("Trống"))
    card.play_button.click()
    qtbot.waitUntil(lambda: console.error_banner.isVisible(), timeout=10000)
    assert console.error_text.text() and console.engine.state(LOA).idle
    lines = [console.log.item(i).text() for i in range(console.log.count())]
    assert any("“Trống” played by the operator" in t for t in lines)
    assert any(console.error_text.text() in t for t in lines)
    console.error_banner.findChild(QPushButton).click()
    assert console.error_banner.isHidden()


def test_the_engine_starts_with_the_window_when_auto_was_left_on(qapp, qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.settings import store_prefixed
    from ledcast.qt.main_window import MainWindow

    win = MainWindow(ws)
    qtbot.addWidget(win)
    assert win.console_view.engine is None  # started when the page is first shown
    win.close()
    store_prefixed(ws, "playout.", {"auto": True})
    again = MainWindow(ws)
    qtbot.addWidget(again)
    assert again.console_view.engine is not None and again.console_view.engine.auto
    again.close()
    assert again.console_view.engine is None  # shut down with the window


def test_the_emergency_dialog_lists_what_the_outlet_can_play_and_fits_in_vietnamese(qtbot, ws, vietnamese) -> None:  # type: ignore[no-untyped-def]
    from .test_screen_fit import AVAILABLE, elided_buttons

    pl.create_playlist(ws, "Báo bão", "speaker")
    dlg = EmergencyDialog(ws, {LOA: "speaker"})
    qtbot.addWidget(dlg)
    dlg.show()
    QApplication.processEvents()
    assert elided_buttons(dlg) == [] and dlg.width() <= AVAILABLE[0]
    assert [dlg.playlist.itemText(i) for i in range(dlg.playlist.count())] == [PROGRAMME, "Báo bão"]  # its own first
    assert sorted(dlg.item.itemText(i) for i in range(dlg.item.count())) == ["Bản tin 1", "Bản tin 2", "Bản tin 3"]
    assert not dlg.item.isEnabled()
    dlg.by_item.setChecked(True)
    assert dlg.item.isEnabled() and not dlg.playlist.isEnabled()
    assert dlg.choice() == (LOA, None, dlg.item.currentData())


def test_an_outlet_added_elsewhere_gets_its_card_once_nothing_plays(qapp, qtbot, console, ws, english) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.outlets import add_outlet
    from ledcast.qt.events import OUTLETS

    console.show()
    card = console.cards[LOA]
    card.play_button.click()
    qtbot.waitUntil(lambda: "Item 1 of 3" in card.now.text(), timeout=10000)
    add_outlet(ws, "Loa thôn Đông", "speaker")
    console.hide()  # the engine follows even while another page is shown
    console.events.announce(None, OUTLETS)
    assert list(console.cards) == [LOA]  # not while something is on air
    qtbot.waitUntil(lambda: list(console.cards) == ["Loa thôn Đông", LOA], timeout=10000)
    assert console.engine.outlets() == ["Loa thôn Đông", LOA] and not console.no_outlets.isVisibleTo(console)
