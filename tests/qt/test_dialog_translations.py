"""Every dialog of ledcast.qt, in English, shows no Vietnamese; in Vietnamese, no English.

DIALOGS builds each QDialog / QMessageBox subclass defined under ledcast.qt with
representative arguments; test_every_dialog_is_registered fails when a new dialog class
has no entry, so the coverage stays complete. The message boxes that pages raise through
QMessageBox's static functions are checked from the source instead (the last tests): no
literal text, no Vietnamese outside the catalogue.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

import ledcast.qt
from ledcast.config import resource

from .chrome import ALLOWED, VIETNAMESE, in_english_but_vietnamese, in_vietnamese_but_english, report, visible_texts
from .test_translation_coverage import ascii_workspace  # noqa: F401 - the fixture


def _key_file(ws, tmp_path: Path):  # type: ignore[no-untyped-def]
    from ledcast.core import keys
    from ledcast.core.startup import open_for_use
    from ledcast.core.units import set_self_unit

    other = open_for_use(tmp_path / "other")
    try:
        set_self_unit(other, "XA-LB", "Xa La Bang")
        keys.init_keys(other)
        text = keys.public_key_file(other)
    finally:
        other.close()
    return keys.read_key_file(ws, text)


def _outlet(ws, name: str):  # type: ignore[no-untyped-def]
    from ledcast.core.outlets import get_outlet

    return get_outlet(ws, name)


def _exc_info():  # type: ignore[no-untyped-def]
    try:
        raise ValueError("planted")
    except ValueError as exc:
        return type(exc), exc, exc.__traceback__


def _module(name: str) -> Any:
    return importlib.import_module(f"ledcast.qt.{name}")


# "module.Class" (under ledcast.qt) -> builders of the dialog from (workspace, media files, tmp_path);
# several builders when the dialog looks different by its arguments (a new or an existing item).
Builder = Callable[[Any, Any, Path], QDialog]
DIALOGS: dict[str, list[Builder]] = {
    "welcome_dialog.WelcomeDialog": [lambda ws, media, tmp: _module("welcome_dialog").WelcomeDialog(ws)],
    "crash_dialog.CrashDialog": [lambda ws, media, tmp: _module("crash_dialog").CrashDialog(_exc_info())],
    "about_dialog.AboutDialog": [lambda ws, media, tmp: _module("about_dialog").AboutDialog(ws.root)],
    "views.airing_dialogs.UnitDialog": [lambda ws, media, tmp: _module("views.airing_dialogs").UnitDialog(ws)],
    "views.airing_dialogs.AddAiringDialog": [
        lambda ws, media, tmp: _module("views.airing_dialogs").AddAiringDialog(ws)
    ],
    "views.airing_dialogs.ConfirmDialog": [lambda ws, media, tmp: _module("views.airing_dialogs").ConfirmDialog(ws)],
    "views.console_emergency.EmergencyDialog": [
        lambda ws, media, tmp: _module("views.console_emergency").EmergencyDialog(
            ws, {"Loa trung tam": "speaker", "Man hinh cho": "screen"}
        )
    ],
    "views.import_logs_dialog.ImportLogsDialog": [
        lambda ws, media, tmp: _module("views.import_logs_dialog").ImportLogsDialog(ws)
    ],
    "views.letterhead_dialog.LetterheadDialog": [
        lambda ws, media, tmp: _module("views.letterhead_dialog").LetterheadDialog(ws)
    ],
    "views.outlets_view.OutletDialog": [
        lambda ws, media, tmp: _module("views.outlets_view").OutletDialog(),
        lambda ws, media, tmp: _module("views.outlets_view").OutletDialog(_outlet(ws, "Man hinh cho")),
        lambda ws, media, tmp: _module("views.outlets_view").OutletDialog(_outlet(ws, "Loa trung tam")),
    ],
    "views.playlist_view.dialogs.NewPlaylistDialog": [
        lambda ws, media, tmp: _module("views.playlist_view.dialogs").NewPlaylistDialog(ws)
    ],
    "views.playlist_view.dialogs.TrimDialog": [
        lambda ws, media, tmp: _module("views.playlist_view.dialogs").TrimDialog(
            2.0, 0.2, 1.8, source=media.wav, note="Ban tin 1"
        )
    ],
    "views.report_units_dialog.UnitsDialog": [
        lambda ws, media, tmp: _module("views.report_units_dialog").UnitsDialog(
            [("XA-TC", "Xa Tan Cuong"), ("XA-LB", "Xa La Bang")], ["XA-TC"]
        )
    ],
    "views.schedule_dialog.ScheduleDialog": [
        lambda ws, media, tmp: _module("views.schedule_dialog").ScheduleDialog("normal", 95.0),
        lambda ws, media, tmp: _module("views.schedule_dialog").ScheduleDialog("emergency", 0.0),
    ],
    "views.send_log_dialog.SendLogDialog": [lambda ws, media, tmp: _module("views.send_log_dialog").SendLogDialog(ws)],
    "views.settings_keys.TrustKeyDialog": [
        lambda ws, media, tmp: _module("views.settings_keys").TrustKeyDialog(_key_file(ws, tmp))
    ],
    "views.slide_editor.SlideEditorDialog": [
        lambda ws, media, tmp: _module("views.slide_editor").SlideEditorDialog(
            None, [("Man hinh cho", 384, 192)], tasks=[("NV1", "NV1 – Ha tang so")], task="NV1"
        ),
        lambda ws, media, tmp: _module("views.slide_editor").SlideEditorDialog(
            _module("views.slide_editor").SlideSource(title="Ban tin sang", body="Hop thon"), target=(384, 192)
        ),
    ],
    "views.task_dialog.TaskPickerDialog": [
        lambda ws, media, tmp: _module("views.task_dialog").TaskPickerDialog(
            __import__("ledcast.core.plan", fromlist=["list_plans"]).list_plans(ws), set()
        )
    ],
}


def dialog_classes() -> dict[str, type]:
    """Every QDialog (QMessageBox included) subclass defined in a module under ledcast.qt."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(ledcast.qt.__path__, prefix="ledcast.qt."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, QDialog) and value.__module__ == info.name:
                found[f"{info.name.removeprefix('ledcast.qt.')}.{name}"] = value
    return found


