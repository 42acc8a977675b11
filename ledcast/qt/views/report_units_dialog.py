"""Several units for one report (an aggregating unit reporting some of the units
whose logs it imported): a list of the known units to tick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ledcast.qt.widgets import ok_cancel


class UnitsDialog(QDialog):
    """`chosen()` is the ticked codes, in the list's order; OK needs at least one."""

    def __init__(self, units: list[tuple[str, str]], ticked: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Units in the report"))
        self.list = QListWidget()
        for code, name in units:
            item = QListWidgetItem(f"{code} – {name}" if name != code else code)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the units to count together:")))
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(self._update)
        self._update()

    def chosen(self) -> list[str]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [it.data(Qt.ItemDataRole.UserRole) for it in items if it.checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))
