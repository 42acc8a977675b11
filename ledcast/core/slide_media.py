"""Slides as library items (kind "slide"): the design is kept as JSON, a PNG
rendered at the design size is the stored preview, and exports re-render the
design at the screen's exact size (never scale the PNG)."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ledcast.core import library, shared_store
from ledcast.core.db.models import Media
from ledcast.core.errors import M_MEDIA_NOT_FOUND, QT_TRANSLATE_NOOP, LedcastError, NotFound
from ledcast.core.limits import Size
from ledcast.core.plan import resolve_tasks
from ledcast.core.probe import IMAGE_EXT, kind_for
from ledcast.core.slides import M_SLIDE_BG_MISSING, SlideRender, SlideSource, render_slide
from ledcast.core.workspace import Workspace

W_SLIDE_UNSHARED = QT_TRANSLATE_NOOP(
    "Errors",
    "The slide is saved on this PC but could not be copied to the shared media store: "
    "the other PCs cannot use it until it is saved again with the share reachable.",
)

DEFAULT_SIZE = Size(1920, 1080)
M_NOT_A_SLIDE = QT_TRANSLATE_NOOP("Errors", "“{title}” is not a slide.")
M_BG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Errors", "The background picture “{name}” is a folder or a special file, not a picture file: choose one picture."
)
M_BG_NOT_A_PICTURE = QT_TRANSLATE_NOOP("Errors", "“{name}” is not a picture: a background must be a {types} file.")


def check_background(path: str | os.PathLike[str]) -> Path:
    """A background is one existing regular file of a picture type, checked before
    anything enters the library (a folder would import all it holds, a sound
    would be stored and then refused). Messages name the operator's file."""
    p = Path(path)
    name = p.name or str(p)
    try:
        is_file = p.is_file()  # follows a link: a link to a picture is fine
        exists = is_file or p.exists()
    except OSError:  # a name too long, a loop of links ...
        is_file = exists = False
    if not exists:
        raise LedcastError(M_SLIDE_BG_MISSING, name=name)
    if not is_file:
        raise LedcastError(M_BG_NOT_A_FILE, name=name)
    if kind_for(p) != "image":
        raise LedcastError(M_BG_NOT_A_PICTURE, name=name, types=", ".join(e[1:].upper() for e in IMAGE_EXT))
    return p


def _background_media(ws: Workspace, path: str | None) -> Media | None:
    """A background picture lives in the library too, so the slide never depends
    on a file outside the workspace. Call check_background and render from the
    operator's file first: only a picture that renders is imported."""
    if not path:
        return None
    with ws.session() as s:
        for m in s.scalars(select(Media).where(Media.kind == "image")):
            if ws.path(m.store_path) == Path(path):
                return m
    report = library.import_files(ws, [path])
    if report.failed:
        raise report.failed[0].error
    if report.added:
        return report.added[0]
    return library.get_media(ws, report.duplicates[0].media_id)


def source_of(ws: Workspace, media: Media) -> tuple[SlideSource, tuple[int, int]]:
    """The slide's design, with its background resolved to a path in the store."""
    if media.kind != "slide" or not media.slide_source:
        raise LedcastError(M_NOT_A_SLIDE, title=media.title)
    data: dict[str, Any] = dict(media.slide_source)
    bg_sha = data.pop("background_sha256", None)
    size = (int(data.pop("width", DEFAULT_SIZE[0])), int(data.pop("height", DEFAULT_SIZE[1])))
    data["background_image"] = None
    if bg_sha:
        with ws.session() as s:
            bg = s.scalars(select(Media).where(Media.sha256 == bg_sha)).first()
        if bg is not None:
            data["background_image"] = str(ws.media_file(bg))
    return SlideSource.from_dict(data), size


def render_media(ws: Workspace, media: Media, width: int, height: int) -> SlideRender:
    """Render a library slide at an exact size (for a screen export or a preview)."""
    src, _ = source_of(ws, media)
    return render_slide(src, width, height, background_path=src.background_image)


