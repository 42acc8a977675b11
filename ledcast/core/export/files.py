"""What the files in an export folder are named, and the text every written file carries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledcast.core.text import ascii_slug, clean_text, safe_file_name

# written by every export beside the media files: no item may take these names
RESERVED_NAMES = {"manifest.json", "playlist.m3u8", "schedule.json", "schedule.csv"}

Written = list[tuple[Path, Callable[[Path], None] | None]]  # files, each with its check


def item_file_stem(position: int, media) -> str:  # type: ignore[no-untyped-def]
    """A numbered item's file name (without extension): position, first task, title."""
    task = media.tasks[0].code.lower() if media.tasks else "x"
    return f"{position:03d}_{ascii_slug(task, 8)}_{ascii_slug(media.title)}"


def file_name(taken: set[str], stem: str, ext: str) -> str:
    """A file name for the export folder: safe on every file system (no reserved
    device names, no trailing dots) and unique even where case does not count."""
    base = safe_file_name(stem)
    name, n = f"{base}{ext}", 1
    while name.casefold() in taken:
        n += 1
        name = f"{base}-{n}{ext}"
    taken.add(name.casefold())
    return name


def clean(value: Any) -> Any:
    """Every string a written file carries, as one clean line (no control characters)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value


def m3u(entries: list[tuple[float, str, str]]) -> str:
    """An extended M3U: a title with a newline would start a line of its own."""
    lines = ["#EXTM3U"]
    for seconds, title, name in entries:
        lines += [f"#EXTINF:{seconds:.3f},{clean_text(title)}", clean_text(name)]
    return "\n".join(lines) + "\n"


@dataclass
class StagedFiles:
    """What one export build writes into its staging folder: unique file names,
    each file with its check, and the entries of its playlist.m3u8."""

    staging: Path
    written: Written = field(default_factory=list)
    entries: list[tuple[float, str, str]] = field(default_factory=list)
    taken: set[str] = field(default_factory=lambda: set(RESERVED_NAMES))

    def target(self, stem: str, ext: str) -> Path:
        return self.staging / file_name(self.taken, stem, ext)

    def add(self, target: Path, check: Callable[[Path], None] | None, seconds: float, title: str) -> None:
        self.written.append((target, check))
        self.entries.append((seconds, title, target.name))

    def write_playlist(self) -> None:
        path = self.staging / "playlist.m3u8"
        path.write_text(m3u(self.entries), encoding="utf-8")
        self.written.append((path, None))


def start_offsets(lengths: list[float]) -> list[float]:
    """Where each piece starts, in seconds from the programme's start (the manifest's
    items carry it: a confirmation of the export times each item's airing by it)."""
    out, at = [], 0.0
    for length in lengths:
        out.append(at)
        at += length
    return out
