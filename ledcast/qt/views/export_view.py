"""Xuất: write a playlist for a USB stick or a controller in a background job —
a screen playlist as one MP4 at the screen's exact pixel size (or numbered
files), a loudspeaker playlist as one loudness-normalised MP3 programme (or
numbered MP3s for USB boxes) with its schedule — and list the exports made so
far. The options panel, the past-exports list and the summary texts live in
export_options, export_history and export_summary."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from ledcast.core import export as export_mod
from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist
from ledcast.core.jobs import Cancelled
from ledcast.core.limits import Size
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import CACHE, EXPORTS, MEDIA, OUTLETS, PLAYLISTS, SETTINGS, WorkspaceEvents, follow
from ledcast.qt.jobs import JobOwner, JobRunner, run_job
from ledcast.qt.views.airing_dialogs import confirm_airings
from ledcast.qt.views.export_checks import ExportChecks
from ledcast.qt.views.export_history import PATH_ROLE, ExportHistory
from ledcast.qt.views.export_options import LUFS_RANGE, ExportOptions
from ledcast.qt.views.export_summary import ExportSummary, elide, local_time_text, size_text
from ledcast.qt.widgets import open_folder

__all__ = ["ExportView", "LUFS_RANGE", "PATH_ROLE", "elide", "local_time_text", "size_text"]

LAST_DIR_KEY = "export/last_dir"


class ExportView(JobOwner, QWidget):
    export_finished = Signal(object)  # the ExportResult, or None when cancelled or failed

    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)
        self.summary_box: QMessageBox | None = None
        self.last_result: export_mod.ExportResult | None = None
        self._playlists: dict[int, Playlist] = {}
        self._prefilled: tuple | None = None  # (playlist id, width, height, fps) the size was filled from
        self._summary = ExportSummary(self)
        self.checks = ExportChecks(ws, self.events, self)

        # the panels own the widgets; the page keeps its old attribute names for them
        self.options_box = options = ExportOptions(ws)
        self.playlist_combo = options.playlist_combo
        self.no_playlists = options.no_playlists
        self.dest_edit = options.dest_edit
        self.choose_button = options.choose_button
        self.width_spin = options.width_spin
        self.height_spin = options.height_spin
        self.fps_spin = options.fps_spin
        self.size_hint = options.size_hint
        self.fit_combo = options.fit_combo
        self.fade_spin = options.fade_spin
        self.keep_audio_check = options.keep_audio_check
        self.per_item_check = options.per_item_check
        self.lufs_spin = options.lufs_spin
        self.speaker_hint = options.speaker_hint
        self.form = options.form
        self.export_button = options.export_button
        self.dest_edit.setText(QSettings().value(LAST_DIR_KEY, "", str) or "")

        self.history_panel = history = ExportHistory(ws)
        self.history = history.history
        self.open_button = history.open_button
        self.history_count = history.history_count
        self.recovery_note = history.recovery_note

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Export") + "</h2>"))
        layout.addWidget(options)
        layout.addWidget(history, 1)

        self.playlist_combo.currentIndexChanged.connect(self._on_playlist)
        self.choose_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.start_export)
        self.dest_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.history.itemSelectionChanged.connect(self._update_buttons)
        history.confirm_button.clicked.connect(lambda: confirm_airings(self, ws, self.events, history.selected_id()))

        self.refresh()
        self.export_finished.connect(lambda _r: self.events.announce(self, EXPORTS, CACHE))
        follow(self, self.events, {EXPORTS, MEDIA, OUTLETS, PLAYLISTS, SETTINGS}, lambda _t: self.refresh())

    # --- data -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload playlists, their outlets, the loudspeaker settings and the past
        exports (one of them changed); settle exports a kill left half-swapped."""
        notes = export_mod.recover_interrupted(self.ws)
        if notes:
            self.recovery_note.setText("\n".join(n.message(QCoreApplication.translate) for n in notes))
            self.recovery_note.setVisible(True)
        self.options_box.reload_speaker_settings()
        current = self.playlist_combo.currentData()
        playlists = [p for p in pl.list_playlists(self.ws) if p.kind in ("screen", "speaker")]
        self._playlists = {p.id: p for p in playlists}
        self.playlist_combo.blockSignals(True)
        self.playlist_combo.clear()
        for p in playlists:
            self.playlist_combo.addItem(self.options_box.playlist_label(p), p.id)
        idx = self.playlist_combo.findData(current)
        self.playlist_combo.setCurrentIndex(idx if idx >= 0 else (0 if playlists else -1))
        self.playlist_combo.blockSignals(False)
        self.no_playlists.setVisible(not playlists)
        self.playlist_combo.setEnabled(bool(playlists))
        if self._outlet_key(self.current_playlist()) != self._prefilled:
            self._on_playlist()  # another playlist, or its screen changed: prefill again
        else:
            self.options_box.update_size_hint(self.current_playlist())
            self.options_box.show_options_for(self.current_playlist())
            self._update_buttons()
        self.reload_history()

    def current_playlist(self) -> Playlist | None:
        pid = self.playlist_combo.currentData()
        return self._playlists.get(pid) if pid is not None else None

    @staticmethod
    def _outlet_key(p: Playlist | None) -> tuple | None:
        if p is None:
            return None
        o = p.outlet
        return (p.id, o.width, o.height, o.fps) if o is not None else (p.id, None, None, None)

    def _on_playlist(self, *_args) -> None:  # type: ignore[no-untyped-def]
        """Prefill size and frame rate from the playlist's screen."""
        p = self.current_playlist()
        self._prefilled = self._outlet_key(p)
        self.options_box.prefill(p)
        self._update_buttons()

    def _update_buttons(self) -> None:
        reason = ""
        if self.job is not None:
            reason = self.tr("An export is running.")
        elif self.current_playlist() is None:
            reason = self.tr("Choose a playlist to export.")
        elif not self.dest_edit.text().strip():
            reason = self.tr("Choose the folder to export to (Choose…).")
        self.options_box.set_export_reason(reason)
        self.open_button.setEnabled(bool(self.history.selectionModel().selectedRows()))
        self.history_panel.confirm_button.setEnabled(self.open_button.isEnabled())

    def reload_history(self) -> None:
        self.history_panel.reload_history()
        self._update_buttons()

    def open_selected(self) -> None:
        self.history_panel.open_selected()

    # --- destination --------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.dest_edit.text().strip() or QSettings().value(LAST_DIR_KEY, "", str) or ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), start)
        if folder:
            self.dest_edit.setText(folder)
            QSettings().setValue(LAST_DIR_KEY, folder)

    # --- export -------------------------------------------------------------------

    def start_export(self) -> JobRunner | None:
        if self.job is not None:
            QMessageBox.information(self, self.tr("Export"), self.tr("An export is already running."))
            return None
        p = self.current_playlist()
        if p is None:
            QMessageBox.information(self, self.tr("Export"), self.tr("Choose a playlist to export."))
            return None
        dest = self.dest_edit.text().strip()
        if not dest:
            QMessageBox.information(self, self.tr("Export"), self.tr("Choose the folder to export to."))
            return None
        # the screen and loudspeaker builds differ only in their options
        export_fn: Callable[..., export_mod.ExportResult]
        options: dict[str, Any]
        if p.kind == "speaker":
            export_fn, options = export_mod.export_speaker, dict(lufs=self.lufs_spin.value())
        else:
            w, h = self.width_spin.value(), self.height_spin.value()
            if not w or not h:
                QMessageBox.warning(
                    self, self.tr("Export"), self.tr("Enter the screen's pixel size (width × height) to export for.")
                )
                (self.width_spin if not w else self.height_spin).setFocus()
                return None
            export_fn = export_mod.export_screen
            options = dict(
                size=Size(w, h),
                fps=self.fps_spin.value(),
                fit=self.fit_combo.currentData(),
                fade_s=self.fade_spin.value(),
                keep_audio=self.keep_audio_check.isChecked(),
            )
        go_ahead = self.checks.before_export(p.id, dest)  # approval, and replacing an earlier export
        if go_ahead is None:
            return None
        QSettings().setValue(LAST_DIR_KEY, dest)
        per_item = self.per_item_check.isChecked()
        fn = partial(export_fn, self.ws, p.id, Path(dest).expanduser(), per_item=per_item, **options, **go_ahead)
        runner = run_job(
            self,
            fn,
            title=self.tr("Exporting “%1”").replace("%1", p.name),
            on_done=self._on_done,
            on_cancelled=self._on_cancelled,
            on_failed=self._on_failed,
        )
        self._update_buttons()
        return runner

    def _ended(self) -> None:
        self._update_buttons()
        self.reload_history()
        self.last_result = None
        self.export_finished.emit(None)

    def _on_cancelled(self, _exc: Cancelled) -> None:
        QMessageBox.information(
            self,
            self.tr("Export cancelled"),
            self.tr("The export was cancelled; nothing was written at the destination."),
        )
        self._ended()

    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
        self._ended()

    def _on_done(self, result: export_mod.ExportResult) -> None:
        self._update_buttons()
        self.last_result = result
        self.reload_history()
        self._show_summary(result)
        self.export_finished.emit(result)

    def summary_text(self, result: export_mod.ExportResult) -> tuple[str, str]:
        return self._summary.summary_text(result)

    def _show_summary(self, result: export_mod.ExportResult) -> None:
        head, details = self.summary_text(result)
        if self.summary_box is not None:
            self.summary_box.setObjectName("")  # until deleteLater() runs, only the new one is findable
            self.summary_box.close()
            self.summary_box.deleteLater()
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Export finished"), head, QMessageBox.StandardButton.Close, self
        )
        box.setInformativeText(details)
        files = [f"{f['name']}  {size_text(f['size'])}  MD5 {f['md5']}" for f in result.files]
        box.setDetailedText("\n".join([self._summary.technical_text(result), *files]))
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder = result.folder
        open_button.clicked.connect(lambda: open_folder(self, Path(folder)))
        box.setDefaultButton(open_button)
        box.setObjectName("exportSummary")
        self.summary_box = box
        box.open()
