"""Checking signed airing-log files in a second process while this one stores (issue 13).

A file's checks (JSON, columns, Ed25519) and its storing (SQLite) each take one core;
a thread did not help (the GIL), a process does. The child opens the workspace's
database read-only in spirit (the signer's key, the files already imported), reads
and checks one file and hands back the INSERT's parameters (text and numbers:
datetimes cost twice as much to pickle) or why the file is refused. At most
IN_FLIGHT files are submitted at once (memory), results come in input order.
"spawn" everywhere: the same on Linux, Windows and in a frozen build.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ledcast.core.workspace import Workspace

IN_FLIGHT = 2  # files read and checked ahead: each is ~5 MB of text and its rows in the child
LOCAL = object()  # the child is gone: check this file (and the rest) in this process


@dataclass(frozen=True)
class Prepared:
    """A checked file, ready to be inserted: what the storing process needs, nothing more."""

    unit_code: str
    digest: str
    signer: str
    records: int
    unique: int
    sql: str
    params: list[tuple[Any, ...]] | str  # a COPY's text on PostgreSQL


@dataclass(frozen=True)
class Seen:
    """The very same file was imported before: all its airings are known."""

    unit_code: str
    known: int


@dataclass(frozen=True)
class Refused:
    """A Rejected, as its template and parameters (its message is built where it is shown)."""

    template: str
    params: dict[str, Any]


_WS: Workspace | None = None


def _open_child(root: str, url: str) -> None:
    global _WS
    from ledcast.core.db.engine import make_engine

    gc.disable()  # as in the storing process: none of a file's objects is in a cycle
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the importing process's: it ends this child
    _WS = Workspace(Path(root), make_engine(url))


def check_in_child(path: str) -> Prepared | Seen | Refused:
    """Read and check one file in the child (module level: spawn pickles it by name)."""
    from ledcast.core import exchange_import as ei

    assert _WS is not None
    result = ei.FileResult(Path(path))
    try:
        checked = ei._check_file(_WS, ei._read(result.path), result)
        if checked is None:
            return Seen(result.unit_code, result.known)
        digest, rows, signer = checked
        unique = list(ei._unique(rows).values())
        sql, params = ei.insert_params(_WS.engine.dialect, unique)
        return Prepared(result.unit_code, digest, signer, len(rows), len(unique), sql, params)
    except ei.Rejected as exc:
        return Refused(exc.template, exc.params)


class CheckPool:
    """One child checking the files ahead of the storing, in input order."""

    def __init__(self, ws: Workspace, paths: Iterable[str | Path]) -> None:
        url = ws.engine.url.render_as_string(hide_password=False)
        self._executor = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_open_child,
            initargs=(str(ws.root), url),
        )
        self._paths = deque(str(p) for p in paths)
        self._pending: deque[Future[Any]] = deque()
        self.broken = False
        self._fill()

    def _fill(self) -> None:
        while not self.broken and self._paths and len(self._pending) < IN_FLIGHT:
            try:
                self._pending.append(self._executor.submit(check_in_child, self._paths.popleft()))
            except BrokenProcessPool:
                self._gone()

    def ready(self, timeout: float) -> bool:
        """Whether the next file's outcome is there within `timeout` seconds."""
        return self.broken or not self._pending or bool(wait([self._pending[0]], timeout).done)

    def next(self) -> Any:
        """The next file's Prepared, Seen or Refused, or LOCAL once the child died.
        Anything else the child raised is raised here."""
        if self.broken or not self._pending:
            return LOCAL
        future = self._pending.popleft()
        try:
            outcome = future.result()
        except BrokenProcessPool:  # killed, or out of memory: the rest is checked here
            self._gone()
            return LOCAL
        self._fill()
        return outcome

    def _gone(self) -> None:
        self.broken = True
        self._pending.clear()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        """Nothing more submitted, what waits cancelled, the child ended (waited for)."""
        self._paths.clear()
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        self._executor.shutdown(wait=True, cancel_futures=True)

    @property
    def processes(self) -> list[multiprocessing.process.BaseProcess]:
        """The child(ren), for tests: ProcessPoolExecutor keeps them in _processes."""
        return list((getattr(self._executor, "_processes", None) or {}).values())
