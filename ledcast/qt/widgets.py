"""Small widget set-ups the pages and dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def read_only_table(headers: list[str]) -> QTableWidget:
    """A table of whole rows to select, not to edit, its last column stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def titled_column(title: str) -> tuple[QWidget, QVBoxLayout]:
    """A borderless column headed by a bold title."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel("<b>" + title + "</b>"))
    return column, layout


def fill(text: str, *values: object) -> str:
    """A translated text with its %1, %2 … filled in, in that order."""
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", str(value))
    return text
