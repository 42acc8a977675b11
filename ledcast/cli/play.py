"""`ledcast play PLAYLIST`: air a loudspeaker playlist once from this PC's sound card,
logging each item as it ends. Unlike the headless commands it loads Qt
(QtMultimedia), only inside the command."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ledcast.cli._common import _err, _fail, _fmt_duration, _open, _out, _t, _terminal_progress
from ledcast.core.errors import QT_TRANSLATE_NOOP

LOADS_QT = "Unlike the other commands this one loads Qt (QtMultimedia)."
HELP = "air a playlist once from this PC (loudspeakers or a screen), logging each airing (loads Qt)"
DESCRIPTION = (
    "Play a loudspeaker playlist once through this PC's audio output — the same pieces, gaps, jingles and "
    "loudness as its export — or a screen playlist once in a frameless window on a monitor or at an exact "
    "desktop rectangle (what a sender card captures), and log each item that finishes (or is stopped after the "
    "share set in Settings) as an airing recorded by play-out. Loudspeaker pieces not yet in the segment cache "
    "are rendered first. The outlet's play-out place (ledcast outlet playout) gives the defaults. Ctrl+C stops; "
    "what qualifies is logged. " + LOADS_QT
)
L_AIRED = QT_TRANSLATE_NOOP("Cli", "Aired: {title} ({duration}), logged.")
L_NOT_LOGGED = QT_TRANSLATE_NOOP("Cli", "Stopped: {title} after {played} of {duration}, not logged.")
L_PLAYING = QT_TRANSLATE_NOOP("Cli", "Playing {name} on {outlet} ({duration}, {count} item(s)) through {device}.")
L_NO_SOUND = QT_TRANSLATE_NOOP("Cli", "no sound (clock-paced)")
L_PLAYED = QT_TRANSLATE_NOOP("Cli", "Played {name}: {logged} airing(s) logged.")
L_STOPPED = QT_TRANSLATE_NOOP("Cli", "Stopped {name}: {logged} airing(s) logged.")
L_LOG_FAILED = QT_TRANSLATE_NOOP("Cli", "“{title}” aired but could not be logged: {detail}")
INTERRUPTED = 130  # as shells report a program stopped by Ctrl+C


def register(subparsers: Any) -> None:
    sp = subparsers.add_parser("play", help=HELP, description=DESCRIPTION)
    sp.set_defaults(func=cmd_play)
    sp.add_argument("playlist", metavar="PLAYLIST")
    sp.add_argument("--outlet", metavar="NAME", help="the outlet it airs on (default: the playlist's)")
    sp.add_argument(
        "--audio-device",
        metavar="NAME",
        help="audio output by name (default: the system's); 'none' plays silently, paced by the clock",
    )
    place = sp.add_mutually_exclusive_group()
    place.add_argument("--screen", metavar="N", type=int, help="a screen playlist: full screen on monitor N (0 first)")
    place.add_argument(
        "--region", metavar="X,Y,W,H", help="a screen playlist: at this desktop rectangle, in physical pixels"
    )
    sp.add_argument("--no-sound", action="store_true", help="a screen playlist: its videos play without sound")
    sp.add_argument(
        "--allow-unapproved",
        action="store_true",
        help="play items not approved (only when Settings do not require approval)",
    )


def open_for_playout(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The workspace, refused before anything airs when nothing could be logged (no unit)."""
    from ledcast.core.airing import M_NO_UNIT
    from ledcast.core.errors import LedcastError
    from ledcast.core.units import self_unit

    ws = _open(args)
    if self_unit(ws) is None:
        raise LedcastError(M_NO_UNIT)
    # QtMultimedia reports every library it looks for and a missing sound server: not
    # the operator's business (a piece that cannot play is reported by the player)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;default.warning=false")
    return ws


def cmd_play(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl
    from ledcast.core.export.folder import segment_cache
    from ledcast.core.playout_timeline import build_timeline

    ws = open_for_playout(args)
    if pl.get_playlist(ws, args.playlist).kind == "screen":
        from ledcast.cli.play_screen import play_screen

        return play_screen(ws, args)
    from ledcast.qt.player import core_app, make_output  # Qt from here on only

    core_app()
    output = make_output(args.audio_device)
    cache = segment_cache(ws)
    try:
        timeline = build_timeline(
            ws,
            args.playlist,
            outlet=args.outlet,
            allow_unapproved=args.allow_unapproved,
            cache=cache,
            progress=_terminal_progress(),
        )
        return _play(ws, timeline, output)
    finally:
        cache.close()


def print_aired(row) -> None:  # type: ignore[no-untyped-def]
    """One line for an airing logged, with the length logged (an item stopped past the share is shorter)."""
    seconds = (row.end_utc - row.start_utc).total_seconds()
    _out(_t(L_AIRED).format(title=row.media_title, duration=_fmt_duration(seconds)))
    sys.stdout.flush()


def print_not_logged(item, played: float) -> None:  # type: ignore[no-untyped-def]
    """One line for an item stopped before the share: `item` has a title and a duration_s."""
    text = _t(L_NOT_LOGGED).format(
        title=item.title, played=_fmt_duration(played), duration=_fmt_duration(item.duration_s)
    )
    _out(text)
    sys.stdout.flush()


def print_log_failed(title: str, exc: Exception) -> str:
    """The air went on but the airing could not be logged: said on stderr; returns the detail."""
    from ledcast.core.errors import LedcastError
    from ledcast.core.i18n import translate

    detail = exc.message(translate) if isinstance(exc, LedcastError) else str(exc)
    _err("ledcast: " + _t(L_LOG_FAILED).format(title=title, detail=detail))
    return detail


def _play(ws, timeline, output) -> int:  # type: ignore[no-untyped-def]
    """Play, one line per item as it ends; the exit code says how it went."""
    from ledcast.core.i18n import translate
    from ledcast.core.playout_log import PlayoutLog
    from ledcast.qt.player import NullOutput, TimelinePlayer, run_until_done

    player = TimelinePlayer(timeline, output, PlayoutLog(ws, timeline))
    items = timeline.items
    failures: list[str] = []

    def log_failed(index: int, exc: Exception) -> None:
        failures.append(print_log_failed(items[index].title, exc))

    player.not_logged.connect(lambda index, played: print_not_logged(items[index], played))
    player.logged.connect(lambda _index, _uuid: print_aired(player.log.recorded[-1]))
    player.log_failed.connect(log_failed)
    device = _t(L_NO_SOUND) if isinstance(output, NullOutput) else output.device_name
    _err(
        _t(L_PLAYING).format(
            name=timeline.playlist_name,
            outlet=timeline.outlet_name,
            duration=_fmt_duration(timeline.duration_s),
            count=len(timeline.logged_items),
            device=device,
        )
    )
    completed, interrupted = run_until_done(player)
    if player.error is not None:
        return _fail(player.error.message(translate))
    count = len(player.log.recorded) if player.log else 0
    _err(_t(L_PLAYED if completed else L_STOPPED).format(name=timeline.playlist_name, logged=count))
    if failures:
        return 1
    return INTERRUPTED if interrupted else 0
