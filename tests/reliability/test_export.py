"""Exports killed at the awkward moments of the swap, and two exports to one
destination at once: the destination always holds the old or the new complete
export (never nothing), whatever the next run does, and a second export fails
at once without touching the first one's work."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import time
from pathlib import Path

import pytest

from ledcast.core import export, library
from ledcast.core import playlist as pl
from ledcast.core.ffmpeg import Cancelled
from ledcast.core.startup import open_for_use

pytestmark = pytest.mark.usefixtures("approved_playlists")  # exports refuse items not approved

POSIX_ONLY = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kills and stops are POSIX signals here")


@pytest.fixture
def ws_path(tmp_path: Path, media_files) -> Path:  # type: ignore[no-untyped-def]
    """A workspace with a loudspeaker playlist "Sáng" of one 2 s tone."""
    path = tmp_path / "ws"
    ws = open_for_use(path)
    try:
        (m,) = library.import_files(ws, [media_files.wav]).added
        pl.create_playlist(ws, "Sáng", "speaker")
        pl.add_items(ws, "Sáng", [m.id])
    finally:
        ws.close()
    return path


def complete_export(folder: Path) -> dict:
    """The manifest of a whole export at `folder`: every listed file there with its SHA-256."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for f in manifest["files"]:
        assert hashlib.sha256((folder / f["name"]).read_bytes()).hexdigest() == f["sha256"], f["name"]
    return manifest


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}."))


def in_process(ws_path: Path, usb: Path, **kw) -> export.ExportResult:  # type: ignore[no-untyped-def]
    ws = open_for_use(ws_path)
    try:
        return export.export_speaker(ws, "Sáng", usb, **kw)
    finally:
        ws.close()


def killed_mid_swap(run_cli, ws: Path, usb: Path, point: str) -> tuple[dict, object]:  # type: ignore[no-untyped-def]
    """A first complete export, then a second (another loudness) killed in a child process at `point`."""
    first = in_process(ws, usb)
    killed = run_cli(ws, "export", "speaker", "Sáng", "--out", str(usb), "--lufs", "-20", "--replace", kill_at=point)
    assert killed.returncode != 0
    return first.manifest, killed


