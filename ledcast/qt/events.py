"""One channel between the pages: what changed in the workspace.

A page that stores something announces its topics (``events.announce(self, MEDIA)``);
a page that shows something follows its topics (``follow(self, events, {MEDIA}, reload)``)
and reloads when one of them changed — at once when it is on screen, otherwise when
it is next shown, so hidden pages do no work and switching pages reloads nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

MEDIA = "media"
PLAYLISTS = "playlists"
SCHEDULES = "schedules"
OUTLETS = "outlets"
PLANS = "plans"
EXPORTS = "exports"
SETTINGS = "settings"
UNITS = "units"
CACHE = "cache"
AIRINGS = "airings"
TOPICS = frozenset({MEDIA, PLAYLISTS, SCHEDULES, OUTLETS, PLANS, EXPORTS, SETTINGS, UNITS, CACHE, AIRINGS})


class WorkspaceEvents(QObject):
    """The main window owns one; every page is given it."""

    changed = Signal(object, object)  # frozenset of topics, the page that changed them (or None)

    def announce(self, source: QObject | None, *topics: str) -> None:
        unknown = set(topics) - TOPICS
        if unknown:
            raise ValueError(f"unknown workspace topics: {sorted(unknown)}")
        self.changed.emit(frozenset(topics), source)

    def page_shown(self, page: QWidget) -> None:
        """The window switched to ``page``: it reloads what changed while it was hidden
        (a Show event does the same, but none comes while the window itself is hidden)."""
        for follower in page.findChildren(QObject):
            if isinstance(follower, Follower):
                follower.flush()


class Follower(QObject):
    """Reloads one page when a topic it follows changed, deferred while the page is hidden."""

    def __init__(
        self,
        page: QWidget,
        events: WorkspaceEvents,
        topics: Iterable[str],
        reload: Callable[[frozenset[str]], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.topics = frozenset(topics)
        self.reload = reload
        self.pending: frozenset[str] = frozenset()
        self.reloads = 0  # how often the page reloaded for an event (tests)
        events.changed.connect(self._on_changed)
        page.installEventFilter(self)

    def _on_changed(self, topics: frozenset[str], source: QObject | None) -> None:
        hit = topics & self.topics
        if not hit or source is self.page:  # a page shows its own changes already
            return
        self.pending |= hit
        if not self.page.isHidden():
            self.flush()

    def flush(self) -> None:
        """Reload now if something the page shows changed since it last reloaded."""
        if self.pending:
            hit, self.pending = self.pending, frozenset()
            self.reloads += 1
            self.reload(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.page and event.type() == QEvent.Type.Show:
            self.flush()
        return False


def follow(
    page: QWidget,
    events: WorkspaceEvents,
    topics: Iterable[str],
    reload: Callable[[frozenset[str]], None],
) -> Follower:
    return Follower(page, events, topics, reload)
