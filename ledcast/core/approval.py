"""Approval before a playlist leaves the workspace: one check every export (and,
later, play-out) makes before anything is rendered. With the workspace setting
*Require approval before export and play-out* on (the default), items pending or
rejected stop it; with it off they need an explicit go-ahead."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ledcast.core.db.models import Playlist
from ledcast.core.errors import CONTEXT, QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.settings import require_approval
from ledcast.core.text import clean_text
from ledcast.core.workspace import Workspace

M_UNAPPROVED_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors",
    "“{name}” was not exported: {count} item(s) are not approved: {items}. "
    "Approve them in the Library, or take them out of the playlist.",
)
M_UNAPPROVED_CONFIRM = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” was not exported: {count} item(s) are not approved: {items}. Confirm to export it anyway."
)
W_UNAPPROVED = QT_TRANSLATE_NOOP("Errors", "Exported with {count} item(s) not approved: {items}.")
STATE_WORDS = {
    "pending": QT_TRANSLATE_NOOP("Errors", "pending"),
    "rejected": QT_TRANSLATE_NOOP("Errors", "rejected"),
}


class Unapproved(NamedTuple):
    media_id: int
    title: str
    state: str  # "pending" or "rejected"


def items_text(items: list[Unapproved], translate: Callable[[str, str], str] | None = None) -> str:
    """#3 “Bản tin sáng” (pending), #5 “Ảnh” (rejected)."""

    def word(state: str) -> str:
        text = STATE_WORDS.get(state, state)
        return translate(CONTEXT, text) if translate else text

    return ", ".join(f"#{i.media_id} “{i.title}” ({word(i.state)})" for i in items)


class ItemsMessage(LedcastError):
    """A message naming unapproved items, their states in the reader's language."""

    def __init__(self, template: str, items: list[Unapproved], **params: object) -> None:
        self.items = list(items)
        super().__init__(template, count=len(self.items), items=items_text(self.items), **params)

    def message(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        self.params["items"] = items_text(self.items, translate)
        return super().message(translate)


class UnapprovedItems(ItemsMessage):
    """An export refused for its unapproved items; `required`: the workspace
    setting is on (no go-ahead can bypass it), else a confirmation would."""

    def __init__(self, playlist_name: str, items: list[Unapproved], required: bool) -> None:
        self.required = required
        self.playlist_name = playlist_name
        template = M_UNAPPROVED_REQUIRED if required else M_UNAPPROVED_CONFIRM
        super().__init__(template, items, name=playlist_name)


def approval_problems(p: Playlist) -> list[Unapproved]:
    """The playlist's items that are not approved, once each, in playlist order."""
    seen: set[int] = set()
    found = []
    for item in p.items:
        m = item.media
        if m.id in seen or m.approval == "approved":
            continue
        seen.add(m.id)
        found.append(Unapproved(m.id, clean_text(m.title), m.approval))
    return found


def check_approval(ws: Workspace, p: Playlist, allow_unapproved: bool = False) -> list[LedcastError]:
    """Refuse (UnapprovedItems) a playlist with items not approved, unless the
    setting is off and the operator allowed them; then the warning to show."""
    items = approval_problems(p)
    if not items:
        return []
    required = require_approval(ws)
    if required or not allow_unapproved:
        raise UnapprovedItems(clean_text(p.name), items, required)
    return [ItemsMessage(W_UNAPPROVED, items)]
