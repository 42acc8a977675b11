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
    _fail,
    _hms,
    _json,
    _open,
    _out,
    _t,
    arg,
    register_group,
)
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError

L_PLAYLIST_ADDED = QT_TRANSLATE_NOOP("Cli", "Added playlist {name} (id {id}).")
L_ITEMS_ADDED = QT_TRANSLATE_NOOP("Cli", "{n} item(s) added; total {total}.")
L_REFUSED = QT_TRANSLATE_NOOP("Cli", "refused {id}: {reason}")
L_TOTAL = QT_TRANSLATE_NOOP("Cli", "Total")
L_OUTLET = QT_TRANSLATE_NOOP("Cli", "Outlet")
L_SCHEDULES = QT_TRANSLATE_NOOP("Cli", "Schedules")
L_SCHEDULE_ADDED = QT_TRANSLATE_NOOP("Cli", "Schedule {id} added: {count} airing(s) from {start} to {end}.")
L_SCHEDULE_REPLACED = QT_TRANSLATE_NOOP("Cli", "Schedule {id} replaced.")
L_TASKS_COVERED = QT_TRANSLATE_NOOP("Cli", "Tasks covered")
L_TIMES_OR_WINDOW = QT_TRANSLATE_NOOP(
    "Cli", "Give either start times (--times 06:00,17:00) or a time window (--window 06:00-22:00), not both."
)
L_WINDOW_ADDED = QT_TRANSLATE_NOOP(
    "Cli", "Schedule {id} added: plays continuously {start}–{end}, {passes} pass(es) a day, on {days} day(s)."
)
L_WINDOW = QT_TRANSLATE_NOOP("Cli", "continuously {start}–{end}, {passes} pass(es)")


def register(subparsers: Any) -> None:
    schedule = (
        NAME,
        arg("--from", dest="date_from", required=True, metavar="D"),
        arg("--to", dest="date_to", required=True, metavar="D"),
        arg("--times", metavar="06:00,17:00", help="start times (or --window)"),
        arg("--window", metavar="06:00-22:00", help="play back to back from the start to the end (screen loops)"),
        arg("--days", metavar="mon,wed,fri", help="weekdays (default: every day); t2..t7,cn also work"),
        arg("--priority", choices=PRIORITY_CHOICES),
        arg("--repeat", type=int, default=1, metavar="N"),
        arg("--gap", type=int, default=0, metavar="SECONDS"),
        arg("--replace", type=int, metavar="ID", help="replace this schedule of the playlist (ids: playlist show)"),
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
        _out(_t(L_ITEMS_ADDED).format(n=len(res.added), total=_hms(pl.programme_duration(ws, p))))
    return 1 if res.refused else 0


def cmd_playlist_show(args: argparse.Namespace) -> int:
    from ledcast.core import agenda as ag
    from ledcast.core import playlist as pl
    from ledcast.core.formatting import group_digits
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
            when = sc["times"]
            if sc["window_end"]:
                passes = ag.rule_of(next(x for x in p.schedules if x.id == sc["id"])).passes(d["total_s"])
                when = _t(L_WINDOW).format(start=sc["times"], end=sc["window_end"], passes=group_digits(passes))
            _out(f"  [{sc['id']}] {sc['from']}..{sc['to']} {sc['weekdays']} {when} {sc['priority']}{rep}")
    for w in d["warnings"]:
        _out(_t(L_WARNING).format(text=w))
    return 0


def cmd_playlist_list(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl
    from ledcast.core.programme import speaker_extras

    ws = _open(args)
    items = pl.list_playlists(ws)
    if args.json:
        _json([pl.playlist_to_dict(p) for p in items])
        return 0
    extras = speaker_extras(ws)  # once for the whole list
    for p in items:
        _out(
            f"{p.id:>4}  {p.kind:<8} {_hms(pl.programme_duration(ws, p, extras)):>8}  {len(p.items):>3}  {p.name}"
            + (f"  → {p.outlet.name}" if p.outlet else "")
        )
    return 0


def cmd_playlist_schedule(args: argparse.Namespace) -> int:
    from ledcast.core import agenda as ag
    from ledcast.core import playlist as pl
    from ledcast.core import schedule as sched
    from ledcast.core.formatting import group_digits

    if (args.times is None) == (args.window is None):
        return _fail(_t(L_TIMES_OR_WINDOW))
    ws = _open(args)
    # the operator's text, read by the core's parsers
    rule = sched.Rule.from_text(
        _date(args.date_from),
        _date(args.date_to),
        times=args.times,
        window=args.window,
        weekdays=args.days,
        repeat_count=args.repeat,
        repeat_gap_s=args.gap,
    )
    if args.replace is not None and args.replace not in [x.id for x in pl.get_playlist(ws, args.name).schedules]:
        raise LedcastError(ag.M_SCHEDULE_NOT_FOUND, id=args.replace)
    store = ag.add_schedule if args.replace is None else ag.update_schedule
    sc = store(
        ws,
        args.name if args.replace is None else args.replace,
        date_from=rule.date_from,
        date_to=rule.date_to,
        times=rule.times,
        weekdays=rule.weekdays,
        priority=args.priority,
        repeat_count=rule.repeat_count,
        repeat_gap_s=rule.repeat_gap_s,
        window_end=rule.window_end,
    )
    stored = ag.rule_of(sc)
    count = sched.count_airings(stored)  # counted, not expanded
    if stored.window_end is not None:
        passes = stored.passes(pl.programme_duration(ws, pl.get_playlist(ws, args.name)))
        text = _t(L_WINDOW_ADDED).format(
            id=sc.id,
            start=sched.format_time(stored.times[0]),
            end=sched.format_time(stored.window_end),
            passes=group_digits(passes),
            days=count,
        )
    else:
        start, end = sc.date_from.isoformat(), sc.date_to.isoformat()
        text = _t(L_SCHEDULE_ADDED).format(id=sc.id, count=count, start=start, end=end)
    _out(text if args.replace is None else _t(L_SCHEDULE_REPLACED).format(id=sc.id))
    return 0


def cmd_playlist_remove(args: argparse.Namespace) -> int:
    from ledcast.core import playlist as pl

    pl.delete_playlist(_open(args), args.name)
    return 0
