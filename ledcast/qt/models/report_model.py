"""The Reports page's tables: the rows core.report_file writes (main_rows, cell_rows),
so the screen and the files agree, with the status coloured and a totals line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ledcast.core.formatting import group_digits
from ledcast.qt.models.base import FlatTableModel

RAW_ROLE = Qt.ItemDataRole.UserRole  # the value as written to the files (numbers stay numbers)
STATUS_COLOURS = {"below": "#f8d0d0", "met": "#cdebd3", "above": "#fbe5b5"}  # pale: dark text stays readable


def shown(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int):
        return group_digits(value)
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", "\u00a0")
    return str(value)


class ReportTableModel(FlatTableModel):
    """`rows` (lists of cells) under `headings`; `statuses` colour the status column;
    an optional `totals` line is drawn last, in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []
        self.statuses: list[str | None] = []
        self.totals: list[Any] | None = None
        self.heading_texts: tuple[str, ...] = ()
        self.status_column = -1

    def headers(self) -> tuple[str, ...]:
        return self.heading_texts

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.heading_texts)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows) + (self.totals is not None)

    def set_rows(
        self,
        headings: list[str],
        rows: list[list[Any]],
        statuses: list[str | None] | None = None,
        totals: list[Any] | None = None,
        status_column: int = -1,
    ) -> None:
        self.beginResetModel()
        self.heading_texts, self.rows, self.totals = tuple(headings), rows, totals
        self.statuses = statuses or [None] * len(rows)
        self.status_column = status_column
        self.endResetModel()

    def line(self, row: int) -> list[Any]:
        return self.rows[row] if row < len(self.rows) else self.totals or []

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        line = self.line(r)
        value = line[c] if c < len(line) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and value:
            return value  # a task name elided in its column reads whole on hover
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and r >= len(self.rows):
            font = QFont()
            font.setBold(True)
            return font
        if c == self.status_column and r < len(self.rows) and self.statuses[r] in STATUS_COLOURS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(STATUS_COLOURS[self.statuses[r]]))  # type: ignore[index]
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#1a1a1a"))  # dark on the pale colour, in a dark theme too
        return None
