"""Pick plan tasks for media items (tasks of every active plan)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ledcast.core.db.models import Plan
from ledcast.qt.widgets import ok_cancel


class TaskPickerDialog(QDialog):
    def __init__(self, plans: list[Plan], checked_ids: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan tasks"))
        self.list = QListWidget()
        for plan in plans:
            if not plan.active:
                continue
            for task in plan.tasks:
                item = QListWidgetItem(f"{task.code} – {task.title}" + (f"  [{plan.code}]" if len(plans) > 1 else ""))
                item.setData(Qt.ItemDataRole.UserRole, task.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if task.id in checked_ids else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the tasks these items serve. None ticked: outside the plan.")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def checked_task_ids(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
