"""This installation's unit (Đơn vị) and the units it knows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

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


def remember_unit(s: Session, code: str, name: str) -> None:
    """Another unit's name (cleaned) as it gives it (in its public key file), for the lists of
    trusted keys and units. This unit's own row is left alone (Settings sets it)."""
    if not name:
        return
    unit = s.scalars(select(Unit).where(Unit.code == code)).first()
    if unit is None:
        s.add(Unit(code=code, name=name))
    elif not unit.is_self:
        unit.name = name


def unit_names(ws: Workspace) -> dict[str, str]:
    """Every known unit's name by code (this one's and those its key files gave)."""
    with ws.session() as s:
        return {code: name for code, name in s.execute(select(Unit.code, Unit.name))}
