"""What the main window remembers between starts (QSettings): its size and place, the
last page, and where the operator left every splitter of every page.

Splitters are found by walking the page (findChildren), keyed by page and objectName,
so a page only names its splitters to have them remembered. A restored window never
lands off-screen or larger than the screen's available area (a laptop after a bigger
monitor was unplugged)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

GROUP = "window"
GEOMETRY, STATE, PAGE = f"{GROUP}/geometry", f"{GROUP}/state", f"{GROUP}/page"


def _splitter_key(page_key: str, index: int, splitter: QSplitter) -> str:
    return f"{GROUP}/splitters/{page_key}/{splitter.objectName() or index}"


def save_splitters(page_key: str, page: QWidget, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    for i, splitter in enumerate(page.findChildren(QSplitter)):
        settings.setValue(_splitter_key(page_key, i, splitter), splitter.saveState())


def restore_splitters(page_key: str, page: QWidget) -> None:
    settings = QSettings()
    for i, splitter in enumerate(page.findChildren(QSplitter)):
        state = settings.value(_splitter_key(page_key, i, splitter))
        if state is not None:
            splitter.restoreState(state)


def saved_page() -> str:
    return str(QSettings().value(PAGE, "", str) or "")


def save_window(win: QMainWindow, page_key: str, pages: dict[str, QWidget]) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY, win.saveGeometry())
    settings.setValue(STATE, win.saveState())
    settings.setValue(PAGE, page_key)
    for key, page in pages.items():
        save_splitters(key, page, settings)
    settings.sync()


def restore_window(win: QMainWindow) -> bool:
    """Size and place as last time, kept inside the screen; False when nothing was saved."""
    settings = QSettings()
    geometry = settings.value(GEOMETRY)
    if geometry is None or not win.restoreGeometry(geometry):
        return False
    state = settings.value(STATE)
    if state is not None:
        win.restoreState(state)
    keep_on_screen(win)
    return True


def keep_on_screen(win: QWidget) -> None:
    """No larger than the available area of the screen the window is on (or the primary
    one when it is on none any more), and wholly on it."""
    from PySide6.QtGui import QGuiApplication

    frame = win.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or win.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    if win.isMaximized() or win.isFullScreen():
        return
    extra_w, extra_h = frame.width() - win.width(), frame.height() - win.height()  # title bar, borders
    width = min(win.width(), avail.width() - extra_w)
    height = min(win.height(), avail.height() - extra_h)
    if (width, height) != (win.width(), win.height()):
        win.resize(width, height)
    pos = win.frameGeometry().topLeft()  # move() places the frame too
    x = min(max(pos.x(), avail.left()), avail.right() + 1 - width - extra_w)
    y = min(max(pos.y(), avail.top()), avail.bottom() + 1 - height - extra_h)
    if (x, y) != (pos.x(), pos.y()):
        win.move(x, y)
