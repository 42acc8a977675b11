"""What an export hands back to the shells: typed, so no shell digs in the manifest."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledcast.core.errors import LedcastError


@dataclass(frozen=True)
class VideoFormat:
    """A screen export's video, at the encoded size (the content size padded to even pixels)."""

    width: int
    height: int
    fps: float


@dataclass(frozen=True)
class AudioFormat:
    """A loudspeaker export's sound."""

    target_lufs: float
    true_peak_dbtp: float
    bitrate_kbps: int
    channels: int


@dataclass
class ExportResult:
    export_id: int
    folder: Path
    files: list[dict[str, Any]]  # name, size, sha256, md5 of each file, as manifest.json lists them
    manifest: dict[str, Any]
    rendered_frames: int = 0
    cached_chunks: int = 0
    rendered_seconds: float = 0.0
    # what the operator should know: the destination got a suffixed name, an
    # interrupted earlier export was completed or undone (LedcastError: .message(translate))
    notes: list[LedcastError] = field(default_factory=list)
    renamed_from: Path | None = None  # the folder asked for, when it held something else
    # read from the manifest once, here (names as written: one clean line each)
    playlist_name: str = ""
    kind: str = ""  # "screen" or "speaker"
    duration_s: float = 0.0
    per_item: bool = False
    total_bytes: int = 0  # of the files listed, manifest.json aside
    video: VideoFormat | None = None  # screen exports
    audio: AudioFormat | None = None  # loudspeaker exports
    airings: int = 0  # rows in schedule.json/.csv (a screen export writes them when scheduled)
    limited_items: int = 0  # loudspeaker: items the true-peak limiter held down

    @classmethod
    def of(cls, export_id: int, folder: Path, manifest: dict[str, Any], **stats: Any) -> ExportResult:
        files = manifest.get("files", [])
        video, audio = manifest.get("video"), manifest.get("audio")
        return cls(
            export_id,
            folder,
            files,
            manifest,
            **stats,
            playlist_name=str((manifest.get("playlist") or {}).get("name", "")),
            kind=str(manifest.get("kind", "")),
            duration_s=float(manifest.get("duration_s", 0.0)),
            per_item=bool(manifest.get("per_item", False)),
            total_bytes=sum(int(f["size"]) for f in files),
            video=VideoFormat(video["width"], video["height"], video["fps"]) if video else None,
            audio=(
                AudioFormat(audio["target_lufs"], audio["true_peak_dbtp"], audio["bitrate_kbps"], audio["channels"])
                if audio
                else None
            ),
            airings=int(manifest.get("airings", 0)),
            limited_items=sum(1 for x in manifest.get("items", []) if x.get("limited")),
        )
