"""Dates as operators type them: ISO 2026-11-26 or Vietnamese 26/11/2026."""

from __future__ import annotations

import datetime as dt
import re

from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError

M_BAD_DATE = QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date: write 2026-11-26 or 26/11/2026.")


def parse_date(text: str) -> dt.date:
    raw = (text or "").strip()
    try:
        if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw):
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise LedcastError(M_BAD_DATE, text=raw) from None
