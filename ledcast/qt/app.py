"""Start the GUI."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from ledcast import __version__
from ledcast.config import APP_NAME


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


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
    window = MainWindow(ws)
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    collector.stop()
    crash_handler.uninstall()
    app_log.log.info("ledcast closed (exit code %d)", code)
    ws.close()
    return code
