"""Start the GUI."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
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
    from ledcast.qt.main_window import MainWindow

    font = app.font()
    if font.pointSize() < 10:
        font.setPointSize(10)
        app.setFont(font)
    from ledcast.qt.gc import MainThreadCollector

    collector = MainThreadCollector(app)
    from ledcast.qt.welcome_dialog import welcome_if_first_start

    welcome_if_first_start(ws)  # before the window: it then opens in the language chosen there
    window = MainWindow(ws)
    window.show()
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    collector.stop()
    ws.close()
    return code
