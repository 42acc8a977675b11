"""Operator input checked at the core's door, whoever calls (CLI, GUI, tests):
one line of text cleaned of control characters and bounded, numbers finite."""

from __future__ import annotations

import math
from typing import Any

from ledcast.core.errors import M_EMPTY_NAME, M_NAME_TOO_LONG, M_NOT_A_NUMBER, M_TEXT_TOO_LONG, LedcastError
from ledcast.core.text import clean_text

MAX_NAME = 200  # playlist, outlet and unit names (String(200) columns)
MAX_TITLE = 300  # media titles
MAX_LINE = 500  # other one-line text (a location, an approver's name)


def clean_name(value: Any, max_len: int = MAX_NAME) -> str:
    """A required name: NFC, control characters (newlines, escapes) removed,
    spaces collapsed; empty or too long is refused."""
    text = clean_text(value) if isinstance(value, str) else ""
    if not text:
        raise LedcastError(M_EMPTY_NAME)
    if len(text) > max_len:
        raise LedcastError(M_NAME_TOO_LONG, max=max_len)
    return text


def clean_line(value: Any, max_len: int = MAX_LINE) -> str:
    """Optional one-line text ("" allowed), cleaned and bounded."""
    text = clean_text(value) if isinstance(value, str) else ""
    if len(text) > max_len:
        raise LedcastError(M_TEXT_TOO_LONG, max=max_len)
    return text


def finite(value: Any) -> float:
    """A real, finite number: NaN slips through every `a <= x <= b` check that
    is written as `not (x < a)`, and inf through some others."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise LedcastError(M_NOT_A_NUMBER, value=str(value)[:40])
    try:
        number = float(value)
    except OverflowError:  # an int beyond float range
        raise LedcastError(M_NOT_A_NUMBER, value=str(value)[:40]) from None
    if not math.isfinite(number):
        raise LedcastError(M_NOT_A_NUMBER, value=str(value)[:40])
    return number
