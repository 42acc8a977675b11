"""What ledcast is built from and under which licences (the About dialog).

The Python packages' licences come from their installed metadata (License-Expression,
else License, else the classifiers), so the list follows what is really installed;
the static fallback covers a frozen build where metadata may be missing. The ffmpeg
binary's licence follows from how it was configured (`ffmpeg -version`), as FFmpeg's
own LICENSE.md says: --enable-gpl makes it GPL, --enable-version3 version 3.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass

from ledcast.config import resource


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    url: str


# (distribution name, shown name, licence if the metadata says nothing, where to read it); the
# table itself is the About dialog's, since it names the GUI toolkit
Package = tuple[str, str, str, str]
FONT = Component("Be Vietnam Pro (font)", "", "SIL Open Font License 1.1", "https://openfontlicense.org/")
FFMPEG_URL = "https://ffmpeg.org/legal.html"
_VERSION = re.compile(r"^ffmpeg version (\S+)")


def package_licence(dist: str, fallback: str) -> tuple[str, str]:
    """(version, licence) of an installed distribution; ("", fallback) without metadata."""
    from importlib import metadata

    try:
        meta = metadata.metadata(dist)
    except metadata.PackageNotFoundError:
        return "", fallback
    version = meta.get("Version") or ""
    expression = meta.get("License-Expression")
    if expression:
        return version, expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:  # a name, not the whole licence text
        return version, text
    classifiers = [
        c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return version, (" / ".join(classifiers) or fallback)


def packages(table: tuple[Package, ...]) -> list[Component]:
    return [Component(shown, *package_licence(dist, fallback), url) for dist, shown, fallback, url in table]


def ffmpeg_licence(version_output: str) -> tuple[str, str]:
    """(version, licence) from what `ffmpeg -version` prints."""
    m = _VERSION.search(version_output.splitlines()[0] if version_output else "")
    version = m.group(1) if m else ""
    gpl, v3 = "--enable-gpl" in version_output, "--enable-version3" in version_output
    if gpl:
        return version, "GPL-3.0-or-later" if v3 else "GPL-2.0-or-later"
    return version, "LGPL-3.0-or-later" if v3 else "LGPL-2.1-or-later"


def ffmpeg() -> Component:
    """The ffmpeg the app runs (imageio-ffmpeg's bundled binary unless configured otherwise)."""
    from ledcast.core.ffmpeg import ffmpeg_exe

    try:
        out = subprocess.run(
            [ffmpeg_exe(), "-hide_banner", "-version"], capture_output=True, text=True, timeout=10, errors="replace"
        ).stdout
    except (OSError, subprocess.SubprocessError):
        out = ""
    if out and not out.startswith("ffmpeg version"):  # -hide_banner keeps the version line; be safe either way
        out = next((line for line in out.splitlines() if line.startswith("ffmpeg version")), "") + "\n" + out
    version, licence = ffmpeg_licence(out)
    return Component("FFmpeg", version, licence if out else "?", FFMPEG_URL)


def font_licence_text() -> str:
    return resource("fonts", "OFL.txt").read_text(encoding="utf-8")
