"""`ledcast slide`: text slides designed for a screen and added to the library."""

from __future__ import annotations

import argparse
from typing import Any

from ledcast.cli._common import (
    L_WARNING,
    _json,
    _nonempty,
    _open,
    _out,
    _t,
    _task_codes,
    add_actions,
    add_command,
    add_json,
)
from ledcast.core.errors import QT_TRANSLATE_NOOP

L_SLIDE_ADDED = QT_TRANSLATE_NOOP("Cli", "added {id}: slide “{title}” ({w}x{h}, title {px} px)")


def register(subparsers: Any) -> None:
    slide = add_actions(subparsers, "slide")
    sp = add_command(slide, "add", cmd_slide_add, "design a text slide and add it to the library")
    sp.add_argument("--title", required=True)
    sp.add_argument("--body")
    sp.add_argument("--task", action="append", metavar="NVn")
    sp.add_argument("--size", metavar="WxH", help="design size (default: the outlet's, else 1920x1080)")
    sp.add_argument("--outlet", metavar="NAME", help="design for this screen's size")
    sp.add_argument("--align", default="center", choices=("left", "center", "right"))
    sp.add_argument("--text-color", default="#FFFFFF", metavar="#RRGGBB")
    sp.add_argument("--bg-color", default="#0A3D91", metavar="#RRGGBB")
    sp.add_argument("--bg-image", metavar="FILE")
    add_json(sp)


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
