"""Every main page of a workspace at 1366×728 in one language, for the README gallery:
docs/LANG/PAGE.png (plan, library, playlists, agenda, outlets, export, console, airings,
reports, settings), cropped to 1366×728 and reduced to 192 colours (ImageMagick).

    Xvfb :7 -screen 0 1366x768x24 &
    for lang in vi en; do DISPLAY=:7 PYTHONPATH=$PWD python3 tools/screenshots_all.py WORKSPACE $lang; done

Any workspace will do (`ledcast demo`'s, a real one); `--fill` first puts example content
into a new WORKSPACE (tools/screenshot_workspace.py). `--out DIR` writes DIR/LANG/ instead of docs/.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from screenshots import grab, prepare  # tools/, on the path when run as a script

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("plan", "library", "playlists", "agenda", "outlets", "export", "console", "airings", "reports", "settings")
SETTLE_MS = 2500  # thumbnails, waveforms and the report's count come in first


def shrink(raw: Path, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = ["convert", str(raw), "-crop", "1366x728+0+0", "+repage", "-strip", "-colors", "192", f"PNG8:{out}"]
    subprocess.run(cmd, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workspace")
    parser.add_argument("lang", choices=("vi", "en"))
    parser.add_argument("--fill", action="store_true", help="fill the (new) workspace with example content first")
    parser.add_argument("--out", default=str(ROOT / "docs"), help="folder of the LANG/ subfolder (default docs/)")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated, default all")
    args = parser.parse_args(argv)
    os.environ["LEDCAST_LANG"] = args.lang  # before ledcast reads it: ledcast.core's labels follow too

    from ledcast.core.startup import open_for_use
    from ledcast.qt.app import create_app
    from ledcast.qt.i18n import install_translators
    from ledcast.qt.main_window import MainWindow

    app = create_app([])
    install_translators(app, args.lang)
    ws = open_for_use(Path(args.workspace))
    if args.fill:
        from screenshot_workspace import fill

        fill(ws)
    win = MainWindow(ws)
    win.setGeometry(0, 0, 1366, 728)
    win.show()
    todo = [p for p in args.pages.split(",") if p]
    folder = Path(args.out) / args.lang
    tmp = Path(tempfile.mkdtemp())

    def next_page() -> None:
        if not todo:
            win.console_view.shutdown()
            ws.close()
            app.quit()
            return
        page = todo[0]
        prepare(win, page)
        QTimer.singleShot(SETTLE_MS, snap)

    def snap() -> None:
        page = todo.pop(0)
        raw = tmp / f"{page}.png"
        grab(str(raw))
        shrink(raw, folder / f"{page}.png")
        print(folder / f"{page}.png", (folder / f"{page}.png").stat().st_size // 1024, "KB")
        next_page()

    QTimer.singleShot(500, next_page)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
