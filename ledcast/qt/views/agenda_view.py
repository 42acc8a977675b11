"""Lịch phát: what plays when on each outlet for a day or a week (Monday to
Sunday); overlaps on the same outlet are flagged, a time window is one row with
its passes, and a row opens its playlist (double-click or Enter)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import agenda as ag
from ledcast.core.agenda_status import agenda_status
from ledcast.core.dates import MAX_DATE, MIN_DATE
from ledcast.core.labels import AGENDA_STATUS_LABELS
from ledcast.core.outlets import list_outlets
from ledcast.core.workspace import Workspace
from ledcast.qt.events import AIRINGS, MEDIA, OUTLETS, PLAYLISTS, SCHEDULES, SETTINGS, WorkspaceEvents, follow
from ledcast.qt.labels import labels as translated
from ledcast.qt.views.schedule_dialog import clock, passes_text, priority_labels, weekday_names
from ledcast.qt.widgets import read_only_table

OVERLAP_BG = QColor("#ffd9d9")
EMERGENCY_FG = QColor("#b00020")
STATUS_FG = {"aired": QColor("#1b7f3b"), "partly": QColor("#9a5b00"), "missed": QColor("#b00020")}
STATUS_COLUMN = 8


PLAYLIST_ROLE = Qt.ItemDataRole.UserRole


class AgendaView(QWidget):
    open_playlist = Signal(int)  # a row was activated: show this playlist on the Playlists page

    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)
        self.agenda: ag.Agenda | None = None
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setDateRange(QDate(MIN_DATE), QDate(MAX_DATE - dt.timedelta(days=7)))  # what the core accepts
        self.span = QComboBox()
        self.span.addItem(self.tr("Day"), 1)
        self.span.addItem(self.tr("Week"), 7)
        self.outlet = QComboBox()
        self.prev_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.today_button = QPushButton(self.tr("Today"))
        bar = QHBoxLayout()
        for w in (self.prev_button, self.date, self.next_button, self.today_button, self.span):
            bar.addWidget(w)
        bar.addWidget(QLabel(self.tr("Outlet")))
        bar.addWidget(self.outlet)
        bar.addStretch(1)
        self.table = read_only_table(
            [
                self.tr("Weekday"),
                self.tr("Date"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Outlet"),
                self.tr("Playlist"),
                self.tr("Priority"),
                self.tr("Passes"),
                self.tr("Status"),
            ]
        )
        self.table.setToolTip(self.tr("Double-click a row (or press Enter) to open its playlist"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Agenda") + "</h2>"))
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        self.outlet.currentIndexChanged.connect(lambda _i: self.refresh())
        self.prev_button.clicked.connect(lambda: self.date.setDate(self.date.date().addDays(-self.span.currentData())))
        self.next_button.clicked.connect(lambda: self.date.setDate(self.date.date().addDays(self.span.currentData())))
        self.today_button.clicked.connect(lambda: self.date.setDate(QDate.currentDate()))
        self.table.activated.connect(self._on_activated)
        self.reload_outlets()
        # one follower: a logged airing only changes a status (refresh), the rest may change the outlets too
        follow(
            self,
            self.events,
            {MEDIA, OUTLETS, PLAYLISTS, SCHEDULES, SETTINGS, AIRINGS},
            lambda topics: self.refresh() if topics == {AIRINGS} else self.reload_outlets(),
        )

    def reload_outlets(self) -> None:
        current = self.outlet.currentData()
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem(self.tr("All outlets"), None)
        for o in list_outlets(self.ws):
            self.outlet.addItem(o.name, o.name)
        self.outlet.setCurrentIndex(max(0, self.outlet.findData(current)))
        self.outlet.blockSignals(False)
        self.refresh()

    def first_day(self) -> dt.date:
        """The chosen day, or the Monday of its week in the week view."""
        day: dt.date = self.date.date().toPython()
        return day - dt.timedelta(days=day.weekday()) if self.span.currentData() == 7 else day

    def _on_activated(self, index) -> None:  # type: ignore[no-untyped-def]
        item = self.table.item(index.row(), 0)
        if item is not None and item.data(PLAYLIST_ROLE) is not None:
            self.open_playlist.emit(item.data(PLAYLIST_ROLE))

    def refresh(self) -> None:
        a = ag.agenda(self.ws, self.first_day(), self.span.currentData(), self.outlet.currentData())
        self.agenda = a
        labels = priority_labels(self)
        status = agenda_status(self.ws, a.occurrences, dt.datetime.now())  # past ones: aired, partly, missed
        status_names = translated(AGENDA_STATUS_LABELS)
        days = weekday_names()
        self.table.setRowCount(len(a.occurrences))
        for r, o in enumerate(a.occurrences):
            cells = [
                days[o.start.weekday()],
                f"{o.start:%d/%m/%Y}",
                clock(o.start),
                clock(o.end),
                o.outlet_name or "—",
                o.playlist_name + (f" (#{o.repeat_index + 1})" if o.repeat_index else ""),
                labels.get(o.priority, o.priority),
                passes_text(o.passes) if o.is_window else "",
                status_names[status[o]] if o in status else "",
            ]
            overlap = a.overlapping(o)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PLAYLIST_ROLE, o.playlist_id)
                if overlap:
                    item.setBackground(OVERLAP_BG)
                    item.setToolTip(self.tr("Overlaps another programme on the same outlet"))
                if o.priority == "emergency":
                    item.setForeground(EMERGENCY_FG)
                if c == STATUS_COLUMN and o in status:
                    item.setForeground(STATUS_FG[status[o]])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if not a.occurrences:
            text = self.tr("Nothing scheduled in this period. Add a schedule to a playlist.")
        else:
            text = self.tr("%1 airing(s).").replace("%1", str(len(a.occurrences)))
        if a.overlaps:
            text += " " + self.tr("%1 overlap(s) on the same outlet (highlighted).").replace("%1", str(len(a.overlaps)))
            self.summary.setStyleSheet("color: #b00020; font-weight: 600;")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)
