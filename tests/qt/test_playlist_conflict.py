"""Two operators on one playlist (issue 16): the page saves with the version it loaded;
when another operator (here through core, as another PC would) saved in between, the
page refuses its edit, says so and shows the playlist as it is now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.qt.views.playlist_view import PlaylistView


@pytest.fixture
def page(qtbot, workspace, media_files):  # type: ignore[no-untyped-def]
    media = {m.kind: m for m in library.import_files(workspace, media_files.good).added}
    pl.create_playlist(workspace, "Vòng LED", "screen")
    pl.add_items(workspace, "Vòng LED", [media["image"].id, media["video"].id])
    view = PlaylistView(workspace)
    qtbot.addWidget(view)
    view.select(pl.get_playlist(workspace, "Vòng LED").id)
    return view, media


def _other_operator_reverses(ws) -> list[int]:  # type: ignore[no-untyped-def]
    p = pl.get_playlist(ws, "Vòng LED")
    order = [i.id for i in reversed(p.items)]
    pl.reorder(ws, p.id, order, expected=p.version)
    return order


def test_a_stale_remove_is_refused_with_the_message_and_the_page_reloads(page, english, messages) -> None:
    view, _media = page
    ws = view.ws
    shown = [i.id for i in view.items_model.items]
    order = _other_operator_reverses(ws)
    view.items_view.selectRow(0)
    view.remove_items()
    assert [i.id for i in pl.get_playlist(ws, "Vòng LED").items] == order  # nothing removed
    assert messages and messages[-1][0] == "warning"
    assert messages[-1][1].startswith("Another operator has just changed this playlist")
    assert [i.id for i in view.items_model.items] == order != shown  # reloaded: the other's order shown
    view.items_view.selectRow(0)  # now on the fresh version: the edit goes through
    view.remove_items()
    assert [i.id for i in pl.get_playlist(ws, "Vòng LED").items] == order[1:]
    assert [i.id for i in view.items_model.items] == order[1:]


@pytest.mark.parametrize("edit", ["duration", "drop", "priority", "move", "delete"])
def test_every_edit_of_the_page_is_refused_on_a_stale_version(page, english, messages, edit: str) -> None:
    view, media = page
    ws = view.ws
    model = view.items_model
    order = _other_operator_reverses(ws)
    version = pl.get_playlist(ws, "Vòng LED").version
    if edit == "duration":
        still = next(r for r, i in enumerate(model.items) if i.media.kind == "image")
        assert not model.setData(model.index(still, model.COLUMNS.index("duration")), 42.0)
    elif edit == "drop":
        drag = view.lib_model.mimeData([view.lib_model.index(0, 0)])
        assert not model.dropMimeData(drag, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    elif edit == "priority":
        view.priority_combo.setCurrentIndex(view.priority_combo.findData("emergency"))
        view._on_priority()
    elif edit == "move":
        view.items_view.selectRow(0)
        view.move_selected(+1)
    else:
        view.delete_playlist()
    p = pl.get_playlist(ws, "Vòng LED")  # still there, untouched
    assert (p.version, [i.id for i in p.items], p.priority) == (version, order, "normal")
    assert [i.duration_s for i in p.items] == [None, None]
    assert messages[-1][1].startswith("Another operator has just changed this playlist")
    assert [i.id for i in model.items] == order and model.playlist.version == version


def test_the_page_shows_a_playlist_deleted_meanwhile_as_gone(page, english, messages) -> None:
    view, _media = page
    ws = view.ws
    pl.create_playlist(ws, "Chiều", "screen")
    pl.delete_playlist(ws, "Vòng LED")
    view.items_view.selectRow(0)
    view.remove_items()
    assert messages[-1][1].startswith("Another operator has just changed this playlist")
    assert view.items_model.playlist.name == "Chiều"
    assert [view.list.item(r).text().split("\n")[0] for r in range(view.list.count())] == ["Chiều"]


def test_a_stale_schedule_removal_is_refused_and_the_page_reloads(page, english, messages) -> None:
    import datetime as dt

    from ledcast.core import agenda as ag

    view, _media = page
    ws = view.ws
    rule = {"date_from": dt.date(2026, 12, 1), "date_to": dt.date(2026, 12, 31), "times": [dt.time(6, 0)]}
    first = ag.add_schedule(ws, "Vòng LED", **rule)
    view.refresh()
    assert view.schedules.rowCount() == 1
    second = ag.add_schedule(ws, "Vòng LED", **{**rule, "times": [dt.time(18, 0)]})  # another PC
    view.schedules.selectRow(0)
    view.remove_schedule()
    assert [x.id for x in pl.get_playlist(ws, "Vòng LED").schedules] == [first.id, second.id]
    assert messages[-1][1].startswith("Another operator has just changed this playlist")
    assert view.schedules.rowCount() == 2  # shown as it is now
    view.schedules.selectRow(0)  # the page's version is fresh again: the removal goes through
    view.remove_schedule()
    assert len(pl.get_playlist(ws, "Vòng LED").schedules) == 1
    view.items_view.selectRow(0)  # and item edits after a schedule edit are not refused as stale
    view.remove_items()
    assert len(pl.get_playlist(ws, "Vòng LED").items) == 1
