"""`ledcast unit`: the unit (commune, ward…) this installation belongs to, and the
units whose logs it holds, with the period they cover and who has not reported."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import JSON, _json, _open, _out, _t, arg, register_group
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_UNIT_SET = QT_TRANSLATE_NOOP("Cli", "This workspace now belongs to {code} – {name}.")
L_UNIT_ROW = QT_TRANSLATE_NOOP("Cli", "{code}  {name}  {airings} airings  {period}  last file: {last_file}")
L_UNIT_SELF = QT_TRANSLATE_NOOP("Cli", "(this unit)")
L_UNIT_NO_AIRINGS = QT_TRANSLATE_NOOP("Cli", "no airings")
L_UNIT_NO_FILE = QT_TRANSLATE_NOOP("Cli", "none")
L_UNIT_STALE = QT_TRANSLATE_NOOP("Cli", "NOT REPORTED: no file in the last {days} days")
L_NO_UNITS = QT_TRANSLATE_NOOP("Cli", "No units yet: set this one with “ledcast unit set”.")


def register(subparsers: Any) -> None:
    unit = (arg("--code", required=True), arg("--name", required=True), arg("--parent", metavar="CODE"))
    register_group(
        subparsers,
        "unit",
        (
            ("set", cmd_unit_set, "set this workspace's unit", unit),
            ("list", cmd_unit_list, "the units, the period their logs cover and their last file", (JSON,)),
        ),
    )


def cmd_unit_set(args: argparse.Namespace) -> int:
    from ledcast.core.units import set_self_unit

    unit = set_self_unit(_open(args), args.code, args.name, args.parent)
    _out(_t(L_UNIT_SET).format(code=unit.code, name=unit.name))
    return 0


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def cmd_unit_list(args: argparse.Namespace) -> int:
    from ledcast.core.unit_coverage import STALE_DAYS, unit_coverage

    rows = unit_coverage(_open(args))
    if args.json:
        _json(
            [
                {
                    "code": u.code,
                    "name": u.name,
                    "is_self": u.is_self,
                    "airings": u.airings,
                    "first_day": _day(u.first_day),
                    "last_day": _day(u.last_day),
                    "files": u.files,
                    "last_file_at": u.last_file_at.isoformat() if u.last_file_at else None,
                    "last_file_day": _day(u.last_file_day),
                    "key": u.key or None,
                    "not_reported": u.stale,
                }
                for u in rows
            ]
        )
        return 0
    if not rows:
        _out(_t(L_NO_UNITS))
    for u in rows:
        period = f"{u.first_day} – {u.last_day}" if u.first_day else _t(L_UNIT_NO_AIRINGS)
        line = _t(L_UNIT_ROW).format(
            code=u.code,
            name=u.name,
            airings=u.airings,
            period=period,
            last_file=_day(u.last_file_day) or _t(L_UNIT_NO_FILE),
        )
        if u.is_self:
            line += "  " + _t(L_UNIT_SELF)
        elif u.stale:
            line += "  " + _t(L_UNIT_STALE).format(days=STALE_DAYS)
        _out(line)
    return 0
