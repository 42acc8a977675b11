"""Text slides for LED/LCD screens, rendered with Pillow at the screen's exact pixel size.

A slide is a title, an optional body, two colours (or a background picture) and an
alignment. The text is wrapped and auto-fitted: the largest font size at which the
whole text fits inside the safe area is found by a binary search over sizes, using
the bundled Be Vietnam Pro (every Vietnamese letter, stacked marks measured from the
real glyph boxes, so "Ấ", "ệ", "ữ" are never clipped).

Legibility floor (`legibility_floor`): the smaller text (the body, or the title when
there is no body) never goes below max(10 px, 3 % of the screen's shorter side).
10 px is the smallest em at which Be Vietnam Pro keeps Vietnamese readable on an LED
matrix: capitals are 7 px tall and the stacked marks above them get their own 3-4 px,
so hỏi/ngã/sắc stay distinct; below that they merge into one blob. On large screens
the floor grows with the picture (≈ 32 px on 1920×1080, 65 px on 3840×2160, i.e.
about 1/30 of the height, the usual minimum for public displays read from a
distance). When the text cannot fit at the floor it is cut with an ellipsis and the
render reports fits=False with a warning.
"""

from __future__ import annotations

import functools
import math
import os
import re
import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

from ledcast.config import resource
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.probe import ImageTooLarge, open_image
from ledcast.core.text import clean_multiline, clean_text, nfc

ALIGNMENTS = ("left", "center", "right")
WEIGHTS = {
    "regular": "BeVietnamPro-Regular.ttf",
    "medium": "BeVietnamPro-Medium.ttf",
    "bold": "BeVietnamPro-Bold.ttf",
}
MIN_SIDE = 8  # same limits as an outlet's size (core.outlets)
MAX_SIDE = 7680
MAX_TITLE_CHARS = 300
MAX_BODY_CHARS = 3000

MARGIN_FRACTION = 0.05  # safe margin on every side, of the shorter side
MIN_MARGIN_PX = 2
FLOOR_PX = 10  # legibility floor on small LED boards (see the module doc)
FLOOR_FRACTION = 0.03  # ... and on large screens, of the shorter side
TITLE_CAP_FRACTION = 0.3  # a title never taller than 30 % of the height (a lone word
# would otherwise fill the screen)
TITLE_RATIOS = (1.4, 1.2)  # title px / body px; the second is tried before truncating
LINE_PITCH = 1.3  # baseline to baseline, in em
SMALL_BODY_PX = 16  # below this the body uses the medium weight (thin strokes vanish on LEDs)
VEIL = 0.35  # how much a background picture is darkened (or lightened) under the text
MIN_CONTRAST = 3.0  # WCAG 2 contrast for large text
ELLIPSIS = "…"

_COLOUR_RE = re.compile(r"#[0-9A-Fa-f]{6}")
# A FreeType face must not be used by two threads at once; the GUI preview and an
# export worker may both render, so font use is serialised (a render takes milliseconds).
_FONT_LOCK = threading.RLock()

M_SLIDE_EMPTY_TITLE = QT_TRANSLATE_NOOP("Errors", "The slide needs a title.")
M_SLIDE_TITLE_LONG = QT_TRANSLATE_NOOP("Errors", "The slide title is too long (at most {max} characters).")
M_SLIDE_BODY_LONG = QT_TRANSLATE_NOOP("Errors", "The slide text is too long (at most {max} characters).")
M_SLIDE_BAD_COLOUR = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a colour: write it as #RRGGBB, e.g. #FFFFFF.")
M_SLIDE_BAD_ALIGN = QT_TRANSLATE_NOOP("Errors", "Unknown alignment “{value}”: use {allowed}.")
M_SLIDE_FIELD = QT_TRANSLATE_NOOP("Errors", "The slide data is incomplete or wrong at “{field}”.")
M_SLIDE_BAD_SIZE = QT_TRANSLATE_NOOP(
    "Errors", "A slide cannot be {width}×{height} pixels: each side must be between {min} and {max}."
)
M_SLIDE_BG_MISSING = QT_TRANSLATE_NOOP("Errors", "The background picture “{name}” does not exist.")
M_SLIDE_BG_BAD = QT_TRANSLATE_NOOP("Errors", "The background picture “{name}” is damaged or not a supported picture.")
M_SLIDE_BG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "The background picture “{name}” is too large: {width}×{height} pixels; the limit is {limit} megapixels."
)
# Warnings (no placeholders: callers translate them as they are).
W_SLIDE_TRUNCATED = QT_TRANSLATE_NOOP(
    "Errors", "The text does not fit legibly on this screen and was cut short. Shorten it or choose a larger screen."
)
W_SLIDE_WORD_SPLIT = QT_TRANSLATE_NOOP("Errors", "A long word had to be split across lines.")
W_SLIDE_MISSING_GLYPHS = QT_TRANSLATE_NOOP("Errors", "Some characters are not in the slide font and will not show.")
W_SLIDE_LOW_CONTRAST = QT_TRANSLATE_NOOP(
    "Errors", "The text colour is hard to read on this background: choose more contrasting colours."
)


