"""Opening a workspace under kills and beside other processes: creation is
atomic, an interrupted upgrade rolls back, leftovers of killed imports and
exports are cleaned at the next start, never a live process's."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from media_factory import make_mp4

from ledcast.core.db import engine as engine_mod
from ledcast.core.workspace import DB_NAME

DEFAULT_CODE = "TN-CDS-2024-2025"
KILLED = -signal.SIGKILL if hasattr(signal, "SIGKILL") else 137


def _rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _assert_healthy(ws: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    res = run_cli(ws, "plan", "show")
    assert res.returncode == 0, res.stderr
    assert DEFAULT_CODE in res.stdout
    assert _rows(ws / DB_NAME, "SELECT version_num FROM alembic_version") == [(engine_mod.head_revision(),)]
    assert _rows(ws / DB_NAME, "SELECT code FROM plan") == [(DEFAULT_CODE,)]
    assert list(ws.glob("*.bak")) == []
    assert list(ws.glob(f".{DB_NAME}.*")) == []  # no half-made database beside it


@pytest.mark.parametrize(
    "point", ["db.migrate.step", "workspace.create.schema", "workspace.create.plan", "workspace.create.renamed"]
)
def test_kill_during_creation_then_the_next_start_works(tmp_path: Path, run_cli, point: str) -> None:  # type: ignore[no-untyped-def]
    ws = tmp_path / "Xã Tân Cương"
    killed = run_cli(ws, "plan", "show", kill_at=point)
    assert killed.returncode == KILLED, killed.stderr
    if point != "workspace.create.renamed":
        assert not (ws / DB_NAME).exists()  # never a half-made ledcast.db
    _assert_healthy(ws, run_cli)


@pytest.mark.parametrize("delay", [0.1, 0.3, 0.5, 0.8])
def test_kill_at_any_moment_of_the_first_start(tmp_path: Path, start_cli, run_cli, delay: float) -> None:  # type: ignore[no-untyped-def]
    ws = tmp_path / "ws"
    proc = start_cli(ws, "plan", "show")
    time.sleep(delay)
    proc.kill()
    proc.communicate()
    _assert_healthy(ws, run_cli)


def _workspace_at_0001(ws: Path) -> Path:
    """A workspace as the first release left it, with one row of data."""
    from alembic import command

    ws.mkdir(parents=True)
    db = ws / DB_NAME
    engine = engine_mod.make_engine(f"sqlite:///{db}")
    cfg = engine_mod.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO unit (code, name, is_self, trusted) VALUES ('XA-TC', 'Xã Tân Cương', 1, 0)")
    engine.dispose()
    return db


def test_kill_during_an_upgrade_rolls_it_back_and_keeps_one_backup(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    ws = tmp_path / "old"
    db = _workspace_at_0001(ws)
    for _ in range(2):
        killed = run_cli(ws, "plan", "show", kill_at="db.migrate.step")
        assert killed.returncode == KILLED, killed.stderr
        # nothing of 0002 stayed: the whole upgrade was one transaction
        assert _rows(db, "SELECT version_num FROM alembic_version") == [("0001",)]
        assert _rows(db, "SELECT name FROM sqlite_master WHERE name = 'setting'") == []
        assert len(list(ws.glob("*.bak"))) == 1  # one copy per from-revision, not one per try
    res = run_cli(ws, "plan", "show")
    assert res.returncode == 0, res.stderr
    assert _rows(db, "SELECT version_num FROM alembic_version") == [(engine_mod.head_revision(),)]
    assert _rows(db, "SELECT name FROM unit") == [("Xã Tân Cương",)]
    (backup,) = ws.glob("*.bak")
    assert ".0001-" in backup.name and _rows(backup, "SELECT name FROM unit") == [("Xã Tân Cương",)]


def test_two_first_starts_at_once(tmp_path: Path, start_cli, run_cli) -> None:  # type: ignore[no-untyped-def]
    ws = tmp_path / "ws"
    procs = [start_cli(ws, "plan", "show") for _ in range(3)]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert DEFAULT_CODE in out
    _assert_healthy(ws, run_cli)


# --- leftovers ---------------------------------------------------------------------------


def _wait_for(pattern: str, root: Path, proc: subprocess.Popen, timeout: float = 60) -> list[Path]:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = list(root.glob(pattern))
        if found:
            return found
        assert proc.poll() is None, f"finished before {pattern} appeared"
        time.sleep(0.02)
    raise AssertionError(f"{pattern} never appeared")


def _kill_tree(proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    if hasattr(os, "killpg"):
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the app and its ffmpeg
        except ProcessLookupError:
            pass
    else:
        proc.kill()
    proc.communicate()


@pytest.fixture
def long_clip(tmp_path: Path) -> Path:
    return make_mp4(tmp_path, "dài.mp4", seconds=12, size="640x360")


def _start(ws: Path, *args: str) -> subprocess.Popen:  # type: ignore[type-arg]
    from reliability.conftest import cli_cmd, cli_env

    return subprocess.Popen(
        cli_cmd(ws, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=cli_env(),
        start_new_session=True,
    )


def _screen_playlist(ws: Path, run_cli, clip: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    res = run_cli(ws, "media", "add", str(clip), "--json")
    assert res.returncode == 0, res.stderr
    mid = str(json.loads(res.stdout)["added"][0]["id"])
    assert run_cli(ws, "playlist", "add", "Vòng", "--kind", "screen").returncode == 0
    assert run_cli(ws, "playlist", "items", "Vòng", mid).returncode == 0
    assert run_cli(ws, "media", "approve", mid, "--by", "Chủ tịch").returncode == 0  # exports refuse it otherwise


def test_leftovers_of_killed_imports_and_exports_are_removed(tmp_path: Path, run_cli, long_clip: Path) -> None:  # type: ignore[no-untyped-def]
    ws = tmp_path / "ws"
    _screen_playlist(ws, run_cli, long_clip)
    proc = _start(ws, "export", "screen", "Vòng", "--out", str(tmp_path / "usb"), "--size", "1280x720")
    _wait_for("cache/segments/*/.partial-*", ws, proc)
    _kill_tree(proc)
    (ws / "thumbs" / ".incoming-deadbeef.png").write_bytes(b"x")  # the shape a killed thumbnail leaves
    assert list(ws.glob("cache/export-*")) and list(ws.glob("cache/segments/*/.partial-*"))
    other = make_mp4(tmp_path, "khác.mp4", seconds=8, size="640x360")
    proc = _start(ws, "media", "add", str(other))  # its start cleans what the export left
    _wait_for("media/.incoming-*", ws, proc)
    _kill_tree(proc)
    assert list(ws.glob("cache/export-*")) == [] and list(ws.glob("cache/segments/*/.partial-*")) == []
    assert list(ws.glob("thumbs/.incoming-deadbeef.png")) == []
    assert list(ws.glob("media/.incoming-*"))

    res = run_cli(ws, "plan", "show")
    assert res.returncode == 0, res.stderr
    for pattern in ("media/.incoming-*", "thumbs/.incoming-*", "cache/segments/*/.partial-*", "cache/export-*"):
        assert list(ws.glob(pattern)) == [], pattern
    assert list((ws / "run").glob("*.run")) == []  # the markers of the killed processes too


def test_a_live_export_and_import_keep_their_temporaries(tmp_path: Path, run_cli, long_clip: Path) -> None:  # type: ignore[no-untyped-def]
    """Other processes open the workspace (and clean) while an export and an import
    run: both finish, with what they wrote."""
    ws = tmp_path / "ws"
    _screen_playlist(ws, run_cli, long_clip)
    usb = tmp_path / "usb"
    export = _start(ws, "export", "screen", "Vòng", "--out", str(usb), "--size", "1280x720")
    export_dirs = _wait_for("cache/export-*", ws, export)
    partials = _wait_for("cache/segments/*/.partial-*", ws, export)
    other = make_mp4(tmp_path, "khác.mp4", seconds=8, size="640x360")
    imp = _start(ws, "media", "add", str(other), "--json")
    incoming = _wait_for("media/.incoming-*", ws, imp)
    # a copy that kept its source's old timestamps still belongs to a live process
    for p in export_dirs + partials + incoming:
        try:
            os.utime(p, (1_000_000, 1_000_000))
        except FileNotFoundError:
            pass
    res = run_cli(ws, "plan", "show")  # opens the workspace, cleaning what is stale
    assert res.returncode == 0, res.stderr
    out, err = export.communicate(timeout=300)
    assert export.returncode == 0, err
    out, err = imp.communicate(timeout=300)
    assert imp.returncode == 0, err
    assert (usb / "manifest.json").is_file()
    res = run_cli(ws, "media", "list", "--json")
    import json

    items = json.loads(res.stdout)
    assert len(items) == 2
    for item in items:
        assert (ws / item["path"]).is_file() if "path" in item else True
    assert len([p for p in (ws / "media").iterdir() if not p.name.startswith(".")]) == 2
