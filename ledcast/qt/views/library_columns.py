"""The library table's columns on a small screen: sensible widths, long titles elided
(the full title is the tooltip), and the less useful columns hidden or shown from the
header's context menu, remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from ledcast.qt.models.media_model import MediaTableModel

HIDDEN_KEY = "library/hidden_columns"
DEFAULT_HIDDEN = ("codecs", "original")  # technical details; Size and Loudness stay until hidden
MAX_WIDTH = 150  # no column but the title grows past this on its own
TITLE_WIDTH = (180, 300)
FIT_ROWS = 200  # rows measured for the content widths (Qt's default: 1,000)


def hidden_columns() -> list[str]:
    value = QSettings().value(HIDDEN_KEY, None)
    if value is None:
        return list(DEFAULT_HIDDEN)
    keys = [value] if isinstance(value, str) else list(value)
    return [k for k in keys if k in MediaTableModel.HIDEABLE]


class LibraryColumns:
    """Owns the column set-up of `table` (a view on a MediaTableModel, possibly through a proxy)."""

    def __init__(self, table: QTableView) -> None:
        self.table = table
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # widths from the first rows, not all of them: a library of 2,000 items opened in over a second
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        self.apply_hidden()

    def apply_hidden(self) -> None:
        hidden = hidden_columns()
        for col, key in enumerate(MediaTableModel.COLUMNS):
            self.table.setColumnHidden(col, key in hidden)

    def set_visible(self, key: str, visible: bool) -> None:
        hidden = [k for k in hidden_columns() if k != key] + ([] if visible else [key])
        QSettings().setValue(HIDDEN_KEY, hidden)
        self.apply_hidden()
        self.fit_widths()

    def fit_widths(self) -> None:
        """Content widths, capped so that Tasks and Approval stay in view on a 1366-pixel screen."""
        table = self.table
        table.resizeColumnsToContents()
        for col, key in enumerate(MediaTableModel.COLUMNS):
            if key == "title":
                table.setColumnWidth(col, min(max(table.columnWidth(col), TITLE_WIDTH[0]), TITLE_WIDTH[1]))
            elif table.columnWidth(col) > MAX_WIDTH:
                table.setColumnWidth(col, MAX_WIDTH)

    def menu(self) -> QMenu:
        """A checkable entry per hideable column."""
        model = self.table.model()
        menu = QMenu(self.table)
        hidden = hidden_columns()
        for col, key in enumerate(MediaTableModel.COLUMNS):
            if key not in MediaTableModel.HIDEABLE:
                continue
            action = menu.addAction(str(model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.toggled.connect(lambda on, k=key: self.set_visible(k, on))
        return menu

    def _menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(pos))
