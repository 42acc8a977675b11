"""Items of one playlist as a table that accepts drops: rows dragged within it
reorder the playlist; media dragged from the library are inserted."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist, PlaylistItem
from ledcast.core.errors import LedcastError
from ledcast.core.labels import MEDIA_KIND_LABELS
from ledcast.core.settings import speaker_settings
from ledcast.core.workspace import Workspace
from ledcast.qt.labels import label
from ledcast.qt.models.base import FlatTableModel, ids_mime
from ledcast.qt.models.media_model import MEDIA_MIME, format_duration

ITEMS_MIME = "application/x-ledcast-playlist-items"
ItemRole = Qt.ItemDataRole.UserRole + 1


class PlaylistItemsModel(FlatTableModel):
    COLUMNS = ("pos", "title", "kind", "duration", "trim", "tasks", "notes")
    changed = Signal()  # stored playlist changed (reload totals)
    refused = Signal(list)  # [(media id, LedcastError)] from a drop
    failed = Signal(object)  # a LedcastError: an edit refused (PlaylistChanged: the page reloads)

    def __init__(self, ws: Workspace, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ws = ws
        self.playlist: Playlist | None = None
        self.items: list[PlaylistItem] = []
        self.notes: dict[int, list[pl.Warning_]] = {}

    @property
    def rows(self) -> list[PlaylistItem]:  # type: ignore[override]
        return self.items

    def headers(self) -> tuple[str, ...]:
        return (
            "#",
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Duration"),
            self.tr("Trim"),
            self.tr("Tasks"),
            self.tr("Notes"),
        )

    def load(self, playlist_id: int | None) -> None:
        """Notes are kept as messages and translated each time they are shown, so
        no path (a drop, an edit, a reload) can show them untranslated."""
        self.beginResetModel()
        self.playlist = pl.get_playlist(self.ws, playlist_id) if playlist_id is not None else None
        self.items = list(self.playlist.items) if self.playlist else []
        self.notes = {}
        if self.playlist:
            # the loudness target decides what counts as very quiet (loudspeakers only)
            target = speaker_settings(self.ws).target_lufs if self.playlist.kind == "speaker" else None
            for item in self.items:
                self.notes[item.id] = pl.item_notes(item, self.playlist.outlet, target)
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.playlist.id if self.playlist else None)
        self.changed.emit()

    def edit(self, change: Callable[[int | None], Any], *, reload: bool = True) -> tuple[bool, Any]:
        """Every edit of the shown playlist goes through here: `change` gets the version this
        model loaded (the save is refused if another operator saved since), then the model
        reloads. Refused: nothing stored, `failed` says why. Returns (stored, change's result)."""
        try:
            result = change(self.playlist.version if self.playlist else None)
        except LedcastError as exc:
            self.failed.emit(exc)
            return False, None
        if reload:
            self.reload()
        return True, result

    def note_texts(self, item: PlaylistItem) -> list[str]:
        return [n.message(QCoreApplication.translate) for n in self.notes.get(item.id, [])]

    def _warned(self, item: PlaylistItem) -> bool:
        """Notes other than the silence trim (which is information, not a warning)."""
        return any(n.template != pl.N_SILENCE_TRIMMED for n in self.notes.get(item.id, []))

    # --- table ------------------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = self.COLUMNS[index.column()]
        m = item.media
        if role == ItemRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == "pos":
                return index.row() + 1
            if col == "title":
                return m.title
            if col == "kind":
                return label(MEDIA_KIND_LABELS, m.kind)
            if col == "duration":
                seconds = pl.item_duration(item)
                if role == Qt.ItemDataRole.EditRole:
                    return seconds
                return format_duration(seconds) if seconds >= 60 else f"{round(seconds, 1):g} s"  # 5.99996 reads 6
            if col == "trim":
                if item.trim_in_s is None and item.trim_out_s is None:
                    return ""
                return f"{format_duration(item.trim_in_s or 0)}–{format_duration(item.trim_out_s or m.duration_s)}"
            if col == "tasks":
                return ", ".join(t.code for t in m.tasks)
            if col == "notes":
                return " · ".join(self.note_texts(item))
        if role == Qt.ItemDataRole.ToolTipRole and col in ("notes", "title"):
            return "\n".join(self.note_texts(item)) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == "notes" and self._warned(item):
            return QColor("#b35c00")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("pos", "duration"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if self.COLUMNS[index.column()] == "duration" and self.items[index.row()].media.kind in pl.STILL_KINDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.COLUMNS[index.column()] != "duration":
            return False
        item_id = self.items[index.row()].id
        return self.edit(lambda v: pl.set_item_duration(self.ws, item_id, float(value), expected=v))[0]

    # --- drag and drop -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEMS_MIME, MEDIA_MIME]

    def mimeData(self, indexes) -> QMimeData:  # type: ignore[no-untyped-def]  # noqa: N802
        return ids_mime(ITEMS_MIME, (self.items[idx.row()].id for idx in sorted(indexes, key=lambda i: i.row())))

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        return self.playlist is not None and (data.hasFormat(ITEMS_MIME) or data.hasFormat(MEDIA_MIME))

    def dropMimeData(
        self,
        data: QMimeData,
        action,
        row: int,
        column: int,  # type: ignore[no-untyped-def]  # noqa: N802
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if self.playlist is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        if data.hasFormat(ITEMS_MIME):
            moving = json.loads(bytes(data.data(ITEMS_MIME).data()).decode())
            order = [i.id for i in self.items]
            before = [i for i in order[:row] if i not in moving]
            after = [i for i in order[row:] if i not in moving]
            pid = self.playlist.id
            return self.edit(lambda v: pl.reorder(self.ws, pid, before + moving + after, expected=v))[0]
        if data.hasFormat(MEDIA_MIME):
            media_ids = json.loads(bytes(data.data(MEDIA_MIME).data()).decode())
            pid = self.playlist.id
            done, result = self.edit(lambda v: pl.add_items(self.ws, pid, media_ids, position=row, expected=v))
            if done and result.refused:
                self.refused.emit(result.refused)
            return done
        return False

    def removeRows(self, row: int, count: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        # A finished internal move asks the source to drop the moved rows; the
        # reorder is already stored and the model reloaded, so there is nothing to do.
        return False
