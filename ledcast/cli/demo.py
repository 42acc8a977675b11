"""`ledcast demo`: load the demo content into the workspace, or remove it (--remove)."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import _open, _out, _terminal_progress, add_command


def register(subparsers: Any) -> None:
    sp = add_command(subparsers, "demo", cmd_demo)
    sp.add_argument("--remove", action="store_true", help="remove every demo item in one step")


def cmd_demo(args: argparse.Namespace) -> int:
    from ledcast.core import demo
    from ledcast.core.demo_report import load_lines, removal_lines

    ws = _open(args)
    if args.remove:
        lines = removal_lines(demo.remove_demo(ws))
    else:
        lines = load_lines(demo.load_demo(ws, progress=_terminal_progress()), cli=True)
    _out(lines[0])
    for line in lines[1:]:
        _out("  " + line)
    return 0
