#!/usr/bin/env python3
"""Benchmark of reports on a big log (issue 12).

    python benchmarks/report_scale.py [--rows 1000000] [--units 100] [--workdir DIR] [--json FILE] [--strict]
                                      [--db postgresql://USER@HOST/EMPTY_DB]

Fills a fresh workspace with ROWS airings over 2 years (2025–2026) and UNITS units,
as benchmarks/airing_log.py does (its fill(): one executemany, tasks NV1..NV8,
"NV3,NV7", none or NV10, 1 % voided). Then, after reopening the workspace, it
times core.report.report for Q2 2026:

 (a) all units (with the by-month and by-unit breakdowns)      goal ≤ 2 s
 (b) one unit                                                  goal ≤ 0.3 s
 (c) the peak memory of this process, the fill included        goal ≤ 400 MB

Each report runs 3 times; the first (a fresh engine) decides PASS/FAIL.
--db: the workspace's database on that empty PostgreSQL database (filled with COPY,
then VACUUM ANALYZE); memory is this process's only, the server's is not counted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from airing_log import district, peak_mb, timed  # noqa: E402 - after the path

GOAL_ALL_S = 2.0
GOAL_ONE_S = 0.3
GOAL_MB = 400


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--units", type=int, default=100)
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--db", metavar="URL", help="an empty PostgreSQL database for the workspace")
    args = ap.parse_args()

    from ledcast.core.report import ALL_UNITS, report
    from ledcast.core.report_period import Period
    from ledcast.core.startup import open_for_use

    work = Path(tempfile.mkdtemp(prefix="ledcast-report-bench-", dir=args.workdir))
    try:
        units = district(work / "ws", args.rows, args.units, args.db)
        ws = open_for_use(work / "ws")
        try:
            quarter = Period.quarter("2026Q2")
            all_first, all_best, r_all = timed(lambda: report(ws, quarter, [ALL_UNITS]))
            one_first, one_best, r_one = timed(lambda: report(ws, quarter, [units[7]]))
        finally:
            ws.close()
        mem = peak_mb()
        n_all = sum(x.counts.airings for x in r_all.rows)
        n_one = sum(x.counts.airings for x in r_one.rows)
        res = {
            "database": "postgresql" if args.db else "sqlite",
            "rows": args.rows,
            "units": len(units),
            "all_units_s": round(all_first, 3),
            "all_units_best_s": round(all_best, 3),
            "one_unit_s": round(one_first, 3),
            "one_unit_best_s": round(one_best, 3),
            "peak_mb": round(mem, 1),
        }
        ok = {"all units": all_first <= GOAL_ALL_S, "one unit": one_first <= GOAL_ONE_S, "memory": mem <= GOAL_MB}
        print(
            f"quarter, all units: {all_first:.3f} s (best {all_best:.3f})  goal ≤ {GOAL_ALL_S}  → {n_all:,} task airings"
        )
        print(
            f"quarter, one unit:  {one_first:.3f} s (best {one_best:.3f})  goal ≤ {GOAL_ONE_S}  → {n_one:,} task airings"
        )
        print(f"peak memory: {mem:.0f} MB  goal ≤ {GOAL_MB}  (database: {res['database']})")
        for name, passed in ok.items():
            print(f"{'PASS' if passed else 'FAIL'}: {name}")
        if args.json:
            args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
        return 1 if args.strict and not all(ok.values()) else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
