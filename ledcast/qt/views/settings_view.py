"""Cài đặt. General tab: language, this unit, the workspace folder, approval (settings_approval),
the loudspeaker export (loudness, peaks, silence, gaps, MP3 format, jingles — stored in the workspace,
shared with the CLI), the segment cache (its size, limit, *Empty cache*), the demo (settings_demo).
Other tabs: signing keys and units (settings_units), play-out rules (settings_playout), the database
(settings_database)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledcast.config import save_ui_language
from ledcast.core import library
from ledcast.core.errors import LedcastError
from ledcast.core.formatting import storage_text
from ledcast.core.render.cache import CacheStatus, PruneResult, cache_status, prune_cache
from ledcast.core.settings import (
    BITRATES,
    BOUNDS,
    CACHE_MAX_BYTES,
    CACHE_MIN_BYTES,
    GB,
    SpeakerSettings,
    cache_limit_setting,
    save_cache_limit,
    save_speaker_settings,
    speaker_settings,
)
from ledcast.core.text import fold
from ledcast.core.units import self_unit, set_self_unit
from ledcast.core.workspace import Workspace
from ledcast.qt.errors import error_text
from ledcast.qt.events import CACHE, EXPORTS, MEDIA, SETTINGS, UNITS, WorkspaceEvents, follow
from ledcast.qt.i18n import LANGUAGES, chosen_language
from ledcast.qt.jobs import JobRunner, run_job, running_job
from ledcast.qt.models.media_model import format_duration
from ledcast.qt.views.settings_approval import ApprovalBox
from ledcast.qt.views.settings_database import DatabaseTab
from ledcast.qt.views.settings_demo import DemoButtons
from ledcast.qt.views.settings_playout import PlayoutTab
from ledcast.qt.views.settings_units import KeysUnitsTab
from ledcast.qt.widgets import hint_style, scrolled

NO_JINGLE = 0  # combo data for “(none)”: media ids start at 1


def _spin(low: float, high: float, decimals: int, step: float, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setMinimumWidth(110)
    return box


def _pair_row(first: QWidget, between: str, second: QWidget) -> QHBoxLayout:
    """Two boxes on one line, the second named by `between`."""
    row = QHBoxLayout()
    row.addWidget(first)
    row.addSpacing(16)
    row.addWidget(QLabel(between))
    row.addWidget(second)
    row.addStretch(1)
    return row


class SettingsView(QWidget):
    speaker_settings_saved = Signal(object)  # the SpeakerSettings just stored

    def __init__(self, ws: Workspace, parent: QWidget | None = None, events: WorkspaceEvents | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events = events if events is not None else WorkspaceEvents(self)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language()))
        self.language.currentIndexChanged.connect(self._on_language)

        unit = self_unit(ws)
        self.unit_code = QLineEdit(unit.code if unit else "")
        self.unit_name = QLineEdit(unit.name if unit else "")
        self.unit_code.setPlaceholderText(self.tr("e.g. XA-TANCUONG"))
        self.unit_name.setPlaceholderText(self.tr("e.g. Tan Cuong Commune People's Committee"))
        save_unit = QPushButton(self.tr("Save unit"))
        save_unit.clicked.connect(self._save_unit)

        where = QLabel(str(ws.root))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Unit code"), self.unit_code)
        form.addRow(self.tr("Unit name"), self.unit_name)
        form.addRow("", DemoButtons(ws, self.events, lead=save_unit))
        form.addRow(self.tr("Workspace folder"), where)

        page = QVBoxLayout(self)
        page.addWidget(QLabel("<h2>" + self.tr("Settings") + "</h2>"))
        self.tabs = QTabWidget()  # tabs: the page is taller than a laptop screen in one
        page.addWidget(self.tabs)
        self.tabs.addTab(scrolled(general := QWidget()), self.tr("General"))
        self.keys_tab = KeysUnitsTab(ws, self.events, source=self)
        self.tabs.addTab(self.keys_tab, self.tr("Signing key and trusted units"))
        self.tabs.addTab(PlayoutTab(ws, self.events), self.tr("Automatic play-out"))  # tabs.widget(2)
        self.tabs.addTab(DatabaseTab(ws), self.tr("Database"))  # tabs.widget(3)
        layout = QVBoxLayout(general)
        layout.addLayout(form)
        self.approval_box = ApprovalBox(ws, self.events)
        self.require_approval_check = self.approval_box.check
        layout.addWidget(self.approval_box)
        layout.addWidget(self._speaker_box())
        layout.addWidget(self._cache_box())
        layout.addStretch(1)

        self.refresh()
        self.load_speaker()
        self.load_cache()
        self.speaker_settings_saved.connect(lambda _sp: self.events.announce(self, SETTINGS))
        follow(self, self.events, {CACHE, EXPORTS, MEDIA, UNITS}, self._followed)

    def _followed(self, topics: frozenset[str]) -> None:
        if UNITS in topics:  # set where an airing asked for it (the log page)
            unit = self_unit(self.ws)
            self.unit_code.setText(unit.code if unit else "")
            self.unit_name.setText(unit.name if unit else "")
        self.refresh()

    # --- loudspeaker export ----------------------------------------------------------

    def _speaker_box(self) -> QGroupBox:
        self.target_spin = _spin(*BOUNDS["target_lufs"], 1, 0.5, " LUFS")
        self.target_spin.setToolTip(
            self.tr(
                "The loudness every item is brought to. -16 LUFS suits most "
                "loudspeaker systems; a lower number is quieter. It can be changed "
                "for one export on the Export page."
            )
        )
        self.peak_spin = _spin(*BOUNDS["true_peak_dbtp"], 1, 0.5, " dBTP")
        self.peak_spin.setToolTip(
            self.tr(
                "No peak goes above this after the gain: loud items are held under "
                "it by a limiter, so amplifiers and horns do not distort."
            )
        )
        self.silence_db_spin = _spin(*BOUNDS["silence_threshold_db"], 0, 1, " dB")
        self.silence_db_spin.setToolTip(
            self.tr("Sound quieter than this counts as silence; silence at the start and end of an item is cut.")
        )
        self.silence_min_spin = _spin(*BOUNDS["silence_min_s"], 2, 0.05, " s")
        self.silence_min_spin.setToolTip(self.tr("Shorter silences at the start and end of an item are kept."))
        self.gap_spin = _spin(*BOUNDS["gap_s"], 1, 0.5, " s")
        self.gap_spin.setSpecialValueText(self.tr("No gap"))
        self.gap_spin.setToolTip(self.tr("Silence between items in a programme (numbered files have none)."))
        self.bitrate_combo = QComboBox()
        for kbps in BITRATES:
            self.bitrate_combo.addItem(self.tr("%1 kb/s").replace("%1", str(kbps)), kbps)
        self.bitrate_combo.setToolTip(
            self.tr("128 kb/s is plenty for speech on loudspeakers; some USB boxes play only up to 192 kb/s.")
        )
        self.channels_combo = QComboBox()
        self.channels_combo.addItem(self.tr("Mono (loudspeakers)"), 1)
        self.channels_combo.addItem(self.tr("Stereo"), 2)
        self.intro_combo = QComboBox()
        self.outro_combo = QComboBox()
        for combo in (self.intro_combo, self.outro_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(28)
        self.intro_combo.setToolTip(
            self.tr("Played before every loudspeaker programme (an audio item from the Library).")
        )
        self.outro_combo.setToolTip(
            self.tr("Played after every loudspeaker programme (an audio item from the Library).")
        )

        self.save_speaker_button = QPushButton(self.tr("Save loudspeaker settings"))
        self.save_speaker_button.setStyleSheet("font-weight: 600;")
        self.defaults_button = QPushButton(self.tr("Fill in the defaults"))
        self.defaults_button.setToolTip(
            self.tr("Put the usual values in the boxes (jingles are kept); nothing is stored until you save.")
        )
        self.speaker_status = QLabel()
        hint_style(self.speaker_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_speaker_button)
        buttons.addWidget(self.defaults_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.speaker_status, 1)

        # short lines, no word wrap: a wrapped label leaves gaps in a form layout
        self.silence_note = QLabel(
            self.tr(
                "A changed silence threshold is applied to items when they are next "
                "exported:\neach item is measured again on first use, which takes a "
                "moment."
            )
        )
        hint_style(self.silence_note)

        loud_row = _pair_row(self.target_spin, self.tr("True-peak ceiling"), self.peak_spin)
        silence_row = _pair_row(self.silence_db_spin, self.tr("lasting at least"), self.silence_min_spin)
        format_row = QHBoxLayout()
        format_row.addWidget(self.bitrate_combo)
        format_row.addWidget(self.channels_combo)
        format_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Loudness target"), loud_row)
        form.addRow(self.tr("Silence threshold"), silence_row)
        form.addRow("", self.silence_note)
        form.addRow(self.tr("Gap between items"), self.gap_spin)
        form.addRow(self.tr("MP3 format"), format_row)
        form.addRow(self.tr("Intro jingle"), self.intro_combo)
        form.addRow(self.tr("Outro jingle"), self.outro_combo)
        form.addRow("", buttons)

        box = QGroupBox(self.tr("Loudspeaker export"))
        QVBoxLayout(box).addLayout(form)
        self.speaker_box = box

        self.save_speaker_button.clicked.connect(self.save_speaker)
        self.defaults_button.clicked.connect(self.fill_defaults)
        return box

    def refresh(self) -> None:
        """Reload the jingle lists (audio items may have been imported or removed),
        keeping what is chosen."""
        audio = sorted(library.list_media(self.ws, kind="audio"), key=lambda m: fold(m.title))
        for combo in (self.intro_combo, self.outro_combo):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), NO_JINGLE)
            for m in audio:
                combo.addItem(f"{m.title} ({format_duration(m.duration_s)})", m.id)
            self._choose_jingle(combo, chosen)
            combo.blockSignals(False)
        if getattr(self, "_cache_job", None) is None:  # exports since the page was built change the size
            self.show_cache(cache_status(self.ws))

    def _choose_jingle(self, combo: QComboBox, media_id: int | None) -> None:
        if not media_id:
            combo.setCurrentIndex(0)
            return
        idx = combo.findData(media_id)
        if idx < 0:
            try:  # stored, but not an audio item of the list: keep it rather than drop it silently
                media = library.get_media(self.ws, media_id)
            except LedcastError:
                combo.setCurrentIndex(0)  # removed from the library: the export skips it anyway
                return
            combo.addItem(media.title, media.id)
            idx = combo.count() - 1
        combo.setCurrentIndex(idx)

    def show_speaker(self, sp: SpeakerSettings) -> None:
        self.target_spin.setValue(sp.target_lufs)
        self.peak_spin.setValue(sp.true_peak_dbtp)
        self.silence_db_spin.setValue(sp.silence_threshold_db)
        self.silence_min_spin.setValue(sp.silence_min_s)
        self.gap_spin.setValue(sp.gap_s)
        idx = self.bitrate_combo.findData(sp.bitrate_kbps)
        self.bitrate_combo.setCurrentIndex(idx if idx >= 0 else self.bitrate_combo.findData(128))
        self.channels_combo.setCurrentIndex(max(0, self.channels_combo.findData(sp.channels)))
        self._choose_jingle(self.intro_combo, sp.intro_media_id)
        self._choose_jingle(self.outro_combo, sp.outro_media_id)

    def load_speaker(self) -> None:
        """Show the stored loudspeaker settings (edits not saved are dropped)."""
        self.show_speaker(speaker_settings(self.ws))
        self.speaker_status.setText("")

    def fill_defaults(self) -> None:
        d = SpeakerSettings()
        self.target_spin.setValue(d.target_lufs)
        self.peak_spin.setValue(d.true_peak_dbtp)
        self.silence_db_spin.setValue(d.silence_threshold_db)
        self.silence_min_spin.setValue(d.silence_min_s)
        self.gap_spin.setValue(d.gap_s)
        self.bitrate_combo.setCurrentIndex(self.bitrate_combo.findData(d.bitrate_kbps))
        self.channels_combo.setCurrentIndex(self.channels_combo.findData(d.channels))
        self.speaker_status.setText(self.tr("Defaults filled in: save to keep them."))

    def speaker_changes(self) -> dict:  # type: ignore[type-arg]
        """What the boxes hold, as save_speaker_settings() takes it."""
        return {
            "target_lufs": round(self.target_spin.value(), 2),
            "true_peak_dbtp": round(self.peak_spin.value(), 2),
            "silence_threshold_db": round(self.silence_db_spin.value(), 2),
            "silence_min_s": round(self.silence_min_spin.value(), 3),
            "gap_s": round(self.gap_spin.value(), 2),
            "bitrate_kbps": int(self.bitrate_combo.currentData()),
            "channels": int(self.channels_combo.currentData()),
            "intro_media_id": self.intro_combo.currentData() or None,
            "outro_media_id": self.outro_combo.currentData() or None,
        }

    def save_speaker(self) -> SpeakerSettings | None:
        try:
            sp = save_speaker_settings(self.ws, **self.speaker_changes())
        except LedcastError as exc:
            self.speaker_status.setText("")
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return None
        self.show_speaker(sp)
        self.speaker_status.setText(self.tr("Saved. The next loudspeaker export uses these settings."))
        self.speaker_settings_saved.emit(sp)
        return sp

    # --- segment cache ----------------------------------------------------------------------

    def _cache_box(self) -> QGroupBox:
        self.cache_status_label = QLabel()
        self.cache_limit_spin = _spin(0, CACHE_MAX_BYTES / GB, 1, 0.5, " GB")
        self.cache_limit_spin.setSpecialValueText(self.tr("Automatic"))
        self.cache_limit_spin.setToolTip(
            self.tr(
                "Automatic: 5 GB, or a tenth of the free disk space when that is "
                "less. After each export the segments used longest ago are "
                "removed until the cache fits."
            )
        )
        self.cache_limit_button = QPushButton(self.tr("Set limit"))
        self.cache_limit_button.clicked.connect(self.save_cache_limit)
        self.empty_cache_button = QPushButton(self.tr("Empty cache"))
        self.empty_cache_button.setToolTip(
            self.tr(
                "Remove every rendered segment. Nothing exported is lost; the "
                "next export of each playlist takes longer."
            )
        )
        self.empty_cache_button.clicked.connect(self.empty_cache)
        row = QHBoxLayout()
        row.addWidget(self.cache_limit_spin)
        row.addWidget(self.cache_limit_button)
        row.addSpacing(16)
        row.addWidget(self.empty_cache_button)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("In the cache"), self.cache_status_label)
        form.addRow(self.tr("Limit"), row)
        self.cache_box = box = QGroupBox(self.tr("Cache of rendered segments"))
        QVBoxLayout(box).addLayout(form)
        return box

    @property
    def _cache_job(self) -> JobRunner | None:
        return running_job(self)

    def load_cache(self) -> None:
        chosen = cache_limit_setting(self.ws)
        self.cache_limit_spin.setValue(0 if chosen is None else chosen / GB)
        self.show_cache(cache_status(self.ws))

    def show_cache(self, st: CacheStatus) -> None:
        limit = storage_text(st.limit_bytes)
        if st.automatic:
            limit = self.tr("%1 (automatic)").replace("%1", limit)
        self.cache_status_label.setText(
            self.tr("%1 in %2 files; limit %3")
            .replace("%1", storage_text(st.bytes))
            .replace("%2", str(st.files))
            .replace("%3", limit)
        )
        self.cache_status_label.setToolTip(str(st.path))

    def save_cache_limit(self) -> None:
        value = self.cache_limit_spin.value()
        limit = None if value <= 0 else max(CACHE_MIN_BYTES, int(round(value * GB)))
        try:
            save_cache_limit(self.ws, limit)
        except LedcastError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.load_cache()
        self.events.announce(self, SETTINGS)

    def empty_cache(self) -> None:
        if self._cache_job is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty cache"),
            self.tr(
                "Remove every rendered segment? Exports already written are not "
                "touched; the next export of each playlist renders again."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws = self.ws

        def run(progress, cancel) -> PruneResult:  # type: ignore[no-untyped-def]  # quick, and not cancellable
            return prune_cache(ws, everything=True)

        self.empty_cache_button.setEnabled(False)
        self.cache_status_label.setText(self.tr("Emptying…"))
        run_job(
            self,
            run,
            title=self.tr("Empty cache"),
            dialog=False,
            on_done=self._cache_emptied,
            on_failed=self._cache_failed,
        )

    def _cache_emptied(self, res: PruneResult) -> None:
        self.empty_cache_button.setEnabled(True)
        self.show_cache(res.status)

    def _cache_failed(self, exc: BaseException) -> None:
        self.empty_cache_button.setEnabled(True)
        self.load_cache()
        QMessageBox.warning(self, self.tr("Empty cache"), error_text(exc))

    # --- language and unit ----------------------------------------------------------------

    def _on_language(self) -> None:
        try:
            save_ui_language(self.language.currentData())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Language"), error_text(exc))
            return
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language is used the next time ledcast starts.")
        )

    def _save_unit(self) -> None:
        try:
            set_self_unit(self.ws, self.unit_code.text(), self.unit_name.text())
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.events.announce(self, UNITS)
