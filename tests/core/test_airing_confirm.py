"""Confirming an export (issue 11): one row per item per scheduled session, taken from
what the export recorded, idempotent, all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from media_factory import make_wav
from sqlalchemy import func, select

from ledcast.core import agenda, export, library
from ledcast.core import airing_confirm as ac
from ledcast.core import airing_query as aq
from ledcast.core import playlist as pl
from ledcast.core.airing_query import AiringFilter
from ledcast.core.db.models import Airing, Export
from ledcast.core.errors import LedcastError
from ledcast.core.units import set_self_unit

# exports here are about other things than approval: playlist items are signed off
pytestmark = pytest.mark.usefixtures("approved_playlists")

D1, D2 = dt.date(2026, 3, 2), dt.date(2026, 3, 3)
TITLES = ["Bản tin sáng", "Tuyên truyền phòng cháy", "Nhạc hiệu"]


@pytest.fixture
def exported(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A speaker playlist of 3 items on "Loa trung tâm", 06:00 and 17:00 every day of a
    week, exported: (workspace, export id, media ids)."""
    ws = workspace
    src = tmp_path / "src"
    src.mkdir()
    ids = []
    for i, (title, tasks) in enumerate(zip(TITLES, (["NV2"], ["NV3", "NV2"], []))):
        wav = make_wav(src, f"m{i}.wav", seconds=1.0 + i, freq=330 + 110 * i)
        (m,) = library.import_files(ws, [wav], task_codes=tasks).added
        library.rename_media(ws, m.id, title)
        ids.append(m.id)
    from ledcast.core.outlets import add_outlet

    add_outlet(ws, "Loa trung tâm", "speaker")
    pl.create_playlist(ws, "Phát thanh hằng ngày", "speaker", outlet="Loa trung tâm")
    pl.add_items(ws, "Phát thanh hằng ngày", ids)
    agenda.add_schedule(
        ws, "Phát thanh hằng ngày", date_from=D1, date_to=D1 + dt.timedelta(days=6), times=[dt.time(6), dt.time(17)]
    )
    res = export.export_speaker(ws, "Phát thanh hằng ngày", tmp_path / "usb")
    return ws, res.export_id, ids


def _rows(ws) -> list[Airing]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return list(s.scalars(select(Airing).order_by(Airing.start_utc, Airing.id)))


def test_manifest_keeps_what_a_confirmation_needs(exported) -> None:  # type: ignore[no-untyped-def]
    ws, export_id, _ = exported
    with ws.session() as s:
        m = s.get(Export, export_id).manifest
    assert m["schedules"][0]["times"] == "06:00,17:00" and m["schedules"][0]["date_from"] == "2026-03-02"
    assert m["schedule_duration_s"] > 0
    items = [x for x in m["items"] if x["role"] == "item"]
    assert [x["title"] for x in items] == TITLES
    assert items[0]["offset_s"] == 0 and items[1]["offset_s"] >= items[0]["duration_s"]


def test_two_sessions_three_items_two_days_is_twelve_rows_once(exported) -> None:  # type: ignore[no-untyped-def]
    ws, export_id, _ = exported
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    occs = ac.occurrences(ws, export_id, D1, D2)
    assert [(o.number, o.start.strftime("%d %H:%M")) for o in occs] == [
        (1, "02 06:00"),
        (2, "02 17:00"),
        (3, "03 06:00"),
        (4, "03 17:00"),
    ]
    assert [i.title for i in occs[0].items] == TITLES

    first = ac.confirm(ws, export_id, D1, D2)
    assert (first.added, first.already, first.sessions) == (12, 0, 4)
    rows = _rows(ws)
    assert len(rows) == 12 and {r.recorded_how for r in rows} == {"confirmed"}
    assert {r.outlet_name for r in rows} == {"Loa trung tâm"} and {r.unit_code for r in rows} == {"XA-TC"}
    assert [r.media_title for r in rows[:3]] == TITLES
    assert [r.task_codes for r in rows[:3]] == ["NV2", "NV2,NV3", ""]
    local = [r.start_utc + dt.timedelta(minutes=r.utc_offset_min) for r in rows]
    assert local[0] == dt.datetime(2026, 3, 2, 6, 0)
    items = occs[0].items
    for r, item, at in zip(rows[:3], items, local[:3]):
        assert (r.end_utc - r.start_utc).total_seconds() == pytest.approx(item.duration_s, abs=0.001)
        assert at == dt.datetime(2026, 3, 2, 6, 0) + dt.timedelta(seconds=item.offset_s)
    assert local[1] >= local[0] + dt.timedelta(seconds=items[0].duration_s)  # items follow one another
    assert aq.count(ws, AiringFilter(date_from=D2, date_to=D2, task="NV3")) == 2

    again = ac.confirm(ws, export_id, D1, D2)
    assert (again.added, again.already) == (0, 12)
    wider = ac.confirm(ws, export_id, D2, D2 + dt.timedelta(days=1), skip={4})  # 4 = 04/03 17:00
    assert (wider.added, wider.already, wider.skipped) == (3, 6, 1)
    assert len(_rows(ws)) == 15


