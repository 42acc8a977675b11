"""`ledcast slide`: text slides designed for a screen and added to the library."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import (
    JSON,
    L_WARNING,
    _json,
    _nonempty,
    _open,
    _out,
    _t,
    _task_codes,
    arg,
    register_group,
)
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_SLIDE_ADDED = QT_TRANSLATE_NOOP("Cli", "added {id}: slide “{title}” ({w}x{h}, title {px} px)")


def register(subparsers: Any) -> None:
    add = (
        arg("--title", required=True),
        arg("--body"),
        arg("--task", action="append", metavar="NVn"),
        arg("--size", metavar="WxH", help="design size (default: the outlet's, else 1920x1080)"),
        arg("--outlet", metavar="NAME", help="design for this screen's size"),
        arg("--align", default="center", choices=("left", "center", "right")),
        arg("--text-color", default="#FFFFFF", metavar="#RRGGBB"),
        arg("--bg-color", default="#0A3D91", metavar="#RRGGBB"),
        arg("--bg-image", metavar="FILE"),
        JSON,
    )
    help_ = "design a text slide and add it to the library"
    register_group(subparsers, "slide", (("add", cmd_slide_add, help_, add),))


def cmd_slide_add(args: argparse.Namespace) -> int:
    from ledcast.core import library
    from ledcast.core.i18n import translate
    from ledcast.core.limits import Size
    from ledcast.core.outlets import get_outlet
    from ledcast.core.slide_media import DEFAULT_SIZE, add_slide
    from ledcast.core.slides import SlideSource

    ws = _open(args)
    size = DEFAULT_SIZE
    if args.outlet:
        o = get_outlet(ws, args.outlet)
        size = (o.width, o.height) if o.width else size
    if args.size:
        size = Size.parse(args.size)
    src = SlideSource(
        title=args.title,
        body=args.body or "",
        text_color=args.text_color,
        background_color=args.bg_color,
        background_image=_nonempty(args.bg_image, "--bg-image"),
        align=args.align,
    )
    tasks = _task_codes(args.task)
    media, render = add_slide(ws, src, size, tasks)
    warnings = [translate("Errors", w) for w in render.warnings]
    if args.json:
        d = library.media_to_dict(media)
        d.update({"title_px": render.title_px, "body_px": render.body_px, "fits": render.fits, "warnings": warnings})
        _json(d)
    else:
        _out(_t(L_SLIDE_ADDED).format(id=media.id, title=media.title, w=size[0], h=size[1], px=render.title_px))
        for w in warnings:
            _out(_t(L_WARNING).format(text=w))
    return 0
