"""Add a schedule rule to a playlist: dates, weekdays, times, priority, repeats."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ledcast.core import schedule as sched
from ledcast.core.dates import MAX_DATE, MIN_DATE
from ledcast.core.errors import LedcastError
from ledcast.core.labels import PRIORITY_LABELS
from ledcast.qt.errors import error_text
from ledcast.qt.labels import labels


def priority_labels(_widget: QWidget | None = None) -> dict[str, str]:
    """Circular 39/2020 priority levels (ledcast.core.labels), translated."""
    return labels(PRIORITY_LABELS)


def weekday_names() -> list[str]:
    # spelled out in full: lupdate only sees literal QCoreApplication.translate calls
    return [
        QCoreApplication.translate("Labels", "Mon"),
        QCoreApplication.translate("Labels", "Tue"),
        QCoreApplication.translate("Labels", "Wed"),
        QCoreApplication.translate("Labels", "Thu"),
        QCoreApplication.translate("Labels", "Fri"),
        QCoreApplication.translate("Labels", "Sat"),
        QCoreApplication.translate("Labels", "Sun"),
    ]


def weekdays_text(stored: str) -> str:
    """A stored rule's weekdays as operators say them: T2, T4, T6 / Hàng ngày."""
    days = sorted(sched.stored_weekdays(stored))
    if len(days) == 7:
        return QCoreApplication.translate("Labels", "Every day")
    names = weekday_names()
    if days == [0, 1, 2, 3, 4]:
        return f"{names[0]}–{names[4]}"
    return ", ".join(names[d] for d in days)


def clock(moment) -> str:  # type: ignore[no-untyped-def]
    """HH:MM, with seconds only when a programme does not start on the minute."""
    return f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"


class ScheduleDialog(QDialog):
    def __init__(
        self, default_priority: str = "normal", programme_s: float = 0.0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule"))
        self.programme_s = programme_s
        today = QDate.currentDate()
        self.date_from = QDateEdit(today)
        self.date_to = QDateEdit(today.addDays(30))
        for d in (self.date_from, self.date_to):
            d.setDateRange(QDate(MIN_DATE), QDate(MAX_DATE))  # the span limit is checked by Rule.validate
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd/MM/yyyy")
        self.day_checks = [QCheckBox(n) for n in weekday_names()]
        days_row = QHBoxLayout()
        for c in self.day_checks:
            c.setChecked(True)
            days_row.addWidget(c)
        self.times = QLineEdit("06:00, 17:00")
        self.times.setToolTip(self.tr("One or more start times, e.g. 06:00, 17:30"))
        self.priority = QComboBox()
        for key, label in priority_labels(self).items():
            self.priority.addItem(label, key)
        self.priority.setCurrentIndex(max(0, self.priority.findData(default_priority)))
        self.repeat = QSpinBox()
        self.repeat.setRange(1, sched.MAX_REPEAT)
        self.gap = QSpinBox()
        self.gap.setRange(0, sched.MAX_GAP_S)
        self.gap.setSuffix(" s")
        self.gap.setSingleStep(60)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Weekdays"), days_row)
        form.addRow(self.tr("Start times"), self.times)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Airings each time"), self.repeat)
        form.addRow(self.tr("Gap between repeats"), self.gap)
        form.addRow(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self._update)
        for c in self.day_checks:
            c.toggled.connect(self._update)
        self.times.textChanged.connect(self._update)
        self.repeat.valueChanged.connect(self._update)
        self.gap.valueChanged.connect(self._update)
        self._update()

    def values(self) -> dict:  # type: ignore[type-arg]
        """Typed values for agenda.add_schedule: a weekday set from the boxes, the
        start times read by the core's parser; raises LedcastError on bad times."""
        return {
            "date_from": self.date_from.date().toPython(),
            "date_to": self.date_to.date().toPython(),
            "weekdays": frozenset(i for i, c in enumerate(self.day_checks) if c.isChecked()),
            "times": sched.parse_times(self.times.text()),
            "priority": self.priority.currentData(),
            "repeat_count": self.repeat.value(),
            "repeat_gap_s": self.gap.value(),
        }

    def rule(self) -> sched.Rule:
        rule = sched.Rule(**self.values())
        rule.validate(self.programme_s)
        return rule

    def _update(self) -> None:
        ok = True
        if not any(c.isChecked() for c in self.day_checks):
            ok, text = False, self.tr("Tick at least one weekday.")
        else:
            try:
                rule = self.rule()  # counted, never expanded: validate() has bounded it
                text = self.tr("%1 airing(s) in this period.").replace("%1", str(sched.count_airings(rule)))
            except LedcastError as exc:
                ok, text = False, error_text(exc)
        self.summary.setText(text)
        self.summary.setStyleSheet("" if ok else "color: #b00020;")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
