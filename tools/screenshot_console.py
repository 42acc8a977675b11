"""Screenshot of the Play-out page (docs/console.png), in Vietnamese at 1366×728: a
loudspeaker playlist playing on "Loa trung tâm" through the silent clock-paced output,
automatic play-out on with the day's programmes to come and one missed. It builds its
own workspace in a temporary folder. Needs an X server of that size and ImageMagick:

    Xvfb :7 -screen 0 1366x768x24 &
    DISPLAY=:7 PYTHONPATH=$PWD python3 tools/screenshot_console.py OUT.png
"""

from __future__ import annotations

import datetime as dt
import math
import struct
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QTimer
from screenshots import grab  # tools/, on the path when run as a script

from ledcast.core import agenda, library
from ledcast.core import playlist as pl
from ledcast.core.outlet_playout import save_outlet_playout
from ledcast.core.outlets import add_outlet
from ledcast.core.settings import store_prefixed
from ledcast.core.startup import open_for_use
from ledcast.qt.app import create_app
from ledcast.qt.i18n import install_translators
from ledcast.qt.main_window import MainWindow

TITLES = ["Bản tin thời sự sáng", "Thông báo tiêm chủng", "Hướng dẫn phòng chống bão", "Nhạc hiệu kết thúc"]


def tone(path: Path, seconds: float, freq: float, rate: int = 22050) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        n = int(seconds * rate)
        w.writeframes(
            b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * freq * i / rate))) for i in range(n))
        )
    return path


def fill(folder: Path):  # type: ignore[no-untyped-def]
    ws = open_for_use(folder / "ws")
    for name in ("Loa trung tâm", "Loa cụm thôn Đông"):
        add_outlet(ws, name, "speaker")
        save_outlet_playout(ws, name, audio_device="none")
    ids = []
    for i, title in enumerate(TITLES):
        (m,) = library.import_files(ws, [tone(folder / f"t{i}.wav", 40 + 10 * i, 300 + 40 * i)]).added
        library.rename_media(ws, m.id, title)
        ids.append(m.id)
    library.set_approval(ws, ids, "approved", by="Chủ tịch UBND xã")
    pl.create_playlist(ws, "Phát thanh buổi sáng", "speaker", outlet="Loa trung tâm")
    pl.add_items(ws, "Phát thanh buổi sáng", ids)
    pl.create_playlist(ws, "Tin thôn Đông", "speaker", outlet="Loa cụm thôn Đông")
    pl.add_items(ws, "Tin thôn Đông", ids[1:3])
    pl.create_playlist(ws, "Báo bão khẩn", "speaker")
    pl.add_items(ws, "Báo bão khẩn", ids[2:3])
    now = dt.datetime.now().replace(second=0, microsecond=0)
    today = now.date()
    times = [(now + dt.timedelta(minutes=m)).time() for m in (-40, 25, 95, 180)]
    agenda.add_schedule(ws, "Phát thanh buổi sáng", date_from=today, date_to=today, times=times)
    later = [(now + dt.timedelta(minutes=m)).time() for m in (50, 140)]
    agenda.add_schedule(ws, "Tin thôn Đông", date_from=today, date_to=today + dt.timedelta(days=1), times=later)
    store_prefixed(ws, "playout.", {"auto": True})  # the app starts with automatic play-out on
    return ws


def main(out: str) -> int:
    app = create_app([])
    install_translators(app, "vi")
    with tempfile.TemporaryDirectory() as tmp:
        ws = fill(Path(tmp))
        win = MainWindow(ws)
        win.setGeometry(0, 0, 1366, 728)
        win.show()
        win.show_page("console")
        console = win.console_view
        card = console.cards["Loa trung tâm"]
        card.playlists.setCurrentIndex(card.playlists.findText("Phát thanh buổi sáng"))
        card.play_button.click()

        def when_on_air() -> None:
            if console.engine is not None and console.engine.state("Loa trung tâm").elapsed_s >= 12:
                grab(out)
                console.shutdown()  # what played is logged; the window closes without asking
                ws.close()
                app.quit()
            else:  # its pieces render first, then some seconds of air
                QTimer.singleShot(500, when_on_air)

        QTimer.singleShot(2000, when_on_air)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
