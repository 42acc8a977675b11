"""`ledcast export speaker` and `ledcast settings speaker` end to end."""

from __future__ import annotations

import json

from test_cli import Cli, cli  # noqa: F401 - the fixture


def test_export_speaker_programme_and_settings(cli: Cli, media_files) -> None:  # noqa: F811
    (mid,) = [str(m["id"]) for m in cli.json("media", "add", str(media_files.wav), "--json")["added"]]
    cli.approve(mid)
    cli("playlist", "add", "Sáng", "--kind", "speaker", ok=True)
    cli("playlist", "items", "Sáng", mid, mid, ok=True)
    settings = cli.json("settings", "speaker", "--gap", "0.5", "--channels", "2", "--json")
    assert (settings["gap_s"], settings["channels"]) == (0.5, 2)
    usb = cli.ws.parent / "loa"
    res = cli.json("export", "speaker", "Sáng", "--out", str(usb), "--lufs", "-18", "--json")
    names = sorted(p.name for p in usb.iterdir())
    assert names == ["manifest.json", "playlist.m3u8", "sang.mp3", "schedule.csv", "schedule.json"]
    manifest = json.loads((usb / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["audio"]["target_lufs"] == -18 and manifest["audio"]["channels"] == 2
    assert manifest["duration_s"] == 4.5  # 2 s + 0.5 s gap + 2 s
    assert res["cached_pieces"] == 0
    again = cli.json("export", "speaker", "Sáng", "--out", str(usb), "--lufs", "-18", "--replace", "--json")
    assert again["rendered_seconds"] == 0  # everything from the cache
    bad = cli("settings", "speaker", "--target-lufs", "-80", ok=False)
    assert "target_lufs" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    wrong = cli("export", "speaker", "Nothing", "--out", str(cli.ws.parent / "x"), ok=False)
    assert len(wrong.stderr.strip().splitlines()) == 1 and not (cli.ws.parent / "x").exists()
