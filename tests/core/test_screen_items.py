"""A screen playlist as play-out items: the export's items, durations and trims;
stills rendered exactly as the export renders them; regions as operators type them."""

from __future__ import annotations

import pytest
from PIL import Image

from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.core.approval import UnapprovedItems
from ledcast.core.errors import LedcastError
from ledcast.core.limits import Size
from ledcast.core.render.screen import ScreenSettings, still_image
from ledcast.core.screen_items import Region, ScreenItem, screen_items, still_frame
from ledcast.core.slide_media import add_slide
from ledcast.core.slides import SlideSource


def screen_playlist(ws, media_files):  # type: ignore[no-untyped-def]
    added = {m.kind: m for m in library.import_files(ws, [media_files.png, media_files.mp4]).added}
    slide, _ = add_slide(ws, SlideSource(title="Lịch tiêm chủng", body="Thứ hai, 7 giờ"), Size(384, 192))
    p = pl.create_playlist(ws, "Màn hình chợ", "screen")
    pl.add_items(ws, p.id, [added["image"].id, slide.id, added["video"].id], duration_s=4)
    items = pl.get_playlist(ws, p.id).items
    pl.set_item_trim(ws, items[2].id, 0.5, 2.5)
    return p, added, slide


def test_items_are_the_exports_in_order_with_durations_and_trims(workspace, media_files, approved_playlists) -> None:
    p, added, slide = screen_playlist(workspace, media_files)
    items = screen_items(workspace, "Màn hình chợ")
    assert [i.kind for i in items] == ["still", "slide", "video"]
    assert [i.media_id for i in items] == [added["image"].id, slide.id, added["video"].id]
    exported = [pl.item_duration(i) for i in pl.get_playlist(workspace, p.id).items]
    assert [i.duration_s for i in items] == exported == [4.0, 4.0, 2.0]
    still, sl, video = items
    assert still.path == workspace.path(added["image"].store_path) and still.path.exists()
    assert sl.slide is not None and sl.slide.title == "Lịch tiêm chủng" and sl.path is None
    assert video.trim_in_s == 0.5 and video.with_sound and video.path.exists()
    assert not any(i.with_sound for i in screen_items(workspace, p.id, with_sound=False))


def test_refused_as_the_export_refuses(workspace, media_files) -> None:
    (audio,) = library.import_files(workspace, [media_files.wav]).added
    pl.create_playlist(workspace, "Loa", "speaker")
    pl.add_items(workspace, "Loa", [audio.id])
    with pytest.raises(LedcastError, match="loudspeaker playlist"):
        screen_items(workspace, "Loa")
    pl.create_playlist(workspace, "Trống", "screen")
    with pytest.raises(LedcastError, match="no items"):
        screen_items(workspace, "Trống")
    (image,) = library.import_files(workspace, [media_files.png]).added
    pl.create_playlist(workspace, "Chưa duyệt", "screen")
    pl.add_items(workspace, "Chưa duyệt", [image.id])
    with pytest.raises(UnapprovedItems):  # an unapproved picture never reaches the board
        screen_items(workspace, "Chưa duyệt")


@pytest.mark.parametrize("fit", ["fit", "fill", "stretch"])
def test_stills_render_as_the_export_renders_them(workspace, media_files, approved_playlists, fit) -> None:
    screen_playlist(workspace, media_files)
    items = screen_items(workspace, "Màn hình chợ")
    p = pl.get_playlist(workspace, "Màn hình chợ")
    s = ScreenSettings(width=300, height=300, fit=fit)
    for item, row in zip(items[:2], p.items[:2]):
        frame = still_frame(item, 300, 300, fit)
        assert frame.size == (300, 300) and frame.mode == "RGB"
        assert frame.tobytes() == still_image(workspace, row.media, s).tobytes()
    if fit == "fit":  # a 16:9 picture letterboxed on a square: black bars above and below
        frame = still_frame(items[0], 300, 300, fit)
        assert frame.getpixel((150, 5)) == (0, 0, 0) and frame.getpixel((150, 150)) != (0, 0, 0)


def test_a_slide_is_rendered_at_the_asked_size_not_scaled(tmp_path) -> None:
    item = ScreenItem(
        kind="slide", title="x", duration_s=1, slide=SlideSource(title="Họp dân", background_color="#000000")
    )
    frame = still_frame(item, 512, 128)
    assert frame.size == (512, 128)
    assert frame.getbbox() is not None  # the text is there: not all black
    with pytest.raises(LedcastError):
        still_frame(item, 512, 128, "zoom")


def test_picture_with_transparency_is_on_black(tmp_path) -> None:
    path = tmp_path / "logo.png"
    Image.new("RGBA", (20, 20), (255, 0, 0, 0)).save(path)
    frame = still_frame(ScreenItem(kind="still", title="logo", duration_s=1, path=path), 40, 20)
    assert frame.getpixel((20, 10)) == (0, 0, 0)


def test_region_parse() -> None:
    assert Region.parse("0,0,384,192") == Region(0, 0, 384, 192)
    assert Region.parse(" -1920 , 10, 384 ,192 ") == Region(-1920, 10, 384, 192)
    for bad in ("384x192", "1,2,3", "a,b,c,d", "", "0,0,-384,192"):
        with pytest.raises(LedcastError, match="not a screen region"):
            Region.parse(bad)
    with pytest.raises(LedcastError, match="out of range"):
        Region.parse("0,0,4,192")
