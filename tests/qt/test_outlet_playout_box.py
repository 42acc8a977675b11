"""The Outlets page's "Play-out from this PC" group (issue 14): what it shows and stores
for each outlet, a device that is gone kept and named, the region outline's geometry."""

from __future__ import annotations

from PySide6.QtCore import QRect

from ledcast.core.limits import Size
from ledcast.core.outlet_playout import outlet_playout, save_outlet_playout
from ledcast.core.outlets import add_outlet
from ledcast.core.screen_items import Region
from ledcast.qt.events import OUTLETS, WorkspaceEvents
from ledcast.qt.views.outlet_playout_box import FLASH_MS
from ledcast.qt.views.outlets_view import OutletsView


def _view(qtbot, ws):  # type: ignore[no-untyped-def]
    events = WorkspaceEvents()
    view = OutletsView(ws, events=events)
    qtbot.addWidget(view)
    view.show()
    return view, events


def _select(view: OutletsView, name: str) -> None:
    for r in range(view.table.rowCount()):
        if view.table.item(r, 0).text() == name:
            view.table.selectRow(r)
            return
    raise AssertionError(name)


def test_choosing_a_region_stores_it_and_announces(qtbot, workspace) -> None:
    add_outlet(workspace, "Màn hình chợ", "screen", Size(384, 192))
    view, events = _view(qtbot, workspace)
    box = view.playout_box
    assert box.isHidden()  # nothing selected
    _select(view, "Màn hình chợ")
    assert box.isVisible() and box.whole.isChecked() and not box.x.isEnabled()
    assert (box.w.value(), box.h.value()) == (384, 192)  # the outlet's own size by default
    heard = []
    events.changed.connect(lambda topics, source: heard.append(topics))
    box.exact.setChecked(True)
    box.x.setValue(1920)
    box.y.setValue(40)
    assert outlet_playout(workspace, "Màn hình chợ").region == Region(1920, 40, 384, 192)
    assert frozenset({OUTLETS}) in heard
    box.sound.setChecked(False)
    assert outlet_playout(workspace, "Màn hình chợ").with_sound is False
    box.whole.setChecked(True)
    stored = outlet_playout(workspace, "Màn hình chợ")
    assert stored.region is None and stored.screen is None  # monitor 1, the main one


def test_switching_outlets_shows_each_ones_values(qtbot, workspace) -> None:
    add_outlet(workspace, "Màn hình A", "screen", Size(640, 360))
    add_outlet(workspace, "Màn hình B", "screen", Size(128, 64))
    add_outlet(workspace, "Loa thôn Đông", "speaker")
    save_outlet_playout(workspace, "Màn hình A", region=Region(10, 20, 640, 360), with_sound=False)
    save_outlet_playout(workspace, "Loa thôn Đông", audio_device="none")
    view, _events = _view(qtbot, workspace)
    box = view.playout_box
    _select(view, "Màn hình A")
    assert box.exact.isChecked() and box.region() == Region(10, 20, 640, 360) and not box.sound.isChecked()
    assert box.audio.isHidden()
    _select(view, "Màn hình B")
    assert box.whole.isChecked() and box.region() == Region(0, 0, 128, 64) and box.sound.isChecked()
    _select(view, "Loa thôn Đông")
    assert box.title().endswith(": Loa thôn Đông")
    assert box.audio.isVisible() and box.monitor.isHidden() and box.sound.isHidden()
    assert box.audio.currentData() == "none" and "clock only" in box.audio.currentText()
    _select(view, "Màn hình A")  # nothing was overwritten by showing the others
    assert outlet_playout(workspace, "Màn hình A").region == Region(10, 20, 640, 360)
    assert box.region() == Region(10, 20, 640, 360)


def test_a_missing_device_is_shown_as_not_connected_and_kept(qtbot, workspace) -> None:
    add_outlet(workspace, "Loa thôn Đông", "speaker")
    save_outlet_playout(workspace, "Loa thôn Đông", audio_device="Loa USB Behringer")
    view, _events = _view(qtbot, workspace)
    box = view.playout_box
    _select(view, "Loa thôn Đông")
    assert box.audio.currentText() == "Loa USB Behringer (not connected)"
    texts = [box.audio.itemText(i) for i in range(box.audio.count())]
    assert texts[:2] == ["System default", "No sound card (clock only)"]
    assert outlet_playout(workspace, "Loa thôn Đông").audio_device == "Loa USB Behringer"
    box.audio.setCurrentIndex(0)
    box.audio.activated.emit(0)
    assert outlet_playout(workspace, "Loa thôn Đông").audio_device is None  # the system default


def test_missing_monitor_is_named_and_kept(qtbot, workspace) -> None:
    add_outlet(workspace, "Màn hình chợ", "screen", Size(384, 192))
    save_outlet_playout(workspace, "Màn hình chợ", screen=5)
    view, _events = _view(qtbot, workspace)
    _select(view, "Màn hình chợ")
    box = view.playout_box
    assert box.monitor.currentText() == "Monitor 6 (not connected)"
    assert box.monitor.itemText(0).startswith("Monitor 1 — ")
    assert outlet_playout(workspace, "Màn hình chợ").screen == 5


def test_show_region_outlines_exactly_that_rectangle(qtbot, workspace) -> None:
    add_outlet(workspace, "Màn hình chợ", "screen", Size(384, 192))
    view, _events = _view(qtbot, workspace)
    _select(view, "Màn hình chợ")
    box = view.playout_box
    box.exact.setChecked(True)
    box.x.setValue(100)
    box.y.setValue(50)
    outline = box.flash_region()
    qtbot.waitExposed(outline)
    assert outline.geometry() == QRect(100, 50, 384, 192)
    assert box.outline_timer.interval() == FLASH_MS
    box.outline_timer.timeout.emit()
    assert outline.isHidden()
