"""Outlets (Điểm phát): screens with an exact pixel size, and loudspeaker systems."""

from __future__ import annotations

import re

from sqlalchemy import select

from ledcast.core.db.models import Outlet
from ledcast.core.errors import (
    M_BAD_FPS,
    M_BAD_KIND,
    M_BAD_SIZE,
    M_EMPTY_NAME,
    M_OUTLET_EXISTS,
    M_SCREEN_NEEDS_SIZE,
    LedcastError,
)
from ledcast.core.i18n import nfc
from ledcast.core.workspace import Workspace

OUTLET_KINDS = ("screen", "speaker")
MAX_SIDE = 7680


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{1,5})\s*[xX×*]\s*(\d{1,5})\s*", text or "")
    if not m:
        raise LedcastError(M_BAD_SIZE, size=text)
    w, h = int(m.group(1)), int(m.group(2))
    if not (8 <= w <= MAX_SIDE and 8 <= h <= MAX_SIDE):
        raise LedcastError(M_BAD_SIZE, size=text)
    return w, h


def add_outlet(ws: Workspace, name: str, kind: str, size: str | None = None,
               fps: float | None = None, location: str = "") -> Outlet:
    name = nfc(name.strip())
    if not name:
        raise LedcastError(M_EMPTY_NAME)
    if kind not in OUTLET_KINDS:
        raise LedcastError(M_BAD_KIND, kind=kind, allowed=", ".join(OUTLET_KINDS))
    width = height = None
    if kind == "screen":
        if not size:
            raise LedcastError(M_SCREEN_NEEDS_SIZE)
        width, height = parse_size(size)
        fps = 25.0 if fps is None else fps
        if not 1 <= fps <= 120:
            raise LedcastError(M_BAD_FPS)
    else:
        fps = None
    with ws.session() as s:
        if s.scalar(select(Outlet.id).where(Outlet.name == name)) is not None:
            raise LedcastError(M_OUTLET_EXISTS, name=name)
        outlet = Outlet(name=name, kind=kind, width=width, height=height, fps=fps,
                        location=nfc(location.strip()))
        s.add(outlet)
        s.flush()
        return outlet


def list_outlets(ws: Workspace) -> list[Outlet]:
    with ws.session() as s:
        return list(s.scalars(select(Outlet).order_by(Outlet.kind, Outlet.name)))
