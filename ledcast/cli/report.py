"""`ledcast report`: the results against the plan's targets for a period, as a
table on the terminal or written to XLSX, CSV, JSON or the official PDF (issue 12)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ledcast.cli._common import _json, _out, _t, add_command
from ledcast.cli.airing import L_RANGE_HALF
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_WROTE_REPORT = QT_TRANSLATE_NOOP("Cli", "Wrote the report for {period} to {path}.")
L_NO_OUT = QT_TRANSLATE_NOOP("Cli", "--format {format} writes a file: give --out FILE.")


def register(subparsers: Any) -> None:
    sp = add_command(subparsers, "report", cmd_report)  # its help: the root's table
    period = sp.add_mutually_exclusive_group(required=True)
    period.add_argument("--from", dest="date_from", metavar="D", help="first day (with --to)")
    period.add_argument("--month", metavar="YYYY-MM")
    period.add_argument("--quarter", metavar="YYYYQn")
    period.add_argument("--half", metavar="YYYYHn")
    period.add_argument("--year", metavar="YYYY")
    sp.add_argument("--to", dest="date_to", metavar="D", help="last day (with --from)")
    sp.add_argument("--cut15", action="store_true", help="months run from the 15th to the 14th")
    units = sp.add_mutually_exclusive_group()
    units.add_argument("--unit", action="append", metavar="CODE", help="a unit (repeat for several)")
    units.add_argument("--all-units", action="store_true")
    sp.add_argument("--plan", metavar="CODE", help="default: the active plan")
    sp.add_argument("--format", choices=("xlsx", "csv", "json", "pdf"), help="default: a table on the terminal")
    sp.add_argument("--out", metavar="FILE", help="the file to write (json without it: to the terminal)")
    # the PDF's place and signer, for this report only (the workspace's report.* settings otherwise)
    sp.add_argument("--place", metavar="TEXT", help="PDF: the place before the date")
    sp.add_argument("--signer", metavar="NAME", help="PDF: the signer's name")
    sp.add_argument("--signer-title", metavar="TEXT", help="PDF: the signer's title, e.g. GIÁM ĐỐC")
    sp.add_argument("--recipients", metavar="TEXT", help="PDF: Kính gửi, separated by ';'")


def _period(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ledcast.core.dates import parse_date
    from ledcast.core.errors import LedcastError
    from ledcast.core.report_period import Period

    if (args.date_from is None) != (args.date_to is None):
        raise LedcastError(_t(L_RANGE_HALF))
    if args.date_from is not None:
        return Period.dates(parse_date(args.date_from), parse_date(args.date_to), args.cut15)
    if args.month:
        return Period.month(args.month, args.cut15)
    if args.quarter:
        return Period.quarter(args.quarter, args.cut15)
    if args.half:
        return Period.half(args.half, args.cut15)
    return Period.year(args.year, args.cut15)


def cmd_report(args: argparse.Namespace) -> int:
    from ledcast.cli._common import _open
    from ledcast.core.errors import LedcastError
    from ledcast.core.report import ALL_UNITS, report
    from ledcast.core.report_file import to_dict, write_report

    period = _period(args)
    if args.format in ("xlsx", "csv", "pdf") and not args.out:
        raise LedcastError(_t(L_NO_OUT).format(format=args.format))
    ws = _open(args)
    r = report(ws, period, [ALL_UNITS] if args.all_units else args.unit, args.plan)
    if args.out:
        head = None
        if (args.format or Path(args.out).suffix.lstrip(".").lower()) == "pdf":
            from ledcast.core.report_letterhead import letterhead

            head = letterhead(
                ws,
                place=args.place,
                signer_name=args.signer,
                signer_title=args.signer_title,
                recipients=args.recipients,
            )
        path = write_report(r, args.out, args.format, head)
        _out(_t(L_WROTE_REPORT).format(period=str(period), path=str(path)))
    elif args.format == "json":
        _json(to_dict(r))
    else:
        _table(r)
    return 0


def _table(r) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.i18n import translate
    from ledcast.core.report_file import L_PERIOD, L_PLAN, L_UNITS, MAIN_HEADINGS, main_rows, units_text

    _out(f"{translate('Report', L_PLAN)}: {r.plan_code} — {r.plan_name}")
    _out(f"{translate('Report', L_UNITS)}: {units_text(r)}")
    _out(f"{translate('Report', L_PERIOD)}: {r.period}")
    rows = [[str(v) for i, v in enumerate(x) if i != 1] for x in main_rows(r)]  # the long task name left out
    heads = [translate("Report", h) for i, h in enumerate(MAIN_HEADINGS) if i != 1]
    widths = [max(len(x[i]) for x in [heads, *rows]) for i in range(len(heads))]
    for x in [heads, *rows]:
        _out("  ".join(v.rjust(w) if v.replace(".", "").isdigit() else v.ljust(w) for v, w in zip(x, widths)).rstrip())
