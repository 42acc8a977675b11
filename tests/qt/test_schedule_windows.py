"""The GUI side of time windows and the agenda: the dialog's "play continuously"
mode stores a window; the agenda names weekdays, starts its week on Monday, shows
a window's passes and opens a row's playlist; the playlist page edits a schedule
and asks before removing one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from ledcast.core import agenda as ag
from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core.limits import Size
from ledcast.qt.main_window import MainWindow
from ledcast.qt.views.agenda_view import AgendaView
from ledcast.qt.views.schedule_dialog import ScheduleDialog

D = dt.date(2026, 12, 9)  # a Wednesday
T = dt.time
NBSP = "\u00a0"


@pytest.fixture
def board(workspace, media_files):  # type: ignore[no-untyped-def]
    image = library.import_files(workspace, [media_files.png]).added[0]
    outlets.add_outlet(workspace, "LED cổng", "screen", Size(640, 360))
    p = pl.create_playlist(workspace, "Vòng LED", "screen", "LED cổng")
    pl.add_items(workspace, "Vòng LED", [image.id] * 2, duration_s=10)  # 20 s a pass
    pl.create_playlist(workspace, "Tin", "screen", "LED cổng")
    return workspace, p.id


def _accept(monkeypatch, prepare) -> None:  # type: ignore[no-untyped-def]
    """The dialog, filled by `prepare`, accepted as if OK was pressed."""

    def exec_(dlg: ScheduleDialog) -> int:
        prepare(dlg)
        assert dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled(), dlg.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ScheduleDialog, "exec", exec_)


def _double_click(qtbot, table, pos) -> None:  # type: ignore[no-untyped-def]
    # a view takes a double-click only on the item the press before it chose, as a real double-click has
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _window(dlg: ScheduleDialog, start: QTime, end: QTime) -> None:
    dlg.date_from.setDate(QDate(D))
    dlg.date_to.setDate(QDate(D))
    dlg.in_window.setChecked(True)
    dlg.window_start.setTime(start)
    dlg.window_end.setTime(end)


def test_dialog_window_mode_counts_passes_and_refuses_a_short_window(qtbot, english) -> None:
    dlg = ScheduleDialog("normal", 20)
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _window(dlg, QTime(6, 0), QTime(22, 0))
    assert not dlg.times.isEnabled() and dlg.window_start.isEnabled()
    assert ok.isEnabled() and f"Plays 2{NBSP}880 pass(es) a day" in dlg.summary.text()
    dlg.window_end.setTime(QTime(6, 0))
    assert not ok.isEnabled() and "same time" in dlg.summary.text()
    dlg2 = ScheduleDialog("normal", 3600)  # an hour-long playlist in a 30-minute window
    qtbot.addWidget(dlg2)
    _window(dlg2, QTime(6, 0), QTime(6, 30))
    assert not dlg2.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "cannot play even once" in dlg2.summary.text()


def test_dialog_window_mode_creates_a_window_schedule(qtbot, board, english, monkeypatch, messages) -> None:
    ws, pid = board
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show_page("playlists")
    win.playlist_view.select(pid)
    _accept(monkeypatch, lambda dlg: _window(dlg, QTime(6, 0), QTime(22, 0)))
    win.playlist_view.add_schedule()
    (sc,) = pl.get_playlist(ws, pid).schedules
    assert (sc.times, sc.window_end, sc.repeat_count) == ("06:00", "22:00", 1)
    table = win.playlist_view.schedules
    assert table.item(0, 2).text() == "continuously 06:00–22:00"
    assert table.item(0, 4).text() == f"2{NBSP}880 pass(es)"
    assert messages == []


def test_agenda_names_weekdays_starts_on_monday_and_shows_passes(qtbot, board, vietnamese) -> None:
    ws, _pid = board
    ag.add_schedule(ws, "Vòng LED", date_from=D - dt.timedelta(days=2), date_to=D + dt.timedelta(days=6),
                    times=[T(6)], window_end=T(22))  # fmt: skip
    view = AgendaView(ws)
    qtbot.addWidget(view)
    view.date.setDate(QDate(D))
    assert view.table.rowCount() == 1
    assert [view.table.item(0, c).text() for c in range(4)] == ["T4", "09/12/2026", "06:00", "22:00"]
    assert view.table.item(0, 7).text() == f"2{NBSP}880 lượt"
    assert view.table.horizontalHeaderItem(0).text() == "Thứ"
    view.span.setCurrentIndex(view.span.findData(7))  # the week of Wednesday 9 December: Monday 7 to Sunday 13
    assert view.first_day() == dt.date(2026, 12, 7)
    days = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert days == ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    assert view.table.item(0, 1).text() == "07/12/2026"


def test_agenda_names_weekdays_in_english(qtbot, board, english) -> None:
    ws, _pid = board
    ag.add_schedule(ws, "Vòng LED", date_from=D, date_to=D + dt.timedelta(days=4), times=[T(6)])
    view = AgendaView(ws)
    qtbot.addWidget(view)
    view.span.setCurrentIndex(view.span.findData(7))
    view.date.setDate(QDate(D + dt.timedelta(days=4)))  # a Sunday: its week began on Monday the 7th
    assert [view.table.item(r, 0).text() for r in range(view.table.rowCount())] == ["Wed", "Thu", "Fri", "Sat", "Sun"]


def test_double_click_or_enter_on_an_agenda_row_opens_its_playlist(qtbot, board, english) -> None:
    ws, pid = board
    other = pl.get_playlist(ws, "Tin").id
    ag.add_schedule(ws, "Vòng LED", date_from=D, date_to=D, times=[T(6)])
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    win.playlist_view.select(other)
    win.show_page("agenda")
    view = win.agenda_view
    view.date.setDate(QDate(D))
    rect = view.table.visualRect(view.table.model().index(0, 5))
    _double_click(qtbot, view.table, rect.center())
    assert win.stack.currentWidget() is win.playlist_view
    assert win.playlist_view.current_id() == pid
    win.playlist_view.select(other)
    win.show_page("agenda")
    view.table.setFocus()
    view.table.setCurrentCell(0, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is win.playlist_view and win.playlist_view.current_id() == pid


def test_edit_a_schedule_and_removing_asks_first(qtbot, board, english, monkeypatch, messages) -> None:
    ws, pid = board
    ag.add_schedule(ws, "Vòng LED", date_from=D, date_to=D, times=[T(6), T(17)], repeat_count=2, repeat_gap_s=60)
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    win.show_page("playlists")
    page = win.playlist_view
    page.select(pid)
    seen: list[tuple[str, int, bool]] = []

    def to_window(dlg: ScheduleDialog) -> None:
        # opened filled with the stored rule
        seen.append((dlg.times.text(), dlg.repeat.value(), dlg.at_times.isChecked()))
        _window(dlg, QTime(7, 0), QTime(9, 0))

    _accept(monkeypatch, to_window)
    page.schedules.selectRow(0)
    rect = page.schedules.visualRect(page.schedules.model().index(0, 2))
    _double_click(qtbot, page.schedules, rect.center())
    assert seen == [("06:00, 17:00", 2, True)]
    (sc,) = pl.get_playlist(ws, pid).schedules
    assert (sc.times, sc.window_end, sc.repeat_count) == ("07:00", "09:00", 1)
    # removing asks; "No" keeps the schedule, "Yes" removes it
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        messages.append(("question", text))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.schedules.selectRow(0)
    page.schedule_section.remove_button.click()
    assert messages[-1] == ("question", "Remove the selected schedule? Its airings leave the agenda.")
    assert len(pl.get_playlist(ws, pid).schedules) == 1
    page.schedules.selectRow(0)
    page.schedule_section.remove_button.click()
    assert pl.get_playlist(ws, pid).schedules == []
    assert page.schedules.rowCount() == 0
