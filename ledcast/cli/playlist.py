"""`ledcast playlist`: playlists for outlets, their items and their schedules."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import (
    JSON,
    L_WARNING,
    NAME,
    OUTLET_KINDS,
    PRIORITY_CHOICES,
    _date,
    _err,
    _hms,
    _json,
    _open,
    _out,
    _t,
    arg,
    register_group,
)
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_PLAYLIST_ADDED = QT_TRANSLATE_NOOP("Cli", "Added playlist {name} (id {id}).")
L_ITEMS_ADDED = QT_TRANSLATE_NOOP("Cli", "{n} item(s) added; total {total}.")
L_REFUSED = QT_TRANSLATE_NOOP("Cli", "refused {id}: {reason}")
L_TOTAL = QT_TRANSLATE_NOOP("Cli", "Total")
L_OUTLET = QT_TRANSLATE_NOOP("Cli", "Outlet")
L_SCHEDULES = QT_TRANSLATE_NOOP("Cli", "Schedules")
L_SCHEDULE_ADDED = QT_TRANSLATE_NOOP("Cli", "Schedule {id} added: {count} airing(s) from {start} to {end}.")
L_TASKS_COVERED = QT_TRANSLATE_NOOP("Cli", "Tasks covered")


def register(subparsers: Any) -> None:
    schedule = (
        NAME,
        arg("--from", dest="date_from", required=True, metavar="D"),
        arg("--to", dest="date_to", required=True, metavar="D"),
        arg("--times", required=True, metavar="06:00,17:00"),
        arg("--days", metavar="mon,wed,fri", help="weekdays (default: every day); t2..t7,cn also work"),
        arg("--priority", choices=PRIORITY_CHOICES),
        arg("--repeat", type=int, default=1, metavar="N"),
        arg("--gap", type=int, default=0, metavar="SECONDS"),
    )
    duration = arg("--duration", type=float, metavar="SECONDS", help="duration of pictures and slides (default 10)")
    items = (NAME, arg("media_ids", nargs="+", type=int, metavar="MEDIA_ID"), duration, JSON)
    kind, outlet = arg("--kind", required=True, choices=OUTLET_KINDS), arg("--outlet", metavar="NAME")
    add = (NAME, kind, outlet, arg("--priority", default="normal", choices=PRIORITY_CHOICES), JSON)
    register_group(
        subparsers,
        "playlist",
        (
            ("add", cmd_playlist_add, "create a playlist", add),
            ("items", cmd_playlist_items, "append library items (by media id)", items),
            ("show", cmd_playlist_show, "items, durations, total, tasks, schedule", (NAME, JSON)),
            ("list", cmd_playlist_list, "list playlists", (JSON,)),
            ("schedule", cmd_playlist_schedule, "add a schedule rule to a playlist", schedule),
            ("remove", cmd_playlist_remove, "delete a playlist", (NAME,)),
        ),
    )


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
        _json(
            {
                "added": len(res.added),
                "refused": [{"media_id": mid, "error": e.message(translate)} for mid, e in res.refused],
                "warnings": [w.message(translate) for w in res.warnings],
                "playlist": pl.playlist_to_dict(p, translate),
            }
        )
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
        _out(
            f"{i['position'] + 1:>3}. [{i['item_id']}] {i['kind']:<6} {_hms(i['duration_s']):>8}  "
            f"{','.join(i['tasks']) or '-':<8} {i['title']}"
        )
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
        _out(
            f"{p.id:>4}  {p.kind:<8} {_hms(pl.total_duration(p)):>8}  {len(p.items):>3}  {p.name}"
            + (f"  → {p.outlet.name}" if p.outlet else "")
        )
    return 0


def cmd_playlist_schedule(args: argparse.Namespace) -> int:
    from ledcast.core import agenda as ag
    from ledcast.core import schedule as sched

    ws = _open(args)
    sc = ag.add_schedule(
        ws,
        args.name,
        date_from=_date(args.date_from),
        date_to=_date(args.date_to),
        times=sched.parse_times(args.times),  # the operator's text, read by the core's parsers
        weekdays=sched.weekdays_from_text(args.days),
        priority=args.priority,
        repeat_count=args.repeat,
        repeat_gap_s=args.gap,
    )
    count = sched.count_airings(ag.rule_of(sc))  # counted, not expanded
    _out(_t(L_SCHEDULE_ADDED).format(id=sc.id, count=count, start=sc.date_from.isoformat(), end=sc.date_to.isoformat()))
    return 0


def cmd_playlist_remove(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl

    pl.delete_playlist(_open(args), args.name)
    return 0
