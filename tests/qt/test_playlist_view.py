"""The playlist editor, the schedule dialog, the agenda and the outlets page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from ledcast.core import agenda as ag
from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core import schedule as sched
from ledcast.core.limits import Size
from ledcast.qt.models.media_model import MediaRole
from ledcast.qt.views.agenda_view import OVERLAP_BG, AgendaView
from ledcast.qt.views.outlets_view import OutletsView
from ledcast.qt.views.playlist_view import PlaylistView
from ledcast.qt.views.schedule_dialog import ScheduleDialog


@pytest.fixture
def stocked(workspace, media_files):  # type: ignore[no-untyped-def]
    report = library.import_files(workspace, media_files.good, task_codes=["NV3"])
    media = {m.kind: m for m in report.added}
    outlets.add_outlet(workspace, "LED cổng", "screen", Size(640, 360))
    outlets.add_outlet(workspace, "Loa xã", "speaker")
    pl.create_playlist(workspace, "Vòng LED", "screen", "LED cổng")
    pl.create_playlist(workspace, "Sáng", "speaker", "Loa xã")
    return workspace, media


def _select_playlist(view: PlaylistView, name: str) -> None:
    view.select(pl.get_playlist(view.ws, name).id)
    assert view.items_model.playlist.name == name


def _lib_rows(view: PlaylistView) -> dict[str, int]:
    return {view.lib_proxy.index(r, 0).data(MediaRole).kind: r for r in range(view.lib_proxy.rowCount())}


def test_drag_from_library_and_reorder_by_drag(qtbot, stocked, english, messages) -> None:
    ws, media = stocked
    view = PlaylistView(ws)
    qtbot.addWidget(view)
    _select_playlist(view, "Vòng LED")
    # the library side offers only what a screen can show
    assert set(_lib_rows(view)) == {"image", "video"}
    rows = _lib_rows(view)
    src = view.lib_proxy.mapToSource
    drag = view.lib_model.mimeData(
        [src(view.lib_proxy.index(rows["image"], 0)), src(view.lib_proxy.index(rows["video"], 0))]
    )
    model = view.items_model
    assert model.canDropMimeData(drag, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert model.dropMimeData(drag, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert [i.media.kind for i in model.items] == ["image", "video"]
    assert "0:13" in view.total_label.text()  # 10 s still + 3 s clip
    # drag the video row above the image
    moving = model.mimeData([model.index(1, 0), model.index(1, 1)])
    assert model.dropMimeData(moving, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [i.media.kind for i in model.items] == ["video", "image"]
    assert [i.media.kind for i in pl.get_playlist(ws, "Vòng LED").items] == ["video", "image"]
    assert not model.removeRows(1, 1)  # the view's follow-up removal must not delete anything
    assert len(pl.get_playlist(ws, "Vòng LED").items) == 2
    assert "NV3" in view.tasks_label.text()


def test_wrong_kind_drop_is_refused_with_a_message(qtbot, stocked, english, messages) -> None:
    ws, media = stocked
    view = PlaylistView(ws)
    qtbot.addWidget(view)
    _select_playlist(view, "Sáng")
    drag = view.lib_model.mimeData([view.lib_model.index(r, 0) for r in range(view.lib_model.rowCount())])
    view.items_model.dropMimeData(drag, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert [i.media.kind for i in view.items_model.items] == ["audio"]
    assert messages and messages[-1][0] == "warning"
    assert "audio only" in messages[-1][1]


def test_still_duration_edit_move_and_remove(qtbot, stocked, english, messages) -> None:
    ws, media = stocked
    pl.add_items(ws, "Vòng LED", [media["image"].id, media["video"].id])
    view = PlaylistView(ws)
    qtbot.addWidget(view)
    _select_playlist(view, "Vòng LED")
    model = view.items_model
    dur = model.index(0, model.COLUMNS.index("duration"))
    assert model.flags(dur) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, model.COLUMNS.index("duration"))) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(dur, 7.5)
    assert pl.item_duration(pl.get_playlist(ws, "Vòng LED").items[0]) == 7.5
    assert "0:10" in view.total_label.text() or "0:11" in view.total_label.text()  # 7.5 + 3 s
    view.items_view.selectRow(0)
    view.move_selected(+1)
    assert [i.media.kind for i in pl.get_playlist(ws, "Vòng LED").items] == ["video", "image"]
    view.items_view.selectRow(0)
    view.remove_items()
    assert [i.media.kind for i in pl.get_playlist(ws, "Vòng LED").items] == ["image"]


def test_add_button_adds_selected_library_items(qtbot, stocked, english, messages) -> None:
    ws, media = stocked
    view = PlaylistView(ws)
    qtbot.addWidget(view)
    _select_playlist(view, "Sáng")
    view.lib_view.selectRow(0)
    view.add_button.click()
    assert [i.media.kind for i in pl.get_playlist(ws, "Sáng").items] == ["audio"]


def test_schedule_dialog_counts_airings_and_validates(qtbot, english) -> None:
    dlg = ScheduleDialog("normal", 600)
    qtbot.addWidget(dlg)
    dlg.date_from.setDate(QDate(2026, 12, 7))
    dlg.date_to.setDate(QDate(2026, 12, 13))
    dlg.times.setText("06:00, 17h30")
    for i in (5, 6):  # no weekend
        dlg.day_checks[i].setChecked(False)
    assert "10 airing(s)" in dlg.summary.text()
    v = dlg.values()
    assert v["weekdays"] == frozenset(range(5)) and v["date_from"] == dt.date(2026, 12, 7)
    assert v["times"] == (dt.time(6), dt.time(17, 30))
    dlg.times.setText("25:00")
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    assert "25:00" in dlg.summary.text()


def test_agenda_view_highlights_overlaps(qtbot, stocked, english) -> None:
    ws, media = stocked
    pl.create_playlist(ws, "Khẩn", "speaker", "Loa xã")
    for name in ("Sáng", "Khẩn"):
        pl.add_items(ws, name, [media["audio"].id])
    day = dt.date(2026, 12, 7)
    ag.add_schedule(ws, "Sáng", date_from=day, date_to=day, times=sched.parse_times("06:00"))
    ag.add_schedule(ws, "Khẩn", date_from=day, date_to=day, times=sched.parse_times("06:00:01"), priority="emergency")
    view = AgendaView(ws)
    qtbot.addWidget(view)
    view.date.setDate(QDate(2026, 12, 7))
    assert view.table.rowCount() == 2
    assert "1 overlap" in view.summary.text()
    assert all(view.table.item(r, 0).background().color() == OVERLAP_BG for r in range(2))
    view.span.setCurrentIndex(view.span.findData(7))
    view.date.setDate(QDate(2026, 12, 8))  # its week starts on Monday the 7th
    assert view.table.rowCount() == 2
    view.date.setDate(QDate(2026, 12, 14))
    assert view.table.rowCount() == 0


def test_outlets_page_add_edit_remove(qtbot, workspace, english, messages, monkeypatch) -> None:
    from ledcast.qt.views import outlets_view as ov

    view = OutletsView(workspace)
    qtbot.addWidget(view)

    def fake_exec(values):  # type: ignore[no-untyped-def]
        calls = iter([True, False])

        def exec_(dlg) -> bool:  # type: ignore[no-untyped-def]
            ok = next(calls)
            if ok:
                for attr, value in values.items():
                    widget = getattr(dlg, attr)
                    if attr == "kind":
                        widget.setCurrentIndex(widget.findData(value))
                    elif hasattr(widget, "setValue"):
                        widget.setValue(value)
                    else:
                        widget.setText(value)
            return ok

        return exec_

    monkeypatch.setattr(ov.OutletDialog, "exec", fake_exec({"name": "LED dọc", "width": 64, "height": 256}))
    view.add_outlet()
    o = outlets.get_outlet(workspace, "LED dọc")
    assert (o.width, o.height, o.fps) == (64, 256, 25)
    assert view.table.rowCount() == 1
    view.table.selectRow(0)
    monkeypatch.setattr(ov.OutletDialog, "exec", fake_exec({"width": 128, "height": 64}))
    view.edit_outlet()
    assert (outlets.get_outlet(workspace, "LED dọc").width, outlets.get_outlet(workspace, "LED dọc").height) == (
        128,
        64,
    )
    pl.create_playlist(workspace, "Vòng", "screen", "LED dọc")
    view.table.selectRow(0)
    view.remove_outlet()  # in use: asks (recorded answer: Yes), then unbinds
    assert messages[-1][0] == "question" and "Vòng" in messages[-1][1]
    assert outlets.list_outlets(workspace) == []


def test_duration_editor_allows_long_stills_and_refuses_zero(qtbot, stocked, english, messages) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox, QStyleOptionViewItem

    ws, media = stocked
    pl.add_items(ws, "Vòng LED", [media["image"].id])
    view = PlaylistView(ws)
    qtbot.addWidget(view)
    _select_playlist(view, "Vòng LED")
    model = view.items_model
    col = model.COLUMNS.index("duration")
    editor = view.items_view.itemDelegateForColumn(col).createEditor(
        view.items_view, QStyleOptionViewItem(), model.index(0, col)
    )
    assert isinstance(editor, QDoubleSpinBox) and editor.maximum() == 3600 and editor.minimum() == 1
    assert model.setData(model.index(0, col), 120.0)
    assert "2:00" in view.total_label.text()
    assert not model.setData(model.index(0, col), 0.0)
    assert messages and messages[-1][0] == "warning"
    assert pl.item_duration(pl.get_playlist(ws, "Vòng LED").items[0]) == 120.0
