"""`ledcast outlet playout` and `ledcast outlet devices` (issue 14): the same place as the
Outlets page stores; only `devices` loads Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from test_cli import REPO_ROOT, Cli, cli  # noqa: F401 - the fixture

from ledcast.core.outlet_playout import outlet_playout
from ledcast.core.screen_items import Region


def test_playout_shows_and_changes_a_screen_outlet(cli: Cli) -> None:  # noqa: F811
    cli("outlet", "add", "Màn hình chợ", "--kind", "screen", "--size", "384x192", ok=True)
    shown = cli.json("outlet", "playout", "Màn hình chợ", "--json")
    assert shown == {
        "outlet": "Màn hình chợ",
        "kind": "screen",
        "audio_device": None,
        "screen": None,
        "region": None,
        "with_sound": True,
    }
    res = cli("outlet", "playout", "Màn hình chợ", "--region", "1920,40,384,192", "--sound", "off", ok=True)
    assert "region x 1920, y 40, 384×192" in res.stdout and "Videos play without sound." in res.stdout
    stored = outlet_playout(cli.open(), "Màn hình chợ")
    assert stored.region == Region(1920, 40, 384, 192) and stored.with_sound is False
    shown = cli.json("outlet", "playout", "Màn hình chợ", "--screen", "1", "--json")  # a whole monitor
    assert shown["screen"] == 1 and shown["region"] is None and shown["with_sound"] is False
    res = cli("outlet", "playout", "Màn hình chợ", "--region", "1,2,3", ok=False)
    assert "1,2,3" in res.stderr
    assert cli.json("outlet", "playout", "Màn hình chợ", "--region", "none", "--json")["region"] is None


def test_playout_of_a_loudspeaker_outlet(cli: Cli) -> None:  # noqa: F811
    cli("outlet", "add", "Loa thôn Đông", "--kind", "speaker", ok=True)
    assert "System default" in cli("outlet", "playout", "Loa thôn Đông", ok=True).stdout
    res = cli("outlet", "playout", "Loa thôn Đông", "--audio-device", "Loa USB", ok=True)
    assert "Audio output: Loa USB" in res.stdout
    assert outlet_playout(cli.open(), "Loa thôn Đông").audio_device == "Loa USB"  # kept while unplugged
    assert cli.json("outlet", "playout", "Loa thôn Đông", "--audio-device", "none", "--json")["audio_device"] == "none"
    shown = cli.json("outlet", "playout", "Loa thôn Đông", "--audio-device", "default", "--json")
    assert shown["audio_device"] is None
    res = cli("outlet", "playout", "Loa thôn Đông", "--region", "0,0,384,192", ok=False)
    assert "loudspeaker outlet" in res.stderr
    assert "điểm phát loa" in cli("outlet", "playout", "Loa thôn Đông", "--screen", "1", lang="vi").stderr
    assert outlet_playout(cli.open(), "Loa thôn Đông").region is None


def test_devices_lists_outputs_and_monitors(cli: Cli, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    data = cli.json("outlet", "devices", "--json")
    assert data["audio_outputs"][:2] == [{"name": "default", "kind": "default"}, {"name": "none", "kind": "none"}]
    assert all(a["kind"] == "device" and a["name"] for a in data["audio_outputs"][2:])
    assert [m["number"] for m in data["monitors"]] == list(range(len(data["monitors"])))
    for m in data["monitors"]:
        assert set(m) == {"number", "name", "x", "y", "width", "height", "scale_percent"}
        assert m["width"] > 0 and m["height"] > 0
    text = cli("outlet", "devices", ok=True).stdout
    assert "none  — No sound card (clock only)" in text and "Monitors (--screen):" in text
    assert "loads Qt" in " ".join(cli("outlet", "--help", ok=True).stdout.split())


def test_playout_does_not_load_qt(cli: Cli) -> None:  # noqa: F811
    cli("outlet", "add", "Màn hình chợ", "--kind", "screen", "--size", "384x192", ok=True)
    probe = (
        "import sys, contextlib, io\nfrom ledcast.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main(['--workspace', {str(cli.ws)!r}, 'outlet', 'playout', 'Màn hình chợ', '--sound', 'off'])\n"
        "print(rc, any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), LEDCAST_LANG="en")
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert res.stdout.split() == ["0", "False"], res.stderr
    assert json.loads(cli("outlet", "playout", "Màn hình chợ", "--json", ok=True).stdout)["with_sound"] is False
