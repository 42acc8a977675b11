"""An unexpected error in the GUI shows the crash dialog, is logged, and the app goes on."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

from ledcast import __version__
from ledcast.core import app_log
from ledcast.qt.crash_dialog import CrashHandler

pytestmark = pytest.mark.qt_no_exception_capture  # the handler under test owns sys.excepthook


@pytest.fixture
def handler(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    app_log.setup(tmp_path / "ws")
    h = CrashHandler(qapp)
    h.install()
    yield h
    h.uninstall()
    if h.dialog is not None:
        h.dialog.close()
    app_log.shutdown()
    h.deleteLater()


def _log_text(tmp_path: Path) -> str:
    return (tmp_path / "ws" / "logs" / "ledcast.log").read_text(encoding="utf-8")


def _inner_failure() -> None:
    raise ValueError("the playlist <P1> broke & stopped")


def test_excepthook_shows_the_dialog_copies_details_and_logs(qtbot, handler, tmp_path: Path, english) -> None:
    try:
        _inner_failure()
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dlg = handler.dialog
    assert "ValueError" in dlg.message.text() and "the playlist &lt;P1&gt; broke &amp; stopped" in dlg.message.text()
    assert str(tmp_path / "ws" / "logs" / "ledcast.log") in dlg.log_label.text()
    assert dlg.log_label.openExternalLinks()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"ledcast {__version__}\n")
    assert "Traceback" in copied and "in _inner_failure" in copied and "ValueError: the playlist <P1>" in copied
    log = _log_text(tmp_path)
    assert "ERROR ledcast [MainThread] unhandled exception" in log and "in _inner_failure" in log
    dlg.close()
    qtbot.waitUntil(lambda: handler.dialog is None)


def test_an_exception_inside_a_slot_shows_the_dialog_and_the_app_goes_on(qtbot, handler, tmp_path: Path) -> None:
    after: list[str] = []

    def slot() -> None:
        raise RuntimeError("inside a slot")

    QTimer.singleShot(0, slot)
    QTimer.singleShot(50, lambda: after.append("still running"))
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert "inside a slot" in handler.dialog.message.text()
    qtbot.waitUntil(lambda: after == ["still running"])  # the event loop lives on
    assert "RuntimeError: inside a slot" in _log_text(tmp_path)


def test_a_storm_shows_one_dialog_and_logs_every_error(qtbot, handler, tmp_path: Path) -> None:
    for i in range(5):
        try:
            raise KeyError(f"storm {i}")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.suppressed == 4)
    assert "storm 0" in handler.dialog.message.text()
    assert _log_text(tmp_path).count("KeyError: 'storm") == 5
    handler.dialog.close()
    qtbot.waitUntil(lambda: handler.dialog is None)
    try:
        raise KeyError("after the storm")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: handler.dialog is not None)  # a new error after closing: a new dialog
    assert "after the storm" in handler.dialog.message.text()


def test_a_worker_thread_error_is_shown_on_the_gui_thread(qtbot, handler, tmp_path: Path) -> None:
    def work() -> None:
        raise OSError("disk gone")

    t = threading.Thread(target=work, name="exporter")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert "disk gone" in handler.dialog.message.text()
    assert "unhandled exception in thread exporter" in _log_text(tmp_path)


def test_a_window_that_cannot_be_made_shows_the_dialog_and_logs(qapp, tmp_path: Path, monkeypatch, english) -> None:
    from PySide6.QtWidgets import QDialog

    from ledcast.qt import app as app_mod
    from ledcast.qt import crash_dialog, main_window

    def broken(ws):  # type: ignore[no-untyped-def]
        raise RuntimeError("page broke")

    shown: list[str] = []
    monkeypatch.setattr(main_window, "MainWindow", broken)
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", lambda self: shown.append(self.message.text()) or 0)
    from ledcast.core.first_run import mark_welcome_done
    from ledcast.core.startup import open_for_use

    ws = open_for_use(tmp_path / "ws")  # a workspace in use: its first start's welcome dialog is past
    mark_welcome_done(ws)
    ws.close()
    font = qapp.font()
    try:
        assert app_mod.run_gui(str(tmp_path / "ws")) == 2
    finally:
        qapp.setFont(font)  # run_gui sets the app's font: the next tests keep theirs
    assert gc.isenabled()  # the GUI-thread collector stopped with the failed start
    assert shown and "page broke" in shown[0]
    log = (tmp_path / "ws" / "logs" / "ledcast.log").read_text(encoding="utf-8")
    assert "the main window could not be made: page broke" in log and "in broken" in log
    assert isinstance(crash_dialog.CrashDialog, type) and issubclass(crash_dialog.CrashDialog, QDialog)
