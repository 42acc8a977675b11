"""Getting written bytes and renames onto the disk before going on (fsync), so a
power cut or a pulled USB stick leaves the old or the new state, not a hole."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path, ignore_errors: bool = False) -> None:
    """Flush a written (and closed) file's data to the disk."""
    _fsync(path, os.O_RDWR, ignore_errors)  # Windows refuses to flush a read-only handle


def fsync_dir(path: Path, ignore_errors: bool = False) -> None:
    """Make the renames and new names in the folder `path` durable. A no-op on
    Windows: directories cannot be opened for fsync there; NTFS journals renames."""
    if os.name != "nt":
        _fsync(path, os.O_RDONLY, ignore_errors)


def _fsync(path: Path, flags: int, ignore_errors: bool) -> None:
    try:
        fd = os.open(path, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        if not ignore_errors:
            raise


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to `path` all or nothing: a temporary file beside it (created with
    `mode` on POSIX, so a private key is never readable by others), fsynced, renamed."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        if mode is not None and os.name != "nt":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent, ignore_errors=True)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read_choice(path: Path) -> str:
    """A one-line per-PC choice kept in the workspace folder (database.url,
    media-store.path); "" when none is saved."""
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


def save_choice(path: Path, value: str | None) -> None:
    """Save (None: forget) a one-line choice, never half-written."""
    if value is None:
        path.unlink(missing_ok=True)
    else:
        write_atomic(path, (value + "\n").encode("utf-8"))
