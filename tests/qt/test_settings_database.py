"""The Settings page's Database tab (issue 16): where the database is, moving the
workspace to a server and back (the checks of `ledcast db use`, a restart asked
for), the shared media store; the tab fits 1366×728 in Vietnamese."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from ledcast.core import shared_store
from ledcast.core.db import location
from ledcast.qt.views.settings_database import DatabaseTab
from ledcast.qt.views.settings_view import SettingsView
from tests.qt.test_screen_fit import elided_buttons, laptop_window


def _tab(qtbot, ws) -> DatabaseTab:  # type: ignore[no-untyped-def]
    view = SettingsView(ws)
    qtbot.addWidget(view)
    tab = view.tabs.widget(3)
    assert isinstance(tab, DatabaseTab)
    return tab


def test_shows_the_file_and_refuses_bad_addresses(qtbot, workspace, english) -> None:
    tab = _tab(qtbot, workspace)
    assert str(workspace.root / "ledcast.db") in tab.in_use.text() and "this PC's file" in tab.in_use.text()
    assert tab.next_start.text() == "the same" and not tab.file_button.isEnabled()
    tab.url.setText("mysql://ai@may-chu/ledcast")
    assert not tab.test_connection() and "is not a PostgreSQL address" in tab.result.text()
    tab.url.setText("postgresql://trungtam:bi-mat@may-chu/ledcast")
    assert not tab.use_server() and "PGPASSWORD" in tab.result.text()
    assert "bi-mat" not in tab.result.text() and not location.setting_path(workspace.root).exists()


def test_a_server_that_does_not_answer_is_named_and_nothing_changes(qtbot, workspace, english) -> None:
    tab = _tab(qtbot, workspace)
    tab.url.setText("postgresql://trungtam@127.0.0.1:1/ledcast")  # nothing listens on port 1
    assert not tab.use_server() and "Cannot reach the database server" in tab.result.text()
    assert not location.setting_path(workspace.root).exists()


def test_use_a_server_then_back_to_the_file(qtbot, workspace, empty_db: str, english, messages) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, workspace)
    tab.url.setText(empty_db)
    assert tab.test_connection() and "an empty database" in tab.result.text()
    assert tab.use_server()
    shown = location.shown(location.server_url(empty_db))
    assert location.saved_url(workspace.root) is not None and tab.next_start.text() == shown
    assert "Restart ledcast" in messages[-1][1] and shown in messages[-1][1]
    assert "this PC's file" in tab.in_use.text()  # this run keeps its database until the restart
    tab.url.setText(empty_db)
    assert tab.test_connection() and "a ledcast database" in tab.result.text()  # the schema was made
    assert tab.file_button.isEnabled() and tab.use_file()
    assert location.saved_url(workspace.root) is None and tab.next_start.text() == "the same"
    assert str(workspace.root / "ledcast.db") in messages[-1][1]  # the file named, not "the same"


def test_the_shared_media_store_is_saved_and_cleared(qtbot, workspace, tmp_path: Path, english) -> None:
    tab = _tab(qtbot, workspace)
    tab.share_path.setText(str(tmp_path / "missing"))
    assert not tab.save_share() and "not a folder this PC can reach" in tab.share_result.text()
    assert shared_store.shared_store(workspace.root) is None
    (tmp_path / "share").mkdir()
    tab.share_path.setText(str(tmp_path / "share"))
    assert tab.save_share() and shared_store.shared_store(workspace.root) == tmp_path / "share"
    assert tab.share_none.isEnabled()
    tab.clear_share()
    assert shared_store.shared_store(workspace.root) is None and tab.share_path.text() == ""


def test_fits_1366x728_in_vietnamese(qtbot, workspace, vietnamese) -> None:
    win = laptop_window(qtbot, workspace, "settings")
    tabs = win.findChild(SettingsView).tabs
    tabs.setCurrentIndex(3)
    QApplication.processEvents()
    tab = tabs.widget(3)
    assert tabs.tabText(3) == "Cơ sở dữ liệu"
    assert elided_buttons(win) == []
    assert tab.minimumSizeHint().height() <= tab.height() and tab.minimumSizeHint().width() <= tab.width()
    for label in tab.findChildren(QLabel):  # wrapped texts whole: each gets the height it asks for
        if label.isVisibleTo(tab) and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_import_summary_names_files_not_copied_to_the_share(qtbot, workspace, tmp_path: Path, vietnamese) -> None:
    from media_factory import make_wav

    from ledcast.core import library
    from ledcast.qt.views.library_view import LibraryView

    (tmp_path / "share").mkdir()
    shared_store.save_shared_store(workspace.root, tmp_path / "share")
    (tmp_path / "share").rmdir()  # the network drive went away
    report = library.import_files(workspace, [make_wav(tmp_path, "ban-tin.wav", seconds=0.5)])
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    _head, details = view.summary_text(report)
    assert "ban-tin.wav" in details and "chưa chép được vào kho tư liệu dùng chung" in details


def test_preview_fetches_from_the_share_and_says_when_it_cannot(qtbot, workspace, tmp_path: Path, english) -> None:
    from ledcast.core import slide_media
    from ledcast.core.limits import Size
    from ledcast.core.slides import SlideSource
    from ledcast.qt.views.preview import PreviewPane

    (tmp_path / "share").mkdir()
    shared_store.save_shared_store(workspace.root, tmp_path / "share")
    slide, _ = slide_media.add_slide(workspace, SlideSource(title="Lịch tiếp dân"), Size(384, 192))
    local = workspace.path(slide.store_path)
    local.unlink()  # imported on another PC: only on the share
    pane = PreviewPane(workspace.root)
    qtbot.addWidget(pane)
    pane.show_media(slide)
    assert local.is_file() and pane._pixmap is not None and not pane._pixmap.isNull()
    local.unlink()
    shared_store.shared_path(tmp_path / "share", slide.store_path).unlink()
    pane.show_media(slide)
    assert "neither in this PC's store nor in the shared media store" in pane.facts.text()
