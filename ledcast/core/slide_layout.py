"""Slide fonts and text layout: wrapping and auto-fitting text inside the safe area.

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
render reports fits=False with a warning."""

from __future__ import annotations

import functools
import math
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import ImageFont

from ledcast.config import resource
from ledcast.core.slide_model import WEIGHTS
from ledcast.core.text import nfc

MARGIN_FRACTION = 0.05  # safe margin on every side, of the shorter side
MIN_MARGIN_PX = 2
FLOOR_PX = 10  # legibility floor on small LED boards (see the module doc)
FLOOR_FRACTION = 0.03  # ... and on large screens, of the shorter side
TITLE_CAP_FRACTION = 0.3  # a title never taller than 30 % of the height (a lone word
# would otherwise fill the screen)
TITLE_RATIOS = (1.4, 1.2)  # title px / body px; the second is tried before truncating
LINE_PITCH = 1.3  # baseline to baseline, in em
SMALL_BODY_PX = 16  # below this the body uses the medium weight (thin strokes vanish on LEDs)


ELLIPSIS = "…"


# A FreeType face must not be used by two threads at once; the GUI preview and an
# export worker may both render, so font use is serialised (a render takes milliseconds).
_FONT_LOCK = threading.RLock()


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
