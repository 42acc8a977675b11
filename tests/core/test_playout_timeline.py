"""The play-out timeline (issue 14): the pieces of the loudspeaker export, rendered
into the segment cache with progress and cancel, refused like an export; and the
share of an item that makes a stopped item count."""

from __future__ import annotations

import pytest

from ledcast.core import playlist as pl
from ledcast.core.errors import LedcastError
from ledcast.core.jobs import Cancelled
from ledcast.core.playout_log import qualifies
from ledcast.core.playout_settings import playout_settings, save_playout_settings
from ledcast.core.playout_timeline import build_timeline
from ledcast.core.render.cache import segments, segments_dir
from ledcast.core.settings import save_speaker_settings


@pytest.fixture
def ws(tones_workspace):  # type: ignore[no-untyped-def]
    return tones_workspace  # three 0.6 s tones in "Phát thanh thử"


def test_timeline_is_the_exports_pieces(ws) -> None:  # type: ignore[no-untyped-def]
    save_speaker_settings(ws, gap_s=0.5)
    tl = build_timeline(ws, "Phát thanh thử")
    assert [x.role for x in tl.items] == ["item", "gap", "item", "gap", "item"]
    assert [x.title for x in tl.logged_items] == ["Bản tin 1", "Bản tin 2", "Bản tin 3"]
    assert [x.position for x in tl.items if not x.is_gap] == [1, 2, 3]
    assert all(x.path.is_file() and x.path.stat().st_size > 0 for x in tl.items)
    assert tl.items[2].start_s == pytest.approx(tl.items[0].duration_s + 0.5)
    assert tl.outlet_name == "Loa trung tâm" and tl.items[0].task_codes == ("NV3",)
    from ledcast.core.programme import programme_duration

    assert tl.duration_s == pytest.approx(programme_duration(ws, pl.get_playlist(ws, "Phát thanh thử")), abs=0.01)


def test_a_screen_playlist_or_a_screen_outlet_is_refused(ws) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.limits import Size
    from ledcast.core.outlets import add_outlet

    add_outlet(ws, "Màn hình chợ", "screen", Size(640, 360), 25)
    with pytest.raises(LedcastError, match="is a screen"):
        build_timeline(ws, "Phát thanh thử", outlet="Màn hình chợ")
    pl.create_playlist(ws, "Màn hình", "screen", outlet="Màn hình chợ")
    pl.add_items(ws, "Màn hình", [1])
    with pytest.raises(LedcastError, match="screen playlist"):
        build_timeline(ws, "Màn hình")


def test_the_share_is_a_setting_with_bounds(ws) -> None:  # type: ignore[no-untyped-def]
    assert playout_settings(ws).min_share == 0.8
    assert save_playout_settings(ws, min_share=0.5).min_share == 0.5 and playout_settings(ws).min_share == 0.5
    for bad in (0.0, 1.5, float("nan"), True):
        with pytest.raises(LedcastError):
            save_playout_settings(ws, min_share=bad)
    assert playout_settings(ws).min_share == 0.5
    assert qualifies(0.5, 1.0, 0.5) and not qualifies(0.49, 1.0, 0.5) and qualifies(0.2, 1.0, 0.8, finished=True)


def test_missing_pieces_are_rendered_with_progress_and_a_cancel_leaves_none(ws) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Cancelled):
        build_timeline(ws, "Phát thanh thử", cancel=lambda: True)
    assert segments(segments_dir(ws)) == []  # no half piece in the cache
    seen: list[float] = []
    cold = build_timeline(ws, "Phát thanh thử", progress=lambda f, _label: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    assert len(segments(segments_dir(ws))) == 4  # three items and the (shared) gap
    warm = build_timeline(ws, "Phát thanh thử")  # all cached: the same files
    assert [x.path for x in warm.items] == [x.path for x in cold.items]


def test_jingles_play_but_only_items_are_logged(ws) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.playout_log import PlayoutLog

    first = pl.get_playlist(ws, "Phát thanh thử").items[0].media_id
    save_speaker_settings(ws, gap_s=0.0, intro_media_id=first)
    tl = build_timeline(ws, "Phát thanh thử")
    assert [(x.role, x.position) for x in tl.items] == [("intro", 1), ("item", 2), ("item", 3), ("item", 4)]
    assert [x.is_jingle for x in tl.items] == [True, False, False, False]
    log = PlayoutLog(ws, tl)
    rows = []
    for item, played, finished in zip(tl.items, (0.6, 0.6, 0.3, 0.5), (True, True, False, False)):
        log.started(item)
        rows.append(log.ended(item, played, finished))
    # the jingle: never; a stop at half (0.3 of 0.6 s) is under 0.8; at 0.5 of 0.6 s it counts
    assert [r is not None for r in rows] == [False, True, False, True]
    assert [r.media_title for r in log.recorded] == ["Bản tin 1", "Bản tin 3"]
    assert {r.recorded_how for r in log.recorded} == {"playout"}
