from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core import schedule as sched
from ledcast.core.limits import Size
from ledcast.core.probe import analyse_audio, probe_av
from ledcast.core.settings import save_speaker_settings
from ledcast.qt.jobs import JobText
from ledcast.qt.views import export_view as ev
from ledcast.qt.views.export_view import ExportView

pytestmark = pytest.mark.usefixtures("approved_playlists")  # exports refuse items not approved


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the view's QSettings in the test's folder, never the user's."""
    path = tmp_path / "settings.ini"
    monkeypatch.setattr(ev, "QSettings", lambda: QSettings(str(path), QSettings.Format.IniFormat))
    return path


@pytest.fixture
def screen_playlist(workspace, media_files):  # type: ignore[no-untyped-def]
    """A screen playlist on a 160×90, 25 fps outlet: a 2 s picture, then the 3 s clip."""
    report = library.import_files(workspace, [media_files.png, media_files.mp4])
    by_kind = {m.kind: m for m in report.added}
    outlets.add_outlet(workspace, "Cổng chào xã", "screen", Size(160, 90), 25)
    pl.create_playlist(workspace, "Màn hình cổng", "screen", outlet="Cổng chào xã")
    pl.add_items(workspace, "Màn hình cổng", [by_kind["image"].id, by_kind["video"].id], duration_s=2)
    return pl.get_playlist(workspace, "Màn hình cổng")


