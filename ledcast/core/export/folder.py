"""The staged-and-verified export folder every export is made in: written into a
hidden sibling folder, read back and verified, described by manifest.json (size,
SHA-256, MD5 per file), then renamed into place — so the destination is either
the old export or the complete new one, never half of either. The screen and
loudspeaker builds only fill the staging folder (see `run_export`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ledcast import __version__
from ledcast.core import durable, jobs
from ledcast.core import playlist as pl
from ledcast.core.approval import check_approval
from ledcast.core.db.models import Export, Playlist
from ledcast.core.db.models import Plan as PlanRow
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.export.destination import (
    FORMAT,
    PARTIAL,
    Earlier,
    Owner,
    ReplaceNeeded,
    checked_out,
    earlier_in,
    resolve_destination,
    write_error,
)
from ledcast.core.export.files import Written, clean
from ledcast.core.export.history import add_pending, playlist_created, record_recovered
from ledcast.core.export.recovery import Recovery, claim, journal_path, recover_around, swap_into_place
from ledcast.core.export.result import ExportResult
from ledcast.core.export.schedule_files import schedule_rules
from ledcast.core.outlets import outlet_summary
from ledcast.core.render.cache import SegmentCache, prune_after_export
from ledcast.core.render.screen import M_EMPTY_PLAYLIST
from ledcast.core.settings import workspace_uid
from ledcast.core.testhooks import checkpoint
from ledcast.core.text import ascii_slug, clean_text
from ledcast.core.workspace import Workspace

FORMAT_VERSION = 1

M_VERIFY_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The exported file “{name}” did not verify ({detail}); the export was not kept."
)

Progress = jobs.Progress  # (fraction of the export done 0..1, label), like every job
# build(staging, work_dir, report) fills the staging folder: its files, and what the manifest says of them
Build = Callable[[Path, Path, Callable[[float, str], None]], tuple[Written, dict[str, Any]]]


def segment_cache(ws: Workspace) -> SegmentCache:
    return SegmentCache(ws.root / "cache" / "segments")


@dataclass
class Done:
    dest: Path
    export_id: int
    manifest: dict[str, Any]
    notes: list[LedcastError]
    renamed_from: Path | None


def owner(ws: Workspace, p: Playlist) -> Owner:
    """This playlist, as export manifests name it."""
    return Owner(workspace_uid(ws), p.id, p.name, playlist_created(p))


def file_entry(path: Path) -> dict[str, Any]:
    """Read a written file back: its size, SHA-256 and MD5 (controllers use MD5)."""
    sha, md5, size = hashlib.sha256(), hashlib.md5(usedforsecurity=False), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            sha.update(chunk)
            md5.update(chunk)
            size += len(chunk)
    return {"name": path.name, "size": size, "sha256": sha.hexdigest(), "md5": md5.hexdigest()}


def exportable(
    ws: Workspace,
    ref: str | int,
    out: str | os.PathLike[str],
    kind: str,
    wrong_kind: str,
    allow_unapproved: bool = False,
) -> tuple[Path, list[LedcastError], Playlist]:
    """The destination, with its interrupted swaps settled first (even an export
    refused below leaves it whole), and the playlist, of `kind`, not empty and
    approved (see core.approval: its warning joins the notes when allowed)."""
    out_path = checked_out(out)
    recovery = Recovery()
    recover_around(out_path, recovery)
    record_recovered(ws, recovery.completed)
    notes = recovery.notes
    p = pl.get_playlist(ws, ref)
    if p.kind != kind:
        raise LedcastError(wrong_kind, name=p.name)
    if not p.items:
        raise LedcastError(M_EMPTY_PLAYLIST, name=p.name)
    notes = notes + check_approval(ws, p, allow_unapproved)
    return out_path, notes, p


def earlier_export(ws: Workspace, p: Playlist, out: str | os.PathLike[str]) -> Earlier | None:
    """The earlier export of `p` an export to `out` would replace, if any: for
    asking before the export starts (run_export checks again under its lock)."""
    me = owner(ws, p)
    try:
        return earlier_in(resolve_destination(checked_out(out), me, ascii_slug(p.name)).folder, me)
    except (OSError, LedcastError):  # the export itself reports what is wrong with the destination
        return None


def plan_codes(ws: Workspace, p: Playlist) -> list[str]:
    plan_ids = {t.plan_id for i in p.items for t in i.media.tasks}
    if not plan_ids:
        return []
    with ws.session() as sess:
        return sorted(sess.scalars(select(PlanRow.code).where(PlanRow.id.in_(plan_ids))))


def run_export(
    ws: Workspace,
    p: Playlist,
    out: Path,
    kind: str,
    build: Build,
    progress: Progress | None,
    cancel: jobs.CancelCheck | None,
    notes: list[LedcastError],
    replace: bool = False,
) -> Done:
    """The part every export shares: the destination is chosen and locked, a
    hidden staging folder beside it is filled by `build`, every file is synced,
    checked and checksummed, manifest.json is written, and only then the folder
    is swapped into place (journalled) and the export recorded. Anything going
    wrong leaves the destination as it was. An earlier export of the playlist
    there is replaced only with `replace` (ReplaceNeeded otherwise, before
    anything is rendered)."""

    def report(fraction: float, label: str) -> None:
        if progress:
            progress(fraction, label)

    me = owner(ws, p)
    held = claim(out, me, ascii_slug(p.name))
    chosen, dest = held.dest, held.dest.folder
    record_recovered(ws, held.recovery.completed)
    earlier = None if replace else earlier_in(dest, me)
    if earlier is not None:
        held.give_up()
        raise ReplaceNeeded(earlier)
    notes = notes + held.recovery.notes + ([chosen.note()] if chosen.note() else [])
    staging: Path | None = None
    work_dir: Path | None = None
    placed = False
    token = uuid.uuid4().hex
    pending: Path | None = None
    try:
        pending = add_pending(ws, dest, token)
        cache_root = ws.root / "cache"
        cache_root.mkdir(parents=True, exist_ok=True)
        work_dir = Path(tempfile.mkdtemp(prefix="export-", dir=cache_root))
        try:
            staging = dest.with_name(f".{dest.name}{PARTIAL}{uuid.uuid4().hex[:8]}")
            staging.mkdir()
        except OSError as exc:
            raise write_error(dest, exc) from exc
        checkpoint("export.staging")
        report(0.0, p.name)
        try:
            written, details = build(staging, work_dir, report)
            report(0.98, p.name)
            files = []
            for path, check in written:
                jobs.check(cancel)
                durable.fsync_file(path, ignore_errors=True)
                if check is not None:
                    check(path)
                files.append(file_entry(path))
            manifest = clean(
                {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "kind": kind,
                    "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    "generator": f"ledcast {__version__}",
                    "plan": plan_codes(ws, p),
                    "token": token,
                    "workspace": {"id": me.workspace},
                    "playlist": {"id": p.id, "name": p.name, "created": me.created, "content_hash": pl.content_hash(p)},
                    "outlet": outlet_summary(p.outlet) if p.outlet else None,
                    **schedule_rules(ws, p),
                    **details,
                    "files": files,
                }
            )
            (staging / "manifest.json").write_text(
                json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            durable.fsync_file(staging / "manifest.json", ignore_errors=True)
            jobs.check(cancel)
            placing, staging = staging, None  # from here the swap journal owns it
            swap_into_place(placing, dest)  # journalled two renames: old or new, never nothing
            placed = True
        except OSError as exc:
            raise write_error(dest, exc) from exc
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if work_dir is not None:
            shutil.rmtree(work_dir, ignore_errors=True)
        if placed:
            held.lock.release()
        else:
            interrupted = journal_path(dest).exists()  # a failed swap the next run settles
            if pending is not None and not interrupted:
                pending.unlink(missing_ok=True)
            if interrupted:
                held.lock.release()
            else:
                held.give_up()
    with ws.session() as sess:
        row = Export(
            playlist_id=p.id,
            playlist_name=clean_text(p.name),
            kind=kind,
            out_path=str(dest.resolve()),
            content_hash=pl.content_hash(p),
            file_count=len(files),
            total_bytes=sum(f["size"] for f in files),
            manifest=manifest,
        )
        sess.add(row)
        sess.flush()
        export_id = row.id
    if pending is not None:
        pending.unlink(missing_ok=True)
    prune_after_export(ws)  # the cache stays under its limit; after the export: its segments are still in use
    report(1.0, p.name)
    return Done(dest, export_id, manifest, notes, chosen.taken)


def run_cached_export(
    cache: SegmentCache, stats: Callable[[], dict[str, Any]], *args: Any, **kwargs: Any
) -> ExportResult:
    """`run_export(*args, **kwargs)` with the segment cache an export opened, then its
    typed result with the `stats()` gathered while building (rendered frames, cached
    chunks…). The cache's in-use marker is held through the prune at the end of
    run_export and given up on return, success or not."""
    try:
        done = run_export(*args, **kwargs)
    finally:
        cache.close()
    return ExportResult.of(
        done.export_id, done.dest, done.manifest, notes=done.notes, renamed_from=done.renamed_from, **stats()
    )