def test_every_dialog_is_registered() -> None:
    classes = dialog_classes()
    missing = sorted(set(classes) - set(DIALOGS))
    assert not missing, (
        f"Dialog class(es) {missing} have no entry in DIALOGS of {__file__}: add one per dialog, e.g.\n"
        + "\n".join(
            f'    "{name}": [lambda ws, media, tmp: _module("{name.rpartition(".")[0]}").{name.rpartition(".")[2]}(...)],'
            for name in missing
        )
        + "\nwith the arguments that show the dialog as an operator sees it (ws: a workspace with a unit, "
        "outlets, media and playlists of ASCII names; media: tests/conftest.py's media_files; tmp: a folder)."
    )
    assert not set(DIALOGS) - set(classes), "DIALOGS names a class that no longer exists"


def dialog_texts(dlg: QDialog) -> list[tuple[str, str]]:
    dlg.show()
    QApplication.processEvents()
    texts = visible_texts(dlg)
    for tabs in dlg.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            texts += visible_texts(dlg)
    return texts


@pytest.mark.parametrize("language", ["en", "vi"], indirect=True)
def test_every_dialog_shows_only_its_language(qtbot, ascii_workspace, media_files, tmp_path, language) -> None:  # noqa: F811
    bad: list[tuple[str, str]] = []
    shown = 0
    check = in_english_but_vietnamese if language == "en" else in_vietnamese_but_english
    for name, builders in DIALOGS.items():
        for build in builders:
            dlg = build(ascii_workspace, media_files, tmp_path)
            qtbot.addWidget(dlg)
            texts = dialog_texts(dlg)
            assert texts, name
            shown += 1
            bad += [(f"{where} [{name}]", text) for where, text in check(texts)]
            dlg.reject()
    assert shown >= len(DIALOGS)
    assert not bad, report(bad, language)


# --- message boxes raised by the pages: checked in the source -------------------------

