"""The airing log (issue 11): append-only by the database, snapshots that outlive
the media, void instead of erase, local-date periods, exact task codes, paging
and totals in SQL."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import insert, select, text

from ledcast.core import airing, library
from ledcast.core import airing_query as aq
from ledcast.core.airing import AiringEntry
from ledcast.core.airing_query import AiringFilter
from ledcast.core.db import engine as engine_mod
from ledcast.core.db.head import HEAD_REVISION
from ledcast.core.db.models import Airing, utcnow
from ledcast.core.errors import LedcastError
from ledcast.core.units import set_self_unit

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 11, 2, 23, 30, tzinfo=UTC)  # 06:30 on 3 Nov in Viet Nam (UTC+7)


def entry(start: dt.datetime = T0, minutes: float = 5, **kw) -> AiringEntry:  # type: ignore[no-untyped-def]
    fields = {"outlet_name": "Loa trung tâm xã", "recorded_how": "manual", "title": "Bản tin sáng"}
    fields |= {"utc_offset_min": 420, "task_codes": ("NV3",)} | kw
    return AiringEntry(start=start, end=start + dt.timedelta(minutes=minutes), **fields)


@pytest.fixture
def ws(workspace):  # type: ignore[no-untyped-def]
    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    return workspace


def _all_rows(ws) -> list[Airing]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return list(s.scalars(select(Airing).order_by(Airing.id)))


# --- recording ----------------------------------------------------------------------------------


def test_record_then_query_shows_the_snapshot(ws) -> None:  # type: ignore[no-untyped-def]
    a = airing.record(ws, entry(task_codes=["nv3", "NV5", "NV3"], operator="Chị Lan", origin="above"))
    assert a.unit_code == "XA-TC" and a.recorded_how == "manual" and a.origin == "above"
    assert a.task_codes == "NV3,NV5"
    (row,) = aq.query(ws, AiringFilter(date_from=dt.date(2026, 11, 3), date_to=dt.date(2026, 11, 3)))
    assert row.uuid == a.uuid and row.media_title == "Bản tin sáng" and row.task_codes == "NV3,NV5"
    assert (row.end_utc - row.start_utc).total_seconds() == 300
    assert row.start_utc == T0.replace(tzinfo=None)  # stored as naive UTC
    assert aq.totals(ws) == aq.AiringTotals(airings=1, items=1, seconds=300.0)
    assert aq.totals(ws).minutes == 5


def test_text_is_nfc_and_cleaned(ws) -> None:  # type: ignore[no-untyped-def]
    nfd = "Ba\u0309n tin  sa\u0301ng\n"
    a = airing.record(ws, entry(title=nfd, outlet_name="Loa  xa\u0303"))
    assert a.media_title == "Bản tin sáng" and a.outlet_name == "Loa xã"


def test_period_uses_local_dates(ws) -> None:  # type: ignore[no-untyped-def]
    airing.record(ws, entry())  # 2 Nov 23:30 UTC = 3 Nov local
    assert aq.count(ws, AiringFilter(date_to=dt.date(2026, 11, 2))) == 0
    assert aq.count(ws, AiringFilter(date_from=dt.date(2026, 11, 3))) == 1
    # the same instant logged by an outlet at UTC+0 falls on 2 Nov
    airing.record(ws, entry(utc_offset_min=0))
    assert aq.count(ws, AiringFilter(date_from=dt.date(2026, 11, 2), date_to=dt.date(2026, 11, 2))) == 1


def test_media_retitled_or_deleted_later_does_not_change_the_log(ws, media_files) -> None:  # type: ignore[no-untyped-def]
    m = library.import_files(ws, [media_files.wav], task_codes=["NV3"]).added[0]
    a = airing.record(ws, entry(title=m.title, media_sha256=m.sha256, task_codes=["NV3"], recorded_how="playout"))
    library.rename_media(ws, m.id, "Tên mới")
    library.remove_media(ws, m.id)
    (row,) = aq.query(ws)
    assert row.uuid == a.uuid and row.media_title == m.title and row.media_sha256 == m.sha256
    assert row.task_codes == "NV3"


def test_record_many_is_all_or_none(ws) -> None:  # type: ignore[no-untyped-def]
    good = [entry(T0 + dt.timedelta(hours=i)) for i in range(5)]
    bad = entry(minutes=0)
    with pytest.raises(LedcastError):
        airing.record_many(ws, [*good, bad])
    assert _all_rows(ws) == []
    rows = airing.record_many(ws, good)
    assert len(rows) == 5 and aq.count(ws) == 5


def test_record_many_rolls_back_on_a_database_error(ws) -> None:  # type: ignore[no-untyped-def]
    first = airing.record(ws, entry())
    clash = AiringEntry(**{**entry().__dict__, "uuid": first.uuid})  # same uuid: the unique index refuses it
    with pytest.raises(sa_exc.IntegrityError):
        airing.record_many(ws, [entry(T0 + dt.timedelta(hours=1)), clash])
    assert [r.uuid for r in _all_rows(ws)] == [first.uuid]


def test_no_unit_is_refused_with_how_to_set_it(workspace, lang_en) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LedcastError) as e:
        airing.record(workspace, entry())
    assert "ledcast unit set" in str(e.value) and "Settings" in str(e.value)
    assert _all_rows(workspace) == []


@pytest.mark.parametrize(
    "bad",
    [
        {"minutes": 0},
        {"minutes": -3},
        {"start": utcnow().replace(tzinfo=UTC) + dt.timedelta(days=1, minutes=5)},
        {"recorded_how": "guessed"},
        {"origin": "elsewhere"},
        {"priority": "urgent"},
        {"outlet_name": "  "},
        {"title": "", "media_sha256": None},
        {"media_sha256": "abc"},
        {"task_codes": ["NV 3"]},
        {"utc_offset_min": 24 * 60},
        {"language": "tiếng Việt"},
        {"outlet_kind": "radio"},
        {"note": "x" * 2001},
    ],
)
def test_bad_input_is_refused_and_nothing_written(ws, bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LedcastError) as e:
        airing.record(ws, entry(**bad))
    assert str(e.value) and "\n" not in str(e.value)
    assert _all_rows(ws) == []


def test_a_start_within_the_next_day_is_accepted(ws) -> None:  # type: ignore[no-untyped-def]
    soon = utcnow().replace(tzinfo=UTC) + dt.timedelta(hours=23)
    airing.record(ws, entry(start=soon))
    assert aq.count(ws) == 1


def test_times_in_another_zone_are_stored_as_utc(ws) -> None:  # type: ignore[no-untyped-def]
    hanoi = dt.timezone(dt.timedelta(hours=7))
    a = airing.record(ws, entry(start=dt.datetime(2026, 11, 3, 6, 30, tzinfo=hanoi)))
    assert a.start_utc == dt.datetime(2026, 11, 2, 23, 30)


# --- void ---------------------------------------------------------------------------------------


def test_void_keeps_the_original_and_totals_leave_it_out(ws) -> None:  # type: ignore[no-untyped-def]
    keep = airing.record(ws, entry(T0 + dt.timedelta(hours=2)))
    wrong = airing.record(ws, entry(title="Sai giờ"))
    void_row, new = airing.void(ws, wrong.uuid, "Nhầm giờ phát", replacement=entry(title="Đúng giờ", minutes=7))
    assert void_row.voids_uuid == wrong.uuid and void_row.note == "Nhầm giờ phát" and new is not None
    assert {r.uuid for r in aq.query(ws)} == {keep.uuid, new.uuid}
    assert aq.totals(ws) == aq.AiringTotals(airings=2, items=2, seconds=(5 + 7) * 60.0)
    assert aq.count(ws) == 2 and aq.count(ws, AiringFilter(include_voided=True)) == 4
    assert aq.count(ws, AiringFilter(date_from=dt.date(2026, 11, 3), task="NV3")) == 2
    assert aq.count(ws, AiringFilter(date_to=dt.date(2026, 11, 2))) == 0
    everything = {r.uuid for r in aq.query(ws, AiringFilter(include_voided=True))}
    assert everything == {keep.uuid, wrong.uuid, void_row.uuid, new.uuid}
    assert aq.voided_among(ws, [keep.uuid, wrong.uuid]) == {wrong.uuid: "Nhầm giờ phát"}
    assert aq.get(ws, wrong.uuid).media_title == "Sai giờ"  # untouched


def test_void_refusals(ws) -> None:  # type: ignore[no-untyped-def]
    a = airing.record(ws, entry())
    with pytest.raises(LedcastError):
        airing.void(ws, "00000000-0000-0000-0000-000000000000", "không có")
    with pytest.raises(LedcastError):
        airing.void(ws, a.uuid, "   ")
    void_row, _ = airing.void(ws, a.uuid, "sai")
    with pytest.raises(LedcastError):
        airing.void(ws, a.uuid, "lần nữa")
    with pytest.raises(LedcastError):
        airing.void(ws, void_row.uuid, "hủy việc hủy")
    with pytest.raises(LedcastError):  # a bad replacement: the void is not written either
        airing.void(ws, airing.record(ws, entry()).uuid, "sai", replacement=entry(minutes=-1))
    assert len(_all_rows(ws)) == 3


# --- append-only at the database level ---------------------------------------------------------


def test_update_and_delete_are_refused_by_the_database(ws) -> None:  # type: ignore[no-untyped-def]
    a = airing.record(ws, entry())
    for sql in (
        "UPDATE airing SET media_title = 'đã sửa'",
        "DELETE FROM airing",
        f"DELETE FROM airing WHERE uuid = '{a.uuid}'",
    ):
        with pytest.raises(sa_exc.DatabaseError, match="append-only"):
            with ws.engine.begin() as conn:
                conn.execute(text(sql))
    with pytest.raises(sa_exc.DatabaseError):  # through the ORM too
        with ws.session() as s:
            row = s.scalars(select(Airing)).one()
            row.note = "sửa"
    (row,) = _all_rows(ws)
    assert row.media_title == "Bản tin sáng" and row.note == ""


def _triggers(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        con.close()


def _raw_row(i: int, **values: object) -> dict[str, object]:
    """Row i of a table filled directly (every 20 minutes back from T0, 3 minutes long)."""
    start = T0.replace(tzinfo=None) - dt.timedelta(minutes=20 * i)
    row: dict[str, object] = {
        "uuid": f"00000000-0000-0000-0000-{i:012d}",
        "unit_code": "XA-TC",
        "outlet_name": "Loa",
        "outlet_kind": "speaker",
        "media_sha256": None,
        "media_title": "Tin",
        "task_codes": "NV1",
        "start_utc": start,
        "end_utc": start + dt.timedelta(minutes=3),
        "utc_offset_min": 420,
        "recorded_how": "confirmed",
        "origin": "own",
        "language": "vi",
        "priority": "normal",
        "operator": "",
        "note": "",
        "created_at": utcnow(),
    }
    return row | values


def test_triggers_in_a_fresh_workspace(ws) -> None:  # type: ignore[no-untyped-def]
    if ws.engine.dialect.name == "sqlite":
        assert {"airing_no_update", "airing_no_delete"} <= _triggers(ws.db_file)
        return
    with ws.engine.connect() as conn:
        names = set(conn.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")))
    assert {"airing_no_update_delete", "airing_no_truncate"} <= names


def test_triggers_after_upgrading_a_workspace_at_0002(tmp_path: Path) -> None:
    from alembic import command

    from ledcast.core.startup import open_for_use

    ws_dir = tmp_path / "old"
    ws_dir.mkdir()
    db = ws_dir / "ledcast.db"
    engine = engine_mod.make_engine(engine_mod.sqlite_url(db))
    cfg = engine_mod.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with engine.begin() as conn:  # an old row, written before the log was protected
        conn.execute(
            insert(Airing).values(
                _raw_row(0, uuid="11111111-1111-1111-1111-111111111111", media_title="Cũ", task_codes="")
            )
        )
    engine.dispose()
    assert _triggers(db) == set()
    ws = open_for_use(ws_dir)
    try:
        assert engine_mod.current_revision(ws.engine) == HEAD_REVISION
        assert {"airing_no_update", "airing_no_delete"} <= _triggers(db)
        with pytest.raises(sa_exc.DatabaseError):
            with ws.engine.begin() as conn:
                conn.execute(text("DELETE FROM airing"))
        assert aq.count(ws, AiringFilter(task="none")) == 1
    finally:
        ws.close()


# --- filters, paging, totals -------------------------------------------------------------------


def test_task_filter_matches_exact_codes(ws) -> None:  # type: ignore[no-untyped-def]
    airing.record_many(
        ws,
        [
            entry(task_codes=["NV1"]),
            entry(task_codes=["NV10"]),
            entry(task_codes=["NV10", "NV1"]),
            entry(task_codes=[]),
            entry(task_codes=["NV_1"]),
        ],
    )
    assert aq.count(ws, AiringFilter(task="NV1")) == 2
    assert aq.count(ws, AiringFilter(task="nv10")) == 2
    assert aq.count(ws, AiringFilter(task="none")) == 1
    assert aq.count(ws, AiringFilter(task="NV_1")) == 1  # "_" is not a wildcard here


def test_other_filters(ws) -> None:  # type: ignore[no-untyped-def]
    airing.record_many(
        ws,
        [
            entry(outlet_name="Loa thôn 1", origin="source", recorded_how="confirmed"),
            entry(outlet_name="Màn hình LED", outlet_kind="screen"),
        ],
    )
    assert aq.count(ws, AiringFilter(outlet="Loa thôn 1")) == 1
    assert aq.count(ws, AiringFilter(origin="source")) == 1
    assert aq.count(ws, AiringFilter(recorded_how="manual")) == 1
    assert aq.count(ws, AiringFilter(unit="XA-TC")) == 2
    assert aq.count(ws, AiringFilter(unit="OTHER")) == 0
    with pytest.raises(LedcastError):
        aq.count(ws, AiringFilter(origin="mars"))
    with pytest.raises(LedcastError):
        aq.count(ws, AiringFilter(date_from=dt.date(2026, 12, 2), date_to=dt.date(2026, 12, 1)))


def test_paging_newest_first(ws) -> None:  # type: ignore[no-untyped-def]
    rows = airing.record_many(ws, [entry(T0 - dt.timedelta(hours=i), title=f"Tin {i}") for i in range(25)])
    pages = [aq.query(ws, offset=o, limit=10) for o in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert [r.uuid for p in pages for r in p] == [r.uuid for r in rows]  # newest start first
    with pytest.raises(LedcastError):
        aq.query(ws, offset=-1)
    with pytest.raises(LedcastError):
        aq.query(ws, limit=0)


def test_totals_count_distinct_items_and_minutes(ws) -> None:  # type: ignore[no-untyped-def]
    sha = "a" * 64
    airing.record_many(
        ws,
        [
            entry(media_sha256=sha, title="A"),
            entry(media_sha256=sha, title="A (tên khác)", minutes=2),
            entry(title="Tiếp sóng đài tỉnh", media_sha256=None, minutes=30),
            entry(title="Tiếp sóng đài tỉnh", media_sha256=None, minutes=30),
        ],
    )
    assert aq.totals(ws) == aq.AiringTotals(airings=4, items=2, seconds=67 * 60.0)


def test_totals_on_100000_rows_are_sql_aggregates(ws) -> None:  # type: ignore[no-untyped-def]
    rows = [_raw_row(i, media_title=f"Tin {i % 300}", task_codes=f"NV{i % 10 + 1}") for i in range(100_000)]
    with ws.engine.begin() as conn:
        conn.execute(insert(Airing), rows)
    del rows
    t = aq.totals(ws, AiringFilter(task="NV1"))
    assert t == aq.AiringTotals(airings=10_000, items=30, seconds=10_000 * 180.0)
    assert len(aq.query(ws, AiringFilter(task="NV1"), limit=100)) == 100
    explain = "EXPLAIN QUERY PLAN" if ws.engine.dialect.name == "sqlite" else "EXPLAIN"
    with ws.engine.connect() as conn:  # the newest-first page walks the start_utc index
        plan = conn.exec_driver_sql(
            f"{explain} SELECT id FROM airing ORDER BY start_utc DESC, id DESC LIMIT 100"
        ).fetchall()
    assert "ix_airing_start_utc" in " ".join(str(r) for r in plan)
