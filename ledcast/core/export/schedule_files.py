"""schedule.json and schedule.csv: every airing of a loudspeaker playlist, for the player on site.

schedule.json is for machines: English keys that never change, ISO dates, stored
priority keys. schedule.csv is for the people who open it in a spreadsheet: its
header and its words follow the interface language (Vietnamese by default).
A time window is one row: its start, its end and how many passes it plays."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist
from ledcast.core.errors import QT_TRANSLATE_NOOP
from ledcast.core.export.files import clean
from ledcast.core.labels import CONTEXT as LABELS
from ledcast.core.labels import PRIORITY_LABELS
from ledcast.core.text import clean_text
from ledcast.core.workspace import Workspace

CONTEXT = "ScheduleFile"
COLUMNS = (  # (json key, csv header)
    ("date", QT_TRANSLATE_NOOP("ScheduleFile", "Date")),
    ("time", QT_TRANSLATE_NOOP("ScheduleFile", "Start")),
    ("window_end", QT_TRANSLATE_NOOP("ScheduleFile", "Plays until")),
    ("passes", QT_TRANSLATE_NOOP("ScheduleFile", "Passes")),
    ("file", QT_TRANSLATE_NOOP("ScheduleFile", "File")),
    ("duration_s", QT_TRANSLATE_NOOP("ScheduleFile", "Length (s)")),
    ("priority", QT_TRANSLATE_NOOP("ScheduleFile", "Priority")),
    ("tasks", QT_TRANSLATE_NOOP("ScheduleFile", "Tasks")),
    ("repeat", QT_TRANSLATE_NOOP("ScheduleFile", "Airing no.")),
)
# how a date is written in the CSV: a format string translated like any text (vi: 07/12/2026)
DATE_FORMAT = QT_TRANSLATE_NOOP("ScheduleFile", "%Y-%m-%d")


def schedule_rows(p: Playlist, files: list[str], seconds: float) -> list[dict[str, Any]]:
    """Every scheduled airing of the playlist (all its schedule rules, whole date
    ranges), in start order; a time window is one row with its end and passes.
    Expanded lazily and capped at schedule.MAX_AIRINGS (what add_schedule
    allows), so a rule stored before the limits cannot blow up."""
    from ledcast.core.agenda import occurrences_of
    from ledcast.core.dates import MAX_DATE, MIN_DATE
    from ledcast.core.schedule import passes_in

    rows: list[dict[str, Any]] = []
    if not p.schedules:
        return rows
    tasks = ",".join(t.code for t in pl.covered_tasks(p))
    for occ in occurrences_of(p, MIN_DATE, MAX_DATE, duration=seconds):
        rows.append(
            {
                "date": occ.start.date().isoformat(),
                "time": occ.start.strftime("%H:%M:%S"),
                "window_end": occ.end.strftime("%H:%M:%S") if occ.is_window else None,
                # counted on the exported file's own length (gaps included), as the player loops it
                "passes": passes_in(occ.duration_s, seconds) if occ.is_window else 1,
                "file": files[0] if len(files) == 1 else "playlist.m3u8",
                "duration_s": round(seconds, 3),
                "priority": occ.priority,
                "tasks": tasks,
                "repeat": occ.repeat_index + 1,
            }
        )
    return rows


def schedule_rules(ws: Workspace, p: Playlist) -> dict[str, Any]:
    """The playlist's schedule rules and the length they were expanded with, as the
    export manifest keeps them: a confirmation of the export (core/airing_confirm)
    expands these, not the rules as they are later."""
    return {
        "schedules": [
            {
                "date_from": sc.date_from.isoformat(),
                "date_to": sc.date_to.isoformat(),
                "weekdays": sc.weekdays,
                "times": sc.times,
                "priority": sc.priority,
                "repeat_count": sc.repeat_count,
                "repeat_gap_s": sc.repeat_gap_s,
                "window_end": sc.window_end,
            }
            for sc in p.schedules
        ],
        "schedule_duration_s": round(pl.programme_duration(ws, p), 3),
    }


def write_schedule(staging: Path, p: Playlist, rows: list[dict[str, Any]], lang: str | None = None) -> list[Path]:
    from ledcast.core.i18n import translate

    as_json = staging / "schedule.json"
    rows = clean(rows)  # a task code or file name never breaks a CSV line or a JSON reader's display
    as_json.write_text(
        json.dumps(
            {"playlist": clean_text(p.name), "timezone": "Asia/Ho_Chi_Minh (UTC+07:00)", "airings": rows},
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    as_csv = staging / "schedule.csv"
    date_format = translate(CONTEXT, DATE_FORMAT, lang)
    with open(as_csv, "w", newline="", encoding="utf-8-sig") as fh:  # the BOM lets Excel read Vietnamese
        writer = csv.writer(fh)
        writer.writerow([translate(CONTEXT, header, lang) for _key, header in COLUMNS])
        for r in rows:
            shown = dict(r)
            shown["date"] = dt.date.fromisoformat(r["date"]).strftime(date_format)
            shown["priority"] = translate(LABELS, PRIORITY_LABELS.get(r["priority"], r["priority"]), lang)
            shown["window_end"] = r["window_end"] or ""
            writer.writerow([shown[key] for key, _header in COLUMNS])
    return [as_json, as_csv]
