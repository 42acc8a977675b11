"""`ledcast outlet playout NAME` and `ledcast outlet devices` (issue 14): where an
outlet plays out from this PC — the same setting as the Outlets page. `devices` is the
one outlet command that loads Qt (QtMultimedia and the screens), only inside it."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ledcast.cli._common import JSON, NAME, _json, _open, _out, _t, arg
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.labels import CONTEXT, PLAYOUT_PLACE_LABELS

PLAYOUT_HELP = "show or change where an outlet plays out from this PC"
DEVICES_HELP = "list this PC's audio outputs and monitors (loads Qt: QtMultimedia and the screens)"
DEFAULT = "default"
M_SPEAKER_HAS_NO_SCREEN = QT_TRANSLATE_NOOP(
    "Errors", "{name} is a loudspeaker outlet: it has no monitor, region or video sound. Give --audio-device."
)
PLACE = PLAYOUT_PLACE_LABELS  # the words the Outlets page shows too
TEXT = {  # what the two commands print
    "audio": QT_TRANSLATE_NOOP("Cli", "Audio output: {device}"),
    "on_monitor": QT_TRANSLATE_NOOP("Cli", "Plays on: whole monitor {n} (--screen {number})"),
    "on_region": QT_TRANSLATE_NOOP("Cli", "Plays on: region x {x}, y {y}, {width}×{height} pixels"),
    "sound_on": QT_TRANSLATE_NOOP("Cli", "Videos play with their sound."),
    "sound_off": QT_TRANSLATE_NOOP("Cli", "Videos play without sound."),
    "audio_outputs": QT_TRANSLATE_NOOP("Cli", "Audio outputs (--audio-device):"),
    "monitors": QT_TRANSLATE_NOOP("Cli", "Monitors (--screen):"),
    "scale": QT_TRANSLATE_NOOP("Cli", "scale {percent} %"),
    "none_found": QT_TRANSLATE_NOOP("Cli", "(none found)"),
}


def _label(key: str) -> str:
    from ledcast.core.i18n import translate

    return translate(CONTEXT, PLACE[key])


PLAYOUT_ARGS = (
    NAME,
    arg("--audio-device", metavar="NAME", help="an audio output's name, 'none' (no sound card) or 'default'"),
    arg("--screen", type=int, metavar="N", help="the whole monitor N (0 = the first; see 'outlet devices')"),
    arg("--region", metavar="X,Y,W,H", help="an exact desktop rectangle in physical pixels, or 'none'"),
    arg("--sound", choices=("on", "off"), help="a screen outlet's videos play their sound"),
    JSON,
)


def cmd_outlet_playout(args: argparse.Namespace) -> int:
    from ledcast.core.outlet_playout import outlet_playout, save_outlet_playout
    from ledcast.core.outlets import get_outlet
    from ledcast.core.screen_items import Region

    ws = _open(args)
    o = get_outlet(ws, args.name)
    screen_args = (args.screen, args.region, args.sound)
    if o.kind == "speaker" and any(v is not None for v in screen_args):
        raise LedcastError(M_SPEAKER_HAS_NO_SCREEN, name=o.name)
    changes: dict[str, Any] = {}
    if args.audio_device is not None:
        changes["audio_device"] = None if args.audio_device.strip().casefold() == DEFAULT else args.audio_device
    if args.screen is not None:
        changes.update(screen=args.screen, region=None)  # a whole monitor: no rectangle
    if args.region is not None:
        changes["region"] = None if args.region.strip().casefold() == "none" else Region.parse(args.region)
    if args.sound is not None:
        changes["with_sound"] = args.sound == "on"
    p = save_outlet_playout(ws, o.id, **changes) if changes else outlet_playout(ws, o.id)
    if args.json:
        _json({"outlet": o.name, "kind": o.kind, **p.to_stored()})
        return 0
    _out(o.name)
    device = {None: _label("default"), "none": _label("none")}.get(p.audio_device, p.audio_device)
    if o.kind == "speaker":
        _out(_t(TEXT["audio"]).format(device=device))
        return 0
    if p.region:
        _out(_t(TEXT["on_region"]).format(x=p.region.x, y=p.region.y, width=p.region.width, height=p.region.height))
    else:
        _out(_t(TEXT["on_monitor"]).format(n=(p.screen or 0) + 1, number=p.screen or 0))
    _out(_t(TEXT["sound_on"] if p.with_sound else TEXT["sound_off"]))
    return 0


def cmd_outlet_devices(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no desktop (a server, CI): no crash
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;default.warning=false")
    from ledcast.qt.devices import audio_output_names, gui_app, monitor_text, monitors  # Qt from here on only

    _app = gui_app()
    audio = [
        {"name": DEFAULT, "kind": "default"},
        {"name": "none", "kind": "none"},
        *({"name": name, "kind": "device"} for name in audio_output_names()),
    ]
    screens = monitors()
    if args.json:
        _json({"audio_outputs": audio, "monitors": screens})
        return 0
    notes = {"default": _label("default"), "none": _label("none")}
    _out(_t(TEXT["audio_outputs"]))
    for a in audio:
        _out(f"  {a['name']}" + (f"  — {notes[a['kind']]}" if a["kind"] in notes else ""))
    _out(_t(TEXT["monitors"]))
    for m in screens:
        about = ", ".join(filter(None, (m["name"], _t(TEXT["scale"]).format(percent=m["scale_percent"]))))
        _out(f"  {m['number']:>2}  {monitor_text(m, _label('monitor'))}  ({about})")
    if not screens:
        _out("  " + _t(TEXT["none_found"]))
    return 0
