"""A playlist's schedule rule, added or edited: dates, weekdays, priority, and
either start times (with repeats) or a time window the playlist loops in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ledcast.core import schedule as sched
from ledcast.core.dates import MAX_DATE, MIN_DATE
from ledcast.core.errors import LedcastError
from ledcast.core.formatting import group_digits
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


def passes_text(passes: int) -> str:
    """ "4 320 passes" / "4 320 lượt": a time window's count, as the agenda shows it."""
    return QCoreApplication.translate("Labels", "%1 pass(es)").replace("%1", group_digits(passes))


class ScheduleDialog(QDialog):
    def __init__(
        self,
        default_priority: str = "normal",
        programme_s: float = 0.0,
        parent: QWidget | None = None,
        rule: sched.Rule | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit schedule") if rule is not None else self.tr("Schedule"))
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
        self.at_times = QRadioButton(self.tr("At these times"))
        self.in_window = QRadioButton(self.tr("Play continuously from … to …"))
        self.in_window.setToolTip(
            self.tr("The playlist repeats back to back in this window, e.g. a screen loop all day")
        )
        self.mode = QButtonGroup(self)
        for b in (self.at_times, self.in_window):
            self.mode.addButton(b)
        self.at_times.setChecked(True)
        self.times = QLineEdit("06:00, 17:00")
        self.times.setToolTip(self.tr("One or more start times, e.g. 06:00, 17:30"))
        self.window_start = QTimeEdit(QTime(6, 0))
        self.window_end = QTimeEdit(QTime(22, 0))
        window_row = QHBoxLayout()
        for label, edit in ((self.tr("from"), self.window_start), (self.tr("to"), self.window_end)):
            edit.setDisplayFormat("HH:mm")
            window_row.addWidget(QLabel(label))
            window_row.addWidget(edit)
        window_row.addStretch(1)
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
        form.addRow(self.at_times)
        form.addRow(self.tr("Start times"), self.times)
        form.addRow(self.tr("Airings each time"), self.repeat)
        form.addRow(self.tr("Gap between repeats"), self.gap)
        form.addRow(self.in_window)
        form.addRow(self.tr("Time window"), window_row)
        form.addRow(self.tr("Priority"), self.priority)
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
        self.mode.buttonToggled.connect(lambda *_: self._update())
        for t in (self.window_start, self.window_end):
            t.timeChanged.connect(self._update)
        if rule is not None:
            self.set_rule(rule)
        self._update()

    def set_rule(self, rule: sched.Rule) -> None:
        """Fill the dialog from a stored rule, to edit it."""
        self.date_from.setDate(QDate(rule.date_from))
        self.date_to.setDate(QDate(rule.date_to))
        for i, c in enumerate(self.day_checks):
            c.setChecked(i in rule.weekdays)
        self.priority.setCurrentIndex(max(0, self.priority.findData(rule.priority)))
        if rule.window_end is not None:
            self.in_window.setChecked(True)
            self.window_start.setTime(QTime(rule.times[0].hour, rule.times[0].minute, rule.times[0].second))
            self.window_end.setTime(QTime(rule.window_end.hour, rule.window_end.minute, rule.window_end.second))
        else:
            self.at_times.setChecked(True)
            self.times.setText(", ".join(sched.format_time(t) for t in rule.times))
            self.repeat.setValue(rule.repeat_count)
            self.gap.setValue(rule.repeat_gap_s)

    def values(self) -> dict:  # type: ignore[type-arg]
        """Typed values for agenda.add_schedule: a weekday set from the boxes, the
        start times read by the core's parser; raises LedcastError on bad times."""
        window = self.in_window.isChecked()
        start: dt.time = self.window_start.time().toPython()
        return {
            "date_from": self.date_from.date().toPython(),
            "date_to": self.date_to.date().toPython(),
            "weekdays": frozenset(i for i, c in enumerate(self.day_checks) if c.isChecked()),
            "times": (start,) if window else sched.parse_times(self.times.text()),
            "priority": self.priority.currentData(),
            "repeat_count": 1 if window else self.repeat.value(),
            "repeat_gap_s": 0 if window else self.gap.value(),
            "window_end": self.window_end.time().toPython() if window else None,
        }

    def rule(self) -> sched.Rule:
        rule = sched.Rule(**self.values())
        rule.validate(self.programme_s)
        return rule

    def _update(self) -> None:
        window = self.in_window.isChecked()
        for w in (self.times, self.repeat, self.gap):
            w.setEnabled(not window)
        for w in (self.window_start, self.window_end):
            w.setEnabled(window)
        ok = True
        if not any(c.isChecked() for c in self.day_checks):
            ok, text = False, self.tr("Tick at least one weekday.")
        else:
            try:
                rule = self.rule()  # counted, never expanded: validate() has bounded it
                count = str(sched.count_airings(rule))
                if rule.is_window:
                    text = (
                        self.tr("Plays %1 a day, back to back, on %2 day(s).")
                        .replace("%1", passes_text(rule.passes(self.programme_s)))
                        .replace("%2", count)
                    )
                else:
                    text = self.tr("%1 airing(s) in this period.").replace("%1", count)
            except LedcastError as exc:
                ok, text = False, error_text(exc)
        self.summary.setText(text)
        self.summary.setStyleSheet("" if ok else "color: #b00020;")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
