"""Content-addressed cache of rendered segments in the workspace.

A segment is keyed by everything that shapes its bytes (source content, size,
fps, fit, frames, trim, fades, encoder settings), so a re-export renders only
what changed and assembles the rest without re-encoding.

The cache is capped (a workspace setting, automatic by default) and pruned
least-recently-used first after each export. "Used" is the file's mtime: every
get/produce touches the segment (atime is off on many disks and on Windows).
A cache object in use holds a marker locked in `.in-use/`; prune never removes
a segment used since the oldest live marker began, so an export running in
this or another process keeps what it needs."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ledcast.core import oslock

if TYPE_CHECKING:
    from ledcast.core.workspace import Workspace

IN_USE_DIR = ".in-use"
IN_USE_SUFFIX = ".run"
AUTO_MAX_BYTES = 5 * 1024**3  # automatic limit: 5 GB ...
AUTO_SHARE = 0.10  # ... or 10 % of the disk space the cache may use (free + its own), whichever is less


class SegmentCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self._in_use: oslock.Held | None = None

    def _begin_use(self) -> None:
        """Before the first touch: a live marker older than every segment we use."""
        if self._in_use is None:
            try:
                self._in_use = oslock.hold(self.root / IN_USE_DIR, IN_USE_SUFFIX)
            except OSError:
                pass  # a read-only cache still works; it just is not protected from pruning

    def close(self) -> None:
        if self._in_use is not None:
            self._in_use.release()
            self._in_use = None

    @staticmethod
    def _touch(p: Path) -> None:
        try:
            os.utime(p)
        except OSError:
            pass

    @staticmethod
    def key(spec: dict[str, Any]) -> str:
        blob = json.dumps(spec, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def path(self, key: str, suffix: str = ".mp4") -> Path:
        return self.root / key[:2] / f"{key}{suffix}"

    def get(self, key: str, suffix: str = ".mp4") -> Path | None:
        self._begin_use()
        p = self.path(key, suffix)
        if p.exists() and p.stat().st_size > 0:
            self._touch(p)
            return p
        return None

    def temp_for(self, key: str, suffix: str = ".mp4") -> Path:
        final = self.path(key, suffix)
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".partial-", suffix=suffix, dir=final.parent)
        os.close(fd)
        return Path(tmp)

    def commit(self, tmp: Path, key: str, suffix: str = ".mp4") -> Path:
        self._begin_use()
        final = self.path(key, suffix)
        os.replace(tmp, final)
        self._touch(final)
        return final

    def produce(self, key: str, build: Callable[[Path], None], suffix: str = ".mp4") -> Path:
        """The cached file for `key`, building it into a temporary file first when
        missing: a failed or cancelled build never leaves a half file in the cache."""
        found = self.get(key, suffix)
        if found is not None:
            return found
        self._begin_use()
        tmp = self.temp_for(key, suffix)
        try:
            build(tmp)
            return self.commit(tmp, key, suffix)
        finally:
            tmp.unlink(missing_ok=True)


# --- size, limit, pruning ---------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    path: Path
    size: int
    used: float  # mtime: last get/produce


def segments(root: Path) -> list[Segment]:
    """The committed segments (not the .partial-* being written), oldest use first."""
    found = []
    try:
        subdirs = [d for d in os.scandir(root) if d.is_dir() and not d.name.startswith(".")]
    except OSError:
        return []
    for sub in subdirs:
        try:
            entries = list(os.scandir(sub.path))
        except OSError:
            continue
        for e in entries:
            if e.name.startswith(".") or not e.is_file(follow_symlinks=False):
                continue
            try:
                st = e.stat(follow_symlinks=False)
            except OSError:
                continue
            found.append(Segment(Path(e.path), st.st_size, st.st_mtime))
    return sorted(found, key=lambda s: s.used)


def auto_limit(root: Path, used_bytes: int) -> int:
    """min(5 GB, 10 % of the space the cache could have: free space + its own size),
    worked out again at each prune, so it follows the disk as it fills."""
    try:
        free = shutil.disk_usage(root).free
    except OSError:
        free = 0
    return int(min(AUTO_MAX_BYTES, AUTO_SHARE * (free + used_bytes)))


def _protected_since(root: Path) -> float | None:
    """Segments used at or after this time may belong to a running export (None: none
    runs). If the clock went back since one began, everything counts as in use."""
    live = oslock.reap(root / IN_USE_DIR, IN_USE_SUFFIX)
    if not live:
        return None
    return float("-inf") if max(live) > time.time() + 2 else min(live)


def prune(root: Path, max_bytes: int) -> tuple[int, int]:
    """Remove least-recently-used segments until the cache holds at most `max_bytes`,
    never one a running export may still need. Returns (files, bytes) removed."""
    found = segments(root)
    total = sum(s.size for s in found)
    since = _protected_since(root)
    files = removed = 0
    for seg in found:
        if total <= max_bytes:
            break
        if since is not None and seg.used >= since:
            continue
        try:
            if seg.path.stat().st_mtime != seg.used:
                continue  # used meanwhile
            seg.path.unlink()
        except OSError:
            continue
        total -= seg.size
        files += 1
        removed += seg.size
    return files, removed


@dataclass(frozen=True)
class CacheStatus:
    path: Path
    bytes: int
    files: int
    limit_bytes: int
    automatic: bool  # the limit is the automatic one (no setting stored)


def segments_dir(ws: Workspace) -> Path:
    return ws.root / "cache" / "segments"


def cache_status(ws: Workspace) -> CacheStatus:
    from ledcast.core.settings import cache_limit_setting

    root = segments_dir(ws)
    found = segments(root)
    used = sum(s.size for s in found)
    chosen = cache_limit_setting(ws)
    limit = chosen if chosen is not None else auto_limit(root if root.exists() else ws.root, used)
    return CacheStatus(root, used, len(found), limit, chosen is None)


@dataclass(frozen=True)
class PruneResult:
    removed_files: int
    removed_bytes: int
    status: CacheStatus  # after pruning


def prune_cache(ws: Workspace, *, everything: bool = False) -> PruneResult:
    """Prune to the limit, or (`everything`) empty the cache except what a running
    export uses."""
    before = cache_status(ws)
    files, removed = prune(before.path, 0 if everything else before.limit_bytes)
    return PruneResult(files, removed, cache_status(ws))


def prune_after_export(ws: Workspace) -> None:
    """Called at the end of each export; a failure here never fails the export."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        prune_cache(ws)
    except (OSError, SQLAlchemyError):
        pass