def _stored_design(ws: Workspace, src: SlideSource, size: tuple[int, int]) -> tuple[dict[str, Any], SlideRender]:
    if src.background_image:
        check_background(src.background_image)
    # rendered from the operator's file: a damaged picture is refused by its own name, before the import
    render = render_slide(src, *size)
    bg = _background_media(ws, src.background_image)
    design = src.to_dict()
    design.pop("background_image", None)
    design.update({"width": size[0], "height": size[1]})
    if bg is not None:
        design["background_sha256"] = bg.sha256
    return design, render


def _write_png(ws: Workspace, render: SlideRender) -> tuple[Path, str, int]:
    buf = io.BytesIO()
    render.image.save(buf, "PNG", optimize=True)
    data = buf.getvalue()
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    final = ws.media_dir / sha[:2] / f"{sha}.png"
    final.parent.mkdir(parents=True, exist_ok=True)
    if not final.exists():
        fd, tmp = tempfile.mkstemp(prefix=".incoming-", suffix=".png", dir=ws.media_dir)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, final)
    try:  # the other PCs of a centre fetch it from there
        shared_store.publish(ws.root, final.relative_to(ws.root).as_posix())
    except LedcastError:
        render.warnings.append(W_SLIDE_UNSHARED)
    return final, sha, len(data)


def _thumb(ws: Workspace, render: SlideRender, sha: str) -> str:
    rel = f"thumbs/{sha}.png"
    im = render.image.copy()
    im.thumbnail((160, 90))
    im.save(ws.path(rel), "PNG")
    return rel


def add_slide(
    ws: Workspace, src: SlideSource, size: Size = DEFAULT_SIZE, task_codes: Sequence[str] = ()
) -> tuple[Media, SlideRender]:
    """Add a slide to the library; returns it with the render (for its warnings).
    The same design at the same size is a duplicate and returns the existing item."""
    with ws.session() as s:
        resolve_tasks(s, list(task_codes))  # a typo in a task code changes nothing
    design, render = _stored_design(ws, src, size)
    final, sha, nbytes = _write_png(ws, render)
    with ws.session() as s:
        existing = s.scalars(select(Media).where(Media.sha256 == sha)).first()
        if existing is not None:
            return library.get_media(ws, existing.id), render
        media = Media(
            sha256=sha,
            kind="slide",
            title=src.title,
            original_name="",
            store_path=final.relative_to(ws.root).as_posix(),
            thumb_path=_thumb(ws, render, sha),
            size_bytes=nbytes,
            container="png",
            width=size[0],
            height=size[1],
            slide_source=design,
        )
        media.tasks = resolve_tasks(s, list(task_codes))
        s.add(media)
        s.flush()
        mid = media.id
    return library.get_media(ws, mid), render


def update_slide(
    ws: Workspace, media_id: int, src: SlideSource, size: tuple[int, int] | None = None
) -> tuple[Media, SlideRender]:
    """Change a slide's design (its tasks, approval and playlist places stay)."""
    media = library.get_media(ws, media_id)
    _, old_size = source_of(ws, media)
    size = size or old_size
    design, render = _stored_design(ws, src, size)
    final, sha, nbytes = _write_png(ws, render)
    old_store, old_thumb = media.store_path, media.thumb_path
    with ws.session() as s:
        m = s.scalars(select(Media).options(selectinload(Media.tasks)).where(Media.id == media_id)).first()
        if m is None:
            raise NotFound(M_MEDIA_NOT_FOUND, id=media_id)
        if m.sha256 != sha:
            clash = s.scalars(select(Media.id).where(Media.sha256 == sha)).first()
            if clash is not None:  # the new design equals another slide: keep this item, unchanged
                return library.get_media(ws, media_id), render
            m.sha256, m.store_path = sha, final.relative_to(ws.root).as_posix()
            m.thumb_path = _thumb(ws, render, sha)
            m.size_bytes = nbytes
        m.title, m.slide_source = src.title, design
        m.width, m.height = size
        if m.approval == "approved":  # what was approved has changed
            m.approval, m.approved_by, m.approved_at = "pending", None, None
    if old_store != final.relative_to(ws.root).as_posix():
        ws.path(old_store).unlink(missing_ok=True)
        if old_thumb:
            ws.path(old_thumb).unlink(missing_ok=True)
    return library.get_media(ws, media_id), render
