"""Translate the core's label tables (ledcast.core.labels) for display."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ledcast.core.labels import CONTEXT


def label(table: Mapping[str, str], key: str) -> str:
    """The translated word for `key`, or the key itself when the table has none."""
    text = table.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text is not None else key


def labels(table: Mapping[str, str]) -> dict[str, str]:
    """The whole table translated, in its order (for combo boxes)."""
    return {key: QCoreApplication.translate(CONTEXT, text) for key, text in table.items()}
