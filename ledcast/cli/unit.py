"""`ledcast unit`: the unit (commune, ward…) this installation belongs to."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import _open, _out, _t, arg, register_group
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_UNIT_SET = QT_TRANSLATE_NOOP("Cli", "This workspace now belongs to {code} – {name}.")


def register(subparsers: Any) -> None:
    unit = (arg("--code", required=True), arg("--name", required=True), arg("--parent", metavar="CODE"))
    register_group(subparsers, "unit", (("set", cmd_unit_set, "set this workspace's unit", unit),))


def cmd_unit_set(args: argparse.Namespace) -> int:
    from ledcast.core.units import set_self_unit

    unit = set_self_unit(_open(args), args.code, args.name, args.parent)
    _out(_t(L_UNIT_SET).format(code=unit.code, name=unit.name))
    return 0
