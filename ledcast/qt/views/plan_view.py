"""Kế hoạch: the communication plan's tasks, targets, content lines and key dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import plan as plan_mod
from ledcast.core.db.models import Plan
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import PLANS, WorkspaceEvents

ID_ROLE = Qt.ItemDataRole.UserRole


def _ro(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class PlanView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)
        self.plan: Plan | None = None
        self._loading = False

        self.plan_combo = QComboBox()
        # Plan names are long: never let the combo widen the window past a small screen.
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(24)
        self.import_button = QPushButton(self.tr("Import plan…"))
        self.export_button = QPushButton(self.tr("Export plan…"))
        self.copy_button = QPushButton(self.tr("New plan from this one…"))
        self.active_check = QCheckBox(self.tr("Active"))
        self.active_check.setToolTip(self.tr("Tasks of active plans can be given to media items."))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Plan:")))
        bar.addWidget(self.plan_combo, 1)
        bar.addWidget(self.active_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)

        self.name_edit = QLineEdit()
        self.issuer_label = QLabel()
        self.issuer_label.setWordWrap(True)
        self.period_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Issued by"), self.issuer_label)
        form.addRow(self.tr("Period"), self.period_label)

        self.tasks_table = QTableWidget(0, 3)
        self.tasks_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Task"), self.tr("Short name")])
        self.targets_table = QTableWidget(0, 7)
        self.targets_table.setHorizontalHeaderLabels(
            [
                self.tr("Channel"),
                self.tr("Counted"),
                self.tr("Min"),
                self.tr("Max"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Note"),
            ]
        )
        self.lines_table = QTableWidget(0, 2)
        self.lines_table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Content line")])
        self.forms_table = QTableWidget(0, 3)
        self.forms_table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Channel"), self.tr("Form of communication")]
        )
        self.dates_table = QTableWidget(0, 2)
        self.dates_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Key date")])
        for table in (self.tasks_table, self.targets_table, self.lines_table, self.forms_table, self.dates_table):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.setWordWrap(True)
        self.tasks_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tasks_table.horizontalHeader().setStretchLastSection(False)

        tasks_box = QWidget()
        tl = QVBoxLayout(tasks_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(self.tr("<b>Key tasks</b> (double-click a name to edit it)")))
        tl.addWidget(self.tasks_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.targets_table, self.tr("Targets"))
        self.tabs.addTab(self.dates_table, self.tr("Key dates"))
        self.tabs.addTab(self.lines_table, self.tr("Content lines"))
        self.tabs.addTab(self.forms_table, self.tr("Forms of communication"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("plan_splitter")  # remembered between starts (window_state)
        splitter.addWidget(tasks_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)

        self.plan_combo.currentIndexChanged.connect(self._on_plan_chosen)
        self.import_button.clicked.connect(self.import_plan)
        self.export_button.clicked.connect(self.export_plan)
        self.copy_button.clicked.connect(self.copy_plan)
        self.active_check.toggled.connect(self._on_active)
        self.name_edit.editingFinished.connect(self._on_name)
        self.tasks_table.itemChanged.connect(self._on_task_edited)
        self.targets_table.itemChanged.connect(self._on_target_edited)
        self.reload()

    # --- labels -------------------------------------------------------------------

    def channel_label(self, channel: str) -> str:
        return {
            "loudspeaker": self.tr("Loudspeaker systems"),
            "screen": self.tr("Public screens"),
            "website": self.tr("Websites"),
            "mass_media": self.tr("Mass media"),
            "social": self.tr("Social networks"),
            "print": self.tr("Publications"),
            "event": self.tr("Events"),
            "press": self.tr("Press information"),
            "grassroots": self.tr("Grassroots information system"),
        }.get(channel, channel)

    def counted_label(self, scope: str, per: str) -> str:
        scope_text = {
            "each_task": self.tr("for each task"),
            "each_event": self.tr("for each event"),
            "each_unit": self.tr("for each unit"),
            "overall": self.tr("in all"),
        }.get(scope, scope)
        per_text = {
            "period": self.tr("over the period"),
            "month": self.tr("a month"),
            "week": self.tr("a week"),
            "event": "",
        }.get(per, per)
        return f"{scope_text} {per_text}".strip()

    # --- loading --------------------------------------------------------------------

    def reload(self, select_code: str | None = None) -> None:
        current = select_code or (self.plan.code if self.plan else None)
        plans = plan_mod.list_plans(self.ws)
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in plans:
            self.plan_combo.addItem(f"{p.name} ({p.period_start:%m/%Y}–{p.period_end:%m/%Y})", p.code)
        idx = self.plan_combo.findData(current) if current else -1
        if idx < 0:
            idx = next((i for i, p in enumerate(plans) if p.active), 0)
        self.plan_combo.setCurrentIndex(idx)
        self.plan_combo.blockSignals(False)
        self._on_plan_chosen()

    def _on_plan_chosen(self, *_args) -> None:  # type: ignore[no-untyped-def]
        code = self.plan_combo.currentData()
        self.plan = plan_mod.get_plan(self.ws, code) if code else None
        self._fill()

    def _fill(self) -> None:
        self._loading = True
        p = self.plan
        enabled = p is not None
        for w in (self.export_button, self.copy_button, self.active_check, self.name_edit):
            w.setEnabled(enabled)
        if p is None:
            self._loading = False
            return
        self.name_edit.setText(p.name)
        self.issuer_label.setText(p.issuer + (f" — {p.document}" if p.document else ""))
        self.period_label.setText(f"{p.period_start:%d/%m/%Y} – {p.period_end:%d/%m/%Y}")
        self.active_check.setChecked(p.active)

        self.tasks_table.setRowCount(len(p.tasks))
        for r, t in enumerate(p.tasks):
            code = _ro(t.code)
            code.setData(ID_ROLE, t.id)
            self.tasks_table.setItem(r, 0, code)
            self.tasks_table.setItem(r, 1, QTableWidgetItem(t.title))
            self.tasks_table.setItem(r, 2, QTableWidgetItem(t.short_title))
        self.tasks_table.resizeColumnToContents(0)
        self.tasks_table.resizeColumnToContents(2)
        self.tasks_table.resizeRowsToContents()

        self.targets_table.setRowCount(len(p.targets))
        for r, tg in enumerate(p.targets):
            channel = _ro(self.channel_label(tg.channel))
            channel.setData(ID_ROLE, tg.id)
            self.targets_table.setItem(r, 0, channel)
            self.targets_table.setItem(r, 1, _ro(self.counted_label(tg.scope, tg.per)))
            self.targets_table.setItem(r, 2, QTableWidgetItem(str(tg.min_count)))
            self.targets_table.setItem(r, 3, QTableWidgetItem("" if tg.max_count is None else str(tg.max_count)))
            self.targets_table.setItem(r, 4, _ro(f"{tg.start:%d/%m/%Y}" if tg.start else ""))
            self.targets_table.setItem(r, 5, _ro(f"{tg.end:%d/%m/%Y}" if tg.end else ""))
            note = QTableWidgetItem(tg.note)
            note.setToolTip(tg.note)
            self.targets_table.setItem(r, 6, note)
        self.targets_table.resizeColumnsToContents()
        self.targets_table.horizontalHeader().setStretchLastSection(True)

        self.lines_table.setRowCount(len(p.content_lines))
        for r, c in enumerate(p.content_lines):
            self.lines_table.setItem(r, 0, _ro(c.code))
            self.lines_table.setItem(r, 1, _ro(c.title))
        self.forms_table.setRowCount(len(p.forms))
        for r, f in enumerate(p.forms):
            self.forms_table.setItem(r, 0, _ro(f.code))
            self.forms_table.setItem(r, 1, _ro(self.channel_label(f.channel)))
            self.forms_table.setItem(r, 2, _ro(f.title))
        self.dates_table.setRowCount(len(p.key_dates))
        for r, k in enumerate(p.key_dates):
            self.dates_table.setItem(r, 0, _ro(f"{k.day:02d}/{k.month:02d}" + (f"/{k.year}" if k.year else "")))
            self.dates_table.setItem(r, 1, _ro(k.title))
        for table in (self.lines_table, self.forms_table, self.dates_table):
            table.resizeColumnToContents(0)
            table.resizeRowsToContents()
        self._loading = False

    # --- edits ------------------------------------------------------------------------

    def _report(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
        self._on_plan_chosen()

    def _on_name(self) -> None:
        if self._loading or self.plan is None or self.name_edit.text().strip() == self.plan.name:
            return
        try:
            plan_mod.update_plan(self.ws, self.plan.code, name=self.name_edit.text())
        except Exception as exc:  # noqa: BLE001
            self._report(exc)
            return
        self.reload()
        self.events.announce(self, PLANS)

    def _on_active(self, checked: bool) -> None:
        if self._loading or self.plan is None:
            return
        plan_mod.update_plan(self.ws, self.plan.code, active=checked)
        self.plan.active = checked
        self.events.announce(self, PLANS)

    def _on_task_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in (1, 2):
            return
        task_id = self.tasks_table.item(item.row(), 0).data(ID_ROLE)
        try:
            if item.column() == 1:
                plan_mod.update_task(self.ws, task_id, title=item.text())
            else:
                plan_mod.update_task(self.ws, task_id, short_title=item.text())
        except Exception as exc:  # noqa: BLE001
            self._report(exc)
            return
        self.events.announce(self, PLANS)

    def _on_target_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in (2, 3, 6):
            return
        target_id = self.targets_table.item(item.row(), 0).data(ID_ROLE)
        text = item.text().strip()
        try:
            if item.column() == 6:
                plan_mod.update_target(self.ws, target_id, note=text)
            elif item.column() == 2:
                plan_mod.update_target(self.ws, target_id, min_count=int(text))
            else:
                plan_mod.update_target(self.ws, target_id, max_count=int(text) if text else None)
        except ValueError:
            from ledcast.core.errors import M_BAD_TARGET, PlanError

            self._report(PlanError(M_BAD_TARGET, max=plan_mod.MAX_COUNT))
        except Exception as exc:  # noqa: BLE001
            self._report(exc)

    # --- files --------------------------------------------------------------------------

    def import_plan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a plan"), "", self.tr("Plan files (*.json)"))
        if not path:
            return
        try:
            p = plan_mod.import_plan(self.ws, path)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Plan not imported"), error_text(exc))
            return
        self.reload(p.code)
        self.events.announce(self, PLANS)
        QMessageBox.information(
            self,
            self.tr("Plan imported"),
            self.tr("Imported “%1” with %2 tasks.").replace("%1", p.name).replace("%2", str(len(p.tasks))),
        )

    def export_plan(self) -> None:
        if self.plan is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the plan"), f"{self.plan.code}.json", self.tr("Plan files (*.json)")
        )
        if not path:
            return
        try:
            plan_mod.export_plan(self.ws, path, self.plan.code)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Plan not exported"), error_text(exc))

    def copy_plan(self) -> None:
        if self.plan is None:
            return
        code, ok = QInputDialog.getText(
            self, self.tr("New plan"), self.tr("Code of the new plan:"), text=f"{self.plan.code}-copy"
        )
        if not ok or not code.strip():
            return
        name, ok = QInputDialog.getText(
            self, self.tr("New plan"), self.tr("Name of the new plan:"), text=self.plan.name
        )
        if not ok or not name.strip():
            return
        try:
            p = plan_mod.copy_plan(self.ws, self.plan.code, code.strip(), name.strip())
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Plan not created"), error_text(exc))
            return
        self.reload(p.code)
        self.events.announce(self, PLANS)
