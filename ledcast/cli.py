"""Command line: `ledcast` alone opens the GUI; subcommands work headless and
never import Qt, so they start fast (DESIGN §4)."""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ledcast import __version__
from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.text import clean_text, printable


def _t(text: str) -> str:
    from ledcast.core.i18n import translate

    return translate("Cli", text)


def _safe(text: str) -> str:
    """One terminal line: control characters from user data (a newline, an
    escape sequence in a name) are shown as escapes, never obeyed."""
    from ledcast.core.text import printable

    return printable(str(text))


def _out(text: str = "") -> None:
    """Print one line of output (each call is one line; blank lines are _out())."""
    sys.stdout.write(_safe(text) + "\n")


MAX_ERR_LINE = 1000


def _err(text: str) -> None:
    line = _safe(text)
    if len(line) > MAX_ERR_LINE:  # a huge value echoed in a message: the start says enough
        line = line[:MAX_ERR_LINE - 1] + "…"
    sys.stderr.write(line + "\n")


# json.dumps escapes C0 controls but leaves DEL, C1 controls (CSI on some
# terminals) and the Unicode line separators; they only occur inside strings.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")


def _json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def _fail(message: str) -> int:
    _err(f"ledcast: {message}")
    return 1


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ledcast.core.startup import open_for_use

    return open_for_use(args.workspace)


# --- plan ----------------------------------------------------------------------

L_PLAN = QT_TRANSLATE_NOOP("Cli", "Plan")
L_ISSUER = QT_TRANSLATE_NOOP("Cli", "Issued by")
L_PERIOD = QT_TRANSLATE_NOOP("Cli", "Period")
L_TASKS = QT_TRANSLATE_NOOP("Cli", "Key tasks")
L_TARGETS = QT_TRANSLATE_NOOP("Cli", "Targets")
L_DATES = QT_TRANSLATE_NOOP("Cli", "Key dates")
L_IMPORTED = QT_TRANSLATE_NOOP("Cli", "Imported plan {code} with {n} tasks.")
L_EXPORTED = QT_TRANSLATE_NOOP("Cli", "Wrote plan {code} to {path}.")


def cmd_plan_show(args: argparse.Namespace) -> int:
    from ledcast.core import plan as plan_mod

    ws = _open(args)
    p = plan_mod.get_plan(ws, args.plan)
    doc = plan_mod.plan_to_dict(p)
    if args.json:
        doc["active"] = p.active
        _json(doc)
        return 0
    _out(f"{_t(L_PLAN)}: {p.name} [{p.code}]")
    _out(f"{_t(L_ISSUER)}: {p.issuer}")
    _out(f"{_t(L_PERIOD)}: {p.period_start:%d/%m/%Y} – {p.period_end:%d/%m/%Y}")
    _out()
    _out(f"{_t(L_TASKS)}:")
    for t in p.tasks:
        _out(f"  {t.code}  {t.title}")
    _out()
    _out(f"{_t(L_TARGETS)}:")
    for tg in doc["targets"]:
        rng = f"{tg['min']}" if tg["max"] in (None, tg["min"]) else f"{tg['min']}–{tg['max']}"
        _out(f"  {tg['channel']:<12} {rng:>5} / {tg['scope']}, {tg['per']}  {tg['note']}")
    _out()
    _out(f"{_t(L_DATES)}:")
    for k in p.key_dates:
        _out(f"  {k.day:02d}/{k.month:02d}  {k.title}")
    return 0


def cmd_plan_import(args: argparse.Namespace) -> int:
    from ledcast.core import plan as plan_mod

    ws = _open(args)
    p = plan_mod.import_plan(ws, args.file)
    _out(_t(L_IMPORTED).format(code=p.code, n=len(p.tasks)))
    return 0


def cmd_plan_export(args: argparse.Namespace) -> int:
    from ledcast.core import plan as plan_mod

    ws = _open(args)
    p = plan_mod.get_plan(ws, args.plan)
    out = plan_mod.export_plan(ws, args.file, p.code)
    _out(_t(L_EXPORTED).format(code=p.code, path=out))
    return 0


# --- unit, outlet -----------------------------------------------------------------

L_UNIT_SET = QT_TRANSLATE_NOOP("Cli", "This workspace now belongs to {code} – {name}.")
L_OUTLET_ADDED = QT_TRANSLATE_NOOP("Cli", "Added outlet {name} (id {id}).")


def cmd_unit_set(args: argparse.Namespace) -> int:
    from ledcast.core.units import set_self_unit

    unit = set_self_unit(_open(args), args.code, args.name, args.parent)
    _out(_t(L_UNIT_SET).format(code=unit.code, name=unit.name))
    return 0


def _outlet_dict(o) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {"id": o.id, "name": o.name, "kind": o.kind, "width": o.width, "height": o.height,
            "fps": o.fps, "location": o.location}


def cmd_outlet_add(args: argparse.Namespace) -> int:
    from ledcast.core.outlets import add_outlet

    o = add_outlet(_open(args), args.name, args.kind, args.size, args.fps, args.location or "")
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


# --- media -----------------------------------------------------------------------

