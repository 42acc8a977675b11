"""Screenshot of the screen play-out window at a sender-card region over the main
window (docs/playout-screen.png), in Vietnamese at 1366×728. It builds its own
workspace in a temporary folder: a 384×192 LED board's playlist of a slide and a
picture. Needs an X server of that size and ImageMagick:

    Xvfb :7 -screen 0 1366x768x24 &
    DISPLAY=:7 PYTHONPATH=$PWD python3 tools/screenshot_playout.py OUT.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import QTimer

from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.core.limits import Size
from ledcast.core.outlets import add_outlet
from ledcast.core.screen_items import Region, screen_items
from ledcast.core.slide_media import add_slide
from ledcast.core.slides import SlideSource
from ledcast.core.startup import open_for_use
from ledcast.qt.app import create_app
from ledcast.qt.i18n import install_translators
from ledcast.qt.main_window import MainWindow
from ledcast.qt.screen_window import ScreenWindow

REGION = Region(960, 44, 384, 192)  # where the sender card captures: over the main window's right side


def fill(folder: Path):  # type: ignore[no-untyped-def]
    ws = open_for_use(folder / "ws")
    add_outlet(ws, "Màn hình LED chợ xã", "screen", Size(384, 192))
    picture = folder / "bieu-do.png"
    im = Image.new("RGB", (768, 384), (16, 90, 50))
    ImageDraw.Draw(im).rectangle([40, 40, 728, 344], outline=(250, 210, 40), width=12)
    im.save(picture)
    (media,) = library.import_files(ws, [picture]).added
    slide, _ = add_slide(
        ws,
        SlideSource(title="THÔNG BÁO", body="Tiêm chủng cho trẻ em: 7 giờ sáng thứ Hai, tại Trạm y tế xã"),
        Size(384, 192),
    )
    p = pl.create_playlist(ws, "Màn hình chợ – tháng 12", "screen", "Màn hình LED chợ xã")
    pl.add_items(ws, p.id, [slide.id, media.id], duration_s=8)
    library.set_approval(ws, [slide.id, media.id], "approved", by="Chủ tịch UBND xã")
    return ws, p


def main(out: str) -> int:
    app = create_app([])
    install_translators(app, "vi")
    with tempfile.TemporaryDirectory() as tmp:
        ws, p = fill(Path(tmp))
        win = MainWindow(ws)
        win.setGeometry(0, 0, 1366, 728)
        win.show()
        win.show_page("playlists")
        board = ScreenWindow(screen_items(ws, p.id), region=REGION)
        QTimer.singleShot(800, board.start)

        def snap() -> None:
            subprocess.run(["import", "-window", "root", "-crop", "1366x728+0+0", "+repage", out], check=True)
            board.stop()
            app.quit()

        QTimer.singleShot(2500, snap)
        app.exec()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
