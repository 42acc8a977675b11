"""The export page's list of past exports, with the note about interrupted ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import export as export_mod
from ledcast.core.workspace import Workspace
from ledcast.qt.views.export_summary import local_time_text, size_text
from ledcast.qt.views.playlist_view.labels import kind_label
from ledcast.qt.widgets import open_folder

PATH_ROLE = Qt.ItemDataRole.UserRole


class ExportHistory(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Playlist"), self.tr("Folder"), self.tr("Files"), self.tr("Size"), self.tr("For")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setToolTip(self.tr("Double-click a row to open its folder"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.history_count = QLabel()
        history_head = QHBoxLayout()
        history_head.addWidget(QLabel("<b>" + self.tr("Past exports") + "</b>"))
        history_head.addWidget(self.history_count)
        history_head.addStretch(1)
        history_head.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(history_head)
        self.recovery_note = QLabel()  # an interrupted export finished or undone when the page was shown
        self.recovery_note.setWordWrap(True)
        self.recovery_note.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_note.setVisible(False)
        layout.addWidget(self.recovery_note)
        layout.addWidget(self.history, 1)
        self.history.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)

    def reload_history(self) -> None:
        """List the exports recorded in the workspace, newest first."""
        rows = export_mod.list_exports(self.ws)
        self.history.setRowCount(len(rows))
        for r, e in enumerate(rows):
            date = QTableWidgetItem(local_time_text(e.created_at))
            date.setData(PATH_ROLE, e.out_path)
            self.history.setItem(r, 0, date)
            self.history.setItem(r, 1, QTableWidgetItem(e.playlist_name))
            folder = QTableWidgetItem(e.out_path)
            folder.setToolTip(e.out_path)
            self.history.setItem(r, 2, folder)
            files = QTableWidgetItem(str(e.file_count))
            files.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.history.setItem(r, 3, files)
            size = QTableWidgetItem(size_text(e.total_bytes))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.history.setItem(r, 4, size)
            self.history.setItem(r, 5, QTableWidgetItem(kind_label(self, e.kind)))
        for col in (0, 1, 3, 4, 5):
            self.history.resizeColumnToContents(col)
        self.history.setColumnWidth(1, min(self.history.columnWidth(1), 300))
        self.history_count.setText(self.tr("(%1)").replace("%1", str(len(rows))) if rows else "")

    def open_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return
        open_folder(self, Path(self.history.item(rows[0].row(), 0).data(PATH_ROLE)))
