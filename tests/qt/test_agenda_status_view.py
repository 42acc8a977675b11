"""The Agenda page shows whether each past occurrence aired (issue 14): the status
from the airing log, in words and colour, and follows a newly logged airing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from ledcast.core import agenda as ag
from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core.airing import AiringEntry, record_many
from ledcast.core.limits import Size
from ledcast.core.units import set_self_unit
from ledcast.qt.events import AIRINGS, WorkspaceEvents
from ledcast.qt.views.agenda_view import STATUS_COLUMN, STATUS_FG, AgendaView

D = dt.date(2026, 3, 2)


def _log(ws, occ, items: int) -> None:  # type: ignore[no-untyped-def]
    scheduled = occ.start.astimezone()
    record_many(
        ws,
        [
            AiringEntry(
                outlet_name=occ.outlet_name,
                start=scheduled + dt.timedelta(seconds=10 * k),
                end=scheduled + dt.timedelta(seconds=10 * k + 10),
                recorded_how="playout",
                title=f"Ảnh {k}",
                playlist_name=occ.playlist_name,
                scheduled_at=scheduled,
            )
            for k in range(items)
        ],
    )


def test_agenda_shows_aired_partly_missed(qtbot, workspace, media_files, vietnamese) -> None:  # type: ignore[no-untyped-def]
    ws = workspace
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    image = library.import_files(ws, [media_files.png]).added[0]
    outlets.add_outlet(ws, "LED cổng", "screen", Size(640, 360))
    pl.create_playlist(ws, "Vòng LED", "screen", "LED cổng")
    pl.add_items(ws, "Vòng LED", [image.id] * 2, duration_s=10)
    ag.add_schedule(ws, "Vòng LED", date_from=D, date_to=D, times=[dt.time(6), dt.time(12), dt.time(17)])
    morning, noon, evening = ag.agenda(ws, D).occurrences
    _log(ws, morning, 2)
    _log(ws, noon, 1)
    events = WorkspaceEvents()
    view = AgendaView(ws, events=events)
    qtbot.addWidget(view)
    view.date.setDate(QDate(D))
    assert view.table.horizontalHeaderItem(STATUS_COLUMN).text() == "Tình trạng"
    cells = [view.table.item(r, STATUS_COLUMN) for r in range(3)]
    assert [c.text() for c in cells] == ["Đã phát", "Phát một phần", "Bị lỡ"]
    assert [c.foreground().color() for c in cells] == [STATUS_FG[k] for k in ("aired", "partly", "missed")]
    _log(ws, evening, 2)  # logged later (a confirmation): the page follows
    view.show()
    events.announce(None, AIRINGS)
    assert view.table.item(2, STATUS_COLUMN).text() == "Đã phát"
