"""Words for a playlist's kind, shared by the playlist and export pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def kind_label(_widget: QWidget | None, kind: str) -> str:
    return {
        "screen": QCoreApplication.translate("Labels", "Screen"),
        "speaker": QCoreApplication.translate("Labels", "Loudspeakers"),
    }.get(kind, kind)
