from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Each test its own QSettings: Qt reads XDG_CONFIG_HOME only once per process, so without
    this a window closed in one test (its size, last page, splitters) would open the next
    test's window on another page; and the user's real settings stay untouched. The same
    for the saved interface language (a language switched in one test is not the next's)."""
    import ledcast.config

    folder = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    monkeypatch.setattr(ledcast.config, "language_file", lambda: Path(folder) / "language")
    yield folder


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record modal message boxes instead of blocking the test on them."""
    seen: list[tuple[str, str]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def fn(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            seen.append((kind, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok

        return fn

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return seen


@pytest.fixture
def vietnamese(qapp: QApplication):  # type: ignore[no-untyped-def]
    """Install the Vietnamese catalogue (the default) for the test, then remove it."""
    from ledcast.qt.i18n import install_translators

    translators = install_translators(qapp, "vi")
    yield translators
    for tr in translators:
        qapp.removeTranslator(tr)


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDCAST_LANG", "en")


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():  # type: ignore[no-untyped-def]
    """As the app does (ledcast.qt.gc): no automatic collection, which could run in
    a worker thread and destroy Qt objects there; collect here, on the GUI thread."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture
def playout_ws(tones_workspace):  # type: ignore[no-untyped-def]
    """tones_workspace's "Phát thanh thử" playing without a sound card, no gaps between items."""
    from ledcast.core.outlet_playout import save_outlet_playout
    from ledcast.core.settings import save_speaker_settings

    save_speaker_settings(tones_workspace, gap_s=0.0)
    save_outlet_playout(tones_workspace, "Loa trung tâm", audio_device="none")
    return tones_workspace


@pytest.fixture
def language(request, qapp, monkeypatch):  # type: ignore[no-untyped-def]
    """The interface in request.param ("vi" or "en", parametrize with indirect=True): Qt's
    translators and ledcast.core's labels alike; the translators are removed afterwards."""
    from ledcast.qt.i18n import install_translators

    lang = request.param
    monkeypatch.setenv("LEDCAST_LANG", lang)
    translators = install_translators(qapp, lang)
    assert bool(translators) == (lang == "vi")
    yield lang
    for tr in translators:
        qapp.removeTranslator(tr)
