"""The command line end to end: `python -m ledcast --workspace WS ...` in a
subprocess, checked against its output and against the workspace read back
through the core API."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ledcast
from ledcast.core import library, units
from ledcast.core import outlets as outlets_mod
from ledcast.core import plan as plan_mod
from ledcast.core.startup import open_for_use

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
        res = subprocess.run(
            [sys.executable, "-m", "ledcast", "--workspace", str(self.ws), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=self.cwd,
            timeout=120,
        )
        if ok is True:
            assert res.returncode == 0, f"{args}: rc={res.returncode}\n{res.stderr}"
        elif ok is False:
            assert res.returncode != 0, f"{args}: expected failure\n{res.stdout}"
        return res

    def json(self, *args: str) -> object:
        return json.loads(self(*args, ok=True).stdout)

    def approve(self, *media_ids: str) -> None:
        """As the commune leader signs items off: exports refuse items not approved."""
        self("media", "approve", *media_ids, "--by", "Chủ tịch UBND xã", ok=True)

    def open(self):  # type: ignore[no-untyped-def]
        return open_for_use(self.ws)

    # Reads through the core API in this process (fast, and independent of the CLI's printing).

    def plan_doc(self, code: str | None = None) -> dict:
        ws = self.open()
        try:
            return plan_mod.plan_to_dict(plan_mod.get_plan(ws, code))
        finally:
            ws.close()

    def outlets(self) -> list:
        ws = self.open()
        try:
            return outlets_mod.list_outlets(ws)
        finally:
            ws.close()

    def media(self, **filters: str) -> list:
        ws = self.open()
        try:
            return library.list_media(ws, **filters)
        finally:
            ws.close()


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
    assert [(t["scope"], t["per"], t["min"], t["max"]) for t in loud] == [("each_task", "period", 1, 5)]
    web = [t for t in doc["targets"] if t["channel"] == "website"]
    assert [(t["per"], t["min"], t["max"]) for t in web] == [("month", 1, 3)]
    mass = [t for t in doc["targets"] if t["channel"] == "mass_media"]
    assert {(t["per"], t["min"], t["max"]) for t in mass} == {("week", 1, 1), ("period", 5, 5), ("event", 1, 2)}
    assert all((t["start"], t["end"]) == ("2024-11-01", "2024-12-31") for t in mass if t["per"] == "week")
    assert [k["date"] for k in doc["key_dates"]] == ["10-10", "12-31"]
    # The CLI prints exactly what the core holds.
    assert {k: v for k, v in doc.items() if k != "active"} == cli.plan_doc()


def test_plan_show_text(cli: Cli) -> None:
    out = cli("plan", "show", ok=True).stdout
    assert DEFAULT_CODE in out
    assert "01/11/2024" in out and "31/12/2025" in out
    for i in range(1, 9):
        assert f"NV{i}" in out
    assert "tổng đài 1022" in out
    assert "10/10" in out and "31/12" in out


def test_plan_show_unknown_code(cli: Cli) -> None:
    res = cli("plan", "show", "--plan", "NOPE", ok=False)
    assert res.returncode == 1
    lines = _stderr_lines(res)
    assert len(lines) == 1 and lines[0].startswith("ledcast: ") and "NOPE" in lines[0]


# --- plan export / import ----------------------------------------------------------------


def test_plan_export_import_round_trip(cli: Cli, tmp_path: Path) -> None:
    before = cli.plan_doc()
    out = tmp_path / "plan.json"
    res = cli("plan", "export", str(out), ok=True)
    assert DEFAULT_CODE in res.stdout
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported == before

    res = cli("plan", "import", str(out), ok=True)
    assert DEFAULT_CODE in res.stdout and "8" in res.stdout
    assert cli.plan_doc() == before

    # A modified copy under a new code becomes a second plan; the first is untouched.
    exported["code"] = "TN-CDS-2026-2030"
    exported["name"] = "Kế hoạch 2026–2030"
    exported["period"] = {"start": "2026-01-01", "end": "2030-12-31"}
    new = tmp_path / "next.json"
    new.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    cli("plan", "import", str(new), ok=True)
    assert cli.plan_doc(DEFAULT_CODE) == before
    shown = cli.json("plan", "show", "--json")  # the newest active plan
    assert shown["code"] == "TN-CDS-2026-2030"
    assert shown["name"] == "Kế hoạch 2026–2030"
    assert [t["code"] for t in shown["tasks"]] == [f"NV{i}" for i in range(1, 9)]


@pytest.mark.parametrize("kind", ["not_json", "dup_task", "max_below_min", "missing_file"])
def test_plan_import_malformed(cli: Cli, tmp_path: Path, kind: str) -> None:
    before = cli.plan_doc()
    bad = tmp_path / "bad.json"
    expect = {
        "not_json": "not valid JSON",
        "dup_task": "tasks[2].code",
        "max_below_min": "targets[0].max",
        "missing_file": "Cannot read the plan file",
    }[kind]
    if kind == "not_json":
        bad.write_text("{ this is not json", encoding="utf-8")
    elif kind != "missing_file":
        doc = copy.deepcopy(before)
        doc["name"] = "MUST NOT BE STORED"
        if kind == "dup_task":
            doc["tasks"][2]["code"] = "NV1"
        else:
            doc["targets"][0]["min"], doc["targets"][0]["max"] = 4, 2
        bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    res = cli("plan", "import", str(bad), ok=False)
    assert res.returncode == 1
    assert res.stdout == ""
    lines = _stderr_lines(res)
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("ledcast: ")
    assert expect in lines[0]
    assert cli.plan_doc() == before
    assert [p.code for p in _plans(cli)] == [DEFAULT_CODE]


def _plans(cli: Cli) -> list:
    ws = cli.open()
    try:
        return plan_mod.list_plans(ws)
    finally:
        ws.close()


# --- unit, outlets ------------------------------------------------------------------------


def test_unit_set(cli: Cli) -> None:
    res = cli("unit", "set", "--code", "XA-TANCUONG", "--name", "Xã Tân Cương", "--parent", "TN", ok=True)
    assert "XA-TANCUONG" in res.stdout and "Xã Tân Cương" in res.stdout
    ws = cli.open()
    try:
        u = units.self_unit(ws)
        assert (u.code, u.name, u.parent_code, u.is_self) == ("XA-TANCUONG", "Xã Tân Cương", "TN", True)
    finally:
        ws.close()

    res = cli("unit", "set", "--code", "X", "--name", "  ", ok=False)
    assert len(_stderr_lines(res)) == 1
    ws = cli.open()
    try:
        assert units.self_unit(ws).code == "XA-TANCUONG"
    finally:
        ws.close()


def test_outlet_add_and_list(cli: Cli) -> None:
    res = cli("outlet", "add", "Bảng LED cổng UBND", "--kind", "screen", "--size", "384x192", ok=True)
    assert "Bảng LED cổng UBND" in res.stdout
    data = cli.json("outlet", "add", "Loa thôn Đồng Kem", "--kind", "speaker", "--json")
    assert (data["kind"], data["width"], data["height"], data["fps"]) == ("speaker", None, None, None)

    listed = {o["name"]: o for o in cli.json("outlet", "list", "--json")}
    assert set(listed) == {"Bảng LED cổng UBND", "Loa thôn Đồng Kem"}
    led = listed["Bảng LED cổng UBND"]
    assert (led["kind"], led["width"], led["height"], led["fps"]) == ("screen", 384, 192, 25.0)
    assert list(led) == ["id", "name", "kind", "width", "height", "fps", "location"]

    stored = {o.name: o for o in cli.outlets()}
    assert (stored["Bảng LED cổng UBND"].width, stored["Bảng LED cổng UBND"].height) == (384, 192)
    assert stored["Loa thôn Đồng Kem"].kind == "speaker"


@pytest.mark.parametrize(
    "args,needle",
    [
        (("--kind", "screen", "--size", "384by192"), "384by192"),
        (("--kind", "screen"), "--size"),  # a screen needs its size
        (("--kind", "screen", "--size", "384x192", "--fps", "500"), "frame rate"),
    ],
    ids=["bad_size", "no_size", "bad_fps"],
)
def test_outlet_add_refused(cli: Cli, args: tuple[str, ...], needle: str) -> None:
    res = cli("outlet", "add", "Bảng", *args, ok=False)
    assert res.returncode == 1
    lines = _stderr_lines(res)
    assert len(lines) == 1 and lines[0].startswith("ledcast: ")
    assert needle in lines[0]
    assert cli.outlets() == []


def test_outlet_add_duplicate_name_and_bad_kind(cli: Cli) -> None:
    cli("outlet", "add", "Loa 1", "--kind", "speaker", ok=True)
    res = cli("outlet", "add", "Loa 1", "--kind", "speaker", ok=False)
    assert res.returncode == 1
    assert len(_stderr_lines(res)) == 1 and "Loa 1" in res.stderr
    res = cli("outlet", "add", "X", "--kind", "radio", ok=False)
    assert res.returncode == 2  # argparse usage error
    assert [o.name for o in cli.outlets()] == ["Loa 1"]


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
    assert (a["original_name"], a["title"]) == ("tone.wav", "tone")
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

    # The same files again: nothing added, three duplicates, the two failures again.
    res = cli("media", "add", *map(str, files), "--json")
    assert res.returncode == 1
    again = json.loads(res.stdout)
    assert again["added"] == [] and again["ids"] == []
    assert len(again["duplicates"]) == 3
    assert sorted(d["id"] for d in again["duplicates"]) == sorted(report["ids"])
    assert len(again["failed"]) == 2
    assert len(cli.media()) == 3
    assert [p for p in cli.ws.rglob(".incoming-*")] == []


def test_media_add_human_output(cli: Cli, media_files) -> None:
    res = cli("media", "add", str(media_files.wav), str(media_files.empty_mp3))
    assert res.returncode == 1
    assert "added 1: tone" in res.stdout
    assert "1 added, 0 duplicates, 1 failed." in res.stdout
    assert _stderr_lines(res) == ["empty.mp3: The file is empty (0 bytes)."]

    res = cli("media", "add", str(media_files.wav), ok=True)  # all fine (a duplicate): exit 0
    assert "already in the library as 1" in res.stdout
    assert "0 added, 1 duplicates, 0 failed." in res.stdout
    assert res.stderr == ""


def test_media_list_task_filter(cli: Cli, media_files) -> None:
    tagged = cli.json("media", "add", str(media_files.wav), str(media_files.png), "--task", "NV3", "--json")
    other = cli.json("media", "add", str(media_files.mp4), "--task", "NV1,nv8", "--json")
    assert all(m["tasks"] == ["NV3"] for m in tagged["added"])
    assert other["added"][0]["tasks"] == ["NV1", "NV8"]

    nv3 = cli.json("media", "list", "--task", "NV3", "--json")
    assert sorted(m["id"] for m in nv3) == sorted(tagged["ids"])
    assert all(m["tasks"] == ["NV3"] for m in nv3)

    assert sorted(m.id for m in cli.media(task="NV3")) == sorted(tagged["ids"])
    assert [m.id for m in cli.media(task="NV8")] == other["ids"]
    assert cli.media(task="NV2") == []


def test_media_add_unknown_task_copies_nothing(cli: Cli, media_files) -> None:
    res = cli("media", "add", str(media_files.wav), "--task", "NV42", ok=False)
    lines = _stderr_lines(res)
    assert len(lines) == 1 and lines[0].startswith("ledcast: ") and "NV42" in lines[0]
    assert cli.media() == []
    assert [p for p in (cli.ws / "media").rglob("*") if p.is_file()] == []


def test_media_tag_and_approve(cli: Cli, media_files) -> None:
    ws = cli.open()
    try:
        ids = [m.id for m in library.import_files(ws, [media_files.wav, media_files.png]).added]
    finally:
        ws.close()
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
    assert len(_stderr_lines(res)) == 1 and "999" in res.stderr


# --- language -----------------------------------------------------------------------------


def test_zero_byte_error_language(cli: Cli, media_files) -> None:
    vi = cli("media", "add", str(media_files.empty_mp3), lang="vi")
    assert vi.returncode == 1
    lines = _stderr_lines(vi)
    assert len(lines) == 1 and lines[0].startswith("empty.mp3: ")
    if not VI_TS.exists():
        pytest.skip(f"no Vietnamese catalogue at {VI_TS.relative_to(REPO_ROOT)}: English fallback only")
    assert "The file is empty" not in lines[0]
    assert any(ord(c) > 127 for c in lines[0])  # Vietnamese diacritics
