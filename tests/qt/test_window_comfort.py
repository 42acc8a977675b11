"""What the main window remembers (size, place, last page, splitters), its shortcuts and
menu, the About dialog; pages built on first use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QSplitter

from ledcast import __version__
from ledcast.qt import window_state
from ledcast.qt.about_dialog import AboutDialog
from ledcast.qt.main_window import DEFAULT_SIZE, MainWindow

AVAILABLE = (1366, 728)


def _window(qtbot, ws) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ws)
    qtbot.addWidget(win)
    return win


def test_size_place_last_page_and_splitters_come_back(qtbot, workspace, english, _isolated_qsettings) -> None:
    win = _window(qtbot, workspace)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("playlists")  # a page narrow enough for the 800×600 offscreen screen
    win.resize(760, 560)
    win.move(12, 8)
    splitter = win.playlist_view.findChild(QSplitter, "playlists_splitter")
    splitter.setSizes([150, 250, 300])
    QApplication.processEvents()
    size, pos, sizes = win.size(), win.pos(), splitter.sizes()
    assert size != QSize(*DEFAULT_SIZE) and sizes[0] < sizes[2]
    win.close()
    assert Path(_isolated_qsettings).is_dir()  # written where the test put QSettings, not the user's own

    again = _window(qtbot, workspace)
    assert again.current_page_key() == "playlists" and again.stack.currentWidget() is again.playlist_view
    assert set(again.built_pages()) == {"playlists"}  # nothing but the page shown is built
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == size
    # the place: restoreGeometry() before the first show guesses the title bar's height (offscreen: 15 px off)
    assert abs(again.pos().x() - pos.x()) <= 2 and abs(again.pos().y() - pos.y()) <= 30
    assert again.playlist_view.findChild(QSplitter, "playlists_splitter").sizes() == sizes


def test_a_saved_window_too_big_or_off_screen_is_brought_back(qtbot, workspace, english) -> None:
    win = _window(qtbot, workspace)
    win.show()
    qtbot.waitExposed(win)
    avail = win.screen().availableGeometry()
    win.resize(avail.width() + 800, avail.height() + 600)
    win.move(avail.right() + 2000, avail.bottom() + 1500)  # a monitor since unplugged
    QApplication.processEvents()
    win.close()
    again = _window(qtbot, workspace)
    frame = again.frameGeometry()
    assert again.width() <= avail.width() and again.height() <= avail.height()
    assert avail.contains(frame.topLeft()) and frame.right() <= avail.right() + 1


def test_first_start_opens_on_the_plan_and_fits_a_laptop(qtbot, workspace, english) -> None:
    assert QSettings().value(window_state.PAGE) is None
    win = _window(qtbot, workspace)
    assert win.current_page_key() == "plan" and win.width() <= AVAILABLE[0] and win.height() <= AVAILABLE[1]
    assert set(win.built_pages()) == {"plan"}


def test_page_shortcuts_and_menu(qtbot, workspace, english) -> None:
    win = _window(qtbot, workspace)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # window shortcuts need it active
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.stack.currentWidget() is win.library_view
    assert win.menu.pages["library"].isChecked()
    qtbot.keyClick(win, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page_key() == "settings"
    # every page has its Ctrl+digit, shown in the Go menu
    assert [a.shortcut().toString() for a in win.menu.pages.values()] == [f"Ctrl+{(i + 1) % 10}" for i in range(10)]
    assert win.menu.import_files.shortcut().toString() == "Ctrl+I"
    assert win.menu.quit.shortcut().toString() == "Ctrl+Q"
    # the buttons doing the same name the shortcut in their tooltip
    assert win.library_view.add_files_button.toolTip().endswith("(Ctrl+I)")
    assert win.playlist_view.new_button.toolTip().endswith("(Ctrl+N)")
    # Ctrl+E: first to the Export page
    win.show_page("plan")
    win.menu.export.trigger()
    assert win.current_page_key() == "export"


def test_about_shows_version_workspace_and_licences(qtbot, workspace, english) -> None:
    dlg = AboutDialog(workspace.root)
    qtbot.addWidget(dlg)
    text = dlg.summary.text()
    assert f"ledcast {__version__}" in text and str(workspace.root) in text and "PySide6" in text
    shown = dlg.components()
    assert shown["ledcast"][1] == "MIT"
    assert shown["SQLAlchemy"][1] == "MIT" and shown["Alembic"][1] == "MIT"
    assert shown["Pillow"][1] == "MIT-CMU"
    assert "LGPL-3.0" in shown["Qt, Qt for Python (PySide6)"][1]
    assert shown["FFmpeg"][1].startswith(("GPL", "LGPL"))  # as the binary was configured
    assert shown["Be Vietnam Pro (font)"][1] == "SIL Open Font License 1.1"
    assert "SIL OPEN FONT LICENSE Version 1.1" in dlg.font_text.toPlainText()
    dlg.show()
    assert dlg.width() <= AVAILABLE[0] and dlg.height() <= AVAILABLE[1]


def test_about_from_the_help_menu(qtbot, workspace, english) -> None:
    win = _window(qtbot, workspace)
    win.show()
    win.menu.about.trigger()
    qtbot.waitUntil(lambda: win.findChild(AboutDialog) is not None and win.findChild(AboutDialog).isVisible())
    assert win.menu.about.shortcut().toString() == "F1"


def test_keep_on_screen_shrinks_and_moves_a_window_back(qtbot, workspace, english) -> None:
    win = _window(qtbot, workspace)
    win.show()
    qtbot.waitExposed(win)
    avail = win.screen().availableGeometry()
    win.resize(avail.width() + 500, avail.height() + 300)
    win.move(avail.left() - 900, avail.bottom() + 400)
    window_state.keep_on_screen(win)
    frame = win.frameGeometry()
    assert win.width() <= avail.width() and win.height() <= avail.height()
    assert avail.contains(frame.topLeft())


def test_the_app_reports_its_first_paint_and_logs_its_start(tmp_path: Path) -> None:
    """LEDCAST_QUIT_AFTER_SHOWN (benchmarks/startup.py): the whole start, as a user runs it."""
    import time

    from .gui_process import run_gui_process

    t0 = time.time()
    res = run_gui_process(tmp_path, LEDCAST_QUIT_AFTER_SHOWN="1")
    assert res.returncode == 0, res.stderr
    shown = float(res.stdout.split("shown-at ", 1)[1].split()[0])
    assert t0 < shown < time.time()
    log = (tmp_path / "ws" / "logs" / "ledcast.log").read_text(encoding="utf-8")
    assert f"ledcast {__version__} started (gui)" in log and "ledcast closed (exit code 0)" in log
    assert (tmp_path / "config" / "ledcast" / "ledcast.conf").read_text().count("page=plan") == 1  # state saved on quit
