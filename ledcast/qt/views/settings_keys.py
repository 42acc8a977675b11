"""Settings → Signing key and trusted units (issue 13): this unit's key (its
fingerprint large and selectable, to read over the phone; create, replace, save
the public key file for the level above) and the keys of other units trusted here
(trust a key file after comparing fingerprints by phone, revoke)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import durable, keys
from ledcast.core.labels import KEY_STATUS_LABELS
from ledcast.core.units import self_unit, unit_names
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.labels import label
from ledcast.qt.widgets import fill, hint_style, read_only_table

KEY_FILTER = "*.txt *.pub *.key"


def fingerprint_label(text: str = "") -> QLabel:
    """A fingerprint in large monospace type, selectable (to copy it into a message)."""
    shown = QLabel(text)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(18)
    font.setBold(True)
    shown.setFont(font)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


class OwnKeyBox(QGroupBox):
    """This unit's key pair: create it, replace it, hand out its public key."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setTitle(self.tr("This unit's signing key"))
        self.fingerprint = fingerprint_label()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        hint_style(self.hint)
        self.create_button = QPushButton(self.tr("Create key"))
        self.replace_button = QPushButton(self.tr("Replace key…"))
        self.save_button = QPushButton(self.tr("Save public key…"))
        self.create_button.clicked.connect(self.create_key)
        self.replace_button.clicked.connect(self.replace_key)
        self.save_button.clicked.connect(self.save_public_key)
        buttons = QHBoxLayout()
        for b in (self.create_button, self.save_button, self.replace_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        has_key = keys.private_key_path(self.ws).exists()
        has_unit = self_unit(self.ws) is not None
        self.create_button.setVisible(not has_key)
        self.create_button.setEnabled(has_unit)
        self.replace_button.setVisible(has_key)
        self.save_button.setEnabled(has_key)
        if not has_key:
            self.fingerprint.setText(self.tr("No key yet"))
            self.hint.setText(
                self.tr(
                    "Create the key once, then save the public key and send it to the unit that collects your logs."
                )
                if has_unit
                else self.tr("Save this unit's code and name first: the key carries them.")
            )
            return
        try:
            self.fingerprint.setText(keys.own_key(self.ws).fingerprint)
        except Exception as exc:  # noqa: BLE001 - a damaged key file: say so, offer to replace it
            self.fingerprint.setText("—")
            self.hint.setText(error_text(exc))
            return
        hint = self.tr("Fingerprint: read it to the unit that collects your logs over the phone when you send the key.")
        retired = keys.retired_keys(self.ws)
        if retired:
            hint += " " + fill(self.tr("Earlier keys (retired): %1"), ", ".join(k["fingerprint"] for k in retired))
        self.hint.setText(hint)

    def create_key(self) -> None:
        self._init(force=False)

    def replace_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Replace key"),
            self.tr(
                "Make a new signing key? Logs you send from now on are signed with it, and the unit that collects "
                "them must trust the new public key (send it and read them the new fingerprint). "
                "The old public key is kept as retired."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._init(force=True)

    def _init(self, force: bool) -> None:
        try:
            keys.init_keys(self.ws, force=force)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Signing key"), error_text(exc))
        self.reload()
        self.changed.emit()

    def save_public_key(self) -> Path | None:
        unit = self_unit(self.ws)
        suggested = Path.home() / f"{unit.code if unit else 'ledcast'}-public-key.txt"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save public key"), str(suggested), self.tr("Public key (%1)").replace("%1", KEY_FILTER)
        )
        if not path:
            return None
        try:
            durable.write_atomic(Path(path), keys.public_key_file(self.ws).encode("utf-8"))
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Save public key"), error_text(exc))
            return None
        QMessageBox.information(
            self,
            self.tr("Save public key"),
            fill(
                self.tr(
                    "Saved to %1. Send this file to the unit that collects your logs and read them the fingerprint %2."
                ),
                path,
                keys.own_key(self.ws).fingerprint,
            ),
        )
        return Path(path)


class TrustKeyDialog(QDialog):
    """Shows a key file's unit and fingerprint; only “Yes, the fingerprints match” trusts it."""

    def __init__(self, key: keys.KeyFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(self.tr("Trust a unit's key"))
        form = QFormLayout()
        form.addRow(self.tr("Unit code"), QLabel(key.unit_code))
        form.addRow(self.tr("Unit name"), QLabel(key.unit_name or "—"))
        self.fingerprint = fingerprint_label(key.fingerprint)
        ask = QLabel(
            self.tr(
                "Call the unit and ask them to read the fingerprint shown in their Settings. "
                "Trust this key only if it is exactly the same: a different fingerprint means the file "
                "is not theirs or was changed on the way."
            )
        )
        ask.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            self.tr("Yes, the fingerprints match"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter never trusts by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fingerprint)
        layout.addWidget(ask)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class TrustedKeysBox(QGroupBox):
    """The keys of other units trusted here: trust one from its file, revoke one."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setTitle(self.tr("Trusted keys of other units"))
        self.table = read_only_table(
            [self.tr("Unit code"), self.tr("Unit name"), self.tr("Fingerprint"), self.tr("Since"), self.tr("Status")]
        )
        self.trust_button = QPushButton(self.tr("Trust a unit's key…"))
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.trust_button.clicked.connect(self.pick_key_file)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.table.itemSelectionChanged.connect(self._selection)
        self.trust_dialog: TrustKeyDialog | None = None
        buttons = QVBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        rows = keys.list_trusted(self.ws)
        names = unit_names(self.ws)
        self.table.setRowCount(0)
        for k, status in zip(rows, keys.key_statuses(rows), strict=True):
            r = self.table.rowCount()
            self.table.insertRow(r)
            since = f"{k.added_at:%d/%m/%Y}" if k.added_at else ""
            cells = (k.unit_code, names.get(k.unit_code, ""), k.fingerprint, since, label(KEY_STATUS_LABELS, status))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, status)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._selection()

    def _selected(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.text(), item.data(Qt.ItemDataRole.UserRole)

    def _selection(self) -> None:
        chosen = self._selected()
        self.revoke_button.setEnabled(chosen is not None and chosen[1] == keys.TRUSTED)

    def pick_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trust a unit's key"), "", self.tr("Public key (%1)").replace("%1", KEY_FILTER)
        )
        if path:
            self.trust_file(Path(path))

    def trust_file(self, path: Path) -> TrustKeyDialog | None:
        """Check the file and ask (window-modal, not blocking) whether its fingerprint
        is the one the unit reads out; trusted only when the operator confirms."""
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                key = keys.read_key_file(self.ws, f.read(keys.MAX_KEY_FILE))
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Trust a unit's key"), fill(self.tr("Cannot read %1: %2"), path, exc.strerror or exc)
            )
            return None
        except Exception as exc:  # noqa: BLE001 - not a key file, the own unit's key, an altered file
            QMessageBox.warning(self, self.tr("Trust a unit's key"), error_text(exc))
            return None
        self.trust_dialog = dialog = TrustKeyDialog(key, self)
        dialog.accepted.connect(lambda: self._trust(key))
        dialog.open()
        return dialog

    def _trust(self, key: keys.KeyFile) -> None:
        try:
            keys.trust_key(self.ws, key)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Trust a unit's key"), error_text(exc))
            return
        self.reload()
        self.changed.emit()

    def revoke_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        code = chosen[0]
        answer = QMessageBox.question(
            self,
            self.tr("Revoke"),
            fill(
                self.tr(
                    "Stop trusting the key of %1? Logs signed with it are refused from now on "
                    "(airings already imported stay). To take its logs again, trust its key file anew."
                ),
                code,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            keys.revoke(self.ws, code)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Revoke"), error_text(exc))
            return
        self.reload()
        self.changed.emit()
