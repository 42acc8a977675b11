"""Workspace settings with defaults (stored in the database, so they travel
with the workspace and apply to the CLI and the GUI alike)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select

from ledcast.core.db.models import Media, Setting
from ledcast.core.errors import QT_TRANSLATE_NOOP, LedcastError, Text
from ledcast.core.workspace import Workspace

M_BAD_SETTING = QT_TRANSLATE_NOOP("Errors", "The setting “{name}” must be {rule}.")
M_JINGLE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The {role} jingle: no media item with id {id}.")
M_JINGLE_NO_SOUND = QT_TRANSLATE_NOOP(
    "Errors", "The {role} jingle “{title}” (id {id}) has no sound: choose an audio item, or a video with sound.")


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
        rules = [
            ("target_lufs", -40 <= self.target_lufs <= -5,
             QT_TRANSLATE_NOOP("Errors", "between -40 and -5 LUFS")),
            ("true_peak_dbtp", -12 <= self.true_peak_dbtp <= 0,
             QT_TRANSLATE_NOOP("Errors", "between -12 and 0 dBTP")),
            ("silence_threshold_db", -90 <= self.silence_threshold_db <= -20,
             QT_TRANSLATE_NOOP("Errors", "between -90 and -20 dB")),
            ("silence_min_s", 0.05 <= self.silence_min_s <= 10,
             QT_TRANSLATE_NOOP("Errors", "between 0.05 and 10 seconds")),
            ("gap_s", 0 <= self.gap_s <= 60, QT_TRANSLATE_NOOP("Errors", "between 0 and 60 seconds")),
            ("bitrate_kbps", self.bitrate_kbps in (64, 96, 112, 128, 160, 192, 256, 320),
             QT_TRANSLATE_NOOP("Errors", "a standard MP3 bitrate")),
            ("channels", self.channels in (1, 2), QT_TRANSLATE_NOOP("Errors", "1 (mono) or 2 (stereo)")),
        ]
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
            media = s.get(Media, mid) if -2**63 <= mid < 2**63 else None
            if media is None:
                raise LedcastError(M_JINGLE_NOT_FOUND, role=role, id=mid)
            if not (media.kind == "audio" or (media.kind == "video" and media.audio_codec)):
                raise LedcastError(M_JINGLE_NO_SOUND, role=role, title=media.title, id=mid)


def speaker_settings(ws: Workspace) -> SpeakerSettings:
    with ws.session() as s:
        rows = s.scalars(select(Setting).where(Setting.key.like(f"{PREFIX}%")))
        stored = {row.key[len(PREFIX):]: row.value for row in rows}
    known = {f.name for f in fields(SpeakerSettings)}
    return SpeakerSettings(**{k: v for k, v in stored.items() if k in known})


def save_speaker_settings(ws: Workspace, **changes: Any) -> SpeakerSettings:
    current = asdict(speaker_settings(ws))
    current.update({k: v for k, v in changes.items() if v is not None or k.endswith("_media_id")})
    new = SpeakerSettings(**current)
    new.validate()
    _check_jingles(ws, new, {k for k, v in changes.items() if v is not None})
    with ws.session() as s:
        for key, value in asdict(new).items():
            row = s.get(Setting, PREFIX + key)
            if row is None:
                s.add(Setting(key=PREFIX + key, value=value))
            else:
                row.value = value
    return new
