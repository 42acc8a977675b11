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
