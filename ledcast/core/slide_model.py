"""The slide source (what the operator designed): its limits, validation and messages."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.limits import MAX_SIDE, MIN_SIDE  # noqa: F401 - slides re-exports them
from ledcast.core.text import clean_multiline, clean_text, nfc

ALIGNMENTS = ("left", "center", "right")
WEIGHTS = {
    "regular": "BeVietnamPro-Regular.ttf",
    "medium": "BeVietnamPro-Medium.ttf",
    "bold": "BeVietnamPro-Bold.ttf",
}
MAX_TITLE_CHARS = 300
MAX_BODY_CHARS = 3000


_COLOUR_RE = re.compile(r"#[0-9A-Fa-f]{6}")


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
