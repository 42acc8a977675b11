"""Where an export goes.

- Choosing the folder: an export replaces only an earlier ledcast export *of
  the same playlist* (its manifest.json names this workspace and playlist, and
  the folder holds nothing but the files that manifest lists). Any other
  existing name — a user's own folder (compared case-insensitively:
  FAT32 and NTFS are), another playlist's export — gets a suffixed name
  (`music-2`), never a replacement.
- One export per destination: an OS lock file beside it (`.<name>.ledcast-lock`,
  see oslock) that a killed process releases by dying.

Getting the finished export there (the journalled swap) and settling swaps a
kill interrupted is in `recovery`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ledcast.core import oslock
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.text import nfc, safe_file_name

FORMAT = "ledcast-export"
PARTIAL = ".ledcast-partial-"
OLD = ".ledcast-old-"
SWAP = ".ledcast-swap.json"
LOCK = ".ledcast-lock"
MAX_SUFFIX = 999

M_NO_DEST = QT_TRANSLATE_NOOP("Errors", "Choose the folder to export to: the destination is empty.")
M_DEST_FILE = QT_TRANSLATE_NOOP("Errors", "“{path}” is a file, not a folder.")
M_DEST_WRITE = QT_TRANSLATE_NOOP(
    "Errors", "Cannot write to “{path}”: {reason}. Nothing was changed there; check the USB stick or disk."
)
M_DEST_BUSY = QT_TRANSLATE_NOOP(
    "Errors", "Another export is writing to “{path}” right now; wait until it has finished, then export again."
)
M_DEST_NO_NAME = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” holds too many folders named “{name}…”; choose another destination."
)
W_DEST_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "“{taken}” already holds other files, so this export was written to “{folder}”; nothing was replaced."
)
W_DEST_OTHER_EXPORT = QT_TRANSLATE_NOOP(
    "Errors", "“{taken}” holds the export of another playlist, so this export was written to “{folder}”."
)
M_REPLACE_NEEDED = QT_TRANSLATE_NOOP(
    "Errors", "“{folder}” holds the export of {date}; it is replaced only when you ask for it."
)
M_DEST_LINK = QT_TRANSLATE_NOOP("Errors", "“{path}” is a link that leads nowhere; choose a folder to export to.")


def write_error(path: Path, exc: OSError) -> LedcastError:
    return LedcastError(M_DEST_WRITE, path=str(path), reason=exc.strerror or str(exc))


def checked_out(out: str | os.PathLike[str] | None) -> Path:
    """The destination the operator gave, as one absolute path with `~`, `.`, `..`
    and symbolic links resolved (an export is written where a link points, and
    the link keeps working). Refused before anything is rendered: an empty value
    (not the current folder), a link loop, a file or a path through a file."""
    if out is None or not os.fspath(out).strip():
        raise LedcastError(M_NO_DEST)
    raw = os.path.expanduser(os.fspath(out))
    path = Path(os.path.realpath(raw))
    # os.path's checks, not Path's: a name too long to stat is for the write to report, in its words
    if os.path.islink(path):  # realpath gives up on a loop
        raise LedcastError(M_DEST_LINK, path=raw)
    for folder in (path, *path.parents):
        if os.path.exists(folder):
            if not os.path.isdir(folder):
                raise LedcastError(M_DEST_FILE, path=str(folder))
            break
    return path


# --- whose export is it ---------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """The playlist an export belongs to; playlist ids repeat across workspaces."""

    workspace: str
    playlist_id: int
    playlist_name: str
    created: str | None = None  # when the playlist row was made: SQLite reuses a removed playlist's id


def name_key(name: str) -> str:
    """Names as FAT32/NTFS compare them: case-insensitive (and NFC, as macOS stores NFD)."""
    return nfc(name).casefold()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def is_export(folder: Path) -> bool:
    return read_manifest(folder) is not None


def _part(m: dict[str, Any], key: str) -> dict[str, Any]:
    value = m.get(key)
    return value if isinstance(value, dict) else {}


def owner_of(m: dict[str, Any] | None) -> Owner | None:
    """The playlist a manifest says its export belongs to."""
    if m is None or not isinstance(_part(m, "playlist").get("id"), int):
        return None
    playlist = _part(m, "playlist")
    return Owner(
        str(_part(m, "workspace").get("id") or ""),
        playlist["id"],
        str(playlist.get("name", "")),
        str(playlist["created"]) if playlist.get("created") else None,
    )


def owned_by(m: dict[str, Any], owner: Owner) -> bool:
    """The manifest names this playlist: same workspace and id, and the same
    creation time (ids are reused) — or, in a manifest written before it carried
    one, the same name."""
    theirs = owner_of(m)
    if theirs is None or theirs.playlist_id != owner.playlist_id:
        return False
    if theirs.workspace and owner.workspace and theirs.workspace != owner.workspace:
        return False
    if theirs.created and owner.created:
        return theirs.created == owner.created
    return name_key(theirs.playlist_name) == name_key(owner.playlist_name)


# What Windows Explorer and macOS Finder leave in any folder they show: not the
# operator's files, so they must not make an export "theirs" (a re-export would
# otherwise move to a new folder every time the stick was looked at).
SYSTEM_LITTER = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", ".ds_store", ".localized"})


def _is_litter(name: str) -> bool:
    return name.lower() in SYSTEM_LITTER or name.startswith("._")


def only_listed(folder: Path, m: dict[str, Any]) -> bool:
    """Nothing in `folder` but manifest.json and the files the manifest lists
    (and the file managers' litter): an operator's own file or folder put inside
    an export makes it theirs too."""
    files = m.get("files") if isinstance(m.get("files"), list) else []
    listed = {name_key("manifest.json")} | {name_key(str(f.get("name", ""))) for f in files if isinstance(f, dict)}
    try:
        return all(
            name_key(entry.name) in listed or (entry.is_file() and _is_litter(entry.name)) for entry in folder.iterdir()
        )
    except OSError:
        return False


def is_ours(folder: Path, owner: Owner) -> bool:
    """An earlier export of this very playlist (of this workspace), and nothing else."""
    m = read_manifest(folder)
    return m is not None and owned_by(m, owner) and only_listed(folder, m)


@dataclass(frozen=True)
class Earlier:
    """An earlier export of the same playlist that an export would replace."""

    folder: Path
    created: dt.datetime | None  # UTC, as its manifest says


def date_text(created: dt.datetime | None) -> str:
    return f"{created:%Y-%m-%d %H:%M} UTC" if created is not None else "?"


class ReplaceNeeded(LedcastError):
    """Refused: the export would replace `earlier` and replacing was not asked for."""

    def __init__(self, earlier: Earlier) -> None:
        self.earlier = earlier
        super().__init__(M_REPLACE_NEEDED, folder=str(earlier.folder), date=date_text(earlier.created))


def earlier_in(folder: Path, owner: Owner) -> Earlier | None:
    """`folder`, when it holds an earlier export of this playlist (and nothing else)."""
    if not folder.is_dir() or not is_ours(folder, owner):
        return None
    created = (read_manifest(folder) or {}).get("created")
    try:
        when = dt.datetime.fromisoformat(str(created)).astimezone(dt.timezone.utc)
    except ValueError:
        when = None
    return Earlier(folder, when)


def is_other_playlists(folder: Path, owner: Owner) -> bool:
    m = read_manifest(folder)
    return m is not None and not owned_by(m, owner)


def is_complete(folder: Path) -> bool:
    """A staging folder that got as far as its manifest: every listed file there at its size."""
    m = read_manifest(folder)
    if m is None or not isinstance(m.get("files"), list):
        return False
    try:
        return all((folder / f["name"]).stat().st_size == f["size"] for f in m["files"])
    except (OSError, KeyError, TypeError):
        return False


# --- choosing the folder ----------------------------------------------------------------


@dataclass
class Destination:
    folder: Path
    taken: Path | None = None  # the name asked for, which holds something else
    taken_by_export: bool = False

    def note(self) -> LedcastError | None:
        if self.taken is None:
            return None
        template = W_DEST_OTHER_EXPORT if self.taken_by_export else W_DEST_TAKEN
        return LedcastError(template, taken=str(self.taken), folder=str(self.folder))


def _is_root(folder: Path) -> bool:
    """A drive or mount point (E:\\, /media/usb): it cannot be renamed, so exports go inside."""
    try:
        return folder.is_dir() and (os.path.ismount(folder) or folder.resolve().parent == folder.resolve())
    except OSError:
        return False


def _is_empty(folder: Path) -> bool:
    try:
        return not any(folder.iterdir())
    except OSError:
        return False


def entries_by_name(parent: Path) -> dict[str, Path]:
    try:
        return {name_key(e.name): e for e in parent.iterdir()}
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise write_error(parent, exc) from exc


def _pick(parent: Path, base: str, owner: Owner, plain: bool, asked: Path) -> Destination:
    """`base`, `base-2`, `base-3`… in `parent`: an earlier export of this playlist
    among them if there is one, else the first name nothing holds."""
    entries = entries_by_name(parent)
    names = ([base] if plain else []) + [safe_file_name(f"{base}-{n}") for n in range(2, MAX_SUFFIX + 1)]
    for name in names:
        found = entries.get(name_key(name))
        if found is not None and found.is_dir() and is_ours(found, owner):
            moved = asked.exists() and name_key(found.name) != name_key(asked.name)
            return Destination(found, asked if moved else None, moved and is_other_playlists(asked, owner))
    for name in names:
        if name_key(name) not in entries:
            folder = parent / name
            if folder == asked:
                return Destination(folder)
            return Destination(folder, asked, is_other_playlists(asked, owner))
    raise LedcastError(M_DEST_NO_NAME, path=str(parent), name=base)


def resolve_destination(out: Path, owner: Owner, slug: str) -> Destination:
    """The folder the export becomes. `out` itself when it is new, empty or an
    earlier export of this playlist; a suffixed sibling (`out-2`) when it is
    another playlist's export; otherwise (the root of a USB stick, a folder with
    the operator's own files) a sub-folder named after the playlist."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise LedcastError(M_DEST_FILE, path=str(out))
    if not _is_root(out):
        if not out.exists() or _is_empty(out) or is_ours(out, owner):
            return Destination(out)
        if is_export(out):
            return _pick(out.parent, safe_file_name(out.name), owner, plain=False, asked=out)
    sub = out / slug
    found = entries_by_name(out).get(name_key(slug))
    if found is not None and not found.is_dir():
        return _pick(out, slug, owner, plain=False, asked=found)
    return _pick(out, slug, owner, plain=True, asked=found if found is not None else sub)


# --- one export per destination ------------------------------------------------------


def lock_path(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}{LOCK}")


def lock_dest(dest: Path) -> oslock.Held | None:
    """Held while an export writes beside `dest` (None: another export holds it);
    the OS drops it if the process dies, and it is removed when released. A file
    system without locks is written to unguarded rather than refused every time."""
    return oslock.try_acquire(lock_path(dest), unguarded_ok=True)


def make_parents(folder: Path) -> list[Path]:
    """`mkdir -p`, returning the folders it made (outermost first) so that a
    refused export can take them away again."""
    missing = []
    for p in (folder, *folder.parents):
        if p.exists():
            break
        missing.append(p)
    made: list[Path] = []
    for p in reversed(missing):
        try:
            p.mkdir()
        except FileExistsError:
            continue
        except OSError:
            remove_created(made)
            raise
        made.append(p)
    return made


def remove_created(made: list[Path]) -> None:
    for p in reversed(made):
        try:
            p.rmdir()
        except OSError:
            return  # something else is in it now: it stays, and so do its parents
