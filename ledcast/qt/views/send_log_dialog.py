"""Gửi nhật ký…: this unit's airing log as one signed file for the level above
(issue 13). What to send — new since the last file (the default) or the airings
of chosen days — with how many airings that is, then the file written off the
GUI thread (ledcast.core.exchange_send.send_log)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import keys
from ledcast.core.errors import LedcastError
from ledcast.core.exchange import ExportedLog
from ledcast.core.exchange_send import ToSend, send_dir, send_log, suggested_name, to_send
from ledcast.core.formatting import group_digits
from ledcast.core.text import nfc
from ledcast.core.units import self_unit
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import WorkspaceEvents
from ledcast.qt.jobs import JobRunner, run_job
from ledcast.qt.views.airing_dialogs import ask_unit
from ledcast.qt.views.export_summary import local_time_text
from ledcast.qt.widgets import fill, hint_style


def free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or name-2, name-3 … when taken: a second send the same day must
    never replace a first file that may not have left yet."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path


class SendLogDialog(QDialog):
    """Choose what to send and where; Send writes the file in the background."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.sent: ExportedLog | None = None  # the file written, once sent
        self.pending: ToSend | None = None  # what the chosen option would send now
        self.job: JobRunner | None = None
        self.setWindowTitle(self.tr("Send the airing log"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "One signed file with this unit's airings, for the level above: copy it to a USB stick, "
                "or send it by e-mail or Zalo. There it is checked against this unit's key."
            )
        )
        intro.setWordWrap(True)

        self.since_last = QRadioButton(self.tr("New since the last file sent"))
        self.since_note = QLabel()
        self.by_days = QRadioButton(self.tr("The airings of these days"))
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(1 - today.day())), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.days_note = QLabel()
        for note in (self.since_note, self.days_note):
            note.setWordWrap(True)
            hint_style(note)
        days = QHBoxLayout()
        for text, w in ((self.tr("from"), self.date_from), (self.tr("to"), self.date_to)):
            days.addWidget(QLabel(text))
            days.addWidget(w)
        days.addStretch(1)
        choice = QGridLayout()
        choice.setColumnMinimumWidth(0, 24)
        choice.addWidget(self.since_last, 0, 0, 1, 2)
        choice.addWidget(self.since_note, 1, 1)
        choice.addWidget(self.by_days, 2, 0, 1, 2)
        choice.addLayout(days, 3, 1)
        choice.addWidget(self.days_note, 4, 1)

        unit = self_unit(ws)
        folder = Path(
            send_dir(ws) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        if not folder.is_dir():
            folder = Path.home()
        name = suggested_name(unit.code if unit else "", dt.date.today())
        self.path = QLineEdit(str(free_path(folder, name)))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Save as")))
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        try:
            self.key_note.setText(fill(self.tr("Signed with this unit's key: %1"), keys.own_key(ws).fingerprint))
        except LedcastError as exc:  # no key: the page checks first (ready_to_send), but say it here too
            self.key_note.setText(error_text(exc))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choice)
        layout.addLayout(where)
        layout.addWidget(self.key_note)
        layout.addWidget(self.buttons)

        self.since_last.setChecked(True)
        self.since_last.toggled.connect(self.refresh)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._days_changed)
        self.refresh()

    # --- what would be sent ---------------------------------------------------------------

    def chosen_days(self) -> tuple[dt.date, dt.date] | None:
        """The days chosen, or None for "new since the last file sent"."""
        if self.since_last.isChecked():
            return None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def _days_changed(self) -> None:
        self.by_days.setChecked(True)  # touching the days means sending them
        self.refresh()

    def refresh(self) -> None:
        """Count what each option sends (one SQL count each) and say it under the option."""
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(self.by_days.isChecked())
        since = to_send(self.ws, since_last=True)
        self.since_note.setText(self.since_text(since))
        try:
            days = to_send(self.ws, self.date_from.date().toPython(), self.date_to.date().toPython())
        except LedcastError as exc:  # an end before the start
            self.days_note.setText(error_text(exc))
            days = None
        else:
            self.days_note.setText(
                fill(self.tr("%1 airing(s) of this unit on these days."), group_digits(days.records))
            )
        self.pending = since if self.since_last.isChecked() else days

    def since_text(self, t: ToSend) -> str:
        n = group_digits(t.records)
        if not t.sent_before:
            return fill(self.tr("No file sent yet: the first one holds all %1 airing(s) of this unit."), n)
        if t.last_sent_at is None:
            return fill(self.tr("%1 new airing(s) since the last file sent."), n)
        return fill(self.tr("%1 new airing(s) since the last file sent, on %2."), n, local_time_text(t.last_sent_at))

    # --- sending --------------------------------------------------------------------------

    def choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed airing log"), self.path.text(), self.tr("Signed airing log (*.json)")
        )
        if path:
            self.path.setText(path)

    def target(self) -> Path | None:
        """The file to write, checked; None (and said) when it cannot be."""
        text = nfc(self.path.text().strip())
        title = self.windowTitle()
        if not text:
            QMessageBox.information(self, title, self.tr("Choose where to save the file."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        if not path.parent.is_dir():
            QMessageBox.warning(self, title, fill(self.tr("The folder %1 does not exist."), path.parent))
            return None
        if path.exists():
            ask = fill(self.tr("%1 already exists. Replace it? A file not yet delivered would be lost."), path)
            if QMessageBox.question(self, title, ask) != QMessageBox.StandardButton.Yes:
                return None
        return path

    def send(self) -> None:
        self.refresh()  # counted again: something may have aired since the dialog opened
        if self.pending is None:
            QMessageBox.warning(self, self.windowTitle(), self.days_note.text())
            return
        if self.pending.records == 0:
            self.nothing_to_send()
            return
        path = self.target()
        if path is None:
            return
        self.send_button.setEnabled(False)
        done, failed = self._sent, self._failed
        self.job = run_job(
            self, send_log, self.ws, path, self.chosen_days(), title=self.windowTitle(), on_done=done, on_failed=failed
        )

    def nothing_to_send(self) -> None:
        if self.since_last.isChecked():
            text = self.tr("Nothing new to send: every airing is in a file already sent. No file was written.")
        else:
            text = self.tr("This unit has no airing on these days. No file was written.")
        QMessageBox.information(self, self.windowTitle(), text)

    def _sent(self, done: ExportedLog | None) -> None:
        self.job = None
        self.send_button.setEnabled(True)
        if done is None:
            self.nothing_to_send()
            return
        self.sent = done
        QMessageBox.information(
            self,
            self.windowTitle(),
            fill(
                self.tr(
                    "Sent %1 airing(s) of unit %2 to\n%3\n\nSigned with the key %4: the level above sees "
                    "the same fingerprint for this unit."
                ),
                group_digits(done.records),
                done.unit_code,
                done.path,
                done.fingerprint,
            ),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.send_button.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), error_text(exc))


def ready_to_send(parent: QWidget, ws: Workspace, events: WorkspaceEvents | None) -> bool:
    """A unit (asked for once) and a signing key; said plainly when the key is missing."""
    if self_unit(ws) is None and not ask_unit(parent, ws, events):
        return False
    if not keys.private_key_path(ws).exists():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SendLogDialog", "Send the airing log"),
            QCoreApplication.translate(
                "SendLogDialog",
                "This unit has no signing key yet. Create the unit's signing key first in Settings, "
                "and give its public key to the level above: they trust it once, then check every file by it.",
            ),
        )
        return False
    return True


def open_send_dialog(parent: QWidget, ws: Workspace, events: WorkspaceEvents | None) -> SendLogDialog | None:
    """The Send log… button: checks, then the dialog (None when it was not opened)."""
    if not ready_to_send(parent, ws, events):
        return None
    dlg = SendLogDialog(ws, parent)
    dlg.exec()
    return dlg