L_ADDED = QT_TRANSLATE_NOOP("Cli", "added {id}: {title}")
L_DUPLICATE = QT_TRANSLATE_NOOP("Cli", "{name}: already in the library as {id} ({title}); nothing added")
L_FAILED = QT_TRANSLATE_NOOP("Cli", "{name}: {reason}")
L_SUMMARY = QT_TRANSLATE_NOOP("Cli", "{added} added, {dup} duplicates, {failed} failed.")
L_CANCELLED = QT_TRANSLATE_NOOP("Cli", "Cancelled.")
L_RESTORED = QT_TRANSLATE_NOOP("Cli", "{name}: restored the lost stored file or thumbnail of {id} ({title})")
L_RESTORED_COUNT = QT_TRANSLATE_NOOP("Cli", "{n} restored.")
L_CHECK_CLEAN = QT_TRANSLATE_NOOP("Cli", "Library checked: {n} items, every stored file and thumbnail in place.")
L_CHECK_ROW = QT_TRANSLATE_NOOP("Cli", "{id} ({title}): {problem}")
L_CHECK_ORPHAN = QT_TRANSLATE_NOOP("Cli", "{path}: file without a library item")
L_CHECK_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli", "{n} items: {bad} stored files missing or damaged, {thumbs} thumbnails missing, "
           "{orphans} files without an item.")
L_CHECK_HINT = QT_TRANSLATE_NOOP("Cli", "Run `ledcast media check --repair` to remove the files without an item "
                                        "and draw the missing thumbnails again.")
L_REPAIRED = QT_TRANSLATE_NOOP("Cli", "Repaired: {removed} files removed, {thumbs} thumbnails drawn again.")
L_TAG_BOTH = QT_TRANSLATE_NOOP("Cli", "Give either --task or --clear, not both.")


def _nonempty(value: str | None, option: str) -> str | None:
    """An option given as "" (e.g. an unset shell variable) is an error, never "no filter"."""
    if value is not None and not clean_text(value):  # blank or only invisible characters
        from ledcast.core.errors import LedcastError

        # worded as the parser words an empty option ("argument --task: must not be empty")
        raise LedcastError(f"{_t(L_OPTION).format(name=option)} {_t(L_EMPTY_VALUE)}")
    return value


def _task_codes(raw_values: list[str] | None) -> list[str]:
    """`--task NV1,NV3 --task NV5` as codes; a blank --task is refused, not ignored."""
    for raw in raw_values or []:
        _nonempty(raw.replace(",", " "), "--task")
    return [c.strip() for raw in (raw_values or []) for c in raw.split(",") if c.strip()]


def _fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    m, s = divmod(seconds, 60)
    return f"{int(m)}:{s:04.1f}"


def cmd_media_add(args: argparse.Namespace) -> int:
    from ledcast.core import library
    from ledcast.core.i18n import nfc, translate

    tasks = _task_codes(args.task)
    if any(not clean_text(f) for f in args.files):  # "" would mean the current folder: refuse before anything opens
        from ledcast.core.errors import LedcastError

        raise LedcastError(library.M_EMPTY_PATH)
    ws = _open(args)
    show_progress = not args.json and sys.stderr.isatty()

    def progress(done: int, total: int, name: str) -> None:
        if show_progress and total:
            sys.stderr.write(f"\r[{done}/{total}] {_safe(name)[:60]:<60}")
            if done == total:
                sys.stderr.write("\n")

    try:
        report = library.import_files(ws, args.files, task_codes=tasks, progress=progress)
    except KeyboardInterrupt:
        return _fail(_t(L_CANCELLED))
    except BrokenPipeError:  # `ledcast … | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    failed = [{"file": str(f.path), "error": f.error.message(translate)} for f in report.failed]
    if args.json:
        _json({
            "added": [library.media_to_dict(m) for m in report.added],
            "ids": [m.id for m in report.added],
            "duplicates": [{"file": str(d.path), "id": d.media_id, "title": d.title} for d in report.duplicates],
            "restored": [{"file": str(d.path), "id": d.media_id, "title": d.title} for d in report.restored],
            "failed": failed,
        })
    else:
        for m in report.added:
            _out(_t(L_ADDED).format(id=m.id, title=m.title))
        for d in report.duplicates:
            _out(_t(L_DUPLICATE).format(name=nfc(d.path.name), id=d.media_id, title=d.title))
        for d in report.restored:
            _out(_t(L_RESTORED).format(name=nfc(d.path.name), id=d.media_id, title=d.title))
        for f in report.failed:
            _err(_t(L_FAILED).format(name=nfc(f.path.name), reason=f.error.message(translate)))
        summary = _t(L_SUMMARY).format(added=len(report.added), dup=len(report.duplicates), failed=len(failed))
        if report.restored:
            summary += " " + _t(L_RESTORED_COUNT).format(n=len(report.restored))
        _out(summary)
    return 1 if report.failed else 0


def cmd_media_list(args: argparse.Namespace) -> int:
    from ledcast.core import library

    items = library.list_media(_open(args), task=_nonempty(args.task, "--task"), kind=args.kind,
                               approval=args.approval, search=_nonempty(args.search, "--search"))
    if args.json:
        _json([library.media_to_dict(m) for m in items])
        return 0
    for m in items:
        size = f"{m.width}x{m.height}" if m.width else ""
        codec = "/".join(c for c in (m.video_codec, m.audio_codec) if c)
        tasks = ",".join(t.code for t in m.tasks) or "-"
        _out(f"{m.id:>5}  {m.kind:<6} {_fmt_duration(m.duration_s):>8} {size:>10} {codec:<12} "
             f"{tasks:<10} {m.approval:<9} {m.title}")
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

    library.set_approval(_open(args), args.ids, "rejected" if args.reject else "approved",
                         _nonempty(args.by, "--by") or "")
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
        _out(_t(L_CHECK_SUMMARY).format(n=report.items, bad=len(report.bad_files),
                                        thumbs=len(report.missing_thumbs), orphans=len(report.orphans)))
        if args.repair:
            _out(_t(L_REPAIRED).format(removed=len(report.removed), thumbs=len(report.repaired_thumbs)))
            for p in report.repair_failed:
                _err(_t(L_CHECK_ROW).format(id=p.media_id, title=p.title, problem=p.reason.message(translate)))
        elif report.repairable:
            _out(_t(L_CHECK_HINT))
    remaining = report.bad_files or report.repair_failed or (not args.repair and not report.clean)
    return 1 if remaining else 0