QT_DIR = Path(ledcast.qt.__file__).parent
BOX_FUNCTIONS = {"warning", "critical", "information", "question", "about"}


def _qt_sources() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(QT_DIR.rglob("*.py"))]


def test_no_message_box_text_is_a_bare_literal() -> None:
    """QMessageBox.warning(self, "Title", "Text") would show English in Vietnamese: title and
    text must come from self.tr() (or a helper that translates, like error_text); the
    product's name is the same in both."""
    bare = []
    for path, tree in _qt_sources():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in BOX_FUNCTIONS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QMessageBox"
            ):
                for arg in node.args[1:3]:
                    if isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant) and arg.value not in ALLOWED):
                        bare.append(f"{path.relative_to(QT_DIR)}:{node.lineno}")
    assert not bare, f"message box text not translated (wrap it in self.tr()): {bare}"


# calls whose first argument is text the user reads (a widget's constructor or setter)
TEXT_CALLS = {
    "setText", "setToolTip", "setStatusTip", "setPlaceholderText", "addItem", "insertItem", "setWindowTitle",
    "addTab", "setTabText", "setTitle", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "addAction", "addMenu", "setSuffix", "setPrefix", "setSpecialValueText", "addRow", "showMessage",
    "QToolButton", "QListWidgetItem", "QTableWidgetItem", "setHorizontalHeaderLabels", "setHeaderLabels",
}  # fmt: skip


def test_no_widget_text_is_a_bare_literal() -> None:
    """A literal word given to a widget is shown untranslated: only units and the product's name may be."""
    bare = []
    for path, tree in _qt_sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            first = node.args[0]
            texts = first.elts if isinstance(first, ast.List | ast.Tuple) else [first]
            for arg in texts if name in TEXT_CALLS else []:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and re.search("[A-Za-z]{2}", arg.value):
                    if arg.value.strip() not in ALLOWED:
                        bare.append(f"{path.relative_to(QT_DIR)}:{node.lineno}: {name}({arg.value!r})")
    assert not bare, "widget text not translated (wrap it in self.tr()):\n" + "\n".join(bare)


def test_no_vietnamese_in_the_qt_source_outside_the_catalogue() -> None:
    """Vietnamese belongs in ledcast_vi.ts: a literal with a Vietnamese letter in ledcast/qt
    (docstrings and “quoted” printed words aside) shows in the English interface too."""
    from ledcast.qt.i18n import LANGUAGES

    found = []
    for path, tree in _qt_sources():
        docstrings = {
            id(n.body[0].value)
            for n in ast.walk(tree)
            if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef) and n.body and isinstance(n.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                text = re.sub("“[^”]*”", "", node.value)
                if VIETNAMESE.search(text) and node.value not in LANGUAGES.values():
                    found.append(f"{path.relative_to(QT_DIR)}:{node.lineno}: {node.value[:60]!r}")
    assert not found, "Vietnamese literals in ledcast/qt (write English, translate in the .ts):\n" + "\n".join(found)


def test_catalogue_sources_are_english() -> None:
    import xml.etree.ElementTree as ET

    vietnamese_sources = [
        m.findtext("source")
        for m in ET.parse(resource("translations", "ledcast_vi.ts")).getroot().iter("message")
        if VIETNAMESE.search(re.sub("“[^”]*”", "", m.findtext("source") or ""))
    ]
    assert not vietnamese_sources


@pytest.mark.parametrize("language", ["en", "vi"], indirect=True)
def test_no_dialog_cuts_a_button_short(qtbot, ascii_workspace, media_files, tmp_path, language) -> None:  # noqa: F811
    """At its own default size, in either language, every button and drop-down list shows its whole text."""
    from .test_screen_fit import elided_buttons

    clipped = {}
    for name, builders in DIALOGS.items():
        for build in builders:
            dlg = build(ascii_workspace, media_files, tmp_path)
            qtbot.addWidget(dlg)
            dlg.show()
            QApplication.processEvents()
            if bad := elided_buttons(dlg):
                clipped[name] = bad
            dlg.reject()
    assert clipped == {}
