"""`ledcast media …` for issue 8: empty values refused, picture bombs and unreadable
files reported per file, `media check [--repair]`, lost files restored by `media add`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from media_factory import make_png, make_png_bomb, make_wav

import ledcast

REPO_ROOT = Path(ledcast.__file__).resolve().parent.parent


def _cli(ws: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LEDCAST_LANG="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.pop("LEDCAST_WORKSPACE", None)
    return subprocess.run(
        [sys.executable, "-m", "ledcast", "--workspace", str(ws), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )


def _one_line_error(res: subprocess.CompletedProcess[str], needle: str) -> None:
    assert res.returncode in (1, 2), res.stdout  # 2: refused by the command line parser
    assert "Traceback" not in res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("ledcast: ") and needle in lines[0], res.stderr


def test_empty_values_are_errors(tmp_path: Path) -> None:
    ws, src = tmp_path / "ws", tmp_path / "src"
    src.mkdir()
    make_wav(src, "tone.wav", seconds=1.0)
    # run from a folder full of media: "" must not import it
    _one_line_error(_cli(ws, "media", "add", "", cwd=src), "argument FILE: must not be empty")
    _one_line_error(_cli(ws, "media", "add", " ", cwd=src), "argument FILE: must not be empty")
    assert json.loads(_cli(ws, "media", "list", "--json", cwd=src).stdout) == []
    added = json.loads(_cli(ws, "media", "add", "--json", "--task", "NV1", "tone.wav", cwd=src).stdout)
    mid = str(added["ids"][0])
    _one_line_error(_cli(ws, "media", "tag", mid, "--task", "", cwd=src), "argument --task: must not be empty")
    _one_line_error(_cli(ws, "media", "tag", mid, "--task", " , ", cwd=src), "argument --task: must not be empty")
    _one_line_error(_cli(ws, "media", "tag", mid, cwd=src), "No task given")
    _one_line_error(_cli(ws, "media", "add", "--task", "", "tone.wav", cwd=src), "argument --task: must not be empty")
    _one_line_error(_cli(ws, "media", "list", "--search", "", cwd=src), "argument --search: must not be empty")
    _one_line_error(_cli(ws, "media", "list", "--task", "", cwd=src), "argument --task: must not be empty")
    _one_line_error(_cli(ws, "media", "approve", mid, "--by", "", cwd=src), "argument --by: must not be empty")
    (item,) = json.loads(_cli(ws, "media", "list", "--json", cwd=src).stdout)
    assert item["tasks"] == ["NV1"] and item["approval"] == "pending"  # nothing changed
    assert _cli(ws, "media", "tag", mid, "--clear", cwd=src).returncode == 0
    (item,) = json.loads(_cli(ws, "media", "list", "--json", cwd=src).stdout)
    assert item["tasks"] == []


def test_picture_bomb_in_media_add_and_slide_background(tmp_path: Path) -> None:
    ws, src = tmp_path / "ws", tmp_path / "src"
    src.mkdir()
    make_png_bomb(src, "bomb.png")
    make_png(src, "poster.png")
    res = _cli(ws, "media", "add", str(src), cwd=tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert "bomb.png: The picture is too large: 30000×30000 pixels; the limit is 89 megapixels." in res.stderr
    assert "1 added, 0 duplicates, 1 failed." in res.stdout
    res = _cli(ws, "slide", "add", "--title", "Chào", "--bg-image", str(src / "bomb.png"), cwd=tmp_path)
    _one_line_error(res, "too large: 30000×30000 pixels")
    _one_line_error(
        _cli(ws, "slide", "add", "--title", "Chào", "--bg-image", "", cwd=tmp_path),
        "argument --bg-image: must not be empty",
    )


def test_check_repair_and_restore(tmp_path: Path) -> None:
    ws, src = tmp_path / "ws", tmp_path / "src"
    src.mkdir()
    wav, png = make_wav(src, "tone.wav", seconds=1.0), make_png(src, "poster.png")
    items = json.loads(_cli(ws, "media", "add", "--json", str(wav), str(png), cwd=tmp_path).stdout)["added"]
    clean = _cli(ws, "media", "check", cwd=tmp_path)
    assert clean.returncode == 0 and "every stored file and thumbnail in place" in clean.stdout
    audio = next(m for m in items if m["kind"] == "audio")
    (ws / audio["store_path"]).unlink()
    orphan = ws / "thumbs" / ("f" * 64 + ".png")
    orphan.write_bytes(b"x")
    res = _cli(ws, "media", "check", cwd=tmp_path)
    assert res.returncode == 1
    assert f"{audio['id']} (tone): stored file missing: add the original file “tone.wav” again" in res.stdout
    assert f"thumbs/{'f' * 64}.png: file without a library item" in res.stdout
    res = _cli(ws, "media", "check", "--repair", "--json", cwd=tmp_path)
    report = json.loads(res.stdout)
    assert report["removed"] == [f"thumbs/{'f' * 64}.png"] and not orphan.exists()
    assert res.returncode == 1  # the lost stored file is still lost
    res = _cli(ws, "media", "add", str(wav), cwd=tmp_path)
    assert res.returncode == 0
    assert f"tone.wav: restored the lost stored file or thumbnail of {audio['id']} (tone)" in res.stdout
    assert (ws / audio["store_path"]).is_file()
    assert _cli(ws, "media", "check", "--deep", cwd=tmp_path).returncode == 0
