"""Start the GUI."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ledcast import __version__
from ledcast.config import APP_NAME, resource

# Test hook, not for operators: quit the GUI's event loop this many ms after the window shows
# (scripts/check_frozen.sh opens the frozen app offscreen and expects a clean exit 0).
QUIT_AFTER_ENV = "LEDCAST_QUIT_AFTER_MS"


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """The loudspeaker-and-screen icon of resources/ (tools/make_icons.py), in the sizes shipped."""
    icon = QIcon()
    for png in sorted(resource("icons").glob("ledcast-*.png")):
        icon.addFile(str(png))
    return icon


QUIT_AFTER_SHOWN_ENV = "LEDCAST_QUIT_AFTER_SHOWN"  # benchmarks/startup.py: report the first paint, quit


class _QuitAfterShown(QObject):
    """Prints `shown-at <epoch seconds>` once the window is first exposed (painted) and quits:
    the benchmark subtracts the moment it started the process."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Expose and obj.isExposed():  # type: ignore[attr-defined]
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # after this expose's paint
        return False

    def _report(self) -> None:
        print(f"shown-at {time.time():.4f}", flush=True)
        QCoreApplication.quit()


def run_gui(workspace: str | None = None) -> int:
    app = create_app()
    from ledcast.qt.i18n import install_translators

    install_translators(app)
    from ledcast.core.startup import open_for_use
    from ledcast.qt.errors import error_text

    try:
        ws = open_for_use(workspace)
    except Exception as exc:  # noqa: BLE001 - the operator must see why
        QMessageBox.critical(None, "ledcast", error_text(exc))
        return 1
    from ledcast.core import app_log
    from ledcast.qt.crash_dialog import install_crash_handler

    app_log.setup(ws.root, what="gui")
    crash_handler = install_crash_handler(app)
    from ledcast.qt.main_window import MainWindow

    font = app.font()
    if font.pointSize() < 10:
        font.setPointSize(10)
        app.setFont(font)
    from ledcast.qt.gc import MainThreadCollector

    collector = MainThreadCollector(app)
    from ledcast.qt.welcome_dialog import welcome_if_first_start

    welcome_if_first_start(ws)  # before the window: it then opens in the language chosen there
    try:
        window = MainWindow(ws)
    except Exception as exc:  # no window to go on with: say why (a windowed build has no terminal) and stop
        from ledcast.qt.crash_dialog import CrashDialog

        app_log.log_exception(exc, "the main window could not be made")
        CrashDialog((type(exc), exc, exc.__traceback__)).exec()
        collector.stop()
        crash_handler.uninstall()
        ws.close()
        return 2
    window.show()
    if os.environ.get(QUIT_AFTER_SHOWN_ENV):
        handle = window.windowHandle()
        handle.installEventFilter(_QuitAfterShown(window))
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    collector.stop()
    crash_handler.uninstall()
    app_log.log.info("ledcast closed (exit code %d)", code)
    ws.close()
    return code
