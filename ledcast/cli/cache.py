"""`ledcast cache`: the cache of rendered segments that speeds up re-exports."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import JSON, _json, _open, _out, _size_text, _t, arg, register_group
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_CACHE_SHOW = QT_TRANSLATE_NOOP("Cli", "Segment cache: {size} in {files} files; limit {limit}.")
L_CACHE_AUTO = QT_TRANSLATE_NOOP("Cli", "{size} (automatic)")
L_CACHE_PRUNED = QT_TRANSLATE_NOOP("Cli", "Removed {files} files ({size}); the cache now holds {left} in {kept} files.")
L_CACHE_LIMIT_SET = QT_TRANSLATE_NOOP("Cli", "Segment cache limit: {limit}.")


def register(subparsers: Any) -> None:
    empty = arg("--all", action="store_true", help="empty the cache (segments a running export uses stay)")
    size = arg("size", metavar="SIZE")
    register_group(
        subparsers,
        "cache",
        (
            ("show", cmd_cache_show, "size, number of files, limit and folder of the cache", (JSON,)),
            ("prune", cmd_cache_prune, "remove least-recently-used segments down to the limit", (empty, JSON)),
            ("limit", cmd_cache_limit, "set the cache limit: e.g. 800MB, 5GB, or auto", (size, JSON)),
        ),
    )


def _cache_dict(st) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {
        "path": str(st.path),
        "bytes": st.bytes,
        "files": st.files,
        "limit_bytes": st.limit_bytes,
        "automatic": st.automatic,
    }


def _limit_text(st) -> str:  # type: ignore[no-untyped-def]
    size = _size_text(st.limit_bytes)
    return _t(L_CACHE_AUTO).format(size=size) if st.automatic else size


def cmd_cache_show(args: argparse.Namespace) -> int:
    from ledcast.core.render.cache import cache_status

    st = cache_status(_open(args))
    if args.json:
        _json(_cache_dict(st))
        return 0
    _out(_t(L_CACHE_SHOW).format(size=_size_text(st.bytes), files=st.files, limit=_limit_text(st)))
    _out(str(st.path))
    return 0


def cmd_cache_prune(args: argparse.Namespace) -> int:
    from ledcast.core.render.cache import prune_cache

    res = prune_cache(_open(args), everything=args.all)
    if args.json:
        _json({"removed_files": res.removed_files, "removed_bytes": res.removed_bytes, **_cache_dict(res.status)})
        return 0
    _out(
        _t(L_CACHE_PRUNED).format(
            files=res.removed_files,
            size=_size_text(res.removed_bytes),
            left=_size_text(res.status.bytes),
            kept=res.status.files,
        )
    )
    return 0


def cmd_cache_limit(args: argparse.Namespace) -> int:
    from ledcast.core.render.cache import cache_status
    from ledcast.core.settings import parse_size, save_cache_limit

    ws = _open(args)
    save_cache_limit(ws, parse_size(args.size))
    st = cache_status(ws)
    if args.json:
        _json(_cache_dict(st))
    else:
        _out(_t(L_CACHE_LIMIT_SET).format(limit=_limit_text(st)))
    return 0
