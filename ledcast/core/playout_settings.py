"""The automatic play-out's rules an operator may change (stored in the workspace,
so the CLI and the console follow the same): what happens to a programme an
emergency interrupted, and how late a programme may still start on its own."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError, Text
from ledcast.core.settings import M_BAD_SETTING, read_prefixed, store_prefixed
from ledcast.core.workspace import Workspace

PREFIX = "playout."
AFTER_EMERGENCY = ("resume", "skip")  # the interrupted programme resumes at its item, or is dropped
BOUNDS: dict[str, tuple[float, float]] = {"grace_s": (0.0, 1800.0)}  # late start allowed: up to 30 minutes
R_AFTER_EMERGENCY = QT_TRANSLATE_NOOP("Errors", "resume or skip")
R_GRACE = QT_TRANSLATE_NOOP("Errors", "between 0 and 1800 seconds")


@dataclass(frozen=True)
class PlayoutSettings:
    after_emergency: str = "resume"
    grace_s: float = 120.0  # a programme found due later than this is missed, never started late on its own

    def validate(self) -> None:
        if self.after_emergency not in AFTER_EMERGENCY:
            raise LedcastError(M_BAD_SETTING, name=PREFIX + "after_emergency", rule=Text(R_AFTER_EMERGENCY))
        low, high = BOUNDS["grace_s"]
        g = self.grace_s
        if isinstance(g, bool) or not isinstance(g, (int, float)) or not math.isfinite(g) or not low <= g <= high:
            raise LedcastError(M_BAD_SETTING, name=PREFIX + "grace_s", rule=Text(R_GRACE))


def playout_settings(ws: Workspace) -> PlayoutSettings:
    """The stored rules; a value that no longer validates falls back to its default."""
    stored = read_prefixed(ws, PREFIX)
    values: dict[str, Any] = {}
    for f in fields(PlayoutSettings):
        if f.name in stored:
            try:
                PlayoutSettings(**{f.name: stored[f.name]}).validate()
            except LedcastError:
                continue
            values[f.name] = stored[f.name]
    return PlayoutSettings(**values)


def save_playout_settings(ws: Workspace, **changes: Any) -> PlayoutSettings:
    """Change some rules (None leaves one as it is); refused whole if one is out of bounds."""
    current = asdict(playout_settings(ws))
    current.update({k: v for k, v in changes.items() if v is not None})
    new = PlayoutSettings(**current)
    new.validate()
    store_prefixed(ws, PREFIX, asdict(new))
    return new
