"""The GUI's start: the packaged window icon, and the quit-after test hook check_frozen.sh uses."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from ledcast.qt import app as app_mod


def test_window_icon_comes_in_the_packaged_sizes(qapp: QApplication) -> None:
    sizes = app_mod.app_icon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
    assert not app_mod.create_app().windowIcon().isNull()


def test_quit_after_ms_closes_the_running_gui_cleanly(tmp_path: Path) -> None:
    """A real `ledcast` process, as check_frozen.sh starts the frozen one (in this process a
    quit left behind would stop the next tests' event loops)."""
    import os
    import subprocess
    import sys

    from ledcast.core.first_run import mark_welcome_done
    from ledcast.core.startup import open_for_use

    ws = open_for_use(tmp_path / "ws")  # a workspace in use: its first start's welcome dialog is past
    mark_welcome_done(ws)
    ws.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEDCAST_")}
    env.update({app_mod.QUIT_AFTER_ENV: "300", "LEDCAST_LANG": "en", "QT_QPA_PLATFORM": "offscreen"})
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH")]))
    start = time.monotonic()
    res = subprocess.run(
        [sys.executable, "-m", "ledcast", "--workspace", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert time.monotonic() - start < 60
    log = (tmp_path / "ws" / "logs" / "ledcast.log").read_text(encoding="utf-8")
    assert "ledcast closed (exit code 0)" in log  # the window was made, shown, and the loop ended cleanly
