"""Vietnamese-aware text helpers shared by the core, the CLI and the GUI."""

from __future__ import annotations

import re
import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'dich vu' and 'DỊCH VỤ' find 'Dịch vụ'.
    Done in Python because SQL lower()/ILIKE fold ASCII only on SQLite."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def ascii_slug(text: str, max_len: int = 40) -> str:
    """ASCII file-name part: FAT32 sticks and USB players dislike diacritics."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug[:max_len].rstrip("-") or "item"
