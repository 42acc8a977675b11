"""`ledcast media`: the media library (import, list, tag, approve, check)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ledcast.cli._common import (
    JSON,
    L_CANCELLED,
    _err,
    _fail,
    _fmt_duration,
    _json,
    _nonempty,
    _open,
    _out,
    _t,
    _task_codes,
    _terminal_progress,
    arg,
    register_group,
)
from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.text import clean_text

L_ADDED = QT_TRANSLATE_NOOP("Cli", "added {id}: {title}")
L_DUPLICATE = QT_TRANSLATE_NOOP("Cli", "{name}: already in the library as {id} ({title}); nothing added")
L_FAILED = QT_TRANSLATE_NOOP("Cli", "{name}: {reason}")
L_SUMMARY = QT_TRANSLATE_NOOP("Cli", "{added} added, {dup} duplicates, {failed} failed.")
L_RESTORED = QT_TRANSLATE_NOOP("Cli", "{name}: restored the lost stored file or thumbnail of {id} ({title})")
L_RESTORED_COUNT = QT_TRANSLATE_NOOP("Cli", "{n} restored.")
L_CHECK_CLEAN = QT_TRANSLATE_NOOP("Cli", "Library checked: {n} items, every stored file and thumbnail in place.")
L_CHECK_ROW = QT_TRANSLATE_NOOP("Cli", "{id} ({title}): {problem}")
L_CHECK_ORPHAN = QT_TRANSLATE_NOOP("Cli", "{path}: file without a library item")
L_CHECK_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli",
    "{n} items: {bad} stored files missing or damaged, {thumbs} thumbnails missing, {orphans} files without an item.",
)
L_CHECK_HINT = QT_TRANSLATE_NOOP(
    "Cli",
    "Run `ledcast media check --repair` to remove the files without an item and draw the missing thumbnails again.",
)
L_REPAIRED = QT_TRANSLATE_NOOP("Cli", "Repaired: {removed} files removed, {thumbs} thumbnails drawn again.")
L_TAG_BOTH = QT_TRANSLATE_NOOP("Cli", "Give either --task or --clear, not both.")


def register(subparsers: Any) -> None:
    ids = arg("ids", nargs="+", type=int, metavar="ID")
    add_task = arg("--task", action="append", metavar="NVn", help="tag with a plan task (repeat or comma-separate)")
    add = (arg("files", nargs="+", metavar="FILE"), add_task, JSON)
    listing = (
        arg("--task", metavar="NVn", help="only items of this task ('none': outside the plan)"),
        arg("--kind", choices=("audio", "image", "video", "slide")),
        arg("--approval", choices=("pending", "approved", "rejected")),
        arg("--search", metavar="TEXT"),
        JSON,
    )
    tag = (
        ids,
        arg("--task", action="append", metavar="NVn", help="the tasks (repeat or comma-separate)"),
        arg("--clear", action="store_true", help="remove all tasks of these items"),
    )
    repair_help = "remove files without an item and draw missing thumbnails again"
    check = (
        arg("--repair", action="store_true", help=repair_help),
        arg("--deep", action="store_true", help="also re-hash every stored file (slow)"),
        JSON,
    )
    approve = (ids, arg("--reject", action="store_true"), arg("--by", metavar="NAME"))
    register_group(
        subparsers,
        "media",
        (
            ("add", cmd_media_add, "import files or folders (prints the new ids)", add),
            ("list", cmd_media_list, "list the library with probe facts", listing),
            ("tag", cmd_media_tag, "set the plan tasks of media items", tag),
            ("check", cmd_media_check, "compare the library with its stored files and thumbnails", check),
            ("approve", cmd_media_approve, "approve (or --reject) media items", approve),
        ),
    )


def cmd_media_add(args: argparse.Namespace) -> int:
    from ledcast.core import library
    from ledcast.core.i18n import nfc, translate

    tasks = _task_codes(args.task)
    if any(not clean_text(f) for f in args.files):  # "" would mean the current folder: refuse before anything opens
        from ledcast.core.errors import LedcastError

        raise LedcastError(library.M_EMPTY_PATH)
    ws = _open(args)
    try:
        report = library.import_files(
            ws, args.files, task_codes=tasks, progress=None if args.json else _terminal_progress()
        )
    except KeyboardInterrupt:
        return _fail(_t(L_CANCELLED))
    except BrokenPipeError:  # `ledcast … | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    failed = [{"file": str(f.path), "error": f.error.message(translate)} for f in report.failed]
    unshared = [{"file": str(f.path), "error": f.error.message(translate)} for f in report.unshared]
    if args.json:
        _json(
            {
                "added": [library.media_to_dict(m) for m in report.added],
                "ids": [m.id for m in report.added],
                "duplicates": [{"file": str(d.path), "id": d.media_id, "title": d.title} for d in report.duplicates],
                "restored": [{"file": str(d.path), "id": d.media_id, "title": d.title} for d in report.restored],
                "failed": failed,
                "unshared": unshared,
            }
        )
    else:
        for m in report.added:
            _out(_t(L_ADDED).format(id=m.id, title=m.title))
        for d in report.duplicates:
            _out(_t(L_DUPLICATE).format(name=nfc(d.path.name), id=d.media_id, title=d.title))
        for d in report.restored:
            _out(_t(L_RESTORED).format(name=nfc(d.path.name), id=d.media_id, title=d.title))
        for f in [*report.failed, *report.unshared]:
            _err(_t(L_FAILED).format(name=nfc(f.path.name), reason=f.error.message(translate)))
        summary = _t(L_SUMMARY).format(added=len(report.added), dup=len(report.duplicates), failed=len(failed))
        if report.restored:
            summary += " " + _t(L_RESTORED_COUNT).format(n=len(report.restored))
        _out(summary)
    return 1 if report.failed else 0


def cmd_media_list(args: argparse.Namespace) -> int:
    from ledcast.core import library

    items = library.list_media(
        _open(args),
        task=_nonempty(args.task, "--task"),
        kind=args.kind,
        approval=args.approval,
        search=_nonempty(args.search, "--search"),
    )
    if args.json:
        _json([library.media_to_dict(m) for m in items])
        return 0
    for m in items:
        size = f"{m.width}x{m.height}" if m.width else ""
        codec = "/".join(c for c in (m.video_codec, m.audio_codec) if c)
        tasks = ",".join(t.code for t in m.tasks) or "-"
        _out(
            f"{m.id:>5}  {m.kind:<6} {_fmt_duration(m.duration_s):>8} {size:>10} {codec:<12} "
            f"{tasks:<10} {m.approval:<9} {m.title}"
        )
    return 0


def cmd_media_tag(args: argparse.Namespace) -> int:
    from ledcast.core import library
    from ledcast.core.errors import LedcastError

    if args.clear:
        if args.task:
            raise LedcastError(_t(L_TAG_BOTH))
        library.clear_tasks(_open(args), args.ids)
        return 0
    library.set_tasks(_open(args), args.ids, _task_codes(args.task))
    return 0


def cmd_media_approve(args: argparse.Namespace) -> int:
    from ledcast.core import library

    library.set_approval(
        _open(args), args.ids, "rejected" if args.reject else "approved", _nonempty(args.by, "--by") or ""
    )
    return 0


def cmd_media_check(args: argparse.Namespace) -> int:
    from ledcast.core import library_check
    from ledcast.core.i18n import translate

    ws = _open(args)
    report = library_check.check_library(ws, deep=args.deep)
    if args.repair and report.repairable:
        report = library_check.repair_library(ws, report)
    if args.json:
        _json(library_check.report_to_dict(report, translate))
    elif report.clean:
        _out(_t(L_CHECK_CLEAN).format(n=report.items))
    else:
        for p in report.bad_files + report.missing_thumbs:
            _out(_t(L_CHECK_ROW).format(id=p.media_id, title=p.title, problem=p.reason.message(translate)))
        for rel in report.orphans:
            _out(_t(L_CHECK_ORPHAN).format(path=rel))
        _out(
            _t(L_CHECK_SUMMARY).format(
                n=report.items,
                bad=len(report.bad_files),
                thumbs=len(report.missing_thumbs),
                orphans=len(report.orphans),
            )
        )
        if args.repair:
            _out(_t(L_REPAIRED).format(removed=len(report.removed), thumbs=len(report.repaired_thumbs)))
            for p in report.repair_failed:
                _err(_t(L_CHECK_ROW).format(id=p.media_id, title=p.title, problem=p.reason.message(translate)))
        elif report.repairable:
            _out(_t(L_CHECK_HINT))
    remaining = report.bad_files or report.repair_failed or (not args.repair and not report.clean)
    return 1 if remaining else 0
