"""The Play-out page (Phát sóng): the console of the play-out engine (qt/playout_engine.py).

One card per outlet (console_outlet.py), the red Emergency… button
(console_emergency.py), the Auto play-out toggle, the next ten programmes, the
missed ones with Start now, the engine's messages, and red banners for the clock
warning and for errors. The engine starts when the page is first shown, or with
the app when automatic play-out was left on (MainWindow → start_if_auto), and is
shut down with the window (what is on air is logged as it qualifies)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledcast.core.labels import PRIORITY_LABELS
from ledcast.core.outlets import list_outlets
from ledcast.core.playout import Programme
from ledcast.core.settings import read_prefixed
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import AIRINGS, OUTLETS, PLAYLISTS, SCHEDULES, SETTINGS, WorkspaceEvents, follow
from ledcast.qt.labels import label
from ledcast.qt.playout_engine import AUTO_KEY, PlayoutEngine
from ledcast.qt.views.console_emergency import EmergencyDialog
from ledcast.qt.views.console_outlet import OutletCard
from ledcast.qt.widgets import fill, hint_label, read_only_table, titled_column

LOG_LINES = 50
BANNER = "background: #c62828; color: white; padding: 6px; border-radius: 3px; font-weight: bold;"
PLAYED = ("speaker", "screen")  # outlet kinds the engine plays


def _engine(ws: Workspace, parent: QWidget) -> PlayoutEngine:
    return PlayoutEngine(ws, parent=parent)


class ConsoleView(QWidget):
    def __init__(
        self,
        ws: Workspace,
        events: WorkspaceEvents | None = None,
        engine_factory: Callable[[Workspace, QWidget], PlayoutEngine] = _engine,
    ) -> None:
        super().__init__()
        self.ws = ws
        self.events = events or WorkspaceEvents(self)
        self.engine_factory = engine_factory
        self.engine: PlayoutEngine | None = None
        self.cards: dict[str, OutletCard] = {}
        self._missed_shown: list[Programme] = []

        self.auto = QCheckBox(self.tr("Auto play-out: start each scheduled programme at its time"))
        self.auto.setToolTip(self.tr("Remembered: the app resumes automatic play-out when it starts again"))
        self.auto.toggled.connect(self.set_auto)
        self.emergency_button = QPushButton(self.tr("Emergency…"))
        self.emergency_button.setStyleSheet(
            "QPushButton { background: #c62828; color: white; font-weight: bold; padding: 6px 16px; }"
        )
        self.emergency_button.clicked.connect(self.emergency)
        top = QHBoxLayout()
        top.addWidget(self.auto)
        top.addStretch(1)
        top.addWidget(self.emergency_button)

        self.clock_banner = QLabel()
        self.clock_banner.setWordWrap(True)
        self.clock_banner.setStyleSheet(BANNER)
        self.clock_banner.hide()
        self.error_banner = QFrame()
        self.error_banner.setStyleSheet(f"QFrame {{ {BANNER} }}")
        self.error_text = QLabel()
        self.error_text.setWordWrap(True)
        self.error_text.setStyleSheet("color: white;")
        close = QPushButton(self.tr("Hide"))
        close.clicked.connect(self.error_banner.hide)
        row = QHBoxLayout(self.error_banner)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error_text, 1)
        row.addWidget(close)
        self.error_banner.hide()

        # left: the outlets' cards
        self.cards_box = QVBoxLayout()
        self.cards_box.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.cards_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.no_outlets = hint_label(
            self.tr("No loudspeaker or screen outlet yet: add one on the Outlets page, and choose where it plays.")
        )
        self.cards_box.insertWidget(0, self.no_outlets)
        left, left_layout = titled_column(self.tr("Outlets"))
        left_layout.addWidget(scroll, 1)

        # right: what comes, what was missed, what happened
        right, right_layout = titled_column(self.tr("Next programmes"))
        self.next_table = read_only_table([self.tr("Time"), self.tr("Outlet"), self.tr("Playlist"), self.tr("Level")])
        right_layout.addWidget(self.next_table, 3)
        right_layout.addWidget(QLabel("<b>" + self.tr("Missed (not started late on their own)") + "</b>"))
        self.missed_table = read_only_table([self.tr("Time"), self.tr("Outlet"), self.tr("Playlist")])
        self.start_late_button = QPushButton(self.tr("Start now"))
        self.start_late_button.setEnabled(False)
        self.start_late_button.clicked.connect(self.start_late)
        self.missed_table.itemSelectionChanged.connect(
            lambda: self.start_late_button.setEnabled(bool(self.missed_table.selectionModel().selectedRows()))
        )
        right_layout.addWidget(self.missed_table, 1)
        right_layout.addWidget(self.start_late_button, 0, Qt.AlignmentFlag.AlignRight)
        right_layout.addWidget(QLabel("<b>" + self.tr("Messages") + "</b>"))
        self.log = QListWidget()
        self.log.setWordWrap(True)
        right_layout.addWidget(self.log, 2)

        body = QHBoxLayout()
        body.addWidget(left, 3)
        body.addWidget(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.clock_banner)
        layout.addWidget(self.error_banner)
        layout.addLayout(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        follower = follow(self, self.events, {SCHEDULES, SETTINGS, OUTLETS, PLAYLISTS}, self._on_workspace)
        # the engine plays while the page is hidden: what it plays must not wait for the page to be shown
        self.events.changed.connect(lambda *_: follower.flush())
        self._outlets_changed = False

    # --- the engine --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.start_engine()
        super().showEvent(event)

    def start_if_auto(self) -> None:
        """At start-up: automatic play-out left on resumes at once, the page need not be opened."""
        if read_prefixed(self.ws, "playout.").get(AUTO_KEY, False):
            self.start_engine()

    def start_engine(self) -> PlayoutEngine:
        if self.engine is not None:
            return self.engine
        engine = self.engine = self.engine_factory(self.ws, self)
        engine.changed.connect(lambda _outlet: self.refresh())
        engine.message.connect(self.add_line)
        engine.error.connect(self.show_error)
        engine.logged.connect(lambda *_: self.events.announce(self, AIRINGS))
        self._show_auto()
        self._build_cards()
        self.timer.start()
        self.refresh()
        return engine

    def on_air(self) -> list[str]:
        """Outlets playing now (the main window asks before closing)."""
        if self.engine is None:
            return []
        return [o for o in self.engine.outlets() if not self.engine.state(o).idle]

    def shutdown(self) -> None:
        """Stop every outlet, logging what qualifies; the page shows nothing on air after."""
        self.timer.stop()
        if self.engine is not None:
            engine, self.engine = self.engine, None
            engine.shutdown()
            self.events.announce(self, AIRINGS)

    def _show_auto(self) -> None:
        self.auto.blockSignals(True)
        self.auto.setChecked(self.engine is not None and self.engine.auto)
        self.auto.blockSignals(False)

    def set_auto(self, on: bool) -> None:
        self.start_engine().set_auto(on)
        self._show_auto()
        self.add_line(self.tr("Auto play-out is on.") if on else self.tr("Auto play-out is off."))
        self.refresh()

    def _build_cards(self) -> None:
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        engine = self.engine
        names = engine.outlets() if engine is not None else []
        for n, name in enumerate(names):
            card = OutletCard(self.ws, engine, name, self.show_error)  # type: ignore[arg-type]
            card.said.connect(self.add_line)
            self.cards[name] = card
            self.cards_box.insertWidget(n, card)
        self.no_outlets.setVisible(not names)

    def _on_workspace(self, topics: frozenset[str]) -> None:
        engine = self.engine
        if engine is None:
            return  # read afresh when it starts
        self._outlets_changed |= OUTLETS in topics
        engine.reload()
        for card in self.cards.values():
            card.load_playlists()
        self.refresh()

    def _renew_outlets(self) -> None:
        """An outlet added, renamed or removed: a new engine serves the new set, once none is on air."""
        engine = self.engine
        if engine is None or not self._outlets_changed or self.on_air():
            return
        self._outlets_changed = False
        if sorted(o.name for o in list_outlets(self.ws) if o.kind in PLAYED) != engine.outlets():
            auto, self.engine = engine.auto, None
            engine.shutdown()
            self.start_engine().set_auto(auto, remember=False)

    # --- the operator's actions -----------------------------------------------------------------

    def emergency(self) -> None:
        engine = self.start_engine()
        outlets = {name: engine.state(name).kind for name in engine.outlets()}
        if not outlets:
            self.show_error(self.tr("No loudspeaker or screen outlet to air an emergency on."))
            return
        dialog = EmergencyDialog(self.ws, outlets, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outlet, playlist, media = dialog.choice()
        sure = QMessageBox.question(
            self,
            self.tr("Emergency broadcast"),
            fill(self.tr("Air “%1” on “%2” now, interrupting what plays there?"), dialog.chosen_text(), outlet),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return
        try:
            engine.emergency(outlet, playlist, media=media)
        except Exception as exc:  # noqa: BLE001 - said in the banner
            self.show_error(exc)
        else:
            self.add_line(fill(self.tr("%1: EMERGENCY “%2” aired by the operator."), outlet, dialog.chosen_text()))
        self.refresh()

    def start_late(self) -> None:
        rows = self.missed_table.selectionModel().selectedRows()
        if self.engine is None or not rows:
            return
        p = self._missed_shown[rows[0].row()]
        try:
            self.engine.start_late(p)
        except Exception as exc:  # noqa: BLE001 - said in the banner
            self.show_error(exc)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------------

    def add_line(self, text: str, error: bool = False) -> None:
        item = QListWidgetItem(f"{dt.datetime.now():%H:%M:%S}  {text}")
        if error:
            item.setForeground(QBrush(QColor("#c62828")))
        self.log.insertItem(0, item)  # the newest on top, in view
        while self.log.count() > LOG_LINES:
            self.log.takeItem(self.log.count() - 1)

    def show_error(self, error: str | Exception) -> None:
        text = error if isinstance(error, str) else error_text(error)
        self.error_text.setText(text)
        self.error_banner.show()
        self.add_line(text, error=True)

    def refresh(self) -> None:
        self._renew_outlets()
        engine = self.engine
        if engine is None:
            return
        for card in self.cards.values():
            card.refresh()
        self.clock_banner.setText(engine.clock_warning)
        self.clock_banner.setVisible(bool(engine.clock_warning))
        self._fill(self.next_table, [self._row(p, True) for p in engine.next_programmes(10)])
        missed = engine.missed()
        if missed != self._missed_shown:
            self._missed_shown = missed
            self._fill(self.missed_table, [self._row(p, False) for p in missed])

    def _row(self, p: Programme, level: bool) -> list[str]:
        cells = [f"{p.due:%d/%m %H:%M}", p.outlet, p.playlist_name]
        return [*cells, label(PRIORITY_LABELS, p.priority)] if level else cells

    @staticmethod
    def _fill(table, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
        current = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
        if current == rows:
            return  # unchanged: the selection stays
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
