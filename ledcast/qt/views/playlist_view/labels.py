"""Words for a playlist's kind, shared by the playlist and export pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ledcast.core.labels import KIND_LABELS
from ledcast.qt.labels import label


def kind_label(_widget: QWidget | None, kind: str) -> str:
    return label(KIND_LABELS, kind)