def test_later_edits_of_media_do_not_change_a_confirmation(exported) -> None:  # type: ignore[no-untyped-def]
    ws, export_id, ids = exported
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    shas = [library.get_media(ws, i).sha256 for i in ids]
    library.rename_media(ws, ids[0], "Tên mới")
    library.set_tasks(ws, [ids[2]], ["NV5"])
    pl.delete_playlist(ws, "Phát thanh hằng ngày")
    library.remove_media(ws, ids[1])
    assert ac.confirm(ws, export_id, D1, D1).added == 6
    rows = _rows(ws)
    assert [r.media_title for r in rows[:3]] == TITLES
    assert [r.media_sha256 for r in rows[:3]] == shas
    assert rows[2].task_codes == ""


def test_bad_input_is_refused_and_writes_nothing(exported, lang_en) -> None:  # type: ignore[no-untyped-def]
    ws, export_id, _ = exported
    with pytest.raises(LedcastError, match="ledcast unit set"):
        ac.confirm(ws, export_id, D1, D2)
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    cases = [
        ((999, D1, D1), "No export with id 999"),
        ((export_id, dt.date(2026, 4, 1), dt.date(2026, 4, 1)), "nothing scheduled from 01/04/2026 to 01/04/2026"),
        ((export_id, D2, D1), "ends"),
        ((export_id, dt.date(1990, 1, 1), D1), "outside the years"),
    ]
    for args, message in cases:
        with pytest.raises(LedcastError, match=message):
            ac.confirm(ws, *args)
    with pytest.raises(LedcastError, match="no session 5 to skip"):
        ac.confirm(ws, export_id, D1, D2, skip={1, 5})
    with ws.session() as s:
        assert s.scalar(select(func.count()).select_from(Airing)) == 0


def test_exports_without_an_outlet_or_a_schedule_are_refused(  # type: ignore[no-untyped-def]
    workspace, media_files, tmp_path, lang_en
) -> None:
    from ledcast.core.outlets import add_outlet

    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    (m,) = library.import_files(workspace, [media_files.wav]).added
    add_outlet(workspace, "Loa thôn 3", "speaker")
    for name, outlet, message in [
        ("Không điểm phát", None, "without an outlet"),
        ("Không lịch", "Loa thôn 3", "no schedule"),
    ]:
        pl.create_playlist(workspace, name, "speaker", outlet=outlet)
        pl.add_items(workspace, name, [m.id])
        res = export.export_speaker(workspace, name, tmp_path / name)
        with pytest.raises(LedcastError, match=message):
            ac.confirm(workspace, res.export_id, D1, D1)
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(Airing)) == 0


def test_a_time_window_is_confirmed_pass_by_pass(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An all-day loop (a time window) airs its items once per pass: the confirmation
    counts the passes, each pass timed back to back, and stays idempotent."""
    from media_factory import make_png

    from ledcast.core.limits import Size
    from ledcast.core.outlets import add_outlet

    ws = workspace
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    ids = [
        m.id
        for m in library.import_files(
            ws, [make_png(tmp_path, f"p{i}.png", color=(40 * i, 90, 200)) for i in range(2)]
        ).added
    ]
    add_outlet(ws, "LED cổng", "screen", size=Size(64, 32))
    pl.create_playlist(ws, "Vòng LED", "screen", outlet="LED cổng")
    pl.add_items(ws, "Vòng LED", ids, duration_s=5)  # a 10 s loop
    agenda.add_schedule(ws, "Vòng LED", date_from=D1, date_to=D1, times=[dt.time(6)], window_end=dt.time(6, 1))
    res = export.export_screen(ws, "Vòng LED", tmp_path / "usb")
    (occ,) = ac.occurrences(ws, res.export_id, D1, D1)
    assert occ.passes == 6 and occ.pass_starts()[-1].strftime("%H:%M:%S") == "06:00:50"
    first = ac.confirm(ws, res.export_id, D1, D1)
    assert (first.added, first.sessions) == (12, 1)  # 6 passes × 2 items
    starts = [r.start_utc.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%H:%M:%S") for r in _rows(ws)]
    assert starts[:4] == ["06:00:00", "06:00:05", "06:00:10", "06:00:15"]
    assert ac.confirm(ws, res.export_id, D1, D1).added == 0
