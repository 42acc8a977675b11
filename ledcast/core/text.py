"""Vietnamese-aware text helpers shared by the core, the CLI and the GUI."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 control characters, DEL, and the Unicode line/paragraph separators: a
# name holding one could inject lines into an M3U or a CSV, or move a terminal's cursor.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Names Windows refuses for files and folders, with or without an extension.
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(1, 10)} | {f"lpt{i}" for i in range(1, 10)}
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _is_format(ch: str) -> bool:
    """Unicode format characters (category Cf): bidi overrides and isolates
    (U+202E, U+2066-2069), zero-width spaces and joiners, U+FEFF, soft hyphens.
    Invisible, they reverse or hide what a name shows ("Mu\u200bsic" looks like
    "Music"); Vietnamese needs none (its accents are combining marks, Mn, kept)."""
    return unicodedata.category(ch) == "Cf"


def drop_invisible(text: str) -> str:
    """`text` without format characters (ASCII text has none: returned as is)."""
    if text.isascii():
        return text
    return "".join(ch for ch in text if not _is_format(ch))


def clean_text(text: str) -> str:
    """One line of user text as stored and written: NFC, control characters
    (newlines, tabs, escapes) turned into spaces, invisible format characters
    removed, runs of spaces collapsed, trimmed."""
    return " ".join(_CONTROL.sub(" ", drop_invisible(nfc(text))).split())


def clean_multiline(text: str) -> str:
    """Like clean_text but keeps line breaks (a slide's body, a note)."""
    lines = drop_invisible(nfc(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(" ".join(_CONTROL.sub(" ", ln).split()) for ln in lines).strip("\n")


def printable(text: str) -> str:
    """Text safe to show on a terminal: control and format characters shown as
    escapes (\\x1b, \\u202e), so nothing moves the cursor or reverses the line."""
    text = _CONTROL.sub(_escape, text)
    if text.isascii():
        return text
    return "".join(_escape_char(ch) if _is_format(ch) else ch for ch in text)


def _escape_char(ch: str) -> str:
    return ch.encode("unicode_escape").decode("ascii")


def _escape(m: re.Match[str]) -> str:
    return _escape_char(m.group())


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'dich vu' and 'DỊCH VỤ' find 'Dịch vụ'.
    Done in Python because SQL lower()/ILIKE fold ASCII only on SQLite."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def safe_file_name(name: str) -> str:
    """A file or folder name every file system accepts: no Windows reserved
    device name (CON, NUL, COM1, … even with an extension), no trailing dot or
    space."""
    name = name.rstrip(". ") or "item"
    stem, dot, ext = name.partition(".")
    if stem.rstrip(" ").lower() in WINDOWS_RESERVED:
        name = f"{stem}_{dot}{ext}"
    return name


def ascii_slug(text: str, max_len: int = 40) -> str:
    """ASCII file-name part: FAT32 sticks and USB players dislike diacritics."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    slug = slug[:max_len].rstrip("-") or "item"
    return safe_file_name(slug)
