"""Screenshot of the Import logs… summary (docs/import-logs.png) or the Send log…
dialog, in Vietnamese at 1366×728. It builds its own workspaces in a temporary
folder: a district trusting three communes, whose signed files it imports (one of
them altered on the way, so refused). Needs an X server of that size and ImageMagick:

    Xvfb :7 -screen 0 1366x768x24 &
    DISPLAY=:7 PYTHONPATH=$PWD python3 tools/screenshot_import_logs.py import OUT.png
    DISPLAY=:7 PYTHONPATH=$PWD python3 tools/screenshot_import_logs.py send OUT.png
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from ledcast.core import airing, keys
from ledcast.core.exchange import export_log
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit
from ledcast.core.workspace import Workspace
from ledcast.qt.app import create_app
from ledcast.qt.i18n import install_translators
from ledcast.qt.main_window import MainWindow
from ledcast.qt.views.import_logs_dialog import ImportLogsDialog
from ledcast.qt.views.send_log_dialog import SendLogDialog

COMMUNES = (("XA-TANCUONG", "Xã Tân Cương", 42), ("XA-PHUCXUAN", "Xã Phúc Xuân", 27), ("XA-LADUONG", "Xã La Dương", 18))
TITLES = ("Bản tin sáng", "Tuyên truyền phòng cháy chữa cháy", "Tiếp sóng Đài tỉnh", "Thông báo tiêm chủng")


def entries(day: dt.date, count: int) -> list[airing.AiringEntry]:
    """`count` played-out airings, three a day from `day`."""
    out = []
    for n in range(count):
        start = dt.datetime.combine(day + dt.timedelta(days=n // 3), dt.time(6 + 5 * (n % 3))).astimezone()
        out.append(
            airing.AiringEntry(
                outlet_name="Loa trung tâm xã",
                start=start,
                end=start + dt.timedelta(minutes=15),
                recorded_how="playout",
                title=TITLES[n % len(TITLES)],
                task_codes=["NV3"],
            )
        )
    return out


def commune(root: Path, code: str, name: str, count: int) -> Workspace:
    ws = open_for_use(root / code)
    set_self_unit(ws, code, name)
    keys.init_keys(ws)
    airing.record_many(ws, entries(dt.date.today() - dt.timedelta(days=count // 3 + 2), count))
    return ws


def main(what: str, out: str) -> int:
    app = create_app([])
    install_translators(app, "vi")
    root = Path(tempfile.mkdtemp(prefix="ledcast-shot-"))
    district = open_for_use(root / "huyen")
    set_self_unit(district, "HUYEN-DAITU", "Huyện Đại Từ")
    communes = [commune(root, code, name, count) for code, name, count in COMMUNES]
    files = []
    for ws in communes:
        keys.trust(district, keys.public_key_file(ws))
        files.append(export_log(ws, root / f"nhat-ky-{keys.own_key(ws).unit_code.lower()}.json", since_last=True).path)
    bad = files[-1]
    doc = json.loads(bad.read_text("utf-8"))
    doc["records"][3]["media_title"] = "Tin đã bị sửa"  # altered on the way: the signature no longer matches
    bad.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")

    shown = communes[0] if what == "send" else district
    if what == "send":  # a week later: five new airings since the file above
        airing.record_many(shown, entries(dt.date.today() - dt.timedelta(days=1), 5))
    win = MainWindow(shown)
    win.setGeometry(0, 0, 1366, 728)
    win.show()
    win.show_page("airings")
    if what == "send":
        dlg: SendLogDialog | ImportLogsDialog = SendLogDialog(shown, win)
    else:
        dlg = ImportLogsDialog(shown, win, win.events)
        dlg.add_paths(files)
        QTimer.singleShot(300, dlg.start_import)
    dlg.show()

    def snap() -> None:
        subprocess.run(["import", "-window", "root", "-crop", "1366x728+0+0", "+repage", out], check=True)
        app.quit()

    QTimer.singleShot(3000, snap)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
