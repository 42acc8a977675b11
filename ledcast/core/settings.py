"""Workspace settings with defaults (stored in the database, so they travel
with the workspace and apply to the CLI and the GUI alike)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select

from ledcast.core.db.models import Media, Setting
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError, Text
from ledcast.core.formatting import GB, MB
from ledcast.core.workspace import Workspace

M_BAD_SETTING = QT_TRANSLATE_NOOP("Errors", "The setting “{name}” must be {rule}.")
M_JINGLE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The {role} jingle: no media item with id {id}.")
M_JINGLE_NO_SOUND = QT_TRANSLATE_NOOP(
    "Errors", "The {role} jingle “{title}” (id {id}) has no sound: choose an audio item, or a video with sound."
)


# the bounds SpeakerSettings.validate() allows; the Settings and Export pages take their ranges from here
BOUNDS: dict[str, tuple[float, float]] = {
    "target_lufs": (-40.0, -5.0),
    "true_peak_dbtp": (-12.0, 0.0),
    "silence_threshold_db": (-90.0, -20.0),
    "silence_min_s": (0.05, 10.0),
    "gap_s": (0.0, 60.0),
}
BOUND_RULES = {  # how the bounds read in a refusal
    "target_lufs": QT_TRANSLATE_NOOP("Errors", "between -40 and -5 LUFS"),
    "true_peak_dbtp": QT_TRANSLATE_NOOP("Errors", "between -12 and 0 dBTP"),
    "silence_threshold_db": QT_TRANSLATE_NOOP("Errors", "between -90 and -20 dB"),
    "silence_min_s": QT_TRANSLATE_NOOP("Errors", "between 0.05 and 10 seconds"),
    "gap_s": QT_TRANSLATE_NOOP("Errors", "between 0 and 60 seconds"),
}
R_BITRATE = QT_TRANSLATE_NOOP("Errors", "a standard MP3 bitrate")
R_CHANNELS = QT_TRANSLATE_NOOP("Errors", "1 (mono) or 2 (stereo)")
BITRATES = (64, 96, 112, 128, 160, 192, 256, 320)  # kb/s: the standard MP3 bitrates
CHANNELS = (1, 2)


def _within(name: str, value: float) -> bool:
    low, high = BOUNDS[name]
    return low <= value <= high


@dataclass(frozen=True)
class SpeakerSettings:
    target_lufs: float = -16.0  # integrated loudness each item is brought to
    true_peak_dbtp: float = -1.5  # ceiling after gain
    silence_threshold_db: float = -50.0  # quieter than this counts as silence
    silence_min_s: float = 0.3  # shorter silences at the ends are kept
    gap_s: float = 1.0  # silence between items
    bitrate_kbps: int = 128
    channels: int = 1  # 1 = mono (loudspeakers), 2 = stereo
    intro_media_id: int | None = None  # jingles, optional
    outro_media_id: int | None = None

    def validate(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith("_media_id"):
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    raise LedcastError(M_JINGLE_NOT_FOUND, role=Text(ROLES[f.name]), id=str(value)[:40])
            elif isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                # NaN passes every "between" check the wrong way round
                raise LedcastError(M_BAD_SETTING, name=f.name, rule=Text(R_NUMBER))
        rules = [(name, _within(name, getattr(self, name)), BOUND_RULES[name]) for name in BOUNDS]
        rules.append(("bitrate_kbps", self.bitrate_kbps in BITRATES, R_BITRATE))
        rules.append(("channels", self.channels in CHANNELS, R_CHANNELS))
        for name, ok, rule in rules:
            if not ok:
                raise LedcastError(M_BAD_SETTING, name=name, rule=Text(rule))


R_NUMBER = QT_TRANSLATE_NOOP("Errors", "a number")
R_INTRO = QT_TRANSLATE_NOOP("Errors", "intro")
R_OUTRO = QT_TRANSLATE_NOOP("Errors", "outro")
ROLES = {"intro_media_id": R_INTRO, "outro_media_id": R_OUTRO}
PREFIX = "speaker."


def _check_jingles(ws: Workspace, sp: SpeakerSettings, changed: set[str]) -> None:
    """An intro or outro being set must be an existing item that has sound
    (audio, or a video with an audio stream); a picture would fail every export."""
    with ws.session() as s:
        for key, rule in ROLES.items():
            mid, role = getattr(sp, key), Text(rule)
            if key not in changed or mid is None:
                continue
            media = s.get(Media, mid) if -(2**63) <= mid < 2**63 else None
            if media is None:
                raise LedcastError(M_JINGLE_NOT_FOUND, role=role, id=mid)
            if not (media.kind == "audio" or (media.kind == "video" and media.audio_codec)):
                raise LedcastError(M_JINGLE_NO_SOUND, role=role, title=media.title, id=mid)


def read_prefixed(ws: Workspace, prefix: str) -> dict[str, Any]:
    """The stored settings whose keys start with `prefix` ("speaker."), by the rest of their key."""
    with ws.session() as s:
        rows = s.scalars(select(Setting).where(Setting.key.like(f"{prefix}%")))
        return {row.key[len(prefix) :]: row.value for row in rows}


def store_prefixed(ws: Workspace, prefix: str, values: dict[str, Any]) -> None:
    """Store settings under `prefix` + name, in one transaction."""
    with ws.session() as s:
        for key, value in values.items():
            row = s.get(Setting, prefix + key)
            if row is None:
                s.add(Setting(key=prefix + key, value=value))
            else:
                row.value = value


def speaker_settings(ws: Workspace) -> SpeakerSettings:
    stored = read_prefixed(ws, PREFIX)
    known = {f.name for f in fields(SpeakerSettings)}
    return SpeakerSettings(**{k: v for k, v in stored.items() if k in known})


def save_speaker_settings(ws: Workspace, **changes: Any) -> SpeakerSettings:
    current = asdict(speaker_settings(ws))
    current.update({k: v for k, v in changes.items() if v is not None or k.endswith("_media_id")})
    new = SpeakerSettings(**current)
    new.validate()
    _check_jingles(ws, new, {k for k, v in changes.items() if v is not None})
    store_prefixed(ws, PREFIX, asdict(new))
    return new


WORKSPACE_UID = "workspace.uid"


def workspace_uid(ws: Workspace) -> str:
    """A random id for this workspace, made on first need: exports carry it in
    their manifest so two workspaces writing to one USB stick (whose playlist
    ids collide) never take each other's export for their own."""
    import uuid

    from sqlalchemy.exc import IntegrityError

    with ws.session() as s:
        row = s.get(Setting, WORKSPACE_UID)
        if row is not None and isinstance(row.value, str) and row.value:
            return row.value
    made = uuid.uuid4().hex
    try:
        with ws.session() as s:
            row = s.get(Setting, WORKSPACE_UID)
            if row is None:
                s.add(Setting(key=WORKSPACE_UID, value=made))
            elif not (isinstance(row.value, str) and row.value):
                row.value = made
            else:
                made = row.value
    except IntegrityError:  # another process made it at the same moment: take theirs
        with ws.session() as s:
            row = s.get(Setting, WORKSPACE_UID)
            assert row is not None
            made = row.value
    return made


