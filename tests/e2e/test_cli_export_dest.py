"""`ledcast export` into a USB stick's root as an operator does it: the stick's
own folders are never replaced, playlists that slug alike keep their own
folders, `export list` points at the folders really written, bad values refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import Cli, cli  # noqa: F401 - the fixture


@pytest.fixture
def wav_id(cli: Cli, media_files) -> str:  # noqa: F811
    (mid,) = [str(m["id"]) for m in cli.json("media", "add", str(media_files.wav), "--json")["added"]]
    cli.approve(mid)
    return mid


def _speaker(cli: Cli, name: str, mid: str) -> None:  # noqa: F811
    cli("playlist", "add", name, "--kind", "speaker", ok=True)
    cli("playlist", "items", name, mid, ok=True)


def _stick(cli: Cli, *folders: str) -> Path:  # noqa: F811
    stick = cli.ws.parent / "stick"
    for name in folders:
        (stick / name).mkdir(parents=True)
        (stick / name / "bai-hat.mp3").write_bytes(b"the user's own song")
    stick.mkdir(exist_ok=True)
    return stick


def _playlist_name(folder: Path) -> str:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["playlist"]["name"]


def test_users_music_folder_is_kept(cli: Cli, wav_id: str) -> None:  # noqa: F811
    _speaker(cli, "Music", wav_id)
    stick = _stick(cli, "music", "Ảnh")
    res = cli.json("export", "speaker", "Music", "--out", str(stick), "--json")
    assert (stick / "music" / "bai-hat.mp3").read_bytes() == b"the user's own song"
    assert sorted(p.name for p in (stick / "music").iterdir()) == ["bai-hat.mp3"]
    assert Path(res["folder"]) == stick / "music-2" and res["renamed_from"] == str(stick / "music")
    assert _playlist_name(stick / "music-2") == "Music"
    text = cli("export", "speaker", "Music", "--out", str(stick), "--replace", ok=True).stdout
    assert "music-2" in text and "note:" in text  # the operator is told where it went, and why
    assert sorted(p.name for p in stick.iterdir()) == ["music", "music-2", "Ảnh"]  # replaced its own, no music-3
    rows = cli.json("export", "list", "--json")
    assert {r["folder"] for r in rows} == {str((stick / "music-2").resolve())}


def test_same_name_in_another_case_is_the_same_folder_on_a_stick(cli: Cli, wav_id: str) -> None:  # noqa: F811
    _speaker(cli, "Music", wav_id)
    stick = _stick(cli, "MUSIC")
    res = cli.json("export", "speaker", "Music", "--out", str(stick), "--json")
    assert Path(res["folder"]).name.casefold() != "music"  # FAT32/NTFS: "music" would be "MUSIC"
    assert sorted(p.name for p in (stick / "MUSIC").iterdir()) == ["bai-hat.mp3"]


def test_two_playlists_sharing_40_characters_both_survive(cli: Cli, wav_id: str) -> None:  # noqa: F811
    morning = "Tuyên truyền phòng chống dịch bệnh tháng 12 - buổi sáng"
    evening = "Tuyên truyền phòng chống dịch bệnh tháng 12 - buổi chiều"
    _speaker(cli, morning, wav_id)
    _speaker(cli, evening, wav_id)
    stick = _stick(cli, "Ảnh")
    a = Path(cli.json("export", "speaker", morning, "--out", str(stick), "--json")["folder"])
    b = Path(cli.json("export", "speaker", evening, "--out", str(stick), "--json")["folder"])
    again = Path(cli.json("export", "speaker", morning, "--out", str(stick), "--replace", "--json")["folder"])
    assert a != b and again == a
    assert (_playlist_name(a), _playlist_name(b)) == (morning, evening)
    rows = cli.json("export", "list", "--json")
    assert {(r["playlist"], r["folder"]) for r in rows} == {(morning, str(a.resolve())), (evening, str(b.resolve()))}
    for r in rows:
        assert _playlist_name(Path(r["folder"])) == r["playlist"]


def test_another_playlists_export_as_out_gets_a_sibling(cli: Cli, wav_id: str) -> None:  # noqa: F811
    _speaker(cli, "Sáng", wav_id)
    _speaker(cli, "Chiều", wav_id)
    usb = cli.ws.parent / "usb"
    cli("export", "speaker", "Sáng", "--out", str(usb), ok=True)
    res = cli.json("export", "speaker", "Chiều", "--out", str(usb), "--json")
    assert Path(res["folder"]) == cli.ws.parent / "usb-2" and res["notes"]
    assert (_playlist_name(usb), _playlist_name(cli.ws.parent / "usb-2")) == ("Sáng", "Chiều")


@pytest.mark.parametrize("name", ["CON", "aux."])
def test_reserved_names_give_safe_folder_and_file_names(cli: Cli, wav_id: str, name: str) -> None:  # noqa: F811
    _speaker(cli, name, wav_id)
    stick = _stick(cli, "Ảnh")
    res = cli.json("export", "speaker", name, "--out", str(stick), "--per-item", "--json")
    folder = Path(res["folder"])
    assert folder.parent == stick and folder.name == name.rstrip(".").lower() + "_"
    res = cli.json("export", "speaker", name, "--out", str(stick), "--replace", "--json")
    assert Path(res["folder"]) == folder
    for path in [folder, *folder.iterdir()]:
        assert path.name.split(".")[0].lower() not in {"con", "aux"} and not path.name.endswith((".", " "))


def test_empty_out_and_bad_fades_are_refused(cli: Cli, media_files) -> None:  # noqa: F811
    (png,) = [str(m["id"]) for m in cli.json("media", "add", str(media_files.png), "--json")["added"]]
    cli.approve(png)
    cli("playlist", "add", "Màn", "--kind", "screen", ok=True)
    cli("playlist", "items", "Màn", png, "--duration", "1", ok=True)
    before = sorted(p.name for p in cli.cwd.iterdir())
    for out in ("", "   "):
        bad = cli("export", "screen", "Màn", "--out", out, "--size", "192x96", ok=False)
        assert bad.stderr.startswith("ledcast: ") and len(bad.stderr.strip().splitlines()) == 1
        assert "empty" in bad.stderr
    assert sorted(p.name for p in cli.cwd.iterdir()) == before  # nothing written into the current folder
    usb = cli.ws.parent / "usb"
    neg = cli("export", "screen", "Màn", "--out", str(usb), "--size", "192x96", "--fade=-1", ok=False)
    assert "0 (no fade) or more" in neg.stderr and len(neg.stderr.strip().splitlines()) == 1
    long = cli("export", "screen", "Màn", "--out", str(usb), "--size", "192x96", "--fade", "0.8", ok=False)
    assert "longest fade possible here is 0.5 s" in long.stderr and len(long.stderr.strip().splitlines()) == 1
    assert not usb.exists()
    res = cli.json("export", "screen", "Màn", "--out", str(usb), "--size", "192x96", "--fade", "0.5", "--json")
    assert res["manifest"]["video"]["fade_s"] == 0.5
