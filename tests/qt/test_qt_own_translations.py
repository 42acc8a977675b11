"""Qt's own dialogs and buttons follow the interface language: the file dialog's
labels and the standard buttons, opened for real (their texts come from Qt's
sources, so a catalogue entry that differs by one character would not apply)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from ledcast.qt.i18n import install_translators


@pytest.fixture
def translators(qapp: QApplication):  # type: ignore[no-untyped-def]
    installed: list = []  # type: ignore[type-arg]

    def install(lang: str) -> None:
        installed.extend(install_translators(qapp, lang))

    yield install
    for tr in installed:
        qapp.removeTranslator(tr)


def _dialog_texts(qtbot) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    dlg = QFileDialog(None, "", "", "*.mp3")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog)  # the widget dialog (Linux; Windows falls back to it)
    qtbot.addWidget(dlg)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(buttons)
    return [w.text() for w in dlg.findChildren(QLabel) if w.text()], [b.text() for b in buttons.buttons()]


def test_file_dialog_and_buttons_are_vietnamese(qtbot, translators) -> None:
    translators("vi")
    labels, buttons = _dialog_texts(qtbot)
    assert "Tìm t&rong:" in labels and "&Loại tệp:" in labels and "&Tên tệp:" in labels
    assert not {"&Look in:", "Files of &type:", "File &name:"} & set(labels)
    assert buttons == ["&Có", "&Không"]
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "Tìm t&rong:"


def test_file_dialog_and_buttons_stay_english_in_english(qtbot, translators) -> None:
    translators("en")
    labels, buttons = _dialog_texts(qtbot)
    assert {"&Look in:", "Files of &type:", "File &name:"} <= set(labels)
    assert buttons == ["&Yes", "&No"]
