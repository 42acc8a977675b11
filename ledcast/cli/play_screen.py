"""`ledcast play` of a screen playlist: a frameless window at the outlet's monitor or
desktop rectangle (or --screen / --region), the playlist once, each item logged as
it ends. Loads Qt (widgets and QtMultimedia) — imported by cli/play.py only then."""

from __future__ import annotations

import argparse

from ledcast.cli._common import _err, _fmt_duration, _t
from ledcast.cli.play import INTERRUPTED, L_PLAYED, L_STOPPED, print_aired, print_log_failed, print_not_logged
from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.workspace import Workspace

L_SHOWING = QT_TRANSLATE_NOOP("Cli", "Showing {name} on {outlet} ({duration}, {count} item(s)) at {place}.")
L_MONITOR = QT_TRANSLATE_NOOP("Cli", "monitor {number}")


def play_screen(ws: Workspace, args: argparse.Namespace) -> int:
    from ledcast.core.outlet_playout import outlet_playout
    from ledcast.core.playout_log import PlayoutLog
    from ledcast.core.screen_items import Region, screen_items
    from ledcast.core.screen_playout import screen_outlet, screen_timeline

    outlet = screen_outlet(ws, args.playlist, args.outlet)
    place = outlet_playout(ws, outlet)
    region = Region.parse(args.region) if args.region else None if args.screen is not None else place.region
    number = args.screen if args.screen is not None else place.screen
    sound = place.with_sound and not args.no_sound
    items = screen_items(ws, args.playlist, with_sound=sound, allow_unapproved=args.allow_unapproved)
    timeline = screen_timeline(ws, args.playlist, outlet, items)
    log = PlayoutLog(ws, timeline)
    from ledcast.qt.player import run_until, widgets_app
    from ledcast.qt.screen_window import ScreenWindow

    app = widgets_app()  # noqa: F841 - the window needs it alive
    window = ScreenWindow(items, region=region, screen_number=number, sound=sound, loop=False)
    failures: list[str] = []

    def finished(index: int, played: float, completed: bool) -> None:
        try:
            row = log.ended(timeline.items[index], played, completed)
        except Exception as exc:  # noqa: BLE001 - the board goes on; the operator is told
            failures.append(print_log_failed(items[index].title, exc))
            return
        if row is not None:
            print_aired(row)
        else:
            print_not_logged(items[index], played)

    window.item_started.connect(lambda index: log.started(timeline.items[index]))
    window.item_finished.connect(finished)
    window.item_failed.connect(lambda _index, text: failures.append(text) or _err("ledcast: " + text))
    for warning in window.warnings:
        _err("ledcast: " + warning)
    shown = ",".join(str(v) for v in region) if region else _t(L_MONITOR).format(number=number or 0)
    duration = sum(i.duration_s for i in items)
    _err(
        _t(L_SHOWING).format(
            name=timeline.playlist_name, outlet=outlet, duration=_fmt_duration(duration), count=len(items), place=shown
        )
    )
    interrupted = run_until(window.start, window.stop, window.stopped)
    _err(_t(L_STOPPED if interrupted else L_PLAYED).format(name=timeline.playlist_name, logged=len(log.recorded)))
    return INTERRUPTED if interrupted else 1 if failures else 0
