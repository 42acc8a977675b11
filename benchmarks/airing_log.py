#!/usr/bin/env python3
"""Benchmark of the airing log on a big table (issue 11).

    python benchmarks/airing_log.py [--rows 1000000] [--workdir DIR] [--keep] [--json FILE]

Fills a fresh workspace with ROWS airings (default 1,000,000, spread over two
years in the order they aired, as a log grows, 3 outlets, 2,000 media items, tasks NV1..NV8 or none, 1 % voided) with
one executemany inside one transaction — the fill is set-up, not what is
measured, so it does not go through ledcast.core.airing.record. Then, after
reopening the workspace, it measures:

 (a) the first page of the log: count of the rows the page shows (the view's
     row count) + query(offset 0, limit 100), newest first.     goal ≤ 0.5 s
 (b) a filtered total: totals() for one task (NV3) over one quarter
     (local dates 2026-04-01 .. 2026-06-30).                    goal ≤ 1 s
 (c) the database size on disk (ledcast.db + its -wal).
 (d) the peak memory of this process (resource.getrusage ru_maxrss), the fill
     included.                                                  goal ≤ 300 MB

Each timed query runs 3 times; the first (cold-ish: a fresh engine) and the
fastest are printed, the first decides PASS/FAIL. Linux or macOS only
(resource). Exit 0, or 1 with --strict when a goal is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_PAGE_S = 0.5
GOAL_TOTAL_S = 1.0
GOAL_MB = 300
CHUNK = 50_000
START = dt.datetime(2025, 1, 1)
SPAN_S = 2 * 365 * 86400
TASKS = ["NV1", "NV2", "NV3", "NV4", "NV5", "NV6", "NV7", "NV8", "", "NV3,NV7", "NV10"]
OUTLETS = [("Loa trung tâm xã", "speaker"), ("Loa thôn Đồng Bục", "speaker"), ("Màn hình LED UBND", "screen")]

COLUMNS = (
    "uuid, unit_code, outlet_name, outlet_kind, media_sha256, media_title, task_codes, plan_code, "
    "playlist_name, scheduled_at, start_utc, end_utc, utc_offset_min, recorded_how, origin, language, "
    "priority, operator, note, voids_uuid, created_at"
)


def peak_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024


def _stamp(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores DateTime in SQLite


def fill(ws, rows: int, seed: int = 11, units: tuple[str, ...] = ("XA-TC",)) -> float:  # type: ignore[no-untyped-def]
    """ROWS airings in one transaction (plain executemany, chunked generation),
    spread round-robin over `units` (benchmarks/report_scale.py gives 100)."""
    rng = random.Random(seed)
    shas = [f"{rng.getrandbits(256):064x}" for _ in range(2000)]
    now = _stamp(dt.datetime(2026, 12, 1))
    server = ws.engine.dialect.name != "sqlite"
    mark = "%s" if server else "?"  # the driver's own placeholders (psycopg: %s)
    sql = f"INSERT INTO airing ({COLUMNS}) VALUES ({', '.join([mark] * 21)})"
    t0 = time.perf_counter()
    raw = ws.engine.raw_connection()
    try:
        cur = raw.cursor()
        done = 0
        voided: list[str] = []
        while done < rows:
            batch = []
            for i in range(done, min(rows, done + CHUNK)):
                # a log grows in time order: row i near i/ROWS of the span, give or take an hour
                start = START + dt.timedelta(seconds=max(0, i * SPAN_S // rows + rng.randrange(-3600, 3600)))
                outlet, kind = OUTLETS[i % 3]
                n = rng.randrange(2000)
                u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                if rng.random() < 0.01:
                    voided.append(u)
                batch.append(
                    (
                        u,
                        units[i % len(units)],
                        outlet,
                        kind,
                        shas[n],
                        f"Bản tin số {n}",
                        rng.choice(TASKS),
                        "TN-CDS-2024-2025",
                        "Phát sáng",
                        None,
                        _stamp(start),
                        _stamp(start + dt.timedelta(seconds=rng.randrange(30, 900))),
                        420,
                        rng.choice(("confirmed", "playout", "manual")),
                        rng.choice(("own", "own", "above", "source")),
                        "vi",
                        "normal",
                        "",
                        "",
                        None,
                        now,
                    )
                )
            if server:  # COPY: PostgreSQL's bulk load, as a centre would restore a log
                with cur.copy(f"COPY airing ({COLUMNS}) FROM STDIN") as copy:
                    for row in batch:
                        copy.write_row(row)
            else:
                cur.executemany(sql, batch)
            done += len(batch)
        # void rows for 1 % of them (part of ROWS' neighbourhood, not of the count)
        cur.executemany(
            f"INSERT INTO airing ({COLUMNS}) SELECT {mark}, unit_code, outlet_name, outlet_kind, media_sha256, "
            "media_title, task_codes, plan_code, playlist_name, scheduled_at, start_utc, end_utc, utc_offset_min, "
            "recorded_how, origin, language, priority, operator, 'benchmark void', uuid, created_at "
            f"FROM airing WHERE uuid = {mark}",
            [(str(uuid.uuid4()), u) for u in voided],
        )
        raw.commit()
        if server:  # what autovacuum does soon after a bulk load: statistics, hint bits, visibility map
            raw.driver_connection.autocommit = True  # VACUUM runs outside a transaction
            try:
                cur.execute("VACUUM ANALYZE airing")
            finally:
                raw.driver_connection.autocommit = False
    finally:
        raw.close()
    return time.perf_counter() - t0


def on_server(path: Path, db: str | None) -> None:
    """`--db URL`: the workspace at PATH keeps its database on that PostgreSQL
    database, which must hold no airings yet (the figures assume a fresh log)."""
    if not db:
        return
    from sqlalchemy import func, select

    from ledcast.core.db import location
    from ledcast.core.db.models import Airing
    from ledcast.core.startup import open_for_use

    path.mkdir(parents=True, exist_ok=True)
    location.save_url(path, location.server_url(db))
    ws = open_for_use(path)
    try:
        with ws.session() as s:
            if s.scalar(select(func.count()).select_from(Airing)):
                raise SystemExit(f"{db} already holds airings: give an empty database")
    finally:
        ws.close()


def district(path: Path, rows: int, n_units: int, db: str | None = None) -> tuple[str, ...]:
    """A fresh workspace at PATH with ROWS airings over units XA-000 … (the first is
    this one), closed again: the report and unit-list benchmarks time it reopened.
    `db`: its database on that (empty) PostgreSQL database instead of the file."""
    from ledcast.core.startup import open_for_use
    from ledcast.core.units import set_self_unit

    units = tuple(f"XA-{n:03d}" for n in range(n_units))
    on_server(path, db)
    ws = open_for_use(path)
    set_self_unit(ws, units[0], "Xã thử")
    print(f"… filling {rows:,} airings over {len(units)} units", end=" ", flush=True)
    print(f"{fill(ws, rows, units=units):.1f} s")
    ws.close()
    return units


def timed(fn, repeat: int = 3):  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return times[0], min(times), result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--strict", action="store_true")
    args = ap.parse_args()

    from ledcast.core import airing_query as aq
    from ledcast.core.startup import open_for_use
    from ledcast.core.units import set_self_unit

    work = Path(tempfile.mkdtemp(prefix="ledcast-airing-bench-", dir=args.workdir))
    try:
        ws = open_for_use(work / "ws")
        set_self_unit(ws, "XA-TC", "Xã Tân Cương")
        print(f"… filling {args.rows:,} airings", end=" ", flush=True)
        fill_s = fill(ws, args.rows)
        print(f"{fill_s:.1f} s")
        ws.close()

        ws = open_for_use(work / "ws")  # a fresh engine, as the app at start
        try:

            def first_page():  # type: ignore[no-untyped-def]
                return aq.count(ws), aq.query(ws, offset=0, limit=100)

            quarter = aq.AiringFilter(task="NV3", date_from=dt.date(2026, 4, 1), date_to=dt.date(2026, 6, 30))
            page_first, page_best, (n, page) = timed(first_page)
            total_first, total_best, tot = timed(lambda: aq.totals(ws, quarter))
        finally:
            ws.close()
        db = work / "ws" / "ledcast.db"
        size_mb = sum(p.stat().st_size for p in db.parent.glob("ledcast.db*") if p.is_file()) / 1e6
        mem = peak_mb()
        res = {
            "rows": args.rows,
            "fill_s": round(fill_s, 2),
            "first_page_s": round(page_first, 3),
            "first_page_best_s": round(page_best, 3),
            "filtered_total_s": round(total_first, 3),
            "filtered_total_best_s": round(total_best, 3),
            "visible_rows": n,
            "page_rows": len(page),
            "total_airings": tot.airings,
            "total_items": tot.items,
            "total_minutes": round(tot.minutes, 1),
            "db_mb": round(size_mb, 1),
            "peak_mb": round(mem, 1),
        }
        ok = {
            "first page": page_first <= GOAL_PAGE_S,
            "filtered total": total_first <= GOAL_TOTAL_S,
            "memory": mem <= GOAL_MB,
        }
        print(f"first page (count {n:,} + 100 rows): {page_first:.3f} s (best {page_best:.3f})  goal ≤ {GOAL_PAGE_S}")
        print(
            f"filtered total NV3, Q2 2026: {total_first:.3f} s (best {total_best:.3f})  goal ≤ {GOAL_TOTAL_S}"
            f"  → {tot.airings:,} airings, {tot.items:,} items, {tot.minutes:,.0f} min"
        )
        print(f"database: {size_mb:.0f} MB;  peak memory: {mem:.0f} MB  goal ≤ {GOAL_MB}")
        print("PASS" if all(ok.values()) else "MISSED: " + ", ".join(k for k, v in ok.items() if not v))
        if args.json:
            args.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
        return 1 if args.strict and not all(ok.values()) else 0
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
