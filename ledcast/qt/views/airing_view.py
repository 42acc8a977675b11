"""Nhật ký phát: the airing log page — a paged table of airings, its filters and
totals, manual entries, confirming an export, voiding, and the filtered rows saved
as CSV or XLSX. Writing goes through ledcast.core.airing; reading through
airing_query (pages and SQL totals: the page opens at once on a million rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import airing
from ledcast.core import airing_query as aq
from ledcast.core import plan as plan_mod
from ledcast.core.airing_table import write_table
from ledcast.core.db.models import Airing
from ledcast.core.errors import LedcastError
from ledcast.core.formatting import group_digits
from ledcast.core.labels import ORIGIN_LABELS, RECORDED_HOW_LABELS
from ledcast.core.outlets import list_outlets
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import AIRINGS, OUTLETS, PLANS, WorkspaceEvents, follow
from ledcast.qt.jobs import run_job
from ledcast.qt.labels import labels
from ledcast.qt.models.airing_model import AiringModel, heading
from ledcast.qt.views.airing_dialogs import AddAiringDialog, confirm_airings, with_unit
from ledcast.qt.views.import_logs_dialog import ImportLogsDialog
from ledcast.qt.views.send_log_dialog import open_send_dialog
from ledcast.qt.widgets import ask_save_path, fill

PRESETS = ("all", "month", "last_month", "quarter", "year", "chosen")


def preset_period(key: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The local days of a period preset (None: all dates)."""
    if key == "month":
        start = today.replace(day=1)
    elif key == "last_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    elif key == "quarter":
        start = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
    elif key == "year":
        start = today.replace(month=1, day=1)
    else:
        return None
    months = {"month": 1, "quarter": 3, "year": 12}[key]
    y, m = divmod(start.month - 1 + months, 12)
    return start, start.replace(year=start.year + y, month=m + 1) - dt.timedelta(days=1)


def _totals_job(ws: Workspace, f: aq.AiringFilter, **_job: Any) -> aq.AiringTotals:
    """totals() in the job shape (it is one SQL query: nothing to report or cancel)."""
    return aq.totals(ws, f)


