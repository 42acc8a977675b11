"""The welcome dialog of a workspace's first start (core.first_run): the interface language
(applied at once), this unit and the unit above it (since July 2025 a regional centre or
the province, the districts being gone), the unit's signing key (its fingerprint shown
large, to read over the phone) and the demo content. Skip or Finish: either way it is
not shown again. run_gui shows it before the main window, which then opens in the
chosen language."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import demo, keys
from ledcast.core.first_run import mark_welcome_done, needs_welcome
from ledcast.core.units import PARENT_KINDS, set_parent_unit, set_self_unit
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.i18n import LANGUAGES, chosen_language, switch_language
from ledcast.qt.jobs import running_job
from ledcast.qt.views.settings_demo import start_demo_load
from ledcast.qt.views.settings_keys import fingerprint_label
from ledcast.qt.widgets import hint_label


class WelcomeDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.heading, self.intro = QLabel(), hint_label("")
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.currentIndexChanged.connect(self._on_language)
        self.unit_code, self.unit_name = QLineEdit(), QLineEdit()
        self.parent_kind, self.parent_code, self.parent_name = QComboBox(), QLineEdit(), QLineEdit()
        self.parent_hint = hint_label("")
        self.key_hint, self.key_button = hint_label(""), QPushButton()
        self.key_button.clicked.connect(self.create_key)
        self.fingerprint = fingerprint_label()
        self.demo_hint, self.demo_button, self.demo_status = hint_label(""), QPushButton(), QLabel()
        self.demo_button.clicked.connect(self.load_demo)
        self.skip_button, self.finish_button = QPushButton(), QPushButton()
        self.skip_button.clicked.connect(self.skip)
        self.finish_button.clicked.connect(self.finish)
        self.finish_button.setDefault(True)
        self._build()
        self._retranslate()
        width = 780  # the wrapped hints' height at this width, else Qt squashes the form's rows
        self.resize(width, max(self.sizeHint().height(), self.layout().heightForWidth(width)))

    # --- layout and texts ---------------------------------------------------------------

    def _build(self) -> None:
        self.language_box, self.unit_box, self.key_box, self.demo_box = (QGroupBox() for _ in range(4))
        QVBoxLayout(self.language_box).addWidget(self.language)
        unit_form = QFormLayout()
        self.unit_labels = [QLabel() for _ in range(5)]
        fields = (self.unit_code, self.unit_name, self.parent_kind, self.parent_code, self.parent_name)
        for label, field in zip(self.unit_labels, fields, strict=True):
            unit_form.addRow(label, field)
        unit_layout = QVBoxLayout(self.unit_box)
        unit_layout.addLayout(unit_form)
        unit_layout.addWidget(self.parent_hint)  # under the form: a wrapped label in a form row gets no height
        for box, hint, button, shown in (
            (self.key_box, self.key_hint, self.key_button, self.fingerprint),
            (self.demo_box, self.demo_hint, self.demo_button, self.demo_status),
        ):  # a hint, then the button with what it made beside it
            row = QFormLayout()
            row.addRow(button, shown)
            layout = QVBoxLayout(box)
            layout.addWidget(hint)
            layout.addLayout(row)
        buttons = QDialogButtonBox()  # the platform's order; the buttons' own clicked do the work
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.finish_button, QDialogButtonBox.ButtonRole.AcceptRole)
        page = QVBoxLayout(self)
        for widget in (self.heading, self.intro, self.language_box, self.unit_box, self.key_box, self.demo_box):
            page.addWidget(widget)
        page.addStretch(1)
        page.addWidget(buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to ledcast"))
        self.heading.setText("<h2>" + self.tr("Welcome to ledcast") + "</h2>")
        self.intro.setText(
            self.tr("A few things before you start. Everything here can be changed later on the Settings page.")
        )
        self.language_box.setTitle(self.tr("Interface language"))
        self.unit_box.setTitle(self.tr("Your unit"))
        labels = (
            self.tr("Unit code"),
            self.tr("Unit name"),
            self.tr("Unit above"),
            self.tr("Its code"),
            self.tr("Its name"),
        )
        for label, text in zip(self.unit_labels, labels, strict=True):
            label.setText(text)
        self.unit_code.setPlaceholderText(self.tr("e.g. XA-TANCUONG"))
        self.unit_name.setPlaceholderText(self.tr("e.g. Tan Cuong Commune People's Committee"))
        self.parent_code.setPlaceholderText(self.tr("e.g. TT-KV1 (optional)"))
        self.parent_name.setPlaceholderText(self.tr("e.g. Regional Culture and Communication Centre 1"))
        kinds = {
            "regional_centre": self.tr("Regional centre"),
            "province": self.tr("The province"),
            "district_centre": self.tr("District centre (former)"),
        }
        chosen = self.parent_kind.currentData() or PARENT_KINDS[0]
        self.parent_kind.clear()
        for kind in PARENT_KINDS:
            self.parent_kind.addItem(kinds[kind], kind)
        self.parent_kind.setCurrentIndex(self.parent_kind.findData(chosen))
        self.parent_hint.setText(
            self.tr(
                "The unit above collects your airing log for its reports. Since 1 July 2025 there are no districts: "
                "it is usually a regional centre or the province."
            )
        )
        self.key_box.setTitle(self.tr("Signing key"))
        self.key_hint.setText(
            self.tr(
                "The airing logs you send are signed with it. Read the fingerprint to the unit above by phone "
                "when you send them your public key."
            )
        )
        self.demo_box.setTitle(self.tr("Demo content"))
        self.demo_hint.setText(
            self.tr(
                "A small example to try the app at once: a slide for each task of the plan, a jingle, two test "
                "bulletins, a 384×192 screen, a loudspeaker and their playlists, approved and scheduled. "
                "Names start with “Mẫu – ”; Settings removes it all in one step."
            )
        )
        self.skip_button.setText(self.tr("Skip"))
        self.finish_button.setText(self.tr("Finish"))
        self._show_key()
        self._show_demo()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_language(self) -> None:
        try:
            switch_language(QApplication.instance(), self.language.currentData())  # type: ignore[arg-type]
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Language"), error_text(exc))
        self._retranslate()  # now, not when the posted LanguageChange arrives

    # --- the key and the demo -----------------------------------------------------------

    def _show_key(self) -> None:
        have = keys.private_key_path(self.ws).exists()
        self.key_button.setText(self.tr("Key created") if have else self.tr("Create signing key"))
        self.key_button.setEnabled(not have)
        try:
            self.fingerprint.setText(keys.own_key(self.ws).fingerprint if have else "")
        except Exception as exc:  # noqa: BLE001 - an unreadable key file: say so where the fingerprint goes
            self.fingerprint.setText(error_text(exc))

    def create_key(self) -> None:
        """The key carries the unit's code and name (as on the Settings page): the unit is saved first."""
        if not self.save_unit():
            return
        try:
            keys.init_keys(self.ws)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Signing key"), error_text(exc))
        self._show_key()

    def _show_demo(self) -> None:
        loaded = demo.demo_loaded(self.ws)
        self.demo_button.setText(self.tr("Load demo content"))
        self.demo_button.setEnabled(not loaded)
        self.demo_status.setText(self.tr("Loaded: see the Library, Playlists and Export pages.") if loaded else "")

    def load_demo(self) -> None:
        for button in (self.demo_button, self.skip_button, self.finish_button):
            button.setEnabled(False)

        def done(_loaded: bool) -> None:
            self.skip_button.setEnabled(True)
            self.finish_button.setEnabled(True)
            self._show_demo()

        start_demo_load(self, self.ws, None, done)

    # --- leaving ------------------------------------------------------------------------

    def skip(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Skip, the window's close button and Esc alike: nothing saved, not shown again;
        ignored while the demo is loading (its progress has the Cancel)."""
        if running_job(self) is not None:
            return
        mark_welcome_done(self.ws)
        super().reject()

    def finish(self) -> None:
        if self.save_unit():
            mark_welcome_done(self.ws)
            self.accept()

    def save_unit(self) -> bool:
        """Store the unit (and the unit above, when given); False after saying what is missing."""
        title = self.tr("Your unit")
        code, name = self.unit_code.text().strip(), self.unit_name.text().strip()
        parent_code, parent_name = self.parent_code.text().strip(), self.parent_name.text().strip()
        if not code or not name:
            QMessageBox.warning(
                self, title, self.tr("Enter your unit's code and name (or press Skip to set them later in Settings).")
            )
            (self.unit_name if code else self.unit_code).setFocus()
            return False
        if bool(parent_code) != bool(parent_name):
            QMessageBox.warning(self, title, self.tr("Enter both the code and the name of the unit above, or neither."))
            (self.parent_name if parent_code else self.parent_code).setFocus()
            return False
        try:
            set_self_unit(self.ws, code, name)
            if parent_code:
                set_parent_unit(self.ws, parent_code, parent_name, self.parent_kind.currentData())
        except Exception as exc:  # noqa: BLE001 - the operator must see why
            QMessageBox.warning(self, title, error_text(exc))
            return False
        return True


def welcome_if_first_start(ws: Workspace) -> bool:
    """Show the welcome dialog when this workspace starts for the first time (True then)."""
    if not needs_welcome(ws):
        return False
    WelcomeDialog(ws).exec()
    return True
