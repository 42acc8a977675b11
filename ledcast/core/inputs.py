"""Operator input checked at the core's door, whoever calls (CLI, GUI, tests):
one line of text cleaned of control characters and bounded, numbers finite."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, TypeVar

from ledcast.core.errors import M_EMPTY_NAME, M_NAME_TOO_LONG, M_NOT_A_NUMBER, M_TEXT_TOO_LONG, LedcastError
from ledcast.core.text import clean_text, nfc

T = TypeVar("T")

MAX_NAME = 200  # playlist, outlet and unit names (String(200) columns)
MAX_TITLE = 300  # media titles
MAX_LINE = 500  # other one-line text (a location)
MAX_APPROVER = 200  # who approved an item: a person's name, as long as a playlist's


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


def name_keys(ref: str) -> set[str]:
    """Names a typed reference may mean: cleaned as new names are stored, or
    exactly as typed (a name stored by an older version may hold control characters).
    Never one with a NUL: PostgreSQL refuses it even as a value to compare with."""
    return {k for k in (clean_text(ref), nfc(ref), nfc(ref.strip())) if "\x00" not in k}


def pick_by_name(rows: Sequence[T], ref: str) -> T | None:
    """Of the rows found by name_keys, the exact match first."""
    for key in (nfc(ref), nfc(ref.strip())):
        exact = [r for r in rows if getattr(r, "name", None) == key]
        if exact:
            return exact[0]
    return rows[0] if rows else None
