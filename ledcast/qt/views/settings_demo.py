"""The demo content from the GUI: *Load demo content…* and *Remove demo content…* on the
Settings page (the welcome dialog loads it through the same job). The work is core.demo's,
run off the GUI thread with progress and Cancel; what it did is shown in core's words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from ledcast.core import demo
from ledcast.core.demo_report import load_lines, removal_lines
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import MEDIA, OUTLETS, PLAYLISTS, SCHEDULES, SETTINGS, WorkspaceEvents, follow
from ledcast.qt.jobs import run_job

CHANGED = (MEDIA, OUTLETS, PLAYLISTS, SCHEDULES, SETTINGS)  # what the demo adds or takes away


def _summary(lines: list[str]) -> str:
    return "\n".join([lines[0], *("• " + line for line in lines[1:])])


def start_demo_load(
    owner: QWidget, ws: Workspace, events: WorkspaceEvents | None, done: Callable[[bool], None]
) -> None:
    """Load the demo in the background; say what was made (or why not); then done(loaded)."""
    title = QCoreApplication.translate("DemoButtons", "Load demo content")

    def finished(made: demo.DemoLoad) -> None:
        if events is not None:
            events.announce(owner, *CHANGED)
        QMessageBox.information(owner, title, _summary(load_lines(made, cli=False)))
        done(True)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(owner, title, error_text(exc))
        done(False)

    run_job(
        owner, demo.load_demo, ws, title=title, on_done=finished, on_failed=failed, on_cancelled=lambda _e: done(False)
    )


class DemoButtons(QWidget):
    """Settings → General: *Load demo content…* and *Remove demo content…* (every demo item in
    one step), right of `lead` on one line: the tab has no height to spare on a 768-pixel screen."""

    def __init__(
        self, ws: Workspace, events: WorkspaceEvents, lead: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.events = ws, events
        hint = self.tr(
            "A small example (names start with “Mẫu – ”): a slide per task, a jingle, two test bulletins, "
            "a screen, a loudspeaker and their playlists, ready to export."
        )
        self.load_button = QPushButton(self.tr("Load demo content…"))
        self.remove_button = QPushButton(self.tr("Remove demo content…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if lead is not None:
            row.addWidget(lead)
        row.addStretch(1)
        for button, slot in ((self.load_button, self.load), (self.remove_button, self.remove)):
            button.setToolTip(hint)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.refresh()
        follow(self, events, CHANGED, lambda _topics: self.refresh())

    def refresh(self) -> None:
        loaded = demo.demo_loaded(self.ws)
        self.load_button.setEnabled(not loaded)
        self.remove_button.setEnabled(loaded)

    def load(self) -> None:
        self.load_button.setEnabled(False)
        start_demo_load(self, self.ws, self.events, lambda _loaded: self.refresh())

    def remove(self) -> None:
        title = self.tr("Remove demo content")
        question = self.tr(
            "Remove every demo item (names starting with “Mẫu – ”): its slides, sounds, outlets, playlists and "
            "schedules? Your own items stay; a demo item in one of your playlists is taken out of it."
        )
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        try:
            gone = demo.remove_demo(self.ws)
        except Exception as exc:  # noqa: BLE001 - the operator must see why
            QMessageBox.warning(self, title, error_text(exc))
            self.refresh()
            return
        self.events.announce(self, *CHANGED)
        self.refresh()
        QMessageBox.information(self, title, _summary(removal_lines(gone)))
