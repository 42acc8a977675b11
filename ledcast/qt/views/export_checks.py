"""What the Export page asks before an export starts: items not approved (refused
with the setting on, unless pending ones are approved right here and who approves
is recorded; a warning to confirm with it off) and replacing an earlier export of
the playlist in the chosen folder. The core checks both again and refuses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ledcast.core import export as export_mod
from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.core.approval import STATE_WORDS, Unapproved, approval_problems
from ledcast.core.errors import CONTEXT, LedcastError
from ledcast.core.settings import require_approval
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import MEDIA, WorkspaceEvents
from ledcast.qt.views.export_summary import local_time_text

APPROVER_KEY = "export/approver"  # who approved last time: asked again, prefilled


def _answer(box: QMessageBox) -> QMessageBox.StandardButton:
    """The standard button pressed (exec()'s return value is an int whatever the button)."""
    box.exec()
    return box.standardButton(box.clickedButton())


class ExportChecks(QObject):
    def __init__(self, ws: Workspace, events: WorkspaceEvents, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events
        self.page = parent

    def before_export(self, playlist_id: int, dest: str) -> dict[str, bool] | None:
        """The go-aheads for the export (allow_unapproved, replace), or None when
        the operator stopped it or it cannot go ahead."""
        p = pl.get_playlist(self.ws, playlist_id)  # fresh: approvals may have changed in the Library
        allow = self.approval(p.name, approval_problems(p))
        if allow is None:
            return None
        earlier = export_mod.earlier_export(self.ws, p, Path(dest).expanduser())
        if earlier is not None and not self.ask_replace(earlier):
            return None
        return {"allow_unapproved": allow, "replace": earlier is not None}

    # --- approval -----------------------------------------------------------------------

    def _state(self, state: str) -> str:
        return QCoreApplication.translate(CONTEXT, STATE_WORDS.get(state, state))  # the core's words for them

    def _listing(self, items: list[Unapproved]) -> str:
        return "\n".join(f"• #{i.media_id} “{i.title}” ({self._state(i.state)})" for i in items)

    def approval(self, name: str, items: list[Unapproved]) -> bool | None:
        """False: nothing to allow (all approved, or approved here now); True: the
        operator confirmed exporting them (setting off); None: not exported."""
        if not items:
            return False
        if not require_approval(self.ws):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Items not approved"), "", parent=self.page)
            box.setObjectName("approvalWarning")
            box.setText(self.tr("“%1” has items that are not approved:").replace("%1", name))
            box.setInformativeText(self._listing(items) + "\n\n" + self.tr("Export it anyway?"))
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            return True if _answer(box) == QMessageBox.StandardButton.Yes else None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not approved"), "", parent=self.page)
        box.setObjectName("approvalRefusal")
        box.setText(
            self.tr("“%1” cannot be exported: these items are not approved (Settings require approval).").replace(
                "%1", name
            )
        )
        approve = None
        if any(i.state == "rejected" for i in items):
            box.setInformativeText(
                self._listing(items)
                + "\n\n"
                + self.tr("Rejected items must be taken out of the playlist, or approved again in the Library.")
            )
            box.setStandardButtons(QMessageBox.StandardButton.Close)
        else:
            box.setInformativeText(self._listing(items) + "\n\n" + self.tr("Approve them now and export?"))
            approve = box.addButton(self.tr("Approve and export…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(approve)
        box.exec()
        if approve is None or box.clickedButton() is not approve:
            return None
        return False if self._approve([i.media_id for i in items]) else None

    def _approve(self, ids: list[int]) -> bool:
        """Ask who approves (remembered for next time) and record it."""
        settings = QSettings()
        name, ok = QInputDialog.getText(
            self.page,
            self.tr("Who approves?"),
            self.tr("Name and position of the person approving these items:"),
            QLineEdit.EchoMode.Normal,
            settings.value(APPROVER_KEY, "", str) or "",
        )
        name = name.strip()
        if not ok or not name:
            return False
        try:
            library.set_approval(self.ws, ids, "approved", by=name)
        except LedcastError as exc:
            QMessageBox.warning(self.page, self.tr("Not approved"), error_text(exc))
            return False
        settings.setValue(APPROVER_KEY, name)
        self.events.announce(self.page, MEDIA)
        return True

    # --- replacing ----------------------------------------------------------------------

    def ask_replace(self, earlier: export_mod.Earlier) -> bool:
        when = local_time_text(earlier.created) if earlier.created is not None else "?"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the earlier export?"), "", parent=self.page)
        box.setObjectName("replaceQuestion")
        box.setText(
            self.tr("“%1” holds the export of this playlist made %2.")
            .replace("%1", str(earlier.folder))
            .replace("%2", when)
        )
        box.setInformativeText(self.tr("Replace it with the new export? (No: nothing is changed there.)"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return _answer(box) == QMessageBox.StandardButton.Yes
