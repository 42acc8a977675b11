"""A report or an export on one PC does not block the others (issue 16, point 2): while
a child process sits inside the database transaction a report (or a log export) holds,
another process edits a playlist, imports media and imports a commune's airings, and
all of that completes while the report is still open. Runs on SQLite (the default run)
and on the PostgreSQL server (LEDCAST_TEST_DB=postgresql)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from exchange_factory import unit_with_key

import ledcast
from ledcast.core import keys, library
from ledcast.core import playlist as pl
from ledcast.core.exchange import export_log
from ledcast.core.exchange_import import import_logs

REPO_ROOT = Path(ledcast.__file__).resolve().parent.parent
DAY = dt.date(2026, 11, 20)
HOLD_S = 120  # the child gives up holding after this: a blocked writer then fails the test, never hangs it

CHILD = """
import json, sys, time
from pathlib import Path
from ledcast.core import exchange, report
from ledcast.core.report_period import Period
from ledcast.core.startup import open_for_use

ws_path, flags, what = sys.argv[1], Path(sys.argv[2]), sys.argv[3]

def holding(original):
    def inner(*args, **kwargs):
        if not (flags / "holding").exists():  # the first call: inside the open transaction
            (flags / "holding").touch()
            deadline = time.monotonic() + float(sys.argv[4])
            while not (flags / "release").exists() and time.monotonic() < deadline:
                time.sleep(0.02)
        return original(*args, **kwargs)
    return inner

ws = open_for_use(ws_path)
if what == "report":
    report._grouped = holding(report._grouped)
    made = report.report(ws, Period.month("2026-11"))
    print(json.dumps({"released": (flags / "release").exists(), "rows": len(made.rows)}))
else:
    exchange.record_of = holding(exchange.record_of)
    done = exchange.export_log(ws, flags / "export.json")
    print(json.dumps({"released": (flags / "release").exists(), "rows": done.records}))
ws.close()
"""


@pytest.mark.parametrize("what", ["report", "export"])
def test_a_long_report_or_export_does_not_block_edits_and_imports(tmp_path: Path, media_files, what: str) -> None:  # type: ignore[no-untyped-def]
    ws = unit_with_key(tmp_path / "ws", "XA-TC", "Xã Tân Cương", DAY, [f"Bản tin {n}" for n in range(6)])
    commune = unit_with_key(tmp_path / "c", "XA-B", "Xã B", DAY, [f"Tin xã B {n}" for n in range(5)])
    keys.trust(ws, keys.public_key_file(commune))
    log = export_log(commune, tmp_path / "xa-b.json").path
    commune.close()
    audio = library.import_files(ws, [media_files.wav]).added[0]
    pl.create_playlist(ws, "Sáng", "speaker")
    flags = tmp_path / "flags"
    flags.mkdir()
    env = dict(os.environ, LEDCAST_LANG="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ws.root), str(flags), what, str(HOLD_S)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    try:
        start = time.monotonic()
        while not (flags / "holding").exists():
            assert child.poll() is None and time.monotonic() - start < 120, child.communicate()
            time.sleep(0.02)
        # the report's transaction is open in the child: this PC goes on working
        version = pl.get_playlist(ws, "Sáng").version
        pl.add_items(ws, "Sáng", [audio.id], expected=version)
        imported = library.import_files(ws, [media_files.png])
        (result,) = import_logs(ws, [log])
        assert child.poll() is None and not (flags / "release").exists()  # all done while it still holds
    finally:
        (flags / "release").touch()
        out, err = child.communicate(timeout=HOLD_S + 60)
    assert child.returncode == 0, err
    assert json.loads(out)["released"] is True  # it held its transaction until we were done
    assert [i.media_id for i in pl.get_playlist(ws, "Sáng").items] == [audio.id]
    assert len(imported.added) == 1 and library.get_media(ws, imported.added[0].id).kind == "image"
    assert result.ok and result.new == 5
    ws.close()
