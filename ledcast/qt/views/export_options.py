"""The export page's options: which playlist, where to, and how — the screen's
size, fit and fades, or the loudspeaker loudness and the settings it uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ledcast.core import library
from ledcast.core import playlist as pl
from ledcast.core.db.models import Playlist
from ledcast.core.errors import LedcastError
from ledcast.core.limits import DEFAULT_FPS, MAX_FPS, MAX_SIDE, MIN_FPS
from ledcast.core.settings import BOUNDS, SpeakerSettings, speaker_settings
from ledcast.core.workspace import Workspace
from ledcast.qt.models.media_model import format_duration
from ledcast.qt.views.export_summary import elide, signed
from ledcast.qt.views.playlist_view.labels import kind_label
from ledcast.qt.widgets import hint_style

LUFS_RANGE = BOUNDS["target_lufs"]


class ExportOptions(QGroupBox):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Export a playlist"))
        self.ws = ws
        self._speaker = SpeakerSettings()
        self._lufs_default: float | None = None  # the Settings target the loudness box was filled from

        # what to export
        self.playlist_combo = QComboBox()
        self.playlist_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.playlist_combo.setMinimumContentsLength(30)
        self.no_playlists = QLabel(self.tr("There is no playlist yet: make one on the Playlists page."))
        self.no_playlists.setWordWrap(True)
        hint_style(self.no_playlists)

        self.dest_edit = QLineEdit()
        self.dest_edit.setPlaceholderText(self.tr("A folder on the USB stick, e.g. E:\\ or /media/usb"))
        self.dest_edit.setClearButtonEnabled(True)
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
        self.fps_spin.setRange(MIN_FPS, MAX_FPS)
        self.fps_spin.setDecimals(2)
        self.fps_spin.setSuffix(" fps")
        self.fps_spin.setValue(DEFAULT_FPS)
        self.size_hint = QLabel()
        hint_style(self.size_hint)
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
        hint_style(lufs_note)
        lufs_row = QHBoxLayout()
        lufs_row.addWidget(self.lufs_spin)
        lufs_row.addSpacing(12)
        lufs_row.addWidget(lufs_note, 1)
        self.speaker_hint = QLabel()  # short lines, no word wrap: a wrapped label leaves gaps in the form
        self.speaker_hint.setTextFormat(Qt.TextFormat.PlainText)
        hint_style(self.speaker_hint)

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
                "A new or empty folder is filled; an earlier export of the same playlist is replaced "
                "only after you confirm; a folder holding other files gets a sub-folder named after "
                "the playlist (with -2, -3… when that name is taken). Nothing else is replaced."
            )
        )
        dest_note.setWordWrap(True)
        hint_style(dest_note)
        # why the button is greyed, under it (and as its tooltip)
        self.export_reason = QLabel()
        self.export_reason.setWordWrap(True)
        self.export_reason.setMaximumWidth(220)
        self.export_reason.setVisible(False)
        go_button = QVBoxLayout()
        go_button.addWidget(self.export_button)
        go_button.addWidget(self.export_reason)
        go_row = QHBoxLayout()
        go_row.addWidget(dest_note, 1)
        go_row.addLayout(go_button)

        box_layout = QVBoxLayout(self)
        box_layout.addLayout(form)
        box_layout.addLayout(go_row)

    def set_export_reason(self, reason: str) -> None:
        """Enable Export when there is no reason against it; otherwise grey it and say why."""
        self.export_button.setEnabled(not reason)
        self.export_button.setToolTip(reason)
        self.export_reason.setText(reason)
        self.export_reason.setVisible(bool(reason))

    def reload_speaker_settings(self) -> None:
        """The loudspeaker settings may have changed in Settings: show them, and take
        the new loudness target unless the operator chose another one here."""
        self._speaker = speaker_settings(self.ws)
        target = self._speaker.target_lufs
        if self._lufs_default is None or abs(self.lufs_spin.value() - self._lufs_default) < 1e-6:
            self.lufs_spin.setValue(target)
        self._lufs_default = target
        self.speaker_hint.setText(self.speaker_settings_text(self._speaker))
        self.speaker_hint.setToolTip(  # the technical figure, for those who know it
            self.tr("True-peak ceiling %1 dBTP").replace("%1", f"{self._speaker.true_peak_dbtp:g}")
        )

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
            self.tr("peaks kept under %1").replace("%1", signed(sp.true_peak_dbtp)),
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

    def show_options_for(self, p: Playlist | None) -> None:
        """Screen playlists get size, frame rate, fit, fades and clip sound;
        loudspeaker playlists get the loudness target and the settings used."""
        speaker = p is not None and p.kind == "speaker"
        for row in self._screen_rows:
            self.form.setRowVisible(row, not speaker)
        for row in self._speaker_rows:
            self.form.setRowVisible(row, speaker)
        if speaker:
            self.setTitle(self.tr("Export a loudspeaker playlist"))
            self.per_item_check.setText(
                self.tr("One file per item (numbered MP3s for USB boxes that play in name order)")
            )
        else:
            self.setTitle(self.tr("Export a screen playlist"))
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

    def update_size_hint(self, p: Playlist | None) -> None:
        o = p.outlet if p is not None else None
        if p is None or p.kind != "screen":
            self.size_hint.setText("")
        elif o is not None and o.width and o.height:
            self.size_hint.setText(self.tr("from the outlet “%1”").replace("%1", o.name))
        else:
            self.size_hint.setText(self.tr("This playlist has no screen outlet: enter the screen's pixel size."))

    def prefill(self, p: Playlist | None) -> None:
        """Size and frame rate from the playlist's screen."""
        o = p.outlet if p is not None else None
        if o is not None and o.width and o.height:
            self.width_spin.setValue(o.width)
            self.height_spin.setValue(o.height)
            self.fps_spin.setValue(o.fps or DEFAULT_FPS)
        else:
            self.width_spin.setValue(0)
            self.height_spin.setValue(0)
            self.fps_spin.setValue(DEFAULT_FPS)
        self.update_size_hint(p)
        self.show_options_for(p)
