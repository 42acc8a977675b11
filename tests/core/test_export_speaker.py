"""Loudspeaker export measured as a listener's meter would: loudness, true peak,
trimmed silence, lengths, file names, checksums and schedule files."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from media_factory import make_at_loudness

from ledcast.core import agenda, export, library
from ledcast.core import playlist as pl
from ledcast.core import schedule as sched
from ledcast.core.ffmpeg import ffmpeg_exe
from ledcast.core.probe import analyse_audio, parse_ffmpeg_info
from ledcast.core.settings import save_speaker_settings

pytestmark = pytest.mark.usefixtures("approved_playlists")  # exports refuse items not approved

TARGET = -16.0
CEILING = -1.5


def measure(path: Path):  # type: ignore[no-untyped-def]
    text = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True).stderr
    info = parse_ffmpeg_info(text, "audio")
    sound = analyse_audio(path, None)[1]
    return info, sound


@pytest.fixture
def bulletins(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    quiet = make_at_loudness(tmp_path, "ban-tin-nho.wav", "anoisesrc=color=pink:seed=7", -35, 6, lead=1.0, tail=1.5)
    loud = make_at_loudness(tmp_path, "ban-tin-to.wav", "sine=frequency=700", -8, 5, lead=0.8, tail=1.0)
    report = library.import_files(workspace, [quiet, loud], task_codes=["NV2"])
    media = {m.original_name: m for m in report.added}
    pl.create_playlist(workspace, "Bản tin sáng", "speaker")
    pl.add_items(workspace, "Bản tin sáng", [media["ban-tin-nho.wav"].id, media["ban-tin-to.wav"].id])
    return workspace, media


def test_import_measured_loudness_and_silent_ends(bulletins) -> None:
    _ws, media = bulletins
    quiet, loud = media["ban-tin-nho.wav"], media["ban-tin-to.wav"]
    assert quiet.loudness_lufs == pytest.approx(-35, abs=0.5)
    assert loud.loudness_lufs == pytest.approx(-8, abs=0.5)
    assert quiet.silence_head_s == pytest.approx(1.0, abs=0.05)
    assert quiet.silence_tail_s == pytest.approx(1.5, abs=0.05)
    assert loud.silence_head_s == pytest.approx(0.8, abs=0.05)


def test_per_item_mp3s_hit_the_target_under_the_ceiling(bulletins, tmp_path: Path) -> None:
    ws, _ = bulletins
    res = export.export_speaker(ws, "Bản tin sáng", tmp_path / "usb", per_item=True)
    names = sorted(p.name for p in res.folder.iterdir())
    assert names == [
        "001_nv2_ban-tin-nho.mp3",
        "002_nv2_ban-tin-to.mp3",
        "manifest.json",
        "playlist.m3u8",
        "schedule.csv",
        "schedule.json",
    ]
    for name, seconds in (("001_nv2_ban-tin-nho.mp3", 6.0), ("002_nv2_ban-tin-to.mp3", 5.0)):
        info, sound = measure(res.folder / name)
        assert (info.audio_codec, info.sample_rate, info.channels) == ("mp3", 44100, 1)
        assert sound.lufs == pytest.approx(TARGET, abs=1.0), name
        assert sound.true_peak <= CEILING, name
        assert info.duration_s == pytest.approx(seconds, abs=0.12), name  # silent ends trimmed
    assert [i["limited"] for i in res.manifest["items"]] == [True, False]  # +19 dB needs the limiter
    assert (res.limited_items, res.per_item, res.kind, res.video) == (1, True, "speaker", None)


def test_one_programme_with_gaps_and_jingles(bulletins, tmp_path: Path, media_files) -> None:
    ws, _ = bulletins
    (jingle,) = library.import_files(ws, [media_files.wav]).added  # 2 s tone
    save_speaker_settings(
        ws, gap_s=1.0, intro_media_id=jingle.id, outro_media_id=jingle.id, channels=2, bitrate_kbps=96
    )
    res = export.export_speaker(ws, "Bản tin sáng", tmp_path / "usb")
    mp3 = res.folder / "ban-tin-sang.mp3"
    info, sound = measure(mp3)
    # intro 2 + gap 1 + 6 + gap 1 + 5 + gap 1 + outro 2
    assert info.duration_s == pytest.approx(18.0, abs=0.4)
    assert (info.channels, res.manifest["audio"]["bitrate_kbps"]) == (2, 96)
    assert sound.lufs == pytest.approx(TARGET, abs=1.0) and sound.true_peak <= CEILING
    assert [i["role"] for i in res.manifest["items"]] == ["intro", "item", "item", "outro"]
    assert res.manifest["duration_s"] == pytest.approx(18.0, abs=0.05)
    assert res.duration_s == res.manifest["duration_s"] and res.playlist_name == "Bản tin sáng"
    assert res.audio is not None and (res.audio.channels, res.audio.bitrate_kbps) == (2, 96)
    assert res.audio.target_lufs == res.manifest["audio"]["target_lufs"]
    for entry in res.manifest["files"]:
        data = (res.folder / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["md5"] == hashlib.md5(data).hexdigest()
    # changing one item re-renders only that item
    pl.set_item_trim(ws, pl.get_playlist(ws, "Bản tin sáng").items[1].id, 1.0, 5.0)
    again = export.export_speaker(ws, "Bản tin sáng", tmp_path / "usb", replace=True)
    assert again.rendered_seconds == pytest.approx(4.0, abs=0.01)


def test_schedule_files_list_the_airings(bulletins, tmp_path: Path, lang_en) -> None:
    ws, _ = bulletins
    agenda.add_schedule(
        ws,
        "Bản tin sáng",
        date_from=dt.date(2026, 12, 7),
        date_to=dt.date(2026, 12, 13),
        times=sched.parse_times("06:00,17:00"),
        weekdays=sched.weekdays_from_text("t2-t6"),
        priority="priority",
    )
    res = export.export_speaker(ws, "Bản tin sáng", tmp_path / "usb")
    rows = json.loads((res.folder / "schedule.json").read_text(encoding="utf-8"))["airings"]
    assert len(rows) == 10 and rows[0]["date"] == "2026-12-07" and rows[0]["time"] == "06:00:00"
    assert {r["file"] for r in rows} == {"ban-tin-sang.mp3"} and {r["priority"] for r in rows} == {"priority"}
    with open(res.folder / "schedule.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 10 and table[-1]["Date"] == "2026-12-11" and table[-1]["Start"] == "17:00:00"
    assert table[0]["Tasks"] == "NV2" and float(table[0]["Length (s)"]) == pytest.approx(
        12.0, abs=0.05
    )  # 6 + gap 1 + 5
    assert res.manifest["airings"] == 10
    assert res.airings == 10


def test_wrong_kind_and_bad_target_are_refused(bulletins, tmp_path: Path) -> None:
    from ledcast.core.errors import LedcastError

    ws, _ = bulletins
    pl.create_playlist(ws, "LED", "screen")
    with pytest.raises(LedcastError):
        export.export_speaker(ws, "LED", tmp_path / "a")
    with pytest.raises(LedcastError):
        export.export_speaker(ws, "Bản tin sáng", tmp_path / "b", lufs=-80)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_cancel_during_the_first_loudness_measurement(workspace, media_files, tmp_path: Path, lang_en) -> None:
    """An item never measured is measured inside the export: that measurement shows
    as progress and a cancel stops it, leaving the earlier export as it was."""
    from ledcast.core.db.models import Media
    from ledcast.core.export import destination as dd
    from ledcast.core.jobs import Cancelled, CancelToken

    (wav,) = library.import_files(workspace, [media_files.wav]).added
    pl.create_playlist(workspace, "Bản tin trưa", "speaker")
    pl.add_items(workspace, "Bản tin trưa", [wav.id])
    usb = tmp_path / "usb"
    export.export_speaker(workspace, "Bản tin trưa", usb)
    before = {p.name: p.read_bytes() for p in usb.iterdir()}
    with workspace.session() as s:  # as if imported by a version that did not measure loudness
        s.get(Media, wav.id).loudness_lufs = None

    token = CancelToken()
    labels: list[str] = []

    def progress(fraction: float, label: str) -> None:
        labels.append(label)
        if "Measuring loudness" in label:
            token.cancel()  # the measurement's ffmpeg is running (or starting) now

    with pytest.raises(Cancelled):
        export.export_speaker(workspace, "Bản tin trưa", usb, lufs=-20, replace=True, progress=progress, cancel=token)
    assert labels[-1] == f"Measuring loudness of “{wav.title}”…"  # nothing was reported after it
    assert library.get_media(workspace, wav.id).loudness_lufs is None  # the measurement did not finish
    assert dd.is_complete(usb) and {p.name: p.read_bytes() for p in usb.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".usb")] == []
    assert len(export.list_exports(workspace)) == 1
