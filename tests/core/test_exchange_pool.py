"""The files checked in a second process (core/exchange_pool.py) keep every guarantee of
the import: results in input order, a refused file is that file's alone, a cancel leaves
no process behind, a bug in the child is raised, a killed child makes no hang."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from exchange_factory import unit_with_key
from sqlalchemy import select

from ledcast.core import exchange_import, exchange_pool, keys
from ledcast.core.db.models import Airing
from ledcast.core.exchange import export_log
from ledcast.core.exchange_import import import_logs
from ledcast.core.jobs import Cancelled, CancelToken
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit

DAY = dt.date(2026, 11, 29)


@pytest.fixture
def district(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A district trusting five communes, one exported file of each (three airings)."""
    ws = open_for_use(tmp_path / "district")
    set_self_unit(ws, "HUYEN", "Huyện")
    paths = []
    for n in range(5):
        unit = unit_with_key(tmp_path / f"c{n}", f"XA-{n}", f"Xã {n}", DAY, [f"{n}-a", f"{n}-b", f"{n}-c"])
        keys.trust(ws, keys.public_key_file(unit))
        paths.append(export_log(unit, tmp_path / f"c{n}.json").path)
        unit.close()
    yield ws, paths
    ws.close()


@pytest.fixture
def pools(monkeypatch) -> list[exchange_pool.CheckPool]:  # type: ignore[no-untyped-def]
    """Every CheckPool the import starts."""
    made: list[exchange_pool.CheckPool] = []

    class Recorded(exchange_pool.CheckPool):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(exchange_import, "CheckPool", Recorded)
    return made


def _titles(ws) -> list[str]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return sorted(s.scalars(select(Airing.media_title)))


def _all_gone(children: list[Any]) -> None:
    assert children, "the child was never seen"
    assert not any(p.is_alive() for p in children)
    assert not {p.pid for p in children} & {p.pid for p in multiprocessing.active_children()}


def test_results_in_input_order_with_a_refused_file_in_the_middle(district, pools, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, paths = district
    cut = tmp_path / "cut.json"
    cut.write_bytes(paths[1].read_bytes()[:-30])
    order = [paths[0], cut, paths[2], paths[0], tmp_path / "missing.json", paths[3]]
    results = import_logs(ws, order, translate=lambda context, text: text.upper())
    assert len(pools) == 1 and [r.path for r in results] == order
    assert [(r.unit_code, r.new, r.known) for r in results] == [
        ("XA-0", 3, 0), ("", 0, 0), ("XA-2", 3, 0), ("XA-0", 0, 3), ("", 0, 0), ("XA-3", 3, 0),
    ]  # fmt: skip
    assert "CUT SHORT" in results[1].rejected_reason and "cannot be read" in results[4].rejected_reason
    assert _titles(ws) == sorted(f"{n}-{x}" for n in (0, 2, 3) for x in "abc")
    again = import_logs(ws, paths)  # the very same files: known at once in the child
    assert [(r.unit_code, r.new, r.known) for r in again] == [
        ("XA-0", 0, 3), ("XA-1", 3, 0), ("XA-2", 0, 3), ("XA-3", 0, 3), ("XA-4", 3, 0),
    ]  # fmt: skip


def test_one_or_two_files_are_checked_here(district, pools) -> None:  # type: ignore[no-untyped-def]
    ws, paths = district
    assert [r.new for r in import_logs(ws, paths[:2])] == [3, 3]
    assert pools == []


def test_cancel_stops_the_child(district, pools) -> None:  # type: ignore[no-untyped-def]
    ws, paths = district
    token, children = CancelToken(), []

    def progress(fraction: float, label: str) -> None:
        children.extend(p for pool in pools for p in pool.processes if p not in children)
        if label == paths[1].name:
            token.cancel()

    with pytest.raises(Cancelled) as raised:
        import_logs(ws, paths, progress=progress, cancel=token)
    assert [r.unit_code for r in raised.value.partial] == ["XA-0", "XA-1"]
    assert _titles(ws) == ["0-a", "0-b", "0-c", "1-a", "1-b", "1-c"]
    _all_gone(children)


def buggy(path: str) -> Any:
    """check_in_child with a bug at the second file (module level: the child imports it)."""
    if path.endswith("c1.json"):
        raise KeyError("a bug in the child")
    return exchange_pool.check_in_child(path)


def test_a_bug_in_the_child_is_raised_at_its_file(district, pools, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws, paths = district
    monkeypatch.setattr(exchange_pool, "check_in_child", buggy)
    seen: list[str] = []
    children: list[Any] = []

    def progress(fraction: float, label: str) -> None:
        seen.append(label)
        children.extend(p for pool in pools for p in pool.processes if p not in children)

    with pytest.raises(KeyError, match="a bug in the child"):
        import_logs(ws, paths, progress=progress)
    assert seen == ["c0.json", "c1.json"] and _titles(ws) == []  # nothing committed: the error ends the import
    _all_gone(children)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_child_makes_the_rest_checked_here(district, pools) -> None:  # type: ignore[no-untyped-def]
    ws, paths = district
    outcome: dict[str, Any] = {}

    def progress(fraction: float, label: str) -> None:
        if label == paths[1].name:  # the operator's anti-virus, or the OOM killer
            for p in pools[0].processes:
                os.kill(p.pid, signal.SIGKILL)
                p.join(10)

    def run() -> None:
        try:
            outcome["results"] = import_logs(ws, paths, progress=progress)
        except BaseException as exc:  # noqa: BLE001 - reported below
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the import hangs after its child was killed"
    assert "error" not in outcome, outcome
    assert [(r.unit_code, r.new, r.rejected_reason) for r in outcome["results"]] == [
        (f"XA-{n}", 3, None) for n in range(5)
    ]
    assert len(_titles(ws)) == 15 and pools[0].broken
