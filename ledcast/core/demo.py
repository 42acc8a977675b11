"""Demo content: a small, honest example workspace a new operator can export at once,
and its removal in one step (`ledcast demo`, the welcome dialog, Settings).

What the demo made is recorded in one workspace setting (DEMO_KEY) as it is made: each
library item by id and content hash, each outlet and playlist by id and creation time,
so removal takes exactly those rows — an id SQLite has given to a new row of the
operator's never matches — and nothing of the operator's. A schedule goes with its
playlist. Where the operator's own things use a demo item, removal keeps them and says
so: a demo item is taken out of their playlists (and out of the jingle settings), and
their playlists bound to a demo outlet are unbound.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ledcast.core import library, playlist
from ledcast.core.agenda import add_schedule
from ledcast.core.db.models import Media, Outlet, Playlist, PlaylistItem, Setting
from ledcast.core.demo_content import (
    LED_PLAYLIST,
    LOOP_FROM,
    LOOP_TO,
    MARK,
    MORNING,
    SCHEDULE_DAYS,
    SCREEN_OUTLET,
    SCREEN_SIZE,
    SLIDE_SECONDS,
    SLIDES,
    SOUNDS,
    SPEAKER_OUTLET,
    SPEAKER_PLAYLIST,
    WEEKDAYS,
    make_sound,
)
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError
from ledcast.core.i18n import translate
from ledcast.core.jobs import CancelCheck, Progress, check, counted
from ledcast.core.media_import import import_files
from ledcast.core.outlets import add_outlet, remove_outlet
from ledcast.core.settings import PREFIX as SPEAKER_PREFIX
from ledcast.core.slide_media import add_slide
from ledcast.core.slides import SlideSource
from ledcast.core.workspace import Workspace

DEMO_KEY = "demo.items"
APPROVER = "demo"
KINDS = ("media", "outlets", "playlists")

M_DEMO_LOADED = QT_TRANSLATE_NOOP(
    "Errors", "The demo content is already in this workspace. Remove it first (ledcast demo --remove) to load it again."
)
L_MAKING_SLIDES = QT_TRANSLATE_NOOP("Errors", "Making the demo slides")
L_MAKING_SOUNDS = QT_TRANSLATE_NOOP("Errors", "Making the demo sounds")
L_IMPORTING = QT_TRANSLATE_NOOP("Errors", "Adding the demo sounds to the library")
L_PLAYLISTS = QT_TRANSLATE_NOOP("Errors", "Making the demo outlets and playlists")


@dataclass
class DemoLoad:
    """What the demo put in the workspace, for the operator to read."""

    slides: list[str] = field(default_factory=list)
    sounds: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    playlists: list[str] = field(default_factory=list)


@dataclass
class DemoRemoval:
    """What removal took away, and what of the operator's it had to change."""

    media: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    playlists: list[str] = field(default_factory=list)
    taken_out_of: list[str] = field(default_factory=list)  # the operator's playlists that held a demo item
    unbound: list[str] = field(default_factory=list)  # the operator's playlists that were bound to a demo outlet


# --- the record ------------------------------------------------------------------------


def _record(ws: Workspace) -> dict[str, list[list[Any]]]:
    with ws.session() as s:
        row = s.get(Setting, DEMO_KEY)
        value = row.value if row is not None else None
    if not isinstance(value, dict):
        return {k: [] for k in KINDS}
    return {k: [list(e) for e in value.get(k, []) if isinstance(e, list) and len(e) == 2] for k in KINDS}


def _save_record(ws: Workspace, record: dict[str, list[list[Any]]] | None) -> None:
    with ws.session() as s:
        row = s.get(Setting, DEMO_KEY)
        if record is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(Setting(key=DEMO_KEY, value=record))
        else:
            row.value = record


def _note(ws: Workspace, kind: str, row: Media | Outlet | Playlist) -> None:
    """Record one made row at once: a load killed half-way is still removed exactly."""
    record = _record(ws)
    record[kind].append([row.id, _mark_of(row)])
    _save_record(ws, record)


def _mark_of(row: Media | Outlet | Playlist) -> str:
    return row.sha256 if isinstance(row, Media) else row.created_at.isoformat()


def _present(ws: Workspace) -> dict[str, list[Any]]:
    """The recorded rows that are still the demo's (same id and same hash or creation time)."""
    record = _record(ws)
    found: dict[str, list[Any]] = {k: [] for k in KINDS}
    models = {"media": Media, "outlets": Outlet, "playlists": Playlist}
    with ws.session() as s:
        for kind, model in models.items():
            for row_id, mark in record[kind]:
                row = s.get(model, row_id) if isinstance(row_id, int) else None
                if row is not None and _mark_of(row) == mark:
                    found[kind].append(row)
    return found


def demo_loaded(ws: Workspace) -> bool:
    return any(_present(ws).values())


def demo_ids(ws: Workspace) -> dict[str, set[int]]:
    """The ids of the demo's rows still in the workspace, by kind (media, outlets, playlists)."""
    return {k: {r.id for r in rows} for k, rows in _present(ws).items()}


# --- loading ---------------------------------------------------------------------------


def load_demo(
    ws: Workspace, *, today: dt.date | None = None, progress: Progress | None = None, cancel: CancelCheck | None = None
) -> DemoLoad:
    """Fill the workspace with the demo (see demo_content). Refused when it is already
    there. A cancel or a failure takes away what was made so far, then raises."""
    if demo_loaded(ws):
        raise LedcastError(M_DEMO_LOADED)
    _save_record(ws, None)  # a record whose rows are all gone is stale
    try:
        return _load(ws, today or dt.date.today(), progress, cancel)
    except BaseException:
        remove_demo(ws)
        raise


