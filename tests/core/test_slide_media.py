"""Slides as library items: stored design, preview PNG, re-render at any size."""

from __future__ import annotations

import pytest
from PIL import Image

from ledcast.core import library, slide_media
from ledcast.core import playlist as pl
from ledcast.core.errors import LedcastError
from ledcast.core.slides import SlideSource


def test_add_slide_stores_design_and_png(workspace) -> None:
    src = SlideSource(title="Dịch vụ công trực tuyến", body="Nộp hồ sơ tại nhà.", align="left")
    media, render = slide_media.add_slide(workspace, src, (384, 192), ["NV3"])
    assert (media.kind, media.width, media.height, media.title) == ("slide", 384, 192, "Dịch vụ công trực tuyến")
    assert [t.code for t in media.tasks] == ["NV3"]
    with Image.open(workspace.path(media.store_path)) as im:
        assert im.size == (384, 192)
    assert workspace.path(media.thumb_path).is_file()
    assert media.slide_source["align"] == "left" and media.slide_source["width"] == 384
    assert render.fits
    again, _ = slide_media.add_slide(workspace, src, (384, 192))
    assert again.id == media.id  # same design, same size: a duplicate
    assert len(library.list_media(workspace, kind="slide")) == 1


def test_rerender_at_other_sizes_is_exact_not_scaled(workspace) -> None:
    media, _ = slide_media.add_slide(workspace, SlideSource(title="Ngày Chuyển đổi số quốc gia 10/10"))
    assert (media.width, media.height) == (1920, 1080)
    for w, h in ((128, 64), (384, 192), (64, 256), (1920, 1080)):
        r = slide_media.render_media(workspace, media, w, h)
        assert r.image.size == (w, h)
        x0, y0, x1, y1 = r.text_box
        ml, mt, mr, mb = r.margin
        assert ml <= x0 and mt <= y0 and x1 <= mr and y1 <= mb


def test_background_picture_goes_into_the_library(workspace, media_files) -> None:
    src = SlideSource(title="Camera an ninh", background_image=str(media_files.png))
    media, _ = slide_media.add_slide(workspace, src, (640, 360))
    images = library.list_media(workspace, kind="image")
    assert len(images) == 1 and media.slide_source["background_sha256"] == images[0].sha256
    media_files.png.unlink()  # the original may vanish (USB stick): the slide still renders
    loaded, _ = slide_media.source_of(workspace, media)
    assert loaded.background_image and loaded.background_image.startswith(str(workspace.root))
    r = slide_media.render_media(workspace, media, 320, 180)
    assert len(r.image.getcolors(maxcolors=100000) or []) > 10  # a picture, not a flat colour


def test_update_slide_keeps_identity_and_resets_approval(workspace) -> None:
    media, _ = slide_media.add_slide(workspace, SlideSource(title="Bản đồ số"), (384, 192), ["NV6"])
    library.set_approval(workspace, [media.id], "approved")
    pl.create_playlist(workspace, "Vòng", "screen")
    pl.add_items(workspace, "Vòng", [media.id])
    old_file = workspace.path(media.store_path)
    updated, _ = slide_media.update_slide(workspace, media.id, SlideSource(title="Bản đồ số Thái Nguyên"))
    assert updated.id == media.id and updated.title == "Bản đồ số Thái Nguyên"
    assert updated.approval == "pending"  # what was approved has changed
    assert [t.code for t in updated.tasks] == ["NV6"]
    assert not old_file.exists() and workspace.path(updated.store_path).is_file()
    assert pl.get_playlist(workspace, "Vòng").items[0].media.title == "Bản đồ số Thái Nguyên"


def test_slide_is_a_still_for_screens_only(workspace) -> None:
    media, _ = slide_media.add_slide(workspace, SlideSource(title="Tổng đài 1022"), (128, 64))
    pl.create_playlist(workspace, "Loa", "speaker")
    assert pl.add_items(workspace, "Loa", [media.id]).refused
    pl.create_playlist(workspace, "LED", "screen")
    pl.add_items(workspace, "LED", [media.id], duration_s=6)
    assert pl.total_duration(pl.get_playlist(workspace, "LED")) == 6
    with pytest.raises(LedcastError):
        slide_media.add_slide(workspace, SlideSource(title="x"), (128, 64), ["NV99"])


def _library_state(ws) -> tuple[list[int], list[str]]:  # type: ignore[no-untyped-def]
    files = sorted(p.relative_to(ws.root).as_posix() for d in (ws.media_dir, ws.thumbs_dir) for p in d.rglob("*"))
    return [m.id for m in library.list_media(ws)], files


def test_a_background_must_be_one_picture_file_and_a_refusal_changes_nothing(workspace, media_files, tmp_path) -> None:
    """A folder would be imported whole, a sound stored then refused by its hash:
    the background is checked (one regular picture file that renders) before any import."""
    slide, _ = slide_media.add_slide(workspace, SlideSource(title="Có sẵn"), (160, 90))
    sound = tmp_path / "nhac nen.mp3"
    sound.write_bytes(media_files.wav.read_bytes())
    damaged = tmp_path / "hỏng.png"
    damaged.write_bytes(media_files.text_file.read_bytes())
    wav_named_png = tmp_path / "giả.PNG"
    wav_named_png.write_bytes(media_files.wav.read_bytes())
    cases = {
        media_files.folder: "is a folder",
        sound: "not a picture",
        media_files.wav: "not a picture",
        tmp_path / "không có.png": "does not exist",
        damaged: "damaged",
        wav_named_png: "damaged",
    }
    before = _library_state(workspace)
    for path, reason in cases.items():
        for attempt in (
            lambda path=path: slide_media.add_slide(
                workspace, SlideSource(title="Nền", background_image=str(path)), (160, 90)
            ),
            lambda path=path: slide_media.update_slide(
                workspace, slide.id, SlideSource(title="Nền", background_image=str(path))
            ),
        ):
            with pytest.raises(LedcastError) as info:
                attempt()
            assert reason in str(info.value) and path.name in str(info.value), (path, str(info.value))
            assert ".mp3”" not in str(info.value).replace(path.name, "")  # never the store's <sha>.mp3
            assert _library_state(workspace) == before, path
    assert slide_media.check_background(media_files.png) == media_files.png
