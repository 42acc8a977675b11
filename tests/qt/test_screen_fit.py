"""The main window on a 1366×768 laptop screen with a taskbar (1366×728 usable),
in Vietnamese and in English: nothing clipped, the library's main columns in view."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QTabWidget

from ledcast.core import agenda as ag
from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.core.limits import Size
from ledcast.core.outlets import add_outlet
from ledcast.qt.main_window import MainWindow
from ledcast.qt.models.media_model import MediaTableModel

AVAILABLE = (1366, 728)


def elided_buttons(win: MainWindow) -> list[str]:
    """Visible buttons and drop-down lists narrower than their text needs (Qt cuts such text short)."""
    out = []
    for b in [*win.findChildren(QAbstractButton), *win.findChildren(QComboBox)]:
        if not b.isVisibleTo(win) or not text_of(b) or b.width() <= 0:
            continue
        if b.sizeHint().width() > b.width():
            out.append(f"{text_of(b)!r} {b.width()} < {b.sizeHint().width()}")
    return out


def squeezed_labels(win: MainWindow) -> list[str]:
    """Visible labels lower than their lines need (Qt cuts the last lines off)."""
    out = []
    for label in win.findChildren(QLabel):
        if not label.isVisibleTo(win) or not label.text() or label.width() <= 0:
            continue
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        if label.height() < needed - 1:
            out.append(f"{label.text()[:40]!r} {label.height()} < {needed}")
    return out


def laptop_window(qtbot, ws, page: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window at 1366×728, shown on `page`."""
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.setGeometry(0, 0, *AVAILABLE)
    win.show()
    qtbot.waitExposed(win)
    win.show_page(page)
    return win


def text_of(b) -> str:  # type: ignore[no-untyped-def]
    return b.currentText() if isinstance(b, QComboBox) else b.text()


def test_default_window_fits_a_laptop_screen(qtbot, workspace, vietnamese) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    assert win.width() <= AVAILABLE[0] and win.height() <= AVAILABLE[1]
    assert win.minimumSizeHint().width() <= AVAILABLE[0] and win.minimumSizeHint().height() <= AVAILABLE[1]


def fill_workspace(ws) -> None:  # type: ignore[no-untyped-def]
    """Something on every page: an outlet of each kind, a playlist of each kind with items and a schedule."""
    add_outlet(ws, "Màn hình LED chợ xã", "screen", Size(1920, 1080))
    add_outlet(ws, "Loa cụm thôn Đông", "speaker")
    media = {m.kind: m.id for m in library.list_media(ws)}
    screen = pl.create_playlist(ws, "Màn hình chợ – tháng 12", "screen", "Màn hình LED chợ xã")
    pl.add_items(ws, screen.id, [media["image"], media["video"]])
    speaker = pl.create_playlist(ws, "Bản tin sáng thứ hai", "speaker", "Loa cụm thôn Đông")
    pl.add_items(ws, speaker.id, [media["audio"]])
    day = dt.date(2026, 12, 1)
    ag.add_schedule(ws, speaker.id, date_from=day, date_to=day + dt.timedelta(days=30), times=[dt.time(6, 30)])


@pytest.mark.parametrize("language", ["vi", "en"], indirect=True)  # English words are sometimes longer
def test_every_page_fits_1366x728(qtbot, workspace, media_files, language) -> None:
    library.import_files(workspace, [str(p) for p in media_files.good])
    fill_workspace(workspace)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.setGeometry(0, 0, *AVAILABLE)
    win.show()
    qtbot.waitExposed(win)
    clipped = {}
    for key in MainWindow.PAGES:
        win.show_page(key)
        QApplication.processEvents()
        tabs = [t for t in win.findChildren(QTabWidget) if t.isVisibleTo(win)]
        for tab_widget, index in [(None, 0)] + [(t, i) for t in tabs for i in range(t.count())]:
            if tab_widget is not None:  # every tab of the page's tab widgets too
                tab_widget.setCurrentIndex(index)
                QApplication.processEvents()
            bad = elided_buttons(win) + squeezed_labels(win)
            if bad:
                clipped[f"{key}/{index}"] = bad
    assert clipped == {}
    sidebar = win.sidebar  # every page name whole, no scroll bar
    assert sidebar.sizeHintForColumn(0) <= sidebar.viewport().width()
    assert not sidebar.horizontalScrollBar().isVisible()

    win.show_page("library")
    QApplication.processEvents()
    table = win.library_view.table
    viewport = table.viewport().width()
    for col in ("title", "kind", "tasks", "approval"):
        c = MediaTableModel.COLUMNS.index(col)
        assert not table.isColumnHidden(c)
        right = table.columnViewportPosition(c) + table.columnWidth(c)
        assert table.columnViewportPosition(c) >= 0 and right <= viewport, (col, right, viewport)


def test_less_useful_columns_hide_from_the_header_and_stay_hidden(qtbot, workspace, english) -> None:
    from ledcast.qt.views.library_columns import HIDDEN_KEY
    from ledcast.qt.views.library_view import LibraryView

    col = MediaTableModel.COLUMNS.index
    view = LibraryView(workspace)
    qtbot.addWidget(view)
    table = view.table
    assert table.isColumnHidden(col("codecs")) and not table.isColumnHidden(col("loudness"))

    actions = {a.text(): a for a in view.columns.menu().actions()}  # the header's context menu
    offered = list(actions)
    actions["Loudness"].toggle()  # shown: hide it
    actions["Codecs"].toggle()  # hidden: show it
    assert "Title" not in offered and "Approval" not in offered and {"Size", "Codecs", "Loudness"} <= set(offered)
    assert table.isColumnHidden(col("loudness")) and not table.isColumnHidden(col("codecs"))
    assert "loudness" in QSettings().value(HIDDEN_KEY)

    again = LibraryView(workspace)  # the next start remembers
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(col("loudness")) and not again.table.isColumnHidden(col("codecs"))


def test_status_bar_keeps_the_workspace_after_a_message(qtbot, workspace, english) -> None:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.statusBar().showMessage("Đã thêm 3", 10000)
    assert win.workspace_label.isVisible() and str(workspace.root) in win.workspace_label.text()
