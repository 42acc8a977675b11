"""The export page's summary texts: sizes, local times and what an export wrote."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject

from ledcast.core import export as export_mod
from ledcast.core.formatting import size_text
from ledcast.qt.models.media_model import format_duration


def elide(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def local_time_text(created: dt.datetime) -> str:
    """Export rows are stored in UTC without a zone: show them in local time."""
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.timezone.utc)
    return created.astimezone().strftime("%d/%m/%Y %H:%M")


class ExportSummary(QObject):
    """Words for a finished export; a QObject so its strings have their own tr() context."""

    def summary_text(self, result: export_mod.ExportResult) -> tuple[str, str]:
        head = self.tr("Exported “%1”.").replace("%1", result.playlist_name)
        lines = [
            self.tr("Folder: %1").replace("%1", str(result.folder)),
            *(note.message(QCoreApplication.translate) for note in result.notes),
            self.tr("Files: %1 and manifest.json, %2 in all")
            .replace("%1", str(len(result.files)))
            .replace("%2", size_text(result.total_bytes)),
        ]
        if result.kind == "speaker":
            lines += self._speaker_summary_lines(result)
        else:
            lines += self._screen_summary_lines(result)
        return head, "\n".join(lines)

    def _speaker_summary_lines(self, result: export_mod.ExportResult) -> list[str]:
        audio = result.audio
        assert audio is not None  # a loudspeaker export always has it
        channels = self.tr("mono") if audio.channels == 1 else self.tr("stereo")
        lines = [
            self.tr("Duration: %1 at %2 LUFS (true peak at most %3 dBTP), %4 kb/s %5 MP3")
            .replace("%1", format_duration(result.duration_s))
            .replace("%2", f"{audio.target_lufs:g}")
            .replace("%3", f"{audio.true_peak_dbtp:g}")
            .replace("%4", str(audio.bitrate_kbps))
            .replace("%5", channels),
        ]
        airings = result.airings
        if airings:
            lines.append(self.tr("%1 airing(s) listed in schedule.json and schedule.csv.").replace("%1", str(airings)))
        else:
            lines.append(
                self.tr(
                    "No airings listed in schedule.json and schedule.csv: the playlist has no "
                    "schedule yet (set one on the Playlists page)."
                )
            )
        lines.append(
            self.tr("%1 piece(s) reused from the cache, %2 of sound encoded.")
            .replace("%1", str(result.cached_chunks))
            .replace("%2", format_duration(result.rendered_seconds))
        )
        limited = result.limited_items
        if limited:
            lines.append(
                self.tr("%1 item(s) held under the true-peak ceiling by the limiter.").replace("%1", str(limited))
            )
        return lines

    def _screen_summary_lines(self, result: export_mod.ExportResult) -> list[str]:
        video = result.video
        assert video is not None  # a screen export always has it
        return [
            self.tr("Duration: %1 at %2×%3, %4 fps")
            .replace("%1", format_duration(result.duration_s))
            .replace("%2", str(video.width))
            .replace("%3", str(video.height))
            .replace("%4", f"{video.fps:g}"),
            self.tr("%1 segment(s) reused from the cache, %2 frame(s) rendered.")
            .replace("%1", str(result.cached_chunks))
            .replace("%2", str(result.rendered_frames)),
        ] + (  # schedule files only when the loop is scheduled
            [self.tr("%1 airing(s) listed in schedule.json and schedule.csv.").replace("%1", str(result.airings))]
            if result.airings
            else []
        )
