"""Xuất: write a playlist for a USB stick or a controller in a background job —
a screen playlist as one MP4 at the screen's exact pixel size (or numbered
files), a loudspeaker playlist as one loudness-normalised MP3 programme (or
numbered MP3s for USB boxes) with its schedule — and list the exports made so
far."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import export as export_mod
from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist
from ledcast.core.errors import LedcastError
from ledcast.core.ffmpeg import Cancelled
from ledcast.core.outlets import MAX_SIDE
from ledcast.core.settings import SpeakerSettings, speaker_settings
from ledcast.core.workspace import Workspace
from ledcast.qt import workers
from ledcast.qt.errors import error_text
from ledcast.qt.models.media_model import format_duration
from ledcast.qt.views.playlist_view import kind_label

LAST_DIR_KEY = "export/last_dir"
PATH_ROLE = Qt.ItemDataRole.UserRole
ETA_FROM = 0.03  # show the time remaining once this much is done
LUFS_RANGE = (-40.0, -5.0)  # as SpeakerSettings.validate() allows


def size_text(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(n)


def elide(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def local_time_text(created: dt.datetime) -> str:
    """Export rows are stored in UTC without a zone: show them in local time."""
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.timezone.utc)
    return created.astimezone().strftime("%d/%m/%Y %H:%M")


class ExportView(QWidget):
    export_finished = Signal(object)  # the ExportResult, or None when cancelled or failed

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.job: workers.Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.last_result: export_mod.ExportResult | None = None
        self._started = 0.0
        self._playlists: dict[int, Playlist] = {}
        self._prefilled: tuple | None = None  # (playlist id, width, height, fps) the size was filled from
        self._speaker = SpeakerSettings()
        self._lufs_default: float | None = None  # the Settings target the loudness box was filled from

        # what to export
        self.playlist_combo = QComboBox()
        self.playlist_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.playlist_combo.setMinimumContentsLength(30)
        self.no_playlists = QLabel(self.tr("There is no playlist yet: make one on the Playlists page."))
        self.no_playlists.setWordWrap(True)
        self.no_playlists.setStyleSheet("color: palette(mid);")

        self.dest_edit = QLineEdit()
        self.dest_edit.setPlaceholderText(self.tr("A folder on the USB stick, e.g. E:\\ or /media/usb"))
        self.dest_edit.setClearButtonEnabled(True)
        self.dest_edit.setText(QSettings().value(LAST_DIR_KEY, "", str) or "")
        self.choose_button = QPushButton(self.tr("Choose…"))
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(self.choose_button)

        self.width_spin = QSpinBox()
        self.height_spin = QSpinBox()
        for box in (self.width_spin, self.height_spin):
            box.setRange(0, MAX_SIDE)
            box.setSpecialValueText("—")  # 0: not known yet, the operator must enter it
            box.setSuffix(" px")
            box.setMinimumWidth(90)
        self.fps_spin = QDoubleSpinBox()
        self.fps_spin.setRange(1, 120)
        self.fps_spin.setDecimals(2)
        self.fps_spin.setSuffix(" fps")
        self.fps_spin.setValue(25)
        self.size_hint = QLabel()
        self.size_hint.setStyleSheet("color: palette(mid);")
        self.size_hint.setWordWrap(True)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin)
        size_row.addSpacing(16)
        size_row.addWidget(QLabel(self.tr("Frame rate")))
        size_row.addWidget(self.fps_spin)
        size_row.addSpacing(12)
        size_row.addWidget(self.size_hint, 1)

        self.fit_combo = QComboBox()
        self.fit_combo.addItem(self.tr("Fit the whole picture, black bars where needed"), "fit")
        self.fit_combo.addItem(self.tr("Fill the screen, cropping the edges"), "fill")
        self.fit_combo.addItem(self.tr("Stretch to the screen"), "stretch")
        self.fade_spin = QDoubleSpinBox()
        self.fade_spin.setRange(0, 2)
        self.fade_spin.setDecimals(1)
        self.fade_spin.setSingleStep(0.5)
        self.fade_spin.setSuffix(" s")
        self.fade_spin.setValue(0)
        self.fade_spin.setSpecialValueText(self.tr("No fade"))
        # wide enough for the Vietnamese "Không chuyển mờ" without clipping
        label_px = self.fade_spin.fontMetrics().horizontalAdvance(self.fade_spin.specialValueText())
        self.fade_spin.setMinimumWidth(label_px + 48)
        look_row = QHBoxLayout()
        look_row.addWidget(self.fit_combo, 1)
        look_row.addSpacing(16)
        look_row.addWidget(QLabel(self.tr("Fade in and out")))
        look_row.addWidget(self.fade_spin)

        self.keep_audio_check = QCheckBox(self.tr("Keep the sound of video clips"))
        self.keep_audio_check.setChecked(True)
        self.per_item_check = QCheckBox()

        # loudspeaker options
        self.lufs_spin = QDoubleSpinBox()
        self.lufs_spin.setRange(*LUFS_RANGE)
        self.lufs_spin.setDecimals(1)
        self.lufs_spin.setSingleStep(0.5)
        self.lufs_spin.setSuffix(" LUFS")
        self.lufs_spin.setMinimumWidth(110)
        self.lufs_spin.setToolTip(
            self.tr(
                "The loudness every item is brought to for this export (-16 LUFS suits "
                "most loudspeaker systems; lower is quieter). The usual value is set "
                "in Settings."
            )
        )
        lufs_note = QLabel(self.tr("every item is brought to the same loudness"))
        lufs_note.setStyleSheet("color: palette(mid);")
        lufs_row = QHBoxLayout()
        lufs_row.addWidget(self.lufs_spin)
        lufs_row.addSpacing(12)
        lufs_row.addWidget(lufs_note, 1)
        self.speaker_hint = QLabel()  # short lines, no word wrap: a wrapped label leaves gaps in the form
        self.speaker_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker_hint.setStyleSheet("color: palette(mid);")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Playlist"), self.playlist_combo)
        form.addRow("", self.no_playlists)
        form.addRow(self.tr("Destination folder"), dest_row)
        first = form.rowCount()
        form.addRow(self.tr("Pixel size"), size_row)
        form.addRow(self.tr("Fit to the screen"), look_row)
        form.addRow("", self.keep_audio_check)
        self._screen_rows = list(range(first, form.rowCount()))
        first = form.rowCount()
        form.addRow(self.tr("Loudness target"), lufs_row)
        form.addRow("", self.speaker_hint)
        self._speaker_rows = list(range(first, form.rowCount()))
        form.addRow("", self.per_item_check)
        self.form = form

        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.setMinimumWidth(140)
        self.export_button.setStyleSheet("font-weight: 600;")
        dest_note = QLabel(
            self.tr(
                "A new or empty folder, or an earlier export of the same playlist, is replaced "
                "as a whole; a folder holding other files gets a sub-folder named after the "
                "playlist (with -2, -3… when that name is taken). Nothing else is replaced."
            )
        )
        dest_note.setWordWrap(True)
        dest_note.setStyleSheet("color: palette(mid);")
        go_row = QHBoxLayout()
        go_row.addWidget(dest_note, 1)
        go_row.addWidget(self.export_button)

        self.options_box = box = QGroupBox(self.tr("Export a playlist"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(go_row)

        # past exports
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Playlist"), self.tr("Folder"), self.tr("Files"), self.tr("Size"), self.tr("For")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setToolTip(self.tr("Double-click a row to open its folder"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.history_count = QLabel()
        history_head = QHBoxLayout()
        history_head.addWidget(QLabel("<b>" + self.tr("Past exports") + "</b>"))
        history_head.addWidget(self.history_count)
        history_head.addStretch(1)
        history_head.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Export") + "</h2>"))
        layout.addWidget(box)
        layout.addLayout(history_head)
        self.recovery_note = QLabel()  # an interrupted export finished or undone when the page was shown
        self.recovery_note.setWordWrap(True)
        self.recovery_note.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_note.setVisible(False)
        layout.addWidget(self.recovery_note)
        layout.addWidget(self.history, 1)

        self.playlist_combo.currentIndexChanged.connect(self._on_playlist)
        self.choose_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.start_export)
        self.dest_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.history.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)

        self.refresh()

    # --- data -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload playlists, their outlets, the loudspeaker settings and the past
        exports (the page was shown); settle exports a kill left half-swapped."""
        notes = export_mod.recover_interrupted(self.ws)
        if notes:
            self.recovery_note.setText("\n".join(n.message(QCoreApplication.translate) for n in notes))
            self.recovery_note.setVisible(True)
        self._reload_speaker_settings()
        current = self.playlist_combo.currentData()
        playlists = [p for p in pl.list_playlists(self.ws) if p.kind in ("screen", "speaker")]
        self._playlists = {p.id: p for p in playlists}
        self.playlist_combo.blockSignals(True)
        self.playlist_combo.clear()
        for p in playlists:
            self.playlist_combo.addItem(self.playlist_label(p), p.id)
        idx = self.playlist_combo.findData(current)
        self.playlist_combo.setCurrentIndex(idx if idx >= 0 else (0 if playlists else -1))
        self.playlist_combo.blockSignals(False)
        self.no_playlists.setVisible(not playlists)
        self.playlist_combo.setEnabled(bool(playlists))
        if self._outlet_key(self.current_playlist()) != self._prefilled:
            self._on_playlist()  # another playlist, or its screen changed: prefill again
        else:
            self._update_size_hint(self.current_playlist())
            self._show_options_for(self.current_playlist())
            self._update_buttons()
        self.reload_history()

    def _reload_speaker_settings(self) -> None:
        """The loudspeaker settings may have changed in Settings: show them, and take
        the new loudness target unless the operator chose another one here."""
        self._speaker = speaker_settings(self.ws)
        target = self._speaker.target_lufs
        if self._lufs_default is None or abs(self.lufs_spin.value() - self._lufs_default) < 1e-6:
            self.lufs_spin.setValue(target)
        self._lufs_default = target
        self.speaker_hint.setText(self.speaker_settings_text(self._speaker))

    def _jingle_title(self, media_id: int | None) -> str | None:
        if not media_id:
            return None
        try:
            return library.get_media(self.ws, media_id).title
        except LedcastError:
            return None  # a jingle removed from the library is skipped by the export

    def speaker_settings_text(self, sp: SpeakerSettings) -> str:
        """The loudspeaker settings this export uses besides the loudness target."""
        channels = self.tr("mono") if sp.channels == 1 else self.tr("stereo")
        parts = [
            self.tr("true-peak ceiling %1 dBTP").replace("%1", f"{sp.true_peak_dbtp:g}"),
            self.tr("%1 s of silence between items").replace("%1", f"{sp.gap_s:g}"),
            self.tr("%1 kb/s %2 MP3").replace("%1", str(sp.bitrate_kbps)).replace("%2", channels),
        ]
        intro, outro = self._jingle_title(sp.intro_media_id), self._jingle_title(sp.outro_media_id)
        jingles = []
        if intro is not None:
            jingles.append(self.tr("intro jingle “%1”").replace("%1", elide(intro)))
        if outro is not None:
            jingles.append(self.tr("outro jingle “%1”").replace("%1", elide(outro)))
        return "\n".join(
            [
                " · ".join(parts),
                " · ".join(jingles) or self.tr("no jingles"),
                self.tr("These are changed on the Settings page (Loudspeaker export)."),
            ]
        )

    def _show_options_for(self, p: Playlist | None) -> None:
        """Screen playlists get size, frame rate, fit, fades and clip sound;
        loudspeaker playlists get the loudness target and the settings used."""
        speaker = p is not None and p.kind == "speaker"
        for row in self._screen_rows:
            self.form.setRowVisible(row, not speaker)
        for row in self._speaker_rows:
            self.form.setRowVisible(row, speaker)
        if speaker:
            self.options_box.setTitle(self.tr("Export a loudspeaker playlist"))
            self.per_item_check.setText(
                self.tr("One file per item (numbered MP3s for USB boxes that play in name order)")
            )
        else:
            self.options_box.setTitle(self.tr("Export a screen playlist"))
            self.per_item_check.setText(self.tr("One file per item (numbered, for controllers that take a file list)"))

    def playlist_label(self, p: Playlist) -> str:
        o = p.outlet
        if p.kind == "speaker":
            where = self.tr("%1 (loudspeakers)").replace("%1", o.name) if o is not None else kind_label(self, "speaker")
        elif o is not None and o.width and o.height:
            where = f"{o.name} {o.width}×{o.height}"
        else:
            where = self.tr("no screen outlet")
        return (
            self.tr("%1 — %2 · %3 · %4 item(s)")
            .replace("%1", p.name)
            .replace("%2", where)
            .replace("%3", format_duration(pl.total_duration(p)))
            .replace("%4", str(len(p.items)))
        )

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
        o = p.outlet if p is not None else None
        if o is not None and o.width and o.height:
            self.width_spin.setValue(o.width)
            self.height_spin.setValue(o.height)
            self.fps_spin.setValue(o.fps or 25)
        else:
            self.width_spin.setValue(0)
            self.height_spin.setValue(0)
            self.fps_spin.setValue(25)
        self._update_size_hint(p)
        self._show_options_for(p)
        self._update_buttons()

    def _update_size_hint(self, p: Playlist | None) -> None:
        o = p.outlet if p is not None else None
        if p is None or p.kind != "screen":
            self.size_hint.setText("")
        elif o is not None and o.width and o.height:
            self.size_hint.setText(self.tr("from the outlet “%1”").replace("%1", o.name))
        else:
            self.size_hint.setText(self.tr("This playlist has no screen outlet: enter the screen's pixel size."))

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.export_button.setEnabled(
            not busy and self.current_playlist() is not None and bool(self.dest_edit.text().strip())
        )
        self.open_button.setEnabled(bool(self.history.selectionModel().selectedRows()))

    def reload_history(self) -> None:
        rows = export_mod.list_exports(self.ws)
        self.history.setRowCount(len(rows))
        for r, e in enumerate(rows):
            date = QTableWidgetItem(local_time_text(e.created_at))
            date.setData(PATH_ROLE, e.out_path)
            self.history.setItem(r, 0, date)
            self.history.setItem(r, 1, QTableWidgetItem(e.playlist_name))
            folder = QTableWidgetItem(e.out_path)
            folder.setToolTip(e.out_path)
            self.history.setItem(r, 2, folder)
            files = QTableWidgetItem(str(e.file_count))
            files.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.history.setItem(r, 3, files)
            size = QTableWidgetItem(size_text(e.total_bytes))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.history.setItem(r, 4, size)
            self.history.setItem(r, 5, QTableWidgetItem(kind_label(self, e.kind)))
        for col in (0, 1, 3, 4, 5):
            self.history.resizeColumnToContents(col)
        self.history.setColumnWidth(1, min(self.history.columnWidth(1), 300))
        self.history_count.setText(self.tr("(%1)").replace("%1", str(len(rows))) if rows else "")
        self._update_buttons()

    def open_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return
        folder = Path(self.history.item(rows[0].row(), 0).data(PATH_ROLE))
        if not folder.is_dir():
            QMessageBox.information(
                self,
                self.tr("Open folder"),
                self.tr("“%1” is not there any more (a USB stick that was removed?).").replace("%1", str(folder)),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- destination --------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.dest_edit.text().strip() or QSettings().value(LAST_DIR_KEY, "", str) or ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), start)
        if folder:
            self.dest_edit.setText(folder)
            QSettings().setValue(LAST_DIR_KEY, folder)

    # --- export -------------------------------------------------------------------

    def start_export(self) -> workers.Job | None:
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
        if p.kind == "speaker":
            QSettings().setValue(LAST_DIR_KEY, dest)
            job = workers.Job(
                export_mod.export_speaker,
                self.ws,
                p.id,
                Path(dest).expanduser(),
                lufs=self.lufs_spin.value(),
                per_item=self.per_item_check.isChecked(),
            )
        else:
            w, h = self.width_spin.value(), self.height_spin.value()
            if not w or not h:
                QMessageBox.warning(
                    self, self.tr("Export"), self.tr("Enter the screen's pixel size (width × height) to export for.")
                )
                (self.width_spin if not w else self.height_spin).setFocus()
                return None
            QSettings().setValue(LAST_DIR_KEY, dest)
            job = workers.Job(
                export_mod.export_screen,
                self.ws,
                p.id,
                Path(dest).expanduser(),
                size=f"{w}x{h}",
                fps=self.fps_spin.value(),
                fit=self.fit_combo.currentData(),
                fade_s=self.fade_spin.value(),
                keep_audio=self.keep_audio_check.isChecked(),
                per_item=self.per_item_check.isChecked(),
            )
        dlg = QProgressDialog(self.tr("Preparing…"), self.tr("Cancel"), 0, 1000, self)
        dlg.setWindowTitle(self.tr("Exporting “%1”").replace("%1", p.name))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setMinimumWidth(420)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setValue(0)
        dlg.canceled.connect(self._on_cancel)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        self.job, self.progress_dialog = job, dlg
        self._started = time.monotonic()
        self._update_buttons()
        workers.start(job)
        return job

    def _on_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        dlg = self.progress_dialog
        if dlg is not None:
            dlg.setLabelText(self.tr("Cancelling…"))

    def eta_text(self, fraction: float, elapsed_s: float) -> str:
        """“About … left”, once enough is done for the estimate to mean something."""
        if fraction < ETA_FROM or fraction >= 1:
            return ""
        left = max(0, round(elapsed_s * (1 - fraction) / fraction))
        if left < 60:
            return self.tr("About %1 s left").replace("%1", str(max(left, 1)))
        if left < 3600:
            return self.tr("About %1 min %2 s left").replace("%1", str(left // 60)).replace("%2", str(left % 60))
        return self.tr("About %1 h %2 min left").replace("%1", str(left // 3600)).replace("%2", str(left % 3600 // 60))

    def progress_text(self, done: int, total: int, label: str, elapsed_s: float) -> str:
        fraction = done / total if total else 0.0
        lines = [self.tr("%1 % done").replace("%1", str(int(fraction * 100)))]
        if label:
            lines[0] += " — " + label
        eta = self.eta_text(fraction, elapsed_s)
        if eta:
            lines.append(eta)
        return "\n".join(lines)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        dlg = self.progress_dialog  # setValue() on a modal dialog processes events: keep our own ref
        if dlg is None or (self.job is not None and self.job.cancelled):
            return
        dlg.setLabelText(self.progress_text(done, total, label, time.monotonic() - self._started))
        dlg.setMaximum(max(total, 1))
        dlg.setValue(min(done, max(total, 1)))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
        self.progress_dialog = None
        self.job = None
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.reload_history()
        self.last_result = None
        if isinstance(exc, Cancelled):
            QMessageBox.information(
                self,
                self.tr("Export cancelled"),
                self.tr("The export was cancelled; nothing was written at the destination."),
            )
        else:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
        self.export_finished.emit(None)

    def _on_done(self, result: export_mod.ExportResult) -> None:
        self._close_progress()
        self.last_result = result
        self.reload_history()
        self._show_summary(result)
        self.export_finished.emit(result)

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
        ]

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
        box.setDetailedText("\n".join(f"{f['name']}  {size_text(f['size'])}  MD5 {f['md5']}" for f in result.files))
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder = result.folder
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.setDefaultButton(open_button)
        box.setObjectName("exportSummary")
        self.summary_box = box
        box.open()
