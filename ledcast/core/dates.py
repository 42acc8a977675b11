"""Dates as operators type them: ISO 2026-11-26 or Vietnamese 26/11/2026."""

from __future__ import annotations

import datetime as dt
import re

from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError

M_BAD_DATE = QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date: write 2026-11-26 or 26/11/2026.")
M_DATE_RANGE = QT_TRANSLATE_NOOP("Errors", "The date {date} is outside the years {first} to {last}.")
M_EMPTY_DATE = QT_TRANSLATE_NOOP("Errors", "A date is required: write 2026-11-26 or 26/11/2026.")

# Dates an operator can mean. Anything further away is a typo, and 9999-12-31
# (date.max) cannot even be stepped past without an OverflowError.
MIN_DATE = dt.date(2000, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)


def check_date(d: dt.date) -> dt.date:
    """Refuse a date outside MIN_DATE..MAX_DATE (LedcastError); returns it."""
    if not isinstance(d, dt.date):
        raise LedcastError(M_BAD_DATE, text=str(d))
    if not MIN_DATE <= d <= MAX_DATE:
        raise LedcastError(M_DATE_RANGE, date=d.strftime("%d/%m/%Y"), first=MIN_DATE.year, last=MAX_DATE.year)
    return d


def parse_date(text: str) -> dt.date:
    """A date in MIN_DATE..MAX_DATE; empty text is an error, never "today"."""
    raw = (text or "").strip()
    if not raw:
        raise LedcastError(M_EMPTY_DATE)
    try:
        if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw):
            d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        else:
            d = dt.date.fromisoformat(raw)
    except ValueError:
        raise LedcastError(M_BAD_DATE, text=raw[:40]) from None
    return check_date(d)
