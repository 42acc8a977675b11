"""Loudspeaker settings refuse what would break every export later (issue 8,
point 8): a jingle must exist and have sound; numbers must be real and in range."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_factory import _ffmpeg

from ledcast.core import library
from ledcast.core import settings as settings_mod
from ledcast.core.db.models import Setting
from ledcast.core.errors import LedcastError
from ledcast.core.settings import SpeakerSettings, save_speaker_settings, speaker_settings


def _stored(ws) -> dict:  # type: ignore[no-untyped-def,type-arg]
    with ws.session() as s:
        return {row.key: row.value for row in s.query(Setting)}


@pytest.fixture
def library_items(workspace, media_files, tmp_path: Path):  # type: ignore[no-untyped-def]
    silent = tmp_path / "src" / "silent.mp4"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=160x120:rate=25:duration=1",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-pix_fmt",
        "yuv420p",
        str(silent),
    )
    report = library.import_files(workspace, [media_files.wav, media_files.mp4, media_files.png, silent])
    assert not report.failed, report.failed
    by_name = {Path(m.original_name).name: m for m in report.added}
    return {
        "audio": by_name[media_files.wav.name],
        "video": by_name[media_files.mp4.name],
        "image": by_name[media_files.png.name],
        "silent_video": by_name["silent.mp4"],
    }


@pytest.mark.parametrize("role", ["intro_media_id", "outro_media_id"])
def test_a_jingle_must_exist_and_have_sound(workspace, library_items, lang_en, role: str) -> None:
    before = _stored(workspace)
    for bad, template in (
        (library_items["image"].id, settings_mod.M_JINGLE_NO_SOUND),
        (library_items["silent_video"].id, settings_mod.M_JINGLE_NO_SOUND),
        (999_999, settings_mod.M_JINGLE_NOT_FOUND),
        (-1, settings_mod.M_JINGLE_NOT_FOUND),
        (10**30, settings_mod.M_JINGLE_NOT_FOUND),
        (True, settings_mod.M_JINGLE_NOT_FOUND),
        ("3", settings_mod.M_JINGLE_NOT_FOUND),
    ):
        with pytest.raises(LedcastError) as err:
            save_speaker_settings(workspace, **{role: bad})
        assert err.value.template == template, bad
        assert ("intro" if role.startswith("intro") else "outro") in err.value.message()
    assert _stored(workspace) == before  # nothing half-saved
    for good in (library_items["audio"].id, library_items["video"].id):
        assert getattr(save_speaker_settings(workspace, **{role: good}), role) == good
    assert getattr(save_speaker_settings(workspace, **{role: None}), role) is None  # removing is fine


def test_a_stored_jingle_is_not_rechecked_when_other_settings_change(workspace, library_items) -> None:
    save_speaker_settings(workspace, intro_media_id=library_items["audio"].id)
    library.remove_media(workspace, library_items["audio"].id)  # removed later: the export skips it
    assert save_speaker_settings(workspace, gap_s=2.0).gap_s == 2.0


@pytest.mark.parametrize(
    "name, value",
    [
        ("target_lufs", float("nan")),
        ("target_lufs", float("inf")),
        ("gap_s", float("nan")),
        ("gap_s", -1.0),
        ("gap_s", 1e308),
        ("silence_min_s", float("-inf")),
        ("true_peak_dbtp", "0"),
        ("bitrate_kbps", 10**30),
        ("channels", True),
    ],
)
def test_absurd_numbers_are_refused(workspace, name: str, value: object) -> None:
    before = speaker_settings(workspace)
    with pytest.raises(LedcastError) as err:
        save_speaker_settings(workspace, **{name: value})
    assert err.value.params["name"] == name
    assert speaker_settings(workspace) == before == SpeakerSettings()
