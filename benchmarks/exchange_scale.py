#!/usr/bin/env python3
"""Benchmark of the signed airing-log exchange at district scale (issue 13).

    python benchmarks/exchange_scale.py [--units 100] [--rows 10000] [--workdir DIR] [--keep] [--strict]
                                        [--db postgresql://USER@HOST/EMPTY_DB]

Writes UNITS signed files of ROWS airings each (one unit per file, its own
Ed25519 key; the files are built in this process in the exchange format with
ledcast.core.exchange.canonical — set-up, not measured), trusts the UNITS keys
in a fresh workspace, then measures:

 (a) importing all files (ledcast.core.exchange_import.import_logs)  goal ≤ 30 s
 (b) importing them all again (every airing known, nothing added)    goal ≤ 15 s
 (c) the peak memory of this process (ru_maxrss), set-up included    goal ≤ 500 MB
     (the child process that checks the files, core/exchange_pool.py, printed apart)

--db: the importing district's workspace keeps its database on that empty PostgreSQL
database (the communes' files are made here, as before); the server's memory is not
counted. Linux or macOS only (resource). Exit 0, or 1 with --strict when a goal is missed.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import resource
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from airing_log import on_server  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from ledcast.core import exchange_pool, keys  # noqa: E402
from ledcast.core.exchange import FORMAT, VERSION, canonical  # noqa: E402
from ledcast.core.exchange_import import import_logs  # noqa: E402
from ledcast.core.startup import open_for_use  # noqa: E402
from ledcast.core.units import set_self_unit  # noqa: E402

CHILD_PEAKS_MB: list[float] = []


def _child_peaks() -> None:
    """Record the checking child's own peak (VmHWM) before the pool ends it: ru_maxrss of
    RUSAGE_CHILDREN would count this process's memory at the moment the child was started."""
    close = exchange_pool.CheckPool.close

    def closing(pool: exchange_pool.CheckPool) -> None:
        for proc in pool.processes:
            try:
                status = Path(f"/proc/{proc.pid}/status").read_text()
            except OSError:
                continue
            CHILD_PEAKS_MB.extend(
                int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")
            )
        close(pool)

    exchange_pool.CheckPool.close = closing  # type: ignore[method-assign]


GOALS = {"import_s": 30.0, "reimport_s": 15.0, "peak_mb": 500.0}


def _records(code: str, rows: int) -> list[dict]:
    t0 = dt.datetime(2026, 1, 1, 6, 0)
    out = []
    for n in range(rows):
        start = t0 + dt.timedelta(minutes=37 * n)
        out.append(
            {
                "uuid": str(uuid.uuid4()), "unit_code": code, "outlet_name": "Loa trung tâm xã", "outlet_kind": "speaker",
                "media_sha256": None, "media_title": f"Bản tin số {n % 500}", "task_codes": f"NV{n % 8 + 1}",
                "plan_code": None, "playlist_name": "Chương trình sáng", "scheduled_at": None,
                "start_utc": start.isoformat(), "end_utc": (start + dt.timedelta(minutes=5)).isoformat(),
                "utc_offset_min": 420, "recorded_how": "playout", "origin": "own", "language": "vi",
                "priority": "normal", "operator": "", "note": "", "voids_uuid": None,
                "created_at": (start + dt.timedelta(minutes=6)).isoformat(),
            }
        )  # fmt: skip
    return out


def _write_file(folder: Path, n: int, rows: int) -> tuple[Path, str]:
    code = f"XA-{n:03d}"
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    public = base64.b64encode(raw).decode()
    records = _records(code, rows)
    header = {
        "unit_code": code, "unit_name": f"Xã {n}", "period": {"from": None, "to": None, "since_last": True},
        "record_count": rows, "created": dt.datetime(2026, 12, 1).isoformat(),
        "signer_fingerprint": keys.fingerprint(public),
    }  # fmt: skip
    doc = {
        "format": FORMAT, "version": VERSION, "header": header, "records": records,
        "signature": base64.b64encode(key.sign(canonical(header, records))).decode(),
    }  # fmt: skip
    path = folder / f"{code}.json"
    # as exchange.export_log writes it (keys sorted: the records in their canonical form)
    path.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":"), sort_keys=True), "utf-8")
    return path, f"unit: {code}\nkey: {public}\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=100)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--workdir")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--db", metavar="URL", help="an empty PostgreSQL database for the district's workspace")
    args = ap.parse_args()
    _child_peaks()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="ledcast-exchange-"))
    try:
        files_dir = work / "files"
        files_dir.mkdir(parents=True, exist_ok=True)
        made = [_write_file(files_dir, n, args.rows) for n in range(args.units)]
        size_mb = sum(p.stat().st_size for p, _ in made) / 1e6
        on_server(work / "ws", args.db)
        ws = open_for_use(work / "ws")
        set_self_unit(ws, "HUYEN", "Huyện")
        for _, key_text in made:
            keys.trust(ws, key_text)
        paths = [p for p, _ in made]
        load = os.getloadavg()[0]  # other work on the machine slows the figures
        t = time.perf_counter()
        first = import_logs(ws, paths)
        import_s = time.perf_counter() - t
        t = time.perf_counter()
        again = import_logs(ws, paths)
        reimport_s = time.perf_counter() - t
        ws.close()
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_mb = peak_kb / (1024 * 1024) if sys.platform == "darwin" else peak_kb / 1024
        child_mb = max(CHILD_PEAKS_MB, default=0.0)
        assert all(r.ok for r in first + again), [r.rejected_reason for r in first + again if not r.ok][:3]
        assert sum(r.new for r in first) == args.units * args.rows and sum(r.new for r in again) == 0
        figures = {"import_s": import_s, "reimport_s": reimport_s, "peak_mb": peak_mb}
        where = "PostgreSQL" if args.db else "SQLite"
        print(f"{args.units} files x {args.rows} airings ({size_mb:.0f} MB of files), district on {where}")
        print(f"  load average {load:.1f} before, {os.getloadavg()[0]:.1f} after ({os.cpu_count()} CPUs, shared)")
        ok = True
        for name, value in figures.items():
            passed = value <= GOALS[name]
            ok &= passed
            ratio = value / GOALS[name]
            print(
                f"  {name:<11} {value:8.1f}  goal ≤ {GOALS[name]:g}  {ratio:5.2f}x goal  {'PASS' if passed else 'FAIL'}"
            )
        print(f"  peak memory of the checking child process {child_mb:.0f} MB (not in peak_mb; Linux only)")
        print(
            f"  per file: import {1000 * import_s / args.units:.0f} ms, re-import {1000 * reimport_s / args.units:.0f} ms"
        )
        return 0 if ok or not args.strict else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
