"""`ledcast outlet`: screens and loudspeaker systems."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import FPS, JSON, NAME, OUTLET_KINDS, SIZE, _json, _open, _out, _t, arg, register_group
from ledcast.cli.outlet_playout import (
    DEVICES_HELP,
    PLAYOUT_ARGS,
    PLAYOUT_HELP,
    cmd_outlet_devices,
    cmd_outlet_playout,
)
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_OUTLET_ADDED = QT_TRANSLATE_NOOP("Cli", "Added outlet {name} (id {id}).")
L_OUTLET_UPDATED = QT_TRANSLATE_NOOP("Cli", "Updated outlet {name}.")
L_OUTLET_REMOVED = QT_TRANSLATE_NOOP("Cli", "Removed outlet {name}.")


def register(subparsers: Any) -> None:
    location, kind = arg("--location"), arg("--kind", required=True, choices=OUTLET_KINDS)
    add = (NAME, kind, SIZE, FPS, location, JSON)
    edit = (NAME, arg("--rename", metavar="NEW_NAME"), SIZE, FPS, location)
    remove = (NAME, arg("--force", action="store_true"))
    register_group(
        subparsers,
        "outlet",
        (
            ("add", cmd_outlet_add, "add an outlet", add),
            ("list", cmd_outlet_list, "list outlets", (JSON,)),
            ("edit", cmd_outlet_edit, "change an outlet", edit),
            ("remove", cmd_outlet_remove, "remove an outlet (--force unbinds its playlists)", remove),
            ("playout", cmd_outlet_playout, PLAYOUT_HELP, PLAYOUT_ARGS),
            ("devices", cmd_outlet_devices, DEVICES_HELP, (JSON,)),
        ),
    )


def _outlet_dict(o) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from ledcast.core.outlets import outlet_summary

    return {"id": o.id, **outlet_summary(o), "fps": o.fps, "location": o.location}


def cmd_outlet_add(args: argparse.Namespace) -> int:
    from ledcast.core.limits import Size
    from ledcast.core.outlets import add_outlet

    size = Size.parse(args.size) if args.size and args.kind == "screen" else None  # a loudspeaker has no size
    o = add_outlet(_open(args), args.name, args.kind, size, args.fps, args.location or "")
    if args.json:
        _json(_outlet_dict(o))
    else:
        _out(_t(L_OUTLET_ADDED).format(name=o.name, id=o.id))
    return 0


def cmd_outlet_list(args: argparse.Namespace) -> int:
    from ledcast.core.outlets import list_outlets

    outlets = list_outlets(_open(args))
    if args.json:
        _json([_outlet_dict(o) for o in outlets])
        return 0
    for o in outlets:
        size = f"{o.width}x{o.height} @{o.fps:g}fps" if o.kind == "screen" else ""
        _out(f"{o.id:>4}  {o.kind:<8} {o.name}  {size}  {o.location}".rstrip())
    return 0


def cmd_outlet_edit(args: argparse.Namespace) -> int:
    from ledcast.core.limits import Size
    from ledcast.core.outlets import get_outlet, update_outlet

    ws = _open(args)
    o = get_outlet(ws, args.name)
    size = Size.parse(args.size) if args.size is not None and o.kind == "screen" else None
    o = update_outlet(ws, o.id, name=args.rename, size=size, fps=args.fps, location=args.location)
    _out(_t(L_OUTLET_UPDATED).format(name=o.name))
    return 0


def cmd_outlet_remove(args: argparse.Namespace) -> int:
    from ledcast.core.outlets import get_outlet, remove_outlet

    ws = _open(args)
    o = get_outlet(ws, args.name)
    remove_outlet(ws, o.id, force=args.force)
    _out(_t(L_OUTLET_REMOVED).format(name=o.name))
    return 0
