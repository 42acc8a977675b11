"""Refusals that explain themselves: the greyed Export button, files dropped on a
playlist that cannot play them, removing library items that playlists use, and
an Open folder that cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core.limits import Size
from ledcast.qt.main_window import MainWindow
from ledcast.qt.models.media_model import MediaTableModel
from ledcast.qt.views import export_view as ev
from ledcast.qt.views.export_view import ExportView
from ledcast.qt.views.library_view import LibraryView
from ledcast.qt.widgets import open_folder


@pytest.fixture
def stocked(workspace, media_files):  # type: ignore[no-untyped-def]
    report = library.import_files(workspace, media_files.good)
    media = {m.kind: m for m in report.added}
    outlets.add_outlet(workspace, "LED chợ", "screen", Size(160, 90))
    pl.create_playlist(workspace, "Vòng LED chợ", "screen", "LED chợ")
    pl.create_playlist(workspace, "Bản tin sáng", "speaker")
    pl.create_playlist(workspace, "Bản tin tối", "speaker")
    pl.add_items(workspace, "Vòng LED chợ", [media["image"].id])
    pl.add_items(workspace, "Bản tin sáng", [media["audio"].id])
    pl.add_items(workspace, "Bản tin tối", [media["audio"].id])
    return workspace, media


# --- export button -------------------------------------------------------------------


def test_greyed_export_button_says_why(qtbot, workspace, stocked, english, tmp_path, monkeypatch) -> None:
    path = tmp_path / "settings.ini"
    monkeypatch.setattr(ev, "QSettings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
    view = ExportView(workspace)
    qtbot.addWidget(view)
    view.show()
    reason = view.options_box.export_reason
    assert not view.export_button.isEnabled()
    assert reason.isVisible() and "folder" in reason.text()
    assert view.export_button.toolTip() == reason.text()
    view.dest_edit.setText(str(tmp_path / "usb"))
    assert view.export_button.isEnabled() and not reason.isVisible() and view.export_button.toolTip() == ""
    view.dest_edit.setText("  ")
    assert not view.export_button.isEnabled() and reason.isVisible()


def test_greyed_export_button_without_playlists(qtbot, workspace, english, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ev, "QSettings", lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    view = ExportView(workspace)
    qtbot.addWidget(view)
    view.dest_edit.setText(str(tmp_path))
    assert not view.export_button.isEnabled()
    assert view.export_button.toolTip() == "Choose a playlist to export."


# --- drops on a playlist -------------------------------------------------------------


def _drop(widget, paths: list[Path]) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """Drag files over `widget` and drop them, as the file manager would: (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_audio_dropped_on_a_screen_playlist_is_refused_on_the_page(
    qtbot, workspace, stocked, english, media_files, tmp_path
) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.show_page("playlists")
    page = win.playlist_view
    page.select(pl.get_playlist(workspace, "Vòng LED chợ").id)
    imports: list[list[str]] = []
    page.drops.import_requested.connect(imports.append)
    new_audio = tmp_path / "thong-bao.wav"
    new_audio.write_bytes(media_files.wav.read_bytes())
    # the items table does not take files: they reach the page, which refuses them
    assert _drop(page.items_view.viewport(), [new_audio]) == (True, True)
    assert win.stack.currentWidget() is page  # no switch to the library, no import
    assert imports == [] and page.drops.note.isVisible()
    assert "thong-bao.wav" in page.drops.note.text() and "screen playlists take pictures" in page.drops.note.text()
    assert len(library.list_media(workspace)) == 3

    # a picture on a loudspeaker playlist likewise; a playable file goes on to the library import
    page.select(pl.get_playlist(workspace, "Bản tin sáng").id)
    refused = page.drops.dropped([str(media_files.png), str(new_audio)])
    assert len(refused) == 1 and "loudspeaker playlists take audio only" in refused[0]
    assert imports == [[str(new_audio)]]


def test_files_dropped_elsewhere_still_import(qtbot, workspace, english) -> None:
    win = MainWindow(workspace)  # no playlist: the page does not take the drop, the window imports
    qtbot.addWidget(win)
    win.show_page("playlists")
    assert win.playlist_view.drops.dropped(["/tmp/x.wav"]) == []
    assert not win.playlist_view.drops.note.isVisible()


# --- library: used in, remove --------------------------------------------------------


def test_library_shows_where_each_item_is_used(qtbot, workspace, stocked, vietnamese) -> None:
    _ws, media = stocked
    assert library.playlists_using(workspace) == {
        media["image"].id: ["Vòng LED chợ"],
        media["audio"].id: ["Bản tin sáng", "Bản tin tối"],
    }
    assert library.playlists_using(workspace, [media["video"].id]) == {}
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    col = MediaTableModel.COLUMNS.index("used_in")
    assert view.model.headerData(col, Qt.Orientation.Horizontal) == "Dùng trong"
    shown = {view.proxy.index(r, 0).data(): view.proxy.index(r, col).data() for r in range(view.proxy.rowCount())}
    assert shown[media["audio"].title] == "Bản tin sáng, Bản tin tối"
    assert shown[media["video"].title] == ""
    # a playlist change on another page shows here
    pl.add_items(workspace, "Vòng LED chợ", [media["video"].id])
    view.events.announce(None, "playlists")
    view.events.page_shown(view)
    shown = {view.proxy.index(r, 0).data(): view.proxy.index(r, col).data() for r in range(view.proxy.rowCount())}
    assert shown[media["video"].title] == "Vòng LED chợ"


def _select(view: LibraryView, ids: set[int]) -> None:
    view._select_ids(ids)
    assert {m.id for m in view.selected_media()} == ids


def test_removing_used_items_names_the_playlists_first(qtbot, workspace, stocked, english, messages) -> None:
    _ws, media = stocked
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    _select(view, {media["audio"].id})
    view.remove_selected()
    assert len(messages) == 1 and messages[0][0] == "warning"  # refused, nothing asked
    assert "Bản tin sáng, Bản tin tối" in messages[0][1] and media["audio"].title in messages[0][1]
    assert len(library.list_media(workspace)) == 3

    messages.clear()
    _select(view, {media["audio"].id, media["video"].id})
    view.remove_selected()  # asks about the unused one, naming the kept one and its playlists
    assert [k for k, _ in messages] == ["question"]
    assert "Remove 1 item(s)" in messages[0][1] and "Kept, because playlists use them" in messages[0][1]
    assert "Bản tin sáng, Bản tin tối" in messages[0][1]
    assert {m.kind for m in library.list_media(workspace)} == {"audio", "image"}


# --- open folder ---------------------------------------------------------------------


def test_open_folder_says_when_it_cannot(qtbot, english, messages, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    assert not open_folder(parent, tmp_path / "gone")
    assert messages[-1][0] == "information" and "is not there any more" in messages[-1][1]
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    assert not open_folder(parent, tmp_path)
    assert messages[-1][0] == "warning" and str(tmp_path) in messages[-1][1]
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    assert open_folder(parent, tmp_path) and len(messages) == 2
