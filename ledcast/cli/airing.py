"""`ledcast airing`: the airing log (Nhật ký phát): add, confirm an export, void, list."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import _json, _nonempty, _open, _out, _t, _task_codes, add_actions, add_command, add_json
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_RECORDED = QT_TRANSLATE_NOOP("Cli", "Recorded {title} on {outlet}, {date} {time}, {seconds} s (airing {uuid}).")
L_CONFIRMED = QT_TRANSLATE_NOOP(
    "Cli", "Recorded {added} airing(s) of {sessions} session(s); {already} were already in the log."
)
L_NOTHING_NEW = QT_TRANSLATE_NOOP(
    "Cli", "Nothing new: the {already} airing(s) of these {sessions} session(s) were already in the log."
)
L_SKIPPED = QT_TRANSLATE_NOOP("Cli", "Left out as not aired: {count} session(s).")
L_SESSION = QT_TRANSLATE_NOOP("Cli", "Session {number}: {date} {time}, {items} item(s)")
L_WINDOW_SESSION = QT_TRANSLATE_NOOP(
    "Cli", "Session {number}: {date} {time}–{end}, looped {passes} time(s), {items} item(s) each pass"
)
L_VOIDED = QT_TRANSLATE_NOOP("Cli", "Voided {uuid} ({title}, {date} {time}); it stays in the log, marked.")
L_VOIDED_FLAG = QT_TRANSLATE_NOOP("Cli", "VOIDED: {reason}")
L_VOID_ROW = QT_TRANSLATE_NOOP("Cli", "voids {uuid}: {reason}")
L_TOTALS = QT_TRANSLATE_NOOP("Cli", "Total: {airings} airing(s), {items} distinct item(s), {minutes} minutes.")
L_WROTE = QT_TRANSLATE_NOOP("Cli", "Wrote {count} airing(s) to {path}.")
L_BAD_DATETIME = QT_TRANSLATE_NOOP(
    "Cli", "“{text}” is not a date and time: write 2026-11-26T06:30 (local time) or add an offset (+07:00)."
)
L_DATE_AND_RANGE = QT_TRANSLATE_NOOP("Cli", "Give either --date or --from and --to, not both.")
L_RANGE_HALF = QT_TRANSLATE_NOOP("Cli", "--from and --to go together.")
L_SINCE_AND_RANGE = QT_TRANSLATE_NOOP("Cli", "Give either --from/--to or --since-last, not both.")
L_EXPORTED = QT_TRANSLATE_NOOP("Cli", "Wrote {count} airing(s) of {code} to {path}, signed by key {fingerprint}.")
L_IMPORTED = QT_TRANSLATE_NOOP("Cli", "{path}: {new} new airing(s) of {code}, {known} already in the log.")
L_REJECTED = QT_TRANSLATE_NOOP("Cli", "{path}: REFUSED, nothing imported: {reason}")


def register(subparsers: Any) -> None:
    group = add_actions(subparsers, "airing")
    sp = add_command(
        group, "add", cmd_add, "log an airing by hand (a live reading, a relay, a programme not in the library)"
    )
    what = sp.add_mutually_exclusive_group(required=True)
    what.add_argument("--media", type=int, metavar="ID", help="a library item: its title, SHA-256 and tasks are kept")
    what.add_argument("--title", metavar="T")
    sp.add_argument("--outlet", required=True, metavar="NAME")
    sp.add_argument("--start", required=True, metavar="ISO", help="local time unless an offset is given")
    sp.add_argument("--end", required=True, metavar="ISO")
    sp.add_argument("--task", action="append", metavar="CODE", help="plan task (default: the media's tasks)")
    sp.add_argument("--origin", choices=("own", "above", "source"), default="own")
    sp.add_argument("--language", default="vi")
    sp.add_argument("--operator")
    sp.add_argument("--note")
    add_json(sp)

    sp = add_command(group, "confirm", cmd_confirm, "log that an export aired as its schedules say")
    sp.add_argument("export_id", type=int, metavar="EXPORT_ID")
    sp.add_argument("--date", metavar="D", help="the day (default today)")
    sp.add_argument("--from", dest="date_from", metavar="D")
    sp.add_argument("--to", dest="date_to", metavar="D")
    sp.add_argument(
        "--skip", type=int, action="append", metavar="N", help="a session that did not air, numbered as --list shows"
    )
    sp.add_argument("--list", action="store_true", help="show the numbered sessions; record nothing")
    sp.add_argument("--operator")
    add_json(sp)

    sp = add_command(group, "void", cmd_void, "void an airing (it stays in the log, marked)")
    sp.add_argument("uuid", metavar="UUID")
    sp.add_argument("--reason", required=True)
    sp.add_argument("--operator")

    sp = add_command(group, "list", cmd_list, "the log, filtered, with totals (or written to CSV/XLSX)")
    sp.add_argument("--from", dest="date_from", metavar="D")
    sp.add_argument("--to", dest="date_to", metavar="D")
    sp.add_argument("--outlet", metavar="NAME")
    sp.add_argument("--task", metavar="CODE", help="a task code, or none (outside the plan)")
    sp.add_argument("--recorded-how", choices=("playout", "confirmed", "manual", "imported"))
    sp.add_argument("--origin", choices=("own", "above", "source"))
    sp.add_argument("--include-voided", action="store_true")
    sp.add_argument("--out", metavar="FILE", help="write FILE.csv or FILE.xlsx instead of lines")
    add_json(sp)

    sp = add_command(group, "export", cmd_export, "write this unit's log as a signed file for the level above")
    sp.add_argument("--out", required=True, metavar="FILE")
    sp.add_argument("--from", dest="date_from", metavar="D")
    sp.add_argument("--to", dest="date_to", metavar="D")
    sp.add_argument("--since-last", action="store_true", help="only the airings not sent by an earlier --since-last")
    add_json(sp)

    sp = add_command(group, "import", cmd_import, "add signed log files of other units (each file whole or not at all)")
    sp.add_argument("files", nargs="+", metavar="FILE")
    add_json(sp)


def _when(text: str):  # type: ignore[no-untyped-def]
    """An ISO date and time; naive means this computer's local time."""
    import datetime as dt

    from ledcast.core.errors import LedcastError

    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise LedcastError(_t(L_BAD_DATETIME).format(text=text.strip()[:40])) from None
    return value.astimezone() if value.tzinfo is None else value


