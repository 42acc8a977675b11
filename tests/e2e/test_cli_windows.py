"""Time windows from the command line: `playlist schedule --window`, the agenda's
one block with its passes, and the passes in an export's schedule files (the CSV
in the interface language, the JSON's keys unchanged)."""

from __future__ import annotations

import csv
import json

from test_cli import Cli, cli  # noqa: F401 - the fixture

NBSP = "\u00a0"


def _screen_loop(cli: Cli, media_files) -> None:  # noqa: F811
    (mid,) = [str(m["id"]) for m in cli.json("media", "add", str(media_files.png), "--json")["added"]]
    cli("outlet", "add", "LED cổng", "--kind", "screen", "--size", "384x192", ok=True)
    cli("playlist", "add", "Vòng LED", "--kind", "screen", "--outlet", "LED cổng", ok=True)
    cli("playlist", "items", "Vòng LED", mid, mid, "--duration", "10", ok=True)  # 20 s a pass


def test_window_schedule_and_agenda_block(cli: Cli, media_files) -> None:  # noqa: F811
    _screen_loop(cli, media_files)
    res = cli(
        "playlist", "schedule", "Vòng LED", "--from", "2026-12-07", "--to", "2026-12-13", "--window", "06:00-22:00",
        ok=True,
    )  # fmt: skip
    assert f"06:00–22:00, 2{NBSP}880 pass(es) a day, on 7 day(s)" in res.stdout  # 16 h / 20 s
    day = cli.json("agenda", "--date", "2026-12-07", "--json")
    (block,) = day["occurrences"]
    assert (block["start"], block["end"], block["window"], block["passes"]) == (
        "2026-12-07T06:00:00",
        "2026-12-07T22:00:00",
        True,
        2880,
    )
    text = cli("agenda", "--date", "2026-12-07", ok=True).stdout
    assert "06:00-22:00" in text and f"Vòng LED · 2{NBSP}880 pass(es)" in text
    vi = cli("agenda", "--date", "2026-12-07", lang="vi", ok=True).stdout
    assert f"2{NBSP}880 lượt" in vi
    shown = cli("playlist", "show", "Vòng LED", ok=True).stdout
    assert f"continuously 06:00–22:00, 2{NBSP}880 pass(es)" in shown
    # a session on the same board inside the window is reported as an overlap
    cli("playlist", "add", "Tin khẩn", "--kind", "screen", "--outlet", "LED cổng", "--priority", "emergency", ok=True)
    mid = str(cli.json("playlist", "show", "Vòng LED", "--json")["items"][0]["media_id"])
    cli("playlist", "items", "Tin khẩn", mid, ok=True)
    cli("playlist", "schedule", "Tin khẩn", "--from", "2026-12-07", "--to", "2026-12-07", "--times", "12:00", ok=True)
    day = cli.json("agenda", "--date", "2026-12-07", "--json")
    assert [(o["first"]["playlist"], o["second"]["playlist"]) for o in day["overlaps"]] == [("Vòng LED", "Tin khẩn")]


def test_window_refusals(cli: Cli, media_files) -> None:  # noqa: F811
    _screen_loop(cli, media_files)
    base = ("playlist", "schedule", "Vòng LED", "--from", "2026-12-07", "--to", "2026-12-13")
    both = cli(*base, "--times", "06:00", "--window", "06:00-22:00", ok=False)
    assert "not both" in both.stderr
    assert "not both" in cli(*base, ok=False).stderr  # neither
    short = cli(*base, "--window", "06:00-06:00:10", ok=False)
    assert "longer than the window 06:00–06:00:10" in short.stderr and "cannot play even once" in short.stderr
    bad = cli(*base, "--window", "6h", ok=False)
    assert "is not a time window" in bad.stderr
    assert cli.json("playlist", "show", "Vòng LED", "--json")["schedules"] == []  # nothing stored


def test_export_schedule_files_count_passes_in_the_ui_language(cli: Cli, media_files) -> None:  # noqa: F811
    (mid,) = [str(m["id"]) for m in cli.json("media", "add", str(media_files.wav), "--json")["added"]]
    cli("playlist", "add", "Nhạc chợ", "--kind", "speaker", ok=True)
    cli("playlist", "items", "Nhạc chợ", mid, ok=True)  # 2 s
    cli.approve(mid)
    cli(
        "playlist", "schedule", "Nhạc chợ", "--from", "2026-12-07", "--to", "2026-12-08", "--window", "6h-6h10", ok=True
    )
    cli("playlist", "schedule", "Nhạc chợ", "--from", "2026-12-07", "--to", "2026-12-07", "--times", "17:00", ok=True)
    usb = cli.ws.parent / "loa"
    cli("export", "speaker", "Nhạc chợ", "--out", str(usb), lang="", ok=True)  # no language set: Vietnamese
    rows = json.loads((usb / "schedule.json").read_text(encoding="utf-8"))["airings"]
    assert [(r["date"], r["time"], r["window_end"], r["passes"], r["priority"]) for r in rows] == [
        ("2026-12-07", "06:00:00", "06:10:00", 300, "normal"),  # 600 s / 2 s
        ("2026-12-07", "17:00:00", None, 1, "normal"),
        ("2026-12-08", "06:00:00", "06:10:00", 300, "normal"),
    ]
    with open(usb / "schedule.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][:4] == ["Ngày", "Bắt đầu", "Phát đến", "Số lượt"]
    assert table[1][:4] == ["07/12/2026", "06:00:00", "06:10:00", "300"] and "Thông thường" in table[1]
    assert table[2][:4] == ["07/12/2026", "17:00:00", "", "1"]
    english = cli.ws.parent / "loa-en"
    cli("export", "speaker", "Nhạc chợ", "--out", str(english), lang="en", ok=True)
    with open(english / "schedule.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == [
        "Date",
        "Start",
        "Plays until",
        "Passes",
        "File",
        "Length (s)",
        "Priority",
        "Tasks",
        "Airing no.",
    ]
    assert table[1][:4] == ["2026-12-07", "06:00:00", "06:10:00", "300"] and "Normal" in table[1]
    again = json.loads((english / "schedule.json").read_text(encoding="utf-8"))["airings"]
    assert again == rows  # the machine-readable file does not change with the language


def test_replace_a_schedule_with_a_window(cli: Cli, media_files) -> None:  # noqa: F811
    _screen_loop(cli, media_files)
    base = ("playlist", "schedule", "Vòng LED", "--from", "2026-12-07", "--to", "2026-12-07")
    cli(*base, "--times", "06:00,17:00", ok=True)
    (sc,) = cli.json("playlist", "show", "Vòng LED", "--json")["schedules"]
    res = cli(*base, "--window", "7h-9h", "--replace", str(sc["id"]), ok=True)
    assert f"Schedule {sc['id']} replaced." in res.stdout
    (again,) = cli.json("playlist", "show", "Vòng LED", "--json")["schedules"]
    assert (again["id"], again["times"], again["window_end"]) == (sc["id"], "07:00", "09:00")
    missing = cli(*base, "--times", "06:00", "--replace", "99", ok=False)
    assert "No schedule 99." in missing.stderr