def _load(ws: Workspace, today: dt.date, progress: Progress | None, cancel: CancelCheck | None) -> DemoLoad:
    done = DemoLoad()
    steps = len(SLIDES) + 2 * len(SOUNDS) + 1
    step = counted(progress, steps)
    screen = add_outlet(ws, SCREEN_OUTLET, "screen", SCREEN_SIZE)
    _note(ws, "outlets", screen)
    speaker = add_outlet(ws, SPEAKER_OUTLET, "speaker")
    _note(ws, "outlets", speaker)
    done.outlets += [screen.name, speaker.name]
    slide_ids = []
    for i, slide in enumerate(SLIDES):
        check(cancel)
        step(i, _say(L_MAKING_SLIDES))
        before = _last_media_id(ws)
        media, _render = add_slide(ws, SlideSource(title=slide.title, body=slide.body), SCREEN_SIZE, [slide.task])
        if media.id > before:  # a new row; else the operator's own identical slide, used but not the demo's
            library.rename_media(ws, media.id, f"{MARK}{slide.task} – {slide.title}")
            _note(ws, "media", media)
            done.slides.append(f"{MARK}{slide.task} – {slide.title}")
        slide_ids.append(media.id)
    sound_ids = _sounds(ws, done, step, len(SLIDES), cancel)
    check(cancel)
    step(steps - 1, _say(L_PLAYLISTS))
    _playlists(ws, done, slide_ids, sound_ids, today)
    library.set_approval(ws, [*slide_ids, *sound_ids], "approved", by=APPROVER)
    step(steps, "")
    return done


def _last_media_id(ws: Workspace) -> int:
    with ws.session() as s:
        return s.scalar(select(func.max(Media.id))) or 0


def _say(label: str) -> str:
    return translate("Errors", label)


def _sounds(ws: Workspace, done: DemoLoad, step: Any, at: int, cancel: CancelCheck | None) -> list[int]:
    ids = []
    with tempfile.TemporaryDirectory(prefix="ledcast-demo-") as tmp:
        files = []
        for i, sound in enumerate(SOUNDS):
            check(cancel)
            step(at + i, _say(L_MAKING_SOUNDS))
            files.append(make_sound(sound, Path(tmp), cancel))
        for i, (sound, path) in enumerate(zip(SOUNDS, files, strict=True)):
            step(at + len(SOUNDS) + i, _say(L_IMPORTING))
            report = import_files(ws, [path], task_codes=[sound.task] if sound.task else (), cancel=cancel)
            if report.failed:
                raise report.failed[0].error
            if report.added:
                media = report.added[0]
                library.rename_media(ws, media.id, MARK + sound.title)
                _note(ws, "media", media)
                done.sounds.append(MARK + sound.title)
                ids.append(media.id)
            else:  # the same sound is already the operator's: used, never marked as demo
                ids.append((report.duplicates or report.restored)[0].media_id)
    return ids


def _playlists(ws: Workspace, done: DemoLoad, slide_ids: list[int], sound_ids: list[int], today: dt.date) -> None:
    until = today + dt.timedelta(days=SCHEDULE_DAYS - 1)
    loop = playlist.create_playlist(ws, LED_PLAYLIST, "screen", outlet=SCREEN_OUTLET)
    _note(ws, "playlists", loop)
    playlist.add_items(ws, loop.id, slide_ids, duration_s=SLIDE_SECONDS)
    add_schedule(ws, loop.id, date_from=today, date_to=until, times=[LOOP_FROM], window_end=LOOP_TO)
    morning = playlist.create_playlist(ws, SPEAKER_PLAYLIST, "speaker", outlet=SPEAKER_OUTLET)
    _note(ws, "playlists", morning)
    playlist.add_items(ws, morning.id, sound_ids)
    add_schedule(ws, morning.id, date_from=today, date_to=until, times=[MORNING], weekdays=WEEKDAYS)
    done.playlists += [loop.name, morning.name]


# --- removal ---------------------------------------------------------------------------


def remove_demo(ws: Workspace) -> DemoRemoval:
    """Take every demo row away (see the module's doc); nothing to remove is no error."""
    found = _present(ws)
    gone = DemoRemoval()
    for p in found["playlists"]:
        playlist.delete_playlist(ws, p.id)
        gone.playlists.append(p.name)
    media_ids = {m.id for m in found["media"]}
    gone.taken_out_of = _take_out_of_playlists(ws, media_ids)
    for m in found["media"]:
        library.remove_media(ws, m.id)
        gone.media.append(m.title)
    for o in found["outlets"]:
        with ws.session() as s:
            users = list(s.scalars(select(Playlist.name).where(Playlist.outlet_id == o.id)))
        remove_outlet(ws, o.id, force=True)
        gone.unbound += users
        gone.outlets.append(o.name)
    _save_record(ws, None)
    return gone


def _take_out_of_playlists(ws: Workspace, media_ids: set[int]) -> list[str]:
    """Remove the demo items from the operator's playlists and jingle settings; their names."""
    touched = []
    with ws.session() as s:
        held = select(PlaylistItem.playlist_id).where(PlaylistItem.media_id.in_(media_ids))
        for p in s.scalars(select(Playlist).where(Playlist.id.in_(held)).order_by(Playlist.name)):
            p.items = [i for i in p.items if i.media_id not in media_ids]
            for pos, item in enumerate(p.items):
                item.position = pos
            touched.append(p.name)
        for role in ("intro_media_id", "outro_media_id"):
            row = s.get(Setting, SPEAKER_PREFIX + role)
            if row is not None and row.value in media_ids:
                row.value = None
    return touched
