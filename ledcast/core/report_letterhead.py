"""Who signs the official PDF report and where (issue 12): the administrative
header and signature block of a Decree 30/2020 document. Stored as workspace
settings (report.*) so the CLI and the GUI make the same document; the unit's
name comes from this installation's unit, the parent body from its parent unit
when that is set up here. Any field can be overridden for one report. The
recipients (Kính gửi) are stored one per line; input may separate them by
newlines or ";" (the CLI's one argument)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from ledcast.core.db.models import Setting, Unit
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.inputs import MAX_NAME, clean_line
from ledcast.core.workspace import Workspace

PREFIX = "report."
FIELDS = ("parent", "place", "signer_title", "signer_name", "recipients")
MAX_RECIPIENTS = 10  # more is a distribution list, not a "Kính gửi" line
M_TOO_MANY_RECIPIENTS = QT_TRANSLATE_NOOP("Errors", "Too many recipients (at most {max}).")
# A commune's report is signed by its head; the operator sets the exact title ("GIÁM ĐỐC",
# "TM. ỦY BAN NHÂN DÂN" …) once in the settings. Vietnamese always: it is part of the form.
DEFAULT_SIGNER_TITLE = "THỦ TRƯỞNG ĐƠN VỊ"


@dataclass(frozen=True)
class Letterhead:
    unit_name: str = ""  # this unit's name (upper-cased on the page)
    parent: str = ""  # cơ quan chủ quản, may be empty
    place: str = ""  # "" → a dotted blank for the pen
    signer_title: str = DEFAULT_SIGNER_TITLE
    signer_name: str = ""  # "" → room for the name by hand
    recipients: tuple[str, ...] = ()  # Kính gửi …; none → no such line, "Nơi nhận" only "Lưu"
    unit_names: dict[str, str] = field(default_factory=dict)  # code → name, for the by-unit table

    def name_of(self, code: str) -> str:
        name = self.unit_names.get(code)
        return f"{code} — {name}" if name else code


def parse_recipients(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Recipients from text (one per line or separated by ";"), each cleaned and
    bounded; a typed list dash or end mark ("- UBND xã;") is the PDF's to add."""
    parts = value if isinstance(value, (tuple, list)) else re.split(r"[;\n]", value or "")
    out = tuple(x for x in (clean_line(p, MAX_NAME).lstrip("-–—• ").rstrip(";.,").strip() for p in parts) if x)
    if len(out) > MAX_RECIPIENTS:
        raise LedcastError(M_TOO_MANY_RECIPIENTS, max=MAX_RECIPIENTS)
    return out


def _clean(key: str, value: Any) -> Any:
    return parse_recipients(value) if key == "recipients" else clean_line(value, MAX_NAME)


def _stored(ws: Workspace) -> dict[str, str]:
    with ws.session() as s:
        rows = s.scalars(select(Setting).where(Setting.key.in_([PREFIX + f for f in FIELDS])))
        return {r.key[len(PREFIX) :]: r.value for r in rows if isinstance(r.value, str)}


def letterhead(ws: Workspace, **overrides: str | None) -> Letterhead:
    """The stored letterhead with this unit's names; overrides (not None) win for one report."""
    with ws.session() as s:
        units = list(s.scalars(select(Unit)))
    names = {u.code: u.name for u in units}
    me = next((u for u in units if u.is_self), None)
    values: dict[str, Any] = {"parent": names.get(me.parent_code or "", "") if me else ""}
    values |= {k: v for k, v in _stored(ws).items() if v or k != "signer_title"}
    values |= {k: v for k, v in overrides.items() if v is not None and k in FIELDS}
    head = Letterhead(unit_name=me.name if me else "", unit_names=names)
    return replace(head, **{k: _clean(k, v) for k, v in values.items()})


def save_letterhead(ws: Workspace, **values: str | None) -> Letterhead:
    """Store the given fields ("" clears one: its default applies again)."""
    with ws.session() as s:
        for key, value in values.items():
            if key not in FIELDS or value is None:
                continue
            row = s.get(Setting, PREFIX + key)
            text = _clean(key, value)
            text = "\n".join(text) if key == "recipients" else text
            if row is None:
                s.add(Setting(key=PREFIX + key, value=text))
            else:
                row.value = text
    return letterhead(ws)
