"""The command line end to end: `python -m ledcast --workspace WS ...` in a
subprocess, checked against its output and against the workspace read back
through the core API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ledcast
from ledcast.core import library, units
from ledcast.core import plan as plan_mod
from ledcast.core.workspace import open_workspace

REPO_ROOT = Path(ledcast.__file__).resolve().parent.parent
VI_TS = REPO_ROOT / "ledcast" / "resources" / "translations" / "ledcast_vi.ts"
DEFAULT_CODE = "TN-CDS-2024-2025"


class Cli:
    def __init__(self, ws: Path, cwd: Path) -> None:
        self.ws = ws
        self.cwd = cwd

    def __call__(self, *args: str, lang: str = "en", ok: bool | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
        env["LEDCAST_LANG"] = lang
        env.pop("LEDCAST_WORKSPACE", None)
        res = subprocess.run([sys.executable, "-m", "ledcast", "--workspace", str(self.ws), *args],
                             capture_output=True, text=True, encoding="utf-8", env=env, cwd=self.cwd,
                             timeout=120)
        if ok is True:
            assert res.returncode == 0, f"{args}: rc={res.returncode}\n{res.stderr}"
        elif ok is False:
            assert res.returncode != 0, f"{args}: expected failure\n{res.stdout}"
        return res

    def json(self, *args: str) -> object:
        return json.loads(self(*args, ok=True).stdout)

    def open(self):  # type: ignore[no-untyped-def]
        return open_workspace(self.ws)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "ws", tmp_path)


def _stderr_lines(res: subprocess.CompletedProcess[str]) -> list[str]:
    return [ln for ln in res.stderr.splitlines() if ln.strip()]


# --- basics --------------------------------------------------------------------------


def test_version(cli: Cli) -> None:
    res = cli("--version", ok=True)
    assert res.stdout.strip() == f"ledcast {ledcast.__version__}"


def test_plan_show_json(cli: Cli) -> None:
    doc = cli.json("plan", "show", "--json")
    assert doc["code"] == DEFAULT_CODE
    assert doc["active"] is True
    assert doc["period"] == {"start": "2024-11-01", "end": "2025-12-31"}
    assert [t["code"] for t in doc["tasks"]] == [f"NV{i}" for i in range(1, 9)]
    titles = {t["code"]: t["title"] for t in doc["tasks"]}
    assert "tổng đài 1022" in titles["NV2"]
    assert "AI" in titles["NV8"]
    loud = [t for t in doc["targets"] if t["channel"] == "loudspeaker"]
    assert [(t["scope"], t["min"], t["max"]) for t in loud] == [("each_task", 1, 5)]
    web = [t for t in doc["targets"] if t["channel"] == "website"]
    assert [(t["per"], t["min"], t["max"]) for t in web] == [("month", 1, 3)]
    assert {(t["min"], t["max"]) for t in doc["targets"] if t["channel"] == "mass_media"} == {(1, 1), (5, 5), (1, 2)}
    assert [k["date"] for k in doc["key_dates"]] == ["10-10", "12-31"]


def test_plan_show_text(cli: Cli) -> None:
    out = cli("plan", "show", ok=True).stdout
    assert DEFAULT_CODE in out
    assert "01/11/2024" in out and "31/12/2025" in out
    for i in range(1, 9):
        assert f"NV{i}" in out
    assert "10/10" in out and "31/12" in out


def test_plan_show_unknown_code(cli: Cli) -> None:
    res = cli("plan", "show", "--plan", "NOPE", ok=False)
    assert res.returncode == 1
    lines = _stderr_lines(res)
    assert len(lines) == 1 and "NOPE" in lines[0]


# --- plan export / import ----------------------------------------------------------------


def test_plan_export_import_round_trip(cli: Cli, tmp_path: Path) -> None:
    before = cli.json("plan", "show", "--json")
    out = tmp_path / "plan.json"
    res = cli("plan", "export", str(out), ok=True)
    assert DEFAULT_CODE in res.stdout
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported == {k: v for k, v in before.items() if k != "active"}

    res = cli("plan", "import", str(out), ok=True)
    assert DEFAULT_CODE in res.stdout and "8" in res.stdout
    assert cli.json("plan", "show", "--json") == before

    # A modified copy under a new code becomes a second plan.
    exported["code"] = "TN-CDS-2026-2030"
    exported["name"] = "Kế hoạch 2026–2030"
    exported["period"] = {"start": "2026-01-01", "end": "2030-12-31"}
    new = tmp_path / "next.json"
    new.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    cli("plan", "import", str(new), ok=True)
    assert cli.json("plan", "show", "--json", "--plan", DEFAULT_CODE) == before
    shown = cli.json("plan", "show", "--json")  # newest active plan
    assert shown["code"] == "TN-CDS-2026-2030"
    assert shown["name"] == "Kế hoạch 2026–2030"


@pytest.mark.parametrize("kind", ["not_json", "dup_task", "max_below_min"])
def test_plan_import_malformed(cli: Cli, tmp_path: Path, kind: str) -> None:
    before = cli.json("plan", "show", "--json")
    bad = tmp_path / "bad.json"
    if kind == "not_json":
        bad.write_text("{ this is not json", encoding="utf-8")
        field = None
    else:
        doc = {k: v for k, v in before.items() if k != "active"}
        doc["name"] = "MUST NOT BE STORED"
        if kind == "dup_task":
            doc["tasks"][2]["code"] = "NV1"
            field = "tasks[2].code"
        else:
            doc["targets"][0]["min"], doc["targets"][0]["max"] = 4, 2
            field = "targets[0].max"
        bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    res = cli("plan", "import", str(bad), ok=False)
    assert res.returncode == 1
    lines = _stderr_lines(res)
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("ledcast: ")
    assert "Traceback" not in res.stderr
    if field:
        assert field in lines[0]
    else:
        assert "not valid JSON" in lines[0]
    assert cli.json("plan", "show", "--json") == before


def test_plan_import_missing_file(cli: Cli, tmp_path: Path) -> None:
    res = cli("plan", "import", str(tmp_path / "nowhere.json"), ok=False)
    assert len(_stderr_lines(res)) == 1


# --- unit, outlets ------------------------------------------------------------------------


def test_unit_set(cli: Cli) -> None:
    res = cli("unit", "set", "--code", "XA-TANCUONG", "--name", "Xã Tân Cương", ok=True)
    assert "XA-TANCUONG" in res.stdout and "Xã Tân Cương" in res.stdout
    cli("unit", "set", "--code", "XA-PHUCXUAN", "--name", "Xã Phúc Xuân", "--parent", "TN", ok=True)
    ws = cli.open()
    try:
        u = units.self_unit(ws)
        assert (u.code, u.name, u.parent_code, u.is_self) == ("XA-PHUCXUAN", "Xã Phúc Xuân", "TN", True)
    finally:
        ws.close()


def test_unit_set_empty_name(cli: Cli) -> None:
    res = cli("unit", "set", "--code", "X", "--name", "  ", ok=False)
    assert len(_stderr_lines(res)) == 1


def test_outlet_add_and_list(cli: Cli) -> None:
    res = cli("outlet", "add", "Bảng LED cổng UBND", "--kind", "screen", "--size", "384x192", ok=True)
    assert "Bảng LED cổng UBND" in res.stdout
    cli("outlet", "add", "Loa thôn Đồng Kem", "--kind", "speaker", ok=True)
    data = cli.json("outlet", "add", "Màn hình dọc", "--kind", "screen", "--size", "64×256", "--fps", "30",
                    "--json")
    assert (data["width"], data["height"], data["fps"]) == (64, 256, 30.0)

    outlets = {o["name"]: o for o in cli.json("outlet", "list", "--json")}
    assert set(outlets) == {"Bảng LED cổng UBND", "Loa thôn Đồng Kem", "Màn hình dọc"}
    led = outlets["Bảng LED cổng UBND"]
    assert (led["kind"], led["width"], led["height"], led["fps"]) == ("screen", 384, 192, 25.0)
    spk = outlets["Loa thôn Đồng Kem"]
    assert (spk["kind"], spk["width"], spk["height"], spk["fps"]) == ("speaker", None, None, None)


@pytest.mark.parametrize("args", [
    ("--kind", "screen", "--size", "384by192"),
    ("--kind", "screen", "--size", "0x0"),
    ("--kind", "screen"),  # a screen needs its size
    ("--kind", "screen", "--size", "384x192", "--fps", "500"),
], ids=["bad_size", "zero_size", "no_size", "bad_fps"])
def test_outlet_add_refused(cli: Cli, args: tuple[str, ...]) -> None:
    res = cli("outlet", "add", "Bảng", *args, ok=False)
    assert res.returncode == 1
    lines = _stderr_lines(res)
    assert len(lines) == 1 and lines[0].startswith("ledcast: ")
    if "--size" in args:
        size = args[args.index("--size") + 1]
        if size != "384x192":
            assert size in lines[0]
    assert cli.json("outlet", "list", "--json") == []


def test_outlet_add_duplicate_name(cli: Cli) -> None:
    cli("outlet", "add", "Loa 1", "--kind", "speaker", ok=True)
    res = cli("outlet", "add", "Loa 1", "--kind", "speaker", ok=False)
    assert len(_stderr_lines(res)) == 1 and "Loa 1" in res.stderr
    assert len(cli.json("outlet", "list", "--json")) == 1


def test_outlet_bad_kind_is_a_usage_error(cli: Cli) -> None:
    res = cli("outlet", "add", "X", "--kind", "radio", ok=False)
    assert res.returncode == 2  # argparse


# --- media ---------------------------------------------------------------------------------


def test_media_add_list_and_duplicates(cli: Cli, media_files) -> None:
    files = [media_files.wav, media_files.png, media_files.mp4, media_files.empty_mp3, media_files.truncated_mp4]
    res = cli("media", "add", *map(str, files), "--json")
    assert res.returncode == 1, res.stderr  # some files failed
    report = json.loads(res.stdout)
    assert len(report["added"]) == 3
    assert report["ids"] == [m["id"] for m in report["added"]]
    assert report["duplicates"] == []
    failed = {Path(f["file"]).name: f["error"] for f in report["failed"]}
    assert set(failed) == {"empty.mp3", "trunc.mp4"}
    assert failed["empty.mp3"] == "The file is empty (0 bytes)."
    assert failed["trunc.mp4"].startswith("The file is damaged or incomplete")

    listed = {m["kind"]: m for m in cli.json("media", "list", "--json")}
    assert set(listed) == {"audio", "image", "video"}
    a, i, v = listed["audio"], listed["image"], listed["video"]
    assert a["duration_s"] == pytest.approx(2.0, abs=0.1)
    assert (a["audio_codec"], a["sample_rate"], a["channels"]) == ("pcm_s16le", 44100, 1)
    assert (i["width"], i["height"]) == (640, 360)
    assert v["duration_s"] == pytest.approx(3.0, abs=0.1)
    assert (v["video_codec"], v["audio_codec"], v["width"], v["height"]) == ("h264", "aac", 320, 240)
    assert v["fps"] == pytest.approx(25.0)
    assert sorted(m["id"] for m in listed.values()) == sorted(report["ids"])
    for m in listed.values():
        assert m["approval"] == "pending" and m["tasks"] == []

    # The store and the DB agree with what the CLI printed.
    ws = cli.open()
    try:
        for m in listed.values():
            stored = ws.path(m["store_path"])
            assert stored.is_file() and stored.stat().st_size == m["size_bytes"]
            assert library.get_media(ws, m["id"]).sha256 == m["sha256"]
    finally:
        ws.close()

    # The same files again: nothing added, three duplicates, two failures again.
    res = cli("media", "add", *map(str, files), "--json")
    assert res.returncode == 1
    again = json.loads(res.stdout)
    assert again["added"] == [] and again["ids"] == []
    assert len(again["duplicates"]) == 3
    assert sorted(d["id"] for d in again["duplicates"]) == sorted(report["ids"])
    assert len(again["failed"]) == 2
    assert len(cli.json("media", "list", "--json")) == 3


def test_media_add_human_output(cli: Cli, media_files) -> None:
    res = cli("media", "add", str(media_files.wav), str(media_files.empty_mp3))
    assert res.returncode == 1
    assert "added 1: tone" in res.stdout
    assert "1 added, 0 duplicates, 1 failed." in res.stdout
    lines = _stderr_lines(res)
    assert lines == ["empty.mp3: The file is empty (0 bytes)."]

    res = cli("media", "add", str(media_files.wav), ok=True)
    assert "already in the library as 1" in res.stdout
    assert "0 added, 1 duplicates, 0 failed." in res.stdout


def test_media_add_all_good_exits_zero(cli: Cli, media_files) -> None:
    res = cli("media", "add", str(media_files.png), "--json", ok=True)
    assert len(json.loads(res.stdout)["ids"]) == 1


def test_media_list_task_filter(cli: Cli, media_files) -> None:
    tagged = cli.json("media", "add", str(media_files.wav), str(media_files.png), "--task", "NV3", "--json")
    other = cli.json("media", "add", str(media_files.mp4), "--task", "NV1,NV8", "--json")
    assert all(m["tasks"] == ["NV3"] for m in tagged["added"])
    assert other["added"][0]["tasks"] == ["NV1", "NV8"]

    nv3 = cli.json("media", "list", "--task", "NV3", "--json")
    assert sorted(m["id"] for m in nv3) == sorted(tagged["ids"])
    assert [m["id"] for m in cli.json("media", "list", "--task", "NV8", "--json")] == other["ids"]
    assert cli.json("media", "list", "--task", "NV2", "--json") == []
    assert [m["kind"] for m in cli.json("media", "list", "--task", "NV3", "--kind", "image", "--json")] == ["image"]

    ws = cli.open()
    try:
        assert sorted(m.id for m in library.list_media(ws, task="NV3")) == sorted(tagged["ids"])
    finally:
        ws.close()


def test_media_add_unknown_task_copies_nothing(cli: Cli, media_files) -> None:
    res = cli("media", "add", str(media_files.wav), "--task", "NV42", ok=False)
    lines = _stderr_lines(res)
    assert len(lines) == 1 and "NV42" in lines[0]
    assert cli.json("media", "list", "--json") == []
    media_dir = cli.ws / "media"
    assert [p for p in media_dir.rglob("*") if p.is_file()] == []


def test_media_tag_and_approve(cli: Cli, media_files) -> None:
    ids = cli.json("media", "add", str(media_files.wav), str(media_files.png), "--json")["ids"]
    cli("media", "tag", str(ids[0]), "--task", "NV5", ok=True)
    cli("media", "approve", *map(str, ids), "--by", "Chủ tịch xã", ok=True)
    cli("media", "approve", str(ids[1]), "--reject", ok=True)
    ws = cli.open()
    try:
        first, second = library.get_media(ws, ids[0]), library.get_media(ws, ids[1])
        assert [t.code for t in first.tasks] == ["NV5"]
        assert (first.approval, first.approved_by) == ("approved", "Chủ tịch xã")
        assert second.approval == "rejected"
    finally:
        ws.close()
    res = cli("media", "approve", "999", ok=False)
    assert len(_stderr_lines(res)) == 1


# --- language -----------------------------------------------------------------------------


def test_zero_byte_error_language(cli: Cli, media_files) -> None:
    en = cli("media", "add", str(media_files.empty_mp3), lang="en")
    assert en.returncode == 1
    assert _stderr_lines(en) == ["empty.mp3: The file is empty (0 bytes)."]

    vi = cli("media", "add", str(media_files.empty_mp3), lang="vi")
    assert vi.returncode == 1
    lines = _stderr_lines(vi)
    assert len(lines) == 1 and lines[0].startswith("empty.mp3: ")
    if not VI_TS.exists():
        pytest.skip(f"no Vietnamese catalogue at {VI_TS.relative_to(REPO_ROOT)}: English fallback only")
    assert "The file is empty" not in lines[0]
    assert any(ord(c) > 127 for c in lines[0])  # Vietnamese diacritics


def test_default_plan_is_the_same_through_core_and_cli(cli: Cli) -> None:
    shown = cli.json("plan", "show", "--json")
    ws = cli.open()
    try:
        doc = plan_mod.plan_to_dict(plan_mod.get_plan(ws))
    finally:
        ws.close()
    assert {k: v for k, v in shown.items() if k != "active"} == doc
