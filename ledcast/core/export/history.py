"""The export history (the Export table), the records of exports under way,
and putting back in the history what a kill kept an export from recording."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import select

from ledcast.core.db.models import Export, Playlist
from ledcast.core.errors import LedcastError
from ledcast.core.export.destination import is_complete, lock_dest, read_manifest
from ledcast.core.export.recovery import Recovery, journal_path, recover_folder
from ledcast.core.settings import workspace_uid
from ledcast.core.text import clean_text
from ledcast.core.workspace import Workspace


def list_exports(ws: Workspace) -> list[Export]:
    with ws.session() as sess:
        return list(sess.scalars(select(Export).order_by(Export.created_at.desc(), Export.id.desc())))


INTACT, CHANGED, REPLACED, MISSING = "intact", "changed", "replaced", "missing"


def export_status(e: Export) -> str:
    """Whether the folder of a past export still holds it, checked cheaply (no
    re-hashing): `missing` (no folder or no manifest), `replaced` (a later export
    is there now), `changed` (a listed file gone or of another size, or the
    manifest edited) or `intact`."""
    folder, recorded = Path(e.out_path), e.manifest or {}
    m = read_manifest(folder)
    if m is None:
        return MISSING
    if (m.get("token"), m.get("created")) != (recorded.get("token"), recorded.get("created")):
        return REPLACED
    if m != recorded:
        return CHANGED
    try:
        sizes_match = all((folder / f["name"]).stat().st_size == f["size"] for f in recorded.get("files", []))
    except (OSError, KeyError, TypeError):
        sizes_match = False
    return INTACT if sizes_match else CHANGED


def playlist_created(p: Playlist) -> str | None:
    """When the playlist row was made, as manifests carry it (SQLite reuses a removed playlist's id)."""
    return p.created_at.isoformat() if p.created_at is not None else None


# --- exports under way ------------------------------------------------------------------


def _pending_dir(ws: Workspace) -> Path:
    """One small file per export under way, naming its destination: a killed
    export's destination is found again even before the history lists it."""
    return ws.root / "cache" / "pending-exports"


def add_pending(ws: Workspace, dest: Path, token: str) -> Path:
    folder = _pending_dir(ws)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{token}.json"
    path.write_text(json.dumps({"dest": str(dest), "token": token}, ensure_ascii=False), encoding="utf-8")
    return path


def _pending(ws: Workspace) -> list[tuple[Path, Path, str]]:
    """(record, destination, token) of every export recorded as under way."""
    found = []
    try:
        records = sorted(_pending_dir(ws).glob("*.json"))
    except OSError:
        return found
    for path in records:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append((path, Path(data["dest"]), str(data["token"])))
        except (OSError, ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)
    return found


# --- recovery into the history ------------------------------------------------------------


def record_recovered(ws: Workspace, folders: list[Path]) -> list[int]:
    """Put in the history the exports of this workspace that recovery completed
    (a kill came before the export could record itself); once each."""
    uid, ids = workspace_uid(ws), []
    for folder in folders:
        m = read_manifest(folder)
        if m is None or not is_complete(folder) or (m.get("workspace") or {}).get("id") != uid:
            continue
        out_path = str(folder.resolve())
        with ws.session() as sess:
            rows = sess.scalars(select(Export).where(Export.out_path == out_path)).all()
            if any(
                (r.manifest or {}).get("token") == m.get("token")
                and (r.manifest or {}).get("created") == m.get("created")
                for r in rows
            ):
                continue
            playlist = m.get("playlist") or {}
            row = sess.get(Playlist, playlist.get("id")) if isinstance(playlist.get("id"), int) else None
            same = row is not None and (not playlist.get("created") or playlist_created(row) == playlist.get("created"))
            files = m.get("files") or []
            exp = Export(
                playlist_id=row.id if same and row is not None else None,
                playlist_name=clean_text(str(playlist.get("name", ""))),
                kind=str(m.get("kind", "")),
                out_path=out_path,
                content_hash=str(playlist.get("content_hash", "")),
                file_count=len(files),
                total_bytes=sum(int(f.get("size", 0)) for f in files),
                manifest=m,
            )
            sess.add(exp)
            sess.flush()
            ids.append(exp.id)
    return ids


def recover_interrupted(ws: Workspace) -> list[LedcastError]:
    """Settle swaps a kill interrupted, and clear dead exports' leftovers, at the
    folders past exports went to and those of exports recorded as under way (the
    Export page and `export list` call this; each export also does it for its
    own destination). Completed exports of this workspace join the history.
    Cheap: one listing per distinct parent folder."""
    with ws.session() as sess:
        paths = set(sess.scalars(select(Export.out_path).distinct()))
    pending = _pending(ws)
    by_parent: dict[Path, set[str]] = {}
    for folder in [Path(raw) for raw in paths] + [dest for _, dest, _ in pending]:
        if folder.name:
            by_parent.setdefault(folder.parent, set()).add(folder.name)
    recovery = Recovery()
    for parent, names in sorted(by_parent.items()):
        recover_folder(parent, names, recovery)
    for record, dest, _token in pending:
        if _busy(dest):
            continue  # an export is writing there right now
        if os.path.lexists(dest) and not journal_path(dest).exists():
            recovery.completed.append(dest)  # killed after the swap, before it recorded itself
        record.unlink(missing_ok=True)
    record_recovered(ws, recovery.completed)
    return recovery.notes


def _busy(dest: Path) -> bool:
    """A live export holds the destination's lock (a folder gone or unwritable: nobody does)."""
    try:
        lock = lock_dest(dest) if dest.parent.is_dir() else None
    except OSError:
        return False
    if lock is None:
        return dest.parent.is_dir()
    lock.release()
    return False
