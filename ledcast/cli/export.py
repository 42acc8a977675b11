"""`ledcast export`: programmes for screens and loudspeakers, and past exports."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ledcast.cli._common import (
    FPS,
    JSON,
    _fail,
    _hms,
    _json,
    _open,
    _out,
    _size_text,
    _t,
    _terminal_progress,
    arg,
    register_group,
)
from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.text import printable

L_EXPORTED_TO = QT_TRANSLATE_NOOP(
    "Cli", "Exported {name} to {folder} (export {id}): {files} file(s), {size}, {duration}."
)
L_FROM_CACHE = QT_TRANSLATE_NOOP("Cli", "{frames} frame(s) rendered, {cached} segment(s) reused from the cache.")
L_EXPORT_CANCELLED = QT_TRANSLATE_NOOP("Cli", "Export cancelled; nothing was written at the destination.")
L_NOTE = QT_TRANSLATE_NOOP("Cli", "note: {text}")
L_REPLACE_NEEDED = QT_TRANSLATE_NOOP(
    "Cli", "Not exported: {folder} holds the export of {date}; use --replace to replace it, or another --out."
)
L_UNAPPROVED_REQUIRED = QT_TRANSLATE_NOOP(
    "Cli",
    "Not exported: {count} item(s) are not approved: {items}. Approve them (ledcast media approve ID… --by NAME) "
    "or take them out; --allow-unapproved does not apply while the setting “Require approval before export "
    "and play-out” is on.",
)
L_UNAPPROVED_CONFIRM = QT_TRANSLATE_NOOP(
    "Cli", "Not exported: {count} item(s) are not approved: {items}. Give --allow-unapproved to export anyway."
)


def register(subparsers: Any) -> None:
    target = (
        arg("playlist", metavar="PLAYLIST"),
        arg("--out", required=True, metavar="DIR"),
        arg("--replace", action="store_true", help="replace an earlier export of this playlist in --out"),
        arg(
            "--allow-unapproved",
            action="store_true",
            help="export items not approved (only when Settings do not require approval)",
        ),
    )
    fit_help = "video and pictures: black bars, crop, or stretch"
    screen = (
        *target,
        arg("--size", metavar="WxH", help="default: the playlist's outlet"),
        FPS,
        arg("--fit", default="fit", choices=("fit", "fill", "stretch"), help=fit_help),
        arg("--fade", type=float, default=0.0, metavar="SECONDS"),
        arg("--no-audio", action="store_true", help="drop the sound of clips"),
        arg("--per-item", action="store_true", help="numbered files instead of one programme"),
        JSON,
    )
    speaker = (
        *target,
        arg("--lufs", type=float, help="loudness target for this export (default: Settings, -16)"),
        arg("--per-item", action="store_true", help="numbered MP3s for USB boxes that play in name order"),
        JSON,
    )
    register_group(
        subparsers,
        "export",
        (
            ("screen", cmd_export_screen, "one MP4 at the screen's exact size (or numbered files)", screen),
            ("speaker", cmd_export_speaker, "a loudness-normalised MP3 per session (or numbered MP3s)", speaker),
            ("list", cmd_export_list, "past exports with their ids", (JSON,)),
        ),
    )


def _run_export(args: argparse.Namespace, export_fn, **options: Any) -> int:  # type: ignore[no-untyped-def]
    """Run a screen or loudspeaker export (`options`: what only that kind takes) with a
    terminal progress bar; print what was written."""
    from ledcast.core.approval import UnapprovedItems, items_text
    from ledcast.core.export import ReplaceNeeded
    from ledcast.core.export.destination import date_text
    from ledcast.core.i18n import translate
    from ledcast.core.jobs import Cancelled

    ws = _open(args)
    try:
        res = export_fn(
            ws,
            args.playlist,
            args.out,
            per_item=args.per_item,
            replace=args.replace,
            allow_unapproved=args.allow_unapproved,
            progress=None if args.json else _terminal_progress(),
            **options,
        )
    except (Cancelled, KeyboardInterrupt):
        return _fail(_t(L_EXPORT_CANCELLED))
    except ReplaceNeeded as exc:  # the core's words, with this command's way out
        folder, date = printable(str(exc.earlier.folder)), date_text(exc.earlier.created)
        return _fail(_t(L_REPLACE_NEEDED).format(folder=folder, date=date))
    except UnapprovedItems as exc:
        line = _t(L_UNAPPROVED_REQUIRED if exc.required else L_UNAPPROVED_CONFIRM)
        return _fail(line.format(count=len(exc.items), items=printable(items_text(exc.items, translate))))

    notes = [n.message(translate) for n in res.notes]
    if args.json:
        _json(
            {
                "export_id": res.export_id,
                "folder": str(res.folder),
                "files": res.files,
                "rendered_frames": res.rendered_frames,
                "rendered_seconds": round(res.rendered_seconds, 3),
                "cached_chunks": res.cached_chunks,
                "cached_pieces": res.cached_chunks,
                "manifest": res.manifest,
                "renamed_from": str(res.renamed_from) if res.renamed_from else None,
                "notes": notes,
            }
        )
        return 0
    _out(
        _t(L_EXPORTED_TO).format(
            name=res.playlist_name,
            folder=printable(str(res.folder)),
            id=res.export_id,
            files=len(res.files),
            size=_size_text(res.total_bytes),
            duration=_hms(res.duration_s),
        )
    )
    for note in notes:
        _out(_t(L_NOTE).format(text=printable(note)))
    if res.kind == "screen":
        _out(_t(L_FROM_CACHE).format(frames=res.rendered_frames, cached=res.cached_chunks))
    return 0


def cmd_export_screen(args: argparse.Namespace) -> int:
    from ledcast.core import export
    from ledcast.core.limits import Size

    size = Size.parse(args.size) if args.size else None
    options = dict(size=size, fps=args.fps, fit=args.fit, fade_s=args.fade, keep_audio=not args.no_audio)
    return _run_export(args, export.export_screen, **options)


def cmd_export_speaker(args: argparse.Namespace) -> int:
    from ledcast.core import export

    return _run_export(args, export.export_speaker, lufs=args.lufs)


def cmd_export_list(args: argparse.Namespace) -> int:
    from ledcast.core import export
    from ledcast.core.i18n import translate
    from ledcast.core.labels import CONTEXT, EXPORT_STATUS_LABELS

    ws = _open(args)
    for note in export.recover_interrupted(ws):  # a kill mid-swap: finished or undone before listing
        sys.stderr.write(_t(L_NOTE).format(text=printable(note.message(translate))) + "\n")
    rows = export.list_exports(ws)
    status = {e.id: export.export_status(e) for e in rows}  # a past export's folder may hold it no more
    if args.json:
        _json(
            [
                {
                    "id": e.id,
                    "kind": e.kind,
                    "playlist": e.playlist_name,
                    "folder": e.out_path,
                    "files": e.file_count,
                    "bytes": e.total_bytes,
                    "content_hash": e.content_hash,
                    "created": e.created_at.isoformat(timespec="seconds") + "Z",
                    "status": status[e.id],
                }
                for e in rows
            ]
        )
        return 0
    for e in rows:
        _out(
            f"{e.id:>4}  {e.created_at:%Y-%m-%d %H:%M}Z  {e.kind:<8} {e.file_count:>3}  "
            f"{_size_text(e.total_bytes):>9}  {translate(CONTEXT, EXPORT_STATUS_LABELS[status[e.id]]):<11} {printable(e.playlist_name)}"
            f"  → {printable(e.out_path)}"
        )
    return 0
