"""The shared media store: a folder several PCs reach (\\\\server\\ledcast-media, a mapped
drive) so that media imported on one PC of a centre are usable from the others.

Each PC keeps its own local store (media/ in the workspace); the database, shared on a
server, lists media by SHA-256 and store path. On import a PC also copies the stored
file to the shared store; when a stored file is missing locally, `local_media` fetches
it by its SHA-256 name from the shared store, checks the SHA-256, then renames it in.
The shared store mirrors the local layout: media/ab/<sha256>.ext is ab/<sha256>.ext there.

Its path is a per-PC choice (a drive letter may differ from PC to PC), saved in
`media-store.path` in the workspace folder, as `database.url` is."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import uuid
from pathlib import Path, PurePosixPath

from ledcast.core import durable
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.jobs import CancelCheck, check
from ledcast.core.text import nfc

SETTING_FILE = "media-store.path"
STORE_PREFIX = "media"  # the local store's folder; the shared store holds what is below it
CHUNK = 1 << 20

M_SHARED_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The media file “{name}” is neither in this PC's store nor in the shared media store “{share}”: "
    "import it again on the PC that has it.",
)
M_SHARED_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "Could not fetch the media file “{name}” from the shared media store “{share}”: {reason}"
)
M_SHARED_TAMPERED = QT_TRANSLATE_NOOP(
    "Errors",
    "The copy of “{name}” in the shared media store “{share}” is not the imported file (its SHA-256 differs): "
    "it was not used. Import the file again on the PC that has it.",
)
M_SHARED_GONE = QT_TRANSLATE_NOOP(
    "Errors",
    "The shared media store “{share}” cannot be reached (the media file “{name}” is needed from it): "
    "check the network and that the share is connected.",
)
M_SHARED_WRITE = QT_TRANSLATE_NOOP(
    "Errors",
    "Imported on this PC, but not copied to the shared media store “{share}”, so the other PCs cannot use it yet: "
    "{reason}. Import the file again once the share is reachable.",
)
M_SHARED_PATH = QT_TRANSLATE_NOOP("Errors", "The shared media store “{path}” is not a folder this PC can reach.")


class SharedStoreError(LedcastError):
    pass


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def setting_path(root: Path) -> Path:
    return root / SETTING_FILE


def shared_store(root: Path) -> Path | None:
    """The shared media store this PC's workspace uses, or None."""
    value = durable.read_choice(setting_path(root))
    return Path(value) if value else None


def save_shared_store(root: Path, path: str | os.PathLike[str] | None) -> Path | None:
    """Use this folder as the shared media store from now on (None: none). It must
    exist and be a folder: a typo never silently turns every fetch into an error."""
    if path is None:
        durable.save_choice(setting_path(root), None)
        return None
    folder = Path(nfc(os.fspath(path).strip()))
    if not os.fspath(path).strip() or not folder.is_dir():
        raise SharedStoreError(M_SHARED_PATH, path=str(folder))
    durable.save_choice(setting_path(root), str(folder))
    return folder


def shared_path(share: Path, store_path: str) -> Path:
    """Where a stored file (media/ab/<sha>.ext) lives in the shared store (ab/<sha>.ext)."""
    parts = PurePosixPath(store_path).parts
    if parts and parts[0] == STORE_PREFIX:
        parts = parts[1:]
    return share.joinpath(*parts)


def file_sha256(path: Path, cancel: CancelCheck | None = None) -> str:
    """A stored file's SHA-256, read a chunk at a time (library_check's deep check too)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            check(cancel)
            digest.update(chunk)
    return digest.hexdigest()


def _copy_in(src: Path, dst: Path) -> Path:
    """Copy `src` beside `dst` under a temporary name (.incoming-…); returns it."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f".incoming-{uuid.uuid4().hex[:12]}{dst.suffix}")
    try:
        shutil.copyfile(src, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def publish(root: Path, store_path: str) -> Path | None:
    """Copy a stored file to the shared store, if this PC uses one (temp + rename, so
    other PCs never see half a file). Skipped when a file of the same size is already
    there: names are SHA-256s and a fetch checks the hash anyway. Raises
    SharedStoreError when the share cannot be written; returns the shared path, or
    None without a share."""
    share = shared_store(root)
    if share is None:
        return None
    dst = shared_path(share, store_path)
    try:
        if not share.is_dir():  # never create a missing share's path on the local disk
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(share))
        size = (root / store_path).stat().st_size
        with contextlib.suppress(FileNotFoundError):
            if dst.stat().st_size == size:
                return dst
        tmp = _copy_in(root / store_path, dst)
        try:
            os.replace(tmp, dst)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise SharedStoreError(M_SHARED_WRITE, share=str(share), reason=_reason(exc)) from exc
    return dst


def local_media(root: Path, store_path: str, sha256: str) -> Path:
    """The stored file's path in this PC's store, fetched from the shared store first
    when it is missing here and a shared store is set. Without a shared store the
    local path is returned as it is (callers report a missing file as before)."""
    local = root / store_path
    if local.exists():
        return local
    share = shared_store(root)
    if share is None:
        return local
    src = shared_path(share, store_path)
    name = PurePosixPath(store_path).name
    if not src.is_file():
        if not share.is_dir():
            raise SharedStoreError(M_SHARED_GONE, name=name, share=str(share))
        raise SharedStoreError(M_SHARED_MISSING, name=name, share=str(share))
    try:
        tmp = _copy_in(src, local)
    except OSError as exc:
        raise SharedStoreError(M_SHARED_UNREACHABLE, name=name, share=str(share), reason=_reason(exc)) from exc
    try:
        if file_sha256(tmp) != sha256:
            raise SharedStoreError(M_SHARED_TAMPERED, name=name, share=str(share))
        os.replace(tmp, local)  # same content from any PC: a concurrent fetch is harmless
    finally:
        tmp.unlink(missing_ok=True)
    return local
