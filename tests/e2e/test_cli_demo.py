"""`ledcast demo` then the two exports, as a new operator runs them in the first minutes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import unicodedata
from pathlib import Path

from test_cli import Cli, cli  # noqa: F401 - the fixture

from ledcast.core.audio_analysis import analyse_audio
from ledcast.core.demo_content import LED_PLAYLIST, MARK, SPEAKER_PLAYLIST
from ledcast.core.ffmpeg import ffmpeg_exe
from ledcast.core.probe import parse_ffmpeg_info


def _info(path: Path, kind: str):  # type: ignore[no-untyped-def]
    text = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True).stderr
    return parse_ffmpeg_info(text, kind)


def test_demo_then_export_screen_and_speaker(cli: Cli) -> None:  # noqa: F811
    out = cli("demo", ok=True).stdout
    assert "8 slide(s)" in out and "3 sound(s)" in out and LED_PLAYLIST in out and SPEAKER_PLAYLIST in out
    again = cli("demo", ok=False)
    assert "already in this workspace" in again.stderr and len(again.stderr.strip().splitlines()) == 1

    led, loa = cli.ws.parent / "usb-led", cli.ws.parent / "usb-loa"
    cli("export", "screen", LED_PLAYLIST, "--out", str(led), ok=True)
    cli("export", "speaker", SPEAKER_PLAYLIST, "--out", str(loa), ok=True)

    (mp4,) = led.glob("*.mp4")
    video = _info(mp4, "video")
    assert (video.width, video.height) == (384, 192)
    assert abs(video.duration_s - 8 * 8.0) < 0.2  # eight slides of 8 s
    manifest = json.loads((led / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["video"]["width"] == 384 and len(manifest["items"]) == 8

    (mp3,) = loa.glob("*.mp3")
    audio = _info(mp3, "audio")
    sound = analyse_audio(mp3, None)[1]
    # jingle 4 s + bulletins 24 s and 36 s + two 1 s gaps (the fade-outs' quiet ends trimmed),
    # brought to the -16 LUFS target
    assert 62.0 < sound.decoded_s <= 66.0 and audio.sample_rate
    assert sound.lufs is not None and abs(sound.lufs - -16.0) < 1.5
    airings = json.loads((loa / "schedule.json").read_text(encoding="utf-8"))["airings"]
    assert len(airings) > 50 and {a["time"] for a in airings} == {"06:30:00"}
    assert {dt.date.fromisoformat(a["date"]).weekday() for a in airings} == {0, 1, 2, 3, 4}  # Monday to Friday

    names = [m.title for m in cli.media()] + [o.name for o in cli.outlets()]
    assert names and all(n.startswith(MARK) and unicodedata.is_normalized("NFC", n) for n in names)


def test_demo_remove_says_what_it_removed(cli: Cli) -> None:  # noqa: F811
    assert "no demo content" in cli("demo", "--remove", ok=True).stdout
    cli("demo", ok=True)
    cli("outlet", "add", "Loa thôn 3", "--kind", "speaker", ok=True)
    out = cli("demo", "--remove", ok=True).stdout
    assert "11 library item(s), 2 outlet(s), 2 playlist(s)" in out
    assert cli.media() == [] and [o.name for o in cli.outlets()] == ["Loa thôn 3"]
    cli("demo", ok=True)  # and it loads again after removal
