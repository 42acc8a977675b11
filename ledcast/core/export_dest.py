"""Where an export goes, and getting it there without losing anything.

- Choosing the folder: an export replaces only an earlier ledcast export *of
  the same playlist* (its manifest.json names this workspace and playlist, and
  the folder holds nothing but the files that manifest lists). Any other
  existing name — a user's own folder (compared case-insensitively:
  FAT32 and NTFS are), another playlist's export — gets a suffixed name
  (`music-2`), never a replacement.
- One export per destination: an OS lock file beside it (`.<name>.ledcast-lock`,
  see oslock) that a killed process releases by dying.
- The swap: the finished, verified staging folder replaces the destination in
  two renames. A journal (`.<name>.ledcast-swap.json`) written before the first
  rename lets the next export, `export list` or the Export page finish the swap
  or roll it back, so the destination holds the old or the new complete export,
  never nothing. Recovery never replaces a folder that is not such an export:
  the recovered export is then kept beside it under a suffixed name.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
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
W_SWAP_KEPT_ASIDE = QT_TRANSLATE_NOOP(
    "Errors", "An interrupted export to “{folder}” could not go back there, as “{folder}” now holds something "
    "else (left as it is); the export was kept in “{kept}”.")
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
    return Owner(str(_part(m, "workspace").get("id") or ""), playlist["id"], str(playlist.get("name", "")),
                 str(playlist["created"]) if playlist.get("created") else None)


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
        return all(name_key(entry.name) in listed or (entry.is_file() and _is_litter(entry.name))
                   for entry in folder.iterdir())
    except OSError:
        return False


def is_ours(folder: Path, owner: Owner) -> bool:
    """An earlier export of this very playlist (of this workspace), and nothing else."""
    m = read_manifest(folder)
    return m is not None and owned_by(m, owner) and only_listed(folder, m)


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


@dataclass
class Recovery:
    """What settling interrupted exports did: notes for the operator, and the
    folders where a new export was completed (the history should list them)."""

    notes: list[LedcastError] = field(default_factory=list)
    completed: list[Path] = field(default_factory=list)

    def add(self, other: Recovery) -> None:
        self.notes += other.notes
        self.completed += other.completed


@dataclass
class Claim:
    dest: Destination
    lock: oslock.Held
    recovery: Recovery
    created: list[Path]  # folders made to reach the destination

    def give_up(self) -> None:
        """Release the lock and remove the folders made for an export that placed nothing."""
        self.lock.release()
        remove_created(self.created)


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


def claim(out: Path, owner: Owner, slug: str) -> Claim:
    """Resolve the destination and lock it; an interrupted swap there is settled
    and dead exports' leftovers removed under the lock, then the choice is checked
    again (what was settled may have changed it). Folders made on the way are
    removed again if this fails."""
    recovery = Recovery()
    for _ in range(5):
        try:
            d = resolve_destination(out, owner, slug)
            created = make_parents(d.folder.parent)
        except OSError as exc:  # a name too long for the file system, a folder that cannot be listed
            raise write_error(out, exc) from exc
        try:
            lock = lock_dest(d.folder)
        except OSError as exc:
            remove_created(created)
            raise write_error(d.folder, exc) from exc
        if lock is None:
            remove_created(created)
            raise LedcastError(M_DEST_BUSY, path=str(d.folder))
        held = Claim(d, lock, recovery, created)
        try:
            tidy(d.folder, recovery)
            again = resolve_destination(out, owner, slug)
        except OSError as exc:
            held.give_up()
            raise write_error(d.folder, exc) from exc
        except BaseException:
            held.give_up()
            raise
        if again.folder == d.folder:
            return held
        held.give_up()
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
            _settle_journal(dest, prefer_new=False, recovery=Recovery())
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


def _existing(path: Path | None) -> Path | None:
    return path if path is not None and os.path.lexists(path) else None


def _free_sibling(dest: Path) -> Path:
    entries = _entries(dest.parent)
    for n in range(2, MAX_SUFFIX + 1):
        name = safe_file_name(f"{dest.name}-{n}")
        if name_key(name) not in entries:
            return dest.with_name(name)
    raise LedcastError(M_DEST_NO_NAME, path=str(dest.parent), name=dest.name)


def _set_aside(copy: Path, dest: Path, recovery: Recovery, new: bool) -> Path:
    """Make a hidden copy visible beside `dest`, which now holds something that is
    not an export of its playlist (and is left alone)."""
    kept = _free_sibling(dest)
    os.replace(copy, kept)
    durable.fsync_dir(dest.parent, ignore_errors=True)
    recovery.notes.append(LedcastError(W_SWAP_KEPT_ASIDE, folder=str(dest), kept=str(kept)))
    if new:
        recovery.completed.append(kept)
    return kept


def _same_playlist(folder: Path, copy: Path) -> bool:
    """`folder` is a complete export of the playlist the export `copy` belongs to, and nothing else."""
    owner = owner_of(read_manifest(copy))
    return owner is not None and is_ours(folder, owner) and is_complete(folder)


def _drop_old(dest: Path, old: Path, recovery: Recovery) -> None:
    """A hidden earlier copy goes only once `dest` holds a complete export of its
    playlist; beside anything else it is made visible instead. (A copy without a
    manifest is one whose removal was cut short.)"""
    if read_manifest(old) is None or _same_playlist(dest, old):
        shutil.rmtree(old, ignore_errors=True)
    else:
        _set_aside(old, dest, recovery, new=False)


def _settle_journal(dest: Path, prefer_new: bool, recovery: Recovery) -> str | None:
    """Finish or undo the swap the journal beside `dest` describes. Returns
    "finished", "rolled back", "kept aside" or None (nothing to do). Never deletes
    the only copy, and never replaces or deletes a `dest` that is not an export of
    the playlist (the operator may have put a folder of their own there)."""
    journal = journal_path(dest)
    data = _read_journal(journal)
    if data is None:  # no journal (or an unreadable one): no rename can have happened after it
        journal.unlink(missing_ok=True)
        return None
    staging = _existing(_sibling(dest, data.get("staging")))
    planned_old = _sibling(dest, data.get("old"))
    old = _existing(planned_old)
    new_ok = staging is not None and is_complete(staging)
    owner = (owner_of(read_manifest(staging)) if staging else None) or (
        owner_of(read_manifest(old)) if old else None)
    action: str | None = None
    if not os.path.lexists(dest):
        if prefer_new and staging is not None and new_ok:
            os.replace(staging, dest)  # may raise: then the journal stays for the next try
            staging, action = None, "finished"
        elif old is not None:
            os.replace(old, dest)
            old, action = None, "rolled back"
    elif staging is None:
        action = "finished"  # the new export got into place before the kill
    elif owner is not None and is_ours(dest, owner):  # still the earlier export: killed before the renames
        if prefer_new and new_ok and planned_old is not None:
            swap_into_place(staging, dest)
            staging, action = None, "finished"
        else:
            action = "rolled back" if planned_old is not None else None
    else:  # the operator's own folder took the name meanwhile: the export is kept beside it
        keep = staging if new_ok and (prefer_new or old is None) else old
        if keep is not None:
            kept = _set_aside(keep, dest, recovery, new=keep is staging)
            action = "kept aside"
            other = old if keep is staging else staging
            staging = old = None
            if other is not None and is_complete(kept):  # else the other copy stays hidden, for a later look
                shutil.rmtree(other, ignore_errors=True)
    durable.fsync_dir(dest.parent, ignore_errors=True)
    journal.unlink(missing_ok=True)
    if os.path.lexists(dest):
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        if old is not None and old.exists():
            _drop_old(dest, old, recovery)
    return action


def settle(dest: Path, recovery: Recovery | None = None) -> list[LedcastError]:
    """Under the destination's lock: settle an interrupted swap, and put back an
    earlier export that a version without the journal left hidden."""
    rec = Recovery()
    action = _settle_journal(dest, prefer_new=True, recovery=rec)
    if action is None and not os.path.lexists(dest):
        olds = _leftovers(dest, OLD)
        if olds:
            newest = max(olds, key=lambda p: p.stat().st_mtime)
            os.replace(newest, dest)
            action = "rolled back"
    if action == "finished":
        rec.notes.insert(0, LedcastError(W_SWAP_FINISHED, folder=str(dest)))
        rec.completed.insert(0, dest)
    elif action == "rolled back":
        rec.notes.insert(0, LedcastError(W_SWAP_ROLLED_BACK, folder=str(dest)))
    if recovery is not None:
        recovery.add(rec)
    return rec.notes


def _leftovers(dest: Path, marker: str) -> list[Path]:
    prefix = f".{dest.name}{marker}"
    try:
        return [c for c in dest.parent.iterdir() if c.name.startswith(prefix)]
    except OSError:
        return []


def clear_leftovers(dest: Path, recovery: Recovery | None = None) -> None:
    """Under the destination's lock, after `settle`: staging folders of dead
    exports (a live one would hold the lock) and, once the destination holds a
    complete export of their playlist, hidden earlier copies (beside anything
    else they are made visible). An earlier copy is never removed while the
    destination is missing: it may be the only one."""
    if journal_path(dest).exists():
        return  # a swap that could not be settled: everything stays for the next try
    for partial in _leftovers(dest, PARTIAL):
        shutil.rmtree(partial, ignore_errors=True)
    for tmp in _leftovers(dest, SWAP + ".tmp"):
        tmp.unlink(missing_ok=True)
    if os.path.lexists(dest):
        for old in _leftovers(dest, OLD):
            _drop_old(dest, old, recovery if recovery is not None else Recovery())


def tidy(dest: Path, recovery: Recovery) -> None:
    """Under the destination's lock: settle, then clear the leftovers."""
    settle(dest, recovery)
    clear_leftovers(dest, recovery)


