"""Cài đặt: interface language, this unit, the workspace folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ledcast.core.units import self_unit, set_self_unit
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.i18n import LANGUAGES, chosen_language


class SettingsView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language()))
        self.language.currentIndexChanged.connect(self._on_language)

        unit = self_unit(ws)
        self.unit_code = QLineEdit(unit.code if unit else "")
        self.unit_name = QLineEdit(unit.name if unit else "")
        self.unit_code.setPlaceholderText(self.tr("e.g. XA-TANCUONG"))
        self.unit_name.setPlaceholderText(self.tr("e.g. UBND xã Tân Cương"))
        save_unit = QPushButton(self.tr("Save unit"))
        save_unit.clicked.connect(self._save_unit)

        where = QLabel(str(ws.root))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Unit code"), self.unit_code)
        form.addRow(self.tr("Unit name"), self.unit_name)
        form.addRow("", save_unit)
        form.addRow(self.tr("Workspace folder"), where)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Settings") + "</h2>"))
        layout.addLayout(form)
        layout.addStretch(1)

    def _on_language(self) -> None:
        QSettings().setValue("ui/language", self.language.currentData())
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used the next time ledcast starts."))

    def _save_unit(self) -> None:
        try:
            set_self_unit(self.ws, self.unit_code.text(), self.unit_name.text())
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
