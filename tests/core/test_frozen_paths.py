"""config's lookups from a wheel/checkout and from a PyInstaller ≥6 one-folder build (faked)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ledcast import config
from ledcast.core import ffmpeg

PACKAGE = Path(config.__file__).resolve().parent


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """sys as the bootloader leaves it: frozen, data under <app>/_internal (sys._MEIPASS)."""
    internal = tmp_path / "ledcast" / "_internal"
    (internal / "ledcast" / "resources" / "fonts").mkdir(parents=True)
    (internal / "ledcast" / "core" / "db" / "migrations" / "versions").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    ffmpeg.ffmpeg_exe.cache_clear()
    yield internal
    ffmpeg.ffmpeg_exe.cache_clear()


def test_from_the_package_when_not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", "/nowhere", raising=False)  # a stray _MEIPASS alone is not frozen
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert config.frozen_root() is None
    assert config.resources_dir() == PACKAGE / "resources"
    assert (config.resource("fonts", "BeVietnamPro-Regular.ttf")).is_file()
    migrations = config.migrations_dir()
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    assert config.bundled_ffmpeg() is None


def test_from_the_internal_folder_when_frozen(frozen: Path) -> None:
    assert config.frozen_root() == frozen
    assert config.resources_dir() == frozen / "ledcast" / "resources"
    assert config.resource("fonts", "x.ttf") == frozen / "ledcast" / "resources" / "fonts" / "x.ttf"
    assert config.migrations_dir() == frozen / "ledcast" / "core" / "db" / "migrations"
    assert config.bundled_ffmpeg() is None  # a build without it: imageio-ffmpeg's own search decides


def test_frozen_ffmpeg_is_the_bundled_one(frozen: Path) -> None:
    binaries = frozen / "imageio_ffmpeg" / "binaries"
    binaries.mkdir(parents=True)
    (binaries / "__init__.py").write_text("")
    exe = binaries / ("ffmpeg-win-x86_64-v7.1.exe" if sys.platform == "win32" else "ffmpeg-linux-x86_64-v7.0.2")
    exe.write_bytes(b"")
    assert config.bundled_ffmpeg() == exe
    assert ffmpeg.ffmpeg_exe() == str(exe)  # never a system ffmpeg on the operator's PATH
