"""Start the real `ledcast` GUI as a child process on a workspace past its first start (the
welcome dialog would wait for an answer), for the tests of the start-up hooks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_gui_process(tmp_path: Path, **env_vars: str) -> subprocess.CompletedProcess[str]:
    from ledcast.core.first_run import mark_welcome_done
    from ledcast.core.startup import open_for_use

    ws = open_for_use(tmp_path / "ws")
    mark_welcome_done(ws)
    ws.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEDCAST_")}
    env.update(LEDCAST_LANG="en", QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), **env_vars)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "ledcast", "--workspace", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
