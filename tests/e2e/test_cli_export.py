"""`ledcast export screen` as an operator runs it, including being killed mid-way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from media_factory import make_mp4
from test_cli import REPO_ROOT, Cli, cli  # noqa: F401 - the fixture


def test_export_screen_then_list(cli: Cli, media_files) -> None:  # noqa: F811
    out = cli.json("media", "add", str(media_files.png), str(media_files.mp4), "--json")
    ids = [str(m["id"]) for m in out["added"]]
    cli.approve(*ids)
    cli("outlet", "add", "LED", "--kind", "screen", "--size", "192x96", "--fps", "25", ok=True)
    cli("playlist", "add", "Vòng", "--kind", "screen", "--outlet", "LED", ok=True)
    cli("playlist", "items", "Vòng", *ids, "--duration", "2", ok=True)
    usb = cli.ws.parent / "usb"
    res = cli.json("export", "screen", "Vòng", "--out", str(usb), "--json")
    assert Path(res["folder"]) == usb
    manifest = json.loads((usb / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["video"]["width"] == 192 and manifest["duration_s"] == 5.0
    text = cli("export", "screen", "Vòng", "--out", str(usb), "--replace", ok=True).stdout
    assert "0 frame(s) rendered" in text  # all from the segment cache
    rows = cli.json("export", "list", "--json")
    assert [r["files"] for r in rows] == [2, 2] and rows[0]["folder"] == str(usb.resolve())
    bad = cli("export", "screen", "Vòng", "--out", str(usb), "--size", "12x", ok=False)
    assert len(bad.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_killed_export_leaves_no_folder_at_the_destination(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    clip = make_mp4(tmp_path, "long.mp4", seconds=20, size="640x360")
    (mid,) = [str(m["id"]) for m in cli.json("media", "add", str(clip), "--json")["added"]]
    cli.approve(mid)
    cli("playlist", "add", "Dài", "--kind", "screen", ok=True)
    cli("playlist", "items", "Dài", mid, ok=True)
    usb = tmp_path / "usb"
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), LEDCAST_LANG="en")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ledcast",
            "--workspace",
            str(cli.ws),
            "export",
            "screen",
            "Dài",
            "--out",
            str(usb),
            "--size",
            "1280x720",
        ],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".usb.ledcast-partial-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # well inside the encode
    assert proc.poll() is None, "the export finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the app and its ffmpeg, as a power cut or Task Manager would
    proc.wait()
    assert not usb.exists()
    # the next export clears what the killed one left and completes
    cli("export", "screen", "Dài", "--out", str(usb), "--size", "320x180", ok=True)
    assert (usb / "manifest.json").exists()
    assert not list(tmp_path.glob(".usb.ledcast-*"))
