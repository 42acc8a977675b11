"""`ledcast settings`: workspace settings (loudspeaker export)."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import _json, _open, _out, add_actions, add_command, add_json


def register(subparsers: Any) -> None:
    settings = add_actions(subparsers, "settings")
    sp = add_command(settings, "speaker", cmd_settings_speaker, "show or change loudspeaker export settings")
    sp.add_argument("--target-lufs", type=float)
    sp.add_argument("--true-peak", type=float, metavar="DBTP")
    sp.add_argument("--silence-db", type=float, help="silence threshold for trimming the ends (dB)")
    sp.add_argument("--silence-min", type=float, metavar="SECONDS", help="shortest silence trimmed")
    sp.add_argument("--gap", type=float, metavar="SECONDS", help="silence between items")
    sp.add_argument("--bitrate", type=int, metavar="KBPS")
    sp.add_argument("--channels", type=int, choices=(1, 2))
    sp.add_argument("--intro", type=int, metavar="MEDIA_ID", help="jingle before the programme (0: none)")
    sp.add_argument("--outro", type=int, metavar="MEDIA_ID", help="jingle after the programme (0: none)")
    add_json(sp)


def cmd_settings_speaker(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ledcast.core.settings import save_speaker_settings, speaker_settings

    ws = _open(args)
    changes = {
        "target_lufs": args.target_lufs,
        "true_peak_dbtp": args.true_peak,
        "silence_threshold_db": args.silence_db,
        "silence_min_s": args.silence_min,
        "gap_s": args.gap,
        "bitrate_kbps": args.bitrate,
        "channels": args.channels,
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    for name, value in (("intro_media_id", args.intro), ("outro_media_id", args.outro)):
        if value is not None:
            changes[name] = value or None  # 0 removes the jingle
    sp = save_speaker_settings(ws, **changes) if changes else speaker_settings(ws)
    if args.json:
        _json(asdict(sp))
    else:
        for key, value in asdict(sp).items():
            _out(f"{key:<22} {value}")
    return 0
