"""Load the Vietnamese (default) or English interface.

The .ts catalogue is kept in the repo; its .qm is built with Qt's lrelease
(shipped in the PySide6 wheel) into the user cache when missing or stale, so
a source checkout and an installed copy behave the same.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ledcast.config import cache_dir, frozen_root, resource, save_ui_language, saved_language, ui_language

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


def lrelease_exe() -> str | None:
    import PySide6

    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (base / name).exists():
            return str(base / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalogue(lang: str) -> Path | None:
    """The .qm for `lang`: a packaged one beside the .ts, else one built into the cache."""
    ts = resource("translations", f"ledcast_{lang}.ts")
    packaged = ts.with_suffix(".qm")
    # Frozen, build.spec compiled the .qm from this very .ts; copies' times say nothing there.
    if packaged.exists() and (
        frozen_root() is not None or not ts.exists() or packaged.stat().st_mtime >= ts.stat().st_mtime
    ):
        return packaged
    if not ts.exists():
        return None
    out = cache_dir() / "translations" / f"ledcast_{lang}-{int(ts.stat().st_mtime)}.qm"
    if out.exists():
        return out
    exe = lrelease_exe()
    if exe is None:
        return None
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.qm")
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    res = subprocess.run([exe, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, creationflags=flags)
    if res.returncode != 0 or not tmp.exists():
        return None
    tmp.replace(out)
    return out


def chosen_language() -> str:
    """config.ui_language(), after carrying over a choice an earlier version kept in QSettings."""
    if not saved_language():
        earlier = QSettings().value("ui/language", "", str)
        if earlier in LANGUAGES:
            with contextlib.suppress(OSError):
                save_ui_language(earlier)
    return ui_language()


def install_translators(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    lang = lang or chosen_language()
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)  # Qt's own dialogs (OK/Cancel, file dialog)
        installed.append(qt_tr)
    qm = compiled_catalogue(lang)
    if qm is not None:
        tr = QTranslator(app)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            installed.append(tr)
    _INSTALLED.extend(installed)
    return installed


# every translator install_translators put in: switch_language takes them all out (removing one
# already removed is harmless), so no earlier catalogue stays behind the new language
_INSTALLED: list[QTranslator] = []


def switch_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Save the choice and change the running interface: windows open now get a
    LanguageChange event (the welcome dialog re-reads its texts), later ones start in it."""
    save_ui_language(lang)
    for tr in _INSTALLED:
        app.removeTranslator(tr)
    _INSTALLED.clear()
    return install_translators(app, lang)


# Qt ships no qtbase_vi.qm (PySide6 6.x has none; install_translators loads it if a
# later one does), so the standard button and dialog texts are listed here for
# lupdate and translated in our .ts. The sources must match Qt's own byte for
# byte (shortcut & included): tests/qt/test_qt_own_translations.py opens the dialogs.
_QT_OWN_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    # QFileDialog's own texts, exactly as Qt 6 writes them (the & marks a shortcut)
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "All files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Kind"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),
)
