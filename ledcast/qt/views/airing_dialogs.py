"""The airing log's dialogs: the unit asked for once, a manual entry, and the
confirmation of a past export (also opened from the Export page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import airing, library
from ledcast.core import airing_confirm as ac
from ledcast.core.errors import LedcastError
from ledcast.core.export.history import list_exports
from ledcast.core.labels import ORIGIN_LABELS
from ledcast.core.outlets import list_outlets
from ledcast.core.units import self_unit, set_self_unit
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import AIRINGS, UNITS, WorkspaceEvents
from ledcast.qt.jobs import run_job
from ledcast.qt.labels import labels
from ledcast.qt.models.airing_model import heading
from ledcast.qt.views.export_summary import local_time_text
from ledcast.qt.widgets import fill, ok_cancel

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConfirmDialog", text)


class UnitDialog(QDialog):
    """This installation's unit, asked for the first time an airing is recorded."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("This installation's unit"))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. XA-TANCUONG"))
        self.name.setPlaceholderText(self.tr("e.g. Tan Cuong Commune People's Committee"))
        why = QLabel(
            self.tr(
                "Every airing in the log carries the code of the unit that aired it. Enter it once; "
                "it can be changed later in Settings → Unit."
            )
        )
        why.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Unit code"), self.code)
        form.addRow(self.tr("Unit name"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))

    def accept(self) -> None:
        try:
            set_self_unit(self.ws, self.code.text(), self.name.text())
        except LedcastError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        super().accept()


def ask_unit(parent: QWidget, ws: Workspace, events: WorkspaceEvents | None) -> bool:
    """Ask for the unit; True when one is set now."""
    if UnitDialog(ws, parent).exec() != QDialog.DialogCode.Accepted or self_unit(ws) is None:
        return False
    if events is not None:
        events.announce(parent, UNITS)
    return True


def with_unit(parent: QWidget, ws: Workspace, events: WorkspaceEvents | None, action: Callable[[], T]) -> T | None:
    """`action()`; refused for want of a unit, the unit is asked for once and it is
    tried again (None when the operator gave no unit). Other refusals propagate."""
    try:
        return action()
    except LedcastError as exc:
        if exc.template != airing.M_NO_UNIT:
            raise
    return action() if ask_unit(parent, ws, events) else None


def _local(edit: QDateTimeEdit) -> dt.datetime:
    """The edit's wall-clock time in this computer's zone (aware)."""
    return edit.dateTime().toPython().replace(microsecond=0).astimezone()


