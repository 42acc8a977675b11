"""The play-out rules an operator may change (stored in the workspace, so the CLI
and the console follow the same): what happens to a programme an emergency
interrupted, how late a programme may still start on its own, and how much of a
stopped item must have played for play-out to log it."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError, Text
from ledcast.core.settings import M_BAD_SETTING, read_prefixed, store_prefixed
from ledcast.core.workspace import Workspace

PREFIX = "playout."
AUTO_KEY = "auto"  # playout.auto: automatic mode, remembered (the engine's; also read at start-up)
AFTER_EMERGENCY = ("resume", "skip")  # the interrupted programme resumes at its item, or is dropped
BOUNDS: dict[str, tuple[float, float]] = {
    "grace_s": (0.0, 1800.0),  # late start allowed: up to 30 minutes
    "min_share": (0.1, 1.0),
}
R_AFTER_EMERGENCY = QT_TRANSLATE_NOOP("Errors", "resume or skip")
R_GRACE = QT_TRANSLATE_NOOP("Errors", "between 0 and 1800 seconds")
R_SHARE = QT_TRANSLATE_NOOP("Errors", "between 0.1 and 1 (10 % to 100 % of the item)")
RULES = {"grace_s": R_GRACE, "min_share": R_SHARE}


@dataclass(frozen=True)
class PlayoutSettings:
    after_emergency: str = "resume"
    grace_s: float = 120.0  # a programme found due later than this is missed, never started late on its own
    min_share: float = 0.8  # a stopped item is logged when at least this share of it has played

    def validate(self) -> None:
        if self.after_emergency not in AFTER_EMERGENCY:
            raise LedcastError(M_BAD_SETTING, name=PREFIX + "after_emergency", rule=Text(R_AFTER_EMERGENCY))
        for name, (low, high) in BOUNDS.items():
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or not low <= v <= high:
                raise LedcastError(M_BAD_SETTING, name=PREFIX + name, rule=Text(RULES[name]))


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


def auto_playout_on(ws: Workspace) -> bool:
    """Whether automatic play-out was left on (it resumes when the app starts)."""
    return bool(read_prefixed(ws, PREFIX).get(AUTO_KEY, False))
