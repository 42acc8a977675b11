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
    from .gui_process import run_gui_process

    start = time.monotonic()
    res = run_gui_process(tmp_path, **{app_mod.QUIT_AFTER_ENV: "300"})
    assert res.returncode == 0, res.stderr
    assert time.monotonic() - start < 60
    log = (tmp_path / "ws" / "logs" / "ledcast.log").read_text(encoding="utf-8")
    assert "ledcast closed (exit code 0)" in log  # the window was made, shown, and the loop ended cleanly
