"""Several operators editing one playlist (a centre server, issue 16): every edit first
claims the playlist, in its own transaction, with one

    UPDATE playlist SET version = version + 1 WHERE id = :id AND version = :expected

The page passes the version it loaded; when another operator saved in between, no row
changes and the edit is refused (nothing written): the page says so and reloads. The
claim is the transaction's first write, so a second editor waits for the first one's
commit (PostgreSQL's row lock, SQLite's write lock) and then sees the new version.
A one-shot CLI command passes no version (the last writer wins) but still raises it."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from ledcast.core.db.models import Playlist, PlaylistItem, Schedule
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError

M_PLAYLIST_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "Another operator has just changed this playlist. It is shown again as it is now: make your change again.",
)


class PlaylistChanged(LedcastError):
    """The playlist moved past the version the editor loaded: reload, then edit again."""

    def __init__(self) -> None:
        super().__init__(M_PLAYLIST_CHANGED)


def claim(s: Session, playlist_id: int | ColumnElement[int], expected: int | None, missing: LedcastError) -> None:
    """Raise the playlist's version, provided it still is `expected` (None: whatever it is).
    `missing` is raised when there is no such playlist and no version was expected."""
    stmt = update(Playlist).where(Playlist.id == playlist_id).values(version=Playlist.version + 1)
    if expected is not None:
        stmt = stmt.where(Playlist.version == expected)
    if s.execute(stmt.execution_options(synchronize_session=False)).rowcount == 1:  # type: ignore[attr-defined]
        return
    raise missing if expected is None else PlaylistChanged()


def of_row(model: type[PlaylistItem] | type[Schedule], row_id: int) -> ColumnElement[int]:
    """The id of the playlist holding this item or schedule, for `claim` (NULL: no such row)."""
    return select(model.playlist_id).where(model.id == row_id).scalar_subquery()
