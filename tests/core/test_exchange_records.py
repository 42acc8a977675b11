"""The column-by-column record checks agree with the record-by-record reference: the
fast pass accepts exactly what check_record accepts, and a wrong record is refused
with the same number and field whichever pass finds it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ledcast.core.exchange_records import NAMES, Rejected, _columns, check_record, check_records

CODE = "XA-A"


def _record(n: int = 0, **change: Any) -> dict[str, Any]:
    start = dt.datetime(2026, 11, 30, 1, 0) + dt.timedelta(minutes=7 * n)
    record = {
        "uuid": f"00000000-0000-4000-8000-{n:012d}", "unit_code": CODE, "outlet_name": "Loa trung tâm xã",
        "outlet_kind": "speaker", "media_sha256": None, "media_title": "Tin bão lũ", "task_codes": "NV3",
        "plan_code": None, "playlist_name": None, "scheduled_at": None, "start_utc": start.isoformat(),
        "end_utc": (start + dt.timedelta(minutes=5)).isoformat(), "utc_offset_min": 420, "recorded_how": "playout",
        "origin": "own", "language": "vi", "priority": "normal", "operator": "", "note": "ghi chú",
        "voids_uuid": None, "created_at": (start + dt.timedelta(minutes=6)).isoformat(),
    }  # fmt: skip
    record.update(change)
    return record


def _reference(records: list[Any]) -> list[tuple[Any, ...]]:
    return [check_record(n, r, CODE) for n, r in enumerate(records, 1)]


GOOD = {
    "plain": {},
    "optional fields set": {
        "media_sha256": "ab" * 32,
        "plan_code": "KH-2026",
        "playlist_name": "Sáng",
        "scheduled_at": "2026-11-30T00:59:30.250000",
        "voids_uuid": "00000000-0000-4000-8000-999999999999",
    },  # fmt: skip
    "negative offset at the bound": {"utc_offset_min": -1440},
    "empty texts": {"outlet_kind": "", "media_title": "", "task_codes": ""},
    "a void with a long note": {"note": "x" * 10_000},
    "microseconds": {"start_utc": "2026-11-30T01:00:00.000001", "end_utc": "2026-11-30T01:00:00.000001"},
}


@pytest.mark.parametrize("case", list(GOOD))
def test_good_records_give_the_same_rows_both_ways(case: str) -> None:
    records = [_record(0), _record(1, **GOOD[case]), _record(2, scheduled_at="2026-11-30T01:10:00")]
    fast = _columns(records, CODE)
    assert fast is not None and fast == _reference(records) == check_records(records, CODE)
    assert fast[1][NAMES.index("start_utc")] == dt.datetime.fromisoformat(records[1]["start_utc"])


BAD: dict[str, Any] = {
    "not a dict": ["uuid"],
    "missing field": {"drop": "start_utc"},
    "extra field": {"id": 1},
    "extra and missing": {"drop": "note", "notes": ""},
    "int as text": {"utc_offset_min": "420"},
    "bool as int": {"utc_offset_min": True},
    "float": {"utc_offset_min": 420.0},
    "offset too large": {"utc_offset_min": 1441},
    "text as int": {"media_title": 5},
    "None where required": {"media_title": None},
    "None time": {"start_utc": None},
    "too long": {"operator": "x" * 10_001},
    "too long optional": {"plan_code": "x" * 10_001},
    "nested": {"note": ["a"]},
    "bad time": {"end_utc": "hôm qua"},
    "bad optional time": {"scheduled_at": "mai"},
    "time zone": {"start_utc": "2026-11-30T01:00:00+07:00"},
    "optional time zone": {"scheduled_at": "2026-11-30T01:00:00+00:00"},
    "bad choice": {"origin": "x"},
    "recorded how": {"recorded_how": "invented"},
    "empty uuid": {"uuid": ""},
    "ends before it starts": {"end_utc": "2026-11-30T00:00:00"},
    "another unit": {"unit_code": "XA-Z"},
}


def _bad(change: Any) -> Any:
    if not isinstance(change, dict):
        return change
    record = _record(1, **{k: v for k, v in change.items() if k != "drop"})
    record.pop(change.get("drop", ""), None)
    return record


@pytest.mark.parametrize("case", list(BAD))
def test_a_wrong_record_is_refused_with_the_reference_reason(case: str) -> None:
    records = [_record(0), _record(1), _bad(BAD[case]), _record(3)]
    assert _columns(records, CODE) is None
    with pytest.raises(Rejected) as reference:
        _reference(records)
    with pytest.raises(Rejected) as checked:
        check_records(records, CODE)
    assert checked.value.message() == reference.value.message()
    assert checked.value.message().startswith(("record 3", "record 3:"))


def test_the_first_wrong_record_is_named() -> None:
    records = [_record(0), _record(1, origin="x"), _record(2, utc_offset_min="1")]
    with pytest.raises(Rejected) as checked:
        check_records(records, CODE)
    assert "record 2" in checked.value.message() and "origin" in checked.value.message()


def test_no_records() -> None:
    assert check_records([], CODE) == []


def test_the_signed_bytes_are_the_canonical_serialisation() -> None:
    """signed_bytes builds exchange.canonical's bytes another way: any difference would
    refuse every honest file (or, worse, accept an altered one)."""
    from ledcast.core.exchange import canonical
    from ledcast.core.exchange_records import signed_bytes

    tricky = ['"quoted" \\ back', "line\nbreak\ttab\r", "\x00\x1f\x7f", "Việt Nam ✓ 🎵", "\u2028\u2029", "</script>"]
    records = [_record(n, **change) for n, change in enumerate(GOOD.values())]
    records += [_record(10 + n, note=text, operator=text[::-1], plan_code=text) for n, text in enumerate(tricky)]
    records.append(_record(20, utc_offset_min=-0, media_sha256=None, note=""))
    header = {"unit_code": CODE, "unit_name": "Xã \"Tân\" Cương", "period": {"to": None, "from": "2026-11-01"},
              "record_count": len(records), "created": "2026-12-01T00:00:00", "signer_fingerprint": "AB12"}  # fmt: skip
    check_records(records, CODE)
    assert signed_bytes(header, records) == canonical(header, records)
    assert signed_bytes(header, []) == canonical(header, [])
