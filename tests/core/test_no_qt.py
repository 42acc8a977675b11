"""The core and the CLI never import Qt (DESIGN §2): checked in a clean
interpreter, and by reading the source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import ledcast

PKG_ROOT = Path(ledcast.__file__).resolve().parent
REPO_ROOT = PKG_ROOT.parent

_PROBE = textwrap.dedent(
    """
    import importlib, io, json, pkgutil, sys, contextlib
    import ledcast.core

    imported = []
    for info in pkgutil.walk_packages(ledcast.core.__path__, prefix="ledcast.core."):
        importlib.import_module(info.name)
        imported.append(info.name)
    import ledcast.cli
    imported.append("ledcast.cli")
    for info in pkgutil.walk_packages(ledcast.cli.__path__, prefix="ledcast.cli."):
        importlib.import_module(info.name)
        imported.append(info.name)

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = ledcast.cli.main(["--workspace", sys.argv[1], "plan", "show", "--json"])
    plan = json.loads(buf.getvalue())
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")
                or m.startswith("PySide6") or m.startswith("shiboken6"))
    print(json.dumps({"rc": rc, "imported": imported, "qt": qt,
                      "tasks": [t["code"] for t in plan["tasks"]]}))
    """
)


def test_core_and_cli_import_no_qt(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONSTARTUP",)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["LEDCAST_LANG"] = "en"
    res = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["rc"] == 0
    assert out["tasks"] == [f"NV{i}" for i in range(1, 9)]
    # The walk really covered the core.
    for name in (
        "ledcast.core.plan",
        "ledcast.core.library",
        "ledcast.core.probe",
        "ledcast.core.db.engine",
        "ledcast.core.db.models",
        "ledcast.core.workspace",
        "ledcast.cli._common",
        "ledcast.cli.plan",
        "ledcast.cli.media",
        "ledcast.cli.export",
    ):
        assert name in out["imported"]
    assert out["qt"] == []


def test_core_source_never_mentions_qt() -> None:
    offenders = []
    files = [
        p
        for p in (PKG_ROOT / "core").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".mako", ".pyi")
    ]
    assert files
    for p in files:
        text = p.read_text(encoding="utf-8")
        for needle in ("PySide6", "shiboken6", "from ledcast.qt", "import ledcast.qt", "ledcast import qt"):
            if needle in text:
                offenders.append(f"{p.relative_to(REPO_ROOT)}: {needle}")
    assert offenders == []


def test_cli_source_imports_qt_only_for_the_gui() -> None:
    """The CLI may start the GUI, but only lazily inside main() when no command is given."""
    files = sorted((PKG_ROOT / "cli").rglob("*.py"))
    assert files
    text = "\n".join(p.read_text(encoding="utf-8") for p in files)
    assert "PySide6" not in text
    top_level = [ln for ln in text.splitlines() if ln.startswith(("import ", "from ")) and "ledcast.qt" in ln]
    assert top_level == []
