"""The export page's summary texts: sizes, local times and what an export wrote."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject

from ledcast.core import export as export_mod
from ledcast.core.formatting import size_text
from ledcast.qt.models.media_model import format_duration


def elide(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def signed(value: float) -> str:
    """-16 as "−16": a real minus sign reads as one, not as a dash."""
    return f"{value:g}".replace("-", "\u2212")


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
        # plain words here; the LUFS/dBTP figures are in technical_text (the box's details)
        lines = [
            self.tr("Duration: %1; every item at the standard loudness %2, peaks kept under %3; MP3 %4 kb/s, %5")
            .replace("%1", format_duration(result.duration_s))
            .replace("%2", signed(audio.target_lufs))
            .replace("%3", signed(audio.true_peak_dbtp))
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

    def technical_text(self, result: export_mod.ExportResult) -> str:
        """The figures for those who know them (shown under Show Details)."""
        audio, video = result.audio, result.video
        if audio is not None:
            return (
                self.tr("Loudness %1 LUFS (integrated), true peak at most %2 dBTP; MP3 CBR %3 kb/s, %4 channel(s)")
                .replace("%1", f"{audio.target_lufs:g}")
                .replace("%2", f"{audio.true_peak_dbtp:g}")
                .replace("%3", str(audio.bitrate_kbps))
                .replace("%4", str(audio.channels))
            )
        if video is not None:
            return (
                self.tr("H.264 yuv420p, %1×%2, %3 fps")
                .replace("%1", str(video.width))
                .replace("%2", str(video.height))
                .replace("%3", f"{video.fps:g}")
            )
        return ""

    def _screen_summary_lines(self, result: export_mod.ExportResult) -> list[str]:
        video = result.video
        assert video is not None  # a screen export always has it
        return [
            self.tr("Duration: %1 at %2×%3, %4 pictures a second")
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
