"""Playlists and outlets on real imported media."""

from __future__ import annotations

import pytest

from ledcast.core import library, outlets
from ledcast.core import playlist as pl
from ledcast.core.errors import LedcastError
from ledcast.core.limits import Size


@pytest.fixture
def stocked(workspace, media_files):  # type: ignore[no-untyped-def]
    """A workspace with a WAV (2 s), a PNG (640x360) and an MP4 (3 s, 320x240) imported."""
    report = library.import_files(workspace, media_files.good, task_codes=["NV3"])
    media = {m.kind: m for m in report.added}
    library.set_tasks(workspace, [media["video"].id], ["NV5", "NV3"])
    outlets.add_outlet(workspace, "LED cổng chào", "screen", Size(384, 192), 25)
    outlets.add_outlet(workspace, "Loa xã", "speaker")
    return workspace, media


def test_outlet_sizes_including_tiny_and_portrait(workspace) -> None:
    for name, size in (("a", "128x64"), ("b", "192×96"), ("c", "64x256"), ("d", "3840x2160")):
        o = outlets.add_outlet(workspace, name, "screen", Size.parse(size))
        assert f"{o.width}x{o.height}" == size.replace("×", "x")
    for bad in ("0x10", "384", "99999x10", "abc"):
        with pytest.raises(LedcastError):
            outlets.add_outlet(workspace, f"bad {bad}", "screen", Size.parse(bad))
    with pytest.raises(LedcastError):
        outlets.add_outlet(workspace, "no size", "screen")


def test_outlet_edit_and_remove_in_use(stocked) -> None:
    ws, _media = stocked
    led = outlets.get_outlet(ws, "LED cổng chào")
    outlets.update_outlet(ws, led.id, name="LED chợ", size=Size(768, 192), location="Chợ trung tâm")
    led = outlets.get_outlet(ws, led.id)
    assert (led.name, led.width, led.height, led.location) == ("LED chợ", 768, 192, "Chợ trung tâm")
    p = pl.create_playlist(ws, "Vòng LED", "screen", "LED chợ")
    with pytest.raises(LedcastError) as err:
        outlets.remove_outlet(ws, led.id)
    assert "Vòng LED" in err.value.message()
    assert outlets.get_outlet(ws, led.id)  # still there
    outlets.remove_outlet(ws, led.id, force=True)
    assert pl.get_playlist(ws, p.id).outlet is None
    assert [o.name for o in outlets.list_outlets(ws)] == ["Loa xã"]


def test_playlist_kind_must_match_outlet(stocked) -> None:
    ws, _ = stocked
    with pytest.raises(LedcastError):
        pl.create_playlist(ws, "x", "speaker", "LED cổng chào")
    with pytest.raises(LedcastError):
        pl.create_playlist(ws, "x", "radio")
    pl.create_playlist(ws, "Sáng", "speaker", "Loa xã")
    with pytest.raises(LedcastError):
        pl.create_playlist(ws, "Sáng", "speaker")


def test_wrong_kind_items_are_refused_with_a_reason(stocked) -> None:
    ws, media = stocked
    pl.create_playlist(ws, "Sáng", "speaker", "Loa xã")
    res = pl.add_items(ws, "Sáng", [media["audio"].id, media["image"].id, media["video"].id])
    assert len(res.added) == 1
    assert {mid for mid, _ in res.refused} == {media["image"].id, media["video"].id}
    assert all("audio only" in e.message() for _, e in res.refused)
    pl.create_playlist(ws, "LED", "screen", "LED cổng chào")
    res = pl.add_items(ws, "LED", [media["audio"].id, media["image"].id])
    assert [mid for mid, _ in res.refused] == [media["audio"].id]
    assert [i.media_id for i in pl.get_playlist(ws, "LED").items] == [media["image"].id]


