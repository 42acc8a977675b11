"""Shared definitions, made once: screen sizes (`Size`) and their limits, frame rates,
playlist priorities. The core checks against them, the CLI parses with them and the
widgets take their ranges from them."""

from __future__ import annotations

import re
from typing import NamedTuple

from ledcast.core.errors import M_BAD_SIZE, QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.text import clean_text

MIN_SIDE = 8  # pixels, each side of a screen, a slide or an export
MAX_SIDE = 7680
MIN_FPS = 1
MAX_FPS = 120
DEFAULT_FPS = 25.0  # a screen's frame rate when none is given
PRIORITIES = ("normal", "priority", "emergency")  # thông thường / ưu tiên / khẩn cấp

M_SIZE_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "Screen size “{size}” is out of range: each side must be {min} to {max} pixels."
)
M_BAD_PRIORITY = QT_TRANSLATE_NOOP("Errors", "Unknown priority “{priority}”: use {allowed}.")

_SIZE_RE = re.compile(r"\s*(\d{1,12})\s*[xX×*]\s*(\d{1,12})\s*")


class Size(NamedTuple):
    """A pixel size. `Size.parse` reads what an operator types ("384x192", "384 × 192")."""

    width: int
    height: int

    def __str__(self) -> str:
        return f"{self.width}x{self.height}"

    @classmethod
    def parse(cls, text: str) -> Size:
        shown = clean_text(str(text or ""))[:40]
        m = _SIZE_RE.fullmatch(text or "")
        if not m:
            raise LedcastError(M_BAD_SIZE, size=shown)
        return cls(int(m.group(1)), int(m.group(2))).checked(shown)

    def checked(self, shown: str | None = None) -> Size:
        """This size, refused when a side is outside MIN_SIDE..MAX_SIDE."""
        if not (MIN_SIDE <= self.width <= MAX_SIDE and MIN_SIDE <= self.height <= MAX_SIDE):
            raise LedcastError(M_SIZE_RANGE, size=shown or f"{self.width}x{self.height}", min=MIN_SIDE, max=MAX_SIDE)
        return self


def parse_size(text: str) -> Size:
    return Size.parse(text)


def check_priority(priority: object) -> str:
    """`priority` when it is one of PRIORITIES; refused otherwise."""
    if priority not in PRIORITIES:
        raise LedcastError(M_BAD_PRIORITY, priority=str(priority)[:40], allowed=", ".join(PRIORITIES))
    return str(priority)
