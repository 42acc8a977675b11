"""Translations for headless use (the CLI), read straight from the Qt .ts file so
the GUI and the CLI share one Vietnamese catalogue without importing Qt."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from ledcast.config import resource, ui_language
from ledcast.core.text import nfc

__all__ = ["nfc", "translate"]


@functools.lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = resource("translations", f"ledcast_{lang}.ts")
    table: dict[tuple[str, str], str] = {}
    if not path.exists():
        return table
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, src)] = tr.text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    lang = lang or ui_language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)
