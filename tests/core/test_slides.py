"""Text slides: exact pixel sizes, auto-fit inside the safe margin, Vietnamese marks
measured from the real glyphs, truncation at the legibility floor, backgrounds."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from ledcast.core import slides
from ledcast.core.errors import LedcastError
from ledcast.core.slides import SlideRender, SlideSource, font_covers, font_path, render_slide

VI_UPPER = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
TITLE = "Dịch vụ công trực tuyến toàn trình"
BODY = "Người dân có thể nộp hồ sơ, theo dõi và nhận kết quả ngay tại nhà qua Cổng Dịch vụ công quốc gia."
STACKED = "ẤN TƯỢNG ỮNG HỘ ỄỆ ẪẬ"  # marks stacked above capitals and dots below


def _ink_box(r: SlideRender, bg: str) -> tuple[int, int, int, int] | None:
    """Bounding box of every pixel that differs from the solid background."""
    plain = Image.new("RGB", r.image.size, bg)
    return ImageChops.difference(r.image, plain).getbbox()


def _inside(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return inner[0] >= outer[0] and inner[1] >= outer[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def test_bundled_fonts_and_licence() -> None:
    for weight in ("regular", "medium", "bold"):
        assert font_path(weight).is_file()
        assert font_path(weight).stat().st_size > 50_000
    assert "SIL OPEN FONT LICENSE" in (font_path().parent / "OFL.txt").read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        font_path("heavy")


@pytest.mark.parametrize("size", [(128, 64), (384, 192), (64, 256), (768, 192), (1920, 1080)])
@pytest.mark.parametrize("text", [(TITLE, BODY), (STACKED, "ỸỴ ẴẶ Ữ Ự gjpqy")])
def test_exact_size_and_nothing_outside_the_margin(size: tuple[int, int], text: tuple[str, str]) -> None:
    w, h = size
    src = SlideSource(title=text[0], body=text[1], background_color="#102030")
    r = render_slide(src, w, h)
    assert r.image.mode == "RGB" and r.image.size == (w, h)
    left, top, right, bottom = r.margin
    assert 0 < left < right < w and 0 < top < bottom < h
    assert _inside(r.text_box, r.margin)
    ink = _ink_box(r, "#102030")
    assert ink is not None, "no text drawn"
    # every pixel outside the safe area is still the background colour: nothing
    # overflowed, so no stacked mark or descender can have been clipped by the frame
    assert _inside(ink, r.margin)
    # the reported box holds the drawn text; vertically it is the ink itself (real glyph
    # extents, stacked marks included), horizontally the pen box (side bearings)
    assert _inside(ink, r.text_box)
    assert abs(ink[1] - r.text_box[1]) <= 1 and abs(ink[3] - r.text_box[3]) <= 1, (ink, r.text_box)
    assert r.body_px >= r.floor_px


@pytest.mark.parametrize("size", [(384, 192), (512, 256), (768, 192), (1280, 720), (1920, 1080)])
def test_normal_vietnamese_slide_fits(size: tuple[int, int]) -> None:
    r = render_slide(SlideSource(title=TITLE, body=BODY), *size)
    assert r.fits and r.warnings == []
    assert r.title_px > r.body_px >= r.floor_px
    assert r.title_px / r.body_px == pytest.approx(1.4, abs=0.06)


def test_4k_render_is_exact_and_fast() -> None:
    t0 = time.perf_counter()
    r = render_slide(SlideSource(title=TITLE, body=BODY), 3840, 2160)
    assert time.perf_counter() - t0 < 1.0
    assert r.image.size == (3840, 2160) and r.fits
    assert _inside(r.text_box, r.margin)


def test_full_hd_render_time() -> None:
    src = SlideSource(title=TITLE, body=BODY)
    render_slide(src, 1920, 1080)  # fonts loaded once per process
    best = min(_timed(lambda: render_slide(src, 1920, 1080)) for _ in range(3))
    assert best < 0.2, f"{best:.3f} s"


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def test_chosen_size_is_the_largest_that_fits() -> None:
    w, h = 384, 192
    r = render_slide(SlideSource(title=TITLE, body=BODY), w, h)
    left, top, right, bottom = r.margin
    # one pixel more (same title/body ratio) no longer fits the safe area
    bigger = slides._build(
        TITLE, BODY, round((r.body_px + 1) * 1.4), r.body_px + 1, right - left, bottom - top, False, True
    )
    assert not slides._fits(bigger, right - left, bottom - top)


def test_larger_screen_gives_larger_text() -> None:
    src = SlideSource(title=TITLE, body=BODY)
    sizes = [render_slide(src, w, h).title_px for w, h in ((192, 96), (384, 192), (1920, 1080), (3840, 2160))]
    assert sizes == sorted(sizes) and len(set(sizes)) == 4


def test_title_only_uses_the_title_size() -> None:
    r = render_slide(SlideSource(title="Thông báo"), 1920, 1080)
    assert r.fits and r.body_px == 0
    assert r.title_px <= round(1080 * slides.TITLE_CAP_FRACTION)
    assert r.title_px > 200


def test_long_text_on_tiny_board_is_cut_and_reported() -> None:
    body = " ".join([BODY] * 8)
    r = render_slide(SlideSource(title=TITLE, body=body, background_color="#000000"), 128, 64)
    assert r.image.size == (128, 64)
    assert not r.fits
    assert slides.W_SLIDE_TRUNCATED in r.warnings
    assert r.body_px == r.floor_px == slides.FLOOR_PX  # held at the legibility floor
    ink = _ink_box(r, "#000000")
    assert ink is not None and _inside(ink, r.margin)


def test_legibility_floor() -> None:
    assert slides.legibility_floor(128, 64) == 10
    assert slides.legibility_floor(64, 256) == 10
    assert slides.legibility_floor(1920, 1080) == 32
    assert slides.legibility_floor(3840, 2160) == 65


def test_long_word_is_split_on_a_narrow_portrait_board() -> None:
    r = render_slide(SlideSource(title="Xem tại https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"), 64, 256)
    assert r.fits
    assert slides.W_SLIDE_WORD_SPLIT in r.warnings
    assert _inside(r.text_box, r.margin)


def test_alignment_moves_the_text() -> None:
    boxes = {
        a: render_slide(SlideSource(title=TITLE, body="Ngắn.", align=a), 768, 192).text_box for a in slides.ALIGNMENTS
    }
    margin = slides.safe_area(768, 192)
    assert boxes["left"][0] == margin[0]
    assert boxes["right"][2] == margin[2]
    assert boxes["left"][0] < boxes["center"][0] < boxes["right"][0]
    c = boxes["center"]
    assert abs((c[0] - margin[0]) - (margin[2] - c[2])) <= 1  # centred


def test_fonts_cover_vietnamese() -> None:
    assert font_covers(VI_UPPER)
    assert font_covers(VI_UPPER.lower())
    assert font_covers("đ Đ ơ ư “Thông báo” – 10/10/2025 … 100% ₫")
    assert not font_covers("漢")
    assert not font_covers("Xin chào 漢字")
    assert font_covers(" \n\t\u200b")  # nothing visible to check


def test_missing_glyphs_and_low_contrast_are_warned() -> None:
    r = render_slide(SlideSource(title="Tên 漢", text_color="#203040", background_color="#102030"), 384, 192)
    assert slides.W_SLIDE_MISSING_GLYPHS in r.warnings
    assert slides.W_SLIDE_LOW_CONTRAST in r.warnings
    assert r.fits


def _picture(path: Path, size: tuple[int, int]) -> Path:
    """Left half red, right half green, a full-height blue band h/2 wide in the middle."""
    w, h = size
    im = Image.new("RGB", size, (255, 0, 0))
    im.paste((0, 255, 0), (w // 2, 0, w, h))
    im.paste((0, 0, 255), (w // 2 - h // 4, 0, w // 2 + h // 4, h))
    im.save(path)
    return path


def test_background_picture_covers_the_frame(tmp_path: Path) -> None:
    pic = _picture(tmp_path / "bg.png", (900, 300))  # 3:1 picture on a 2:1 board
    src = SlideSource(title="Chào mừng", background_color="#FFFF00")
    r = render_slide(src, 384, 192, background_path=str(pic))
    assert r.image.size == (384, 192)
    px = r.image.load()
    # scaled to cover (no bars of background colour), darkened under light text
    for x, y in ((0, 0), (0, 191), (383, 0), (383, 191)):
        assert px[x, y] != (255, 255, 0)
    keep = round(255 * (1 - slides.VEIL))
    assert px[0, 0] == pytest.approx((keep, 0, 0), abs=3)
    assert px[383, 191] == pytest.approx((0, keep, 0), abs=3)
    assert _inside(r.text_box, r.margin)
    # the same picture named in the source gives the same frame
    r2 = render_slide(SlideSource(title="Chào mừng", background_image=str(pic)), 384, 192)
    assert ImageChops.difference(r.image, r2.image).getbbox() is None


def test_background_portrait_crops_the_centre(tmp_path: Path) -> None:
    pic = _picture(tmp_path / "wide.jpg", (600, 200))
    r = render_slide(SlideSource(title="A"), 64, 256, background_path=str(pic))
    px = r.image.load()
    # a 1:4 crop from the middle of a 3:1 picture is the blue band: red and green cut off
    for x, y in ((0, 0), (63, 0), (0, 255), (63, 255)):
        r_, g_, b_ = px[x, y]
        assert b_ > 140 and r_ < 30 and g_ < 30, (x, y, px[x, y])


def test_bad_background_raises(tmp_path: Path) -> None:
    with pytest.raises(LedcastError, match="does not exist"):
        render_slide(SlideSource(title="A"), 128, 64, background_path=str(tmp_path / "nope.png"))
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not a picture at all")
    with pytest.raises(LedcastError, match="damaged"):
        render_slide(SlideSource(title="A"), 128, 64, background_path=str(junk))


@pytest.mark.parametrize("size", [(30000, 30000), (10000, 10000)])
def test_huge_background_picture_is_a_clear_error(tmp_path: Path, size: tuple[int, int]) -> None:
    """A decompression bomb (Pillow's error) or a picture just over the bound (Pillow's
    warning) is refused with its size, before any decoding, never with a traceback."""
    from media_factory import make_png_bomb

    bomb = make_png_bomb(tmp_path, "bomb.png", size)
    with pytest.raises(LedcastError) as exc:
        render_slide(SlideSource(title="A", background_image=str(bomb)), 128, 64)
    assert exc.value.template == slides.M_SLIDE_BG_TOO_LARGE
    assert exc.value.message() == (
        f"The background picture “bomb.png” is too large: {size[0]}×{size[1]} pixels; the limit is 89 megapixels."
    )


def test_round_trip_and_normalisation() -> None:
    src = SlideSource(
        title="  Thông   báo ",
        body="Dòng 1\r\nDòng  2\n\n",
        text_color="#ffcc00",
        background_color="#0a3d91",
        align=" Right ",
        background_image="/x/y.png",
    )
    d = src.to_dict()
    assert d == {
        "title": "Thông báo",
        "body": "Dòng 1\nDòng 2",
        "text_color": "#FFCC00",
        "background_color": "#0A3D91",
        "background_image": "/x/y.png",
        "align": "right",
    }
    assert SlideSource.from_dict(d) == src
    assert SlideSource.from_dict({"title": "A", "future_field": 1, "body": None}) == SlideSource(title="A")


def test_nfd_input_is_normalised() -> None:
    nfd_title = unicodedata.normalize("NFD", TITLE)
    assert nfd_title != TITLE
    src = SlideSource.from_dict({"title": nfd_title, "body": unicodedata.normalize("NFD", BODY)})
    assert src.title == TITLE and src.body == BODY
    a = render_slide(SlideSource(title=nfd_title), 192, 96)
    b = render_slide(SlideSource(title=TITLE), 192, 96)
    assert ImageChops.difference(a.image, b.image).getbbox() is None


@pytest.mark.parametrize(
    "data, needle",
    [
        ({"title": ""}, "needs a title"),
        ({"title": "   "}, "needs a title"),
        ({"body": "x"}, "needs a title"),
        ({"title": 5}, "“title”"),
        ({"title": "A", "text_color": "red"}, "“red” is not a colour"),
        ({"title": "A", "background_color": "#12345"}, "not a colour"),
        ({"title": "A", "align": "justify"}, "alignment “justify”"),
        ({"title": "A" * 301}, "too long"),
    ],
)
def test_bad_inputs_raise(data: dict, needle: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(LedcastError) as info:
        SlideSource.from_dict(data)
    assert needle in str(info.value)


def test_bad_data_type_and_size() -> None:
    with pytest.raises(LedcastError):
        SlideSource.from_dict(["title"])  # type: ignore[arg-type]
    for w, h in ((0, 64), (128, 7), (8000, 100)):
        with pytest.raises(LedcastError, match="each side must be between"):
            render_slide(SlideSource(title="A"), w, h)
    src = SlideSource(title="A")
    src.align = "middle"  # mutated after construction: caught at render time
    with pytest.raises(LedcastError):
        render_slide(src, 128, 64)


def test_degenerate_board_draws_nothing_outside() -> None:
    r = render_slide(SlideSource(title=TITLE, body=BODY, background_color="#000000"), 8, 8)
    assert r.image.size == (8, 8) and not r.fits
    ink = _ink_box(r, "#000000")
    assert ink is None or _inside(ink, r.margin)


def test_transparent_and_rotated_pictures(tmp_path: Path) -> None:
    clear = tmp_path / "clear.png"
    Image.new("RGBA", (200, 100), (255, 0, 0, 0)).save(clear)
    r = render_slide(SlideSource(title="A", background_color="#0000FF"), 128, 64, background_path=str(clear))
    keep = round(255 * (1 - slides.VEIL))
    assert r.image.getpixel((0, 0)) == pytest.approx((0, 0, keep), abs=2)  # the colour shows through
    # a phone photo stored sideways with an EXIF orientation is shown upright
    photo = Image.new("RGB", (100, 300), (0, 255, 0))
    photo.paste((255, 0, 0), (0, 0, 100, 150))  # red on top as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    photo.save(tmp_path / "phone.jpg", exif=exif, quality=95)
    r = render_slide(SlideSource(title="A"), 192, 64, background_path=str(tmp_path / "phone.jpg"))
    left, right = r.image.getpixel((2, 32)), r.image.getpixel((189, 32))
    assert left[1] > 120 and left[0] < 40  # displayed upright: green on the left ...
    assert right[0] > 120 and right[1] < 40  # ... red on the right
