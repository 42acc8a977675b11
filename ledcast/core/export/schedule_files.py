"""schedule.json and schedule.csv: every airing of a loudspeaker playlist, for the player on site."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist
from ledcast.core.export.files import clean
from ledcast.core.text import clean_text


def schedule_rows(p: Playlist, files: list[str], seconds: float) -> list[dict[str, Any]]:
    """Every scheduled airing of the playlist (all its schedule rules, whole date
    ranges), in start order. Expanded lazily and capped at schedule.MAX_AIRINGS
    (what add_schedule allows), so a rule stored before the limits cannot blow up."""
    from ledcast.core.agenda import occurrences_of
    from ledcast.core.dates import MAX_DATE, MIN_DATE

    rows: list[dict[str, Any]] = []
    if not p.schedules:
        return rows
    tasks = ",".join(t.code for t in pl.covered_tasks(p))
    for occ in occurrences_of(p, MIN_DATE, MAX_DATE):
        rows.append(
            {
                "date": occ.start.date().isoformat(),
                "time": occ.start.strftime("%H:%M:%S"),
                "file": files[0] if len(files) == 1 else "playlist.m3u8",
                "duration_s": round(seconds, 3),
                "priority": occ.priority,
                "tasks": tasks,
                "repeat": occ.repeat_index + 1,
            }
        )
    return rows


def schedule_rules(p: Playlist) -> dict[str, Any]:
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
            }
            for sc in p.schedules
        ],
        "schedule_duration_s": round(pl.total_duration(p), 3),
    }


def write_schedule(staging: Path, p: Playlist, rows: list[dict[str, Any]]) -> list[Path]:
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
    with open(as_csv, "w", newline="", encoding="utf-8-sig") as fh:  # the BOM lets Excel read Vietnamese
        writer = csv.writer(fh)
        writer.writerow(["date", "time", "file", "duration_s", "priority", "tasks", "repeat"])
        for r in rows:
            writer.writerow([r["date"], r["time"], r["file"], r["duration_s"], r["priority"], r["tasks"], r["repeat"]])
    return [as_json, as_csv]
