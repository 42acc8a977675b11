"""Text slides for LED/LCD screens, rendered with Pillow at the screen's exact pixel size.

A slide is a title, an optional body, two colours (or a background picture) and an
alignment. The text is wrapped and auto-fitted: the largest font size at which the
whole text fits inside the safe area is found by a binary search over sizes, using
the bundled Be Vietnam Pro (every Vietnamese letter, stacked marks measured from the
real glyph boxes, so "Ấ", "ệ", "ữ" are never clipped).

The source model is in slide_model, fonts and fitting in slide_layout; this module draws.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps, UnidentifiedImageError

from ledcast.core.errors import LedcastError
from ledcast.core.probe import ImageTooLarge, open_image
from ledcast.core.slide_layout import (  # re-exported: callers import these from here
    _FONT_LOCK,
    ELLIPSIS,
    FLOOR_FRACTION,
    FLOOR_PX,
    LINE_PITCH,
    MARGIN_FRACTION,
    MIN_MARGIN_PX,
    SMALL_BODY_PX,
    TITLE_CAP_FRACTION,
    TITLE_RATIOS,
    _extent,
    _font,
    _Layout,
    _layout,
    font_covers,
    font_path,
    legibility_floor,
    safe_area,
)
from ledcast.core.slide_layout import _build as _build  # tests reach it here
from ledcast.core.slide_layout import _fits as _fits  # tests reach it here
from ledcast.core.slide_model import (  # re-exported: callers import these from here
    ALIGNMENTS,
    M_SLIDE_BAD_ALIGN,
    M_SLIDE_BAD_COLOUR,
    M_SLIDE_BAD_SIZE,
    M_SLIDE_BG_BAD,
    M_SLIDE_BG_MISSING,
    M_SLIDE_BG_TOO_LARGE,
    M_SLIDE_BODY_LONG,
    M_SLIDE_EMPTY_TITLE,
    M_SLIDE_FIELD,
    M_SLIDE_TITLE_LONG,
    MAX_BODY_CHARS,
    MAX_SIDE,
    MAX_TITLE_CHARS,
    MIN_SIDE,
    W_SLIDE_LOW_CONTRAST,
    W_SLIDE_MISSING_GLYPHS,
    W_SLIDE_TRUNCATED,
    W_SLIDE_WORD_SPLIT,
    WEIGHTS,
    SlideSource,
    _rgb,
)

__all__ = [
    "ALIGNMENTS",
    "ELLIPSIS",
    "FLOOR_FRACTION",
    "FLOOR_PX",
    "LINE_PITCH",
    "MARGIN_FRACTION",
    "MAX_BODY_CHARS",
    "MAX_SIDE",
    "MAX_TITLE_CHARS",
    "MIN_CONTRAST",
    "MIN_MARGIN_PX",
    "MIN_SIDE",
    "M_SLIDE_BAD_ALIGN",
    "M_SLIDE_BAD_COLOUR",
    "M_SLIDE_BAD_SIZE",
    "M_SLIDE_BG_BAD",
    "M_SLIDE_BG_MISSING",
    "M_SLIDE_BG_TOO_LARGE",
    "M_SLIDE_BODY_LONG",
    "M_SLIDE_EMPTY_TITLE",
    "M_SLIDE_FIELD",
    "M_SLIDE_TITLE_LONG",
    "SMALL_BODY_PX",
    "SlideRender",
    "SlideSource",
    "TITLE_CAP_FRACTION",
    "TITLE_RATIOS",
    "VEIL",
    "WEIGHTS",
    "W_SLIDE_LOW_CONTRAST",
    "W_SLIDE_MISSING_GLYPHS",
    "W_SLIDE_TRUNCATED",
    "W_SLIDE_WORD_SPLIT",
    "contrast_ratio",
    "font_covers",
    "font_path",
    "legibility_floor",
    "render_slide",
    "safe_area",
]


VEIL = 0.35  # how much a background picture is darkened (or lightened) under the text
MIN_CONTRAST = 3.0  # WCAG 2 contrast for large text


# ---------------------------------------------------------------- background


def _luminance(rgb: tuple[float, float, float]) -> float:
    def lin(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_CACHE_MAX_PIXELS = 3840 * 2160


@functools.lru_cache(maxsize=3)  # the preview re-renders on every keystroke; exports reuse a picture
def _background(
    path: str,
    mtime_ns: int,
    file_size: int,
    width: int,
    height: int,
    veil: tuple[int, int, int],
    fill: tuple[int, int, int],
) -> Image.Image:
    """The picture scaled to cover the frame (centre crop), veiled toward `veil`."""
    name = Path(path).name
    try:
        with open_image(path) as im:
            im.draft("RGB", (width, height))  # JPEG: decode at a reduced scale, still >= the frame
            im = ImageOps.exif_transpose(im)
            if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
                rgba = im.convert("RGBA")
                im = Image.new("RGB", rgba.size, fill)
                im.paste(rgba, mask=rgba.getchannel("A"))
            else:
                im = im.convert("RGB")
    except FileNotFoundError:
        raise LedcastError(M_SLIDE_BG_MISSING, name=name) from None
    except ImageTooLarge as exc:  # a decompression bomb or a huge scan: say so, not "damaged"
        raise LedcastError(
            M_SLIDE_BG_TOO_LARGE,
            name=name,
            width=exc.params["width"],
            height=exc.params["height"],
            limit=exc.params["limit"],
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise LedcastError(M_SLIDE_BG_BAD, name=name) from exc
    scale = max(width / im.width, height / im.height)
    crop_w, crop_h = width / scale, height / scale
    x0, y0 = (im.width - crop_w) / 2, (im.height - crop_h) / 2
    im = im.resize((width, height), Image.Resampling.LANCZOS, box=(x0, y0, x0 + crop_w, y0 + crop_h), reducing_gap=3.0)
    return Image.blend(im, Image.new("RGB", (width, height), veil), VEIL)


def _load_background(
    path: str, width: int, height: int, text_rgb: tuple[int, int, int], fill: tuple[int, int, int]
) -> Image.Image:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise LedcastError(M_SLIDE_BG_MISSING, name=Path(path).name) from None
    except OSError as exc:
        raise LedcastError(M_SLIDE_BG_BAD, name=Path(path).name) from exc
    # light text: darken the picture; dark text: lighten it
    veil = (0, 0, 0) if _luminance(text_rgb) >= 0.18 else (255, 255, 255)
    args = (os.path.abspath(path), st.st_mtime_ns, st.st_size, width, height, veil, fill)
    if width * height > _CACHE_MAX_PIXELS:  # keep the cache small: frames above 4K are not kept
        return _background.__wrapped__(*args)
    return _background(*args).copy()


# ---------------------------------------------------------------- render


@dataclass
class SlideRender:
    image: Image.Image  # mode RGB, exactly (width, height)
    title_px: int
    body_px: int  # 0 when the slide has no body
    fits: bool  # False when text was cut (at the legibility floor)
    text_box: tuple[int, int, int, int]  # union of the drawn text boxes
    margin: tuple[int, int, int, int]  # safe area (left, top, right, bottom) holding the text
    warnings: list[str] = field(default_factory=list)  # QT_TRANSLATE_NOOP("Errors", ...) sources
    floor_px: int = 0  # the legibility floor used for this size


def _draw(image: Image.Image, lay: _Layout, align: str, fill: tuple[int, int, int]) -> tuple[int, int, int, int]:
    """Draw the lines centred vertically in the safe area; returns the union text box."""
    left, top, right, bottom = safe_area(*image.size)
    block_top, block_bottom, _w = _extent(lay.lines)
    y0 = top + (bottom - top - (block_bottom - block_top)) // 2 - block_top
    draw = ImageDraw.Draw(image)
    boxes: list[tuple[int, int, int, int]] = []
    for line in lay.lines:
        if not line.text:
            continue
        ink_l, ink_t, ink_r, ink_b = line.box
        if align == "left":
            x = left - ink_l
        elif align == "right":
            x = right - ink_r
        else:
            x = left + (right - left - (ink_r - ink_l)) // 2 - ink_l
        y = y0 + line.baseline  # integer origin: crisp glyphs on tiny LED boards
        draw.text((x, y), line.text, font=_font(line.weight, line.size), fill=fill, anchor="ls")
        boxes.append((x + ink_l, y + ink_t, x + ink_r, y + ink_b))  # == draw.textbbox(...)
    if not boxes:
        return left, top, left, top
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def render_slide(
    src: SlideSource, width: int, height: int, *, background_path: str | os.PathLike[str] | None = None
) -> SlideRender:
    """Render `src` at exactly width×height. `background_path` (else src.background_image)
    is a picture file; it covers the frame. Raises LedcastError on a bad size, bad slide
    data or an unreadable picture."""
    src = SlideSource(**src.to_dict())  # re-validate: the dataclass is mutable
    if not (
        isinstance(width, int)
        and isinstance(height, int)
        and MIN_SIDE <= width <= MAX_SIDE
        and MIN_SIDE <= height <= MAX_SIDE
    ):
        raise LedcastError(M_SLIDE_BAD_SIZE, width=width, height=height, min=MIN_SIDE, max=MAX_SIDE)
    text_rgb, bg_rgb = _rgb(src.text_color), _rgb(src.background_color)
    warnings: list[str] = []

    bg_file = background_path or src.background_image
    if bg_file:
        image = _load_background(os.fspath(bg_file), width, height, text_rgb, bg_rgb)
        behind = image.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    else:
        image = Image.new("RGB", (width, height), bg_rgb)
        behind = bg_rgb
    if contrast_ratio(text_rgb, behind) < MIN_CONTRAST:  # type: ignore[arg-type]
        warnings.append(W_SLIDE_LOW_CONTRAST)
    if not font_covers(src.title + src.body):
        warnings.append(W_SLIDE_MISSING_GLYPHS)

    with _FONT_LOCK:
        lay = _layout(src.title, src.body, width, height)
        text_box = _draw(image, lay, src.align, text_rgb)
    if lay.split_words:
        warnings.append(W_SLIDE_WORD_SPLIT)
    if lay.truncated:
        warnings.append(W_SLIDE_TRUNCATED)
    return SlideRender(
        image=image,
        title_px=lay.title_px,
        body_px=lay.body_px,
        fits=not lay.truncated,
        text_box=text_box,
        margin=safe_area(width, height),
        warnings=warnings,
        floor_px=legibility_floor(width, height),
    )
