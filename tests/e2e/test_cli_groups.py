"""The CLI's command groups are a table imported lazily (issue 9, point 4):
`ledcast --help` lists every group without importing one, and a command
imports its own group's module only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import ledcast
from ledcast.cli import GROUPS

REPO_ROOT = Path(ledcast.__file__).resolve().parent.parent

_PROBE = r"""
import contextlib, io, json, sys
from ledcast.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        rc = main(sys.argv[1:])
    except SystemExit as exc:
        rc = exc.code
modules = sorted(m for m in sys.modules if m.startswith("ledcast."))
print(json.dumps({"rc": rc, "out": out.getvalue(), "modules": modules}))
"""


def _probe(tmp_path: Path, *argv: str) -> dict:  # type: ignore[type-arg]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["LEDCAST_LANG"] = "en"
    env["COLUMNS"] = "120"  # argparse wraps the help to the terminal
    env.pop("LEDCAST_WORKSPACE", None)
    res = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_help_lists_every_group_and_imports_none(tmp_path: Path) -> None:
    res = _probe(tmp_path, "--help")
    assert res["rc"] == 0
    listed = [ln.split()[0] for ln in res["out"].splitlines() if ln.startswith("    ") and ln.split()]
    assert listed == list(GROUPS)
    for name, (_module, help_) in GROUPS.items():
        assert f"    {name:<15}{help_}" in res["out"]
    assert not {module for module, _help in GROUPS.values()} & set(res["modules"])
    assert not [m for m in res["modules"] if m.startswith(("ledcast.qt", "ledcast.core.db", "ledcast.core.plan"))]


def test_a_command_imports_only_its_own_group(tmp_path: Path) -> None:
    res = _probe(tmp_path, "--workspace", str(tmp_path / "ws"), "plan", "show", "--json")
    assert res["rc"] == 0
    assert [t["code"] for t in json.loads(res["out"])["tasks"]] == [f"NV{i}" for i in range(1, 9)]
    groups = {module for module, _help in GROUPS.values()}
    assert sorted(groups & set(res["modules"])) == ["ledcast.cli.plan"]
