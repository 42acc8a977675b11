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


def language_file() -> Path:
    """The Settings page's language choice: a plain file, so the CLI reads it without Qt."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "language"


def saved_language() -> str:
    """The language chosen on the Settings page, "" when none was saved."""
    try:
        return language_file().read_text(encoding="utf-8").strip().lower()
    except (OSError, UnicodeDecodeError):
        return ""


def save_ui_language(lang: str) -> None:
    path = language_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(lang, encoding="utf-8")
    tmp.replace(path)  # never a half-written choice


def ui_language() -> str:
    """The interface language of the GUI and the CLI alike: LEDCAST_LANG (or --lang) when
    set, else the Settings page's choice, else Vietnamese."""
    lang = os.environ.get(LANG_ENV, "").strip().lower() or saved_language()
    return "en" if lang.startswith("en") else "vi"
