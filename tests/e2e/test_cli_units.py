"""`ledcast unit list`: the units, the period their logs cover, their last file,
and who has not reported — for people and as JSON."""

from __future__ import annotations

from test_cli import Cli, cli  # noqa: F401 - the fixture

OUTLET = "Loa trung tâm xã"


def test_unit_list_shows_coverage_and_who_has_not_reported(cli: Cli, tmp_path) -> None:  # noqa: F811
    district, commune, late = cli, Cli(tmp_path / "ws-xa", cli.cwd), Cli(tmp_path / "ws-late", cli.cwd)
    assert "No units yet" in district("unit", "list", ok=True).stdout
    district("unit", "set", "--code", "HUYEN-DT", "--name", "Huyện Đại Từ", ok=True)
    commune("unit", "set", "--code", "XA-TC", "--name", "Xã Tân Cương", ok=True)
    late("unit", "set", "--code", "XA-PX", "--name", "Xã Phúc Xuân", ok=True)
    for unit in (commune, late):
        unit("keys", "init", ok=True)
        unit("keys", "show", "--out", str(tmp_path / f"{unit.ws.name}.txt"), ok=True)
        district("keys", "trust", str(tmp_path / f"{unit.ws.name}.txt"), ok=True)
    commune("outlet", "add", OUTLET, "--kind", "speaker", ok=True)
    for day in ("2026-11-02", "2026-11-09", "2026-11-16"):
        commune("airing", "add", "--title", "Tin", "--outlet", OUTLET, "--start", f"{day}T06:00",
                "--end", f"{day}T06:05", ok=True)  # fmt: skip
    voided = commune.json("airing", "list", "--json")["airings"][0]["uuid"]  # the newest, 16 November
    commune("airing", "void", voided, "--reason", "Nhầm", ok=True)
    commune("airing", "export", "--out", str(tmp_path / "log.json"), ok=True)
    district("airing", "import", str(tmp_path / "log.json"), ok=True)

    rows = {r["code"]: r for r in district.json("unit", "list", "--json")}
    assert list(rows) == ["HUYEN-DT", "XA-PX", "XA-TC"]
    tc = rows["XA-TC"]
    assert (tc["name"], tc["airings"], tc["first_day"], tc["last_day"]) == (
        "Xã Tân Cương",
        2,
        "2026-11-02",
        "2026-11-09",
    )
    assert tc["files"] == 1 and tc["last_file_day"] and tc["key"] == "trusted" and tc["not_reported"] is False
    assert (rows["XA-PX"]["airings"], rows["XA-PX"]["last_file_at"], rows["XA-PX"]["not_reported"]) == (0, None, True)
    assert rows["HUYEN-DT"]["is_self"] and not rows["HUYEN-DT"]["not_reported"]

    lines = district("unit", "list", ok=True).stdout.splitlines()
    assert lines[0].startswith("HUYEN-DT  Huyện Đại Từ  0 airings  no airings") and "(this unit)" in lines[0]
    assert "XA-PX" in lines[1] and "NOT REPORTED: no file in the last 14 days" in lines[1]
    assert "2 airings  2026-11-02 – 2026-11-09  last file: " in lines[2] and "NOT REPORTED" not in lines[2]