class AiringView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)
        self.model = AiringModel(ws, self)
        self.totals: aq.AiringTotals | None = None
        self.loaded = False  # nothing read before the page is first shown (the app starts on another page)
        self.counts_asked = 0  # totals are counted in the background: the latest count asked
        self.counts_shown = 0  # and the one `totals` shows (an older answer is dropped)

        self.period = QComboBox()
        for key, text in zip(
            PRESETS,
            (
                self.tr("All dates"),
                self.tr("This month"),
                self.tr("Last month"),
                self.tr("This quarter"),
                self.tr("This year"),
                self.tr("Chosen days"),
            ),
        ):
            self.period.addItem(text, key)
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(1 - today.day())), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.outlet, self.task, self.how, self.origin = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.how.addItem(self.tr("Any way"), None)
        for key, text in labels(RECORDED_HOW_LABELS).items():
            self.how.addItem(text, key)
        self.origin.addItem(self.tr("Any origin"), None)
        for key, text in labels(ORIGIN_LABELS).items():
            self.origin.addItem(text, key)
        self.show_voided = QCheckBox(self.tr("Show voided"))
        self.show_voided.setToolTip(self.tr("Voided airings and their corrections, greyed; they never count in totals"))

        filters = QHBoxLayout()
        for text, w in (
            (self.tr("Period"), self.period),
            (self.tr("from"), self.date_from),
            (self.tr("to"), self.date_to),
            (heading("outlet"), self.outlet),
        ):
            filters.addWidget(QLabel(text))
            filters.addWidget(w)
        filters.addStretch(1)
        filters2 = QHBoxLayout()
        for text, w in (
            (self.tr("Task"), self.task),
            (heading("recorded_how"), self.how),
            (heading("origin"), self.origin),
        ):
            filters2.addWidget(QLabel(text))
            filters2.addWidget(w)
        filters2.addWidget(self.show_voided)
        filters2.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line a row: a long title is elided, its tooltip has the note
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 140), (1, 140), (3, 80), (4, 70), (5, 120), (6, 120), (7, 140)):
            self.table.setColumnWidth(col, width)
        self.totals_label = QLabel()

        self.add_button = QPushButton(self.tr("Add…"))
        self.confirm_button = QPushButton(self.tr("Confirm export…"))
        self.void_button = QPushButton(self.tr("Void…"))
        self.send_button = QPushButton(self.tr("Send log…"))
        self.import_button = QPushButton(self.tr("Import logs…"))
        self.send_button.setToolTip(self.tr("This unit's airings as one signed file for the level above"))
        self.import_button.setToolTip(self.tr("Signed log files of other units, many at once or a whole folder"))
        self.csv_button = QPushButton(self.tr("Save as CSV…"))
        self.xlsx_button = QPushButton(self.tr("Save as XLSX…"))
        self.add_button.setToolTip(self.tr("A live reading, a relay, or a programme not in the library"))
        self.confirm_button.setToolTip(self.tr("Record that a past export aired as its schedules say"))
        self.void_button.setToolTip(self.tr("Mark the selected airing as wrong; it stays in the log, greyed"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.confirm_button, self.void_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Airing log") + "</h2>"))
        layout.addLayout(filters)
        layout.addLayout(filters2)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addLayout(buttons)

        self.period.currentIndexChanged.connect(self._on_preset)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_dates)
        for combo in (self.outlet, self.task, self.how, self.origin):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.show_voided.toggled.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add)
        self.confirm_button.clicked.connect(lambda: confirm_airings(self, ws, self.events, on_done=self._recorded))
        self.void_button.clicked.connect(self.void_selected)
        self.send_button.clicked.connect(lambda: open_send_dialog(self, ws, self.events))
        self.import_button.clicked.connect(lambda: ImportLogsDialog(ws, self, self.events).exec())
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        follow(self, self.events, {AIRINGS, OUTLETS, PLANS}, self._followed)
        self.reload_choices()
        self._on_preset(apply=False)  # the rows are read when the page is first shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self.loaded:
            self.apply_filter()
        super().showEvent(event)

    # --- filters ------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """The outlet and task lists (outlets known now and any found in the log stay)."""
        outlets = [(o.name, o.name) for o in list_outlets(self.ws)]
        tasks: dict[str, str] = {}
        for plan in plan_mod.list_plans(self.ws):
            for t in plan.tasks if plan.active else ():
                tasks.setdefault(t.code, f"{t.code} – {t.short_title or t.title}")
        self._refill(self.outlet, self.tr("All outlets"), outlets)
        self._refill(
            self.task,
            self.tr("All tasks"),
            [(self.tr("Outside the plan"), aq.NO_TASK)] + [(text, code) for code, text in tasks.items()],
        )

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, key in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _on_preset(self, _index: int = 0, apply: bool = True) -> None:
        period = preset_period(self.period.currentData(), dt.date.today())
        if period is not None:
            for edit, day in zip((self.date_from, self.date_to), period):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        if apply:
            self.apply_filter()

    def _on_dates(self) -> None:
        if self.period.currentData() != "chosen":
            self.period.blockSignals(True)
            self.period.setCurrentIndex(PRESETS.index("chosen"))
            self.period.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> aq.AiringFilter:
        dated = self.period.currentData() != "all"
        return aq.AiringFilter(
            date_from=self.date_from.date().toPython() if dated else None,
            date_to=self.date_to.date().toPython() if dated else None,
            outlet=self.outlet.currentData(),
            task=self.task.currentData(),
            recorded_how=self.how.currentData(),
            origin=self.origin.currentData(),
            include_voided=self.show_voided.isChecked(),
        )

    def apply_filter(self) -> None:
        self.loaded = True
        try:
            f = self.current_filter()
            aq.conditions(f)  # a refused filter (an end before the start) is said, not shown as empty
        except LedcastError as exc:
            self.totals_label.setText(error_text(exc))
            self.model.show_nothing()
            return
        self.model.set_filter(f)
        if self.model.canFetchMore():
            self.model.fetchMore()
        self.count_totals()

    def count_totals(self) -> None:
        """Totals of the filtered rows (voided ones never count), counted off the GUI thread."""
        f = replace(self.model.filter, include_voided=False)
        self.counts_asked += 1
        asked = self.counts_asked
        self.totals_label.setText(self.tr("Counting…"))
        run_job(self, _totals_job, self.ws, f, title="", dialog=False, on_done=lambda t: self._show_totals(asked, t))

    def _show_totals(self, asked: int, t: aq.AiringTotals) -> None:
        if asked != self.counts_asked:  # the rows changed while counting: a newer count follows
            return
        self.totals, self.counts_shown = t, asked
        self.totals_label.setText(
            fill(
                self.tr("Total: %1 airing(s), %2 distinct item(s), %3 minutes"),
                group_digits(t.airings),
                group_digits(t.items),
                group_digits(round(t.minutes)),
            )
        )

    def _followed(self, topics: frozenset[str]) -> None:
        if topics & {OUTLETS, PLANS}:
            self.reload_choices()
        self.apply_filter()

    def _recorded(self, _result: object = None) -> None:
        self.reload_choices()
        self.apply_filter()

    # --- actions ------------------------------------------------------------------------

    def add(self) -> None:
        dlg = AddAiringDialog(self.ws, self, self.events)
        if dlg.exec() == dlg.DialogCode.Accepted:
            self.events.announce(self, AIRINGS)
            self._recorded()

    def selected(self) -> Airing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.airing(rows[0].row()) if rows else None

    def void_selected(self) -> None:
        a = self.selected()
        title = self.tr("Void an airing")
        if a is None:
            QMessageBox.information(self, title, self.tr("Select the airing to void first."))
            return
        reason, ok = QInputDialog.getText(
            self,
            title,
            fill(
                self.tr("Why is “%1” of %2 voided? It stays in the log, marked."), a.media_title, self.model.cell(a, 0)
            ),
        )
        if not ok:
            return
        try:
            done = with_unit(self, self.ws, self.events, lambda: airing.void(self.ws, a.uuid, reason))
        except LedcastError as exc:
            QMessageBox.warning(self, title, error_text(exc))
            return
        if done is not None:
            self.events.announce(self, AIRINGS)
            self.apply_filter()

    def save(self, kind: str) -> None:
        title = self.tr("Save the airing log")
        path = ask_save_path(self, title, f"nhat-ky-phat.{kind}", kind)
        if not path:
            return
        run_job(
            self,
            write_table,
            self.ws,
            self.model.filter,
            path,
            title=title,
            on_done=lambda n: self.totals_label.setText(fill(self.tr("Wrote %1 airing(s) to %2."), n, path)),
        )