@POSIX_ONLY
def test_kill_between_the_renames_then_a_failing_export(run_cli, ws_path: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    old, _ = killed_mid_swap(run_cli, ws_path, usb, "export.swap")
    assert not usb.exists() and any(".ledcast-old-" in n for n in hidden(usb))  # the moment the issue names
    bad = run_cli(ws_path, "export", "speaker", "Sáng", "--out", str(usb), "--lufs", "-80")  # refused
    assert bad.returncode == 1 and "target_lufs" in bad.stderr
    new = complete_export(usb)  # the new export was complete: the swap was finished
    assert new["audio"]["target_lufs"] == -20 and new != old
    assert hidden(usb) == []


@POSIX_ONLY
def test_kill_between_the_renames_then_a_cancelled_export(run_cli, ws_path: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    killed_mid_swap(run_cli, ws_path, usb, "export.swap")
    with pytest.raises(Cancelled):
        in_process(ws_path, usb, lufs=-24, replace=True, cancel=lambda: True)
    assert complete_export(usb)["audio"]["target_lufs"] == -20 and hidden(usb) == []


@POSIX_ONLY
@pytest.mark.parametrize("point", ["export.journal", "export.swap", "export.placed"])
def test_kill_anywhere_in_the_swap_then_export_list(run_cli, ws_path: Path, tmp_path: Path, point: str) -> None:
    usb = tmp_path / "usb"
    old, _ = killed_mid_swap(run_cli, ws_path, usb, point)
    listed = run_cli(ws_path, "export", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert complete_export(usb)["audio"]["target_lufs"] in (old["audio"]["target_lufs"], -20)
    assert [r["folder"] for r in json.loads(listed.stdout)] in ([str(usb.resolve())], [str(usb.resolve())] * 2)
    in_process(ws_path, usb, lufs=-18, replace=True)
    assert complete_export(usb)["audio"]["target_lufs"] == -18 and hidden(usb) == []


@POSIX_ONLY
def test_a_killed_exports_lock_and_staging_do_not_block_the_next(run_cli, ws_path: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    killed = run_cli(ws_path, "export", "speaker", "Sáng", "--out", str(usb), kill_at="export.staging")
    assert killed.returncode != 0 and any(".ledcast-partial-" in n for n in hidden(usb))
    in_process(ws_path, usb)
    complete_export(usb)
    assert hidden(usb) == []


@POSIX_ONLY
def test_second_export_to_one_destination_fails_at_once(start_cli, run_cli, tmp_path: Path) -> None:
    from media_factory import make_mp4

    ws = tmp_path / "ws"
    clip = make_mp4(tmp_path, "long.mp4", seconds=20, size="640x360")
    w = open_for_use(ws)
    try:
        (m,) = library.import_files(w, [clip]).added
        pl.create_playlist(w, "Dài", "screen")
        pl.add_items(w, "Dài", [m.id])
    finally:
        w.close()
    usb = tmp_path / "usb"
    first = start_cli(ws, "export", "screen", "Dài", "--out", str(usb), "--size", "960x540")
    deadline = time.monotonic() + 60
    while not any(".ledcast-partial-" in n for n in hidden(usb)) and first.poll() is None:
        assert time.monotonic() < deadline, "the first export never started writing"
        time.sleep(0.02)
    os.kill(first.pid, signal.SIGSTOP)  # hold it mid-export, lock taken, whatever the machine's speed
    try:
        if first.poll() is not None or not any(".ledcast-partial-" in n for n in hidden(usb)):
            pytest.skip("the first export finished before it could be held")
        staging = [n for n in hidden(usb) if ".ledcast-partial-" in n]
        second = run_cli(ws, "export", "screen", "Dài", "--out", str(usb), "--size", "320x180")
        assert second.returncode == 1
        assert "Another export is writing to" in second.stderr and len(second.stderr.strip().splitlines()) == 1
        assert [n for n in hidden(usb) if ".ledcast-partial-" in n] == staging  # the first's work untouched
    finally:
        os.kill(first.pid, signal.SIGCONT)
    _out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert complete_export(usb)["video"]["width"] == 960 and hidden(usb) == []


@POSIX_ONLY
def test_export_list_never_deletes_a_folder_put_back_by_hand(run_cli, ws_path: Path, tmp_path: Path) -> None:
    usb = tmp_path / "st3"
    killed_mid_swap(run_cli, ws_path, usb, "export.swap")
    usb.mkdir()
    (usb / "IMPORTANT.txt").write_text("backup")
    listed = run_cli(ws_path, "export", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert (usb / "IMPORTANT.txt").read_text() == "backup" and os.listdir(usb) == ["IMPORTANT.txt"]
    kept = tmp_path / "st3-2"
    assert complete_export(kept)["audio"]["target_lufs"] == -20  # the new export, complete, beside it
    assert f"was kept in “{kept}”" in listed.stderr
    assert str(kept.resolve()) in [r["folder"] for r in json.loads(listed.stdout)]
    assert hidden(usb) == []


@POSIX_ONLY
@pytest.mark.parametrize("point", ["export.journal", "export.swap", "export.placed"])
def test_an_export_recovery_completed_is_in_the_history(run_cli, ws_path: Path, tmp_path: Path, point: str) -> None:
    usb = tmp_path / "usb"
    killed_mid_swap(run_cli, ws_path, usb, point)
    listed = run_cli(ws_path, "export", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert complete_export(usb)["audio"]["target_lufs"] == -20
    rows = json.loads(listed.stdout)
    assert [r["folder"] for r in rows] == [str(usb.resolve())] * 2 and rows[0]["kind"] == "speaker"
    again = json.loads(run_cli(ws_path, "export", "list", "--json").stdout)
    assert len(again) == 2  # recorded once


@POSIX_ONLY
@pytest.mark.parametrize("earlier", [False, True])
def test_export_list_clears_a_killed_exports_staging_and_lock(
    run_cli, ws_path: Path, tmp_path: Path, earlier: bool
) -> None:
    usb = tmp_path / "usb"
    if earlier:
        in_process(ws_path, usb)
    again = ("--replace",) if earlier else ()
    killed = run_cli(
        ws_path, "export", "speaker", "Sáng", "--out", str(usb), "--lufs", "-20", *again, kill_at="export.staging"
    )
    assert killed.returncode != 0 and any(".ledcast-partial-" in n for n in hidden(usb))
    assert any(n.endswith(".ledcast-lock") for n in hidden(usb))
    listed = run_cli(ws_path, "export", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert hidden(usb) == [] and usb.exists() == earlier
    assert len(json.loads(listed.stdout)) == int(earlier)


@POSIX_ONLY
def test_out_through_a_file_refused_before_rendering(run_cli, ws_path: Path, tmp_path: Path) -> None:
    (tmp_path / "a1.mp3").write_bytes(b"x")
    res = run_cli(
        ws_path, "export", "speaker", "Sáng", "--out", str(tmp_path / "a1.mp3" / "sub"), kill_at="export.staging"
    )  # a kill there would mean it got as far as writing
    assert res.returncode == 1 and res.stderr.strip() == f"ledcast: “{tmp_path / 'a1.mp3'}” is a file, not a folder."
