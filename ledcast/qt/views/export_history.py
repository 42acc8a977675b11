"""The export page's list of past exports (each with whether its folder still
holds it), with the note about interrupted ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
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
from ledcast.core.labels import EXPORT_STATUS_LABELS
from ledcast.core.workspace import Workspace
from ledcast.qt.labels import label
from ledcast.qt.views.export_summary import local_time_text, size_text
from ledcast.qt.views.playlist_view.labels import kind_label
from ledcast.qt.widgets import open_folder

PATH_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # export_mod.INTACT, CHANGED, REPLACED or MISSING
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the export's id


class ExportHistory(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.history = QTableWidget(0, 7)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Playlist"),
                self.tr("Folder"),
                self.tr("Files"),
                self.tr("Size"),
                self.tr("For"),
                self.tr("In the folder"),
            ]
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
        self.confirm_button = QPushButton(self.tr("Confirm airings…"))  # the log page's confirm dialog
        self.confirm_button.setToolTip(self.tr("Record in the airing log that this export aired"))
        self.history_count = QLabel()
        history_head = QHBoxLayout()
        history_head.addWidget(QLabel("<b>" + self.tr("Past exports") + "</b>"))
        history_head.addWidget(self.history_count)
        history_head.addStretch(1)
        history_head.addWidget(self.confirm_button)
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

    def status_text(self, status: str) -> tuple[str, str]:
        """The status word and its explanation."""
        return label(EXPORT_STATUS_LABELS, status), {
            export_mod.INTACT: self.tr("The folder still holds this export, file for file."),
            export_mod.CHANGED: self.tr(
                "Files of this export were removed or changed in the folder since it was written."
            ),
            export_mod.REPLACED: self.tr("A later export was written over it in this folder."),
            export_mod.MISSING: self.tr(
                "The folder or its manifest.json is not there any more (a USB stick that was removed?)."
            ),
        }[status]

    def reload_history(self) -> None:
        """List the exports recorded in the workspace, newest first, each with
        whether its folder still holds it (checked from its manifest, cheaply);
        those no longer there are greyed."""
        rows = export_mod.list_exports(self.ws)
        self.history.setRowCount(len(rows))
        for r, e in enumerate(rows):
            date = QTableWidgetItem(local_time_text(e.created_at))
            date.setData(PATH_ROLE, e.out_path)
            date.setData(ID_ROLE, e.id)
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
            status = export_mod.export_status(e)
            word, why = self.status_text(status)
            cell = QTableWidgetItem(word)
            cell.setData(STATUS_ROLE, status)
            self.history.setItem(r, 6, cell)
            for col in range(7):
                self.history.item(r, col).setToolTip(why if col == 6 or status != export_mod.INTACT else "")
                if status != export_mod.INTACT:  # not listed as if it were there
                    self.history.item(r, col).setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            folder.setToolTip(e.out_path if status == export_mod.INTACT else f"{e.out_path}\n{why}")
        for col in (0, 1, 3, 4, 5, 6):
            self.history.resizeColumnToContents(col)
        self.history.setColumnWidth(1, min(self.history.columnWidth(1), 300))
        self.history_count.setText(self.tr("(%1)").replace("%1", str(len(rows))) if rows else "")

    def selected_id(self) -> int | None:
        rows = self.history.selectionModel().selectedRows()
        return self.history.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def open_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return
        open_folder(self, Path(self.history.item(rows[0].row(), 0).data(PATH_ROLE)))
