"""Kill points for the reliability tests: `checkpoint("export.swap")` kills the
process on the spot when LEDCAST_KILL_AT names that point, so a test can prove
what a power cut or a killed process at that exact moment leaves behind.
Costs one environment lookup otherwise."""

from __future__ import annotations

import os
import signal
import sys

ENV = "LEDCAST_KILL_AT"


def checkpoint(name: str) -> None:
    if os.environ.get(ENV) != name:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(137)  # Windows: as abrupt as it gets without a signal
