"""Export packages for USB sticks and controllers.

- `folder`: the staged-and-verified folder every export is made in (staging,
  checks, checksums, manifest.json, the swap into place, the history record).
- `destination`: which folder an export goes to; `recovery`: the claim, the
  journalled swap and settling what a kill interrupted; `history`: the
  Export table and the records of exports under way.
- `screen`, `speaker`: what each kind of export puts in the folder;
  `schedule_files`, `files`: the schedule files, file names and playlist.m3u8;
  `result`: the typed `ExportResult` the shells read.

The names below are what the shells and tests use (`from ledcast.core import export`).
"""

from ledcast.core.export.destination import FORMAT, Earlier, ReplaceNeeded
from ledcast.core.export.folder import (
    FORMAT_VERSION,
    M_VERIFY_FAILED,
    Progress,
    earlier_export,
    file_entry,
    owner,
    segment_cache,
)
from ledcast.core.export.history import (
    CHANGED,
    INTACT,
    MISSING,
    REPLACED,
    export_status,
    list_exports,
    record_recovered,
    recover_interrupted,
)
from ledcast.core.export.result import AudioFormat, ExportResult, VideoFormat
from ledcast.core.export.schedule_files import schedule_rows
from ledcast.core.export.screen import (
    M_BAD_FADE,
    M_BAD_FPS,
    M_FADE_TOO_LONG,
    M_NEEDS_SIZE,
    M_NOT_SCREEN,
    export_screen,
    screen_settings,
    verify_video,
)
from ledcast.core.export.speaker import M_NOT_SPEAKER, export_speaker, verify_audio

__all__ = [
    "CHANGED",
    "INTACT",
    "MISSING",
    "REPLACED",
    "Earlier",
    "ReplaceNeeded",
    "earlier_export",
    "export_status",
    "FORMAT",
    "FORMAT_VERSION",
    "M_BAD_FADE",
    "M_BAD_FPS",
    "M_FADE_TOO_LONG",
    "M_NEEDS_SIZE",
    "M_NOT_SCREEN",
    "M_NOT_SPEAKER",
    "M_VERIFY_FAILED",
    "AudioFormat",
    "ExportResult",
    "Progress",
    "VideoFormat",
    "export_screen",
    "export_speaker",
    "file_entry",
    "list_exports",
    "owner",
    "record_recovered",
    "recover_interrupted",
    "schedule_rows",
    "screen_settings",
    "segment_cache",
    "verify_audio",
    "verify_video",
]
