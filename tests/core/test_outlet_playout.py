"""Where each outlet plays out from this PC: stored per outlet, survives a rename,
goes with the outlet, damaged values fall back to the defaults."""

from __future__ import annotations

import pytest

from ledcast.core.db.models import Setting
from ledcast.core.errors import LedcastError
from ledcast.core.limits import Size
from ledcast.core.outlet_playout import NULL_DEVICE, OutletPlayout, outlet_playout, save_outlet_playout
from ledcast.core.outlets import add_outlet, get_outlet, remove_outlet, update_outlet
from ledcast.core.screen_items import Region


def test_stored_per_outlet_and_kept_across_a_rename(workspace) -> None:  # type: ignore[no-untyped-def]
    add_outlet(workspace, "Loa trung tâm", "speaker")
    add_outlet(workspace, "LED chợ", "screen", size=Size(384, 192))
    assert outlet_playout(workspace, "Loa trung tâm") == OutletPlayout()
    save_outlet_playout(workspace, "Loa trung tâm", audio_device="Loa ngoài (USB)")
    save_outlet_playout(workspace, "LED chợ", region=Region(1366, 0, 384, 192), with_sound=False)
    save_outlet_playout(workspace, "LED chợ", screen=1)  # other fields stay
    led = outlet_playout(workspace, "LED chợ")
    assert led == OutletPlayout(None, 1, Region(1366, 0, 384, 192), False)
    update_outlet(workspace, get_outlet(workspace, "Loa trung tâm").id, name="Loa thôn 1")
    assert outlet_playout(workspace, "Loa thôn 1").audio_device == "Loa ngoài (USB)"
    save_outlet_playout(workspace, "Loa thôn 1", audio_device=NULL_DEVICE)
    assert outlet_playout(workspace, "Loa thôn 1").audio_device == "none"
    assert save_outlet_playout(workspace, "LED chợ", region=None).region is None
    with pytest.raises(LedcastError):
        save_outlet_playout(workspace, "LED chợ", screen=99)


def test_goes_with_the_outlet_and_damage_falls_back(workspace) -> None:  # type: ignore[no-untyped-def]
    o = add_outlet(workspace, "LED", "screen", size=Size(384, 192))
    save_outlet_playout(workspace, "LED", screen=2)
    with workspace.session() as s:
        s.get(Setting, f"outlet.{o.id}.playout").value = {"screen": "x", "region": [1, 2], "with_sound": 3}
    assert outlet_playout(workspace, "LED") == OutletPlayout()
    remove_outlet(workspace, o.id)
    with workspace.session() as s:
        assert s.get(Setting, f"outlet.{o.id}.playout") is None
