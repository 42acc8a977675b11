"""The GUI's start: the packaged window icon, and the quit-after test hook check_frozen.sh uses."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from ledcast.qt import app as app_mod


def test_window_icon_comes_in_the_packaged_sizes(qapp: QApplication) -> None:
    sizes = app_mod.app_icon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
    assert not app_mod.create_app().windowIcon().isNull()


def test_quit_after_ms_closes_the_running_gui_cleanly(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english
) -> None:
    from ledcast.core.first_run import mark_welcome_done
    from ledcast.core.startup import open_for_use

    ws = open_for_use(tmp_path / "ws")  # a workspace in use: its first start's welcome dialog is past
    mark_welcome_done(ws)
    ws.close()
    monkeypatch.setenv(app_mod.QUIT_AFTER_ENV, "300")
    safety = QTimer()  # without the hook: fail, never hang
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: qapp.exit(3))
    safety.start(30_000)
    start = time.monotonic()
    try:
        code = app_mod.run_gui(str(tmp_path / "ws"))
    finally:
        safety.stop()  # never to end a later test's event loop
    assert code == 0
    assert time.monotonic() - start < 60
    assert (tmp_path / "ws").is_dir()  # the workspace was opened for the window
