#!/usr/bin/env python3
"""Benchmark of the unit list with coverage (issue 13, point 4).

    python benchmarks/unit_coverage.py [--rows 1000000] [--units 100] [--workdir DIR] [--keep]

Fills a fresh workspace with ROWS airings over UNITS units as benchmarks/airing_log.py
does (1 % voided), one imported-file record per unit, then times
core.unit_coverage.unit_coverage (3 runs, the first on a freshly opened workspace).
Goal: ≤ 2 s at 1,000,000 airings and 100 units (the Settings page shows it).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from airing_log import district, peak_mb, timed  # noqa: E402 - after the path

GOAL_S = 2.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--units", type=int, default=100)
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--keep", action="store_true", help="keep the workspace (its path is printed)")
    args = ap.parse_args()

    from ledcast.core.db.models import ImportedLog
    from ledcast.core.startup import open_for_use
    from ledcast.core.unit_coverage import unit_coverage

    work = Path(tempfile.mkdtemp(prefix="ledcast-coverage-bench-", dir=args.workdir))
    try:
        units = district(work / "ws", args.rows, args.units)
        ws = open_for_use(work / "ws")
        with ws.session() as s:
            s.add_all(
                ImportedLog(sha256=f"{n:064x}", unit_code=u, fingerprint="X", records=1) for n, u in enumerate(units)
            )
        ws.close()

        ws = open_for_use(work / "ws")
        try:
            first, best, rows = timed(lambda: unit_coverage(ws))
        finally:
            ws.close()
        airings = sum(r.airings for r in rows)
        print(f"unit_coverage: {len(rows)} units, {airings:,} airings: first {first:.2f} s, best {best:.2f} s")
        print(f"peak memory {peak_mb():.0f} MB; goal ≤ {GOAL_S} s: {'PASS' if first <= GOAL_S else 'FAIL'}")
        if args.keep:
            print(f"workspace kept: {work / 'ws'}")
        return 0 if first <= GOAL_S else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
