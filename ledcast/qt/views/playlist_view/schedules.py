"""The playlist page's "This programme's schedule" section: the playlist's rules,
added, edited (double-click or Edit…) and removed (after asking) here. The
agenda page (Lịch phát) shows what all of them expand to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from ledcast.core import agenda as ag
from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist
from ledcast.core.errors import LedcastError
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.views.schedule_dialog import ScheduleDialog, passes_text, priority_labels, weekdays_text
from ledcast.qt.widgets import read_only_table

ID_ROLE = Qt.ItemDataRole.UserRole


class ScheduleSection(QWidget):
    def __init__(
        self,
        ws: Workspace,
        current: Callable[[], Playlist | None],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        """`current` gives the page's playlist; `changed` runs after a rule was
        added, edited or removed (the page refreshes and tells the other pages)."""
        super().__init__(parent)
        self.ws, self._current, self._changed = ws, current, changed
        self.table = read_only_table(
            [self.tr("Dates"), self.tr("Weekdays"), self.tr("Times"), self.tr("Priority"), self.tr("Repeats")]
        )
        self.table.setMaximumHeight(140)
        self.table.setToolTip(self.tr("Double-click a schedule to edit it"))
        self.add_button = QPushButton(self.tr("Add schedule…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove schedule"))
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>" + self.tr("This programme's schedule") + "</b>"))
        head.addStretch(1)
        for b in (self.add_button, self.edit_button, self.remove_button):
            head.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def show_playlist(self, p: Playlist) -> None:
        """The rows of `p` (loaded with its items and schedules)."""
        labels = priority_labels(self)
        duration = pl.programme_duration(self.ws, p)
        self.table.setRowCount(len(p.schedules))
        for r, sc in enumerate(p.schedules):
            first = QTableWidgetItem(f"{sc.date_from:%d/%m/%Y} – {sc.date_to:%d/%m/%Y}")
            first.setData(ID_ROLE, sc.id)
            rule = _rule_or_none(sc)
            if sc.window_end:
                times = self.tr("continuously %1–%2").replace("%1", sc.times).replace("%2", sc.window_end)
                rep = passes_text(rule.passes(duration)) if rule is not None else ""
            else:
                times = sc.times
                rep = "" if sc.repeat_count <= 1 else f"×{sc.repeat_count}, +{sc.repeat_gap_s}s"
            cells = [first, weekdays_text(sc.weekdays), times, labels.get(sc.priority, sc.priority), rep]
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell if isinstance(cell, QTableWidgetItem) else QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        self._enable()

    def _selected_ids(self) -> list[int]:
        return [self.table.item(i.row(), 0).data(ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def _enable(self) -> None:
        n = len(self._selected_ids())
        self.edit_button.setEnabled(n == 1)
        self.remove_button.setEnabled(n > 0)

    def _dialog(self, p: Playlist, rule=None) -> ScheduleDialog:  # type: ignore[no-untyped-def]
        return ScheduleDialog(
            p.priority, pl.programme_duration(self.ws, pl.get_playlist(self.ws, p.id)), self, rule=rule
        )

    def add(self) -> None:
        p = self._current()
        if p is not None:
            self._run(
                self._dialog(p),
                lambda v: ag.add_schedule(self.ws, p.id, expected=p.version, **v),
                self.tr("Schedule not added"),
            )

    def edit(self) -> None:
        p, ids = self._current(), self._selected_ids()
        if p is None or len(ids) != 1:
            return
        sc = next((x for x in pl.get_playlist(self.ws, p.id).schedules if x.id == ids[0]), None)
        if sc is not None:
            dlg = self._dialog(p, _rule_or_none(sc))
            self._run(
                dlg,
                lambda v: ag.update_schedule(self.ws, sc.id, expected=p.version, **v),
                self.tr("Schedule not changed"),
            )

    def _run(self, dlg: ScheduleDialog, store: Callable[[dict], object], failed: str) -> None:  # type: ignore[type-arg]
        """The dialog; when accepted, its rule stored by `store` (a refusal shown)."""
        if not dlg.exec():
            return
        try:
            store(dlg.values())
        except LedcastError as exc:
            QMessageBox.warning(self, failed, error_text(exc))
        self._changed()

    def remove(self) -> None:
        p, ids = self._current(), self._selected_ids()
        if p is None or not ids:
            return
        question = (
            self.tr("Remove the selected schedule? Its airings leave the agenda.")
            if len(ids) == 1
            else self.tr("Remove the %1 selected schedules? Their airings leave the agenda.").replace(
                "%1", str(len(ids))
            )
        )
        if QMessageBox.question(self, self.tr("Remove schedule"), question) != QMessageBox.StandardButton.Yes:
            return
        try:  # each removal raises the playlist's version by one: the next one expects that
            for n, schedule_id in enumerate(ids):
                ag.remove_schedule(self.ws, schedule_id, expected=p.version + n)
        except LedcastError as exc:
            QMessageBox.warning(self, self.tr("Remove schedule"), error_text(exc))
        self._changed()


def _rule_or_none(sc):  # type: ignore[no-untyped-def]
    try:
        return ag.rule_of(sc)
    except LedcastError:  # a rule stored unreadably: shown as stored, opened as a new one
        return None