@pytest.fixture
def replace_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers Yes to "Replace the earlier export?" (asked when exporting again to
    the same folder); returns the questions asked."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        assert box.objectName() == "replaceQuestion", box.text()
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
        return int(QMessageBox.StandardButton.Yes.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def _view(qtbot, workspace) -> ExportView:  # type: ignore[no-untyped-def]
    view = ExportView(workspace)
    qtbot.addWidget(view)
    view.resize(1150, 700)
    view.show()
    return view


def _export(qtbot, view: ExportView, dest: Path, labels: list[str] | None = None):  # type: ignore[no-untyped-def]
    view.dest_edit.setText(str(dest))
    with qtbot.waitSignal(view.export_finished, timeout=60000) as blocker:
        view.export_button.click()
        assert view.job is not None
        if labels is not None:  # connected after the view's own slot: sees the label it just set
            dlg = view.progress_dialog
            view.job.signals.progress.connect(lambda *_a: labels.append(dlg.labelText()))
    return blocker.args[0]


def test_prefills_size_and_fps_from_the_outlet(qtbot, workspace, english, settings_file, screen_playlist) -> None:
    view = _view(qtbot, workspace)
    assert view.playlist_combo.count() == 1
    assert view.current_playlist().id == screen_playlist.id
    label = view.playlist_combo.currentText()
    assert "Màn hình cổng" in label and "160×90" in label and "0:05" in label
    assert (view.width_spin.value(), view.height_spin.value(), view.fps_spin.value()) == (160, 90, 25)
    assert "Cổng chào xã" in view.size_hint.text()
    assert view.fit_combo.currentData() == "fit"
    assert view.fade_spin.value() == 0 and view.keep_audio_check.isChecked() and not view.per_item_check.isChecked()
    assert not view.export_button.isEnabled()  # no destination yet
    # the outlet changes while the page is hidden: showing it again prefills the new size
    outlet = outlets.get_outlet(workspace, "Cổng chào xã")
    outlets.update_outlet(workspace, outlet.id, size=Size(192, 96), fps=30)
    view.refresh()
    assert (view.width_spin.value(), view.height_spin.value(), view.fps_spin.value()) == (192, 96, 30)


def test_export_one_mp4(qtbot, workspace, english, settings_file, screen_playlist, messages, tmp_path) -> None:
    view = _view(qtbot, workspace)
    assert view.history.rowCount() == 0
    dest = tmp_path / "usb"
    labels: list[str] = []
    result = _export(qtbot, view, dest, labels)
    assert result is not None and messages == []
    assert view.job is None and view.progress_dialog is None
    assert labels and all("% done" in text for text in labels)
    assert labels[-1].startswith("100 % done")
    assert any("Màn hình cổng" in text for text in labels)  # the item or playlist being worked on

    names = sorted(p.name for p in dest.iterdir())
    mp4s = [n for n in names if n.endswith(".mp4")]
    assert len(mp4s) == 1 and "manifest.json" in names and "playlist.m3u8" in names
    info = probe_av(dest / mp4s[0], "video")
    assert info.video_codec == "h264" and (info.width, info.height) == (160, 90)
    expected = pl.total_duration(screen_playlist)
    assert expected == pytest.approx(5.0, abs=0.1)
    assert info.duration_s == pytest.approx(expected, abs=0.15)
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["playlist"]["name"] == "Màn hình cổng" and manifest["per_item"] is False
    assert (manifest["video"]["width"], manifest["video"]["fps"]) == (160, 25)

    # the past exports gained a row, newest first
    assert view.history.rowCount() == 1
    assert view.history.item(0, 1).text() == "Màn hình cổng"
    assert Path(view.history.item(0, 2).text()) == dest.resolve()
    assert view.history.item(0, 3).text() == "2"  # MP4 + M3U8 (the manifest lists them)
    assert view.history.item(0, 4).text().endswith("KB")

    box = view.findChild(QMessageBox, "exportSummary")
    assert box is not None and box.isVisible()
    assert "Màn hình cổng" in box.text()
    details = box.informativeText()
    assert str(dest) in details and "Files: 2 and manifest.json" in details and "0:05" in details
    assert f"{result.cached_chunks} segment(s) reused from the cache" in details
    assert f"{result.rendered_frames} frame(s) rendered" in details
    assert mp4s[0] in box.detailedText()

    # the folder is remembered for next time
    again = _view(qtbot, workspace)
    assert again.dest_edit.text() == str(dest)


def test_summary_offers_to_open_the_folder(
    qtbot, workspace, english, settings_file, screen_playlist, messages, tmp_path, monkeypatch, replace_yes
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    view = _view(qtbot, workspace)
    result = _export(qtbot, view, tmp_path / "usb")
    # exporting the unchanged playlist again takes every segment from the cache
    second = _export(qtbot, view, tmp_path / "usb")
    assert len(replace_yes) == 1 and str(tmp_path / "usb") in replace_yes[0]  # asked first
    assert second.rendered_frames == 0 and second.cached_chunks >= result.cached_chunks
    assert view.history.rowCount() == 2
    box = view.findChild(QMessageBox, "exportSummary")
    assert "0 frame(s) rendered" in box.informativeText()
    open_button = next(b for b in box.buttons() if b.text() == "Open folder")
    open_button.click()
    assert opened == [str(second.folder)]


def test_per_item_writes_numbered_files(
    qtbot, workspace, english, settings_file, screen_playlist, messages, tmp_path
) -> None:
    view = _view(qtbot, workspace)
    view.per_item_check.setChecked(True)
    dest = tmp_path / "usb"
    result = _export(qtbot, view, dest)
    assert result is not None and messages == []
    names = sorted(p.name for p in dest.iterdir())
    numbered = [n for n in names if n[:3].isdigit()]
    assert len(numbered) == 2
    assert numbered[0].startswith("001_") and numbered[0].endswith(".jpg")
    assert numbered[1].startswith("002_") and numbered[1].endswith(".mp4")
    assert "manifest.json" in names and "playlist.m3u8" in names
    info = probe_av(dest / numbered[1], "video")
    assert (info.width, info.height) == (160, 90) and info.duration_s == pytest.approx(3.0, abs=0.15)
    from PIL import Image

    with Image.open(dest / numbered[0]) as im:
        assert im.size == (160, 90)
    m3u = (dest / "playlist.m3u8").read_text(encoding="utf-8").splitlines()
    assert [line for line in m3u if not line.startswith("#")] == numbered
    assert view.history.item(0, 3).text() == "3"  # the manifest lists the files, not itself


def test_cancel_writes_nothing(qtbot, workspace, english, settings_file, screen_playlist, messages, tmp_path) -> None:
    view = _view(qtbot, workspace)
    dest = tmp_path / "usb2"
    view.dest_edit.setText(str(dest))
    with qtbot.waitSignal(view.export_finished, timeout=60000) as blocker:
        view.export_button.click()
        assert view.job is not None and not view.export_button.isEnabled()
        cancel_button = view.progress_dialog.findChild(QPushButton)
        cancel_button.click()  # the dialog's Cancel
        assert view.job.cancelled
    assert blocker.args == [None]
    assert not dest.exists()
    assert not list(tmp_path.glob(".usb2.ledcast-partial-*"))
    assert [k for k, _ in messages] == ["information"]
    assert "cancelled" in messages[0][1] and "nothing was written" in messages[0][1]
    assert view.history.rowCount() == 0
    assert view.job is None and view.export_button.isEnabled()


def test_both_kinds_offered_and_size_needed_without_outlet(
    qtbot, workspace, english, settings_file, screen_playlist, media_files, messages, tmp_path
) -> None:
    report = library.import_files(workspace, [media_files.wav])
    outlets.add_outlet(workspace, "Loa xã", "speaker")
    speaker = pl.create_playlist(workspace, "Bản tin sáng", "speaker", outlet="Loa xã")
    pl.add_items(workspace, "Bản tin sáng", [report.added[0].id])
    loose = pl.create_playlist(workspace, "Không có màn hình", "screen")
    pl.add_items(workspace, loose.id, [screen_playlist.items[0].media_id], duration_s=2)

    view = _view(qtbot, workspace)
    offered = [view.playlist_combo.itemData(i) for i in range(view.playlist_combo.count())]
    assert sorted(offered) == sorted([screen_playlist.id, loose.id, speaker.id])
    label = view.playlist_combo.itemText(view.playlist_combo.findData(speaker.id))
    assert "Bản tin sáng" in label and "Loa xã (loudspeakers)" in label and "0:02" in label
    assert not hasattr(view, "speaker_note")
    assert all("later version" not in w.text() for w in view.findChildren(ev.QLabel))

    # a playlist without a screen outlet: the size must be entered before exporting
    view.playlist_combo.setCurrentIndex(view.playlist_combo.findData(loose.id))
    assert "no screen outlet" in view.playlist_combo.currentText()
    assert (view.width_spin.value(), view.height_spin.value()) == (0, 0)
    assert "enter the screen's pixel size" in view.size_hint.text()
    view.dest_edit.setText(str(tmp_path / "usb3"))
    view.export_button.click()
    assert view.job is None
    assert messages and messages[-1][0] == "warning" and "pixel size" in messages[-1][1]
    view.width_spin.setValue(128)
    view.height_spin.setValue(64)
    result = _export(qtbot, view, tmp_path / "usb3")
    assert result is not None
    video = next(p for p in (tmp_path / "usb3").iterdir() if p.suffix == ".mp4")
    info = probe_av(video, "video")
    assert (info.width, info.height) == (128, 64) and info.duration_s == pytest.approx(2.0, abs=0.15)


def test_progress_text_and_time_remaining(qtbot, workspace, english, settings_file) -> None:
    view = _view(qtbot, workspace)
    assert view.playlist_combo.count() == 0 and view.no_playlists.isVisible()
    assert not view.export_button.isEnabled()
    words = JobText(view)  # the job runner's progress dialog text, shared by every page
    assert words.eta_text(0.02, 10) == ""  # too early to guess
    assert words.eta_text(0.5, 30) == "About 30 s left"
    assert words.eta_text(0.25, 60) == "About 3 min 0 s left"
    assert words.eta_text(0.1, 1000) == "About 2 h 30 min left"
    text = words.progress_text(420 / 1000, "Dịch vụ công", 42.0)
    assert text.splitlines() == ["42 % done — Dịch vụ công", "About 58 s left"]
    assert words.progress_text(10 / 1000, "x", 5.0) == "1 % done — x"


def test_fits_a_1366x768_screen(qtbot, workspace, english, settings_file, screen_playlist) -> None:
    view = _view(qtbot, workspace)
    hint = view.minimumSizeHint()
    assert hint.width() <= 1366 - 200 and hint.height() <= 768 - 80


# --- loudspeaker playlists -----------------------------------------------------------


@pytest.fixture
def speaker_playlist(workspace, media_files):  # type: ignore[no-untyped-def]
    """A loudspeaker playlist “Sáng” holding the 2 s sine."""
    report = library.import_files(workspace, [media_files.wav])
    pl.create_playlist(workspace, "Sáng", "speaker")
    pl.add_items(workspace, "Sáng", [report.added[0].id])
    return pl.get_playlist(workspace, "Sáng")


def _choose(view: ExportView, playlist) -> None:  # type: ignore[no-untyped-def]
    view.playlist_combo.setCurrentIndex(view.playlist_combo.findData(playlist.id))
    assert view.current_playlist().id == playlist.id


def test_speaker_playlist_shows_loudspeaker_options(
    qtbot, workspace, english, settings_file, screen_playlist, speaker_playlist
) -> None:
    view = _view(qtbot, workspace)
    assert view.playlist_combo.count() == 2
    _choose(view, screen_playlist)
    screen_only = [
        view.width_spin,
        view.height_spin,
        view.fps_spin,
        view.fit_combo,
        view.fade_spin,
        view.keep_audio_check,
    ]
    assert all(w.isVisible() for w in screen_only)
    assert not view.lufs_spin.isVisible() and not view.speaker_hint.isVisible()
    assert "controllers" in view.per_item_check.text()

    _choose(view, speaker_playlist)
    assert "Sáng" in view.playlist_combo.currentText() and "Loudspeakers" in view.playlist_combo.currentText()
    assert not any(w.isVisible() for w in screen_only)
    assert view.lufs_spin.isVisible() and view.speaker_hint.isVisible() and view.per_item_check.isVisible()
    assert view.lufs_spin.value() == -16.0 and view.lufs_spin.suffix() == " LUFS"
    assert (view.lufs_spin.minimum(), view.lufs_spin.maximum()) == (-40.0, -5.0)
    assert view.per_item_check.text() == "One file per item (numbered MP3s for USB boxes that play in name order)"
    hint = view.speaker_hint.text()
    for part in (
        "peaks kept under \u22121.5",
        "1 s of silence between items",
        "128 kb/s mono MP3",
        "no jingles",
        "Settings",
    ):
        assert part in hint, part
    assert "dBTP" not in hint and view.speaker_hint.toolTip() == "True-peak ceiling -1.5 dBTP"
    assert view.options_box.title() == "Export a loudspeaker playlist"

    # settings changed on the Settings page show when the page is shown again;
    # a target the operator chose here is kept
    jingle = speaker_playlist.items[0].media
    save_speaker_settings(workspace, target_lufs=-18, bitrate_kbps=96, channels=2, gap_s=2.5, intro_media_id=jingle.id)
    view.refresh()
    assert view.current_playlist().id == speaker_playlist.id
    assert view.lufs_spin.value() == -18.0
    hint = view.speaker_hint.text()
    assert "96 kb/s stereo MP3" in hint and "2.5 s of silence" in hint and f"intro jingle “{jingle.title}”" in hint
    view.lufs_spin.setValue(-22)
    save_speaker_settings(workspace, target_lufs=-14)
    view.refresh()
    assert view.lufs_spin.value() == -22.0

    # back to the screen playlist: its options return
    _choose(view, screen_playlist)
    assert view.width_spin.isVisible() and not view.lufs_spin.isVisible()
    assert view.options_box.title() == "Export a screen playlist"


def test_export_speaker_programme(
    qtbot, workspace, english, settings_file, speaker_playlist, messages, tmp_path, replace_yes
) -> None:
    import datetime as dt

    from ledcast.core import agenda

    today = dt.date.today()
    agenda.add_schedule(
        workspace, "Sáng", date_from=today, date_to=today + dt.timedelta(days=2), times=sched.parse_times("06:00,17:30")
    )
    view = _view(qtbot, workspace)
    _choose(view, speaker_playlist)
    view.lufs_spin.setValue(-20)
    dest = tmp_path / "loa"
    labels: list[str] = []
    result = _export(qtbot, view, dest, labels)
    assert result is not None and messages == []
    assert view.job is None and view.progress_dialog is None
    assert labels and labels[-1].startswith("100 % done")

    names = sorted(p.name for p in dest.iterdir())
    assert names == ["manifest.json", "playlist.m3u8", "sang.mp3", "schedule.csv", "schedule.json"]
    info = probe_av(dest / "sang.mp3", "audio")
    assert info.audio_codec == "mp3" and info.channels == 1
    sound = analyse_audio(dest / "sang.mp3", None)[1]
    assert sound.lufs == pytest.approx(-20, abs=1.0)
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["kind"] == "speaker" and manifest["per_item"] is False
    assert manifest["audio"]["target_lufs"] == -20 and manifest["airings"] == 6
    schedule = json.loads((dest / "schedule.json").read_text(encoding="utf-8"))
    assert len(schedule["airings"]) == 6 and schedule["airings"][0]["file"] == "sang.mp3"

    assert view.history.rowCount() == 1
    assert view.history.item(0, 1).text() == "Sáng" and view.history.item(0, 5).text() == "Loudspeakers"
    assert Path(view.history.item(0, 2).text()) == dest.resolve()
    assert view.history.item(0, 3).text() == "4"  # MP3, M3U8, schedule.json and .csv

    box = view.findChild(QMessageBox, "exportSummary")
    assert box is not None and box.isVisible() and "Sáng" in box.text()
    details = box.informativeText()
    assert str(dest) in details and "Files: 4 and manifest.json" in details
    # plain words in the summary, the figures under Show Details
    assert "the standard loudness \u221220, peaks kept under \u22121.5; MP3 128 kb/s, mono" in details
    assert "LUFS" not in details and "dBTP" not in details
    assert "Loudness -20 LUFS (integrated), true peak at most -1.5 dBTP; MP3 CBR 128 kb/s" in box.detailedText()
    assert "6 airing(s) listed in schedule.json" in details
    assert f"{result.cached_chunks} piece(s) reused from the cache" in details
    assert "sang.mp3" in box.detailedText()

    # again, unchanged: every piece comes from the cache
    second = _export(qtbot, view, dest)
    assert len(replace_yes) == 1  # replacing the first was asked
    assert second.rendered_seconds == 0 and second.cached_chunks >= 1
    assert (
        f"{second.cached_chunks} piece(s) reused from the cache, 0:00 of sound encoded"
        in view.findChild(QMessageBox, "exportSummary").informativeText()
    )


def test_export_speaker_per_item(
    qtbot, workspace, english, settings_file, speaker_playlist, messages, tmp_path
) -> None:
    view = _view(qtbot, workspace)
    _choose(view, speaker_playlist)
    view.per_item_check.setChecked(True)
    dest = tmp_path / "usb-box"
    result = _export(qtbot, view, dest)
    assert result is not None and messages == []
    names = sorted(p.name for p in dest.iterdir())
    numbered = [n for n in names if n[:3].isdigit()]
    assert len(numbered) == 1 and numbered[0].startswith("001_") and numbered[0].endswith(".mp3")
    assert {"manifest.json", "playlist.m3u8", "schedule.json", "schedule.csv"} <= set(names)
    assert analyse_audio(dest / numbered[0], None)[1].lufs == pytest.approx(-16, abs=1.0)
    m3u = (dest / "playlist.m3u8").read_text(encoding="utf-8").splitlines()
    assert [line for line in m3u if not line.startswith("#")] == numbered
    details = view.findChild(QMessageBox, "exportSummary").informativeText()
    assert "No airings listed in schedule.json" in details


def test_fits_a_1366x768_screen_with_a_speaker_playlist(
    qtbot, workspace, english, settings_file, screen_playlist, speaker_playlist
) -> None:
    view = _view(qtbot, workspace)
    _choose(view, speaker_playlist)
    hint = view.minimumSizeHint()
    assert hint.width() <= 1366 - 200 and hint.height() <= 768 - 80


def test_fade_longer_than_half_an_item_shows_the_cores_message(
    qtbot, workspace, english, settings_file, screen_playlist, messages, tmp_path
) -> None:
    view = _view(qtbot, workspace)
    view.fade_spin.setValue(1.5)  # the shortest item (the picture) lasts 2 s
    assert _export(qtbot, view, tmp_path / "usb") is None
    assert [k for k, _ in messages] == ["warning"]
    assert "longest fade possible here is 1 s" in messages[0][1]
    assert not (tmp_path / "usb").exists()


def test_summary_says_when_the_folder_name_was_taken(
    qtbot, workspace, english, settings_file, screen_playlist, messages, tmp_path
) -> None:
    stick = tmp_path / "stick"
    (stick / "man-hinh-cong").mkdir(parents=True)
    (stick / "man-hinh-cong" / "mine.txt").write_text("the operator's own")
    view = _view(qtbot, workspace)
    result = _export(qtbot, view, stick)
    assert result.folder == stick / "man-hinh-cong-2"
    assert (stick / "man-hinh-cong" / "mine.txt").read_text() == "the operator's own"
    details = view.findChild(QMessageBox, "exportSummary").informativeText()
    assert "already holds other files" in details and "man-hinh-cong-2" in details


def test_page_puts_back_an_export_a_kill_left_half_swapped(
    qtbot, workspace, english, settings_file, screen_playlist, tmp_path
) -> None:
    from ledcast.core import export

    usb = tmp_path / "usb"
    export.export_screen(workspace, screen_playlist.id, usb)
    old = usb.with_name(".usb.ledcast-old-1234abcd")
    usb.rename(old)  # killed between the renames, the new export not complete
    (tmp_path / ".usb.ledcast-swap.json").write_text(
        json.dumps({"dest": "usb", "staging": ".usb.ledcast-partial-00000000", "old": old.name}), encoding="utf-8"
    )
    view = _view(qtbot, workspace)
    assert (usb / "manifest.json").exists() and not old.exists()
    assert view.recovery_note.isVisible() and "earlier export is back in place" in view.recovery_note.text()
