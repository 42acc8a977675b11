"""This installation's unit (Đơn vị) and the units it knows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledcast.core.db.models import Setting, Unit
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.inputs import clean_line, clean_name
from ledcast.core.workspace import Workspace

MAX_CODE = 64
M_PARENT_IS_SELF = QT_TRANSLATE_NOOP("Errors", "The unit above cannot be this unit itself ({code}).")


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


# The level above since the districts went (1 July 2025): whichever collects this unit's logs.
PARENT_KINDS = ("regional_centre", "province", "district_centre")
PARENT_KIND_KEY = "unit.parent_kind"


def set_parent_unit(ws: Workspace, code: str, name: str, kind: str) -> Unit:
    """The unit above this one (its logs go there; reports name it): remembered as a unit
    row of its own, this unit's parent_code pointing at it, and what kind of unit it is."""
    if kind not in PARENT_KINDS:
        raise ValueError(kind)
    code, name = clean_name(code, MAX_CODE), clean_name(name)
    with ws.session() as s:
        me = s.scalars(select(Unit).where(Unit.is_self.is_(True))).first()
        parent = s.scalars(select(Unit).where(Unit.code == code)).first() or Unit(code=code)
        if me is not None and me.code == code:
            raise LedcastError(M_PARENT_IS_SELF, code=code)
        parent.name = name
        s.add(parent)
        if me is not None:
            me.parent_code = code
        row = s.get(Setting, PARENT_KIND_KEY)
        if row is None:
            s.add(Setting(key=PARENT_KIND_KEY, value=kind))
        else:
            row.value = kind
        s.flush()
        return parent


def parent_unit(ws: Workspace) -> tuple[Unit | None, str]:
    """This unit's parent (None when not set) and its kind."""
    with ws.session() as s:
        me = s.scalars(select(Unit).where(Unit.is_self.is_(True))).first()
        parent = s.scalars(select(Unit).where(Unit.code == me.parent_code)).first() if me and me.parent_code else None
        row = s.get(Setting, PARENT_KIND_KEY)
        kind = row.value if row is not None and row.value in PARENT_KINDS else PARENT_KINDS[0]
    return parent, kind
