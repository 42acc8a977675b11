"""The media library under two processes at once and under kills at the awkward
moments of an import: a row never lacks its stored file or thumbnail, and
`media check` sees (and `--repair` clears) whatever a kill leaves behind."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from media_factory import make_png, make_wav

from ledcast.core import library
from ledcast.core.startup import open_for_use


def _rows(ws_path: Path) -> list:
    ws = open_for_use(ws_path)
    try:
        return library.list_media(ws)
    finally:
        ws.close()


def _assert_every_row_has_its_files(ws_path: Path) -> list:
    rows = _rows(ws_path)
    for m in rows:
        assert (ws_path / m.store_path).is_file(), (m.id, m.title, m.store_path)
        assert (ws_path / m.store_path).stat().st_size == m.size_bytes
        assert m.thumb_path and (ws_path / m.thumb_path).is_file(), m.thumb_path
    return rows


def _check(run_cli, ws: Path, *args: str) -> dict:  # type: ignore[no-untyped-def]
    res = run_cli(ws, "media", "check", "--json", *args)
    assert "Traceback" not in res.stderr, res.stderr
    return json.loads(res.stdout)


def _sources(tmp_path: Path) -> tuple[list[Path], list[Path], int]:
    """Two overlapping sets (same files, and the same content under other names)."""
    src = tmp_path / "src"
    src.mkdir()
    files = [make_wav(src, f"tone{i}.wav", seconds=1.0, freq=300 + 100 * i) for i in range(4)]
    files += [make_png(src, f"pic{i}.png", size=(320, 180), color=(40 * i, 90, 200)) for i in range(3)]
    copy = src / "sub"
    copy.mkdir()
    twins = [Path(shutil.copy(f, copy / f"twin-{f.name}")) for f in files[::2]]
    first = files[:5] + twins[:2]
    second = twins[1:] + files[2:] + files[:1]  # overlaps the first, in another order
    return first, second, len(files)


def test_two_processes_importing_overlapping_files(  # type: ignore[no-untyped-def]
    tmp_path: Path, run_cli, start_cli
) -> None:
    ws = tmp_path / "ws"
    assert run_cli(ws, "media", "list").returncode == 0  # the workspace exists before the race
    first, second, distinct = _sources(tmp_path)
    # round 0: the same files in the same order (the two run in step: same temporaries, same
    # commits); round 1: other orders, over duplicates and lost files to restore
    for sets in ((first, first), (first, second)):
        a = start_cli(ws, "media", "add", "--json", *map(str, sets[0]))
        b = start_cli(ws, "media", "add", "--json", *map(str, sets[1]))
        outs = [p.communicate(timeout=180) for p in (a, b)]
        for proc, (out, err) in zip((a, b), outs):
            assert "Traceback" not in err, err
            assert proc.returncode == 0, err
            assert json.loads(out)["failed"] == []
        rows = _assert_every_row_has_its_files(ws)
        assert len(rows) == (distinct if sets[1] is second else 5)  # `first` holds 5 distinct contents
        assert _check(run_cli, ws)["clean"] is True
        # lose one stored file and one thumbnail: the next round's imports restore them
        (ws / rows[0].store_path).unlink()
        (ws / rows[1].thumb_path).unlink()
    assert run_cli(ws, "media", "add", *map(str, first + second)).returncode == 0  # restores the last round's losses
    _assert_every_row_has_its_files(ws)
    assert _check(run_cli, ws)["clean"] is True


def test_kill_after_the_file_moved_in_before_the_commit(  # type: ignore[no-untyped-def]
    tmp_path: Path, run_cli
) -> None:
    """The file is in place, the row never committed: a file without a row, which
    check reports and repair removes; importing again works."""
    ws = tmp_path / "ws"
    wav = make_wav(tmp_path, "kill.wav", seconds=1.0)
    res = run_cli(ws, "media", "add", str(wav), kill_at="import.before_commit")
    assert res.returncode != 0
    assert _rows(ws) == []
    report = _check(run_cli, ws)
    assert len(report["orphans"]) == 2  # the stored file and its thumbnail
    assert run_cli(ws, "media", "check").returncode == 1
    repaired = _check(run_cli, ws, "--repair")
    assert sorted(repaired["removed"]) == sorted(report["orphans"])
    assert _check(run_cli, ws)["clean"] is True
    assert run_cli(ws, "media", "add", str(wav)).returncode == 0
    assert len(_assert_every_row_has_its_files(ws)) == 1


def test_kill_between_the_row_removal_and_the_file_removal(  # type: ignore[no-untyped-def]
    tmp_path: Path, run_cli
) -> None:
    from ledcast.core.testhooks import ENV

    ws = tmp_path / "ws"
    wav = make_wav(tmp_path, "gone.wav", seconds=1.0)
    assert run_cli(ws, "media", "add", str(wav)).returncode == 0
    (m,) = _rows(ws)
    # the GUI removes items; here the same core call runs in a child process
    import os
    import subprocess
    import sys

    import ledcast

    env = dict(os.environ, LEDCAST_LANG="en", **{ENV: "remove.before_unlink"})
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(Path(ledcast.__file__).parent.parent), env.get("PYTHONPATH")])
    )
    code = (
        "import sys; from ledcast.core import library; from ledcast.core.startup import open_for_use;"
        f"library.remove_media(open_for_use(sys.argv[1]), {m.id})"
    )
    res = subprocess.run([sys.executable, "-c", code, str(ws)], env=env, capture_output=True, timeout=60)
    assert res.returncode != 0
    assert _rows(ws) == []
    assert (ws / m.store_path).is_file()  # the row went first: the file is an orphan, not a lost file
    assert sorted(_check(run_cli, ws, "--repair")["removed"]) == sorted([m.store_path, m.thumb_path])
    assert not (ws / m.store_path).exists()
