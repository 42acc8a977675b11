"""Workspace folders with any name, and `ledcast cache show|prune|limit`."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import Cli

DEFAULT_CODE = "TN-CDS-2024-2025"


@pytest.mark.parametrize("name", ["Nguyễn Thị Hường 100% #2", "%(here)s %% bản sao"])
def test_any_workspace_folder_name(tmp_path: Path, media_files, name: str) -> None:
    cli = Cli(tmp_path / name / "ledcast", tmp_path)
    assert DEFAULT_CODE in cli("plan", "show", ok=True).stdout
    added = cli.json("media", "add", str(media_files.wav), "--json")["added"]
    assert len(added) == 1
    assert [m["id"] for m in cli.json("media", "list", "--json")] == [added[0]["id"]]
    assert cli.json("cache", "show", "--json")["path"] == str(
        (tmp_path / name / "ledcast").resolve() / "cache" / "segments"
    )


def test_cache_show_prune_and_limit(tmp_path: Path, media_files) -> None:
    cli = Cli(tmp_path / "ws", tmp_path)
    added = cli.json("media", "add", str(media_files.png), "--json")["added"]
    cli.approve(str(added[0]["id"]))
    cli("outlet", "add", "LED", "--kind", "screen", "--size", "160x90", "--fps", "25", ok=True)
    cli("playlist", "add", "Vòng", "--kind", "screen", "--outlet", "LED", ok=True)
    cli("playlist", "items", "Vòng", str(added[0]["id"]), "--duration", "1", ok=True)
    cli("export", "screen", "Vòng", "--out", str(tmp_path / "usb"), ok=True)

    st = cli.json("cache", "show", "--json")
    assert st["files"] >= 1 and st["bytes"] > 0 and st["automatic"] is True
    assert 0 < st["limit_bytes"] <= 5 * 1024**3
    text = cli("cache", "show", ok=True).stdout
    assert f"in {st['files']} files" in text and "(automatic)" in text and st["path"] in text

    assert cli.json("cache", "prune", "--json")["removed_files"] == 0  # under the limit
    assert "Segment cache limit: 1.5 GB." in cli("cache", "limit", "1536MB", ok=True).stdout
    bad = cli("cache", "limit", "lots", ok=False)
    assert bad.stderr.startswith("ledcast: ") and len(bad.stderr.strip().splitlines()) == 1

    res = cli.json("cache", "prune", "--all", "--json")
    assert res["removed_files"] == st["files"] and res["files"] == 0 and res["bytes"] == 0
    assert res["limit_bytes"] == int(1.5 * 1024**3) and res["automatic"] is False
    assert cli.json("cache", "limit", "auto", "--json")["automatic"] is True


@pytest.mark.parametrize("below", ["", "sub/ws"])
def test_a_file_given_as_the_workspace_is_named_as_a_file(tmp_path: Path, media_files, below: str) -> None:
    """Not "File exists" / "Not a directory": the operator is told the path is a file."""
    audio = tmp_path / "a1.mp3"
    audio.write_bytes(media_files.wav.read_bytes())
    res = Cli(audio / below if below else audio, tmp_path)("playlist", "list", ok=False)
    assert res.returncode == 1 and res.stderr.count("\n") == 1
    assert f"“{audio}” is a file, not a folder" in res.stderr, res.stderr
    assert audio.read_bytes() == media_files.wav.read_bytes()  # untouched
