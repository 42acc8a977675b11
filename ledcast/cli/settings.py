"""`ledcast settings`: workspace settings (loudspeaker export, play-out's rules, approval
before export, who signs the official PDF report)."""

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
    share_help = "share of an item that must play for a stopped item to be logged, 0.1–1 (default 0.8)"
    share = arg("--min-share", type=float, metavar="SHARE", help=share_help)
    letter = (
        arg("--parent", metavar="TEXT", help="the parent body above the unit (cơ quan chủ quản)"),
        arg("--place", metavar="TEXT", help="the place before the date"),
        arg("--signer-title", metavar="TEXT", help="e.g. GIÁM ĐỐC, TM. ỦY BAN NHÂN DÂN"),
        arg("--signer", metavar="NAME", help="the signer's name"),
        arg("--recipients", metavar="TEXT", help="Kính gửi: one or several, separated by ';' or new lines"),
        arg("--clear", action="append", choices=CLEARABLE, help="empty a field (repeat for several)"),
        JSON,
    )
    playout = (
        arg("--after-emergency", choices=("resume", "skip"), help="the programme an emergency interrupted"),
        arg("--grace", type=float, metavar="SECONDS", help="how late a programme may still start on its own"),
        share,
        JSON,
    )
    register_group(
        subparsers,
        "settings",
        (
            ("speaker", cmd_settings_speaker, help_, speaker),
            (
                "playout",
                cmd_settings_playout,
                "show or change play-out's rules (emergencies, late starts, what is logged)",
                playout,
            ),
            ("approval", cmd_settings_approval, approval_help, (onoff, JSON)),
            (
                "media-store",
                cmd_settings_media_store,
                "show or set the shared media store: a folder every PC of a centre reaches (\\\\server\\share)",
                (
                    arg("path", nargs="?", metavar="PATH", help="the shared folder"),
                    arg("--none", action="store_true", help="no shared media store (this PC's own only)"),
                    JSON,
                ),
            ),
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
    return _show(args, {"unit_name": head.unit_name} | {k: getattr(head, k) for k in FIELDS})


def _show(args: argparse.Namespace, shown: dict[str, Any]) -> int:
    """Settings as JSON, or one `name value` line each (a list joined with '; ')."""
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


def cmd_settings_media_store(args: argparse.Namespace) -> int:
    from ledcast.cli._common import _fail, _t
    from ledcast.config import resolve_workspace
    from ledcast.core import shared_store
    from ledcast.core.errors import QT_TRANSLATE_NOOP

    if args.path is not None and args.none:
        return _fail(_t(QT_TRANSLATE_NOOP("Cli", "Give either a folder or --none.")))
    root = resolve_workspace(args.workspace)  # a per-PC file: no need to open the database
    if args.none:
        shared_store.save_shared_store(root, None)
    elif args.path is not None:
        root.mkdir(parents=True, exist_ok=True)
        shared_store.save_shared_store(root, args.path)
    share = shared_store.shared_store(root)
    if args.json:
        _json({"media_store": str(share) if share else None})
    else:
        _out(f"{'media_store':<22} {share if share else '-'}")
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
    return _show(args, asdict(sp))


def cmd_settings_playout(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ledcast.core.playout_settings import playout_settings, save_playout_settings

    ws = _open(args)
    changes = {"after_emergency": args.after_emergency, "grace_s": args.grace, "min_share": args.min_share}
    changed = any(v is not None for v in changes.values())
    return _show(args, asdict(save_playout_settings(ws, **changes) if changed else playout_settings(ws)))
