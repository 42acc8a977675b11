"""The airing log as a paged table model: rows come PAGE at a time through
airing_query.query (LIMIT/OFFSET over the start index) as the view scrolls
(canFetchMore/fetchMore), so a log of a million rows opens at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ledcast.core import airing_query as aq
from ledcast.core.airing_table import COLUMNS, local_start
from ledcast.core.db.models import Airing
from ledcast.core.formatting import clock_hms
from ledcast.core.labels import ORIGIN_LABELS, RECORDED_HOW_LABELS
from ledcast.core.workspace import Workspace
from ledcast.qt.labels import label
from ledcast.qt.models.base import FlatTableModel

PAGE = 200
UUID_ROLE = Qt.ItemDataRole.UserRole
VOIDED_ROLE = Qt.ItemDataRole.UserRole + 1  # True for a voided row or a void row (greyed)


def heading(key: str) -> str:
    """The translated heading of a column of the log's table (airing_table.COLUMNS):
    the page, its dialogs, the CLI and the saved files name a field alike."""
    return QCoreApplication.translate("Airing", dict(COLUMNS)[key])


class AiringModel(FlatTableModel):
    COLUMNS = ("when", "outlet", "title", "tasks", "duration", "how", "origin", "operator")

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.filter = aq.AiringFilter()
        self.rows: list[Airing] = []
        self.voided: dict[str, str] = {}  # uuid of a voided row shown → the reason
        self.done = False  # every row of the filter is loaded
        self.reads = 0  # rows read from the database since the last reset (tests, benchmark)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date and time"),
            *(heading(k) for k in ("outlet", "title", "tasks")),
            self.tr("Duration"),
            *(heading(k) for k in ("recorded_how", "origin", "operator")),
        )

    def set_filter(self, f: aq.AiringFilter) -> None:
        """Show the rows of `f` from the top: nothing is read until the view asks."""
        self.beginResetModel()
        self.filter, self.rows, self.voided, self.done, self.reads = f, [], {}, False, 0
        self.endResetModel()

    def show_nothing(self) -> None:
        """An empty table (a filter that was refused)."""
        self.beginResetModel()
        self.rows, self.voided, self.done = [], {}, True
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self.done

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self.done:
            return
        batch = aq.query(self.ws, self.filter, offset=len(self.rows), limit=PAGE)
        self.reads += len(batch)
        self.done = len(batch) < PAGE
        if self.filter.include_voided:
            self.voided.update(aq.voided_among(self.ws, [a.uuid for a in batch]))
        if batch:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def airing(self, row: int) -> Airing:
        return self.rows[row]

    def is_voided(self, a: Airing) -> bool:
        return a.uuid in self.voided or a.voids_uuid is not None

    def cell(self, a: Airing, column: int) -> str:
        if column == 0:
            return f"{local_start(a):%d/%m/%Y %H:%M:%S}"
        if column == 4:
            return clock_hms((a.end_utc - a.start_utc).total_seconds())
        if column == 5:
            return label(RECORDED_HOW_LABELS, a.recorded_how)
        if column == 6:
            return label(ORIGIN_LABELS, a.origin)
        return (a.outlet_name, a.media_title, a.task_codes.replace(",", ", "), "", "", "", a.operator)[column - 1]

    def tooltip(self, a: Airing) -> str:
        if a.voids_uuid is not None:
            return self.tr("A correction: voids an earlier airing. Reason: %1").replace("%1", a.note)
        if a.uuid in self.voided:
            return self.tr("Voided. Reason: %1").replace("%1", self.voided[a.uuid])
        return a.note

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        a = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(a, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(a) or None
        if role == Qt.ItemDataRole.ForegroundRole and self.is_voided(a):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and self.is_voided(a):
            font = QApplication.font()
            font.setStrikeOut(a.uuid in self.voided)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == UUID_ROLE:
            return a.uuid
        if role == VOIDED_ROLE:
            return self.is_voided(a)
        return None
