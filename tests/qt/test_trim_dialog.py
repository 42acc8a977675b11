"""The trim dialog draws the item's waveform at its own scale with the in/out
markers, plays the selection and points out a very quiet recording; the preview
pane shows an item's length before it plays."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_factory import padded_bulletin_playlist
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor

from ledcast.core import playlist as pl
from ledcast.qt.views.playlist_view.dialogs import trim_dialog
from ledcast.qt.views.playlist_view.waveform import MARK
from ledcast.qt.views.preview import HAVE_MULTIMEDIA, PreviewPane


@pytest.fixture
def whisper(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 6 s bulletin recorded at −59 LUFS, with 1.5 s and 2 s of silence at its ends."""
    return workspace, padded_bulletin_playlist(workspace, tmp_path, -59, "thi-tham.wav")


def _is_mark(colour: QColor) -> bool:
    return abs(colour.red() - MARK.red()) < 40 and abs(colour.green() - MARK.green()) < 40 and colour.blue() < 110


def test_quiet_item_is_drawn_at_its_own_scale_and_marked(qtbot, whisper, vietnamese) -> None:
    ws, item = whisper
    dlg = trim_dialog(ws, item)
    qtbot.addWidget(dlg)
    assert dlg.note.text() == "−59 LUFS: rất nhỏ, sẽ được tăng thêm 43 dB."
    assert not dlg.note.isHidden()
    wave = dlg.waveform
    assert len(wave.columns) > 100
    raw_peak = max(max(abs(lo), abs(hi)) for lo, hi in wave.columns)
    assert raw_peak < 0.02  # the stored levels: flat at full scale
    assert max(max(abs(lo), abs(hi)) * wave.scale for lo, hi in wave.columns) == pytest.approx(1.0)
    # the silent ends stay flat, the sound fills the height
    quarter = len(wave.columns) // 2
    assert wave.columns[0] == (0.0, 0.0) and wave.columns[quarter][1] * wave.scale > 0.3


def test_markers_follow_the_spin_boxes(qtbot, whisper, english) -> None:
    ws, item = whisper
    dlg = trim_dialog(ws, item)
    qtbot.addWidget(dlg)
    assert dlg.note.text() == "−59 LUFS: very quiet, will be raised by 43 dB."
    wave = dlg.waveform
    wave.resize(475, 90)
    dlg.start.setValue(2.0)
    dlg.end.setValue(7.5)
    assert (wave.mark_in, wave.mark_out) == (2.0, 7.5)
    image = wave.grab().toImage()
    x_in, x_out = round(wave.x_of(2.0)), round(wave.x_of(7.5))
    assert x_in == round(2.0 / item.media.duration_s * (wave.width() - 1))
    assert _is_mark(image.pixelColor(x_in, 5)) and _is_mark(image.pixelColor(x_out, 5))
    assert not _is_mark(image.pixelColor((x_in + x_out) // 2, 5))
    dlg.start.setValue(3.0)
    image = wave.grab().toImage()
    assert _is_mark(image.pixelColor(round(wave.x_of(3.0)), 5)) and not _is_mark(image.pixelColor(x_in, 5))


@pytest.mark.skipif(not HAVE_MULTIMEDIA, reason="QtMultimedia is not available")
def test_play_selection_starts_at_in_and_stops_at_out(qtbot, whisper, english) -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    ws, item = whisper
    dlg = trim_dialog(ws, item)
    qtbot.addWidget(dlg)
    dlg.start.setValue(2.0)
    dlg.end.setValue(4.0)
    assert dlg.play_button.isEnabled() and dlg.play_button.text() == "Play selection"
    dlg.play_button.click()
    assert dlg.player is not None
    assert dlg.player.source() == QUrl.fromLocalFile(str(ws.path(item.media.store_path)))
    dlg._on_position(4000)  # the out point reached
    assert dlg.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
    assert dlg.play_button.text() == "Play selection"


def test_preview_shows_the_length_before_playing(qtbot, whisper, english) -> None:
    ws, item = whisper
    pane = PreviewPane(ws.root)
    qtbot.addWidget(pane)
    pane.show_media(item.media)
    assert pane.time_label.text() == "0:00 / 0:10"
    assert pane.position.maximum() == pytest.approx(9500, abs=100)
    pane._on_position(61_000)
    assert pane.time_label.text() == "1:01 / 0:10"


def test_trim_from_the_playlist_page_updates_the_total(qtbot, whisper, english, monkeypatch) -> None:
    from ledcast.qt.views.playlist_view import PlaylistView, TrimDialog

    ws, item = whisper
    view = PlaylistView(ws)
    qtbot.addWidget(view)
    view.select(pl.get_playlist(ws, "Bản tin").id)
    assert "0:06" in view.total_label.text()  # aired: the silent ends cut

    def accept(dlg: TrimDialog) -> int:
        assert dlg.waveform.columns and dlg.note.text().startswith("−59 LUFS")
        dlg.start.setValue(2.0)
        dlg.end.setValue(5.0)
        return 1

    monkeypatch.setattr(TrimDialog, "exec", accept)
    view.items_view.selectRow(0)
    view.trim_selected()
    assert "0:03" in view.total_label.text()
    assert (pl.get_playlist(ws, "Bản tin").items[0].trim_in_s, pl.get_playlist(ws, "Bản tin").items[0].trim_out_s) == (
        2.0,
        5.0,
    )
