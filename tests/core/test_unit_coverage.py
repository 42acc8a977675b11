"""The unit list with coverage: per unit its airings (voided left out), the local
dates its log covers, its last imported file and who has not reported; the
trusted keys' names and statuses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ledcast.core import airing, keys
from ledcast.core.exchange import export_log
from ledcast.core.exchange_import import import_logs
from ledcast.core.startup import open_for_use
from ledcast.core.unit_coverage import STALE_DAYS, unit_coverage
from ledcast.core.units import set_self_unit


def _entry(start: dt.datetime, title: str = "Tin") -> airing.AiringEntry:
    return airing.AiringEntry(
        outlet_name="Loa trung tâm", outlet_kind="speaker", start=start, end=start + dt.timedelta(minutes=5),
        recorded_how="playout", title=title, utc_offset_min=420,
    )  # fmt: skip


@pytest.fixture
def district(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A district (own airings) that imported one file of commune A and trusts B, who never sent one."""
    d, a, b = (open_for_use(tmp_path / n) for n in ("d", "a", "b"))
    set_self_unit(d, "HUYEN-DT", "Huyện Đại Từ")
    set_self_unit(a, "XA-A", "Xã Tân Cương")
    set_self_unit(b, "XA-B", "Xã Phúc Xuân")
    for ws in (a, b):
        keys.init_keys(ws)
        keys.trust(d, keys.public_key_file(ws))
    # 23:30 UTC is 06:30 the next day at +07:00: the period is in local dates
    rows = airing.record_many(
        a,
        [
            _entry(dt.datetime(2026, 10, 31, 23, 30)),  # local 1 November
            _entry(dt.datetime(2026, 11, 10, 1, 0)),
            _entry(dt.datetime(2026, 11, 20, 1, 0), "Nhầm"),  # voided below: not counted, not in the period
        ],
    )
    airing.void(a, rows[2].uuid, "Nhầm")
    airing.record_many(d, [_entry(dt.datetime(2026, 11, 5, 2, 0)), _entry(dt.datetime(2026, 11, 6, 2, 0))])
    export_log(a, tmp_path / "a.json")
    (res,) = import_logs(d, [tmp_path / "a.json"])
    assert res.ok and res.new == 4  # three airings and the void row
    yield d
    for ws in (d, a, b):
        ws.close()


def test_counts_periods_and_last_files_per_unit(district) -> None:  # type: ignore[no-untyped-def]
    rows = unit_coverage(district)
    assert [u.code for u in rows] == ["HUYEN-DT", "XA-A", "XA-B"]  # this unit first
    own, a, b = rows
    assert (own.name, own.is_self, own.airings) == ("Huyện Đại Từ", True, 2)
    assert (own.first_day, own.last_day, own.files, own.stale) == (dt.date(2026, 11, 5), dt.date(2026, 11, 6), 0, False)
    assert (a.name, a.airings, a.files, a.key) == ("Xã Tân Cương", 2, 1, "trusted")
    assert (a.first_day, a.last_day) == (dt.date(2026, 11, 1), dt.date(2026, 11, 10))
    assert a.last_file_at is not None and abs(dt.datetime.utcnow() - a.last_file_at) < dt.timedelta(minutes=5)
    assert a.last_file_day is not None and not a.stale
    assert (b.name, b.airings, b.first_day, b.files, b.last_file_at, b.stale) == (
        "Xã Phúc Xuân",
        0,
        None,
        0,
        None,
        True,
    )


def test_a_unit_whose_last_file_is_old_has_not_reported(district) -> None:  # type: ignore[no-untyped-def]
    a = next(u for u in unit_coverage(district) if u.code == "XA-A")
    assert a.last_file_at is not None
    later = a.last_file_at + dt.timedelta(days=STALE_DAYS, minutes=1)
    assert next(u for u in unit_coverage(district, now=later) if u.code == "XA-A").stale
    assert not next(u for u in unit_coverage(district, now=later - dt.timedelta(minutes=2)) if u.code == "XA-A").stale


def test_revoked_and_replaced_keys(district, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    b = open_for_use(tmp_path / "b")
    keys.init_keys(b, force=True)  # B made a new key: trusting it retires the old one here
    keys.trust(district, keys.public_key_file(b))
    keys.revoke(district, "XA-A")
    b.close()
    listed = keys.list_trusted(district)
    assert [(k.unit_code, s) for k, s in zip(listed, keys.key_statuses(listed), strict=True)] == [
        ("XA-A", "revoked"),
        ("XA-B", "retired"),
        ("XA-B", "trusted"),
    ]
    assert {u.code: u.key for u in unit_coverage(district)} == {"HUYEN-DT": "", "XA-A": "revoked", "XA-B": "trusted"}


def test_an_empty_workspace_lists_only_its_own_unit(workspace) -> None:  # type: ignore[no-untyped-def]
    assert unit_coverage(workspace) == []
    set_self_unit(workspace, "XA-X", "Xã X")
    (own,) = unit_coverage(workspace)
    assert (own.code, own.airings, own.first_day, own.stale) == ("XA-X", 0, None, False)
