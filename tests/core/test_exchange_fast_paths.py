"""The exchange import's fast paths keep every guarantee: files in one transaction
(results in order, a cancel keeps the files done, a refusal is that file's alone),
and a file written by ledcast verified over its records as read (core/exchange_document.py)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from exchange_factory import unit_with_key
from sqlalchemy import select

from ledcast.core import exchange_import, keys
from ledcast.core.db.models import Airing
from ledcast.core.exchange import export_log
from ledcast.core.exchange_import import import_logs
from ledcast.core.jobs import Cancelled, CancelToken
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit

DAY = dt.date(2026, 11, 30)


@pytest.fixture
def files(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A district trusting four communes, and one exported file of each (2 airings)."""
    district = open_for_use(tmp_path / "district")
    set_self_unit(district, "HUYEN", "Huyện")
    paths, units = [], []
    for n in range(4):
        unit = unit_with_key(tmp_path / f"xa{n}", f"XA-{n}", f"Xã {n}", DAY, [f"Tin {n}a", f"Tin {n}b"])
        keys.trust(district, keys.public_key_file(unit))
        paths.append(export_log(unit, tmp_path / f"xa{n}.json").path)
        units.append(unit)
    yield district, paths
    for ws in [district, *units]:
        ws.close()


@pytest.fixture
def in_process(monkeypatch):  # type: ignore[no-untyped-def]
    """Files checked in this process, where a monkeypatch applies (not in the checking child)."""
    monkeypatch.setattr(exchange_import, "POOL_MIN_FILES", 99)


def _units_here(ws) -> list[str]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return sorted(set(s.scalars(select(Airing.unit_code))))


def test_results_come_in_input_order(files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    district, paths = files
    broken = tmp_path / "broken.json"
    broken.write_bytes(paths[1].read_bytes()[:-40])
    order = [paths[3], broken, paths[0], paths[3], tmp_path / "missing.json", paths[2]]
    results = import_logs(district, order)
    assert [r.path for r in results] == order
    assert [(r.unit_code, r.new, r.known) for r in results] == [
        ("XA-3", 2, 0), ("", 0, 0), ("XA-0", 2, 0), ("XA-3", 0, 2), ("", 0, 0), ("XA-2", 2, 0),
    ]  # fmt: skip
    assert "cut short" in results[1].rejected_reason and "cannot be read" in results[4].rejected_reason
    assert _units_here(district) == ["XA-0", "XA-2", "XA-3"]


def test_cancel_between_files_keeps_the_files_done(files) -> None:  # type: ignore[no-untyped-def]
    district, paths = files
    token, seen = CancelToken(), []

    def progress(fraction: float, label: str) -> None:
        seen.append((round(fraction, 2), label))
        if label == paths[2].name:  # while the third file is being stored, the operator cancels
            token.cancel()

    with pytest.raises(Cancelled) as raised:
        import_logs(district, paths, progress=progress, cancel=token)
    assert [r.unit_code for r in raised.value.partial] == ["XA-0", "XA-1", "XA-2"]
    assert seen == [(0.0, "xa0.json"), (0.25, "xa1.json"), (0.5, "xa2.json")]
    assert _units_here(district) == ["XA-0", "XA-1", "XA-2"]  # committed, though they shared one transaction
    assert [r.known for r in import_logs(district, paths)] == [2, 2, 2, 0]


def test_a_refusal_while_checking_rejects_only_that_file(files, monkeypatch, in_process) -> None:  # type: ignore[no-untyped-def]
    district, paths = files
    real = exchange_import.read_log

    def read_log(ws, data):  # type: ignore[no-untyped-def]
        if b"XA-1" in data:
            raise exchange_import.Rejected(exchange_import.R_NOT_A_LOG)
        return real(ws, data)

    monkeypatch.setattr(exchange_import, "read_log", read_log)
    results = import_logs(district, paths, translate=lambda context, text: text.upper())
    assert [r.rejected_reason for r in results] == [None, "THIS IS NOT A LEDCAST AIRING LOG", None, None]
    assert _units_here(district) == ["XA-0", "XA-2", "XA-3"]


def test_a_bug_while_checking_is_raised_at_its_file(files, monkeypatch, in_process) -> None:  # type: ignore[no-untyped-def]
    district, paths = files
    real, checked = exchange_import.read_log, []

    def read_log(ws, data):  # type: ignore[no-untyped-def]
        checked.append(json.loads(data)["header"]["unit_code"])
        if len(checked) == 2:
            raise KeyError("a bug")
        return real(ws, data)

    monkeypatch.setattr(exchange_import, "read_log", read_log)
    with pytest.raises(KeyError, match="a bug"):
        import_logs(district, paths)
    assert checked == ["XA-0", "XA-1"]  # nothing after the failing file was checked


def test_a_store_failure_is_raised_and_nothing_kept(files, monkeypatch, in_process) -> None:  # type: ignore[no-untyped-def]
    district, paths = files

    def store(*args):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(exchange_import, "_store_file", store)
    with pytest.raises(OSError, match="disk full"):
        import_logs(district, paths)
    assert _units_here(district) == []


def test_a_file_from_ledcast_is_verified_over_its_records_as_read(files, monkeypatch, in_process) -> None:  # type: ignore[no-untyped-def]
    district, paths = files

    def rebuilt(*args):  # type: ignore[no-untyped-def]
        raise AssertionError("the signed bytes were rebuilt")

    monkeypatch.setattr(exchange_import, "signed_bytes", rebuilt)
    monkeypatch.setattr(exchange_import, "canonical", rebuilt)
    assert [r.new for r in import_logs(district, paths)] == [2, 2, 2, 2]


def test_records_not_as_signed_are_refused_whatever_their_layout(files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    district, paths = files
    text = paths[0].read_text("utf-8")
    doc = json.loads(text)
    evil = [dict(r, media_title="Tin giả") for r in doc["records"]]
    signed = json.dumps(doc["records"], ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    assert signed in text  # the records as written are their canonical text
    cases = {
        "flipped.json": text.replace("Tin 0a", "Tin 0x"),
        # the signed records first, other ones after them: json.loads keeps the last
        "second-member.json": text[:-1] + ',"records":' + json.dumps(evil, ensure_ascii=False) + "}",
    }
    for name, body in cases.items():
        (tmp_path / name).write_text(body, "utf-8")
    results = import_logs(district, [tmp_path / name for name in cases])
    assert all(r.rejected_reason and "signature does not match" in r.rejected_reason for r in results), results
    spaced = tmp_path / "spaced.json"  # the same content written otherwise (an older ledcast): checked the long way
    spaced.write_text(json.dumps(doc, indent=1), "utf-8")
    (res,) = import_logs(district, [spaced])
    assert (res.new, res.rejected_reason) == (2, None) and _units_here(district) == ["XA-0"]


@pytest.mark.usefixtures("on_sqlite")  # the WAL of the SQLite file
def test_the_import_leaves_its_rows_in_the_database_file_not_only_in_the_wal(files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Checkpoints are rare while importing (exchange_import.CHECKPOINT_PAGES): the last
    one runs at the end, not in the next small commit of whoever writes next."""
    district, paths = files
    import_logs(district, paths)
    copy = tmp_path / "copy.db"
    shutil.copyfile(district.db_file, copy)  # the database file alone, without its -wal
    with closing(sqlite3.connect(copy)) as db:
        assert db.execute("SELECT count(*) FROM airing WHERE recorded_how = 'imported'").fetchone() == (8,)