# ---------------------------------------------------------------- the slide source


@dataclass
class SlideSource:
    """What the operator designed; stored as JSON in Media.slide_source.
    Construction validates and NFC-normalises (raises LedcastError)."""

    title: str
    body: str = ""
    text_color: str = "#FFFFFF"
    background_color: str = "#0A3D91"
    background_image: str | None = None
    align: str = "center"

    def __post_init__(self) -> None:
        if not isinstance(self.title, str):
            raise LedcastError(M_SLIDE_FIELD, field="title")
        if not isinstance(self.body, str):
            raise LedcastError(M_SLIDE_FIELD, field="body")
        self.title = _clean_title(self.title)
        self.body = _clean_body(self.body)
        if not self.title:
            raise LedcastError(M_SLIDE_EMPTY_TITLE)
        if len(self.title) > MAX_TITLE_CHARS:
            raise LedcastError(M_SLIDE_TITLE_LONG, max=MAX_TITLE_CHARS)
        if len(self.body) > MAX_BODY_CHARS:
            raise LedcastError(M_SLIDE_BODY_LONG, max=MAX_BODY_CHARS)
        self.text_color = _check_colour(self.text_color)
        self.background_color = _check_colour(self.background_color)
        if self.background_image is not None:
            if not isinstance(self.background_image, (str, os.PathLike)):
                raise LedcastError(M_SLIDE_FIELD, field="background_image")
            self.background_image = nfc(os.fspath(self.background_image)).strip() or None
        align = self.align.strip().lower() if isinstance(self.align, str) else self.align
        if align not in ALIGNMENTS:
            raise LedcastError(M_SLIDE_BAD_ALIGN, value=str(self.align), allowed=", ".join(ALIGNMENTS))
        self.align = align

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "body": self.body,
            "text_color": self.text_color,
            "background_color": self.background_color,
            "background_image": self.background_image,
            "align": self.align,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> SlideSource:
        """Validate stored or imported data; unknown keys are ignored (newer versions)."""
        if not isinstance(d, Mapping):
            raise LedcastError(M_SLIDE_FIELD, field="slide_source")
        if "title" not in d:
            raise LedcastError(M_SLIDE_EMPTY_TITLE)
        kwargs: dict[str, Any] = {}
        for name in ("title", "body", "text_color", "background_color", "background_image", "align"):
            if name in d and not (d[name] is None and name != "background_image"):
                kwargs[name] = d[name]
        return cls(**kwargs)


def _clean_title(text: str) -> str:
    return clean_text(text)  # no control characters: a title ends up in M3U files and terminals


def _clean_body(text: str) -> str:
    return clean_multiline(text)  # keeps the line breaks, drops other control characters


def _check_colour(value: object) -> str:
    if not isinstance(value, str) or not _COLOUR_RE.fullmatch(value.strip()):
        raise LedcastError(M_SLIDE_BAD_COLOUR, value=str(value))
    return value.strip().upper()


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


# ---------------------------------------------------------------- fonts


def font_path(weight: str = "regular") -> Path:
    if weight not in WEIGHTS:
        raise ValueError(f"unknown font weight {weight!r}; use one of {', '.join(WEIGHTS)}")
    return resource("fonts", WEIGHTS[weight])


@functools.lru_cache(maxsize=512)
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(weight)), size)


_REF = 256  # reference em for size-independent estimates (advances scale linearly)


@functools.lru_cache(maxsize=8192)
def _ref_length(weight: str, text: str) -> float:
    return _font(weight, _REF).getlength(text) / _REF


@functools.lru_cache(maxsize=4096)
def _ref_vext(weight: str, ch: str) -> tuple[float, float]:
    _l, t, _r, b = _font(weight, _REF).getbbox(ch, anchor="ls")
    return t / _REF, b / _REF


@functools.lru_cache(maxsize=4)
def _notdef_signature(weight: str) -> tuple[Any, ...]:
    return _glyph_signature(weight, "\uffff")  # a non-character: never in a cmap


@functools.lru_cache(maxsize=4096)
def _glyph_signature(weight: str, ch: str) -> tuple[Any, ...]:
    font = _basic_font(weight)  # no shaping: one character, one glyph
    mask = font.getmask(ch)
    return mask.size, bytes(mask), font.getlength(ch)


@functools.lru_cache(maxsize=4)
def _basic_font(weight: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(weight)), 24, layout_engine=ImageFont.Layout.BASIC)


