"""Files dragged from the file manager onto the playlist page. Those the open playlist
cannot play (audio on a screen, a picture or a video on loudspeakers) are refused here,
with the reason on the page, instead of being imported into the library unasked; the
others go on to the library import, as files dropped anywhere else do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QWidget

from ledcast.core import playlist as pl
from ledcast.core.probe import kind_for
from ledcast.qt.errors import error_text


class FileDrops(QObject):
    import_requested = Signal(list)  # paths the playlist could play (or folders): import them

    def __init__(self, page: QWidget, playlist_kind: Callable[[], str | None]) -> None:
        super().__init__(page)
        self.playlist_kind = playlist_kind
        self.note = QLabel()  # the page shows it above its items
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #a33a00; font-weight: 600;")  # 6:1 on white and on the usual greys
        self.note.setVisible(False)
        page.setAcceptDrops(True)  # the items table ignores file drags, which then reach the page
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            if event.mimeData().hasUrls() and self.playlist_kind() is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            if paths and self.playlist_kind() is not None:
                event.acceptProposedAction()
                self.dropped(paths)
                return True
        return False

    def dropped(self, paths: list[str]) -> list[str]:
        """Refuse what the playlist cannot play (saying why); pass the rest on. Returns the refusals."""
        kind = self.playlist_kind()
        if kind is None:
            return []
        refused, accepted = [], []
        for p in paths:
            path = Path(p)
            file_kind = None if path.is_dir() else kind_for(path)
            error = pl.check_kind(kind, file_kind, path.name) if file_kind else None
            if error is not None:
                refused.append(error_text(error))
            else:
                accepted.append(p)
        self.note.setText(
            "\n".join([self.tr("Not added to this playlist:")] + [f"• {r}" for r in refused]) if refused else ""
        )
        self.note.setVisible(bool(refused))
        if accepted:
            self.import_requested.emit(accepted)
        return refused
