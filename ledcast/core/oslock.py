"""Advisory file locks that the operating system drops when their process dies
(flock on POSIX, msvcrt.locking on Windows).

A process says "I am alive and using this" by holding a lock on a file of its
own (`hold`); others find out whether that file's owner still lives by trying
to lock it themselves (`reap`). A well-known lock file is waited for (`acquire`)
or tried once (`try_acquire`). Used for the workspace's run markers, its setup
lock, the segment cache's in-use markers and the export destinations' locks."""

from __future__ import annotations

import errno
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _release(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # per open file: two opens in one process conflict

    def _release(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass  # never locked (a file system without locks); closing drops it anyway


_BUSY = (errno.EAGAIN, errno.EACCES, errno.EDEADLK)


def _try(fd: int, unguarded_ok: bool = False) -> bool:
    """Lock without waiting; False while another process holds it. With
    `unguarded_ok`, a file system that cannot lock at all counts as locked."""
    try:
        _lock(fd)
        return True
    except (BlockingIOError, PermissionError):
        return False
    except OSError as exc:
        return unguarded_ok and exc.errno not in _BUSY


@dataclass
class Held:
    path: Path
    fd: int | None
    shared: bool = False  # left on disk when released: `acquire`'s waiters may hold its inode

    def release(self) -> None:
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        gone = self.shared
        if not self.shared:  # unlink while still locked: nobody can take a file that is going away
            gone = self._unlink()
        _release(fd)
        os.close(fd)
        if not gone and os.name == "nt":  # Windows refuses to remove an open file: again, now closed
            self._unlink()

    def _unlink(self) -> bool:
        try:
            self.path.unlink()
            return True
        except OSError:
            return False  # Windows: still open (by us or a reaper); a later reap removes it

    def __enter__(self) -> Held:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:
        try:
            self.release()
        except Exception:  # noqa: BLE001 - at interpreter exit; the OS drops the lock anyway
            pass


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def hold(folder: Path, suffix: str = ".lock") -> Held:
    """Create and lock a file of our own in `folder`; its mtime is when we began."""
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(100):
        path = folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}{suffix}"
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        # Someone reaping in the instant between create and lock may have taken
        # and removed it: keep the lock only if the name is still our file.
        if _try(fd) and _same_file(fd, path):
            return Held(path, fd)
        os.close(fd)
        time.sleep(0.01)
    raise OSError(f"could not lock a file in {folder}")


def acquire(path: Path, timeout: float = 120.0) -> Held:
    """Wait for the shared lock file `path` (it stays on disk; never unlinked)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout
    while not _try(fd):
        if time.monotonic() > deadline:
            os.close(fd)
            raise TimeoutError(f"{path} is held by another process")
        time.sleep(0.05)
    return Held(path, fd, shared=True)


def try_acquire(path: Path, *, remove_on_release: bool = True, unguarded_ok: bool = False) -> Held | None:
    """Take the lock file `path` without waiting; None while another process holds
    it. With `remove_on_release` the file goes when released, so none lingers; a
    holder may remove it just as we lock, so the lock is kept only on the file
    that still bears the name. `unguarded_ok`: on a file system without locks
    (some network and FUSE mounts) go on unguarded rather than refuse forever."""
    for _ in range(5):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try(fd, unguarded_ok):
            os.close(fd)
            return None
        if _same_file(fd, path):
            return Held(path, fd, shared=not remove_on_release)
        os.close(fd)
    return None


def reap(folder: Path, suffix: str = ".lock") -> list[float]:
    """Remove the files in `folder` whose owner died; return the mtimes (start
    times) of those still held by a live process, ours included."""
    live: list[float] = []
    try:
        entries = list(folder.glob(f"*{suffix}"))
    except OSError:
        return live
    for path in entries:
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            continue  # gone meanwhile
        try:
            if _try(fd):  # nobody holds it: its process is gone
                try:
                    path.unlink()
                except OSError:
                    live.append(os.fstat(fd).st_mtime)  # Windows: its owner has it open, so it lives
                _release(fd)
            else:
                live.append(os.fstat(fd).st_mtime)
        finally:
            os.close(fd)
    return live
