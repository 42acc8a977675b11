"""The Settings page's "Database" tab (issue 16): where this workspace's database is
(the SQLite file or postgresql://…, never a password), moving it to a centre's server
or back to this PC's file (core.db.choice, the checks of `ledcast db use`; the running
program keeps its database until it restarts), and the shared media store through
which the PCs of a centre get each other's media (core.shared_store, as
`ledcast settings media-store`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import URL

from ledcast.core import shared_store
from ledcast.core.db import location
from ledcast.core.db.choice import check_server, use_database
from ledcast.core.errors import LedcastError
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.widgets import hint_label


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


class DatabaseTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        layout = QVBoxLayout(self)
        layout.addWidget(self._database_box())
        layout.addWidget(self._media_store_box())
        layout.addStretch(1)
        self.reload()

    # --- the database -------------------------------------------------------------------

    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Database"))
        self.in_use = _selectable()
        self.next_start = _selectable()
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("postgresql://USER@HOST/DATABASE"))
        self.test_button = _button(self.tr("Test connection"), self.test_connection)
        self.use_button = _button(self.tr("Use this server"), self.use_server)
        self.file_button = _button(self.tr("Back to this PC's file"), self.use_file)
        self.result = _selectable()
        buttons = QGridLayout()
        for col, b in enumerate((self.test_button, self.use_button, self.file_button)):
            buttons.addWidget(b, 0, col)
        buttons.setColumnStretch(3, 1)
        form = QFormLayout(box)
        form.addRow(self.tr("In use"), self.in_use)
        form.addRow(self.tr("From the next start"), self.next_start)
        form.addRow(self.tr("Use a server…"), self.url)
        form.addRow("", buttons)
        form.addRow("", self.result)
        form.addRow(
            hint_label(
                self.tr(
                    "A centre's PCs can share one PostgreSQL database. The password is never saved here: "
                    "give it in PGPASSWORD or a .pgpass file (on Windows %APPDATA%\\postgresql\\pgpass.conf). "
                    "The media store and the cache stay in this workspace folder."
                )
            )
        )
        return box

    def reload(self) -> None:
        url = self.ws.engine.url
        kind = self.tr("PostgreSQL server") if location.is_server(url) else self.tr("this PC's file")
        self.in_use.setText(f"{location.shown(url)} ({kind})")
        try:
            saved = location.database_url(self.ws.root)
        except LedcastError as exc:
            self.next_start.setText(error_text(exc))
        else:
            same = saved.render_as_string(False) == url.render_as_string(False)
            self.next_start.setText(self.tr("the same") if same else location.shown(saved))
        self.file_button.setEnabled(location.saved_url(self.ws.root) is not None)
        share = shared_store.shared_store(self.ws.root)
        self.share_path.setText(str(share) if share else "")
        self.share_none.setEnabled(share is not None)

    def _busy(self, work: Callable[[], str]) -> bool:
        """Run a check or a change (a server may take seconds to answer), showing its
        outcome under the buttons."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result.setText(work())
            return True
        except LedcastError as exc:
            self.result.setText("✗ " + error_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()

    def test_connection(self) -> bool:
        def work() -> str:
            found = check_server(location.server_url(self.url.text()))
            if found.revision is None:
                return self.tr("✓ Connected to %1: an empty database, ledcast will create its tables.").replace(
                    "%1", found.url
                )
            return self.tr("✓ Connected to %1: a ledcast database.").replace("%1", found.url)

        return self._busy(work)

    def _use(self, url: URL | None) -> str:
        chosen = use_database(self.ws.root, url)
        target = location.shown(chosen.engine.url)
        chosen.close()
        self.reload()
        return self.tr("Saved. Restart ledcast to work on %1.").replace("%1", target)

    def use_server(self) -> bool:
        done = self._busy(lambda: self._use(location.server_url(self.url.text())))
        if done:
            QMessageBox.information(self, self.tr("Database"), self.result.text())
        return done

    def use_file(self) -> bool:
        done = self._busy(lambda: self._use(None))
        if done:
            QMessageBox.information(self, self.tr("Database"), self.result.text())
        return done

    # --- the shared media store --------------------------------------------------------

    def _media_store_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Shared media store"))
        self.share_path = QLineEdit()
        self.share_path.setPlaceholderText(self.tr("\\\\server\\ledcast-media"))
        choose = _button(self.tr("Choose…"), self._choose_share)
        self.share_save = _button(self.tr("Save"), self.save_share)
        self.share_none = _button(self.tr("None"), self.clear_share)
        self.share_result = _selectable()
        grid = QGridLayout(box)
        for col, w in enumerate((self.share_path, choose, self.share_save, self.share_none)):
            grid.addWidget(w, 0, col)
        grid.addWidget(self.share_result, 1, 0, 1, 4)
        grid.addWidget(
            hint_label(
                self.tr(
                    "A folder every PC of the centre reaches (a network share or a mapped drive). Media imported "
                    "here are also copied there; a file another PC imported is fetched from there when it is "
                    "needed, and used only if its SHA-256 matches."
                )
            ),
            2,
            0,
            1,
            4,
        )
        return box

    def _choose_share(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared media store"), self.share_path.text())
        if folder:
            self.share_path.setText(folder)

    def save_share(self) -> bool:
        try:
            saved = shared_store.save_shared_store(self.ws.root, self.share_path.text())
        except LedcastError as exc:
            self.share_result.setText("✗ " + error_text(exc))
            return False
        self.share_result.setText(self.tr("✓ Saved: %1").replace("%1", str(saved)))
        self.reload()
        return True

    def clear_share(self) -> None:
        shared_store.save_shared_store(self.ws.root, None)
        self.share_result.setText(self.tr("This PC uses its own media store only."))
        self.reload()
