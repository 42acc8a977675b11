"""Where an export goes, and getting it there without losing anything.

- Choosing the folder: an export replaces only an earlier ledcast export *of
  the same playlist* (its manifest.json names this workspace and playlist).
  Any other existing name — a user's own folder (compared case-insensitively:
  FAT32 and NTFS are), another playlist's export — gets a suffixed name
  (`music-2`), never a replacement.
- One export per destination: an OS lock file beside it (`.<name>.ledcast-lock`,
  see oslock) that a killed process releases by dying.
- The swap: the finished, verified staging folder replaces the destination in
  two renames. A journal (`.<name>.ledcast-swap.json`) written before the first
  rename lets the next export, `export list` or the Export page finish the swap
  or roll it back, so the destination holds the old or the new complete export,
  never nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ledcast.core import durable, oslock
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.testhooks import checkpoint
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
    "Errors", "Cannot write to “{path}”: {reason}. Nothing was changed there; check the USB stick or disk.")
M_DEST_BUSY = QT_TRANSLATE_NOOP(
    "Errors", "Another export is writing to “{path}” right now; wait until it has finished, then export again.")
M_DEST_NO_NAME = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” holds too many folders named “{name}…”; choose another destination.")
W_DEST_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "“{taken}” already holds other files, so this export was written to “{folder}”; nothing was replaced.")
W_DEST_OTHER_EXPORT = QT_TRANSLATE_NOOP(
    "Errors", "“{taken}” holds the export of another playlist, so this export was written to “{folder}”.")
W_SWAP_FINISHED = QT_TRANSLATE_NOOP("Errors", "An interrupted export to “{folder}” was completed.")
W_SWAP_ROLLED_BACK = QT_TRANSLATE_NOOP(
    "Errors", "An interrupted export to “{folder}” was undone: the earlier export is back in place.")


def write_error(path: Path, exc: OSError) -> LedcastError:
    return LedcastError(M_DEST_WRITE, path=str(path), reason=exc.strerror or str(exc))


def checked_out(out: str | os.PathLike[str] | None) -> Path:
    """The destination the operator gave; an empty one is an error, not the current folder."""
    if out is None or not os.fspath(out).strip():
        raise LedcastError(M_NO_DEST)
    return Path(os.fspath(out)).expanduser()


# --- whose export is it ---------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """The playlist an export belongs to; playlist ids repeat across workspaces."""

    workspace: str
    playlist_id: int
    playlist_name: str


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


def is_ours(folder: Path, owner: Owner) -> bool:
    """An earlier export of this very playlist (of this workspace)."""
    m = read_manifest(folder)
    if m is None:
        return False
    playlist = m.get("playlist") if isinstance(m.get("playlist"), dict) else {}
    if playlist.get("id") != owner.playlist_id:
        return False
    workspace = m.get("workspace") if isinstance(m.get("workspace"), dict) else {}
    if workspace.get("id"):
        return bool(workspace["id"] == owner.workspace)
    # written before exports carried a workspace id: the same playlist id and name
    return name_key(str(playlist.get("name", ""))) == name_key(owner.playlist_name)


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


def _entries(parent: Path) -> dict[str, Path]:
    try:
        return {name_key(e.name): e for e in parent.iterdir()}
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise write_error(parent, exc) from exc


def _pick(parent: Path, base: str, owner: Owner, plain: bool, asked: Path) -> Destination:
    """`base`, `base-2`, `base-3`… in `parent`: an earlier export of this playlist
    among them if there is one, else the first name nothing holds."""
    entries = _entries(parent)
    names = ([base] if plain else []) + [safe_file_name(f"{base}-{n}") for n in range(2, MAX_SUFFIX + 1)]
    for name in names:
        found = entries.get(name_key(name))
        if found is not None and found.is_dir() and is_ours(found, owner):
            moved = asked.exists() and name_key(found.name) != name_key(asked.name)
            return Destination(found, asked if moved else None, moved and is_export(asked))
    for name in names:
        if name_key(name) not in entries:
            folder = parent / name
            if folder == asked:
                return Destination(folder)
            return Destination(folder, asked, is_export(asked))
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
    found = _entries(out).get(name_key(slug))
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


def claim(out: Path, owner: Owner, slug: str) -> tuple[Destination, oslock.Held, list[LedcastError]]:
    """Resolve the destination and lock it; an interrupted swap there is settled
    and dead exports' leftovers removed under the lock, then the choice is checked
    again (what was settled may have changed it)."""
    for _ in range(5):
        d = resolve_destination(out, owner, slug)
        try:
            d.folder.parent.mkdir(parents=True, exist_ok=True)
            lock = lock_dest(d.folder)
        except OSError as exc:
            raise write_error(d.folder, exc) from exc
        if lock is None:
            raise LedcastError(M_DEST_BUSY, path=str(d.folder))
        try:
            notes = settle(d.folder)
            clear_leftovers(d.folder)
            again = resolve_destination(out, owner, slug)
        except OSError as exc:
            lock.release()
            raise write_error(d.folder, exc) from exc
        except BaseException:
            lock.release()
            raise
        if again.folder == d.folder:
            return d, lock, notes
        lock.release()
    raise LedcastError(M_DEST_BUSY, path=str(out))


# --- the swap and its journal ---------------------------------------------------------


def journal_path(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}{SWAP}")


def _write_journal(dest: Path, data: dict[str, Any]) -> Path:
    journal = journal_path(dest)
    tmp = journal.with_name(journal.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, journal)
    durable.fsync_dir(dest.parent, ignore_errors=True)
    return journal


def swap_into_place(staging: Path, dest: Path) -> None:
    """Replace `dest` by the complete `staging` folder: journal, dest -> old,
    staging -> dest, journal removed, old removed. A kill at any point is
    settled by `settle` on the next run; a failure here rolls back at once."""
    old: Path | None = None
    if dest.exists():
        if any(dest.iterdir()):
            old = dest.with_name(f".{dest.name}{OLD}{uuid.uuid4().hex[:8]}")
        else:
            dest.rmdir()
    journal = _write_journal(dest, {"dest": dest.name, "staging": staging.name,
                                    "old": old.name if old else None, "pid": os.getpid()})
    checkpoint("export.journal")
    try:
        if old is not None:
            os.replace(dest, old)
            checkpoint("export.swap")
        os.replace(staging, dest)
    except OSError:
        try:
            _settle_journal(dest, prefer_new=False)
        except OSError:
            pass  # the journal stays: the next run puts the earlier export back
        raise
    checkpoint("export.placed")
    durable.fsync_dir(dest.parent, ignore_errors=True)
    journal.unlink(missing_ok=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _read_journal(journal: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("staging"), str):
        return None
    return data if data.get("old") is None or isinstance(data["old"], str) else None


def _sibling(dest: Path, name: str | None) -> Path | None:
    """A name from a journal, kept to the leftovers of this destination (never `..` or a path)."""
    if not name or Path(name).name != name or not name.startswith(f".{dest.name}.ledcast-"):
        return None
    return dest.with_name(name)


def _settle_journal(dest: Path, prefer_new: bool) -> str | None:
    """Finish or undo the swap the journal beside `dest` describes. Returns
    "finished", "rolled back" or None (nothing to do). Never deletes the only copy."""
    journal = journal_path(dest)
    data = _read_journal(journal)
    if data is None:  # no journal (or an unreadable one): no rename can have happened after it
        journal.unlink(missing_ok=True)
        return None
    staging, old = _sibling(dest, data.get("staging")), _sibling(dest, data.get("old"))
    action: str | None = None
    if dest.exists():
        if staging is not None and staging.exists():
            if prefer_new and old is not None and is_complete(staging):  # killed before the first rename
                swap_into_place(staging, dest)
                action = "finished"
            else:
                shutil.rmtree(staging, ignore_errors=True)
                action = "rolled back" if old is not None else None
        else:
            action = "finished"  # the new export got into place before the kill
    else:
        if prefer_new and staging is not None and staging.exists() and is_complete(staging):
            try:
                os.replace(staging, dest)
                action = "finished"
            except OSError:
                pass
        if action is None and old is not None and old.exists():
            os.replace(old, dest)  # may raise: then the journal stays for the next try
            action = "rolled back"
    durable.fsync_dir(dest.parent, ignore_errors=True)
    journal.unlink(missing_ok=True)
    if dest.exists():
        for leftover in (staging, old):
            if leftover is not None and leftover.exists():
                shutil.rmtree(leftover, ignore_errors=True)
    return action


def settle(dest: Path) -> list[LedcastError]:
    """Under the destination's lock: settle an interrupted swap, and put back an
    earlier export that a version without the journal left hidden."""
    notes: list[LedcastError] = []
    action = _settle_journal(dest, prefer_new=True)
    if action is None and not dest.exists():
        olds = _leftovers(dest, OLD)
        if olds:
            newest = max(olds, key=lambda p: p.stat().st_mtime)
            os.replace(newest, dest)
            action = "rolled back"
    if action == "finished":
        notes.append(LedcastError(W_SWAP_FINISHED, folder=str(dest)))
    elif action == "rolled back":
        notes.append(LedcastError(W_SWAP_ROLLED_BACK, folder=str(dest)))
    return notes


def _leftovers(dest: Path, marker: str) -> list[Path]:
    prefix = f".{dest.name}{marker}"
    try:
        return [c for c in dest.parent.iterdir() if c.name.startswith(prefix)]
    except OSError:
        return []


def clear_leftovers(dest: Path) -> None:
    """Under the destination's lock, after `settle`: staging folders of dead
    exports (a live one would hold the lock) and, once the destination is in
    place, hidden earlier copies. An earlier copy is never removed while the
    destination is missing: it may be the only one."""
    for partial in _leftovers(dest, PARTIAL):
        shutil.rmtree(partial, ignore_errors=True)
    for tmp in _leftovers(dest, SWAP + ".tmp"):
        tmp.unlink(missing_ok=True)
    if dest.exists() and not journal_path(dest).exists():
        for old in _leftovers(dest, OLD):
            shutil.rmtree(old, ignore_errors=True)


def recover_folder(parent: Path, names: set[str] | None = None) -> list[LedcastError]:
    """Settle every interrupted swap in `parent` (or only for the destinations
    `names`) whose lock is free; a swap a live export holds is left to it.
    Cheap: one directory listing. Never raises for a missing or unwritable folder."""
    notes: list[LedcastError] = []
    try:
        children = [c.name for c in parent.iterdir()] if parent.is_dir() else []
    except OSError:
        return notes
    dests = set()
    for name in children:
        if name.startswith(".") and name.endswith(SWAP):
            dests.add(name[1:-len(SWAP)])
        elif name.startswith(".") and OLD in name:
            dest = name[1:name.index(OLD)]
            if dest and dest not in children:
                dests.add(dest)
    for name in sorted(dests):
        if not name or (names is not None and name_key(name) not in {name_key(n) for n in names}):
            continue
        dest = parent / name
        try:
            lock = lock_dest(dest)
            if lock is None:
                continue
            with lock:
                notes += settle(dest)
        except OSError:
            continue
    return notes


def recover_around(out: Path) -> list[LedcastError]:
    """Before an export to `out` (even one that then fails validation): settle
    interrupted swaps of `out` itself and of the folders inside it."""
    notes = recover_folder(out.parent, {out.name}) if out.name else []
    return notes + recover_folder(out)
