#!/usr/bin/env python3
"""Benchmark of the airing log PAGE (Nhật ký phát) on a big log (issue 11).

    python benchmarks/airing_page.py [--rows 1000000] [--workdir DIR] [--keep]

Fills a fresh workspace with ROWS airings (the fill of benchmarks/airing_log.py:
set-up, not measured), reopens it as the app does, then measures with an
offscreen Qt:
 (a) opening the page: AiringView built and shown until its first page of rows
     is in the table (rows read from the database are printed: one page).   goal ≤ 0.5 s
 (b) the totals line of the unfiltered log (counted off the GUI thread while
     the table is already usable), for information.
 (c) a filter change (one task): the table reset and its first page again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_OPEN_S = 0.5


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()

    from airing_log import fill
    from PySide6.QtWidgets import QApplication

    from ledcast.core.startup import open_for_use
    from ledcast.core.units import set_self_unit
    from ledcast.qt.views.airing_view import AiringView

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="ledcast-page-bench-", dir=args.workdir))
    try:
        ws = open_for_use(work / "ws")
        set_self_unit(ws, "XA-TC", "Xã Tân Cương")
        print(f"… filling {args.rows:,} airings", end=" ", flush=True)
        print(f"{fill(ws, args.rows):.1f} s")
        ws.close()
        ws = open_for_use(work / "ws")  # a fresh engine, as the app at start
        try:
            ok = measure(app, AiringView(ws))
        finally:
            ws.close()
    finally:
        print(f"kept: {work}") if args.keep else shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


def _wait_totals(app, view) -> None:  # type: ignore[no-untyped-def]
    while view.counts_shown != view.counts_asked:
        app.processEvents()
        time.sleep(0.005)


def measure(app, view) -> bool:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    view.resize(1166, 700)
    view.show()
    app.processEvents()
    open_s = time.perf_counter() - t0
    shown, reads = view.model.rowCount(), view.model.reads
    _wait_totals(app, view)
    totals_s, all_totals = time.perf_counter() - t0, view.totals_label.text()
    t1 = time.perf_counter()
    view.task.setCurrentIndex(view.task.findData("NV3"))
    app.processEvents()
    filter_s = time.perf_counter() - t1
    _wait_totals(app, view)
    filter_total_s = time.perf_counter() - t1
    view.close()
    print(
        f"open the page, first page shown: {open_s:.3f} s ({shown} rows in the table, {reads} read)"
        f"  goal ≤ {GOAL_OPEN_S}"
    )
    print(f"totals line of the whole log ready after: {totals_s:.3f} s ({all_totals})")
    print(
        f"filter one task: first page {filter_s:.3f} s, its totals after {filter_total_s:.3f} s"
        f" ({view.totals_label.text()})"
    )
    print("PASS" if open_s <= GOAL_OPEN_S else "MISSED: open the page")
    return open_s <= GOAL_OPEN_S


if __name__ == "__main__":
    sys.exit(main())
