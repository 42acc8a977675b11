"""A report (core.report) as data and as files: JSON, CSV (UTF-8 with a BOM, one
header row, so Excel reads Vietnamese) and XLSX (a titled sheet, then by month,
then by unit). Headings follow the UI language; files appear only complete
(airing_table.write_atomic)."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from ledcast.core.airing_table import write_atomic
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.i18n import translate
from ledcast.core.labels import REPORT_CHANNEL_LABELS, REPORT_PER_LABELS, REPORT_STATUS_LABELS
from ledcast.core.report import Cell, Report, Row
from ledcast.core.report_letterhead import Letterhead

FORMATS = ("xlsx", "csv", "json", "pdf")
M_REPORT_FORMAT = QT_TRANSLATE_NOOP("Errors", "“{name}”: a report is written as .xlsx, .csv, .json or .pdf.")
CTX = "Report"
L_TITLE = QT_TRANSLATE_NOOP("Report", "Communication results against the plan")
L_PLAN = QT_TRANSLATE_NOOP("Report", "Plan")
L_UNITS = QT_TRANSLATE_NOOP("Report", "Unit(s)")
L_ALL_UNITS = QT_TRANSLATE_NOOP("Report", "All units")
L_PERIOD = QT_TRANSLATE_NOOP("Report", "Period")
L_MADE = QT_TRANSLATE_NOOP("Report", "Made on")
L_OUTSIDE = QT_TRANSLATE_NOOP("Report", "Outside the plan")
L_SHEET_MAIN = QT_TRANSLATE_NOOP("Report", "Report")
L_SHEET_MONTH = QT_TRANSLATE_NOOP("Report", "By month")
L_SHEET_UNIT = QT_TRANSLATE_NOOP("Report", "By unit")
H_TASK = QT_TRANSLATE_NOOP("Report", "Task")
H_TITLE = QT_TRANSLATE_NOOP("Report", "Task name")
H_CHANNEL = QT_TRANSLATE_NOOP("Report", "Channel")
H_AIRINGS = QT_TRANSLATE_NOOP("Report", "Airings")
H_ITEMS = QT_TRANSLATE_NOOP("Report", "Items")
H_MINUTES = QT_TRANSLATE_NOOP("Report", "Minutes")
H_TARGET = QT_TRANSLATE_NOOP("Report", "Target")
H_STATUS = QT_TRANSLATE_NOOP("Report", "Status")
H_MONTH = QT_TRANSLATE_NOOP("Report", "Month")
H_UNIT = QT_TRANSLATE_NOOP("Report", "Unit")
MAIN_HEADINGS = (H_TASK, H_TITLE, H_CHANNEL, H_AIRINGS, H_ITEMS, H_MINUTES, H_TARGET, H_STATUS)


def _tr(text: str) -> str:
    return translate(CTX, text)


def channel_label(channel: str) -> str:
    return translate("Labels", REPORT_CHANNEL_LABELS[channel])


def status_label(status: str | None) -> str:
    return translate("Labels", REPORT_STATUS_LABELS[status]) if status else ""


def target_text(x: Row) -> str:
    """The target as stated for the period: "3–9", or with the items to date
    "3 / 1–5 (whole plan period)" (the Items column keeps the period's own count)."""
    if x.target is None:
        return ""
    band = x.target.band() if x.progress_items is None else x.progress()
    per = REPORT_PER_LABELS.get(x.target.per)
    return f"{band} ({translate('Labels', per)})" if per else band


def units_text(r: Report) -> str:
    return _tr(L_ALL_UNITS) if r.all_units else ", ".join(r.units)


def main_rows(r: Report) -> list[list[Any]]:
    """The first table as it is shown and written: numbers stay numbers."""

    def one(x: Row) -> list[Any]:
        task = x.task or _tr(L_OUTSIDE)
        target = target_text(x)
        c = x.counts
        return [
            task,
            x.task_title,
            channel_label(x.channel),
            c.airings,
            c.items,
            c.minutes,
            target,
            status_label(x.status),
        ]

    return [one(x) for x in r.rows]


def cell_rows(cells: list[Cell]) -> list[list[Any]]:
    return [
        [c.key, c.task or _tr(L_OUTSIDE), channel_label(c.channel), c.counts.airings, c.counts.items, c.counts.minutes]
        for c in cells
    ]


def cell_headings(first: str) -> list[str]:
    return [_tr(h) for h in (first, H_TASK, H_CHANNEL, H_AIRINGS, H_ITEMS, H_MINUTES)]


def to_dict(r: Report) -> dict[str, Any]:
    """The report as JSON-ready data (keys stay English; statuses as codes)."""

    def counts(c: Any) -> dict[str, Any]:
        return {"airings": c.airings, "items": c.items, "minutes": c.minutes}

    def target(x: Row) -> dict[str, Any] | None:
        t = x.target
        if t is None:
            return None
        return {"min": t.min * t.factor, "max": None if t.max is None else t.max * t.factor, "per": t.per}

    return {
        "plan": r.plan_code,
        "plan_name": r.plan_name,
        "units": r.units,
        "from": r.period.date_from.isoformat(),
        "to": r.period.date_to.isoformat(),
        "made_at": r.made_at.isoformat(),
        "rows": [
            {
                "task": x.task,
                "channel": x.channel,
                **counts(x.counts),
                "target": target(x),
                "progress_items": x.progress_items,  # whole-period targets: items from its start to the period's end
                "status": x.status,
            }
            for x in r.rows
        ],
        "by_month": [{"month": c.key, "task": c.task, "channel": c.channel, **counts(c.counts)} for c in r.by_month],
        "by_unit": [{"unit": c.key, "task": c.task, "channel": c.channel, **counts(c.counts)} for c in r.by_unit],
    }


def write_report(
    r: Report, path: str | os.PathLike[str], fmt: str | None = None, head: Letterhead | None = None
) -> Path:
    """Write `r` to `path` as `fmt` (default: the file's suffix); returns the path.
    `head` names the unit and the signer in a PDF (report_letterhead.letterhead(ws))."""
    import json

    target = Path(path)
    kind = (fmt or target.suffix.lstrip(".")).lower()
    if kind not in FORMATS:
        raise LedcastError(M_REPORT_FORMAT, name=target.name)
    if kind == "json":
        text = json.dumps(to_dict(r), ensure_ascii=False, indent=2)
        write_atomic(target, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))
    elif kind == "csv":
        write_atomic(target, lambda tmp: _write_csv(r, tmp))
    elif kind == "pdf":
        from ledcast.core.report_pdf import write_pdf  # reportlab only when asked for

        write_atomic(target, lambda tmp: write_pdf(r, tmp, head))
    else:
        write_atomic(target, lambda tmp: _write_xlsx(r, tmp))
    return target


