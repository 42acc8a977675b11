"""What the app's Send log… relies on (ledcast.core.exchange_send) and the import's
progress and cancel between files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exchange_factory import entry, unit_with_key
from sqlalchemy import func, select

from ledcast.core import airing, keys
from ledcast.core.db.models import Airing
from ledcast.core.exchange_import import import_logs
from ledcast.core.exchange_send import send_dir, send_log, suggested_name, to_send
from ledcast.core.jobs import Cancelled
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit


@pytest.fixture
def commune(tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = unit_with_key(tmp_path / "xa", "XA-TÂN CƯƠNG/1", "Xã Tân Cương", dt.date(2026, 11, 20), ["Sáng", "Trưa"])
    airing.record(ws, entry(dt.date(2026, 11, 25), 6))
    yield ws
    ws.close()


def test_to_send_counts_what_the_file_holds_and_send_log_writes_nothing_when_empty(commune, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = commune
    first = to_send(ws, since_last=True)
    assert (first.unit_code, first.records, first.sent_before, first.last_sent_at) == ("XA-TÂN CƯƠNG/1", 3, False, None)
    assert to_send(ws, dt.date(2026, 11, 20), dt.date(2026, 11, 20)).records == 2
    (tmp_path / "out").mkdir()
    done = send_log(ws, tmp_path / "out" / "1.json")
    assert done is not None and done.records == 3 and done.path.is_file()
    assert send_dir(ws) == str(tmp_path / "out")
    after = to_send(ws, since_last=True)
    assert after.records == 0 and after.sent_before and after.last_sent_at is not None
    assert abs(after.last_sent_at - dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)) < dt.timedelta(minutes=1)
    assert send_log(ws, tmp_path / "out" / "2.json") is None
    assert not (tmp_path / "out" / "2.json").exists()
    assert send_log(ws, tmp_path / "out" / "3.json", (dt.date(2026, 11, 1), dt.date(2026, 11, 2))) is None
    airing.record(ws, entry(dt.date(2026, 11, 26), 6))
    assert to_send(ws, since_last=True).records == 1


def test_suggested_name_is_ascii_and_safe() -> None:
    assert suggested_name("XA-TÂN CƯƠNG/1", dt.date(2026, 12, 2)) == "nhat-ky-xa-tan-cuong-1-2026-12-02.json"
    assert suggested_name("", dt.date(2026, 12, 2)) == "nhat-ky-don-vi-2026-12-02.json"


def test_import_reports_progress_and_cancels_between_files(commune, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    district = open_for_use(tmp_path / "huyen")
    set_self_unit(district, "HUYEN", "Huyện Đại Từ")
    keys.trust(district, keys.public_key_file(commune))
    files = []
    for n in range(3):
        airing.record(commune, entry(dt.date(2026, 11, 27 + n), 8, f"Tin {n}"))
        files.append(send_log(commune, tmp_path / f"{n}.json").path)  # type: ignore[union-attr]
    seen: list[tuple[float, str]] = []
    asked = iter([False, False, True])  # the operator cancels while the second file is read
    with pytest.raises(Cancelled) as cancelled:
        import_logs(district, files, progress=lambda f, label: seen.append((f, label)), cancel=lambda: next(asked))
    done = cancelled.value.partial
    assert [r.path for r in done] == files[:2] and [r.new for r in done] == [4, 1]
    assert seen == [(0.0, "0.json"), (pytest.approx(1 / 3), "1.json")]
    with district.session() as s:
        assert s.scalar(select(func.count()).select_from(Airing).where(Airing.unit_code != "HUYEN")) == 5
    seen.clear()
    rest = import_logs(district, files, progress=lambda f, label: seen.append((f, label)))
    assert [(r.new, r.known) for r in rest] == [(0, 4), (0, 1), (1, 0)] and seen[-1] == (1.0, "")
    district.close()
