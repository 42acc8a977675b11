"""`ledcast playout`: automatic play-out from this PC until Ctrl+C — each scheduled
programme started on its outlet at its time (core.playout: priorities, emergencies,
missed ones), each airing logged. The engine is the console's (qt/playout_engine.py);
this is it without a window. Loads Qt, only inside the command."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ledcast.cli._common import _err, _out, _t
from ledcast.cli.play import LOADS_QT
from ledcast.core.errors import QT_TRANSLATE_NOOP

HELP = "run automatic play-out from this PC until Ctrl+C, logging each airing (loads Qt)"
DESCRIPTION = " ".join(
    [
        "Air the agenda from this PC: each scheduled programme starts on its outlet at its time — loudspeakers",
        "through the outlet's audio output, screens in a window at the outlet's monitor or region",
        "(ledcast outlet playout).",
        "An emergency interrupts, and what it interrupted resumes at its item.",
        "A programme whose time passed while this was not running is reported missed, never started late.",
        "Every item that finishes (or is stopped after the share set in Settings) is logged as an airing",
        "recorded by play-out. One line per decision.",
        "Ctrl+C or SIGTERM stops cleanly: what qualifies is logged.",
        LOADS_QT,
    ]
)
L_RUNNING = QT_TRANSLATE_NOOP("Cli", "Play-out running on {outlets}. Ctrl+C stops.")
L_NO_OUTLETS = QT_TRANSLATE_NOOP("Cli", "no outlet")
L_ENDED = QT_TRANSLATE_NOOP("Cli", "Play-out stopped: {logged} airing(s) logged.")


def register(subparsers: Any) -> None:
    sp = subparsers.add_parser("playout", help=HELP, description=DESCRIPTION)
    sp.set_defaults(func=cmd_playout)
    sp.add_argument(
        "--outlet", metavar="NAME", action="append", help="only this outlet (repeat for more; default: all)"
    )
    sp.add_argument(
        "--audio-device",
        metavar="NAME",
        help="audio output for every loudspeaker outlet (default: each outlet's); 'none' plays silently",
    )


def cmd_playout(args: argparse.Namespace) -> int:
    from ledcast.cli.play import open_for_playout, print_aired
    from ledcast.core.outlets import get_outlet

    ws = open_for_playout(args)
    outlets = [get_outlet(ws, name).name for name in args.outlet] if args.outlet else None
    from ledcast.qt.player import choose_device, run_until, widgets_app
    from ledcast.qt.playout_engine import PlayoutEngine

    app = widgets_app()  # noqa: F841 - screen windows need it alive
    if args.audio_device is not None:
        choose_device(args.audio_device)  # an unknown name is refused before anything airs
    engine = PlayoutEngine(ws, outlets=outlets, audio_device=args.audio_device)
    engine.set_auto(True, remember=False)  # the console's toggle is the operator's, not this command's
    count = {"logged": 0}

    def logged(_outlet: str, row: object) -> None:
        count["logged"] += 1
        print_aired(row)

    def line(text: str) -> None:
        _out(text)
        sys.stdout.flush()

    engine.message.connect(line)
    engine.error.connect(lambda text: _err("ledcast: " + text))
    engine.logged.connect(logged)
    _err(_t(L_RUNNING).format(outlets=", ".join(engine.outlets()) or _t(L_NO_OUTLETS)))
    run_until(engine.tick, engine.shutdown)
    _err(_t(L_ENDED).format(logged=count["logged"]))
    return 0
