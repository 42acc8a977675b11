"""Outlets (Điểm phát): screens with an exact pixel size, and loudspeaker systems."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from ledcast.core.db.models import Outlet, Playlist, Setting
from ledcast.core.errors import (
    M_BAD_FPS,
    M_BAD_KIND,
    M_OUTLET_EXISTS,
    M_SCREEN_NEEDS_SIZE,
    QT_TRANSLATE_NOOP,
    LedcastError,
)
from ledcast.core.inputs import clean_line, clean_name, finite, name_keys, pick_by_name
from ledcast.core.limits import DEFAULT_FPS, M_SIZE_RANGE, MAX_FPS, MAX_SIDE, MIN_FPS, MIN_SIDE, Size, parse_size  # noqa: F401 - re-exported
from ledcast.core.workspace import Workspace

OUTLET_KINDS = ("screen", "speaker")


def _check_fps(fps: float) -> float:
    if not MIN_FPS <= finite(fps) <= MAX_FPS:
        raise LedcastError(M_BAD_FPS)
    return float(fps)


def add_outlet(
    ws: Workspace, name: str, kind: str, size: Size | None = None, fps: float | None = None, location: str = ""
) -> Outlet:
    name = clean_name(name)
    location = clean_line(location or "")
    if kind not in OUTLET_KINDS:
        raise LedcastError(M_BAD_KIND, kind=kind, allowed=", ".join(OUTLET_KINDS))
    width = height = None
    if kind == "screen":
        if not size:
            raise LedcastError(M_SCREEN_NEEDS_SIZE)
        width, height = Size(*size).checked()
        fps = DEFAULT_FPS if fps is None else _check_fps(fps)
    else:
        fps = None
    with ws.session() as s:
        if s.scalar(select(Outlet.id).where(Outlet.name == name)) is not None:
            raise LedcastError(M_OUTLET_EXISTS, name=name)
        outlet = Outlet(name=name, kind=kind, width=width, height=height, fps=fps, location=location)
        s.add(outlet)
        s.flush()
        return outlet


def outlet_summary(o: Outlet) -> dict[str, Any]:
    """An outlet as the JSON outputs and the export manifest name it: name, kind, pixel size."""
    return {"name": o.name, "kind": o.kind, "width": o.width, "height": o.height}


def list_outlets(ws: Workspace) -> list[Outlet]:
    with ws.session() as s:
        return list(s.scalars(select(Outlet).order_by(Outlet.kind, Outlet.name)))


M_OUTLET_IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "Outlet “{name}” is used by playlist(s): {playlists}. Remove it anyway to unbind them."
)
M_OUTLET_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No outlet named “{name}”.")


def get_outlet(ws: Workspace, name_or_id: str | int) -> Outlet:
    with ws.session() as s:
        if isinstance(name_or_id, int):
            outlet = s.get(Outlet, name_or_id)
        else:
            rows = s.scalars(select(Outlet).where(Outlet.name.in_(name_keys(name_or_id)))).all()
            outlet = pick_by_name(rows, name_or_id)
    if outlet is None:
        raise LedcastError(M_OUTLET_NOT_FOUND, name=str(name_or_id))
    return outlet


def update_outlet(
    ws: Workspace,
    outlet_id: int,
    *,
    name: str | None = None,
    size: Size | None = None,
    fps: float | None = None,
    location: str | None = None,
) -> Outlet:
    with ws.session() as s:
        outlet = s.get(Outlet, outlet_id)
        if outlet is None:
            raise LedcastError(M_OUTLET_NOT_FOUND, name=str(outlet_id))
        if name is not None:
            name = clean_name(name)
            clash = s.scalar(select(Outlet.id).where(Outlet.name == name, Outlet.id != outlet_id))
            if clash is not None:
                raise LedcastError(M_OUTLET_EXISTS, name=name)
            outlet.name = name
        if outlet.kind == "screen":
            if size is not None:
                outlet.width, outlet.height = Size(*size).checked()
            if fps is not None:
                outlet.fps = _check_fps(fps)
        if location is not None:
            outlet.location = clean_line(location)
        s.flush()
        return outlet


def remove_outlet(ws: Workspace, outlet_id: int, *, force: bool = False) -> None:
    """Remove an outlet. Playlists bound to it are named in the refusal; with
    `force` they are kept and unbound (their items and schedules stay)."""
    with ws.session() as s:
        outlet = s.get(Outlet, outlet_id)
        if outlet is None:
            raise LedcastError(M_OUTLET_NOT_FOUND, name=str(outlet_id))
        users = list(s.scalars(select(Playlist).where(Playlist.outlet_id == outlet_id)))
        if users and not force:
            raise LedcastError(M_OUTLET_IN_USE, name=outlet.name, playlists=", ".join(p.name for p in users))
        for p in users:
            p.outlet_id = None
        s.delete(outlet)
        # its play-out place (core.outlet_playout) goes with it: a new outlet may get this id
        s.execute(delete(Setting).where(Setting.key == f"outlet.{outlet_id}.playout"))