class AddAiringDialog(QDialog):
    """A manual entry: a library item or a free title, the outlet, local start and end."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws, self.events = ws, events
        self.recorded: Any = None  # the row written, once accepted
        self.setWindowTitle(self.tr("Add an airing"))
        self.media = QComboBox()
        self.media.addItem(self.tr("Not in the library: type the title below"), None)
        self._media = {m.id: m for m in library.list_media(ws)}
        for m in self._media.values():
            self.media.addItem(m.title, m.id)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Relay of the provincial radio news"))
        self.outlet = QComboBox()
        for o in list_outlets(ws):
            self.outlet.addItem(o.name, o.name)
        now = QDateTime.currentDateTime()
        now = now.addSecs(-now.time().second())
        self.start = QDateTimeEdit(now.addSecs(-30 * 60))
        self.end = QDateTimeEdit(now)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy HH:mm:ss")
            edit.setCalendarPopup(True)
        self.tasks = QLineEdit()
        self.tasks.setPlaceholderText(self.tr("e.g. NV2, NV3 (empty: outside the plan)"))
        self.origin = QComboBox()
        for key, text in labels(ORIGIN_LABELS).items():
            self.origin.addItem(text, key)
        self.language = QLineEdit("vi")
        self.language.setMaximumWidth(80)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        form = QFormLayout(self)
        for text, field in (
            (self.tr("Library item"), self.media),
            (heading("title"), self.title),
            (heading("outlet"), self.outlet),
            (self.tr("Start (local time)"), self.start),
            (self.tr("End (local time)"), self.end),
            (heading("tasks"), self.tasks),
            (heading("origin"), self.origin),
            (self.tr("Language"), self.language),
            (heading("note"), self.note),
        ):
            form.addRow(text, field)
        form.addRow(ok_cancel(self))
        self.media.currentIndexChanged.connect(self._on_media)
        self.resize(560, self.sizeHint().height())

    def _on_media(self) -> None:
        m = self._media.get(self.media.currentData())
        self.title.setEnabled(m is None)
        if m is not None:  # the item's title, tasks and length, which the operator may still change
            self.title.setText(m.title)
            self.tasks.setText(", ".join(t.code for t in m.tasks))
            if m.duration_s:
                self.end.setDateTime(self.start.dateTime().addMSecs(int(m.duration_s * 1000)))

    def entry(self) -> airing.AiringEntry:
        m = self._media.get(self.media.currentData())
        start, end = _local(self.start), _local(self.end)
        outlet = next((o for o in list_outlets(self.ws) if o.name == self.outlet.currentData()), None)
        return airing.AiringEntry(
            outlet_name=self.outlet.currentData() or "",
            outlet_kind=outlet.kind if outlet is not None else "",
            start=start,
            end=end,
            recorded_how="manual",
            title=m.title if m is not None else self.title.text(),
            media_sha256=m.sha256 if m is not None else None,
            task_codes=self.tasks.text(),
            utc_offset_min=int(start.utcoffset().total_seconds() // 60),  # type: ignore[union-attr]
            origin=self.origin.currentData(),
            language=self.language.text(),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        try:
            if self.outlet.currentData() is None:
                QMessageBox.warning(
                    self, self.windowTitle(), self.tr("There is no outlet yet: add one on the Outlets page first.")
                )
                return
            self.recorded = with_unit(self, self.ws, self.events, lambda: airing.record(self.ws, self.entry()))
        except LedcastError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        if self.recorded is not None:
            super().accept()


class ConfirmDialog(QDialog):
    """Which past export aired on which days: its sessions, each ticked unless missed."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, export_id: int | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.occurrences: list[ac.Occurrence] = []
        self.setWindowTitle(self.tr("Confirm an export aired"))
        self.export = QComboBox()
        for e in list_exports(ws):
            self.export.addItem(f"{local_time_text(e.created_at)} – {e.playlist_name}", e.id)
        if export_id is not None:
            self.export.setCurrentIndex(max(self.export.findData(export_id), 0))
        today = QDate.currentDate()
        self.day_from, self.day_to = QDateEdit(today), QDateEdit(today)
        days = QHBoxLayout()
        for text, edit in ((self.tr("From"), self.day_from), (self.tr("to"), self.day_to)):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            days.addWidget(QLabel(text))
            days.addWidget(edit)
        days.addStretch(1)
        self.sessions = QListWidget()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = ok_cancel(self)
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.export)
        form.addRow(self.tr("Days"), days)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sessions (untick those that did not air):")))
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.export.currentIndexChanged.connect(self.reload)
        self.day_from.dateChanged.connect(self.reload)
        self.day_to.dateChanged.connect(self.reload)
        self.sessions.itemChanged.connect(self._count)
        self.resize(620, 480)
        self.reload()

    def export_id(self) -> int | None:
        return self.export.currentData()

    def days(self) -> tuple[dt.date, dt.date]:
        return self.day_from.date().toPython(), self.day_to.date().toPython()

    def skip(self) -> set[int]:
        return {
            self.occurrences[r].number
            for r in range(self.sessions.count())
            if self.sessions.item(r).checkState() != Qt.CheckState.Checked
        }

    def reload(self) -> None:
        self.sessions.clear()
        self.occurrences = []
        if self.export_id() is None:
            self.note.setText(self.tr("No export yet: export a playlist first."))
            self._count()
            return
        try:
            self.occurrences = ac.occurrences(self.ws, self.export_id(), *self.days())
        except LedcastError as exc:
            self.note.setText(error_text(exc))
            self._count()
            return
        self.sessions.blockSignals(True)
        for o in self.occurrences:
            text = fill(self.tr("Session %1: %2, %3 item(s)"), o.number, f"{o.start:%d/%m/%Y %H:%M}", len(o.items))
            if o.passes > 1:
                text += " " + fill(self.tr("(looped %1 times until %2)"), o.passes, f"{o.end:%H:%M}")
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sessions.addItem(item)
        self.sessions.blockSignals(False)
        self._count()

    def rows_to_add(self) -> int:
        skip = self.skip()
        return sum(len(o.items) * o.passes for o in self.occurrences if o.number not in skip)

    def _count(self) -> None:
        n = self.rows_to_add()
        if self.occurrences:
            self.note.setText(fill(self.tr("%1 airing(s) will be recorded (those already in the log are kept)."), n))
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(n > 0)


def confirm_airings(
    parent: QWidget,
    ws: Workspace,
    events: WorkspaceEvents | None,
    export_id: int | None = None,
    on_done: Callable[[ac.ConfirmResult], None] | None = None,
) -> None:
    """The confirm dialog; on OK, the confirmation runs as a job and its outcome is told."""
    dlg = ConfirmDialog(ws, parent, export_id)
    if dlg.exec() != QDialog.DialogCode.Accepted or dlg.export_id() is None:
        return
    if self_unit(ws) is None and not ask_unit(parent, ws, events):
        return
    title = dlg.windowTitle()

    def done(res: ac.ConfirmResult) -> None:
        if events is not None and res.added:
            events.announce(parent, AIRINGS)
        text = fill(_tr("%1 airing(s) recorded; %2 were already in the log."), res.added, res.already)
        if res.skipped:
            text += "\n" + fill(_tr("Left out as not aired: %1 session(s)."), res.skipped)
        QMessageBox.information(parent, title, text)
        if on_done is not None:
            on_done(res)

    run_job(parent, ac.confirm, ws, dlg.export_id(), *dlg.days(), dlg.skip(), title=title, on_done=done)
