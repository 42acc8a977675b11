"""An item's aired duration (core.aired) is what the loudspeaker export writes:
the playlist total, the agenda's block and the exported file agree."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from media_factory import padded_bulletin_playlist

from ledcast.core import agenda, export
from ledcast.core import playlist as pl
from ledcast.core.ffmpeg import ffmpeg_exe
from ledcast.core.i18n import translate
from ledcast.core.probe import parse_ffmpeg_info
from ledcast.core.settings import speaker_settings

# exports here are about other things than approval: playlist items are signed off
pytestmark = pytest.mark.usefixtures("approved_playlists")


@pytest.fixture
def padded(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 6 s bulletin with 1.5 s of dead air before and 2 s after, recorded very quietly (−45 LUFS)."""
    return workspace, padded_bulletin_playlist(workspace, tmp_path, -45).media


def _probe_seconds(path: Path) -> float:
    text = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True).stderr
    seconds = parse_ffmpeg_info(text, "audio").duration_s
    assert seconds is not None
    return seconds


def test_playlist_total_agenda_and_export_agree(padded, tmp_path: Path) -> None:
    ws, media = padded
    p = pl.get_playlist(ws, "Bản tin")
    item = p.items[0]
    assert pl.trimmed_length(item) == pytest.approx(9.5, abs=0.1)
    assert pl.item_duration(item) == pytest.approx(6.0, abs=0.1)  # without the silent ends
    assert pl.silence_trimmed_s(item) == pytest.approx(3.5, abs=0.1)
    assert pl.total_duration(p) == pl.item_duration(item)

    day = dt.date(2026, 3, 2)
    agenda.add_schedule(ws, "Bản tin", date_from=day, date_to=day, weekdays=set(range(7)), times=[dt.time(6, 0)])
    (occ,) = agenda.agenda(ws, day).occurrences
    assert (occ.end - occ.start).total_seconds() == pytest.approx(pl.total_duration(p), abs=1.0)

    res = export.export_speaker(ws, "Bản tin", tmp_path / "usb")
    assert res.manifest["duration_s"] == pytest.approx(pl.total_duration(p), abs=0.01)
    assert res.manifest["items"][0]["duration_s"] == pytest.approx(pl.item_duration(item), abs=0.01)
    assert _probe_seconds(res.folder / "ban-tin.mp3") == pytest.approx(pl.total_duration(p), abs=0.1)


def test_an_operator_trim_keeps_its_ends_and_the_export_follows(padded, tmp_path: Path) -> None:
    ws, _media = padded
    item = pl.get_playlist(ws, "Bản tin").items[0]
    pl.set_item_trim(ws, item.id, 0.5, None)  # a chosen start keeps the lead-in from there on
    p = pl.get_playlist(ws, "Bản tin")
    assert pl.item_duration(p.items[0]) == pytest.approx(7.0, abs=0.1)  # 0.5 → end of sound
    res = export.export_speaker(ws, "Bản tin", tmp_path / "usb", per_item=True)
    (mp3,) = res.folder.glob("*.mp3")
    assert _probe_seconds(mp3) == pytest.approx(pl.total_duration(p), abs=0.1)


def test_notes_show_the_trim_and_a_quiet_recording(padded) -> None:
    ws, media = padded
    item = pl.get_playlist(ws, "Bản tin").items[0]
    target = speaker_settings(ws).target_lufs
    notes = [n.message() for n in pl.item_notes(item, None, target)]
    assert notes[0] == "0:10 → 0:06, silence trimmed"
    assert "LUFS: very quiet, will be raised by 29 dB." in notes[-1]
    assert notes[-1].startswith(f"−{abs(round(media.loudness_lufs))} LUFS")
    vi = [n.message(lambda c, s: translate(c, s, "vi")) for n in pl.item_notes(item, None, target)]
    assert vi[0] == "0:10 → 0:06, đã cắt khoảng lặng"
    assert "rất nhỏ" in vi[-1]


def test_quiet_is_relative_to_the_target_and_silence_only_trims_audio(padded) -> None:
    ws, media = padded
    assert pl.quiet_gain_db(media, -16.0) == pytest.approx(29.0, abs=0.6)
    assert pl.quiet_gain_db(media, -30.0) is None  # 15 dB under a -30 target: ordinary
    media.kind = "video"  # a screen clip keeps its sound's silent ends (the screen export does not trim them)
    assert pl.aired_span(media, None, None) == (0.0, pytest.approx(9.5, abs=0.1))


def test_gaps_and_jingles_count_in_the_programme_the_agenda_and_the_file(padded, tmp_path: Path) -> None:
    """The single-file loudspeaker export puts gaps between pieces and the jingles
    around them: the playlist's programme length and the agenda's block say so too."""
    from media_factory import make_at_loudness

    from ledcast.core import library
    from ledcast.core.settings import save_speaker_settings

    ws, _media = padded
    wav = make_at_loudness(tmp_path, "nhac-hieu.wav", "sine=frequency=440", -20, 3)
    (jingle,) = library.import_files(ws, [wav]).added
    (second,) = library.import_files(ws, [make_at_loudness(tmp_path, "tin-2.wav", "sine=frequency=330", -20, 4)]).added
    pl.add_items(ws, "Bản tin", [second.id])
    save_speaker_settings(ws, gap_s=2.0, intro_media_id=jingle.id)
    p = pl.get_playlist(ws, "Bản tin")
    items = pl.total_duration(p)
    programme = pl.programme_duration(ws, p)
    assert programme == pytest.approx(items + 3.0 + 2 * 2.0, abs=0.1)  # intro + two gaps (intro|item|item)

    day = dt.date(2026, 3, 2)
    agenda.add_schedule(ws, "Bản tin", date_from=day, date_to=day, weekdays=set(range(7)), times=[dt.time(6, 0)])
    (occ,) = agenda.agenda(ws, day).occurrences
    assert (occ.end - occ.start).total_seconds() == pytest.approx(programme, abs=1.0)

    res = export.export_speaker(ws, "Bản tin", tmp_path / "usb")
    assert _probe_seconds(res.folder / "ban-tin.mp3") == pytest.approx(programme, abs=0.2)
    save_speaker_settings(ws, gap_s=0.0, intro_media_id=None)
    assert pl.programme_duration(ws, pl.get_playlist(ws, "Bản tin")) == pytest.approx(items, abs=0.01)
