"""`ledcast settings`: workspace settings (loudspeaker export, approval before export,
who signs the official PDF report)."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import JSON, _json, _open, _out, arg, register_group


def register(subparsers: Any) -> None:
    speaker = (
        arg("--target-lufs", type=float),
        arg("--true-peak", type=float, metavar="DBTP"),
        arg("--silence-db", type=float, help="silence threshold for trimming the ends (dB)"),
        arg("--silence-min", type=float, metavar="SECONDS", help="shortest silence trimmed"),
        arg("--gap", type=float, metavar="SECONDS", help="silence between items"),
        arg("--bitrate", type=int, metavar="KBPS"),
        arg("--channels", type=int, choices=(1, 2)),
        arg("--intro", type=int, metavar="MEDIA_ID", help="jingle before the programme (0: none)"),
        arg("--outro", type=int, metavar="MEDIA_ID", help="jingle after the programme (0: none)"),
        JSON,
    )
    help_ = "show or change loudspeaker export settings"
    onoff = arg("--require", choices=("on", "off"), help="refuse exports with items not approved (default: on)")
    approval_help = "show or change “Require approval before export and play-out”"
    letter = (
        arg("--parent", metavar="TEXT", help="the parent body above the unit (cơ quan chủ quản)"),
        arg("--place", metavar="TEXT", help="the place before the date"),
        arg("--signer-title", metavar="TEXT", help="e.g. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN"),
        arg("--signer", metavar="NAME", help="the signer's name"),
        arg("--recipients", metavar="TEXT", help="Kính gửi: one or several, separated by ';' or new lines"),
        arg("--clear", action="append", choices=CLEARABLE, help="empty a field (repeat for several)"),
        JSON,
    )
    register_group(
        subparsers,
        "settings",
        (
            ("speaker", cmd_settings_speaker, help_, speaker),
            ("approval", cmd_settings_approval, approval_help, (onoff, JSON)),
            (
                "report",
                cmd_settings_report,
                "show or change the PDF report's letterhead and signer",
                letter,
            ),
        ),
    )


CLEARABLE = {
    "parent": "parent",
    "place": "place",
    "signer-title": "signer_title",
    "signer": "signer_name",
    "recipients": "recipients",
}


def cmd_settings_report(args: argparse.Namespace) -> int:
    from ledcast.core.report_letterhead import FIELDS, letterhead, save_letterhead

    ws = _open(args)
    values = {"parent": args.parent, "place": args.place, "signer_title": args.signer_title, "signer_name": args.signer}
    values["recipients"] = args.recipients
    values |= {CLEARABLE[option]: "" for option in args.clear or ()}
    head = save_letterhead(ws, **values) if any(v is not None for v in values.values()) else letterhead(ws)
    shown = {"unit_name": head.unit_name} | {k: getattr(head, k) for k in FIELDS}
    if args.json:
        _json(shown)
    else:
        for key, value in shown.items():
            _out(f"{key:<22} {'; '.join(value) if isinstance(value, tuple) else value}")
    return 0


def cmd_settings_approval(args: argparse.Namespace) -> int:
    from ledcast.core.settings import require_approval, save_require_approval

    ws = _open(args)
    on = save_require_approval(ws, args.require == "on") if args.require else require_approval(ws)
    if args.json:
        _json({"require_approval": on})
    else:
        _out(f"{'require_approval':<22} {'on' if on else 'off'}")
    return 0


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
