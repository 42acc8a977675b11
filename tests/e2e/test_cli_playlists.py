"""Playlists, schedules and the agenda from the command line, end to end."""

from __future__ import annotations

from pathlib import Path

from test_cli import Cli, cli  # noqa: F401 - the fixture


def _ids(run: Cli, media_files) -> dict[str, int]:  # type: ignore[no-untyped-def]
    out = run.json(
        "media", "add", str(media_files.wav), str(media_files.png), str(media_files.mp4), "--task", "NV3", "--json"
    )
    return {m["kind"]: m["id"] for m in out["added"]}


def test_playlist_build_show_and_total(cli: Cli, media_files) -> None:  # noqa: F811
    ids = _ids(cli, media_files)
    cli("outlet", "add", "LED cổng", "--kind", "screen", "--size", "384x192", ok=True)
    cli("playlist", "add", "Vòng LED", "--kind", "screen", "--outlet", "LED cổng", ok=True)
    res = cli(
        "playlist",
        "items",
        "Vòng LED",
        str(ids["image"]),
        str(ids["video"]),
        str(ids["image"]),
        "--duration",
        "8",
        ok=True,
    )
    assert "3 item(s) added" in res.stdout
    shown = cli.json("playlist", "show", "Vòng LED", "--json")
    assert [i["kind"] for i in shown["items"]] == ["image", "video", "image"]
    assert shown["total_s"] == 8 + 3 + 8
    assert shown["tasks"] == ["NV3"]
    assert shown["outlet"]["width"] == 384
    assert shown["outlet"] == {"name": "LED cổng", "kind": "screen", "width": 384, "height": 192, "fps": 25.0}
    assert any("fitted with bars" in w for w in shown["warnings"])
    text = cli("playlist", "show", "Vòng LED", ok=True).stdout
    assert "Total: 0:19" in text


def test_wrong_kind_item_is_refused(cli: Cli, media_files) -> None:  # noqa: F811
    ids = _ids(cli, media_files)
    cli("playlist", "add", "Sáng", "--kind", "speaker", ok=True)
    res = cli("playlist", "items", "Sáng", str(ids["audio"]), str(ids["video"]), ok=False)
    assert "loudspeaker playlists take audio only" in res.stderr
    shown = cli.json("playlist", "show", "Sáng", "--json")
    assert [i["media_id"] for i in shown["items"]] == [ids["audio"]]
    assert shown["total_s"] == 2.0


def test_schedule_and_agenda_with_overlap(cli: Cli, media_files) -> None:  # noqa: F811
    ids = _ids(cli, media_files)
    cli("outlet", "add", "Loa xã", "--kind", "speaker", ok=True)
    for name in ("Sáng", "Tin khẩn"):
        cli("playlist", "add", name, "--kind", "speaker", "--outlet", "Loa xã", ok=True)
        cli("playlist", "items", name, str(ids["audio"]), ok=True)
    res = cli(
        "playlist",
        "schedule",
        "Sáng",
        "--from",
        "2026-12-07",
        "--to",
        "2026-12-13",
        "--times",
        "06:00,17:00",
        "--days",
        "t2-t6",
        ok=True,
    )
    assert "10 airing(s)" in res.stdout
    cli(
        "playlist",
        "schedule",
        "Tin khẩn",
        "--from",
        "07/12/2026",
        "--to",
        "07/12/2026",
        "--times",
        "06:00",
        "--priority",
        "emergency",
        ok=True,
    )
    day = cli.json("agenda", "--date", "2026-12-07", "--json")
    assert [(o["start"][11:16], o["playlist"], o["priority"]) for o in day["occurrences"]] == [
        ("06:00", "Tin khẩn", "emergency"),
        ("06:00", "Sáng", "normal"),
        ("17:00", "Sáng", "normal"),
    ]
    assert len(day["overlaps"]) == 1
    week = cli.json("agenda", "--date", "2026-12-07", "--days", "7", "--json")
    assert len(week["occurrences"]) == 11
    text = cli("agenda", "--date", "2026-12-07", lang="vi", ok=True).stdout
    assert "Thứ Hai 07/12/2026" in text or "Thứ hai 07/12/2026" in text
    bad = cli(
        "playlist", "schedule", "Sáng", "--from", "2026-12-07", "--to", "2026-12-13", "--times", "25:00", ok=False
    )
    assert "25:00" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_outlet_edit_and_remove_in_use(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    cli("outlet", "add", "LED", "--kind", "screen", "--size", "128x64", ok=True)
    cli("outlet", "edit", "LED", "--size", "192x96", "--rename", "LED chợ", ok=True)
    cli("playlist", "add", "Vòng", "--kind", "screen", "--outlet", "LED chợ", ok=True)
    res = cli("outlet", "remove", "LED chợ", ok=False)
    assert "Vòng" in res.stderr
    cli("outlet", "remove", "LED chợ", "--force", ok=True)
    assert cli.json("outlet", "list", "--json") == []
    assert cli.json("playlist", "show", "Vòng", "--json")["outlet"] is None
