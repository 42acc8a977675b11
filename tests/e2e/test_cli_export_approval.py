"""`ledcast export` refuses items not approved (the setting on: no flag bypasses
it; off: --allow-unapproved with a warning), needs --replace to replace an
earlier export, and `export list` tells which past exports are still there."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import Cli, cli  # noqa: F401 - the fixture


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def _playlist(cli: Cli, media_files) -> str:  # type: ignore[no-untyped-def]  # noqa: F811
    (mid,) = [str(m["id"]) for m in cli.json("media", "add", str(media_files.wav), "--json")["added"]]
    cli("playlist", "add", "Sáng", "--kind", "speaker", ok=True)
    cli("playlist", "items", "Sáng", mid, ok=True)
    return mid


def test_unapproved_items_are_refused_with_one_line(cli: Cli, media_files) -> None:  # noqa: F811
    mid = _playlist(cli, media_files)
    usb = cli.ws.parent / "usb"
    assert cli.json("settings", "approval", "--json") == {"require_approval": True}
    for extra in ((), ("--allow-unapproved",)):  # the flag does not bypass the setting
        res = cli("export", "speaker", "Sáng", "--out", str(usb), *extra)
        line = _one_line(res.stderr)
        assert res.returncode == 1 and f"#{mid} “tone” (pending)" in line and "--allow-unapproved does not" in line
        assert not usb.exists()
    vi = cli("export", "speaker", "Sáng", "--out", str(usb), lang="vi")
    assert vi.returncode == 1 and "(chờ duyệt)" in _one_line(vi.stderr)

    assert cli.json("settings", "approval", "--require", "off", "--json") == {"require_approval": False}
    assert "off" in cli("settings", "approval", ok=True).stdout
    res = cli("export", "speaker", "Sáng", "--out", str(usb))
    assert res.returncode == 1 and "Give --allow-unapproved" in _one_line(res.stderr) and not usb.exists()
    res = cli("export", "speaker", "Sáng", "--out", str(usb), "--allow-unapproved", ok=True)
    assert "not approved" in res.stdout and f"#{mid}" in res.stdout and (usb / "manifest.json").is_file()


def test_replace_is_needed_and_list_shows_what_is_still_there(cli: Cli, media_files) -> None:  # noqa: F811
    cli.approve(_playlist(cli, media_files))
    usb, loa = cli.ws.parent / "usb", cli.ws.parent / "loa"
    cli("export", "speaker", "Sáng", "--out", str(usb), ok=True)
    cli("export", "speaker", "Sáng", "--out", str(loa), ok=True)
    before = {f.name: f.read_bytes() for f in usb.iterdir()}
    created = json.loads((usb / "manifest.json").read_text(encoding="utf-8"))["created"][:10]
    res = cli("export", "speaker", "Sáng", "--out", str(usb), "--lufs", "-20")
    line = _one_line(res.stderr)
    assert res.returncode == 1 and str(usb) in line and created in line and "--replace" in line
    assert {f.name: f.read_bytes() for f in usb.iterdir()} == before
    rows = cli.json("export", "list", "--json")
    assert [r["status"] for r in rows] == ["intact", "intact"]
    cli("export", "speaker", "Sáng", "--out", str(usb), "--lufs", "-20", "--replace", ok=True)
    for f in loa.iterdir():
        f.unlink()
    rows = cli.json("export", "list", "--json")
    assert [(Path(r["folder"]).name, r["status"]) for r in rows] == [
        ("usb", "intact"),
        ("loa", "missing"),
        ("usb", "replaced"),
    ]
    text = cli("export", "list", lang="vi", ok=True).stdout.splitlines()
    assert "Không còn" in text[1] and "Còn nguyên" in text[0]
