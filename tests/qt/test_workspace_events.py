"""The pages talk through one channel: a change on one page shows on the others, and
switching pages without changes reloads nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.qt.events import CACHE, EXPORTS, MEDIA, Follower, WorkspaceEvents, follow
from ledcast.qt.main_window import MainWindow
from ledcast.qt.models.media_model import MediaRole, format_duration


def _followers(win: MainWindow) -> dict[str, Follower]:
    win.build_pages()  # pages are built when first shown: here every one of them
    pages = {key: win.stack.widget(i) for i, key in enumerate(win.PAGES) if hasattr(win.stack.widget(i), "events")}
    found = {}
    for key, page in pages.items():
        for child in page.children():
            if isinstance(child, Follower):
                found[key] = child
    return found


def test_switching_pages_without_changes_reloads_nothing(qtbot, workspace, english) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    followers = _followers(win)
    assert set(followers) == {"library", "playlists", "agenda", "export", "console", "airings", "reports", "settings"}
    resets: list[str] = []
    win.playlist_view.lib_model.modelReset.connect(lambda: resets.append("playlist library"))
    win.library_view.model.modelReset.connect(lambda: resets.append("library"))
    for _round in range(2):
        for key in win.PAGES:
            win.show_page(key)
    assert resets == []
    assert {key: f.reloads for key, f in followers.items()} == dict.fromkeys(followers, 0)


def test_import_shows_in_playlist_and_settings_pages(qtbot, workspace, english, media_files) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.build_pages()  # built once shown; built here before the changes behind their backs
    outlets.add_outlet(workspace, "Loa xã", "speaker")
    pl.create_playlist(workspace, "Sáng", "speaker", "Loa xã")
    win.show_page("playlists")  # nothing announced the playlist made behind the pages' backs
    assert win.playlist_view.list.count() == 0
    win.show_page("library")
    with qtbot.waitSignal(win.library_view.import_finished, timeout=60000):
        win.library_view.import_paths([str(media_files.wav)])
    # hidden pages do no work until shown
    followers = _followers(win)
    assert followers["playlists"].pending == {MEDIA} and followers["playlists"].reloads == 0
    assert followers["agenda"].pending == {MEDIA}
    win.show_page("playlists")
    assert followers["playlists"].reloads == 1 and not followers["playlists"].pending
    kinds = [
        win.playlist_view.lib_model.index(r, 0).data(MediaRole).kind
        for r in range(win.playlist_view.lib_model.rowCount())
    ]
    assert kinds == ["audio"]
    assert win.playlist_view.list.count() == 1  # the reload also shows what was made behind its back
    win.show_page("settings")
    jingles = [win.settings_view.intro_combo.itemText(i) for i in range(win.settings_view.intro_combo.count())]
    assert len(jingles) == 2  # (none) and the imported audio


def test_new_outlet_shows_in_playlist_export_and_agenda_pages(qtbot, workspace, english, monkeypatch) -> None:
    from ledcast.qt.views import outlets_view as ov

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    pl.create_playlist(workspace, "Vòng LED", "screen")
    win.show_page("outlets")
    answers = iter([True, False])

    def exec_(dlg) -> bool:  # type: ignore[no-untyped-def]
        ok = next(answers)
        if ok:
            dlg.name.setText("LED cổng")
            dlg.width.setValue(640)
            dlg.height.setValue(360)
        return ok

    monkeypatch.setattr(ov.OutletDialog, "exec", exec_)
    win.outlets_view.add_outlet()
    win.show_page("agenda")
    assert [win.agenda_view.outlet.itemText(i) for i in range(win.agenda_view.outlet.count())][1:] == ["LED cổng"]
    win.show_page("playlists")
    win.playlist_view.select(pl.get_playlist(workspace, "Vòng LED").id)
    combo = win.playlist_view.outlet_combo
    assert any("LED cổng" in combo.itemText(i) for i in range(combo.count()))
    win.playlist_view.outlet_combo.setCurrentIndex(combo.findData("LED cổng"))
    win.playlist_view._on_outlet()
    win.show_page("export")
    assert "640×360" in win.export_view.playlist_combo.currentText()
    assert (win.export_view.width_spin.value(), win.export_view.height_spin.value()) == (640, 360)


def test_schedule_change_shows_in_agenda(qtbot, workspace, english, media_files, monkeypatch, messages) -> None:
    from ledcast.qt.views.schedule_dialog import ScheduleDialog

    report = library.import_files(workspace, [media_files.wav])
    outlets.add_outlet(workspace, "Loa xã", "speaker")
    p = pl.create_playlist(workspace, "Sáng", "speaker", "Loa xã")
    pl.add_items(workspace, p.id, [m.id for m in report.added])
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    assert win.agenda_view.table.rowCount() == 0
    win.show_page("playlists")
    win.playlist_view.select(p.id)
    monkeypatch.setattr(ScheduleDialog, "exec", lambda dlg: QDialog.DialogCode.Accepted)
    win.playlist_view.add_schedule()
    win.show_page("agenda")
    assert win.agenda_view.table.rowCount() >= 1
    rows = win.agenda_view.table.rowCount()
    win.show_page("playlists")
    win.playlist_view.schedules.selectRow(0)
    win.playlist_view.remove_schedule()
    win.show_page("agenda")
    assert win.agenda_view.table.rowCount() == 0 < rows


def test_export_finished_updates_history_when_shown(qtbot, workspace, english) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    followers = _followers(win)
    win.export_view.export_finished.emit(None)  # its own page already shows the result
    assert followers["export"].reloads == 0 and not followers["export"].pending
    assert followers["settings"].pending == {EXPORTS, CACHE}  # the segment cache size
    win.show_page("settings")
    assert followers["settings"].reloads == 1


def test_events_refuse_unknown_topics_and_skip_the_sender(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    events = WorkspaceEvents()
    page, other = QWidget(), QWidget()
    qtbot.addWidget(page)
    qtbot.addWidget(other)
    seen: list[frozenset[str]] = []
    follow(page, events, {MEDIA}, seen.append)
    page.show()
    with pytest.raises(ValueError):
        events.announce(other, "medias")
    events.announce(page, MEDIA)
    events.announce(other, EXPORTS)
    assert seen == []
    events.announce(other, MEDIA, EXPORTS)
    assert seen == [frozenset({MEDIA})]


def test_a_gap_saved_in_settings_changes_the_loudspeaker_totals(qtbot, workspace, english, media_files) -> None:
    """A loudspeaker programme's length counts the gaps set in Settings (core.programme):
    saving a new gap there reaches the playlist list when it is next shown."""
    (m,) = library.import_files(workspace, [media_files.wav]).added
    pl.create_playlist(workspace, "Sáng", "speaker")
    pl.add_items(workspace, "Sáng", [m.id, m.id])
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.show_page("playlists")
    before = win.playlist_view.list.item(0).text()
    win.show_page("settings")
    win.settings_view.gap_spin.setValue(win.settings_view.gap_spin.value() + 10)
    assert win.settings_view.save_speaker() is not None
    win.show_page("playlists")
    after = win.playlist_view.list.item(0).text()
    p = pl.get_playlist(workspace, "Sáng")
    assert before != after and format_duration(pl.programme_duration(workspace, p)) in after