def _dest_name(hidden: str) -> str | None:
    """The destination a hidden leftover (`.<dest>.ledcast-…`) belongs to."""
    if not hidden.startswith("."):
        return None
    for marker in (SWAP + ".tmp", SWAP, LOCK):
        if hidden.endswith(marker):
            return hidden[1:-len(marker)] or None
    for marker in (OLD, PARTIAL):
        if marker in hidden:
            return hidden[1:hidden.rindex(marker)] or None
    return None


def recover_folder(parent: Path, names: set[str] | None = None,
                   recovery: Recovery | None = None) -> list[LedcastError]:
    """Settle every interrupted swap in `parent` (or only for the destinations
    `names`) and remove dead exports' staging folders and lock files, wherever
    the destination's lock is free; what a live export holds is left to it.
    Cheap: one directory listing. Never raises for a missing or unwritable folder."""
    rec = Recovery()
    try:
        children = [c.name for c in parent.iterdir()] if parent.is_dir() else []
    except OSError:
        return rec.notes
    dests = {d for d in map(_dest_name, children) if d}
    wanted = None if names is None else {name_key(n) for n in names}
    for name in sorted(dests):
        if wanted is not None and name_key(name) not in wanted:
            continue
        dest = parent / name
        try:
            lock = lock_dest(dest)
            if lock is None:
                continue
            with lock:  # released: the stale lock file is gone too
                tidy(dest, rec)
        except (OSError, LedcastError):
            continue
    if recovery is not None:
        recovery.add(rec)
    return rec.notes


def recover_around(out: Path, recovery: Recovery | None = None) -> list[LedcastError]:
    """Before an export to `out` (even one that then fails validation): settle
    interrupted swaps of `out` itself and of the folders inside it."""
    notes = recover_folder(out.parent, {out.name}, recovery) if out.name else []
    return notes + recover_folder(out, None, recovery)
