"""The segment cache is capped: least-recently-used segments go after each export,
never one a running export uses; the limit is a workspace setting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ledcast.core import export, outlets
from ledcast.core import playlist as pl
from ledcast.core.errors import LedcastError
from ledcast.core.limits import Size
from ledcast.core.render import cache as cache_mod
from ledcast.core.render.cache import SegmentCache
from ledcast.core.settings import GB, MB, cache_limit_setting, parse_size, save_cache_limit

pytestmark = pytest.mark.usefixtures("approved_playlists")  # exports refuse items not approved

KB = 1000


def _fill(cache: SegmentCache, n: int, size: int = 1 * KB) -> list[Path]:
    """n segments, the first used longest ago (mtimes 1000 s apart, in the past)."""
    paths = []
    for i in range(n):
        p = cache.produce(cache.key({"i": i}), lambda tmp: tmp.write_bytes(b"\0" * size))
        os.utime(p, (1_000_000 + 1000 * i, 1_000_000 + 1000 * i))
        paths.append(p)
    return paths


def test_prune_keeps_the_most_recently_used_under_the_cap(tmp_path: Path) -> None:
    cache = SegmentCache(tmp_path / "segments")
    paths = _fill(cache, 5)
    assert cache.get(cache.key({"i": 0})) == paths[0]  # used again: now the most recent
    cache.close()
    assert cache_mod.prune(cache.root, 2500) == (3, 3 * KB)
    assert [p.exists() for p in paths] == [True, False, False, False, True]
    assert cache_mod.prune(cache.root, 2500) == (0, 0)
    assert cache_mod.prune(cache.root, 0) == (2, 2 * KB)
    assert cache_mod.segments(cache.root) == []


def test_prune_never_removes_what_a_running_export_uses(tmp_path: Path) -> None:
    old = SegmentCache(tmp_path / "segments")
    paths = _fill(old, 4)
    old.close()
    running = SegmentCache(tmp_path / "segments")  # another export, still going
    assert running.get(running.key({"i": 1})) == paths[1]
    new = running.produce(running.key({"new": 1}), lambda tmp: tmp.write_bytes(b"\1" * KB))
    assert cache_mod.prune(running.root, 0) == (3, 3 * KB)
    assert paths[1].exists() and new.exists()
    assert not any(p.exists() for p in (paths[0], paths[2], paths[3]))
    running.close()  # finished: nothing is protected any more
    assert cache_mod.prune(running.root, 0) == (2, 2 * KB)


def test_partial_segments_are_not_counted_or_pruned(tmp_path: Path) -> None:
    cache = SegmentCache(tmp_path / "segments")
    tmp = cache.temp_for(cache.key({"building": 1}))
    tmp.write_bytes(b"\0" * KB)
    cache.close()
    assert cache_mod.segments(cache.root) == []
    cache_mod.prune(cache.root, 0)
    assert tmp.exists()


def test_the_limit_setting(workspace, lang_en) -> None:
    assert cache_limit_setting(workspace) is None
    st = cache_mod.cache_status(workspace)
    assert st.automatic and st.bytes == 0 and st.files == 0
    assert 0 < st.limit_bytes <= 5 * GB
    assert save_cache_limit(workspace, 2 * GB) == 2 * GB
    st = cache_mod.cache_status(workspace)
    assert (st.limit_bytes, st.automatic) == (2 * GB, False)
    with pytest.raises(LedcastError, match="cache.max_bytes"):
        save_cache_limit(workspace, 5 * MB)
    assert cache_limit_setting(workspace) == 2 * GB
    save_cache_limit(workspace, None)
    assert cache_mod.cache_status(workspace).automatic
    assert [parse_size(t) for t in ("800MB", "5GB", "2.5g", "700", "auto")] == [
        800 * MB,
        5 * GB,
        int(2.5 * GB),
        700 * MB,
        None,
    ]
    with pytest.raises(LedcastError, match="not a size"):
        parse_size("năm gigabyte")


def test_auto_limit_is_the_smaller_of_5gb_and_a_tenth_of_the_disk(tmp_path: Path, monkeypatch) -> None:
    class Usage:
        free = 8 * GB

    monkeypatch.setattr(cache_mod.shutil, "disk_usage", lambda _p: Usage)
    assert cache_mod.auto_limit(tmp_path, 2 * GB) == GB  # 10 % of (8 GB free + 2 GB of cache)
    Usage.free = 500 * GB
    assert cache_mod.auto_limit(tmp_path, 0) == 5 * GB


def test_each_export_prunes_the_cache(workspace, media_files, tmp_path: Path) -> None:
    from ledcast.core import library

    (item,) = library.import_files(workspace, [media_files.png]).added
    outlets.add_outlet(workspace, "LED", "screen", Size(160, 90), 25)
    pl.create_playlist(workspace, "Vòng", "screen", "LED")
    pl.add_items(workspace, "Vòng", [item.id], duration_s=1)
    save_cache_limit(workspace, 100 * MB)
    root = cache_mod.segments_dir(workspace)
    stale = root / "ff" / ("f" * 64 + ".mp4")  # 150 MB (sparse) left by exports long ago
    stale.parent.mkdir(parents=True)
    with open(stale, "wb") as f:
        f.truncate(150 * MB)
    os.utime(stale, (1_000_000, 1_000_000))

    export.export_screen(workspace, "Vòng", tmp_path / "usb")
    assert not stale.exists()
    kept = cache_mod.segments(root)
    assert kept and all(s.path.parent.name != "ff" for s in kept)  # what this export used stays
    again = export.export_screen(workspace, "Vòng", tmp_path / "usb2")
    assert again.rendered_frames == 0  # still served from the cache
