"""Getting a verified export into place, and what a kill in the middle leaves.

- Claiming the destination: chosen (see `destination`), locked, and settled
  under the lock before anything is written.
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
from ledcast.core.export.destination import (
    LOCK,
    M_DEST_BUSY,
    M_DEST_NO_NAME,
    MAX_SUFFIX,
    OLD,
    PARTIAL,
    SWAP,
    Destination,
    Owner,
    entries_by_name,
    is_complete,
    is_ours,
    lock_dest,
    make_parents,
    name_key,
    owner_of,
    read_manifest,
    remove_created,
    resolve_destination,
    write_error,
)
from ledcast.core.testhooks import checkpoint
from ledcast.core.text import safe_file_name

W_SWAP_FINISHED = QT_TRANSLATE_NOOP("Errors", "An interrupted export to “{folder}” was completed.")
W_SWAP_ROLLED_BACK = QT_TRANSLATE_NOOP(
    "Errors", "An interrupted export to “{folder}” was undone: the earlier export is back in place."
)
W_SWAP_KEPT_ASIDE = QT_TRANSLATE_NOOP(
    "Errors",
    "An interrupted export to “{folder}” could not go back there, as “{folder}” now holds something "
    "else (left as it is); the export was kept in “{kept}”.",
)


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
    journal = _write_journal(
        dest, {"dest": dest.name, "staging": staging.name, "old": old.name if old else None, "pid": os.getpid()}
    )
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
    entries = entries_by_name(dest.parent)
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
    owner = (owner_of(read_manifest(staging)) if staging else None) or (owner_of(read_manifest(old)) if old else None)
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
            return hidden[1 : -len(marker)] or None
    for marker in (OLD, PARTIAL):
        if marker in hidden:
            return hidden[1 : hidden.rindex(marker)] or None
    return None


def recover_folder(parent: Path, names: set[str] | None = None, recovery: Recovery | None = None) -> list[LedcastError]:
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
