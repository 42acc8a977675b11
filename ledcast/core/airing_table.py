"""The airing log as a table: the columns every shell shows (`airing list`, the log
page's export) and the filtered rows written to CSV (UTF-8 with a BOM, so Excel reads
Vietnamese) or XLSX. Rows are read a page at a time and streamed out; the file
appears only complete (a temporary file beside it, then os.replace)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from ledcast.core import durable
from ledcast.core.airing_query import MAX_PAGE, AiringFilter, count, query, voided_among
from ledcast.core.db.models import Airing
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.i18n import translate
from ledcast.core.jobs import CancelCheck, Progress, check
from ledcast.core.workspace import Workspace

M_TABLE_FORMAT = QT_TRANSLATE_NOOP("Errors", "“{name}”: the airing log is written as .csv or .xlsx.")
M_TABLE_WRITE = QT_TRANSLATE_NOOP("Errors", "Could not write “{name}”: {error}")
T = TypeVar("T")
L_SHEET = QT_TRANSLATE_NOOP("Airing", "Airing log")
L_WRITING = QT_TRANSLATE_NOOP("Airing", "Writing the airing log")

# (key, heading): keys are what --json gives, headings head the CSV/XLSX columns
COLUMNS = (
    ("date", QT_TRANSLATE_NOOP("Airing", "Date")),
    ("time", QT_TRANSLATE_NOOP("Airing", "Time")),
    ("outlet", QT_TRANSLATE_NOOP("Airing", "Outlet")),
    ("title", QT_TRANSLATE_NOOP("Airing", "Title")),
    ("tasks", QT_TRANSLATE_NOOP("Airing", "Tasks")),
    ("duration_s", QT_TRANSLATE_NOOP("Airing", "Duration (s)")),
    ("recorded_how", QT_TRANSLATE_NOOP("Airing", "Recorded")),
    ("origin", QT_TRANSLATE_NOOP("Airing", "Origin")),
    ("operator", QT_TRANSLATE_NOOP("Airing", "Operator")),
    ("note", QT_TRANSLATE_NOOP("Airing", "Note")),
    ("uuid", QT_TRANSLATE_NOOP("Airing", "Id")),
    ("voids", QT_TRANSLATE_NOOP("Airing", "Voids")),
    ("voided", QT_TRANSLATE_NOOP("Airing", "Voided because")),
)


def local_start(a: Airing) -> dt.datetime:
    """The start as the clock at the outlet showed it."""
    return a.start_utc + dt.timedelta(minutes=a.utc_offset_min)


def row_of(a: Airing, voided_reason: str = "") -> dict[str, Any]:
    start = local_start(a)
    return {
        "date": start.date().isoformat(),
        "time": start.strftime("%H:%M:%S"),
        "outlet": a.outlet_name,
        "title": a.media_title,
        "tasks": a.task_codes,
        "duration_s": round((a.end_utc - a.start_utc).total_seconds(), 3),
        "recorded_how": a.recorded_how,
        "origin": a.origin,
        "operator": a.operator,
        "note": a.note,
        "uuid": a.uuid,
        "voids": a.voids_uuid or "",
        "voided": voided_reason,
    }


def iter_rows(
    ws: Workspace, f: AiringFilter, page: int = MAX_PAGE, *, cancel: CancelCheck | None = None
) -> Iterator[dict[str, Any]]:
    """Every row the filter shows, newest first, one page in memory at a time
    (`cancel` is asked before each page)."""
    offset = 0
    while True:
        check(cancel)
        batch = query(ws, f, offset=offset, limit=page)
        reasons = voided_among(ws, [a.uuid for a in batch]) if f.include_voided else {}
        for a in batch:
            yield row_of(a, reasons.get(a.uuid, ""))
        if len(batch) < page:
            return
        offset += page


def write_table(
    ws: Workspace,
    f: AiringFilter,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Write the filtered log to `path` (.csv or .xlsx); returns the number of rows.
    A cancel (core.jobs.Cancelled) leaves no file behind and an earlier one as it was."""
    target = Path(path)
    kind = target.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise LedcastError(M_TABLE_FORMAT, name=target.name)
    headings = [translate("Airing", h) for _, h in COLUMNS]
    total = count(ws, f) if progress is not None else 0
    label = translate("Airing", L_WRITING)

    def rows() -> Iterator[list[Any]]:
        for n, r in enumerate(iter_rows(ws, f, cancel=cancel), 1):
            if progress is not None and n % 1000 == 0:
                progress(min(1.0, n / total) if total else 1.0, label)
            yield [r[k] for k, _ in COLUMNS]

    return write_atomic(target, lambda tmp: (_write_csv if kind == ".csv" else _write_xlsx)(tmp, headings, rows()))


def write_atomic(target: Path, write: Callable[[Path], T]) -> T:
    """Run `write` on a temporary file beside `target`, then rename it over `target`:
    the file appears only complete, and a failure or a cancel leaves none behind."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise LedcastError(M_TABLE_WRITE, name=str(target), error=exc.strerror or str(exc)) from exc
    os.close(fd)
    try:
        result = write(Path(tmp))
        durable.fsync_file(Path(tmp), ignore_errors=True)
        os.replace(tmp, target)
        durable.fsync_dir(target.parent, ignore_errors=True)
    except OSError as exc:
        raise LedcastError(M_TABLE_WRITE, name=str(target), error=exc.strerror or str(exc)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return result


def _write_csv(path: Path, headings: list[str], rows: Iterator[list[Any]]) -> int:
    n = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:  # the BOM lets Excel read Vietnamese
        writer = csv.writer(fh)
        writer.writerow(headings)
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def _write_xlsx(path: Path, headings: list[str], rows: Iterator[list[Any]]) -> int:
    from openpyxl import Workbook  # only when asked for: the CLI starts without it
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)  # streamed: a million rows never sit in memory as cells
    sheet = wb.create_sheet(translate("Airing", L_SHEET))

    def text(value: Any) -> Any:  # a title "=…" stays text: openpyxl would store it as a formula
        if isinstance(value, str) and value.startswith("="):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            return cell
        return value

    sheet.append(headings)
    n = 0
    for row in rows:
        sheet.append([text(v) for v in row])
        n += 1
    wb.save(path)
    return n
