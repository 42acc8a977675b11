"""The signed airing-log exchange: export from unit A, import at B (trusting A's key),
idempotence, voids, --since-last, and every bad file refused with nothing changed."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from ledcast.core import airing, keys
from ledcast.core.db.models import Airing
from ledcast.core.exchange import export_log
from ledcast.core.exchange_import import import_logs
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit

DAY = dt.datetime(2026, 11, 30, 0, 0)


def _entry(hour: int, title: str = "Tin bão lũ", day: dt.datetime = DAY) -> airing.AiringEntry:
    start = day + dt.timedelta(hours=hour)
    return airing.AiringEntry(
        outlet_name="Loa trung tâm xã", outlet_kind="speaker", start=start, end=start + dt.timedelta(minutes=5),
        recorded_how="playout", title=title, task_codes=["NV3"], utc_offset_min=420, note="ghi chú",
    )  # fmt: skip


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    """(A, B): unit A with a key and three airings; B trusting A's key."""
    a, b = open_for_use(tmp_path / "a"), open_for_use(tmp_path / "b")
    set_self_unit(a, "XA-A", "Xã Tân Cương")
    set_self_unit(b, "HUYEN-B", "Huyện Đại Từ")
    keys.init_keys(a)
    keys.trust(b, keys.public_key_file(a))
    airing.record_many(a, [_entry(1), _entry(2, "Nhạc"), _entry(3, "Thông báo")])
    yield a, b
    a.close()
    b.close()


def _rows(ws) -> list[Airing]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        rows = list(s.scalars(select(Airing).order_by(Airing.id)))
        s.expunge_all()
        return rows