# --- slides --------------------------------------------------------------------

L_SLIDE_ADDED = QT_TRANSLATE_NOOP("Cli", "added {id}: slide “{title}” ({w}x{h}, title {px} px)")


def cmd_slide_add(args: argparse.Namespace) -> int:
    from ledcast.core import library
    from ledcast.core.i18n import translate
    from ledcast.core.outlets import get_outlet, parse_size
    from ledcast.core.slide_media import DEFAULT_SIZE, add_slide
    from ledcast.core.slides import SlideSource

    ws = _open(args)
    size = DEFAULT_SIZE
    if args.outlet:
        o = get_outlet(ws, args.outlet)
        size = (o.width, o.height) if o.width else size
    if args.size:
        size = parse_size(args.size)
    src = SlideSource(title=args.title, body=args.body or "", text_color=args.text_color,
                      background_color=args.bg_color, background_image=_nonempty(args.bg_image, "--bg-image"),
                      align=args.align)
    tasks = _task_codes(args.task)
    media, render = add_slide(ws, src, size, tasks)
    warnings = [translate("Errors", w) for w in render.warnings]
    if args.json:
        d = library.media_to_dict(media)
        d.update({"title_px": render.title_px, "body_px": render.body_px, "fits": render.fits,
                  "warnings": warnings})
        _json(d)
    else:
        _out(_t(L_SLIDE_ADDED).format(id=media.id, title=media.title, w=size[0], h=size[1], px=render.title_px))
        for w in warnings:
            _out(_t(L_WARNING).format(text=w))
    return 0


# --- export ----------------------------------------------------------------------

L_EXPORTED_TO = QT_TRANSLATE_NOOP("Cli", "Exported {name} to {folder} (export {id}): {files} file(s), {size}, {duration}.")
L_FROM_CACHE = QT_TRANSLATE_NOOP("Cli", "{frames} frame(s) rendered, {cached} segment(s) reused from the cache.")
L_EXPORT_CANCELLED = QT_TRANSLATE_NOOP("Cli", "Export cancelled; nothing was written at the destination.")
L_NOTE = QT_TRANSLATE_NOOP("Cli", "note: {text}")


