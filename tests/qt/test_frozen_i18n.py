"""The frozen app uses the .qm build.spec compiled, whatever times the copies got."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from ledcast import config
from ledcast.qt import i18n


def test_frozen_app_trusts_its_packaged_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    internal = tmp_path / "_internal"
    translations = internal / "ledcast" / "resources" / "translations"
    translations.mkdir(parents=True)
    ts = translations / "ledcast_vi.ts"
    shutil.copyfile(config.resource("translations", "ledcast_vi.ts"), ts)
    qm = translations / "ledcast_vi.qm"
    qm.write_bytes(b"compiled at build time")
    os.utime(qm, (1_000_000, 1_000_000))  # copied before the .ts: older than it
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(i18n, "lrelease_exe", lambda: None)  # the frozen folder has no lrelease
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert i18n.compiled_catalogue("vi") == qm
    monkeypatch.delattr(sys, "frozen")  # from a checkout, an older .qm is stale: rebuilt (here: none)
    monkeypatch.setattr(config, "resources_dir", lambda: internal / "ledcast" / "resources")
    assert i18n.compiled_catalogue("vi") is None
