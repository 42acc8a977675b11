"""One outlet on the Play-out page (console_view.py): what plays, how far, what is
next, and the operator's buttons — a playlist to play, pause/resume, stop, skip."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
)

from ledcast.core.formatting import clock
from ledcast.core.labels import KIND_LABELS, PRIORITY_LABELS
from ledcast.core.playlist import list_playlists
from ledcast.core.workspace import Workspace
from ledcast.qt.labels import label
from ledcast.qt.playout_engine import PlayoutEngine
from ledcast.qt.playout_state import OutletState
from ledcast.qt.widgets import fill, hint_style


class OutletCard(QFrame):
    """A framed card; `refresh()` shows the engine's state of the outlet (the page calls it each second)."""

    said = Signal(str)  # one line for the page's messages: what the operator did

    def __init__(
        self, ws: Workspace, engine: PlayoutEngine, outlet: str, on_error: Callable[[Exception], None]
    ) -> None:
        super().__init__()
        self.ws, self.engine, self.outlet, self.on_error = ws, engine, outlet, on_error
        self.kind = engine.state(outlet).kind
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("outletCard")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(3)

        self.title = QLabel(f"<b>{escape(outlet)}</b> — {label(KIND_LABELS, self.kind)}")
        self.now = QLabel()
        self.now.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.time = QLabel()
        self.time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next = QLabel()
        hint_style(self.next)
        for lab in (self.title, self.now, self.next):
            lab.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.now, 1, 0, 1, 2)
        grid.addWidget(self.progress, 2, 0)
        grid.addWidget(self.time, 2, 1)
        grid.addWidget(self.next, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)

        self.playlists = QComboBox()
        self.playlists.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.playlists.setMinimumContentsLength(12)
        self.playlists.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play the chosen playlist on this outlet now"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.skip_button = QPushButton(self.tr("Skip item"))
        self.play_button.clicked.connect(self.play)
        self.pause_button.clicked.connect(self.pause_or_resume)
        self.stop_button.clicked.connect(lambda: self._do(self.engine.stop, self.tr("%1: stopped by the operator.")))
        self.skip_button.clicked.connect(lambda: self._do(self.engine.skip, self.tr("%1: item skipped.")))
        row = QHBoxLayout()
        row.addWidget(self.playlists, 1)
        for b in (self.play_button, self.pause_button, self.stop_button, self.skip_button):
            row.addWidget(b)
        grid.addLayout(row, 4, 0, 1, 2)
        self.load_playlists()
        self.refresh()

    def load_playlists(self) -> None:
        """Playlists of the outlet's kind, those meant for this outlet first."""
        current = self.playlists.currentData()
        mine = [p for p in list_playlists(self.ws) if p.kind == self.kind]
        mine.sort(key=lambda p: (p.outlet is None or p.outlet.name != self.outlet, p.outlet is not None))
        self.playlists.clear()
        for p in mine:
            self.playlists.addItem(p.name, p.id)
        if current is not None and (i := self.playlists.findData(current)) >= 0:
            self.playlists.setCurrentIndex(i)
        self.play_button.setEnabled(self.playlists.count() > 0)

    def _do(self, action: Callable[[str], None], line: str = "") -> None:
        try:
            action(self.outlet)
        except Exception as exc:  # noqa: BLE001 - the page says it in its banner; the air goes on
            self.on_error(exc)
        else:
            if line:
                self.said.emit(fill(line, self.outlet, self.playlists.currentText()))
        self.refresh()

    def play(self) -> None:
        playlist = self.playlists.currentData()
        if playlist is not None:
            self._do(lambda outlet: self.engine.play_now(outlet, playlist), self.tr("%1: “%2” played by the operator."))

    def pause_or_resume(self) -> None:
        paused = self.engine.state(self.outlet).paused
        line = self.tr("%1: resumed.") if paused else self.tr("%1: paused.")
        self._do(self.engine.resume if paused else self.engine.pause, line)

    def refresh(self) -> None:
        st = self.engine.state(self.outlet)
        self.now.setText(self.now_text(st))
        busy = not st.idle and not st.preparing
        self.progress.setMaximum(1000)
        total = st.elapsed_s + st.remaining_s
        self.progress.setValue(int(1000 * st.elapsed_s / total) if busy and total > 0 else 0)
        self.time.setText(
            fill(self.tr("%1 / %2 (%3 left)"), clock(st.elapsed_s), clock(total), clock(st.remaining_s))
            if busy and total > 0
            else ""
        )
        self.next.setText(fill(self.tr("Next: %1"), escape(st.next_title)) if busy and st.next_title else "")
        self.pause_button.setText(self.tr("Resume") if st.paused else self.tr("Pause"))
        self.pause_button.setEnabled(busy)
        self.stop_button.setEnabled(not st.idle)
        self.skip_button.setEnabled(busy)
        colour = "#c62828" if st.priority == "emergency" and not st.idle else "#2e7d32" if busy else ""
        self.setStyleSheet(f"#outletCard {{ border: 2px solid {colour}; border-radius: 4px; }}" if colour else "")

    def now_text(self, st: OutletState) -> str:
        if st.idle:
            return self.tr("Not playing")
        head = fill(self.tr("“%1”"), escape(st.programme))
        if st.scheduled_at is not None:
            head += " " + fill(self.tr("(scheduled %1)"), f"{st.scheduled_at:%H:%M}")
        if st.priority and st.priority != "normal":
            head += f" — {label(PRIORITY_LABELS, st.priority)}"
        if st.preparing:
            return head + "<br>" + self.tr("Preparing the sound (rendering its pieces)…")
        item = fill(self.tr("Item %1 of %2: %3"), st.index + 1, st.count, f"<b>{escape(st.item_title)}</b>")
        if st.paused:
            item += " — " + self.tr("paused")
        return f"{head}<br>{item}"
