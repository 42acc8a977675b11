"""The workspace's log, `logs/ledcast.log`: what the app did and what went wrong.

Set up once the workspace is known (GUI start, the CLI's workspace opening), with
standard `logging` and a rotating file (1 MB × 3 older generations, UTF-8), so an
operator can send it when something failed. INFO by default; debug mode (`--debug`
or LEDCAST_DEBUG=1) logs DEBUG and also writes the records to stderr.
Cheap: the file is opened on the first record, nothing is set up for `--version`.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
from pathlib import Path

from ledcast import __version__

LOG_DIR = "logs"
LOG_NAME = "ledcast.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
DEBUG_ENV = "LEDCAST_DEBUG"
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("ledcast")

_handlers: list[logging.Handler] = []
_path: Path | None = None


def debug_enabled() -> bool:
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


def log_path(root: str | os.PathLike[str]) -> Path:
    return Path(root) / LOG_DIR / LOG_NAME


def current_log() -> Path | None:
    """The workspace log in use by this process, None before setup (or when it could not be opened)."""
    return _path


def setup(root: str | os.PathLike[str], *, what: str = "") -> Path | None:
    """Log into `root`/logs/ledcast.log from now on (again for another workspace: the
    earlier file is closed). Returns the file, or None when its folder cannot be made
    (a read-only workspace still works; only stderr in debug mode gets the records)."""
    global _path
    debug = debug_enabled()
    path: Path | None = log_path(root)
    if _handlers and path == _path and log.level == (logging.DEBUG if debug else logging.INFO):
        return path  # a command opening its workspace twice: one log, one start line
    shutdown()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        path = None
    else:
        _add(handler)
    if debug:
        _add(logging.StreamHandler(sys.stderr))
    _path = path
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    log.info(
        "ledcast %s started%s; workspace %s; Python %s on %s",
        __version__,
        f" ({what})" if what else "",
        Path(root),
        platform.python_version(),
        platform.platform(terse=True),
    )
    return path


def _add(handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    _handlers.append(handler)


def shutdown() -> None:
    """Close the log's handlers (tests; switching workspace)."""
    global _path
    while _handlers:
        handler = _handlers.pop()
        log.removeHandler(handler)
        handler.close()
    _path = None
    log.setLevel(logging.NOTSET)


def log_exception(exc: BaseException, context: str) -> Path | None:
    """Write an unexpected error with its traceback; the file it went to, None without a log."""
    log.error("%s: %s", context, exc, exc_info=(type(exc), exc, exc.__traceback__))
    for handler in _handlers:
        handler.flush()
    return _path
