"""Where things live: the workspace folder and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ledcast"
WORKSPACE_ENV = "LEDCAST_WORKSPACE"
LANG_ENV = "LEDCAST_LANG"


def default_workspace() -> Path:
    import platformdirs  # only when no workspace was named: not at every start

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"


def resolve_workspace(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--workspace beats LEDCAST_WORKSPACE beats the per-user default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(WORKSPACE_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_workspace()


def resources_dir() -> Path:
    # A PyInstaller bundle unpacks package data under sys._MEIPASS.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "ledcast" / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def ui_language() -> str:
    """'vi' unless the user chose English (LEDCAST_LANG=en or the Settings page)."""
    lang = os.environ.get(LANG_ENV, "").strip().lower()
    return "en" if lang.startswith("en") else "vi"
