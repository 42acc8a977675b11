"""`ledcast airing` end to end: add, list (lines, JSON, CSV, XLSX), void, confirm."""

from __future__ import annotations

import csv

from openpyxl import load_workbook
from test_cli import Cli, cli  # noqa: F401 - the fixture

OUTLET = "Loa trung tâm xã"
TITLE = "Đọc tin trực tiếp: phòng chống bão lũ"


def _setup(cli: Cli, media_files) -> str:  # noqa: F811
    cli("outlet", "add", OUTLET, "--kind", "speaker", ok=True)
    cli("unit", "set", "--code", "XA-TC", "--name", "Xã Tân Cương", ok=True)
    (mid,) = [str(m["id"]) for m in cli.json("media", "add", str(media_files.wav), "--task", "NV2", "--json")["added"]]
    return mid


def test_add_list_void_and_write_files(cli: Cli, media_files) -> None:  # noqa: F811
    mid = _setup(cli, media_files)
    live = cli.json(
        "airing", "add", "--title", TITLE, "--outlet", OUTLET, "--start", "2026-11-30T06:00",
        "--end", "2026-11-30T06:12:30", "--task", "NV3", "--task", "NV5", "--origin", "above",
        "--note", "Anh Hùng đọc",
        "--json",
    )  # fmt: skip
    assert (live["tasks"], live["duration_s"], live["date"], live["time"]) == (
        "NV3,NV5",
        750.0,
        "2026-11-30",
        "06:00:00",
    )
    from_media = cli.json(
        "airing", "add", "--media", mid, "--outlet", OUTLET, "--start", "2026-11-30T20:00:00+07:00",
        "--end", "2026-11-30T20:00:02+07:00", "--json",
    )  # fmt: skip
    assert from_media["tasks"] == "NV2" and from_media["title"]  # the media's tasks and title, snapshot
    listed = cli.json("airing", "list", "--from", "2026-11-30", "--to", "2026-11-30", "--json")
    assert [r["uuid"] for r in listed["airings"]] == [from_media["uuid"], live["uuid"]]  # newest first
    assert listed["totals"] == {"airings": 2, "items": 2, "minutes": round(752 / 60, 1)}
    lines = cli("airing", "list", "--task", "NV3", ok=True).stdout.splitlines()
    assert len(lines) == 2 and TITLE in lines[0] and "750 s" in lines[0] and "[NV3,NV5]" in lines[0]
    assert "Entered by hand" in lines[0] and "manual" not in lines[0]  # words for people, codes for --json
    assert lines[-1] == "Total: 1 airing(s), 1 distinct item(s), 12.5 minutes."

    voided = cli("airing", "void", live["uuid"], "--reason", "Nhầm giờ phát", ok=True)
    assert live["uuid"] in voided.stdout
    assert [r["uuid"] for r in cli.json("airing", "list", "--json")["airings"]] == [from_media["uuid"]]
    shown = cli.json("airing", "list", "--include-voided", "--json")
    marked = {r["uuid"]: r for r in shown["airings"]}
    assert marked[live["uuid"]]["voided"] == "Nhầm giờ phát"
    assert len(shown["airings"]) == 3 and shown["totals"]["airings"] == 1  # voided never counts

    out_csv = cli.ws.parent / "nhat-ky.csv"
    res = cli("airing", "list", "--include-voided", "--out", str(out_csv), ok=True)
    assert "3 airing(s)" in res.stdout
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Vietnamese
    with open(out_csv, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["Date", "Time", "Outlet", "Title"] and len(rows) == 4
    assert {r[3] for r in rows[1:]} >= {TITLE} and {r[2] for r in rows[1:]} == {OUTLET}
    out_xlsx = cli.ws.parent / "nhat-ky.xlsx"
    cli("airing", "list", "--out", str(out_xlsx), lang="vi", ok=True)
    sheet = load_workbook(out_xlsx).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "Ngày" and len(values) == 2
    assert values[1][2] == OUTLET and values[1][4] == "NV2" and values[1][5] == 2.0
    assert not [p.name for p in cli.ws.parent.iterdir() if p.name.endswith(".part")]


def test_refusals_are_one_line(cli: Cli, media_files) -> None:  # noqa: F811
    cli("outlet", "add", OUTLET, "--kind", "speaker", ok=True)
    base = ["airing", "add", "--title", "X", "--outlet", OUTLET, "--start", "2026-11-30T06:00"]
    no_unit = cli(*base, "--end", "2026-11-30T06:10", ok=False)
    assert no_unit.returncode == 1 and "ledcast unit set" in no_unit.stderr
    assert len(no_unit.stderr.strip().splitlines()) == 1
    cli("unit", "set", "--code", "XA-TC", "--name", "Xã Tân Cương", ok=True)
    for args, needle in [
        ([*base, "--end", "2026-11-30T05:00"], "must end after"),
        ([*base, "--end", "2026-02-30T06:10"], "not a date and time"),
        (
            [
                "airing",
                "add",
                "--title",
                "X",
                "--outlet",
                "Không có",
                "--start",
                "2026-11-30T06:00",
                "--end",
                "2026-11-30T06:10",
            ],
            "No outlet",
        ),  # fmt: skip
        (
            [
                "airing",
                "add",
                "--media",
                "99",
                "--outlet",
                OUTLET,
                "--start",
                "2026-11-30T06:00",
                "--end",
                "2026-11-30T06:10",
            ],
            "No media item",
        ),  # fmt: skip
        (["airing", "confirm", "7", "--date", "2026-11-30"], "No export with id 7"),
        (["airing", "confirm", "7", "--date", "2026-11-31"], "not a date"),
        (["airing", "void", "abc", "--reason", "x"], "No airing"),
        (["airing", "list", "--out", str(cli.ws.parent / "x.pdf")], ".csv or .xlsx"),
    ]:
        res = cli(*args, ok=False)
        assert res.returncode == 1 and needle in res.stderr, (args, res.stderr)
        assert len(res.stderr.strip().splitlines()) == 1
    assert cli.json("airing", "list", "--json")["airings"] == []
    vi = cli(*base, "--end", "2026-11-30T05:00", lang="vi", ok=False)
    assert "The airing" not in vi.stderr  # translated


def test_confirm_an_export_from_the_command_line(cli: Cli, media_files) -> None:  # noqa: F811
    mid = _setup(cli, media_files)
    cli("playlist", "add", "Sáng", "--kind", "speaker", "--outlet", OUTLET, ok=True)
    cli("playlist", "items", "Sáng", mid, mid, mid, ok=True)
    cli.approve(mid)
    week = ["--from", "2026-03-02", "--to", "2026-03-08"]
    cli("playlist", "schedule", "Sáng", *week, "--times", "06:00,17:00", ok=True)
    export_id = str(cli.json("export", "speaker", "Sáng", "--out", str(cli.ws.parent / "usb"), "--json")["export_id"])
    sessions = cli("airing", "confirm", export_id, "--from", "2026-03-02", "--to", "2026-03-03", "--list", ok=True)
    assert sessions.stdout.count("Session ") == 4 and "Session 4: 03/03/2026 17:00, 3 item(s)" in sessions.stdout
    assert cli.json("airing", "list", "--json")["airings"] == []  # --list records nothing
    first = cli("airing", "confirm", export_id, "--from", "2026-03-02", "--to", "2026-03-03", "--skip", "2", ok=True)
    assert "Recorded 9 airing(s) of 3 session(s)" in first.stdout and "1 session(s)" in first.stdout
    again = cli.json("airing", "confirm", export_id, "--from", "2026-03-02", "--to", "2026-03-03", "--json")
    assert again == {"added": 3, "already": 9, "sessions": 4, "skipped": 0}
    nothing = cli("airing", "confirm", export_id, "--date", "2026-03-02", ok=True)
    assert nothing.stdout.startswith("Nothing new: the 6 airing(s)")
    rows = cli.json("airing", "list", "--recorded-how", "confirmed", "--json")
    assert rows["totals"]["airings"] == 12 and {r["tasks"] for r in rows["airings"]} == {"NV2"}
    wrong = cli("airing", "confirm", export_id, "--date", "2026-04-01", ok=False)
    assert "nothing scheduled" in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1
    both = cli("airing", "confirm", export_id, "--date", "2026-03-02", "--from", "2026-03-02", ok=False)
    assert both.returncode == 1
