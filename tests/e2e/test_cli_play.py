"""`ledcast play` (issue 14): its refusals come before a sound airs, in one line; its
help says it loads Qt; `settings playout` holds the share that makes a stopped item count."""

from __future__ import annotations

from test_cli import Cli, cli  # noqa: F401 - the fixture


def _playlist(cli: Cli, media_files, kind: str = "speaker", outlet: str | None = None) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    path = media_files.wav if kind == "speaker" else media_files.png
    (mid,) = [str(m["id"]) for m in cli.json("media", "add", str(path), "--json")["added"]]
    cli.approve(mid)
    cli("playlist", "add", "Sáng", "--kind", kind, *(("--outlet", outlet) if outlet else ()), ok=True)
    cli("playlist", "items", "Sáng", mid, ok=True)


def _one_line(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert len(lines) == 1, text
    return lines[0]


def test_help_says_it_loads_qt(cli: Cli) -> None:  # noqa: F811
    assert "loads Qt" in cli("--help", ok=True).stdout
    assert "loads Qt (QtMultimedia)" in " ".join(cli("play", "--help", ok=True).stdout.split())


def test_refusals_before_playing(cli: Cli, media_files) -> None:  # noqa: F811
    _playlist(cli, media_files)
    res = cli("play", "Sáng", "--audio-device", "none")
    assert res.returncode == 1 and "no unit yet" in _one_line(res.stderr)
    cli("unit", "set", "--code", "XA-TC", "--name", "Xã Tân Cương", ok=True)
    res = cli("play", "Sáng", "--audio-device", "none")
    assert res.returncode == 1 and "give --outlet NAME" in _one_line(res.stderr)
    res = cli("play", "Sáng", "--audio-device", "none", lang="vi")
    assert "chưa gắn điểm phát" in _one_line(res.stderr)
    cli("outlet", "add", "Màn hình chợ", "--kind", "screen", "--size", "640x360", ok=True)
    res = cli("play", "Sáng", "--outlet", "Màn hình chợ", "--audio-device", "none")
    assert res.returncode == 1 and "is a screen" in _one_line(res.stderr)
    res = cli("play", "Sáng", "--audio-device", "Loa USB")
    assert res.returncode == 1 and "No audio output “Loa USB”" in _one_line(res.stderr)
    from sqlalchemy import func, select

    from ledcast.core.db.models import Airing

    ws = cli.open()
    try:
        with ws.session() as s:
            assert s.scalar(select(func.count()).select_from(Airing)) == 0
    finally:
        ws.close()


def test_a_screen_playlist_plays_at_a_region_and_logs_each_item(cli: Cli, media_files) -> None:  # noqa: F811
    cli("unit", "set", "--code", "XA-TC", "--name", "Xã Tân Cương", ok=True)
    cli("outlet", "add", "Màn hình chợ", "--kind", "screen", "--size", "640x360", ok=True)
    _playlist(cli, media_files, "screen", "Màn hình chợ")
    cli("playlist", "items", "Sáng", str(cli.json("media", "list", "--json")[0]["id"]), ok=True)  # twice
    ws = cli.open()
    try:
        from ledcast.core import playlist as pl

        for item in pl.get_playlist(ws, "Sáng").items:
            pl.set_item_duration(ws, item.id, 1)
    finally:
        ws.close()
    res = cli("play", "Sáng", "--region", "10,20,64,32", "--no-sound")
    assert res.returncode == 0, res.stderr
    assert "at 10,20,64,32" in res.stderr and "Played Sáng: 2 airing(s) logged." in res.stderr
    assert len([ln for ln in res.stdout.splitlines() if ln.startswith("Aired: ")]) == 2
    ws = cli.open()
    try:
        from sqlalchemy import select

        from ledcast.core.db.models import Airing

        with ws.session() as s:
            rows = list(s.scalars(select(Airing).order_by(Airing.start_utc)))
        assert [(r.outlet_name, r.outlet_kind, r.recorded_how, r.playlist_name) for r in rows] == [
            ("Màn hình chợ", "screen", "playout", "Sáng")
        ] * 2
        assert all(0.9 <= (r.end_utc - r.start_utc).total_seconds() < 1.6 for r in rows)
    finally:
        ws.close()
    res = cli("play", "Sáng", "--region", "1,2,3")
    assert res.returncode == 1 and "is not a screen region" in _one_line(res.stderr)


def test_settings_playout_min_share(cli: Cli) -> None:  # noqa: F811
    assert cli.json("settings", "playout", "--json")["min_share"] == 0.8
    assert cli.json("settings", "playout", "--min-share", "0.5", "--json")["min_share"] == 0.5
    assert "min_share              0.5" in cli("settings", "playout", ok=True).stdout
    res = cli("settings", "playout", "--min-share", "1.5")
    assert res.returncode == 1 and "between 0.1 and 1" in _one_line(res.stderr)
    assert cli.json("settings", "playout", "--json")["min_share"] == 0.5