def _shown(a) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from ledcast.core.airing_table import local_start

    start = local_start(a)
    return {"date": f"{start:%d/%m/%Y}", "time": f"{start:%H:%M:%S}"}


def cmd_add(args: argparse.Namespace) -> int:
    from ledcast.core import airing, library
    from ledcast.core.airing_table import row_of
    from ledcast.core.outlets import get_outlet

    ws = _open(args)
    outlet = get_outlet(ws, _nonempty(args.outlet, "--outlet") or "")
    start, end = _when(args.start), _when(args.end)
    title, sha, tasks = args.title, None, _task_codes(args.task)
    if args.media is not None:
        media = library.get_media(ws, args.media)
        title, sha = media.title, media.sha256
        tasks = tasks if args.task else [t.code for t in media.tasks]
    a = airing.record(
        ws,
        airing.AiringEntry(
            outlet_name=outlet.name,
            outlet_kind=outlet.kind,
            start=start,
            end=end,
            recorded_how="manual",
            title=title or "",
            media_sha256=sha,
            task_codes=tasks,
            utc_offset_min=int(start.utcoffset().total_seconds() // 60),
            origin=args.origin,
            language=args.language,
            operator=args.operator or "",
            note=args.note or "",
        ),
    )
    row = row_of(a)
    if args.json:
        _json(row)
        return 0
    _out(
        _t(L_RECORDED).format(
            title=a.media_title, outlet=a.outlet_name, seconds=row["duration_s"], uuid=a.uuid, **_shown(a)
        )
    )
    return 0


def _days(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ledcast.cli._common import _date
    from ledcast.core.errors import LedcastError

    if args.date is not None and (args.date_from is not None or args.date_to is not None):
        raise LedcastError(_t(L_DATE_AND_RANGE))
    if (args.date_from is None) != (args.date_to is None):
        raise LedcastError(_t(L_RANGE_HALF))
    if args.date_from is not None:
        return _date(args.date_from), _date(args.date_to)
    day = _date(args.date)
    return day, day


def cmd_confirm(args: argparse.Namespace) -> int:
    from ledcast.core import airing_confirm as ac

    ws = _open(args)
    day_from, day_to = _days(args)
    if args.list:
        occs = ac.occurrences(ws, args.export_id, day_from, day_to)
        if args.json:
            _json([_occurrence_json(o) for o in occs])
            return 0
        for o in occs:
            when = {
                "number": o.number,
                "date": f"{o.start:%d/%m/%Y}",
                "time": f"{o.start:%H:%M}",
                "items": len(o.items),
            }
            if o.passes > 1:
                _out(_t(L_WINDOW_SESSION).format(**when, end=f"{o.end:%H:%M}", passes=o.passes))
            else:
                _out(_t(L_SESSION).format(**when))
            for item in o.items:
                _out(f"    +{item.offset_s:8.1f} s  {item.duration_s:7.1f} s  {item.title}  [{','.join(item.tasks)}]")
        return 0
    res = ac.confirm(ws, args.export_id, day_from, day_to, set(args.skip or ()), operator=args.operator or "")
    if args.json:
        _json({"added": res.added, "already": res.already, "sessions": res.sessions, "skipped": res.skipped})
        return 0
    if res.added == 0 and res.already:
        _out(_t(L_NOTHING_NEW).format(already=res.already, sessions=res.sessions))
    else:
        _out(_t(L_CONFIRMED).format(added=res.added, sessions=res.sessions, already=res.already))
    if res.skipped:
        _out(_t(L_SKIPPED).format(count=res.skipped))
    return 0


def _occurrence_json(o) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {
        "number": o.number,
        "start": o.start.isoformat(timespec="seconds"),
        "end": o.end.isoformat(timespec="seconds"),
        "priority": o.priority,
        "passes": o.passes,
        "items": [
            {
                "position": i.position,
                "title": i.title,
                "offset_s": i.offset_s,
                "duration_s": i.duration_s,
                "tasks": list(i.tasks),
            }
            for i in o.items
        ],
    }


def cmd_void(args: argparse.Namespace) -> int:
    from ledcast.core import airing

    void_row, _ = airing.void(_open(args), args.uuid, args.reason, operator=args.operator or "")
    _out(_t(L_VOIDED).format(uuid=void_row.voids_uuid, title=void_row.media_title, **_shown(void_row)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ledcast.cli._common import _date
    from ledcast.core import airing_query as aq
    from ledcast.core.airing_table import iter_rows, write_table

    ws = _open(args)
    f = aq.AiringFilter(
        date_from=_date(args.date_from) if args.date_from is not None else None,
        date_to=_date(args.date_to) if args.date_to is not None else None,
        outlet=args.outlet,
        task=args.task,
        recorded_how=args.recorded_how,
        origin=args.origin,
        include_voided=args.include_voided,
    )
    totals = aq.totals(ws, replace(f, include_voided=False))  # voided airings never count
    summary = {"airings": totals.airings, "items": totals.items, "minutes": round(totals.minutes, 1)}
    if args.out:
        n = write_table(ws, f, args.out)
        if args.json:
            _json({"written": n, "path": args.out, "totals": summary})
            return 0
        _out(_t(L_WROTE).format(count=n, path=args.out))
    elif args.json:
        _json({"airings": list(iter_rows(ws, f)), "totals": summary})
        return 0
    else:
        from ledcast.core.i18n import translate
        from ledcast.core.labels import CONTEXT, ORIGIN_LABELS, RECORDED_HOW_LABELS

        def word(table: dict[str, str], code: str) -> str:  # the operator's word; the code if unknown
            return translate(CONTEXT, table[code]) if code in table else code

        for r in iter_rows(ws, f):
            flag = _t(L_VOIDED_FLAG).format(reason=r["voided"]) if r["voided"] else ""
            if r["voids"]:
                flag = _t(L_VOID_ROW).format(uuid=r["voids"], reason=r["note"])
            _out(
                f"{r['date']} {r['time']}  {r['outlet']}  {r['title']}  [{r['tasks']}]  {r['duration_s']:g} s  "
                f"{word(RECORDED_HOW_LABELS, r['recorded_how'])}  {word(ORIGIN_LABELS, r['origin'])}  "
                f"{r['operator'] or '-'}  {r['uuid']}  {flag}".rstrip()
            )
    _out(_t(L_TOTALS).format(**summary))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ledcast.core.dates import parse_date
    from ledcast.core.errors import LedcastError
    from ledcast.core.exchange import export_log

    if args.since_last and (args.date_from or args.date_to):
        raise LedcastError(_t(L_SINCE_AND_RANGE))
    first = parse_date(args.date_from) if args.date_from else None
    last = parse_date(args.date_to) if args.date_to else None
    done = export_log(_open(args), args.out, first, last, since_last=args.since_last)
    if args.json:
        _json(
            {"path": str(done.path), "records": done.records, "unit": done.unit_code, "fingerprint": done.fingerprint}
        )
        return 0
    _out(_t(L_EXPORTED).format(count=done.records, code=done.unit_code, path=done.path, fingerprint=done.fingerprint))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ledcast.core.exchange_import import import_logs
    from ledcast.core.i18n import translate

    results = import_logs(_open(args), args.files, translate=translate)
    if args.json:
        _json(
            [
                {"path": str(r.path), "unit": r.unit_code, "new": r.new, "known": r.known, "conflicts": r.conflicts,
                 "rejected": r.rejected_reason}
                for r in results
            ]
        )  # fmt: skip
    for r in results if not args.json else ():
        if r.ok:
            _out(_t(L_IMPORTED).format(path=r.path, new=r.new, code=r.unit_code, known=r.known))
        else:
            _out(_t(L_REJECTED).format(path=r.path, reason=r.rejected_reason))
    return 0 if all(r.ok for r in results) else 1
