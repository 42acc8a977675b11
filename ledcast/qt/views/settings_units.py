"""Settings → the units whose logs this workspace holds (issue 13, point 4): per
unit its airings, the period its log covers, its last imported file, and a flag on
those with no file in the last two weeks — so a district sees who has not
reported. Also the tab that holds it with the signing keys (settings_keys)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from ledcast.core.formatting import group_digits
from ledcast.core.unit_coverage import STALE_DAYS, UnitCoverage, unit_coverage
from ledcast.core.workspace import Workspace
from ledcast.qt.events import AIRINGS, SETTINGS, UNITS, WorkspaceEvents, follow
from ledcast.qt.views.settings_keys import OwnKeyBox, TrustedKeysBox
from ledcast.qt.widgets import fill, hint_style, read_only_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REPORTED = 6  # the column


class SortItem(QTableWidgetItem):
    """A cell shown as text, sorted by its value (numbers as numbers, dates as dates)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return bool(mine < theirs)


def _day(d: dt.date | None) -> str:
    return f"{d:%d/%m/%Y}" if d is not None else "—"


class UnitsBox(QGroupBox):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setTitle(self.tr("Units and their logs"))
        self.table = read_only_table(
            [
                self.tr("Unit code"),
                self.tr("Unit name"),
                self.tr("Airings"),
                self.tr("First airing"),
                self.tr("Last airing"),
                self.tr("Last file"),
                self.tr("Reported"),
            ]
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(REPORTED, Qt.SortOrder.AscendingOrder)  # who has not reported, on top
        self.summary = QLabel()
        hint_style(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.rows: list[UnitCoverage] = []  # read when the tab is first shown (KeysUnitsTab)

    def reload(self) -> None:
        self.rows = unit_coverage(self.ws)
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)  # rows filled while sorting would move under the loop
        self.table.setRowCount(0)
        for u in self.rows:
            self._add(u)
        self.table.setSortingEnabled(sorting)
        self.table.resizeColumnsToContents()
        silent = [u.code for u in self.rows if u.stale]
        self.summary.setText(
            fill(self.tr("No file in the last %1 days from: %2"), STALE_DAYS, ", ".join(silent))
            if silent
            else self.tr("Every unit sent a file in the last two weeks.")
            if any(not u.is_self for u in self.rows)
            else self.tr("No other unit yet: trust a unit's key above, then import its logs on the Airing log page.")
        )

    def _add(self, u: UnitCoverage) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        if u.is_self:
            reported = self.tr("This unit")
        elif u.stale:
            reported = fill(self.tr("No file for %1+ days"), STALE_DAYS) if u.files else self.tr("No file yet")
        else:
            reported = self.tr("Yes")
        cells: list[tuple[str, Any]] = [
            (u.code, u.code),
            (u.name, u.name),
            (group_digits(u.airings), u.airings),
            (_day(u.first_day), u.first_day or dt.date.min),
            (_day(u.last_day), u.last_day or dt.date.min),
            (_day(u.last_file_day), u.last_file_day or dt.date.min),
            (reported, (not u.stale, u.is_self, u.code)),  # those who have not reported first
        ]
        for c, (text, key) in enumerate(cells):
            item = SortItem(text)
            item.setData(SORT_ROLE, key)
            if c == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if u.stale and c == REPORTED:
                item.setForeground(QBrush(Qt.GlobalColor.red))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(r, c, item)


class KeysUnitsTab(QWidget):
    """The Settings tab: this unit's key, the trusted keys, the unit list."""

    def __init__(
        self, ws: Workspace, events: WorkspaceEvents, parent: QWidget | None = None, source: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events
        # announced as the Settings page: it would otherwise reload its unit boxes, losing unsaved edits
        self.source = source if source is not None else self
        self.shown_once = False
        self.own_key = OwnKeyBox(ws)
        self.trusted = TrustedKeysBox(ws)
        self.units = UnitsBox(ws)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_key)
        layout.addWidget(self.trusted, 2)
        layout.addWidget(self.units, 3)
        self.own_key.changed.connect(lambda: self.events.announce(self.source, SETTINGS))
        self.trusted.changed.connect(self._keys_changed)
        follow(self, events, {AIRINGS, SETTINGS, UNITS}, self.reload)

    def _keys_changed(self) -> None:
        self.units.reload()
        self.events.announce(self.source, UNITS)  # a trusted unit is a unit the log page can filter by

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The unit list reads the whole log's aggregates: not at start-up, when first shown."""
        if not self.shown_once:
            self.shown_once = True
            self.units.reload()
        super().showEvent(event)

    def reload(self, _topics: frozenset[str] = frozenset()) -> None:
        self.shown_once = True  # the follower reloads on Show before showEvent: read the log once
        self.own_key.reload()
        self.trusted.reload()
        self.units.reload()
