"""An unexpected error in the GUI: a dialog instead of a vanished window.

`install_crash_handler(app)` routes sys.excepthook (which also receives exceptions
raised inside Qt slots under PySide6) and threading.excepthook (worker threads) to
one handler on the GUI thread. It logs the traceback into the workspace log and
shows CrashDialog: the message, *Copy details* (traceback, version, platform) and
the log's folder. The app goes on running afterwards. While a dialog is open,
further errors (a storm from a timer or a paint) are logged only.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledcast import __version__
from ledcast.core import app_log

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def details_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What a developer needs: the traceback, ledcast's version and the platform."""
    import PySide6

    lines = [
        f"ledcast {__version__}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, {platform.platform()}",
        f"Log: {app_log.current_log() or '-'}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, info: ExcInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        exc_type, exc, tb = info
        self.details = details_text(exc_type, exc, tb)
        self.setWindowTitle(self.tr("ledcast – unexpected error"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "ledcast met an unexpected error. What was saved before stays saved; you can go on working,"
                " or restart ledcast if something looks wrong. Please send the details or the log to whoever"
                " supports you."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        first = (str(exc).splitlines() or [""])[0][:300]
        self.message = QLabel(f"<b>{_html(exc_type.__name__)}</b>: {_html(first)}")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.text = QPlainTextEdit(self.details)
        self.text.setProperty("verbatim", True)  # a traceback, as Python wrote it
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMaximumHeight(220)
        layout.addWidget(self.text)
        log = app_log.current_log()
        if log is not None:
            self.log_label = QLabel(
                self.tr("The log: %1").replace(
                    "%1", f'<a href="{QUrl.fromLocalFile(str(log.parent)).toString()}">{_html(str(log))}</a>'
                )
            )
            self.log_label.setOpenExternalLinks(True)  # the folder opens in the file manager
        else:
            self.log_label = QLabel(self.tr("No log file is written (no workspace is open)."))
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the error's details to the clipboard, to paste into a message"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_log_folder() -> bool:
    """Open the workspace's log folder in the file manager (False without a log)."""
    log = app_log.current_log()
    if log is None:
        return False
    log.parent.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.parent)))


class CrashHandler(QObject):
    """Receives uncaught exceptions from any thread; shows them on the GUI thread."""

    caught = Signal(object)  # ExcInfo; queued to the GUI thread when emitted from a worker

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.dialog: CrashDialog | None = None
        self.suppressed = 0  # errors logged while a dialog was already open
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        self.handle((exc_type, exc, tb), "unhandled exception")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle((args.exc_type, args.exc_value, args.exc_traceback), f"unhandled exception in thread {name}")

    def handle(self, info: ExcInfo, context: str) -> None:
        app_log.log.error(context, exc_info=info)
        self.caught.emit(info)

    def _show(self, info: ExcInfo) -> None:
        if self.dialog is not None:  # one dialog at a time: the rest is in the log
            self.suppressed += 1
            return
        parent = QApplication.activeWindow()
        self.dialog = dlg = CrashDialog(info, parent)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.setWindowModality(Qt.WindowModality.ApplicationModal)
        dlg.finished.connect(self._closed)
        dlg.show()  # not exec(): no nested event loop inside a hook

    def _closed(self) -> None:
        self.dialog = None


def install_crash_handler(app: QApplication) -> CrashHandler:
    handler = CrashHandler(app)
    handler.install()
    return handler
