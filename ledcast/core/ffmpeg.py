"""Running the ffmpeg binary that imageio-ffmpeg ships (no system ffmpeg needed)."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence

from ledcast.core.jobs import CancelCheck, Cancelled

__all__ = ["CancelCheck", "Cancelled", "error_detail", "ffmpeg_exe", "run", "run_with_progress", "stream"]


# ffmpeg's bookkeeping, never the complaint: "Last message repeated 3 times", summaries, progress.
_NOISE = re.compile(
    r"last message repeated \d+ times?|at least one output|conversion failed|exiting normally"
    r"|press \[q\]|error opening output|frame=|size=|video:|\[q\] command",
    re.IGNORECASE,
)
_CONTEXT = re.compile(r"^(?:\[[^\]]*\]\s*)+")  # "[in#0/matroska,webm @ 0x55…] "


def error_detail(stderr: bytes) -> str:
    """The line of ffmpeg's complaint worth showing an operator."""
    lines = [_CONTEXT.sub("", ln.strip()).strip() for ln in stderr.decode("utf-8", "replace").splitlines()]
    useful = [ln for ln in lines if ln and not _NOISE.match(ln)]
    detail = useful[-1] if useful else "ffmpeg"
    # ffmpeg prefixes messages with the file path; the operator already knows the file.
    return re.sub(r"^\S*: ", "", detail)[:200]


@functools.lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    from ledcast.config import bundled_ffmpeg

    bundled = bundled_ffmpeg()  # frozen: the copy in the app's folder, never a system ffmpeg
    if bundled is not None:
        return str(bundled)
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def _creationflags() -> int:
    # Keep a console window from flashing up for each call on Windows.
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


def run(
    args: Sequence[str], *, cancel: CancelCheck | None = None, timeout: float | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg with `args`; kill it promptly if `cancel()` turns true."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, creationflags=_creationflags()
    )
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


def stream(
    args: Sequence[str], on_line: Callable[[bytes], None], cancel: CancelCheck | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg with `args`, handing each stdout line to `on_line` as it comes
    (nothing piles up in memory); stderr goes to a temporary file and comes back
    in the result. A watcher kills ffmpeg promptly when `cancel()` turns true
    (then Cancelled is raised), and an error in `on_line` kills it too."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err, creationflags=_creationflags()
        )
        killed = threading.Event()

        def watch() -> None:
            while proc.poll() is None:
                if cancel and cancel():
                    killed.set()
                    proc.kill()
                    return
                time.sleep(0.1)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        assert proc.stdout is not None
        try:
            for line in proc.stdout:
                on_line(line)
        except BaseException:
            proc.kill()  # nobody reads its output any more: it would block on a full pipe
            raise
        finally:
            proc.wait()
            watcher.join()
        err.seek(0)
        stderr = err.read()
    if killed.is_set():
        raise Cancelled()
    return subprocess.CompletedProcess(cmd, proc.returncode, b"", stderr)


def run_with_progress(
    args: Sequence[str], on_frame: Callable[[int], None] | None = None, *, cancel: CancelCheck | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg reporting the output frame count as it goes (`-progress`), so a
    long encode can move a progress bar and be cancelled promptly."""

    def on_line(raw: bytes) -> None:
        if on_frame and raw.startswith(b"frame="):
            try:
                on_frame(int(raw[6:].strip() or 0))
            except ValueError:
                pass

    return stream(["-nostats", "-progress", "pipe:1", *args], on_line, cancel)
