"""The demo content: what it makes, and that its removal takes exactly that."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from ledcast.core import demo, library, outlets
from ledcast.core import playlist as pl
from ledcast.core.db.models import Media, Setting
from ledcast.core.demo_content import LED_PLAYLIST, MARK, SCREEN_OUTLET, SPEAKER_OUTLET, SPEAKER_PLAYLIST
from ledcast.core.errors import LedcastError
from ledcast.core.jobs import Cancelled
from ledcast.core.settings import save_speaker_settings, speaker_settings
from ledcast.core.slide_media import add_slide
from ledcast.core.slides import SlideSource

MONDAY = dt.date(2026, 12, 7)


@pytest.fixture
def loaded(workspace):  # type: ignore[no-untyped-def]
    demo.load_demo(workspace, today=MONDAY)
    return workspace


def test_load_makes_a_complete_exportable_example(loaded, lang_en) -> None:
    ws = loaded
    media = library.list_media(ws)
    slides = sorted((m for m in media if m.kind == "slide"), key=lambda m: m.title)
    assert [[t.code for t in m.tasks] for m in slides] == [[f"NV{i}"] for i in range(1, 9)]
    assert all((m.width, m.height) == (384, 192) for m in slides)
    sounds = {m.title: m for m in media if m.kind == "audio"}
    assert set(sounds) == {MARK + "Nhạc hiệu mở đầu", *(MARK + f"Bản tin mẫu {i} (âm thanh thử)" for i in (1, 2))}
    assert 3 <= sounds[MARK + "Nhạc hiệu mở đầu"].duration_s <= 6
    assert all(20 <= m.duration_s <= 40 for t, m in sounds.items() if "Bản tin" in t)
    assert all(ws.path(m.store_path).is_file() for m in media)  # in the store like any imported file
    assert {(m.approval, m.approved_by) for m in media} == {("approved", "demo")}
    names = [m.title for m in media] + [o.name for o in outlets.list_outlets(ws)]
    names += [p.name for p in pl.list_playlists(ws)]
    assert all(n.startswith(MARK) and unicodedata.is_normalized("NFC", n) for n in names)

    screen = outlets.get_outlet(ws, SCREEN_OUTLET)
    assert (screen.kind, screen.width, screen.height) == ("screen", 384, 192)
    assert outlets.get_outlet(ws, SPEAKER_OUTLET).kind == "speaker"
    loop, morning = pl.get_playlist(ws, LED_PLAYLIST), pl.get_playlist(ws, SPEAKER_PLAYLIST)
    assert [i.media.kind for i in loop.items] == ["slide"] * 8 and loop.outlet.name == SCREEN_OUTLET
    assert [i.media.title for i in morning.items][0] == MARK + "Nhạc hiệu mở đầu" and len(morning.items) == 3
    (rule,) = morning.schedules
    assert (rule.weekdays, rule.times, rule.date_from) == ("mon,tue,wed,thu,fri", "06:30", MONDAY)
    (window,) = loop.schedules
    assert (window.times, window.window_end) == ("06:00", "22:00")
    assert demo.demo_loaded(ws)


def test_loading_twice_is_refused_and_changes_nothing(loaded, lang_en) -> None:
    before = len(library.list_media(loaded))
    with pytest.raises(LedcastError, match="already in this workspace"):
        demo.load_demo(loaded)
    assert len(library.list_media(loaded)) == before and len(pl.list_playlists(loaded)) == 2


def test_remove_keeps_the_operators_own_things(loaded, lang_en) -> None:
    ws = loaded
    ids = demo.demo_ids(ws)
    demo_slide = min(ids["media"])
    own_slide, _ = add_slide(ws, SlideSource(title="Họp dân thôn 2"), (384, 192), ["NV1"])
    outlets.add_outlet(ws, "Loa thôn 3", "speaker")
    # the operator's playlist holds a demo slide and is bound to the demo screen
    pl.create_playlist(ws, "Vòng của xã", "screen", outlet=SCREEN_OUTLET)
    pl.add_items(ws, "Vòng của xã", [own_slide.id, demo_slide, own_slide.id])
    jingle = next(m.id for m in library.list_media(ws) if m.title == MARK + "Nhạc hiệu mở đầu")
    save_speaker_settings(ws, intro_media_id=jingle)
    stored = [library.get_media(ws, i).store_path for i in ids["media"]]

    gone = demo.remove_demo(ws)
    assert (len(gone.media), len(gone.outlets), len(gone.playlists)) == (11, 2, 2)
    assert gone.taken_out_of == ["Vòng của xã"] and gone.unbound == ["Vòng của xã"]
    assert [m.id for m in library.list_media(ws)] == [own_slide.id]
    assert [o.name for o in outlets.list_outlets(ws)] == ["Loa thôn 3"]
    own = pl.get_playlist(ws, "Vòng của xã")
    assert [(i.media_id, i.position) for i in own.items] == [(own_slide.id, 0), (own_slide.id, 1)]
    assert own.outlet is None
    assert speaker_settings(ws).intro_media_id is None
    assert not any(ws.path(rel).exists() for rel in stored)  # the stored files went with their rows
    assert not demo.demo_loaded(ws)
    with ws.session() as s:
        assert s.get(Setting, demo.DEMO_KEY) is None
    demo.load_demo(ws)  # and it can be loaded again
    assert len(library.list_media(ws)) == 12


def test_a_reused_id_is_never_taken_for_the_demos(on_sqlite, loaded) -> None:  # SQLite gives ids again; a server never
    """SQLite gives the highest id again once its row is gone: the operator's new
    playlist and outlet then carry a demo id, but not its creation time."""
    ws = loaded
    morning = pl.get_playlist(ws, SPEAKER_PLAYLIST)
    pl.delete_playlist(ws, morning.id)
    mine = pl.create_playlist(ws, "Bản tin chiều", "speaker")
    assert mine.id == morning.id
    speaker = outlets.get_outlet(ws, SPEAKER_OUTLET)
    outlets.remove_outlet(ws, speaker.id)
    loa = outlets.add_outlet(ws, "Loa thôn 1", "speaker")
    assert loa.id == speaker.id
    demo.remove_demo(ws)
    assert [p.name for p in pl.list_playlists(ws)] == ["Bản tin chiều"]
    assert [o.name for o in outlets.list_outlets(ws)] == ["Loa thôn 1"]


def test_cancel_takes_away_what_was_made(workspace) -> None:
    seen: list[float] = []

    def cancel() -> bool:
        return len(seen) >= 10  # in the sounds, after the outlets and slides were made

    with pytest.raises(Cancelled):
        demo.load_demo(workspace, progress=lambda f, _label: seen.append(f), cancel=cancel)
    with workspace.session() as s:
        assert s.query(Media).count() == 0 and s.get(Setting, demo.DEMO_KEY) is None
    assert outlets.list_outlets(workspace) == [] and pl.list_playlists(workspace) == []
    assert not list(workspace.path("media").rglob("*.*"))
