"""The Reports page's period picker: a kind (month, quarter, six months, year, any
dates), the widgets for its value, and "months from the 15th"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from ledcast.core.report_period import Period
from ledcast.qt.widgets import fill

KINDS = ("month", "quarter", "half", "year", "dates")
EARLY_DAYS = 10  # up to the 10th an operator is still reporting the month just ended


def default_month(today: dt.date) -> tuple[int, int]:
    """(year, month) to open on: the month just ended in the first days of a month
    (when the monthly report is due), else the current month."""
    if today.day <= EARLY_DAYS:
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.year, last.month
    return today.year, today.month


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PeriodPicker(QWidget):
    """`period()` is the chosen Period (LedcastError for dates the wrong way round);
    `changed` fires on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        year, month = default_month(today)
        self.kind = QComboBox()
        for key, text in zip(
            KINDS, (self.tr("Month"), self.tr("Quarter"), self.tr("Six months"), self.tr("Year"), self.tr("Dates"))
        ):
            self.kind.addItem(text, key)
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(fill(self.tr("Month %1"), m), m)
        self.month.setCurrentIndex(month - 1)
        self.quarter = QComboBox()
        for q, roman in enumerate(("I", "II", "III", "IV"), 1):
            self.quarter.addItem(fill(self.tr("Quarter %1"), roman), q)
        self.quarter.setCurrentIndex((month - 1) // 3)
        self.half = QComboBox()
        self.half.addItem(self.tr("First six months"), 1)
        self.half.addItem(self.tr("Last six months"), 2)
        self.half.setCurrentIndex((month - 1) // 6)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        self.date_from, self.date_to = QDateEdit(_qdate(first)), QDateEdit(_qdate(last))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.to_label = QLabel(self.tr("to"))
        self.cut15 = QCheckBox(self.tr("Months from the 15th"))
        self.cut15.setToolTip(self.tr("Each report month runs from the 15th of the month before to the 14th"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.month, self.quarter, self.half, self.year, self.date_from, self.to_label):
            layout.addWidget(w)
        layout.addWidget(self.date_to)
        layout.addWidget(self.cut15)

        self.kind.currentIndexChanged.connect(self._show_kind)
        for combo in (self.kind, self.month, self.quarter, self.half):
            combo.currentIndexChanged.connect(self.changed)
        self.year.valueChanged.connect(self.changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.changed)
        self.cut15.toggled.connect(self.changed)
        self._show_kind()

    def _show_kind(self) -> None:
        kind = self.kind.currentData()
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        self.half.setVisible(kind == "half")
        self.year.setVisible(kind != "dates")
        for w in (self.date_from, self.to_label, self.date_to):
            w.setVisible(kind == "dates")

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    def period(self) -> Period:
        kind, year, cut = self.kind.currentData(), self.year.value(), self.cut15.isChecked()
        if kind == "month":
            return Period.month(f"{year}-{self.month.currentData():02d}", cut)
        if kind == "quarter":
            return Period.quarter(f"{year}Q{self.quarter.currentData()}", cut)
        if kind == "half":
            return Period.half(f"{year}H{self.half.currentData()}", cut)
        if kind == "year":
            return Period.year(year, cut)
        return Period.dates(self.date_from.date().toPython(), self.date_to.date().toPython(), cut)

    def file_stem(self) -> str:
        """The period in a suggested file name: 2025-03, 2025-Q1, 2025-H1, 2025, or the dates."""
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "month":
            return f"{year}-{self.month.currentData():02d}"
        if kind == "quarter":
            return f"{year}-Q{self.quarter.currentData()}"
        if kind == "half":
            return f"{year}-H{self.half.currentData()}"
        if kind == "year":
            return str(year)
        a, b = self.date_from.date().toPython(), self.date_to.date().toPython()
        return f"{a:%Y-%m-%d}_{b:%Y-%m-%d}"
