"""Running the ffmpeg binary that imageio-ffmpeg ships (no system ffmpeg needed)."""

from __future__ import annotations

import functools
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled a long job; partial results were cleaned up."""


@functools.lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def _creationflags() -> int:
    # Keep a console window from flashing up for each call on Windows.
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


def run(args: Sequence[str], *, cancel: CancelCheck | None = None, timeout: float | None = None
        ) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg with `args`; kill it promptly if `cancel()` turns true."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, creationflags=_creationflags())
    deadline = time.monotonic() + timeout if timeout else None
    while True:
        try:
            out, err = proc.communicate(timeout=0.2)
            return subprocess.CompletedProcess(cmd, proc.returncode, out, err)
        except subprocess.TimeoutExpired:
            if (cancel and cancel()) or (deadline and time.monotonic() > deadline):
                proc.kill()
                proc.communicate()
                if cancel and cancel():
                    raise Cancelled() from None
                raise
