"""Work on the next items in a background thread while the caller uses the current one.

The exchange import checks file i+1 (parse, field checks, signature) while it stores
file i: SQLite and hashing release the GIL, so the second core does part of the
work. A thread rather than a process: the packaged app and the GUI stay simple.
Results come back in the items' order; at most `ahead` results exist at once (the
one the caller holds counts), so memory stays bounded whatever the item count.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Prefetcher(Generic[T, R]):
    """`work(item)` for each item, ahead of the caller, in one thread. Use as a context
    manager: leaving it (normally, by an exception or a cancel) stops the thread and
    waits for it, so no thread outlives the call. An exception of `work` is raised by
    `next()` at that item, and nothing after it is worked on."""

    def __init__(self, items: Sequence[T], work: Callable[[T], R], ahead: int = 2) -> None:
        self._items, self._work = items, work
        self._room = threading.Semaphore(ahead)
        self._results: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._taken = 0
        self._thread = threading.Thread(target=self._run, name="ledcast-prefetch", daemon=True)

    def __enter__(self) -> Prefetcher[T, R]:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._room.release()  # wakes the thread if it waits for room
        self._thread.join()

    def next(self) -> R:
        """The next item's result, in order. Taking it means the caller is done with the
        one before, which frees its room."""
        if self._taken:
            self._room.release()
        self._taken += 1
        done, value = self._results.get()
        if not done:
            raise value
        return value  # type: ignore[no-any-return]

    def _run(self) -> None:
        for item in self._items:
            self._room.acquire()
            if self._stop.is_set():
                return
            try:
                out: tuple[bool, Any] = (True, self._work(item))
            except BaseException as exc:  # handed to the caller at this item
                self._results.put((False, exc))
                return
            self._results.put(out)
            del out  # the caller holds it now: its room is counted until the caller takes the next