def _size_text(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def _terminal_progress():  # type: ignore[no-untyped-def]
    import time

    start = time.monotonic()
    show = sys.stderr.isatty()

    def progress(done: int, total: int, label: str) -> None:
        if not show or not total:
            return
        frac = done / total
        width = 30
        bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
        elapsed = time.monotonic() - start
        eta = f" ~{_hms(elapsed / frac - elapsed)}" if frac > 0.03 else ""
        sys.stderr.write(f"\r[{bar}] {frac * 100:5.1f}%{eta} {_safe(label)[:40]:<40}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return progress


def _run_export(args: argparse.Namespace, start) -> int:  # type: ignore[no-untyped-def]
    """Run an export with a terminal progress bar; print what was written."""
    from ledcast.core.ffmpeg import Cancelled

    ws = _open(args)
    try:
        res = start(ws, None if args.json else _terminal_progress())
    except (Cancelled, KeyboardInterrupt):
        return _fail(_t(L_EXPORT_CANCELLED))
    from ledcast.core.i18n import translate

    notes = [n.message(translate) for n in res.notes]
    if args.json:
        _json({"export_id": res.export_id, "folder": str(res.folder), "files": res.files,
               "rendered_frames": res.rendered_frames, "rendered_seconds": round(res.rendered_seconds, 3),
               "cached_chunks": res.cached_chunks, "cached_pieces": res.cached_chunks, "manifest": res.manifest,
               "renamed_from": str(res.renamed_from) if res.renamed_from else None, "notes": notes})
        return 0
    total = sum(f["size"] for f in res.files)
    _out(_t(L_EXPORTED_TO).format(name=res.manifest["playlist"]["name"], folder=printable(str(res.folder)),
                                  id=res.export_id,
                                  files=len(res.files), size=_size_text(total),
                                  duration=_hms(res.manifest["duration_s"])))
    for note in notes:
        _out(_t(L_NOTE).format(text=printable(note)))
    if res.manifest["kind"] == "screen":
        _out(_t(L_FROM_CACHE).format(frames=res.rendered_frames, cached=res.cached_chunks))
    return 0


def cmd_export_screen(args: argparse.Namespace) -> int:
    from ledcast.core import export

    return _run_export(args, lambda ws, progress: export.export_screen(
        ws, args.playlist, args.out, size=args.size, fps=args.fps, fit=args.fit, fade_s=args.fade,
        keep_audio=not args.no_audio, per_item=args.per_item, progress=progress))


def cmd_export_speaker(args: argparse.Namespace) -> int:
    from ledcast.core import export

    return _run_export(args, lambda ws, progress: export.export_speaker(
        ws, args.playlist, args.out, lufs=args.lufs, per_item=args.per_item, progress=progress))


def cmd_settings_speaker(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ledcast.core.settings import save_speaker_settings, speaker_settings

    ws = _open(args)
    changes = {"target_lufs": args.target_lufs, "true_peak_dbtp": args.true_peak,
               "silence_threshold_db": args.silence_db, "silence_min_s": args.silence_min, "gap_s": args.gap,
               "bitrate_kbps": args.bitrate, "channels": args.channels}
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


def cmd_export_list(args: argparse.Namespace) -> int:
    from ledcast.core import export
    from ledcast.core.i18n import translate

    ws = _open(args)
    for note in export.recover_interrupted(ws):  # a kill mid-swap: finished or undone before listing
        sys.stderr.write(_t(L_NOTE).format(text=printable(note.message(translate))) + "\n")
    rows = export.list_exports(ws)
    if args.json:
        _json([{"id": e.id, "kind": e.kind, "playlist": e.playlist_name, "folder": e.out_path,
                "files": e.file_count, "bytes": e.total_bytes, "content_hash": e.content_hash,
                "created": e.created_at.isoformat(timespec="seconds") + "Z"} for e in rows])
        return 0
    for e in rows:
        _out(f"{e.id:>4}  {e.created_at:%Y-%m-%d %H:%M}Z  {e.kind:<8} {e.file_count:>3}  "
             f"{_size_text(e.total_bytes):>9}  {printable(e.playlist_name)}  → {printable(e.out_path)}")
    return 0


# --- outlets (edit) ------------------------------------------------------------

L_OUTLET_UPDATED = QT_TRANSLATE_NOOP("Cli", "Updated outlet {name}.")
L_OUTLET_REMOVED = QT_TRANSLATE_NOOP("Cli", "Removed outlet {name}.")


def cmd_outlet_edit(args: argparse.Namespace) -> int:
    from ledcast.core.outlets import get_outlet, update_outlet

    ws = _open(args)
    o = update_outlet(ws, get_outlet(ws, args.name).id, name=args.rename, size=args.size, fps=args.fps,
                      location=args.location)
    _out(_t(L_OUTLET_UPDATED).format(name=o.name))
    return 0


def cmd_outlet_remove(args: argparse.Namespace) -> int:
    from ledcast.core.outlets import get_outlet, remove_outlet

    ws = _open(args)
    o = get_outlet(ws, args.name)
    remove_outlet(ws, o.id, force=args.force)
    _out(_t(L_OUTLET_REMOVED).format(name=o.name))
    return 0


# --- playlists -------------------------------------------------------------------

L_PLAYLIST_ADDED = QT_TRANSLATE_NOOP("Cli", "Added playlist {name} (id {id}).")
L_ITEMS_ADDED = QT_TRANSLATE_NOOP("Cli", "{n} item(s) added; total {total}.")
L_REFUSED = QT_TRANSLATE_NOOP("Cli", "refused {id}: {reason}")
L_WARNING = QT_TRANSLATE_NOOP("Cli", "warning: {text}")
L_TOTAL = QT_TRANSLATE_NOOP("Cli", "Total")
L_OUTLET = QT_TRANSLATE_NOOP("Cli", "Outlet")
L_SCHEDULES = QT_TRANSLATE_NOOP("Cli", "Schedules")
L_SCHEDULE_ADDED = QT_TRANSLATE_NOOP("Cli", "Schedule {id} added: {count} airing(s) from {start} to {end}.")
L_NO_AIRINGS = QT_TRANSLATE_NOOP("Cli", "Nothing scheduled.")
L_TASKS_COVERED = QT_TRANSLATE_NOOP("Cli", "Tasks covered")
WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("Cli", "Monday"), QT_TRANSLATE_NOOP("Cli", "Tuesday"),
                 QT_TRANSLATE_NOOP("Cli", "Wednesday"), QT_TRANSLATE_NOOP("Cli", "Thursday"),
                 QT_TRANSLATE_NOOP("Cli", "Friday"), QT_TRANSLATE_NOOP("Cli", "Saturday"),
                 QT_TRANSLATE_NOOP("Cli", "Sunday"))
L_OVERLAP = QT_TRANSLATE_NOOP("Cli", "OVERLAP on {outlet}: {a} {a_time} and {b} {b_time} ({length})")


def _hms(seconds: float) -> str:
    total = int(round(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def cmd_playlist_add(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl

    p = pl.create_playlist(_open(args), args.name, args.kind, args.outlet, args.priority)
    if args.json:
        _json(pl.playlist_to_dict(p))
    else:
        _out(_t(L_PLAYLIST_ADDED).format(name=p.name, id=p.id))
    return 0


def cmd_playlist_items(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl
    from ledcast.core.i18n import translate

    ws = _open(args)
    res = pl.add_items(ws, args.name, args.media_ids, duration_s=args.duration)
    p = pl.get_playlist(ws, args.name)
    if args.json:
        _json({"added": len(res.added),
               "refused": [{"media_id": mid, "error": e.message(translate)} for mid, e in res.refused],
               "warnings": [w.message(translate) for w in res.warnings], "playlist": pl.playlist_to_dict(p, translate)})
    else:
        for mid, e in res.refused:
            _err(_t(L_REFUSED).format(id=mid, reason=e.message(translate)))
        for w in res.warnings:
            _out(_t(L_WARNING).format(text=w.message(translate)))
        _out(_t(L_ITEMS_ADDED).format(n=len(res.added), total=_hms(pl.total_duration(p))))
    return 1 if res.refused else 0


def cmd_playlist_show(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl
    from ledcast.core.i18n import translate

    p = pl.get_playlist(_open(args), args.name)
    d = pl.playlist_to_dict(p, translate)
    if args.json:
        _json(d)
        return 0
    outlet = d["outlet"]
    _out(f"{p.name} [{p.kind}, {p.priority}]")
    if outlet:
        size = f" {outlet['width']}x{outlet['height']}" if outlet["width"] else ""
        _out(f"{_t(L_OUTLET)}: {outlet['name']}{size}")
    for i in d["items"]:
        _out(f"{i['position'] + 1:>3}. [{i['item_id']}] {i['kind']:<6} {_hms(i['duration_s']):>8}  "
             f"{','.join(i['tasks']) or '-':<8} {i['title']}")
    _out(f"{_t(L_TOTAL)}: {_hms(d['total_s'])}   {_t(L_TASKS_COVERED)}: {', '.join(d['tasks']) or '-'}")
    if d["schedules"]:
        _out(f"{_t(L_SCHEDULES)}:")
        for sc in d["schedules"]:
            rep = f" x{sc['repeat']} +{sc['gap_s']}s" if sc["repeat"] > 1 else ""
            _out(f"  [{sc['id']}] {sc['from']}..{sc['to']} {sc['weekdays']} {sc['times']} {sc['priority']}{rep}")
    for w in d["warnings"]:
        _out(_t(L_WARNING).format(text=w))
    return 0


def cmd_playlist_list(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl

    items = pl.list_playlists(_open(args))
    if args.json:
        _json([pl.playlist_to_dict(p) for p in items])
        return 0
    for p in items:
        _out(f"{p.id:>4}  {p.kind:<8} {_hms(pl.total_duration(p)):>8}  {len(p.items):>3}  {p.name}"
             + (f"  → {p.outlet.name}" if p.outlet else ""))
    return 0


def _date(text: str | None):  # type: ignore[no-untyped-def]
    """An option not given means today; a given one must be a date ("" is refused)."""
    import datetime as dt

    from ledcast.core.dates import parse_date

    return dt.date.today() if text is None else parse_date(text)


def cmd_playlist_schedule(args: argparse.Namespace) -> int:
    from ledcast.core import agenda as ag
    from ledcast.core import schedule as sched

    ws = _open(args)
    sc = ag.add_schedule(ws, args.name, date_from=_date(args.date_from), date_to=_date(args.date_to),
                         times=args.times, weekdays=args.days, priority=args.priority,
                         repeat_count=args.repeat, repeat_gap_s=args.gap)
    count = sched.count_airings(ag.rule_of(sc))  # counted, not expanded
    _out(_t(L_SCHEDULE_ADDED).format(id=sc.id, count=count, start=sc.date_from.isoformat(),
                                     end=sc.date_to.isoformat()))
    return 0


def cmd_playlist_remove(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl

    pl.delete_playlist(_open(args), args.name)
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from ledcast.core import agenda as ag

    a = ag.agenda(_open(args), _date(args.date), args.days, args.outlet)
    if args.json:
        def occ(o):  # type: ignore[no-untyped-def]
            return {"start": o.start.isoformat(timespec="seconds"), "end": o.end.isoformat(timespec="seconds"),
                    "playlist": o.playlist_name, "outlet": o.outlet_name, "priority": o.priority,
                    "repeat_index": o.repeat_index, "overlap": a.overlapping(o)}

        _json({"from": a.day_from.isoformat(), "to": a.day_to.isoformat(),
               "occurrences": [occ(o) for o in a.occurrences],
               "overlaps": [{"outlet": o.first.outlet_name, "first": occ(o.first), "second": occ(o.second),
                             "seconds": o.seconds} for o in a.overlaps]})
        return 0
    if not a.occurrences:
        _out(_t(L_NO_AIRINGS))
    day = None
    for o in a.occurrences:
        if o.start.date() != day:
            day = o.start.date()
            _out(f"{_t(WEEKDAY_NAMES[day.weekday()])} {day:%d/%m/%Y}")
        flag = " !" if a.overlapping(o) else ""
        fmt = "%H:%M" if o.start.second == 0 and o.end.second == 0 else "%H:%M:%S"
        _out(f"  {o.start:{fmt}}-{o.end:{fmt}}  {o.outlet_name or '-':<20} {o.priority:<9} {o.playlist_name}{flag}")
    for ov in a.overlaps:
        _out(_t(L_OVERLAP).format(outlet=ov.first.outlet_name, a=ov.first.playlist_name,
                                  a_time=f"{ov.first.start:%d/%m %H:%M}", b=ov.second.playlist_name,
                                  b_time=f"{ov.second.start:%d/%m %H:%M}", length=_hms(ov.seconds)))
    return 0


# --- parser ----------------------------------------------------------------------


# --- segment cache -----------------------------------------------------------------

L_CACHE_SHOW = QT_TRANSLATE_NOOP("Cli", "Segment cache: {size} in {files} files; limit {limit}.")
L_CACHE_AUTO = QT_TRANSLATE_NOOP("Cli", "{size} (automatic)")
L_CACHE_PRUNED = QT_TRANSLATE_NOOP("Cli", "Removed {files} files ({size}); the cache now holds {left} in {kept} files.")
L_CACHE_LIMIT_SET = QT_TRANSLATE_NOOP("Cli", "Segment cache limit: {limit}.")


def _cache_dict(st) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {"path": str(st.path), "bytes": st.bytes, "files": st.files, "limit_bytes": st.limit_bytes,
            "automatic": st.automatic}


def _limit_text(st) -> str:  # type: ignore[no-untyped-def]
    size = _size_text(st.limit_bytes)
    return _t(L_CACHE_AUTO).format(size=size) if st.automatic else size


def cmd_cache_show(args: argparse.Namespace) -> int:
    from ledcast.core.render.cache import cache_status

    st = cache_status(_open(args))
    if args.json:
        _json(_cache_dict(st))
        return 0
    _out(_t(L_CACHE_SHOW).format(size=_size_text(st.bytes), files=st.files, limit=_limit_text(st)))
    _out(str(st.path))
    return 0


def cmd_cache_prune(args: argparse.Namespace) -> int:
    from ledcast.core.render.cache import prune_cache

    res = prune_cache(_open(args), everything=args.all)
    if args.json:
        _json({"removed_files": res.removed_files, "removed_bytes": res.removed_bytes, **_cache_dict(res.status)})
        return 0
    _out(_t(L_CACHE_PRUNED).format(files=res.removed_files, size=_size_text(res.removed_bytes),
                                   left=_size_text(res.status.bytes), kept=res.status.files))
    return 0


def cmd_cache_limit(args: argparse.Namespace) -> int:
    from ledcast.core.render.cache import cache_status
    from ledcast.core.settings import parse_size, save_cache_limit

    ws = _open(args)
    save_cache_limit(ws, parse_size(args.size))
    st = cache_status(ws)
    if args.json:
        _json(_cache_dict(st))
    else:
        _out(_t(L_CACHE_LIMIT_SET).format(limit=_limit_text(st)))
    return 0


L_EMPTY_VALUE = QT_TRANSLATE_NOOP("Cli", "must not be empty")
L_NOT_FINITE = QT_TRANSLATE_NOOP("Cli", "must be a finite number")
L_TOO_LARGE = QT_TRANSLATE_NOOP("Cli", "the number is too large")
L_SEE_HELP = QT_TRANSLATE_NOOP("Cli", "{message} (see {prog} --help)")
L_OPTION = QT_TRANSLATE_NOOP("Cli", "argument {name}:")
L_UNEXPECTED = QT_TRANSLATE_NOOP("Cli", "unexpected error: {error} (details in {log})")
L_UNEXPECTED_NO_LOG = QT_TRANSLATE_NOOP("Cli", "unexpected error: {error} (set LEDCAST_DEBUG=1 for details)")
MAX_INT = 2**53  # ids and counts; beyond this SQLite and timedelta overflow with a traceback


def checked(type_: Callable[[str], Any] | None) -> Callable[[str], Any]:
    """Wrap an option's type: a value given but empty (or blank) is refused,
    floats must be finite (NaN passes range checks the wrong way) and ints sane.
    Applied by _Parser to every option, so new options get it too."""

    def convert(text: str) -> Any:
        if not clean_text(text):  # blank, or only invisible characters (U+200B, U+FEFF ...)
            raise argparse.ArgumentTypeError(_t(L_EMPTY_VALUE))
        value = text if type_ is None else type_(text)  # ValueError: argparse's "invalid int value"
        if isinstance(value, float) and not math.isfinite(value):
            raise argparse.ArgumentTypeError(_t(L_NOT_FINITE))
        if isinstance(value, int) and abs(value) >= MAX_INT:
            raise argparse.ArgumentTypeError(_t(L_TOO_LARGE))
        return value

    convert.__name__ = getattr(type_, "__name__", "str")
    return convert


class _Parser(argparse.ArgumentParser):
    """argparse with checked values and one-line errors."""

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if kwargs.get("action", "store") in ("store", "append") and kwargs.get("nargs") != 0:
            kwargs["type"] = checked(kwargs.get("type"))
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> Any:  # one line, not the usage block
        from ledcast.core.text import printable

        if len(message) > MAX_ERR_LINE // 2:
            message = message[:MAX_ERR_LINE // 2 - 1] + "…"
        # argparse's "argument --x: …" in the operator's language
        message = re.sub(r"^argument (\S+):", lambda m: _t(L_OPTION).format(name=m.group(1)), message)
        sys.stderr.write("ledcast: " + printable(_t(L_SEE_HELP).format(prog=self.prog, message=message)) + "\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="ledcast", description="ledcast – loudspeaker and LED screen programmes")
    p.add_argument("--version", action="version", version=f"ledcast {__version__}")
    p.add_argument("--workspace", metavar="DIR", help="workspace folder (or LEDCAST_WORKSPACE)")
    p.add_argument("--lang", choices=("vi", "en"), help="interface language (default vi)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(parent, name: str, func, help_: str):  # type: ignore[no-untyped-def]
        sp = parent.add_parser(name, help=help_)
        sp.set_defaults(func=func)
        return sp

    plan = sub.add_parser("plan", help="show, import or export communication plans").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(plan, "show", cmd_plan_show, "show a plan (default: the newest active one)")
    sp.add_argument("--plan", metavar="CODE")
    sp.add_argument("--json", action="store_true")
    sp = add(plan, "import", cmd_plan_import, "import a plan JSON file (same code: update in place)")
    sp.add_argument("file")
    sp = add(plan, "export", cmd_plan_export, "write a plan to a JSON file")
    sp.add_argument("file")
    sp.add_argument("--plan", metavar="CODE")

    unit = sub.add_parser("unit", help="this installation's unit").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(unit, "set", cmd_unit_set, "set this workspace's unit")
    sp.add_argument("--code", required=True)
    sp.add_argument("--name", required=True)
    sp.add_argument("--parent", metavar="CODE")

    outlet = sub.add_parser("outlet", help="screens and loudspeaker systems").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(outlet, "add", cmd_outlet_add, "add an outlet")
    sp.add_argument("name")
    sp.add_argument("--kind", required=True, choices=("screen", "speaker"))
    sp.add_argument("--size", metavar="WxH")
    sp.add_argument("--fps", type=float)
    sp.add_argument("--location")
    sp.add_argument("--json", action="store_true")
    sp = add(outlet, "list", cmd_outlet_list, "list outlets")
    sp.add_argument("--json", action="store_true")
    sp = add(outlet, "edit", cmd_outlet_edit, "change an outlet")
    sp.add_argument("name")
    sp.add_argument("--rename", metavar="NEW_NAME")
    sp.add_argument("--size", metavar="WxH")
    sp.add_argument("--fps", type=float)
    sp.add_argument("--location")
    sp = add(outlet, "remove", cmd_outlet_remove, "remove an outlet (--force unbinds its playlists)")
    sp.add_argument("name")
    sp.add_argument("--force", action="store_true")

    playlist = sub.add_parser("playlist", help="playlists for outlets").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(playlist, "add", cmd_playlist_add, "create a playlist")
    sp.add_argument("name")
    sp.add_argument("--kind", required=True, choices=("screen", "speaker"))
    sp.add_argument("--outlet", metavar="NAME")
    sp.add_argument("--priority", default="normal", choices=("normal", "priority", "emergency"))
    sp.add_argument("--json", action="store_true")
    sp = add(playlist, "items", cmd_playlist_items, "append library items (by media id)")
    sp.add_argument("name")
    sp.add_argument("media_ids", nargs="+", type=int, metavar="MEDIA_ID")
    sp.add_argument("--duration", type=float, metavar="SECONDS", help="duration of pictures and slides (default 10)")
    sp.add_argument("--json", action="store_true")
    sp = add(playlist, "show", cmd_playlist_show, "items, durations, total, tasks, schedule")
    sp.add_argument("name")
    sp.add_argument("--json", action="store_true")
    sp = add(playlist, "list", cmd_playlist_list, "list playlists")
    sp.add_argument("--json", action="store_true")
    sp = add(playlist, "schedule", cmd_playlist_schedule, "add a schedule rule to a playlist")
    sp.add_argument("name")
    sp.add_argument("--from", dest="date_from", required=True, metavar="D")
    sp.add_argument("--to", dest="date_to", required=True, metavar="D")
    sp.add_argument("--times", required=True, metavar="06:00,17:00")
    sp.add_argument("--days", metavar="mon,wed,fri", help="weekdays (default: every day); t2..t7,cn also work")
    sp.add_argument("--priority", choices=("normal", "priority", "emergency"))
    sp.add_argument("--repeat", type=int, default=1, metavar="N")
    sp.add_argument("--gap", type=int, default=0, metavar="SECONDS")
    sp = add(playlist, "remove", cmd_playlist_remove, "delete a playlist")
    sp.add_argument("name")

    export = sub.add_parser("export", help="write programmes for screens and loudspeakers").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(export, "screen", cmd_export_screen, "one MP4 at the screen's exact size (or numbered files)")
    sp.add_argument("playlist", metavar="PLAYLIST")
    sp.add_argument("--out", required=True, metavar="DIR")
    sp.add_argument("--size", metavar="WxH", help="default: the playlist's outlet")
    sp.add_argument("--fps", type=float)
    sp.add_argument("--fit", default="fit", choices=("fit", "fill", "stretch"),
                    help="video and pictures: black bars, crop, or stretch")
    sp.add_argument("--fade", type=float, default=0.0, metavar="SECONDS")
    sp.add_argument("--no-audio", action="store_true", help="drop the sound of clips")
    sp.add_argument("--per-item", action="store_true", help="numbered files instead of one programme")
    sp.add_argument("--json", action="store_true")
    sp = add(export, "speaker", cmd_export_speaker, "a loudness-normalised MP3 per session (or numbered MP3s)")
    sp.add_argument("playlist", metavar="PLAYLIST")
    sp.add_argument("--out", required=True, metavar="DIR")
    sp.add_argument("--lufs", type=float, help="loudness target for this export (default: Settings, -16)")
    sp.add_argument("--per-item", action="store_true", help="numbered MP3s for USB boxes that play in name order")
    sp.add_argument("--json", action="store_true")
    sp = add(export, "list", cmd_export_list, "past exports with their ids")
    sp.add_argument("--json", action="store_true")

    settings = sub.add_parser("settings", help="workspace settings").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(settings, "speaker", cmd_settings_speaker, "show or change loudspeaker export settings")
    sp.add_argument("--target-lufs", type=float)
    sp.add_argument("--true-peak", type=float, metavar="DBTP")
    sp.add_argument("--silence-db", type=float, help="silence threshold for trimming the ends (dB)")
    sp.add_argument("--silence-min", type=float, metavar="SECONDS", help="shortest silence trimmed")
    sp.add_argument("--gap", type=float, metavar="SECONDS", help="silence between items")
    sp.add_argument("--bitrate", type=int, metavar="KBPS")
    sp.add_argument("--channels", type=int, choices=(1, 2))
    sp.add_argument("--intro", type=int, metavar="MEDIA_ID", help="jingle before the programme (0: none)")
    sp.add_argument("--outro", type=int, metavar="MEDIA_ID", help="jingle after the programme (0: none)")
    sp.add_argument("--json", action="store_true")

    cache = sub.add_parser("cache", help="the cache of rendered segments (speeds up re-exports)").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(cache, "show", cmd_cache_show, "size, number of files, limit and folder of the cache")
    sp.add_argument("--json", action="store_true")
    sp = add(cache, "prune", cmd_cache_prune, "remove least-recently-used segments down to the limit")
    sp.add_argument("--all", action="store_true", help="empty the cache (segments a running export uses stay)")
    sp.add_argument("--json", action="store_true")
    sp = add(cache, "limit", cmd_cache_limit, "set the cache limit: e.g. 800MB, 5GB, or auto")
    sp.add_argument("size", metavar="SIZE")
    sp.add_argument("--json", action="store_true")

    sp = add(sub, "agenda", cmd_agenda, "what plays when on each outlet")
    sp.add_argument("--date", metavar="D", help="first day (default today)")
    sp.add_argument("--days", type=int, default=1, metavar="N")
    sp.add_argument("--outlet", metavar="NAME")
    sp.add_argument("--json", action="store_true")

    media = sub.add_parser("media", help="the media library").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(media, "add", cmd_media_add, "import files or folders (prints the new ids)")
    sp.add_argument("files", nargs="+", metavar="FILE")
    sp.add_argument("--task", action="append", metavar="NVn", help="tag with a plan task (repeat or comma-separate)")
    sp.add_argument("--json", action="store_true")
    sp = add(media, "list", cmd_media_list, "list the library with probe facts")
    sp.add_argument("--task", metavar="NVn", help="only items of this task ('none': outside the plan)")
    sp.add_argument("--kind", choices=("audio", "image", "video", "slide"))
    sp.add_argument("--approval", choices=("pending", "approved", "rejected"))
    sp.add_argument("--search", metavar="TEXT")
    sp.add_argument("--json", action="store_true")
    sp = add(media, "tag", cmd_media_tag, "set the plan tasks of media items")
    sp.add_argument("ids", nargs="+", type=int, metavar="ID")
    sp.add_argument("--task", action="append", metavar="NVn", help="the tasks (repeat or comma-separate)")
    sp.add_argument("--clear", action="store_true", help="remove all tasks of these items")
    sp = add(media, "check", cmd_media_check, "compare the library with its stored files and thumbnails")
    sp.add_argument("--repair", action="store_true",
                    help="remove files without an item and draw missing thumbnails again")
    sp.add_argument("--deep", action="store_true", help="also re-hash every stored file (slow)")
    sp.add_argument("--json", action="store_true")
    slide = sub.add_parser("slide", help="text slides for screens").add_subparsers(
        dest="sub", metavar="ACTION", required=True)
    sp = add(slide, "add", cmd_slide_add, "design a text slide and add it to the library")
    sp.add_argument("--title", required=True)
    sp.add_argument("--body")
    sp.add_argument("--task", action="append", metavar="NVn")
    sp.add_argument("--size", metavar="WxH", help="design size (default: the outlet's, else 1920x1080)")
    sp.add_argument("--outlet", metavar="NAME", help="design for this screen's size")
    sp.add_argument("--align", default="center", choices=("left", "center", "right"))
    sp.add_argument("--text-color", default="#FFFFFF", metavar="#RRGGBB")
    sp.add_argument("--bg-color", default="#0A3D91", metavar="#RRGGBB")
    sp.add_argument("--bg-image", metavar="FILE")
    sp.add_argument("--json", action="store_true")
    sp = add(media, "approve", cmd_media_approve, "approve (or --reject) media items")
    sp.add_argument("ids", nargs="+", type=int, metavar="ID")
    sp.add_argument("--reject", action="store_true")
    sp.add_argument("--by", metavar="NAME")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        os.environ["LEDCAST_LANG"] = args.lang
    if not getattr(args, "func", None):
        from ledcast.qt.app import run_gui

        return run_gui(args.workspace)
    from ledcast.core.errors import LedcastError
    from ledcast.core.i18n import translate

    try:
        return int(args.func(args) or 0)
    except LedcastError as exc:
        return _fail(exc.message(translate))
    except KeyboardInterrupt:
        return _fail(_t(L_CANCELLED))
    except BrokenPipeError:  # `ledcast … | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: one line for the operator, the traceback in the log
        if os.environ.get("LEDCAST_DEBUG", "") not in ("", "0"):
            raise
        return _unexpected(exc)


LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1024 * 1024


def log_dir() -> str:
    """Where unexpected errors are logged: LEDCAST_LOG_DIR, else the user log folder."""
    import platformdirs

    return os.environ.get("LEDCAST_LOG_DIR") or platformdirs.user_log_dir("ledcast", appauthor=False)


def _unexpected(exc: BaseException) -> int:
    error = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:200]}"
    try:
        path = _write_log(exc)
    except OSError:
        _err("ledcast: " + _t(L_UNEXPECTED_NO_LOG).format(error=error))
    else:
        _err("ledcast: " + _t(L_UNEXPECTED).format(error=error, log=path))
    return 2


def _write_log(exc: BaseException) -> str:
    """Append the traceback to the error log (created on first use; one
    older generation kept when it grows past 1 MB)."""
    import datetime as dt
    import traceback
    from pathlib import Path

    folder = Path(log_dir())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
        os.replace(path, folder / (LOG_NAME + ".1"))
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} ledcast {__version__} "
                 f"argv={sys.argv[1:]!r}\n")
        fh.write("".join(traceback.format_exception(exc)))
    return str(path)
