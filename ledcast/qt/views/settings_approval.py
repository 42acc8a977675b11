"""The Settings page's approval box: *Require approval before export and play-out*
(a workspace setting, shared with the CLI's `ledcast settings approval`)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from ledcast.core.settings import require_approval, save_require_approval
from ledcast.core.workspace import Workspace
from ledcast.qt.events import SETTINGS, WorkspaceEvents


class ApprovalBox(QGroupBox):
    def __init__(self, ws: Workspace, events: WorkspaceEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events
        self.setTitle(self.tr("Approval"))
        self.check = QCheckBox(self.tr("Require approval before export and play-out"))
        self.check.setChecked(require_approval(ws))
        hint = QLabel(
            self.tr(
                "On: a playlist with items pending or rejected is not exported until they are approved "
                "(the Export page lets you approve pending ones and records who did). "
                "Off: you are warned and asked to confirm."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.check)
        layout.addWidget(hint)
        self.check.toggled.connect(self._save)

    def _save(self, on: bool) -> None:
        save_require_approval(self.ws, on)
        self.events.announce(self, SETTINGS)

    def reload(self) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(require_approval(self.ws))
        self.check.blockSignals(False)
