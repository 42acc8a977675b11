"""Shared plumbing for the flat table models."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt


class FlatTableModel(QAbstractTableModel):
    """A table of `self.rows` × `COLUMNS` with translated `headers()`."""

    COLUMNS: tuple[str, ...] = ()
    rows: list[Any]

    def headers(self) -> tuple[str, ...]:
        return self.COLUMNS

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


def ids_mime(mime_type: str, ids: Iterable[int]) -> QMimeData:
    """Dragged rows as their ids (each once, first seen first) in JSON under mime_type."""
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(json.dumps(list(dict.fromkeys(ids))).encode()))
    return mime
