"""The first start of a workspace: the welcome dialog is shown until this unit is set
or the operator finished or skipped it once (a workspace setting, so it travels with
the workspace and a second PC opening it is not asked again)."""

from __future__ import annotations

from ledcast.core.settings import read_prefixed, store_prefixed
from ledcast.core.units import self_unit
from ledcast.core.workspace import Workspace

PREFIX = "welcome."  # the setting "welcome.done"


def needs_welcome(ws: Workspace) -> bool:
    return read_prefixed(ws, PREFIX).get("done") is not True and self_unit(ws) is None


def mark_welcome_done(ws: Workspace) -> None:
    store_prefixed(ws, PREFIX, {"done": True})