def test_durations_total_tasks_and_warnings(stocked) -> None:
    ws, media = stocked
    pl.create_playlist(ws, "LED", "screen", "LED cổng chào")
    res = pl.add_items(ws, "LED", [media["image"].id, media["video"].id, media["image"].id])
    # unapproved (3) + aspect 640x360 vs 384x192 (2 images) + 320x240 video
    texts = [w.message() for w in res.warnings]
    assert sum("not approved" in t for t in texts) == 3
    assert sum("fitted with bars" in t for t in texts) == 3
    p = pl.get_playlist(ws, "LED")
    assert [pl.item_duration(i) for i in p.items] == [10.0, pytest.approx(3.0, abs=0.05), 10.0]
    assert pl.total_duration(p) == pytest.approx(23.0, abs=0.05)
    assert [t.code for t in pl.covered_tasks(p)] == ["NV3", "NV5"]
    pl.set_item_duration(ws, p.items[0].id, 8)
    pl.set_item_trim(ws, p.items[1].id, 0.5, 2.5)
    p = pl.get_playlist(ws, "LED")
    assert pl.total_duration(p) == pytest.approx(8 + 2 + 10)
    with pytest.raises(LedcastError):
        pl.set_item_trim(ws, p.items[1].id, 2.0, 9.0)  # past the end
    with pytest.raises(LedcastError):
        pl.set_item_trim(ws, p.items[0].id, 1.0, 2.0)  # a still has no trim
    with pytest.raises(LedcastError):
        pl.set_item_duration(ws, p.items[0].id, 0)
    library.set_approval(ws, [media["image"].id, media["video"].id], "approved")
    outlets.update_outlet(ws, outlets.get_outlet(ws, "LED cổng chào").id, size=Size(640, 360))
    d = pl.playlist_to_dict(pl.get_playlist(ws, "LED"))
    assert [w for w in d["warnings"] if "fitted" in w] == [
        "“clip” is 320×240; the screen is 640×360: it will be fitted with bars or cropped."
    ]


def test_reorder_move_remove_and_content_hash(stocked) -> None:
    ws, media = stocked
    pl.create_playlist(ws, "LED", "screen")
    pl.add_items(ws, "LED", [media["image"].id, media["video"].id])
    pl.add_items(ws, "LED", [media["image"].id], position=1, duration_s=5)
    p = pl.get_playlist(ws, "LED")
    ids = [i.id for i in p.items]
    assert [i.media.kind for i in p.items] == ["image", "image", "video"]
    h1 = pl.content_hash(p)
    pl.reorder(ws, "LED", list(reversed(ids)))
    p = pl.get_playlist(ws, "LED")
    assert [i.id for i in p.items] == list(reversed(ids))
    assert [i.position for i in p.items] == [0, 1, 2]
    assert pl.content_hash(p) != h1
    pl.move_item(ws, "LED", ids[0], 0)
    assert [i.id for i in pl.get_playlist(ws, "LED").items][0] == ids[0]
    with pytest.raises(LedcastError):
        pl.reorder(ws, "LED", ids[:2])
    pl.remove_items(ws, "LED", [ids[1]])
    p = pl.get_playlist(ws, "LED")
    assert len(p.items) == 2 and [i.position for i in p.items] == [0, 1]


def test_media_in_a_playlist_cannot_be_removed_from_library(stocked) -> None:
    ws, media = stocked
    pl.create_playlist(ws, "Sáng", "speaker")
    pl.add_items(ws, "Sáng", [media["audio"].id])
    with pytest.raises(LedcastError):
        library.remove_media(ws, media["audio"].id)
    pl.delete_playlist(ws, "Sáng")
    library.remove_media(ws, media["audio"].id)


def test_playlists_using_names_each_items_playlists_in_one_query(stocked) -> None:
    ws, media = stocked
    pl.create_playlist(ws, "Sáng", "speaker")
    pl.create_playlist(ws, "Chiều", "speaker")
    pl.add_items(ws, "Sáng", [media["audio"].id, media["audio"].id])  # twice in one playlist: named once
    pl.add_items(ws, "Chiều", [media["audio"].id])
    assert library.playlists_using(ws) == {media["audio"].id: ["Chiều", "Sáng"]}
    assert library.playlists_using(ws, [media["image"].id]) == {}
    statements: list[str] = []
    from sqlalchemy import event

    engine = ws.engine
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    library.playlists_using(ws, [m.id for m in media.values()])
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_check_kind_explains_a_file_the_playlist_cannot_play() -> None:
    assert pl.check_kind("screen", "image", "a.png") is None
    assert "screen playlists take pictures" in pl.check_kind("screen", "audio", "a.wav").message()
    assert "loudspeaker playlists take audio only" in pl.check_kind("speaker", "video", "b.mp4").message()
