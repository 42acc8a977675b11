"""The Settings page's "Play-out" group (issue 14): the three rules play-out follows
(core.playout_settings, shared with `ledcast settings playout`) — what happens to a
programme an emergency interrupted, how late a programme may still start on its own,
and how much of a stopped item must have played for it to be logged. Stored on change."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from ledcast.core.playout_settings import BOUNDS, PlayoutSettings, playout_settings, save_playout_settings
from ledcast.core.workspace import Workspace
from ledcast.qt.events import SETTINGS, WorkspaceEvents
from ledcast.qt.widgets import hint_label


class PlayoutRulesBox(QGroupBox):
    def __init__(self, ws: Workspace, events: WorkspaceEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Play-out rules"))
        self.after_emergency = QComboBox()
        self.ws, self.events = ws, events
        self.after_emergency.addItem(self.tr("resume the interrupted programme"), "resume")
        self.after_emergency.addItem(self.tr("skip the interrupted programme"), "skip")
        self.grace = QSpinBox()
        low, high = BOUNDS["grace_s"]
        self.grace.setRange(int(low // 60), int(high // 60))
        self.grace.setSuffix(self.tr(" min"))
        self.share = QSpinBox()
        low, high = BOUNDS["min_share"]
        self.share.setRange(round(low * 100), round(high * 100))
        self.share.setSingleStep(5)
        self.share.setSuffix(" %")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("After an emergency"), self.after_emergency)
        form.addRow(self.tr("Late start allowed"), self.grace)
        form.addRow(self.tr("Log a stopped item after"), self.share)
        why = self.tr(
            "A programme found due later than this (the PC was off or busy) is shown as missed, "
            "not started on its own. An item stopped before this share of it has played is not logged."
        )
        form.addRow(hint_label(why))
        self.reload()
        # each box stores only its own rule: a value set finer by the CLI (90 s) stays as it is
        self.after_emergency.activated.connect(
            lambda _i: self._save(after_emergency=self.after_emergency.currentData())
        )
        self.grace.valueChanged.connect(lambda v: self._save(grace_s=v * 60.0))
        self.share.valueChanged.connect(lambda v: self._save(min_share=v / 100))

    def reload(self) -> None:
        p = playout_settings(self.ws)
        for w in (self.after_emergency, self.grace, self.share):
            w.blockSignals(True)
        self.after_emergency.setCurrentIndex(max(0, self.after_emergency.findData(p.after_emergency)))
        self.grace.setValue(round(p.grace_s / 60))
        self.share.setValue(round(p.min_share * 100))
        for w in (self.after_emergency, self.grace, self.share):
            w.blockSignals(False)

    def _save(self, **change: object) -> PlayoutSettings:
        saved = save_playout_settings(self.ws, **change)
        self.events.announce(self, SETTINGS)
        return saved


class PlayoutTab(QWidget):
    """The Settings page's third tab: the rules, at the top."""

    def __init__(self, ws: Workspace, events: WorkspaceEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = PlayoutRulesBox(ws, events)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addStretch(1)
