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


def frozen_root() -> Path | None:
    """The folder a PyInstaller build unpacks into (sys._MEIPASS: `_internal/` beside the
    executable in a ≥6 one-folder build), None when running from a wheel or a checkout."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if getattr(sys, "frozen", False) and root else None


def package_dir() -> Path:
    """The folder of the `ledcast` package with its data files (resources, migrations): build.spec
    puts them under the frozen root exactly as `pip install .` puts them beside the modules."""
    root = frozen_root()
    return root / APP_NAME if root is not None else Path(__file__).resolve().parent


def resources_dir() -> Path:
    return package_dir() / "resources"


def migrations_dir() -> Path:
    """Alembic reads its env.py, script.py.mako and versions/*.py from disk, frozen or not."""
    return package_dir() / "core" / "db" / "migrations"


def bundled_ffmpeg() -> Path | None:
    """The ffmpeg binary build.spec copies from imageio-ffmpeg into the frozen folder; None
    when not frozen (imageio-ffmpeg then finds its own) or when the build lacks it."""
    root = frozen_root()
    if root is None:
        return None
    found = sorted((root / "imageio_ffmpeg" / "binaries").glob("ffmpeg*"))
    return next((f for f in found if f.is_file()), None)


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
