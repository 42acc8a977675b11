"""The Outlets page with its play-out group open, and the Settings play-out tab, on a
1366×728 laptop screen in Vietnamese: nothing clipped, the outlets table still in view."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from ledcast.core.limits import Size
from ledcast.core.outlet_playout import save_outlet_playout
from ledcast.core.outlets import add_outlet
from ledcast.core.screen_items import Region
from ledcast.qt.main_window import MainWindow
from tests.qt.test_screen_fit import AVAILABLE, elided_buttons


def _window(qtbot, ws) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.setGeometry(0, 0, *AVAILABLE)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_outlets_page_with_the_playout_group_fits(qtbot, workspace, vietnamese) -> None:
    add_outlet(workspace, "Màn hình LED chợ xã", "screen", Size(1920, 1080))
    add_outlet(workspace, "Loa cụm thôn Đông", "speaker")
    save_outlet_playout(workspace, "Màn hình LED chợ xã", region=Region(1366, 0, 1920, 1080))
    save_outlet_playout(workspace, "Loa cụm thôn Đông", audio_device="Loa USB đã rút ra khỏi máy")
    win = _window(qtbot, workspace)
    win.show_page("outlets")
    view = win.outlets_view
    for row in (0, 1):
        view.table.selectRow(row)
        QApplication.processEvents()
        assert view.playout_box.isVisible()
        assert elided_buttons(win) == []
        assert view.table.viewport().height() >= 3 * view.table.verticalHeader().defaultSectionSize()
        box = view.playout_box
        assert box.geometry().bottom() <= view.height()
        labels = [w for w in box.findChildren(QLabel) if w.isVisibleTo(win) and not w.wordWrap()]
        assert all(w.sizeHint().width() <= w.width() for w in labels), [w.text() for w in labels]


def test_settings_playout_tab_fits(qtbot, workspace, vietnamese) -> None:
    win = _window(qtbot, workspace)
    win.show_page("settings")
    win.settings_view.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    assert win.settings_view.tabs.tabText(2) == "Phát tự động"
    assert elided_buttons(win) == []
