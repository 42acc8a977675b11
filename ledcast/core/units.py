"""This installation's unit (Đơn vị) and the units it knows."""

from __future__ import annotations

from sqlalchemy import select

from ledcast.core.db.models import Unit
from ledcast.core.inputs import clean_line, clean_name
from ledcast.core.workspace import Workspace

MAX_CODE = 64


def set_self_unit(ws: Workspace, code: str, name: str, parent_code: str | None = None) -> Unit:
    code, name = clean_name(code, MAX_CODE), clean_name(name)
    with ws.session() as s:
        for other in s.scalars(select(Unit).where(Unit.is_self.is_(True))):
            other.is_self = False
        unit = s.scalars(select(Unit).where(Unit.code == code)).first() or Unit(code=code)
        unit.name, unit.is_self = name, True
        if parent_code is not None:
            unit.parent_code = clean_line(parent_code, MAX_CODE) or None
        s.add(unit)
        s.flush()
        return unit


def self_unit(ws: Workspace) -> Unit | None:
    with ws.session() as s:
        return s.scalars(select(Unit).where(Unit.is_self.is_(True))).first()
