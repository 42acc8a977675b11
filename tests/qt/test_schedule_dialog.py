"""The schedule dialog keeps dates where the core accepts them, shows the span
limit before anything is stored, and counts airings without expanding them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from ledcast.core.dates import MAX_DATE, MIN_DATE
from ledcast.qt.views.schedule_dialog import ScheduleDialog


def test_dates_are_limited_and_a_long_span_is_refused_in_the_dialog(qtbot, english) -> None:
    dlg = ScheduleDialog("normal", 60)
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dlg.date_to.setDate(QDate(9999, 12, 31))
    assert dlg.date_to.date().toPython() == MAX_DATE  # clamped to the last date the core takes
    dlg.date_from.setDate(QDate(1900, 1, 1))
    assert dlg.date_from.date().toPython() == MIN_DATE
    assert not ok.isEnabled() and "5 years" in dlg.summary.text()
    dlg.date_from.setDate(QDate(2026, 1, 1))
    dlg.date_to.setDate(QDate(2030, 12, 31))  # five years, every day, two times
    assert ok.isEnabled()
    days = (dt.date(2030, 12, 31) - dt.date(2026, 1, 1)).days + 1
    assert str(2 * days) in dlg.summary.text()


def test_repeats_past_a_day_are_refused_in_the_dialog(qtbot, english) -> None:
    dlg = ScheduleDialog("normal", 600)  # a 10-minute programme
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dlg.times.setText("23:59")
    dlg.repeat.setValue(50)
    dlg.gap.setValue(24 * 3600)
    assert not ok.isEnabled() and "24 hours" in dlg.summary.text()
    dlg.gap.setValue(1200)  # 50 x 600 + 49 x 1200 = 88800 s: still over a day
    assert not ok.isEnabled()
    dlg.gap.setValue(1000)  # 30000 + 49000 = 79000 s
    assert ok.isEnabled()
