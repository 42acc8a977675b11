"""Báo cáo: the Reports page — a period, units and a plan; the report (core.report)
counted off the GUI thread; its table (the rows the files hold), by month and by
unit; a chart of items per task against the targets; saved as XLSX, CSV or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import plan as plan_mod
from ledcast.core.errors import LedcastError
from ledcast.core.report import ALL_UNITS, Report, report
from ledcast.core.report_file import (
    H_MONTH,
    H_UNIT,
    L_SHEET_MONTH,
    L_SHEET_UNIT,
    MAIN_HEADINGS,
    cell_headings,
    cell_rows,
    main_rows,
    units_text,
    write_report,
)
from ledcast.core.report_file import _tr as report_tr
from ledcast.core.report_letterhead import letterhead
from ledcast.core.report_period import Period
from ledcast.core.report_units import known_units
from ledcast.core.units import self_unit
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import AIRINGS, PLANS, UNITS, WorkspaceEvents, follow
from ledcast.qt.jobs import run_job
from ledcast.qt.models.report_model import ReportTableModel
from ledcast.qt.views.letterhead_dialog import LetterheadDialog
from ledcast.qt.views.report_chart import ReportChart
from ledcast.qt.views.report_period_picker import PeriodPicker
from ledcast.qt.views.report_units_dialog import UnitsDialog
from ledcast.qt.widgets import ask_save_path, fill

LAST_DIR_KEY = "reports/last_folder"
THIS_UNIT = ""  # the unit combo's data for "this unit" (core: units=None)
PICK = "?"  # … and for "several units…" (no unit code has a "?")
CHART_WIDTH = 380  # beside the table, inside 1366×728
CHART_MIN_WIDTH = 365  # when the table needs the room (narrower, the axis cuts "NV1" short)
DEBOUNCE_MS = 400  # edits in a row (typing a year) make one report
STATUS_COLUMN = len(MAIN_HEADINGS) - 1


def _report_job(ws: Workspace, period: Period, units: list[str] | None, plan: str | None, **_job: Any) -> Report:
    """report() in the job shape (SQL aggregates: nothing to report or cancel)."""
    return report(ws, period, units, plan)


def _write_job(ws: Workspace, r: Report, path: str, fmt: str, **_job: Any) -> str:
    """The PDF names this unit, its parent body, the place and the signer (Settings)."""
    head = letterhead(ws) if fmt == "pdf" else None
    return str(write_report(r, path, fmt, head))


def _table(model: ReportTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # 24 task rows: keep them compact
    return table


class ReportView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)
        self.report: Report | None = None
        self.stem = ""  # the shown report's period in a file name: 2025-03, 2025-Q1…
        self.known: list[tuple[str, str]] = []  # (code, name) of the units to choose from
        self.picked: list[str] = []  # the units ticked under "Several units…"
        self.last_unit = 0  # the unit choice to go back to when "Several units…" is cancelled
        self.loaded = False  # nothing counted before the page is first shown
        self.asked = 0  # reports are counted in the background: the latest asked
        self.shown = 0  # and the one on screen (an older answer is dropped)

        self.picker = PeriodPicker()
        self.unit, self.plan = QComboBox(), QComboBox()
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "3 units: …" is read whole
        self.make_button = QPushButton(self.tr("Make report"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.picker)
        top.addStretch(1)
        second = QHBoxLayout()
        for text, w in ((self.tr("Units"), self.unit), (self.tr("Plan"), self.plan)):
            second.addWidget(QLabel(text))
            second.addWidget(w)
        second.addWidget(self.make_button)
        second.addStretch(1)

        self.main_model, self.month_model, self.unit_model = (ReportTableModel(self) for _ in range(3))
        self.main_table = _table(self.main_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.main_table, self.tr("By task"))
        self.tabs.addTab(_table(self.month_model), report_tr(L_SHEET_MONTH))  # named as the workbook's sheets
        self.tabs.addTab(_table(self.unit_model), report_tr(L_SHEET_UNIT))
        self.chart = ReportChart()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reports_splitter")  # remembered between starts (window_state)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 1)  # the table takes what the chart leaves
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([760, CHART_WIDTH])

        self.xlsx_button = QPushButton(self.tr("Save XLSX…"))
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setToolTip(self.tr("The report in the administrative form, to print, sign and send"))
        self.letterhead_button = QPushButton(self.tr("Letterhead…"))
        self.letterhead_button.setToolTip(self.tr("The parent body, place, signer and recipients the PDF prints"))
        buttons = QHBoxLayout()  # the message has a line of its own: wrapped beside them, it lost its last line
        buttons.addStretch(1)
        for b in (self.xlsx_button, self.csv_button, self.letterhead_button, self.pdf_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Reports") + "</h2>"))
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.make)
        self.picker.changed.connect(self._edited)
        self.unit.currentIndexChanged.connect(self._unit_chosen)
        self.plan.currentIndexChanged.connect(self._edited)
        self.make_button.clicked.connect(self.make)
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.letterhead_button.clicked.connect(lambda: LetterheadDialog(self.ws, self).exec())
        follow(self, self.events, {AIRINGS, PLANS, UNITS}, self._followed)
        self._show(None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self.loaded:  # the units are read from the log on first view, not at the app's start
            self.reload_choices()
            self.make()
        super().showEvent(event)

    # --- inputs -------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Units set up here and found in the log; the plans, the active one first chosen."""
        units = known_units(self.ws)
        plans = plan_mod.list_plans(self.ws)
        active = next((p.code for p in plans if p.active), plans[0].code if plans else None)
        items = [(self.tr("This unit"), THIS_UNIT)] if self_unit(self.ws) is not None else []
        items += [(self.tr("All units"), ALL_UNITS)] + [(f"{code} – {name}", code) for code, name in units]
        self.known = units
        self.picked = [code for code in self.picked if code in dict(units)]
        _refill(self.unit, [*items, (self._picked_text(), PICK)])
        _refill(self.plan, [(p.code, p.code) for p in plans], default=active)
        for i, p in enumerate(plans):  # the code in the list (a plan's name is a sentence), the name on hover
            self.plan.setItemData(i, p.name, Qt.ItemDataRole.ToolTipRole)

    def units(self) -> list[str] | None:
        data = self.unit.currentData()
        if data == PICK:
            return self.picked or None
        return None if data in (THIS_UNIT, None) else [data]

    def _picked_text(self) -> str:
        if not self.picked:
            return self.tr("Several units…")
        codes = ", ".join(self.picked[:3]) + (", …" if len(self.picked) > 3 else "")  # the row stays short
        return fill(self.tr("%1 units: %2"), len(self.picked), codes)

    def _unit_chosen(self) -> None:
        """ "Several units…" asks which; Cancel (or none ticked before) goes back to the last choice."""
        index = self.unit.currentIndex()
        if self.unit.currentData() == PICK:
            dlg = UnitsDialog(self.known, self.picked, self)
            if dlg.exec() == QDialog.DialogCode.Accepted:
                self.picked = dlg.chosen()
                self.unit.setItemText(index, self._picked_text())
            elif not self.picked:
                self.unit.blockSignals(True)
                self.unit.setCurrentIndex(self.last_unit)
                self.unit.blockSignals(False)
                return
        self.last_unit = self.unit.currentIndex()
        self._edited()

    def _edited(self) -> None:
        if self.loaded:
            self.timer.start()

    def _followed(self, topics: frozenset[str]) -> None:
        if topics & {PLANS, UNITS}:
            self.reload_choices()
        if self.loaded:
            self.make()

    # --- the report ---------------------------------------------------------------------

    def make(self) -> None:
        """Count the report for the inputs, off the GUI thread (a newer ask wins)."""
        self.timer.stop()
        self.loaded = True
        self.asked += 1
        asked = self.asked
        try:
            period = self.picker.period()
        except LedcastError as exc:
            self.shown = asked
            self._failed(exc)
            return
        self.message.setText(self.tr("Counting…"))
        stem = self.picker.file_stem()
        run_job(
            self,
            _report_job,
            self.ws,
            period,
            self.units(),
            self.plan.currentData(),
            title="",
            dialog=False,
            on_done=lambda r: self._done(asked, r, stem),
            on_failed=lambda exc: self._done(asked, exc),
        )

    def _done(self, asked: int, result: Report | BaseException, stem: str = "") -> None:
        if asked != self.asked:  # the inputs changed while counting: a newer report follows
            return
        self.shown = asked
        if isinstance(result, BaseException):
            self._failed(result)
        else:
            self.stem = stem  # the file is named after the report shown, not the picker's newer state
            self.message.setText(
                fill(self.tr("%1 · %2 · %3"), result.plan_name, str(result.period), units_text(result))
            )
            self._show(result)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self._show(None)

    def _show(self, r: Report | None) -> None:
        self.report = r
        main = main_rows(r) if r else []
        totals = None
        if r is not None:
            t = r.totals()
            totals = [self.tr("Total"), "", "", t.airings, None, t.minutes, "", ""]
        self.main_model.set_rows(
            [report_tr(h) for h in MAIN_HEADINGS],
            main,
            [x.status for x in r.rows] if r else [],
            totals,
            STATUS_COLUMN,
        )
        self.month_model.set_rows(cell_headings(H_MONTH), cell_rows(r.by_month) if r else [])
        self.unit_model.set_rows(cell_headings(H_UNIT), cell_rows(r.by_unit) if r else [])
        self.tabs.setTabEnabled(2, bool(r and r.by_unit))
        self._size_columns()
        self.chart.set_report(r)
        for b in (self.xlsx_button, self.csv_button, self.pdf_button):
            b.setEnabled(r is not None)

    def _size_columns(self) -> None:
        table = self.main_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the task name takes what is left
        # ... but never less than its heading (Vietnamese's wider columns left "ên nhiệm v" at 1366×728):
        # the chart gives up room down to CHART_MIN_WIDTH, then the target column, then the table scrolls
        if not self.isVisible():
            return
        header.resizeSections()  # now, not at the next layout pass: the widths are measured below
        room = table.viewport().width() - sum(header.sectionSize(c) for c in range(header.count()) if c != 1)
        bar = table.verticalScrollBar()
        if not bar.isVisible() and table.verticalHeader().length() > table.viewport().height():
            room -= table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # it is about to show
        heading = str(self.main_model.headerData(1, Qt.Orientation.Horizontal) or "")
        short = header.fontMetrics().horizontalAdvance(heading) + 16 - room
        if short <= 0:
            return
        table_w, chart_w = self.splitter.sizes()
        give = min(short, max(0, chart_w - CHART_MIN_WIDTH))
        if give:
            self.splitter.setSizes([table_w + give, chart_w - give])
            short -= give
        target = STATUS_COLUMN - 1  # "0 / 1–5 (cả giai đoạn kế hoạch)": elided, whole in its tooltip
        heading = str(self.main_model.headerData(target, Qt.Orientation.Horizontal) or "")
        spare = header.sectionSize(target) - header.fontMetrics().horizontalAdvance(heading) - 16
        if short > 0 and spare > 0:
            header.setSectionResizeMode(target, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(target, header.sectionSize(target) - min(short, spare))
            short -= min(short, spare)
        if short > 0:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(1, room + give + short)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._size_columns()  # the name column stretches again when there is room

    # --- files --------------------------------------------------------------------------

    def save(self, fmt: str) -> None:
        r = self.report
        if r is None:
            return
        title = self.tr("Save the report")
        folder = QSettings().value(LAST_DIR_KEY, "", str) or ""
        suggested = str(Path(folder) / f"bao-cao-{self.stem}.{fmt}")
        path = ask_save_path(self, title, suggested, fmt)
        if not path:
            return
        run_job(
            self,
            _write_job,
            self.ws,
            r,
            path,
            fmt,
            title=title,
            on_done=lambda p: self._saved(title, p),
        )

    def _saved(self, title: str, path: str) -> None:
        QSettings().setValue(LAST_DIR_KEY, str(Path(path).parent))  # the next file goes beside it
        QMessageBox.information(self, title, fill(self.tr("Saved the report to %1."), path))


def _refill(combo: QComboBox, items: list[tuple[str, str]], default: str | None = None) -> None:
    """Refill keeping the choice (else `default`, else the first), without a change signal."""
    current = combo.currentData() if combo.count() else default
    combo.blockSignals(True)
    combo.clear()
    for text, key in items:
        combo.addItem(text, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
