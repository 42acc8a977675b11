"""Chương trình phát: the playlist page (page), its dialogs, the duration
delegate and the kind labels; the old module's names stay importable here."""

from __future__ import annotations

from ledcast.qt.views.playlist_view.delegate import DurationDelegate
from ledcast.qt.views.playlist_view.dialogs import NewPlaylistDialog, TrimDialog
from ledcast.qt.views.playlist_view.labels import kind_label
from ledcast.qt.views.playlist_view.page import ID_ROLE, PlaylistView

__all__ = ["ID_ROLE", "DurationDelegate", "NewPlaylistDialog", "PlaylistView", "TrimDialog", "kind_label"]