def _write_csv(r: Report, path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:  # the BOM lets Excel read Vietnamese
        writer = csv.writer(fh)
        writer.writerow([_tr(h) for h in MAIN_HEADINGS])
        writer.writerows(main_rows(r))


def _fit(sheet: Any, rows: list[list[Any]]) -> None:
    """Column widths from the longest text (Vietnamese diacritics take no extra width)."""
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in rows:
        for i, v in enumerate(row, 1):
            widths[i] = max(widths.get(i, 0), len(str(v)))
    for i, w in widths.items():
        sheet.column_dimensions[get_column_letter(i)].width = min(60, max(8, w + 2))


def _table(sheet: Any, headings: list[str], rows: list[list[Any]], first_row: int) -> None:
    from openpyxl.styles import Font

    for j, h in enumerate(headings, 1):
        sheet.cell(row=first_row, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate(rows, first_row + 1):
        for j, v in enumerate(row, 1):
            cell = sheet.cell(row=i, column=j, value=v)
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"  # a title "=…" stays text, never a formula
    sheet.freeze_panes = sheet.cell(row=first_row + 1, column=1)
    _fit(sheet, [headings, *rows])


HEADER_ROWS = 6  # title, plan, units, period, made on, blank: the table starts on row 7


def _write_xlsx(r: Report, path: Path) -> None:
    from openpyxl import Workbook  # only when asked for: the CLI starts without it
    from openpyxl.styles import Font

    wb = Workbook()
    main = wb.active
    main.title = _tr(L_SHEET_MAIN)
    main.cell(row=1, column=1, value=_tr(L_TITLE)).font = Font(bold=True, size=14)
    facts = [
        (L_PLAN, f"{r.plan_code} — {r.plan_name}"),
        (L_UNITS, units_text(r)),
        (L_PERIOD, str(r.period)),
        (L_MADE, f"{r.made_at:%d/%m/%Y %H:%M}"),
    ]
    for i, (label, value) in enumerate(facts, 2):
        main.cell(row=i, column=1, value=_tr(label)).font = Font(bold=True)
        main.cell(row=i, column=2, value=value)
    _table(main, [_tr(h) for h in MAIN_HEADINGS], main_rows(r), HEADER_ROWS + 1)
    _table(wb.create_sheet(_tr(L_SHEET_MONTH)), cell_headings(H_MONTH), cell_rows(r.by_month), 1)
    _table(wb.create_sheet(_tr(L_SHEET_UNIT)), cell_headings(H_UNIT), cell_rows(r.by_unit), 1)
    wb.save(path)
