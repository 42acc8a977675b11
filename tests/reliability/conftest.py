"""Reliability tests: real child processes killed at chosen moments
(ledcast.core.testhooks) and two processes working on one workspace at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import ledcast

REPO_ROOT = Path(ledcast.__file__).resolve().parent.parent


def cli_env(kill_at: str | None = None, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["LEDCAST_LANG"] = "en"
    env.pop("LEDCAST_WORKSPACE", None)
    env.pop("LEDCAST_KILL_AT", None)
    if kill_at:
        env["LEDCAST_KILL_AT"] = kill_at
    env.update(extra)
    return env


def cli_cmd(ws: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "ledcast", "--workspace", str(ws), *args]


@pytest.fixture
def run_cli():  # type: ignore[no-untyped-def]
    """run_cli(ws, *args, kill_at=None, timeout=120) -> CompletedProcess (text)."""

    def run(
        ws: Path, *args: str, kill_at: str | None = None, timeout: float = 120, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            cli_cmd(ws, *args),
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=cli_env(kill_at),
            timeout=timeout,
            cwd=cwd,
        )

    return run


@pytest.fixture
def start_cli():  # type: ignore[no-untyped-def]
    """start_cli(ws, *args, kill_at=None) -> Popen, for concurrency tests."""

    def start(ws: Path, *args: str, kill_at: str | None = None, cwd: Path | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            cli_cmd(ws, *args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=cli_env(kill_at),
            cwd=cwd,
        )

    return start