def _invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def font_covers(text: str) -> bool:
    """True when every visible character of `text` has a glyph in the bundled font
    (compared with the font's .notdef glyph; Pillow only, no cmap parser needed)."""
    with _FONT_LOCK:
        for ch in set(nfc(text)):
            if _invisible(ch):
                continue
            for weight in ("regular", "bold"):
                if _glyph_signature(weight, ch) == _notdef_signature(weight):
                    return False
    return True


def legibility_floor(width: int, height: int) -> int:
    return max(FLOOR_PX, round(min(width, height) * FLOOR_FRACTION))


def safe_area(width: int, height: int) -> tuple[int, int, int, int]:
    m = max(MIN_MARGIN_PX, round(min(width, height) * MARGIN_FRACTION))
    return m, m, width - m, height - m


# ---------------------------------------------------------------- layout


@dataclass
class _Line:
    text: str
    weight: str
    size: int
    baseline: int = 0  # relative to the first baseline, then absolute
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # ink box relative to (origin x=0, baseline)


@dataclass
class _Layout:
    lines: list[_Line]
    title_px: int
    body_px: int
    split_words: bool = False
    overflow: bool = False  # stopped early: more text than fits
    truncated: bool = False


def _est_box(weight: str, size: int, text: str) -> tuple[int, int, int, int]:
    """Ink box estimated from the reference size (advance width; real per-glyph heights)."""
    top = min((_ref_vext(weight, c)[0] for c in text), default=0.0)
    bottom = max((_ref_vext(weight, c)[1] for c in text), default=0.0)
    return 0, math.floor(top * size), math.ceil(_ref_length(weight, text) * size), math.ceil(bottom * size)


def _exact_box(weight: str, size: int, text: str) -> tuple[int, int, int, int]:
    left, top, right, bottom = _font(weight, size).getbbox(text, anchor="ls")
    return int(left), int(top), int(right), int(bottom)


def _wrap(
    text: str, weight: str, size: int, max_w: int, split_words: bool, exact: bool, max_lines: int
) -> tuple[list[str], bool, bool] | None:
    """Greedy word wrap of one paragraph on additive advance widths (linear in the text);
    with `exact`, each finished line is checked with the real glyph boxes and gives back
    words (or letters) until it fits. Stops after `max_lines`. Returns (lines,
    split_a_word, more_text_left), or None when a word is wider than the line and
    splitting is not allowed."""
    space = _ref_length(weight, " ") * size
    words = text.split(" ")
    widths = [_ref_length(weight, w) * size for w in words]
    lines: list[str] = []
    split = False

    def too_wide(line: str) -> bool:
        if not exact:
            return False
        box = _exact_box(weight, size, line)
        return box[2] - box[0] > max_w

    i = 0
    while i < len(words):
        if len(lines) >= max_lines:
            return lines, split, True
        j, used = i + 1, widths[i]
        while j < len(words) and used + space + widths[j] <= max_w:
            used += space + widths[j]
            j += 1
        while j - i > 1 and too_wide(" ".join(words[i:j])):
            j -= 1
        if widths[i] <= max_w and not (j - i == 1 and too_wide(words[i])):
            lines.append(" ".join(words[i:j]))
            i = j
            continue
        # words[i] alone is wider than the line
        if not split_words:
            return None
        split = True
        word, start = words[i], 0
        while start < len(word):
            if len(lines) >= max_lines:
                return lines, split, True
            end, used = start + 1, _ref_length(weight, word[start]) * size
            while end < len(word) and used + _ref_length(weight, word[end]) * size <= max_w:
                used += _ref_length(weight, word[end]) * size
                end += 1
            while end - start > 1 and too_wide(word[start:end]):
                end -= 1
            lines.append(word[start:end])  # a lone glyph wider than the line is caught later
            start = end
        i += 1
    return (lines or [""]), split, False


def _sizes(k: int, ratio: float, has_body: bool) -> tuple[int, int]:
    return (max(1, round(k * ratio)), k) if has_body else (k, 0)


def _body_weight(body_px: int) -> str:
    return "medium" if body_px < SMALL_BODY_PX else "regular"


