"""Load the Vietnamese (default) or English interface.

The .ts catalogue is kept in the repo; its .qm is built with Qt's lrelease
(shipped in the PySide6 wheel) into the user cache when missing or stale, so
a source checkout and an installed copy behave the same.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ledcast.config import cache_dir, resource, ui_language
import os

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
    if packaged.exists() and (not ts.exists() or packaged.stat().st_mtime >= ts.stat().st_mtime):
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
    res = subprocess.run([exe, "-silent", str(ts), "-qm", str(tmp)], capture_output=True,
                         creationflags=flags)
    if res.returncode != 0 or not tmp.exists():
        return None
    tmp.replace(out)
    return out


def chosen_language() -> str:
    if os.environ.get("LEDCAST_LANG"):
        return ui_language()
    saved = QSettings().value("ui/language", "", str)
    return saved if saved in LANGUAGES else "vi"


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
    return installed
