"""Where each outlet plays out from this PC (issue 14): a loudspeaker outlet's audio
output, a screen outlet's monitor or exact desktop rectangle (what a sender card
captures) and whether its videos keep their sound. Stored per outlet id in the
workspace settings (a rename keeps them), read by `ledcast play`/`playout` and
the console, set on the Outlets page and with `ledcast outlet playout`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from ledcast.core.db.models import Setting
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.inputs import clean_line
from ledcast.core.outlets import get_outlet
from ledcast.core.screen_items import Region
from ledcast.core.workspace import Workspace

NULL_DEVICE = "none"  # the clock-paced output: no sound card needed (tests, a PC without one)
MAX_SCREENS = 16
M_BAD_SCREEN = QT_TRANSLATE_NOOP("Errors", "The monitor number must be between 0 and {max}.")

UNSET: Any = object()  # "leave as it is" in save_outlet_playout (None clears)


@dataclass(frozen=True)
class OutletPlayout:
    audio_device: str | None = None  # None: the system's default output; "none": the null output
    screen: int | None = None  # monitor number for a screen outlet (None: the main one)
    region: Region | None = None  # exact desktop rectangle in physical pixels; wins over `screen`
    with_sound: bool = True  # a screen outlet's videos play their sound

    def to_stored(self) -> dict[str, Any]:
        data = asdict(self)
        data["region"] = list(self.region) if self.region else None
        return data

    @classmethod
    def from_stored(cls, data: Any) -> OutletPlayout:
        """Lenient: a damaged stored value falls back to the defaults, field by field."""
        if not isinstance(data, dict):
            return cls()
        out = cls()
        device = data.get("audio_device")
        if isinstance(device, str) and device.strip():
            out = replace(out, audio_device=device)
        screen = data.get("screen")
        if isinstance(screen, int) and not isinstance(screen, bool) and 0 <= screen <= MAX_SCREENS:
            out = replace(out, screen=screen)
        region = data.get("region")
        if isinstance(region, list) and len(region) == 4 and all(isinstance(v, int) for v in region):
            try:
                out = replace(out, region=Region.parse(",".join(str(v) for v in region)))
            except LedcastError:
                pass
        if isinstance(data.get("with_sound"), bool):
            out = replace(out, with_sound=data["with_sound"])
        return out


def _key(outlet_id: int) -> str:
    return f"outlet.{outlet_id}.playout"  # outlets.remove_outlet deletes it with the outlet


def outlet_playout(ws: Workspace, outlet: str | int) -> OutletPlayout:
    """The play-out place of an outlet (by name or id); defaults when never set."""
    o = get_outlet(ws, outlet)
    with ws.session() as s:
        row = s.get(Setting, _key(o.id))
        return OutletPlayout.from_stored(row.value if row is not None else None)


def save_outlet_playout(
    ws: Workspace,
    outlet: str | int,
    *,
    audio_device: str | None = UNSET,
    screen: int | None = UNSET,
    region: Region | None = UNSET,
    with_sound: bool = UNSET,
) -> OutletPlayout:
    """Change some fields (UNSET leaves one as it is, None clears it); returns the result."""
    o = get_outlet(ws, outlet)
    current = outlet_playout(ws, o.id)
    changes: dict[str, Any] = {}
    if audio_device is not UNSET:
        changes["audio_device"] = clean_line(audio_device, 200) or None if audio_device is not None else None
    if screen is not UNSET:
        if screen is not None and (isinstance(screen, bool) or not 0 <= int(screen) <= MAX_SCREENS):
            raise LedcastError(M_BAD_SCREEN, max=MAX_SCREENS)
        changes["screen"] = screen
    if region is not UNSET:
        changes["region"] = Region(*region) if region is not None else None
    if with_sound is not UNSET:
        changes["with_sound"] = bool(with_sound)
    new = replace(current, **changes)
    with ws.session() as s:
        row = s.get(Setting, _key(o.id))
        if row is None:
            s.add(Setting(key=_key(o.id), value=new.to_stored()))
        else:
            row.value = new.to_stored()
    return new
