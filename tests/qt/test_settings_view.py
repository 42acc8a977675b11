from __future__ import annotations

import pytest

from ledcast import config
from ledcast.core import library
from ledcast.core.settings import SpeakerSettings, speaker_settings
from ledcast.qt.views import settings_view as sv
from ledcast.qt.views.settings_view import SettingsView


@pytest.fixture
def view(qtbot, workspace, english, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "settings" / "language"  # the language choice never touches the user's settings
    monkeypatch.setattr(config, "language_file", lambda: path)
    v = SettingsView(workspace)
    qtbot.addWidget(v)
    v.resize(1150, 700)
    v.show()
    return v


def _choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    idx = combo.findData(data)
    assert idx >= 0, data
    combo.setCurrentIndex(idx)


def test_shows_the_stored_loudspeaker_settings(view) -> None:  # type: ignore[no-untyped-def]
    d = SpeakerSettings()
    assert view.speaker_box.title() == "Loudspeaker export"
    assert view.target_spin.value() == d.target_lufs and view.target_spin.suffix() == " LUFS"
    assert view.peak_spin.value() == d.true_peak_dbtp and view.peak_spin.suffix() == " dBTP"
    assert view.silence_db_spin.value() == d.silence_threshold_db
    assert view.silence_min_spin.value() == pytest.approx(d.silence_min_s)
    assert view.gap_spin.value() == d.gap_s
    assert [view.bitrate_combo.itemData(i) for i in range(view.bitrate_combo.count())] == [
        64,
        96,
        112,
        128,
        160,
        192,
        256,
        320,
    ]
    assert view.bitrate_combo.currentData() == 128 and view.bitrate_combo.currentText() == "128 kb/s"
    assert view.channels_combo.currentData() == 1 and "Mono" in view.channels_combo.currentText()
    for combo in (view.intro_combo, view.outro_combo):
        assert combo.count() == 1 and combo.currentText() == "(none)"
    # the spin boxes allow only what the core accepts
    assert (view.target_spin.minimum(), view.target_spin.maximum()) == (-40, -5)
    assert (view.peak_spin.minimum(), view.peak_spin.maximum()) == (-12, 0)
    assert (view.silence_db_spin.minimum(), view.silence_db_spin.maximum()) == (-90, -20)
    assert (view.gap_spin.minimum(), view.gap_spin.maximum()) == (0, 60)
    assert "silence threshold" in view.silence_note.text() and "next" in view.silence_note.text()


def test_save_persists_and_jingles_come_from_the_library(view, workspace, media_files, messages) -> None:  # type: ignore[no-untyped-def]
    report = library.import_files(workspace, [media_files.wav, media_files.png])
    jingle = next(m for m in report.added if m.kind == "audio")
    assert view.intro_combo.count() == 1  # imported after the page was built
    view.refresh()
    titles = [view.intro_combo.itemText(i) for i in range(view.intro_combo.count())]
    assert titles[0] == "(none)" and len(titles) == 2 and titles[1].startswith(jingle.title)  # audio only
    assert "0:02" in titles[1]

    saved: list[SpeakerSettings] = []
    view.speaker_settings_saved.connect(saved.append)
    view.target_spin.setValue(-20)
    view.peak_spin.setValue(-2)
    view.silence_db_spin.setValue(-45)
    view.silence_min_spin.setValue(0.5)
    view.gap_spin.setValue(2.5)
    _choose(view.bitrate_combo, 192)
    _choose(view.channels_combo, 2)
    _choose(view.intro_combo, jingle.id)
    view.save_speaker_button.click()
    assert messages == []
    sp = speaker_settings(workspace)
    assert (sp.target_lufs, sp.true_peak_dbtp, sp.silence_threshold_db, sp.silence_min_s, sp.gap_s) == (
        -20,
        -2,
        -45,
        0.5,
        2.5,
    )
    assert (sp.bitrate_kbps, sp.channels, sp.intro_media_id, sp.outro_media_id) == (192, 2, jingle.id, None)
    assert saved == [sp]
    assert "Saved" in view.speaker_status.text()

    # a new page reads them back; refresh keeps the chosen jingle
    again = SettingsView(workspace)
    assert again.target_spin.value() == -20 and again.gap_spin.value() == 2.5
    assert again.bitrate_combo.currentData() == 192 and again.channels_combo.currentData() == 2
    again.refresh()
    assert again.intro_combo.currentData() == jingle.id and again.outro_combo.currentText() == "(none)"
    again.deleteLater()

    # then 128 kb/s stereo, no intro but an outro
    _choose(view.bitrate_combo, 128)
    _choose(view.intro_combo, sv.NO_JINGLE)
    _choose(view.outro_combo, jingle.id)
    view.save_speaker_button.click()
    sp = speaker_settings(workspace)
    assert (sp.bitrate_kbps, sp.channels, sp.intro_media_id, sp.outro_media_id) == (128, 2, None, jingle.id)
    assert messages == []

    # the defaults are filled in but stored only on saving
    view.fill_defaults()
    assert view.target_spin.value() == -16 and view.channels_combo.currentData() == 1
    assert speaker_settings(workspace).target_lufs == -20
    assert view.outro_combo.currentData() == jingle.id  # jingles are kept


def test_errors_from_the_core_are_shown_and_nothing_is_stored(view, workspace, messages) -> None:  # type: ignore[no-untyped-def]
    # the boxes cannot hold an invalid value; a combo entry the core refuses can show the path
    view.bitrate_combo.addItem("100 kb/s", 100)
    _choose(view.bitrate_combo, 100)
    view.target_spin.setValue(-23)
    assert view.save_speaker() is None
    assert messages == [("warning", "The setting “bitrate_kbps” must be a standard MP3 bitrate.")]
    assert speaker_settings(workspace) == SpeakerSettings()
    assert view.speaker_status.text() == ""


def test_a_removed_jingle_shows_as_none(view, workspace, media_files) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core import library
    from ledcast.core.settings import save_speaker_settings

    jingle = library.import_files(workspace, [media_files.wav]).added[0]
    save_speaker_settings(workspace, intro_media_id=jingle.id)
    library.remove_media(workspace, jingle.id)  # removed from the library after being chosen
    view.load_speaker()
    assert view.intro_combo.currentText() == "(none)"


def test_fits_a_1366x768_screen(view) -> None:  # type: ignore[no-untyped-def]
    hint = view.minimumSizeHint()
    assert hint.width() <= 1366 - 200 and hint.height() <= 768 - 80


def _fill_cache(workspace, n: int = 3, size: int = 50_000) -> list:  # type: ignore[no-untyped-def]
    from ledcast.core.render.cache import SegmentCache, segments_dir

    cache = SegmentCache(segments_dir(workspace))
    paths = [cache.produce(cache.key({"n": i}), lambda tmp: tmp.write_bytes(b"\0" * size)) for i in range(n)]
    cache.close()  # that "export" is over
    return paths


def test_the_cache_size_is_shown_and_empty_cache_empties_it(view, workspace, messages, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.render.cache import cache_status

    paths = _fill_cache(workspace)
    view.refresh()  # as the main window does when the page is shown
    assert view.cache_box.title() == "Cache of rendered segments"
    text = view.cache_status_label.text()
    assert "3 files" in text and "146.5 KB" in text and "(automatic)" in text
    assert view.cache_limit_spin.value() == 0 and view.cache_limit_spin.text() == "Automatic"

    view.empty_cache_button.click()
    assert messages and messages[0][0] == "question"  # asked first
    qtbot.waitUntil(lambda: "0 files" in view.cache_status_label.text(), timeout=10_000)
    assert view.empty_cache_button.isEnabled()
    assert not any(p.exists() for p in paths)
    assert cache_status(workspace).files == 0


def test_empty_cache_asks_and_no_keeps_everything(view, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    paths = _fill_cache(workspace, 2)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    view.empty_cache_button.click()
    assert all(p.exists() for p in paths)


def test_the_cache_limit_is_stored(view, workspace, messages) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.settings import GB, cache_limit_setting

    view.cache_limit_spin.setValue(2.5)
    view.cache_limit_button.click()
    assert cache_limit_setting(workspace) == int(2.5 * GB)
    assert "limit 2.50 GB" in view.cache_status_label.text() and "automatic" not in view.cache_status_label.text()
    view.cache_limit_spin.setValue(0)
    view.cache_limit_button.click()
    assert cache_limit_setting(workspace) is None and "(automatic)" in view.cache_status_label.text()
    assert messages == []


def test_the_language_choice_is_saved_where_the_cli_reads_it(view, messages, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(config.LANG_ENV)
    _choose(view.language, "vi")
    assert config.saved_language() == "vi" and config.ui_language() == "vi"
    assert [kind for kind, *_ in messages] == ["information"]
