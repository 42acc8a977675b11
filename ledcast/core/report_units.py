"""The units a report can be made for: those set up here (this unit, trusted units)
and those found only in the airing log (imported from a unit not set up)."""

from __future__ import annotations

from sqlalchemy import select

from ledcast.core.db.models import Airing, Unit
from ledcast.core.workspace import Workspace


def known_units(ws: Workspace) -> list[tuple[str, str]]:
    """(code, name) of every unit, this unit first, then by code; a unit known only
    from the log has its code as its name."""
    with ws.session() as s:
        units = {u.code: (u.name or u.code, u.is_self) for u in s.scalars(select(Unit))}
        for code in s.scalars(select(Airing.unit_code).distinct()):
            if code and code not in units:
                units[code] = (code, False)
    return [(code, name) for code, (name, _) in sorted(units.items(), key=lambda kv: (not kv[1][1], kv[0]))]
