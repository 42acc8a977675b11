"""The workspace log (logs/ledcast.log) from the command line: --debug, unexpected errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import ledcast

REPO_ROOT = Path(ledcast.__file__).resolve().parent.parent

BOOM = """
import sys
from ledcast import cli
from ledcast.cli import _common, plan
def boom(args):
    _common._open(args)  # the workspace is known, so is its log
    raise ZeroDivisionError("division by zero\\nsecond line")
plan.cmd_plan_show = boom
raise SystemExit(cli.main(sys.argv[1:]))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LEDCAST_DEBUG", "LEDCAST_WORKSPACE", "LEDCAST_KILL_AT")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["LEDCAST_LANG"] = "en"
    env["LEDCAST_LOG_DIR"] = str(tmp_path / "fallback")
    return env


def _run(tmp_path: Path, *args: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
    head = ["-c", script] if script else ["-m", "ledcast"]
    return subprocess.run(
        [sys.executable, *head, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(tmp_path),
        timeout=120,
    )


def test_a_command_logs_its_start_and_debug_adds_debug_lines(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    res = _run(tmp_path, "--workspace", str(ws), "plan", "show")
    assert res.returncode == 0, res.stderr
    log = ws / "logs" / "ledcast.log"
    text = log.read_text(encoding="utf-8")
    assert " INFO ledcast " in text and f"ledcast {ledcast.__version__} started (plan show)" in text
    assert " DEBUG " not in text
    assert "INFO ledcast [MainThread] plan show: finished, exit code 0" in text
    res = _run(tmp_path, "--debug", "--workspace", str(ws), "plan", "show")
    assert res.returncode == 0, res.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert any(" DEBUG ledcast [MainThread] command line: [" in line for line in lines), lines[-3:]
    assert "DEBUG ledcast [MainThread] command line: [" in res.stderr  # and on stderr in debug mode
    assert not (tmp_path / "fallback").exists()


def test_an_unexpected_error_lands_in_the_workspace_log(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    res = _run(tmp_path, "--workspace", str(ws), "plan", "show", script=BOOM)
    log = ws / "logs" / "ledcast.log"
    assert res.returncode == 2
    assert res.stderr == f"ledcast: unexpected error: ZeroDivisionError: division by zero (details in {log})\n"
    text = log.read_text(encoding="utf-8")
    assert (
        "ERROR ledcast [MainThread] unexpected error: division by zero" in text
        and "in boom" in text
        and "second line" in text
    )
    assert not (tmp_path / "fallback").exists()  # the fallback is for errors before a workspace is open
    # --debug: the traceback on stderr as well, and still in the log
    res = _run(tmp_path, "--debug", "--workspace", str(ws), "plan", "show", script=BOOM)
    assert res.returncode == 1 and "Traceback" in res.stderr and "in boom" in res.stderr
    assert log.read_text(encoding="utf-8").count("in boom") == 2


def test_version_sets_up_no_log(tmp_path: Path) -> None:
    res = _run(tmp_path, "--debug", "--version")
    assert res.returncode == 0 and res.stdout.strip() == f"ledcast {ledcast.__version__}"
    assert not (tmp_path / "fallback").exists()
