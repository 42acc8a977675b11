"""`ledcast agenda`: what plays when on each outlet (one command, no actions)."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import _date, _hms, _json, _open, _out, _t, add_command, add_json
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_NO_AIRINGS = QT_TRANSLATE_NOOP("Cli", "Nothing scheduled.")
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Cli", "Monday"),
    QT_TRANSLATE_NOOP("Cli", "Tuesday"),
    QT_TRANSLATE_NOOP("Cli", "Wednesday"),
    QT_TRANSLATE_NOOP("Cli", "Thursday"),
    QT_TRANSLATE_NOOP("Cli", "Friday"),
    QT_TRANSLATE_NOOP("Cli", "Saturday"),
    QT_TRANSLATE_NOOP("Cli", "Sunday"),
)
L_PASSES = QT_TRANSLATE_NOOP("Cli", "{passes} pass(es)")
L_OVERLAP = QT_TRANSLATE_NOOP("Cli", "OVERLAP on {outlet}: {a} {a_time} and {b} {b_time} ({length})")


def register(subparsers: Any) -> None:
    sp = add_command(subparsers, "agenda", cmd_agenda)  # its help: the root's table
    sp.add_argument("--date", metavar="D", help="first day (default today)")
    sp.add_argument("--days", type=int, default=1, metavar="N")
    sp.add_argument("--outlet", metavar="NAME")
    add_json(sp)


def cmd_agenda(args: argparse.Namespace) -> int:
    import datetime as dt

    from ledcast.core import agenda as ag
    from ledcast.core.agenda_status import agenda_status
    from ledcast.core.formatting import group_digits
    from ledcast.core.i18n import translate
    from ledcast.core.labels import AGENDA_STATUS_LABELS, CONTEXT

    ws = _open(args)
    a = ag.agenda(ws, _date(args.date), args.days, args.outlet)
    status = agenda_status(ws, a.occurrences, dt.datetime.now())  # past occurrences: aired, partly, missed
    if args.json:

        def occ(o):  # type: ignore[no-untyped-def]
            return {
                "start": o.start.isoformat(timespec="seconds"),
                "end": o.end.isoformat(timespec="seconds"),
                "playlist": o.playlist_name,
                "outlet": o.outlet_name,
                "priority": o.priority,
                "repeat_index": o.repeat_index,
                "window": o.is_window,
                "passes": o.passes,
                "overlap": a.overlapping(o),
                "status": status.get(o),
            }

        _json(
            {
                "from": a.day_from.isoformat(),
                "to": a.day_to.isoformat(),
                "occurrences": [occ(o) for o in a.occurrences],
                "overlaps": [
                    {
                        "outlet": o.first.outlet_name,
                        "first": occ(o.first),
                        "second": occ(o.second),
                        "seconds": o.seconds,
                    }
                    for o in a.overlaps
                ],
            }
        )
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
        passes = " · " + _t(L_PASSES).format(passes=group_digits(o.passes)) if o.is_window else ""
        shown = translate(CONTEXT, AGENDA_STATUS_LABELS[status[o]]) if o in status else ""
        column = f"{shown:<14} " if status else ""  # only when the period has past occurrences
        _out(
            f"  {o.start:{fmt}}-{o.end:{fmt}}  {o.outlet_name or '-':<20} {o.priority:<9} {column}"
            f"{o.playlist_name}{passes}{flag}"
        )
    for ov in a.overlaps:
        _out(
            _t(L_OVERLAP).format(
                outlet=ov.first.outlet_name,
                a=ov.first.playlist_name,
                a_time=f"{ov.first.start:%d/%m %H:%M}",
                b=ov.second.playlist_name,
                b_time=f"{ov.second.start:%d/%m %H:%M}",
                length=_hms(ov.seconds),
            )
        )
    return 0
