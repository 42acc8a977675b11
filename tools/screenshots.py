"""Take the README's screenshots (docs/library.png, playlists.png, export.png,
report-page.png — fill its workspace with tools/demo_report_log.py; welcome.png: the
first-start dialog of a new workspace, page "welcome" or "welcome:filled") of a
workspace at 1366×728 in Vietnamese (or LANG: en). Needs an X server of that size and ImageMagick:

    Xvfb :7 -screen 0 1366x768x24 &
    DISPLAY=:7 PYTHONPATH=$PWD python3 tools/screenshots.py WORKSPACE PAGE[:TAB] OUT.png [LANG]

(every page in both languages at once: tools/screenshots_all.py)

then shrink with `convert OUT.png -strip -colors 192 PNG8:docs/PAGE.png` (≤ 150 KB)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from ledcast.core.startup import open_for_use
from ledcast.qt.app import create_app
from ledcast.qt.i18n import install_translators
from ledcast.qt.main_window import MainWindow


def grab(out: str) -> None:
    """The X screen's top 1366×728 to `out` (ImageMagick's import)."""
    subprocess.run(["import", "-window", "root", "-crop", "1366x728+0+0", "+repage", out], check=True)


def prepare(win: MainWindow, page: str) -> None:
    """Show `page` as the README pictures it."""
    page, _, tab = page.partition(":")  # settings:1 — the Settings page's second tab
    win.show_page(page)
    if page == "settings" and tab:
        win.settings_view.tabs.setCurrentIndex(int(tab))
    if page == "outlets":  # outlets:N — row N selected, its play-out group open
        win.outlets_view.table.selectRow(int(tab or 0))
    if page == "library":
        win.library_view.table.selectRow(1)  # the preview shows something
    if page == "reports":  # all units: the breakdown by unit is there too
        view = win.report_view
        view.unit.setCurrentIndex(view.unit.findData("*"))
        view.make()


def main(workspace: str, page: str, out: str, lang: str = "vi") -> int:
    os.environ["LEDCAST_LANG"] = lang  # ledcast.core's labels follow too
    app = create_app([])
    install_translators(app, lang)
    ws = open_for_use(Path(workspace))
    if page.startswith("welcome"):  # the first start: the dialog alone, before the window
        return welcome(app, ws, page, out)
    win = MainWindow(ws)
    win.setGeometry(0, 0, 1366, 728)
    win.show()
    prepare(win, page)

    def snap() -> None:
        grab(out)
        app.quit()

    QTimer.singleShot(2500, snap)  # thumbnails and layout settle first
    app.exec()
    ws.close()
    return 0


def welcome(app, ws, page: str, out: str) -> int:  # type: ignore[no-untyped-def]
    from ledcast.qt.welcome_dialog import WelcomeDialog

    win = WelcomeDialog(ws)
    if page == "welcome:filled":  # as an operator fills it (this creates the workspace's signing key)
        win.unit_code.setText("XA-TANCUONG")
        win.unit_name.setText("UBND xã Tân Cương")
        win.parent_code.setText("TT-KV1")
        win.parent_name.setText("Trung tâm Văn hóa - Truyền thông khu vực 1")
        win.create_key()
    win.show()
    win.move((1366 - win.width()) // 2, max(0, (728 - win.height()) // 2))
    QTimer.singleShot(1500, lambda: (grab(out), app.quit()))
    app.exec()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