def _build(
    title: str, body: str, title_px: int, body_px: int, max_w: int, max_h: int, split_words: bool, exact: bool
) -> _Layout | None:
    """Wrap and stack the lines (baselines relative to the first one); None when a word
    does not fit the width. Stops early (overflow=True) once the text is certainly
    taller than max_h, so a very long text costs no more than a screenful."""
    out: list[_Line] = []
    split_any = overflow = False
    limit = max_h + title_px  # a baseline below this lies outside any block that fits
    pitch_t = round(title_px * LINE_PITCH)
    wrapped = _wrap(title, "bold", title_px, max_w, split_words, exact, limit // pitch_t + 1)
    if wrapped is None:
        return None
    for i, text in enumerate(wrapped[0]):
        out.append(_Line(text, "bold", title_px, i * pitch_t))
    split_any |= wrapped[1]
    overflow |= wrapped[2]
    if body and not overflow:
        weight = _body_weight(body_px)
        pitch_b = round(body_px * LINE_PITCH)
        y = out[-1].baseline + round(0.3 * title_px + 1.5 * body_px)
        for para in body.split("\n"):
            if y > limit:
                overflow = True
                break
            if not para:
                y += pitch_b
                continue
            wrapped = _wrap(para, weight, body_px, max_w, split_words, exact, (limit - y) // pitch_b + 1)
            if wrapped is None:
                return None
            split_any |= wrapped[1]
            overflow |= wrapped[2]
            for text in wrapped[0]:
                out.append(_Line(text, weight, body_px, y))
                y += pitch_b
            if overflow:
                break
    for line in out:
        line.box = (_exact_box if exact else _est_box)(line.weight, line.size, line.text)
    return _Layout(out, title_px, body_px if body else 0, split_any, overflow=overflow)


def _extent(lines: list[_Line]) -> tuple[int, int, int]:
    """(top, bottom, widest ink) of stacked lines, relative to the first baseline."""
    inked = [ln for ln in lines if ln.text]
    if not inked:
        return 0, 0, 0
    top = min(ln.baseline + ln.box[1] for ln in inked)
    bottom = max(ln.baseline + ln.box[3] for ln in inked)
    return top, bottom, max(ln.box[2] - ln.box[0] for ln in inked)


def _fits(lay: _Layout | None, max_w: int, max_h: int) -> bool:
    if lay is None or lay.overflow:
        return False
    top, bottom, wide = _extent(lay.lines)
    return bottom - top <= max_h and wide <= max_w


def _search(
    title: str, body: str, max_w: int, max_h: int, lo: int, hi: int, ratio: float, split_words: bool
) -> _Layout | None:
    """Largest k in [lo, hi] whose layout fits: a binary search on the estimate, then
    confirmed with exact glyph boxes (stepping down in the rare case they disagree)."""
    has_body = bool(body)

    def layout(k: int, exact: bool) -> _Layout | None:
        return _build(title, body, *_sizes(k, ratio, has_body), max_w, max_h, split_words, exact)

    if not _fits(layout(lo, False), max_w, max_h):
        return None
    best = lo
    if lo < hi:
        a, b = lo, hi
        while a < b:
            mid = (a + b + 1) // 2
            if _fits(layout(mid, False), max_w, max_h):
                a = mid
            else:
                b = mid - 1
        best = a
    for k in range(best, max(lo, best - 3) - 1, -1):
        lay = layout(k, True)
        if _fits(lay, max_w, max_h):
            return lay
    return None


def _truncate(title: str, body: str, title_px: int, body_px: int, max_w: int, max_h: int) -> _Layout:
    """At the floor: keep as many lines as fit and end the last one with an ellipsis."""
    lay = _build(title, body, title_px, body_px, max_w, max_h, True, True)
    assert lay is not None  # splitting words never refuses
    kept: list[_Line] = []
    for line in lay.lines:
        if line.box[2] - line.box[0] > max_w:
            break
        top, bottom, _w = _extent(kept + [line])
        if bottom - top > max_h:
            break
        kept.append(line)
    lay.truncated = len(kept) < len(lay.lines) or lay.overflow
    if lay.truncated:
        while kept and not kept[-1].text:
            kept.pop()
        if kept:
            last = kept[-1]
            text = last.text
            while True:
                cand = text.rstrip(" ,.;:–-") + ELLIPSIS
                box = _exact_box(last.weight, last.size, cand)
                if box[2] - box[0] <= max_w or not text:
                    break
                text = text[:-1]
            if box[2] - box[0] <= max_w:
                last.text, last.box = cand, box
            else:
                kept.pop()
    lay.lines = kept
    return lay


def _layout(title: str, body: str, width: int, height: int) -> _Layout:
    left, top, right, bottom = safe_area(width, height)
    max_w, max_h = right - left, bottom - top
    floor = legibility_floor(width, height)
    title_cap = max(floor, round(height * TITLE_CAP_FRACTION), 1)
    ratios = TITLE_RATIOS if body else (1.0,)
    for split_words in (False, True):
        for ratio in ratios:
            hi = min(max_h, math.floor(title_cap / ratio))
            lay = _search(title, body, max_w, max_h, floor, hi, ratio, split_words)
            if lay is not None:
                return lay
    title_px, body_px = _sizes(floor, ratios[-1], bool(body))
    return _truncate(title, body, title_px, body_px, max_w, max_h)


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
