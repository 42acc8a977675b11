"""Report periods: a month, a quarter, six months, a year or any dates, in local
dates, both ends inclusive. Some reporting regimes cut months on the 15th: the
"month" of March then runs 15 February – 14 March (`cut15`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ledcast.core.airing_query import M_AIRING_PERIOD
from ledcast.core.dates import check_date
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError

M_PERIOD_TEXT = QT_TRANSLATE_NOOP("Errors", "“{text}” is not a period of this kind: write e.g. {example}.")
CUT_DAY = 15


def _month_start(year: int, month: int, cut15: bool) -> dt.date:
    """The first day of report month (year, month): the 1st, or the 15th of the month before."""
    if not cut15:
        return dt.date(year, month, 1)
    return dt.date(year - 1, 12, CUT_DAY) if month == 1 else dt.date(year, month - 1, CUT_DAY)


def _months_span(year: int, first: int, count: int, cut15: bool) -> tuple[dt.date, dt.date]:
    y, m = divmod(first - 1 + count, 12)
    return _month_start(year, first, cut15), _month_start(year + y, m + 1, cut15) - dt.timedelta(days=1)


def _match(pattern: str, text: str, example: str) -> re.Match[str]:
    m = re.fullmatch(pattern, (text or "").strip(), re.IGNORECASE)
    if m is None:
        raise LedcastError(M_PERIOD_TEXT, text=(text or "")[:40], example=example)
    return m


@dataclass(frozen=True)
class Period:
    date_from: dt.date
    date_to: dt.date
    cut15: bool = False

    def __post_init__(self) -> None:
        check_date(self.date_from)
        check_date(self.date_to)
        if self.date_to < self.date_from:
            raise LedcastError(M_AIRING_PERIOD, start=self.date_from.isoformat(), end=self.date_to.isoformat())

    @classmethod
    def dates(cls, date_from: dt.date, date_to: dt.date, cut15: bool = False) -> Period:
        return cls(date_from, date_to, cut15)

    @classmethod
    def month(cls, text: str, cut15: bool = False) -> Period:
        m = _match(r"(\d{4})-(\d{1,2})", text, "2025-03")
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise LedcastError(M_PERIOD_TEXT, text=text[:40], example="2025-03")
        return cls(*_months_span(year, month, 1, cut15), cut15)

    @classmethod
    def quarter(cls, text: str, cut15: bool = False) -> Period:
        m = _match(r"(\d{4})-?Q([1-4])", text, "2025Q1")
        return cls(*_months_span(int(m.group(1)), 3 * int(m.group(2)) - 2, 3, cut15), cut15)

    @classmethod
    def half(cls, text: str, cut15: bool = False) -> Period:
        m = _match(r"(\d{4})-?H([12])", text, "2025H1")
        return cls(*_months_span(int(m.group(1)), 6 * int(m.group(2)) - 5, 6, cut15), cut15)

    @classmethod
    def year(cls, year: int | str, cut15: bool = False) -> Period:
        m = _match(r"(\d{4})", str(year), "2025")
        return cls(*_months_span(int(m.group(1)), 1, 12, cut15), cut15)

    def months(self) -> list[tuple[str, dt.date, dt.date]]:
        """The report months the period covers, as (YYYY-MM, first, last) clipped to
        the period; a month partly covered counts as one."""
        out: list[tuple[str, dt.date, dt.date]] = []
        d = self.date_from
        # the report month a date belongs to: with the cut, the 15th starts next month's
        year, month = d.year, d.month
        if self.cut15 and d.day >= CUT_DAY:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        while True:
            first, last = _months_span(year, month, 1, self.cut15)
            out.append((f"{year:04d}-{month:02d}", max(first, self.date_from), min(last, self.date_to)))
            if last >= self.date_to:
                return out
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1

    @property
    def weeks(self) -> int:
        return -(-self.days // 7)

    def kind(self) -> tuple[str, int, int]:
        """What the period is, for its title: ("month", 2025, 3), ("quarter", 2025, 1),
        ("half", 2025, 1), ("year", 2025, 0) or ("dates", 0, 0) — found by comparing
        with the period each kind would make (the 15th cut included)."""
        y, m = self.date_to.year, self.date_to.month
        try:
            candidates = (
                ("month", m, Period.month(f"{y}-{m:02d}", self.cut15)),
                ("quarter", (m - 1) // 3 + 1, Period.quarter(f"{y}Q{(m - 1) // 3 + 1}", self.cut15)),
                ("half", (m - 1) // 6 + 1, Period.half(f"{y}H{(m - 1) // 6 + 1}", self.cut15)),
                ("year", 0, Period.year(y, self.cut15)),
            )
        except (LedcastError, ValueError):  # at the edge of the dates allowed
            return "dates", 0, 0
        for name, n, p in candidates:
            if p == self:
                return name, y, n
        return "dates", 0, 0

    def __str__(self) -> str:
        return f"{self.date_from:%d/%m/%Y} – {self.date_to:%d/%m/%Y}"
