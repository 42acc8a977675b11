"""`ledcast plan`: show, import or export communication plans."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import JSON, _json, _open, _out, _t, arg, register_group
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_PLAN = QT_TRANSLATE_NOOP("Cli", "Plan")
L_ISSUER = QT_TRANSLATE_NOOP("Cli", "Issued by")
L_PERIOD = QT_TRANSLATE_NOOP("Cli", "Period")
L_TASKS = QT_TRANSLATE_NOOP("Cli", "Key tasks")
L_TARGETS = QT_TRANSLATE_NOOP("Cli", "Targets")
L_DATES = QT_TRANSLATE_NOOP("Cli", "Key dates")
L_IMPORTED = QT_TRANSLATE_NOOP("Cli", "Imported plan {code} with {n} tasks.")
L_EXPORTED = QT_TRANSLATE_NOOP("Cli", "Wrote plan {code} to {path}.")


def register(subparsers: Any) -> None:
    code, file = arg("--plan", metavar="CODE"), arg("file")
    register_group(
        subparsers,
        "plan",
        (
            ("show", cmd_plan_show, "show a plan (default: the newest active one)", (code, JSON)),
            ("import", cmd_plan_import, "import a plan JSON file (same code: update in place)", (file,)),
            ("export", cmd_plan_export, "write a plan to a JSON file", (file, code)),
        ),
    )


def cmd_plan_show(args: argparse.Namespace) -> int:
    from ledcast.core import plan as plan_mod

    ws = _open(args)
    p = plan_mod.get_plan(ws, args.plan)
    doc = plan_mod.plan_to_dict(p)
    if args.json:
        doc["active"] = p.active
        _json(doc)
        return 0
    _out(f"{_t(L_PLAN)}: {p.name} [{p.code}]")
    _out(f"{_t(L_ISSUER)}: {p.issuer}")
    _out(f"{_t(L_PERIOD)}: {p.period_start:%d/%m/%Y} – {p.period_end:%d/%m/%Y}")
    _out()
    _out(f"{_t(L_TASKS)}:")
    for t in p.tasks:
        _out(f"  {t.code}  {t.title}")
    _out()
    _out(f"{_t(L_TARGETS)}:")
    for tg in doc["targets"]:
        rng = f"{tg['min']}" if tg["max"] in (None, tg["min"]) else f"{tg['min']}–{tg['max']}"
        _out(f"  {tg['channel']:<12} {rng:>5} / {tg['scope']}, {tg['per']}  {tg['note']}")
    _out()
    _out(f"{_t(L_DATES)}:")
    for k in p.key_dates:
        _out(f"  {k.day:02d}/{k.month:02d}  {k.title}")
    return 0


def cmd_plan_import(args: argparse.Namespace) -> int:
    from ledcast.core import plan as plan_mod

    ws = _open(args)
    p = plan_mod.import_plan(ws, args.file)
    _out(_t(L_IMPORTED).format(code=p.code, n=len(p.tasks)))
    return 0


def cmd_plan_export(args: argparse.Namespace) -> int:
    from ledcast.core import plan as plan_mod

    ws = _open(args)
    p = plan_mod.get_plan(ws, args.plan)
    out = plan_mod.export_plan(ws, args.file, p.code)
    _out(_t(L_EXPORTED).format(code=p.code, path=out))
    return 0