def test_export_then_import_keeps_the_unit_and_marks_imported(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    airing.record(b, _entry(4, "B's own"))  # B's own row never travels back
    out = export_log(a, tmp_path / "a.json")
    assert out.records == 3 and not list(tmp_path.glob("*.part"))
    doc = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert doc["format"] == "ledcast-airing-log" and doc["version"] == 1
    assert doc["header"]["unit_code"] == "XA-A" and doc["header"]["record_count"] == 3
    assert doc["header"]["signer_fingerprint"] == keys.own_key(a).fingerprint
    (res,) = import_logs(b, [tmp_path / "a.json"])
    assert (res.new, res.known, res.rejected_reason) == (3, 0, None)
    sent, got = _rows(a), [r for r in _rows(b) if r.unit_code == "XA-A"]
    assert [r.uuid for r in got] == [r.uuid for r in sent]
    assert {r.recorded_how for r in got} == {"imported"}
    assert [(r.media_title, r.start_utc, r.note, r.created_at) for r in got] == [
        (r.media_title, r.start_utc, r.note, r.created_at) for r in sent
    ]
    (again,) = import_logs(b, [tmp_path / "a.json"])  # idempotent
    assert (again.new, again.known) == (0, 3) and len(_rows(b)) == 4


def test_overlapping_files_and_voids_travel(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    export_log(a, tmp_path / "first.json")
    first = _rows(a)[0]
    airing.void(a, first.uuid, "Nhầm giờ")
    airing.record(a, _entry(5, "Mới"))
    export_log(a, tmp_path / "all.json")
    one, two = import_logs(b, [tmp_path / "first.json", tmp_path / "all.json"])
    assert (one.new, two.new, two.known) == (3, 2, 3)
    void = [r for r in _rows(b) if r.voids_uuid]
    assert [(v.voids_uuid, v.note) for v in void] == [(first.uuid, "Nhầm giờ")]
    from ledcast.core.airing_query import AiringFilter, count

    assert count(b, AiringFilter(unit="XA-A")) == 3  # the voided airing no longer counts at B


def test_since_last_sends_only_new_rows_and_a_period_filters(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, _ = pair
    assert export_log(a, tmp_path / "1.json", since_last=True).records == 3
    assert export_log(a, tmp_path / "2.json", since_last=True).records == 0
    airing.record(a, _entry(6, "Sau", day=DAY + dt.timedelta(days=1)))
    third = export_log(a, tmp_path / "3.json", since_last=True)
    assert third.records == 1
    assert json.loads((tmp_path / "3.json").read_text("utf-8"))["records"][0]["media_title"] == "Sau"
    day = dt.date(2026, 11, 30)
    assert export_log(a, tmp_path / "p.json", date_from=day, date_to=day).records == 3


def _tamper(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(path.read_text("utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")


def _resign(a, doc) -> None:  # type: ignore[no-untyped-def]
    """Sign a changed document with A's real key: the content checks must still refuse it."""
    from ledcast.core.exchange import canonical

    doc["signature"] = base64.b64encode(keys.load_private(a).sign(canonical(doc["header"], doc["records"]))).decode()


BAD = {
    "flipped byte in a record": (
        lambda a, d: d["records"][0].update(media_title="Tin giả"),
        "signature does not match",
    ),
    "flipped byte in the header": (lambda a, d: d["header"].update(unit_name="Xã khác"), "signature does not match"),
    "wrong type, not re-signed": (
        lambda a, d: d["records"][1].update(utc_offset_min="420"),
        "signature does not match",  # the altering is the reason, not the record it broke
    ),
    "newer version": (lambda a, d: d.update(version=2), "newer ledcast"),
    "not a log": (lambda a, d: d.update(format="other"), "not a ledcast airing log"),
    "another unit's record": (
        lambda a, d: (d["records"][0].update(unit_code="XA-Z"), _resign(a, d)),
        "belongs to unit XA-Z",
    ),
    "missing field": (lambda a, d: (d["records"][1].pop("start_utc"), _resign(a, d)), "“start_utc” is missing"),
    "wrong type": (lambda a, d: (d["records"][1].update(utc_offset_min="420"), _resign(a, d)), "utc_offset_min"),
    "bad time": (lambda a, d: (d["records"][1].update(end_utc="hôm qua"), _resign(a, d)), "end_utc"),
    "extra field": (lambda a, d: (d["records"][0].update(id=1), _resign(a, d)), "unknown field “id”"),
    "wrong count": (lambda a, d: (d["header"].update(record_count=9), _resign(a, d)), "says 9 records"),
    "bad choice": (lambda a, d: (d["records"][0].update(origin="x"), _resign(a, d)), "“origin”"),
    "claims another unit": (lambda a, d: d["header"].update(unit_code="HUYEN-B"), "no trusted key for unit HUYEN-B"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_tampered_file_is_refused_and_changes_nothing(pair, tmp_path: Path, case: str) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    path = tmp_path / "a.json"
    export_log(a, path)
    change, reason = BAD[case]
    _tamper(path, lambda d: change(a, d))
    (res,) = import_logs(b, [path])
    assert res.rejected_reason is not None and reason in res.rejected_reason
    assert res.new == 0 and _rows(b) == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"[" * 100_000 + b"]" * 100_000, "nests data deeper"),
        (
            json.dumps({"format": "ledcast-airing-log", "x": [[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]}).encode(),
            "deeper",
        ),
        (b'{"format": "ledcast-airing-log"', "cut short"),
        (b"\xff\xfe garbage", "cut short"),
    ],
)
def test_broken_files_are_refused(pair, tmp_path: Path, data: bytes, reason: str) -> None:  # type: ignore[no-untyped-def]
    _, b = pair
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    (res,) = import_logs(b, [path])
    assert reason in (res.rejected_reason or "") and _rows(b) == []


def test_truncated_unknown_and_revoked_keys(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    path = tmp_path / "a.json"
    export_log(a, path)
    (tmp_path / "cut.json").write_bytes(path.read_bytes()[:-40])
    assert "cut short" in import_logs(b, [tmp_path / "cut.json"])[0].rejected_reason
    stranger = open_for_use(tmp_path / "c")
    try:  # B has never trusted C
        set_self_unit(stranger, "XA-C", "Xã C")
        keys.init_keys(stranger)
        airing.record(stranger, _entry(1))
        export_log(stranger, tmp_path / "c.json")
        assert "no trusted key for unit XA-C" in import_logs(b, [tmp_path / "c.json"])[0].rejected_reason
    finally:
        stranger.close()
    keys.init_keys(a, force=True)  # A signs with a new key B does not know
    export_log(a, tmp_path / "new-key.json")
    assert "signature does not match" in import_logs(b, [tmp_path / "new-key.json"])[0].rejected_reason
    keys.revoke(b, "XA-A")
    assert "was revoked" in import_logs(b, [path])[0].rejected_reason
    assert _rows(b) == []


def test_a_uuid_known_with_other_content_rejects_the_whole_file(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    export_log(a, tmp_path / "a.json")
    doc = json.loads((tmp_path / "a.json").read_text("utf-8"))
    clash = dict(doc["records"][1], media_title="Khác", unit_code="HUYEN-B", recorded_how="manual")
    with b.session() as s:  # B already has that uuid with other content
        s.add(
            Airing(
                **{**clash, **{k: dt.datetime.fromisoformat(clash[k]) for k in ("start_utc", "end_utc", "created_at")}}
            )
        )
    (res,) = import_logs(b, [tmp_path / "a.json"])
    assert res.conflicts == [clash["uuid"]] and clash["uuid"] in res.rejected_reason
    assert len(_rows(b)) == 1  # nothing of the file, the existing row untouched


def test_a_second_void_of_one_airing_is_a_conflict(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    export_log(a, tmp_path / "a.json")
    import_logs(b, [tmp_path / "a.json"])
    target = _rows(a)[0].uuid
    airing.void(b, target, "B voids it here")
    airing.void(a, target, "A voids it too")
    export_log(a, tmp_path / "voids.json")
    (res,) = import_logs(b, [tmp_path / "voids.json"])
    assert res.rejected_reason is not None and target in res.rejected_reason
    assert [r.note for r in _rows(b) if r.voids_uuid] == ["B voids it here"]


def test_a_uuid_twice_in_one_file(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    path = tmp_path / "a.json"
    export_log(a, path)
    _tamper(
        path, lambda d: (d["records"].append(dict(d["records"][0])), d["header"].update(record_count=4), _resign(a, d))
    )
    (res,) = import_logs(b, [path])
    assert (res.new, res.rejected_reason) == (3, None)  # the same record twice is one airing
    _tamper(
        path,
        lambda d: (
            d["records"].append(dict(d["records"][0], note="khác")),
            d["header"].update(record_count=5),
            _resign(a, d),
        ),
    )
    (res,) = import_logs(b, [path])
    assert res.rejected_reason is not None and "different content" in res.rejected_reason


def test_a_file_imported_before_is_known_while_its_signer_is_trusted(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    path = tmp_path / "a.json"
    export_log(a, path)
    assert import_logs(b, [path])[0].new == 3
    again = import_logs(b, [path])[0]
    assert (again.unit_code, again.new, again.known) == ("XA-A", 0, 3)
    keys.revoke(b, "XA-A")  # the same file after its key was revoked: checked in full, refused
    assert "was revoked" in import_logs(b, [path])[0].rejected_reason


def _raw(ws, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    with ws.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def test_imported_times_are_stored_as_text_like_the_local_ones(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The importer hands SQLite its time text itself: it must be the very text the ORM
    writes, or period filters (compared as text) would miss imported rows."""
    a, b = pair
    airing.record(b, _entry(1, "B's own, same start"))
    export_log(a, tmp_path / "a.json")
    import_logs(b, [tmp_path / "a.json"])
    own, imported = (
        _raw(b, f"SELECT start_utc, end_utc, created_at FROM airing WHERE recorded_how {op} 'imported' ORDER BY id")
        for op in ("!=", "=")
    )
    if b.engine.dialect.name == "sqlite":
        assert own[0][0] == imported[0][0] == "2026-11-30 01:00:00.000000"
        assert [r[1] for r in imported] == ["2026-11-30 01:05:00.000000", "2026-11-30 02:05:00.000000", "2026-11-30 03:05:00.000000"]  # fmt: skip
        assert all(len(t) == 26 for r in imported for t in r)
    else:  # a server stores a timestamp: the same one
        assert own[0][0] == imported[0][0] == dt.datetime(2026, 11, 30, 1, 0)
        assert [r[1].hour for r in imported] == [1, 2, 3] and all(r[1].minute == 5 for r in imported)
    from ledcast.core.airing_query import AiringFilter, count

    assert count(b, AiringFilter(unit="XA-A", date_from=dt.date(2026, 11, 30), date_to=dt.date(2026, 11, 30))) == 3


@pytest.mark.parametrize("commit_seconds", [0.0, 1000.0])
def test_a_file_refused_while_storing_leaves_the_files_around_it(  # type: ignore[no-untyped-def]
    pair, tmp_path: Path, monkeypatch, commit_seconds: float
) -> None:
    """Files share a transaction (committed every COMMIT_SECONDS): one refused after
    some of its rows went in is rolled back alone, the files before and after stay."""
    from ledcast.core import exchange_import

    monkeypatch.setattr(exchange_import, "COMMIT_SECONDS", commit_seconds)
    a, b = pair
    export_log(a, tmp_path / "first.json", since_last=True)  # A's three airings
    airing.record(a, _entry(4, "Bốn"))
    export_log(a, tmp_path / "second.json", since_last=True)
    airing.record(a, _entry(5, "Năm"))
    export_log(a, tmp_path / "third.json", since_last=True)
    sent = _rows(a)
    with b.session() as s:  # B has A's second airing with other content: "first" clashes on its 2nd row
        clash = sent[1]
        s.add(Airing(**{c: getattr(clash, c) for c in ("uuid", "unit_code", "outlet_name", "start_utc", "end_utc")},
                     recorded_how="manual", media_title="Khác"))  # fmt: skip
    second, first, third = import_logs(b, [tmp_path / n for n in ("second.json", "first.json", "third.json")])
    assert (second.new, third.new) == (1, 1) and first.rejected_reason and clash.uuid in first.rejected_reason
    assert (first.new, first.known, first.conflicts) == (0, 0, [clash.uuid])
    here = {r.uuid for r in _rows(b)}
    assert here == {clash.uuid, sent[3].uuid, sent[4].uuid}  # not sent[0], which went in before the clash
    assert [r[0] for r in _raw(b, "SELECT records FROM imported_log ORDER BY records")] == [1, 1]
    again = import_logs(b, [tmp_path / "third.json", tmp_path / "second.json", tmp_path / "third.json"])
    assert [(r.new, r.known) for r in again] == [(0, 1), (0, 1), (0, 1)]


def test_the_same_new_file_twice_in_one_import(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    export_log(a, tmp_path / "a.json")
    one, two = import_logs(b, [tmp_path / "a.json", tmp_path / "a.json"])
    assert (one.new, one.known, two.new, two.known) == (3, 0, 0, 3) and len(_rows(b)) == 3


def test_two_voids_of_one_airing_in_one_file_name_it(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    target = _rows(a)[0].uuid
    airing.void(a, target, "Nhầm giờ")
    path = tmp_path / "a.json"
    export_log(a, path)
    twice = lambda d: (  # noqa: E731
        d["records"].append(dict(d["records"][-1], uuid="00000000-0000-4000-8000-000000000001", note="lần hai")),
        d["header"].update(record_count=len(d["records"])),
        _resign(a, d),
    )
    _tamper(path, twice)
    (res,) = import_logs(b, [path])
    assert res.rejected_reason is not None and target in res.rejected_reason and _rows(b) == []


def test_checking_a_big_file_keeps_no_write_lock(pair, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Other writers (the playout log) may write while a big file is checked: what the
    import has stored is committed first, and checking itself takes no lock."""
    from ledcast.core import exchange_import

    monkeypatch.setattr(exchange_import, "COMMIT_SECONDS", 1000.0)
    monkeypatch.setattr(exchange_import, "BIG_FILE", 0)  # every file counts as big
    a, b = pair
    export_log(a, tmp_path / "first.json", since_last=True)
    airing.record(a, _entry(4, "Bốn"))
    export_log(a, tmp_path / "second.json", since_last=True)
    real, calls = exchange_import.read_log, []

    def read_log(ws, data):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:  # while the second file is checked, B's own playout records an airing
            airing.record(b, _entry(6, "B's own, during the import"))
        return real(ws, data)

    monkeypatch.setattr(exchange_import, "read_log", read_log)
    first, second = import_logs(b, [tmp_path / "first.json", tmp_path / "second.json"])
    assert (first.new, second.new) == (3, 1)
    assert sorted(r.media_title for r in _rows(b)) == sorted(["Tin bão lũ", "Nhạc", "Thông báo", "Bốn", "B's own, during the import"])  # fmt: skip


_ODD_TEXT = ["dòng 1\ndòng 2", "cột\tcột", "C:\\loa\\ban-tin", "\\N", "", "Thông báo \\\\t khẩn"]


def _odd_entry(hour: int, note: str) -> airing.AiringEntry:
    start = DAY + dt.timedelta(hours=hour)
    return airing.AiringEntry(
        outlet_name="Loa\tchợ", outlet_kind="speaker", start=start, end=start + dt.timedelta(seconds=61.25),
        recorded_how="manual", title=f"Tin {hour}\\", task_codes=[], utc_offset_min=-90, note=note,
        operator="Nguyễn Văn A" if hour % 2 else "",
    )  # fmt: skip


@pytest.mark.parametrize("files", [1, 3], ids=["in-process", "checking-child"])
def test_every_value_arrives_as_it_was_sent(pair, tmp_path: Path, files: int) -> None:  # type: ignore[no-untyped-def]
    """Text with tabs, line breaks and backslashes (PostgreSQL's COPY escapes them), empty
    and missing values, times to the microsecond: the district's rows equal the commune's."""
    a, b = pair
    airing.record_many(a, [_odd_entry(4 + n, note) for n, note in enumerate(_ODD_TEXT)])
    paths = [export_log(a, tmp_path / "all.json").path]
    if files == 3:  # the same airings in three overlapping files: a checking child prepares them
        paths = [export_log(a, tmp_path / f"{n}.json").path for n in range(3)]
    results = import_logs(b, paths)
    assert results[0].new == 3 + len(_ODD_TEXT) and not any(r.rejected_reason for r in results)
    compared = [c for c in Airing.__table__.columns.keys() if c not in ("id", "recorded_how")]
    sent = {r.uuid: r for r in _rows(a)}
    got = {r.uuid: r for r in _rows(b)}
    assert got.keys() == sent.keys()
    for uuid, row in got.items():
        assert row.recorded_how == "imported"
        assert {c: getattr(row, c) for c in compared} == {c: getattr(sent[uuid], c) for c in compared}
    assert {r.note for r in got.values()} >= {"dòng 1\ndòng 2", "C:\\loa\\ban-tin", "\\N", ""}


def test_the_insert_of_checked_rows_keeps_every_character(workspace) -> None:  # type: ignore[no-untyped-def]
    """What the import writes (executemany on SQLite, COPY's text on PostgreSQL) with the
    characters COPY must escape, read back unchanged."""

    from ledcast.core.exchange_records import NAMES, execute_insert, insert_params

    start = dt.datetime(2026, 3, 1, 6, 0, 0, 123456)
    odd = ["a\tb", "a\nb\r\n", "\\N", "\\", "", "Bản tin \\t\tthời sự"]
    rows = []
    for n, text in enumerate(odd):
        row = dict.fromkeys(NAMES)
        row.update(
            uuid=f"u-{n}", unit_code="XA-A", outlet_name=text, outlet_kind="speaker", media_title=text or "x",
            task_codes="", start_utc=start, end_utc=start + dt.timedelta(seconds=n), utc_offset_min=-n,
            recorded_how="playout", origin="own", language="vi", priority="normal", operator=text, note=text,
            created_at=start, media_sha256=None if n % 2 else "ab" * 32, scheduled_at=start if n % 2 else None,
        )  # fmt: skip
        rows.append(tuple(row[k] for k in NAMES))
    with workspace.engine.begin() as conn:
        execute_insert(conn, *insert_params(conn.dialect, rows))
    back = {r.uuid: r for r in _rows(workspace)}
    for n, text in enumerate(odd):
        r = back[f"u-{n}"]
        assert (r.outlet_name, r.operator, r.note, r.media_title) == (text, text, text, text or "x")
        assert (r.start_utc, r.utc_offset_min, r.recorded_how) == (start, -n, "imported")
        assert r.media_sha256 == (None if n % 2 else "ab" * 32) and r.scheduled_at == (start if n % 2 else None)
