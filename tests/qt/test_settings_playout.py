"""The Settings page's play-out rules (issue 14): stored on change, read back by
core.playout_settings, within their bounds."""

from __future__ import annotations

from ledcast.core.playout_settings import PlayoutSettings, playout_settings, save_playout_settings
from ledcast.qt.events import SETTINGS, WorkspaceEvents
from ledcast.qt.views.settings_playout import PlayoutRulesBox, PlayoutTab
from ledcast.qt.views.settings_view import SettingsView


def _box(qtbot, ws, events=None) -> PlayoutRulesBox:  # type: ignore[no-untyped-def]
    view = SettingsView(ws, events=events)
    qtbot.addWidget(view)
    tab = view.tabs.widget(2)
    assert isinstance(tab, PlayoutTab)
    return tab.box


def test_changing_a_rule_stores_it(qtbot, workspace) -> None:
    events = WorkspaceEvents()
    box = _box(qtbot, workspace, events)
    assert (box.after_emergency.currentData(), box.grace.value(), box.share.value()) == ("resume", 2, 80)
    heard = []
    events.changed.connect(lambda topics, source: heard.append(topics))
    box.after_emergency.setCurrentIndex(box.after_emergency.findData("skip"))
    box.after_emergency.activated.emit(box.after_emergency.currentIndex())
    box.grace.setValue(15)
    box.share.setValue(55)
    assert playout_settings(workspace) == PlayoutSettings("skip", 900.0, 0.55)
    assert frozenset({SETTINGS}) in heard


def test_bounds_and_what_is_stored_elsewhere(qtbot, workspace) -> None:
    save_playout_settings(workspace, grace_s=90.0, min_share=0.3)  # as `ledcast settings playout` would
    box = _box(qtbot, workspace)
    assert (box.grace.value(), box.share.value()) == (2, 30)
    box.share.setValue(35)
    assert playout_settings(workspace).grace_s == 90.0  # not rounded away by a change of another rule
    assert (box.grace.minimum(), box.grace.maximum()) == (0, 30)
    assert (box.share.minimum(), box.share.maximum()) == (10, 100)
    box.grace.setValue(99)  # clamped by the box, never refused by the core
    box.share.setValue(1)
    assert playout_settings(workspace) == PlayoutSettings("resume", 1800.0, 0.1)
