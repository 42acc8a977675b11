"""The official PDF report's letterhead, set from the Reports page: the parent body,
the place, the signer's title and name, and whom the report is sent to (Kính gửi).
Prefilled with what the next PDF would print (stored values, else the defaults);
Save stores only what was changed, so a default left alone (the parent unit's
name, THỦ TRƯỞNG ĐƠN VỊ) keeps following its source. Cancel stores nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ledcast.core.errors import LedcastError
from ledcast.core.inputs import MAX_NAME
from ledcast.core.report_letterhead import MAX_RECIPIENTS, letterhead, save_letterhead
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.widgets import fill, hint_style

RECIPIENT_LINES = 4  # the box's height in lines: most reports go to one to three bodies


class LetterheadDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Letterhead of the PDF report"))
        head = letterhead(ws)
        unit = head.unit_name or self.tr("not set up yet (Settings)")
        self.intro = intro = QLabel(fill(self.tr("Printed on the official PDF report. Reporting unit: %1."), unit))
        intro.setWordWrap(True)

        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            ("parent", self.tr("Parent body"), self.tr("e.g. “UBND huyện Đại Từ”"), self.tr("Above the unit's name.")),
            (
                "place",
                self.tr("Place"),
                self.tr("e.g. “Tân Cương”"),
                self.tr("Before the date. Empty: a blank to fill in."),
            ),
            (
                "signer_title",
                self.tr("Signer's title"),
                self.tr("e.g. “GIÁM ĐỐC”"),
                self.tr("Empty: “THỦ TRƯỞNG ĐƠN VỊ”. “TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH” prints on two lines."),
            ),
            ("signer_name", self.tr("Signer's name"), "", self.tr("Empty: room to write the name by hand.")),
        )
        for key, label, example, hint in rows:
            edit = QLineEdit(getattr(head, key))
            edit.setMaxLength(MAX_NAME)
            edit.setPlaceholderText(example)
            self.edits[key] = edit
            form.addRow(label, _with_hint(edit, hint))
        self.recipients = QPlainTextEdit("\n".join(head.recipients))
        self.recipients.setPlaceholderText(self.tr("e.g. “Trung tâm Văn hóa - Thể thao - Truyền thông huyện”"))
        self.recipients.setFixedHeight(self.recipients.fontMetrics().lineSpacing() * RECIPIENT_LINES + 12)
        self.recipients.setTabChangesFocus(True)
        hint = fill(
            self.tr("One per line, at most %1. Printed as “Kính gửi: …” under the title; “Nơi nhận” then begins "
                    "with “Như trên”. Empty: no “Kính gửi”."),
            MAX_RECIPIENTS,
        )  # fmt: skip
        form.addRow(self.tr("Recipients"), _with_hint(self.recipients, hint))
        self.initial = self.values()

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(700)

    def values(self) -> dict[str, str]:
        out = {key: edit.text() for key, edit in self.edits.items()}
        return out | {"recipients": self.recipients.toPlainText()}

    def accept(self) -> None:
        """Store the changed fields; a refused one (too many recipients) is said here and the dialog stays."""
        changed = {k: v for k, v in self.values().items() if v != self.initial[k]}
        try:
            if changed:
                save_letterhead(self.ws, **changed)
        except LedcastError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()


def _with_hint(field: QWidget, hint: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    note = QLabel(hint)
    note.setWordWrap(True)
    note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # under its field, not centred
    hint_style(note)
    layout.addWidget(note)
    return box
