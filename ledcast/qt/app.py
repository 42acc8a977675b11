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
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    collector.stop()
    ws.close()
    return code