# --- segment cache limit --------------------------------------------------------------

CACHE_MAX_KEY = "cache.max_bytes"  # absent or null: automatic (see ledcast.core.render.cache.auto_limit)
CACHE_MIN_BYTES = 100 * MB
CACHE_MAX_BYTES = 10_000 * GB
M_BAD_SIZE = QT_TRANSLATE_NOOP("Errors", "“{text}” is not a size: write e.g. 800MB, 5GB or auto.")
R_CACHE_LIMIT = QT_TRANSLATE_NOOP("Errors", "between 100 MB and 10000 GB, or automatic")


def cache_limit_setting(ws: Workspace) -> int | None:
    """The limit the operator chose for the segment cache, or None (automatic)."""
    with ws.session() as s:
        row = s.get(Setting, CACHE_MAX_KEY)
        value = row.value if row is not None else None
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def save_cache_limit(ws: Workspace, max_bytes: int | None) -> int | None:
    if max_bytes is not None and not CACHE_MIN_BYTES <= max_bytes <= CACHE_MAX_BYTES:
        raise LedcastError(M_BAD_SETTING, name=CACHE_MAX_KEY, rule=Text(R_CACHE_LIMIT))
    _store(ws, CACHE_MAX_KEY, max_bytes)
    return max_bytes


def _store(ws: Workspace, key: str, value: Any) -> None:
    with ws.session() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


# --- approval ------------------------------------------------------------------------

REQUIRE_APPROVAL_KEY = "export.require_approval"  # absent: on (Decree 49/2024: programmes are approved first)


def require_approval(ws: Workspace) -> bool:
    """Whether exports (and, later, play-out) refuse items not approved."""
    with ws.session() as s:
        row = s.get(Setting, REQUIRE_APPROVAL_KEY)
        value = row.value if row is not None else None
    return value if isinstance(value, bool) else True


def save_require_approval(ws: Workspace, on: bool) -> bool:
    _store(ws, REQUIRE_APPROVAL_KEY, bool(on))
    return bool(on)


def parse_size(text: str) -> int | None:
    """'800MB', '5GB', '2.5g', '700' (MB) -> bytes; 'auto' -> None."""
    import re

    t = text.strip().lower().replace(" ", "")
    if t in ("auto", "automatic"):
        return None
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)(m|mb|mib|g|gb|gib)?", t)
    if not m:
        raise LedcastError(M_BAD_SIZE, text=text)
    unit = GB if (m.group(2) or "m").startswith("g") else MB
    return int(float(m.group(1).replace(",", ".")) * unit)
