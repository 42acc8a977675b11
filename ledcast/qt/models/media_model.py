"""Table model of the media library, and the proxy that searches and filters it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon, QPixmap

from ledcast.core import library
from ledcast.core.db.models import Media
from ledcast.core.formatting import clock
from ledcast.core.labels import MEDIA_KIND_LABELS
from ledcast.qt.labels import label
from ledcast.qt.models.base import FlatTableModel, ids_mime

MEDIA_MIME = "application/x-ledcast-media-ids"
MediaRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


format_duration = clock  # the one duration format (ledcast.core.formatting)


class MediaTableModel(FlatTableModel):
    COLUMNS = ("title", "kind", "duration", "tasks", "approval", "used_in", "size", "codecs", "loudness", "original")
    HIDEABLE = ("duration", "used_in", "size", "codecs", "loudness", "original")  # title, kind, tasks, approval stay

    def __init__(self, workspace_root: Path, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.root = workspace_root
        self.rows: list[Media] = []
        self.used_in: dict[int, list[str]] = {}  # media id -> names of the playlists it is in
        self._icons: dict[str, QIcon] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Duration"),
            self.tr("Tasks"),
            self.tr("Approval"),
            self.tr("Used in"),
            self.tr("Size"),
            self.tr("Codecs"),
            self.tr("Loudness"),
            self.tr("Original file"),
        )

    def kind_label(self, kind: str) -> str:
        return label(MEDIA_KIND_LABELS, kind)

    def approval_label(self, state: str) -> str:
        return {"pending": self.tr("Pending"), "approved": self.tr("Approved"), "rejected": self.tr("Rejected")}.get(
            state, state
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MEDIA_MIME]

    def mimeData(self, indexes) -> QMimeData:  # type: ignore[no-untyped-def]  # noqa: N802
        """Dragged library items carry their media ids (dropped on a playlist)."""
        return ids_mime(MEDIA_MIME, (self.rows[idx.row()].id for idx in indexes))

    def set_rows(self, rows: list[Media], used_in: dict[int, list[str]] | None = None) -> None:
        """The items, and (from library.playlists_using, one query) the playlists each is in."""
        self.beginResetModel()
        self.rows = list(rows)
        self.used_in = used_in or {}
        self.endResetModel()

    def media_at(self, row: int) -> Media:
        return self.rows[row]

    def _icon(self, m: Media) -> QIcon | None:
        if not m.thumb_path:
            return None
        icon = self._icons.get(m.thumb_path)
        if icon is None:
            icon = QIcon(QPixmap(str(self.root / m.thumb_path)))
            self._icons[m.thumb_path] = icon
        return icon

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == MediaRole:
            return m
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "title":
                return m.title
            if col == "kind":
                return self.kind_label(m.kind)
            if col == "duration":
                return format_duration(m.duration_s)
            if col == "size":
                return f"{m.width}×{m.height}" if m.width else ""
            if col == "codecs":
                parts = [m.video_codec, m.audio_codec]
                extra = f" {m.sample_rate // 1000 if m.sample_rate else ''}kHz" if m.sample_rate else ""
                return " / ".join(p for p in parts if p) + extra
            if col == "tasks":
                return ", ".join(t.code for t in m.tasks)
            if col == "loudness":
                return f"{m.loudness_lufs:.1f} LUFS" if m.loudness_lufs is not None else ""
            if col == "approval":
                return self.approval_label(m.approval)
            if col == "original":
                return m.original_name
            if col == "used_in":
                return ", ".join(self.used_in.get(m.id, []))
        if role == SortRole:
            if col == "duration":
                return m.duration_s or 0.0
            if col == "size":
                return (m.width or 0) * (m.height or 0)
            if col == "loudness":
                return m.loudness_lufs if m.loudness_lufs is not None else -999.0
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and col == "title":
            return self._icon(m)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "tasks":
                return "\n".join(f"{t.code}: {t.title}" for t in m.tasks)
            if col == "title":
                return f"{m.title}\n{m.original_name}"
            if col == "used_in":
                return "\n".join(self.used_in.get(m.id, [])) or None
            if col == "loudness" and m.true_peak_dbtp is not None:
                return self.tr("True peak %1 dBTP").replace("%1", f"{m.true_peak_dbtp:.1f}")
        return None


class MediaFilterProxy(QSortFilterProxyModel):
    """Search text (accent-insensitive) plus filters by task, kind and approval."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.search = ""
        self.task_code: str | None = None  # "" means: outside the plan
        self.kind: str | None = None
        self.kinds: tuple[str, ...] | None = None  # e.g. what a playlist accepts
        self.approval: str | None = None
        self.setSortRole(SortRole)

    def set_filters(
        self,
        *,
        search: str | None = None,
        task_code: str | None | bool = False,
        kind: str | None | bool = False,
        approval: str | None | bool = False,
    ) -> None:
        if search is not None:
            self.search = library.search_key(search)
        if task_code is not False:
            self.task_code = task_code  # type: ignore[assignment]
        if kind is not False:
            self.kind = kind  # type: ignore[assignment]
        if approval is not False:
            self.approval = approval  # type: ignore[assignment]
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        m: Media = self.sourceModel().media_at(source_row)  # type: ignore[attr-defined]
        return library.media_matches(
            m, key=self.search, kind=self.kind, kinds=self.kinds, approval=self.approval, task_code=self.task_code
        )
