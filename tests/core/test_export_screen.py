"""Screen export end to end on real media: probe the MP4s, recompute checksums,
decode every frame, and check that failures leave the destination as it was."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from ledcast.core import export, library, outlets, slide_media
from ledcast.core import playlist as pl
from ledcast.core.errors import LedcastError
from ledcast.core.ffmpeg import Cancelled, ffmpeg_exe, run
from ledcast.core.limits import Size
from ledcast.core.probe import parse_ffmpeg_info
from ledcast.core.slides import SlideSource

pytestmark = pytest.mark.usefixtures("approved_playlists")  # exports refuse items not approved

FPS = 25


def probe(path: Path):  # type: ignore[no-untyped-def]
    res = run(["-i", str(path)])
    text = res.stderr.decode("utf-8", "replace")
    return parse_ffmpeg_info(text, "video"), text


def decoded_frames(path: Path) -> int:
    """Decode the whole video stream; fail on any decode error."""
    res = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(path), "-map", "0:v:0", "-f", "framemd5", "-"],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0 and not res.stderr.strip(), res.stderr
    return sum(1 for line in res.stdout.splitlines() if line and not line.startswith("#"))


def frame_at(path: Path, second: float, out: Path) -> Image.Image:
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-ss", f"{second}", "-i", str(path), "-frames:v", "1", str(out)], check=True
    )
    return Image.open(out).convert("RGB")


@pytest.fixture
def screen_playlist(workspace, media_files):  # type: ignore[no-untyped-def]
    """160x90 screen: a slide (2 s), the 640x360 PNG (1.2 s) and the 3 s clip with sound."""
    report = library.import_files(workspace, [media_files.png, media_files.mp4], task_codes=["NV3"])
    media = {m.kind: m for m in report.added}
    slide, _ = slide_media.add_slide(workspace, SlideSource(title="Dịch vụ công trực tuyến"), (160, 90), ["NV3"])
    outlets.add_outlet(workspace, "LED", "screen", Size(160, 90), FPS)
    pl.create_playlist(workspace, "Vòng LED", "screen", "LED")
    pl.add_items(workspace, "Vòng LED", [slide.id], duration_s=2)
    pl.add_items(workspace, "Vòng LED", [media["image"].id], duration_s=1.2)
    pl.add_items(workspace, "Vòng LED", [media["video"].id])
    return workspace, {**media, "slide": slide}


def test_one_mp4_at_the_exact_size_verified_and_recorded(screen_playlist, tmp_path: Path) -> None:
    ws, _ = screen_playlist
    progress: list[float] = []
    res = export.export_screen(ws, "Vòng LED", tmp_path / "usb", progress=lambda f, label: progress.append(f))
    folder = tmp_path / "usb"
    assert res.folder == folder
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["manifest.json", "playlist.m3u8", "vong-led.mp4"]
    info, text = probe(folder / "vong-led.mp4")
    assert (info.video_codec, info.width, info.height, info.fps) == ("h264", 160, 90, FPS)
    assert "yuv420p" in text
    assert info.duration_s == pytest.approx(2 + 1.2 + 3, abs=3 / FPS)
    assert info.audio_codec == "aac"
    assert decoded_frames(folder / "vong-led.mp4") == (2 + 1.2 + 3) * FPS
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "ledcast-export" and manifest["video"]["padded"] is False
    assert [i["duration_s"] for i in manifest["items"]] == [2.0, 1.2, 3.0]
    assert manifest["plan"] == ["TN-CDS-2024-2025"]
    assert manifest["outlet"] == {"name": "LED", "kind": "screen", "width": 160, "height": 90}
    # the typed result says what the manifest says, so shells need not read it
    assert (res.playlist_name, res.kind, res.per_item, res.audio) == ("Vòng LED", "screen", False, None)
    assert res.duration_s == manifest["duration_s"] and res.video == export.VideoFormat(160, 90, FPS)
    assert res.total_bytes == sum(f["size"] for f in manifest["files"]) and res.files == manifest["files"]
    for entry in manifest["files"]:
        data = (folder / entry["name"]).read_bytes()
        assert entry["size"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["md5"] == hashlib.md5(data).hexdigest()
    assert progress[-1] == 1.0 and progress == sorted(progress)
    (row,) = export.list_exports(ws)
    assert row.id == res.export_id and row.content_hash == pl.content_hash(pl.get_playlist(ws, "Vòng LED"))
    assert row.file_count == 2 and Path(row.out_path) == folder.resolve()


def test_odd_size_is_padded_and_said_so(screen_playlist, tmp_path: Path) -> None:
    ws, _ = screen_playlist
    res = export.export_screen(ws, "Vòng LED", tmp_path / "odd", size=Size(127, 63), fps=10, keep_audio=False)
    info, _ = probe(res.folder / "vong-led.mp4")
    assert (info.width, info.height, info.fps, info.audio_codec) == (128, 64, 10, None)
    video = res.manifest["video"]
    assert (video["padded"], video["content_width"], video["content_height"]) == (True, 127, 63)
    assert res.video == export.VideoFormat(128, 64, 10.0)  # the encoded size
    assert decoded_frames(res.folder / "vong-led.mp4") == 62  # 20 + 12 + 30 frames at 10 fps


def test_re_export_after_changing_one_slide_renders_only_that(screen_playlist, tmp_path: Path) -> None:
    ws, media = screen_playlist
    first = export.export_screen(ws, "Vòng LED", tmp_path / "a")
    assert first.cached_chunks == 0 and first.rendered_frames > 0
    again = export.export_screen(ws, "Vòng LED", tmp_path / "a", replace=True)
    assert again.rendered_frames == 0  # everything from the segment cache
    slide_media.update_slide(ws, media["slide"].id, SlideSource(title="Tổng đài 1022"))
    library.set_approval(ws, [media["slide"].id], "approved", by="Chủ tịch")  # the edited slide, approved again
    third = export.export_screen(ws, "Vòng LED", tmp_path / "a", replace=True)
    assert third.rendered_frames == FPS  # the slide's one-second chunk, repeated twice
    assert decoded_frames(third.folder / "vong-led.mp4") == 6.2 * FPS


def test_fit_fill_and_stretch(screen_playlist, tmp_path: Path) -> None:
    ws, media = screen_playlist
    pl.create_playlist(ws, "Ảnh", "screen")
    pl.add_items(ws, "Ảnh", [media["image"].id], duration_s=1)
    # a 16:9 picture on a square screen: bars above and below when fitted, none when filled
    fit = export.export_screen(ws, "Ảnh", tmp_path / "fit", size=Size(120, 120), fit="fit")
    fill = export.export_screen(ws, "Ảnh", tmp_path / "fill", size=Size(120, 120), fit="fill")
    top_fit = frame_at(fit.folder / "anh.mp4", 0.5, tmp_path / "f1.png").getpixel((60, 3))
    top_fill = frame_at(fill.folder / "anh.mp4", 0.5, tmp_path / "f2.png").getpixel((60, 3))
    assert max(top_fit) < 30  # black bar
    assert max(top_fill) > 100  # picture (red background of the sample)


def test_per_item_files_in_order_with_ascii_names(screen_playlist, tmp_path: Path) -> None:
    ws, _ = screen_playlist
    res = export.export_screen(ws, "Vòng LED", tmp_path / "list", per_item=True, size=Size(161, 91))
    names = sorted(p.name for p in res.folder.iterdir())
    assert names == [
        "001_nv3_dich-vu-cong-truc-tuyen.jpg",
        "002_nv3_poster.jpg",
        "003_nv3_clip.mp4",
        "manifest.json",
        "playlist.m3u8",
    ]
    assert all(n.isascii() for n in names)
    with Image.open(res.folder / "001_nv3_dich-vu-cong-truc-tuyen.jpg") as im:
        assert im.size == (161, 91)  # pictures keep the exact size; only H.264 needs even sides
    info, _ = probe(res.folder / "003_nv3_clip.mp4")
    assert (info.width, info.height) == (162, 92) and info.duration_s == pytest.approx(3, abs=0.08)
    m3u = (res.folder / "playlist.m3u8").read_text(encoding="utf-8").splitlines()
    assert [line for line in m3u if not line.startswith("#")] == names[:3]
    assert res.rendered_frames == 3 * FPS  # stills are pictures: only the clip is encoded


def test_cancel_leaves_nothing_at_the_destination(screen_playlist, tmp_path: Path) -> None:
    ws, _ = screen_playlist
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        export.export_screen(ws, "Vòng LED", tmp_path / "usb", cancel=cancel)
    assert not (tmp_path / "usb").exists()
    assert [p.name for p in tmp_path.iterdir() if ".ledcast-" in p.name] == []
    assert export.list_exports(ws) == []


def test_failure_keeps_the_previous_export_intact(screen_playlist, tmp_path: Path, monkeypatch) -> None:
    ws, media = screen_playlist
    dest = tmp_path / "usb"
    export.export_screen(ws, "Vòng LED", dest)
    before = {p.name: p.read_bytes() for p in dest.iterdir()}
    # the destination vanishes (stick pulled) at the moment of the final rename
    real_replace = os.replace

    def failing_replace(src, dst):  # type: ignore[no-untyped-def]
        if ".ledcast-partial-" in str(src):
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    slide_media.update_slide(ws, media["slide"].id, SlideSource(title="Bản đồ số"))
    library.set_approval(ws, [media["slide"].id], "approved", by="Chủ tịch")  # the edited slide, approved again
    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(LedcastError) as err:
        export.export_screen(ws, "Vòng LED", dest, replace=True)
    assert "Input/output error" in err.value.message()
    monkeypatch.setattr(os, "replace", real_replace)
    assert {p.name: p.read_bytes() for p in dest.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if ".ledcast-" in p.name] == []


def test_clip_that_fails_to_decode_is_named_and_nothing_is_written(screen_playlist, tmp_path: Path) -> None:
    ws, media = screen_playlist
    stored = ws.path(media["video"].store_path)
    data = stored.read_bytes()
    stored.write_bytes(data[: len(data) // 3])  # the store copy got damaged after import
    with pytest.raises(LedcastError) as err:
        export.export_screen(ws, "Vòng LED", tmp_path / "usb")
    assert "clip" in err.value.message()
    assert not (tmp_path / "usb").exists()


def test_destination_rules(screen_playlist, tmp_path: Path) -> None:
    ws, _ = screen_playlist
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "nhac.mp3").write_bytes(b"x")  # the operator's own files on the stick
    res = export.export_screen(ws, "Vòng LED", stick)
    assert res.folder == stick / "vong-led" and (stick / "nhac.mp3").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(LedcastError):
        export.export_screen(ws, "Vòng LED", tmp_path / "file")
    pl.create_playlist(ws, "Loa", "speaker")
    with pytest.raises(LedcastError):
        export.export_screen(ws, "Loa", tmp_path / "x")
    pl.create_playlist(ws, "Trống", "screen", "LED")
    with pytest.raises(LedcastError):
        export.export_screen(ws, "Trống", tmp_path / "y")
