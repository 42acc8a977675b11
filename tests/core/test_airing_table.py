"""The airing log written to CSV/XLSX: every page streamed, text stays text, the file
appears only complete."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ledcast.core import airing
from ledcast.core.airing import AiringEntry
from ledcast.core.airing_query import AiringFilter
from ledcast.core.airing_table import write_table
from ledcast.core.errors import LedcastError
from ledcast.core.units import set_self_unit

T0 = dt.datetime(2026, 11, 2, 23, 30, tzinfo=dt.timezone.utc)


def _entry(i: int, title: str) -> AiringEntry:
    start = T0 + dt.timedelta(minutes=i)
    return AiringEntry("Loa xã", start, start + dt.timedelta(seconds=45), "manual", title=title, utc_offset_min=420)


def test_pages_are_all_written_and_a_formula_like_title_stays_text(  # type: ignore[no-untyped-def]
    workspace, tmp_path: Path, monkeypatch
) -> None:
    import ledcast.core.airing_table as table

    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    airing.record_many(workspace, [_entry(i, f"Bản tin {i}") for i in range(7)] + [_entry(9, "=1+1")])
    monkeypatch.setattr(table.iter_rows, "__defaults__", (3,))  # pages of 3: none lost or repeated at the seams
    assert write_table(workspace, AiringFilter(), tmp_path / "log.csv") == 8
    with open(tmp_path / "log.csv", encoding="utf-8-sig", newline="") as fh:
        titles = [r[3] for r in list(csv.reader(fh))[1:]]
    assert titles == ["=1+1"] + [f"Bản tin {i}" for i in range(6, -1, -1)]
    assert write_table(workspace, AiringFilter(), tmp_path / "log.xlsx") == 8
    cell = load_workbook(tmp_path / "log.xlsx").active["D2"]
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_a_refused_or_failed_write_leaves_nothing(  # type: ignore[no-untyped-def]
    workspace, tmp_path: Path, lang_en
) -> None:
    with pytest.raises(LedcastError, match="Could not write"):
        write_table(workspace, AiringFilter(), tmp_path / "missing" / "log.csv")
    with pytest.raises(LedcastError, match=r"\.csv or \.xlsx"):
        write_table(workspace, AiringFilter(), tmp_path / "log.txt")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".") or p.name.startswith("log")) == []


def test_progress_is_reported_and_a_cancel_keeps_the_earlier_file(  # type: ignore[no-untyped-def]
    workspace, tmp_path: Path, monkeypatch
) -> None:
    import ledcast.core.airing_table as table
    from ledcast.core.jobs import Cancelled

    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    airing.record_many(workspace, [_entry(i, f"Bản tin {i}") for i in range(2500)])
    seen: list[float] = []
    assert write_table(workspace, AiringFilter(), tmp_path / "log.csv", progress=lambda f, _l: seen.append(f)) == 2500
    assert seen == [0.4, 0.8]  # every 1,000 rows, as a fraction of the filtered count
    before = (tmp_path / "log.csv").read_bytes()
    monkeypatch.setattr(table.iter_rows, "__defaults__", (1000,))
    asked = iter([False, True])  # the second page is cancelled
    with pytest.raises(Cancelled):
        write_table(workspace, AiringFilter(), tmp_path / "log.csv", cancel=lambda: next(asked))
    assert (tmp_path / "log.csv").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.csv", "ws"]  # no temporary file left
