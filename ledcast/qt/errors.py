"""Turn core errors into translated text for dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledcast.core.errors import LedcastError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, LedcastError):
        return exc.message(QCoreApplication.translate)
    return f"{type(exc).__name__}: {exc}"
