"""A workspace on a real PostgreSQL server (issue 16, point 1): `ledcast db init` on an
empty database, `db copy --to` moving a SQLite workspace's data there (counts and the
airing log's SHA-256 checked, ids continuing past the copied ones), refusals of a
non-empty or foreign database and of a password to be saved.

The server is the throwaway cluster of tests/pg_server.py: PostgreSQL must be
installed (.ci/run installs it); these tests fail, never skip, without it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pg_server
import pytest
from sqlalchemy import create_engine, exc, make_url, select, text

import ledcast
from ledcast.core import airing, outlets
from ledcast.core.airing import AiringEntry
from ledcast.core.db import location
from ledcast.core.db.head import HEAD_REVISION
from ledcast.core.db.models import Airing, Outlet
from ledcast.core.db.transfer import airing_checksum, copy_to_server
from ledcast.core.errors import LedcastError
from ledcast.core.startup import open_for_use
from ledcast.core.units import set_self_unit

REPO_ROOT = Path(ledcast.__file__).resolve().parent.parent
T0 = dt.datetime(2026, 11, 2, 23, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def sqlite_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A workspace on its SQLite file (also when the suite runs on PostgreSQL), with an
    outlet and a log of 30 airings, one of them voided."""
    with monkeypatch.context() as m:
        m.delenv(pg_server.SERVER_ENV, raising=False)
        ws = open_for_use(tmp_path / "ws")
    assert ws.engine.dialect.name == "sqlite"
    set_self_unit(ws, "XA-TC", "Xã Tân Cương")
    outlets.add_outlet(ws, "Loa trung tâm xã", "speaker")
    made = airing.record_many(
        ws,
        [
            AiringEntry(
                start=T0 + dt.timedelta(hours=i),
                end=T0 + dt.timedelta(hours=i, minutes=5, microseconds=123),
                outlet_name="Loa trung tâm xã",
                recorded_how="manual",
                title=f"Bản tin số {i} – “phòng chống lũ”",
                utc_offset_min=420,
                task_codes=("NV3",),
            )
            for i in range(30)
        ],
    )
    airing.void(ws, made[0].uuid, "ghi nhầm")
    try:
        yield ws
    finally:
        ws.close()


def _cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, LEDCAST_LANG="en", **env)
    full["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), full.get("PYTHONPATH")]))
    full.pop(pg_server.SERVER_ENV, None)  # the workspaces here choose their database themselves
    full.pop(location.DB_ENV, None) if "LEDCAST_DB" not in env else None
    cmd = [sys.executable, "-m", "ledcast", "--workspace", str(tmp_path / "ws"), *args]
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=full, timeout=120)


def test_db_init_creates_the_schema_on_an_empty_server_database(tmp_path: Path, empty_db: str) -> None:
    res = _cli(tmp_path, "--db", empty_db, "db", "init")
    assert res.returncode == 0, res.stderr
    assert f"revision {HEAD_REVISION}" in res.stdout
    status = json.loads(_cli(tmp_path, "db", "status", "--json", LEDCAST_DB=empty_db).stdout)
    assert status["server"] is True and status["revision"] == status["head"] == HEAD_REVISION
    engine = create_engine(location.server_url(empty_db))
    try:
        with engine.connect() as conn:  # the default plan seeded, the log protected by the server itself
            assert conn.scalar(text("SELECT count(*) FROM plan")) == 1
            with pytest.raises(exc.DBAPIError, match="append-only"):
                conn.execute(text("TRUNCATE airing"))
    finally:
        engine.dispose()
    assert not (tmp_path / "ws" / "ledcast.db").exists()  # --db was for that command: nothing saved, no file made
    assert not (tmp_path / "ws" / "database.url").exists()


def test_db_init_refuses_a_database_holding_other_tables(tmp_path: Path, empty_db: str) -> None:
    engine = create_engine(location.server_url(empty_db))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE accounts (id int)"))
    engine.dispose()
    res = _cli(tmp_path, "--db", empty_db, "db", "init")
    assert res.returncode == 1 and "already holds tables but no ledcast schema version" in res.stderr


def test_db_use_saves_the_address_never_a_password(tmp_path: Path, empty_db: str) -> None:
    with_password = make_url(empty_db).set(password="bi-mat").render_as_string(False)
    res = _cli(tmp_path, "db", "use", with_password)
    assert res.returncode == 1 and "PGPASSWORD" in res.stderr
    assert not (tmp_path / "ws" / "database.url").exists()
    res = _cli(tmp_path, "db", "use", empty_db)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "ws" / "database.url").exists()
    status = json.loads(_cli(tmp_path, "db", "status", "--json").stdout)
    assert status["server"] and status["revision"] == HEAD_REVISION
    assert _cli(tmp_path, "db", "use", "--sqlite").returncode == 0
    assert json.loads(_cli(tmp_path, "db", "status", "--json").stdout)["server"] is False


def test_db_copy_moves_every_row_and_the_log_checksum_matches(sqlite_workspace, empty_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = sqlite_workspace
    with ws.engine.connect() as conn:
        before = airing_checksum(conn)
    ws.close()
    res = _cli(tmp_path, "db", "copy", "--to", empty_db, "--json")
    assert res.returncode == 0, res.stderr
    done = json.loads(res.stdout)
    assert done["airing_sha256"] == before and done["rows"]["airing"] == 31 and done["rows"]["outlet"] == 1
    assert done["rows"]["plan"] == 1 and done["rows"]["task"] > 0
    assert "database.url" in os.listdir(tmp_path / "ws")

    moved = open_for_use(tmp_path / "ws")  # the workspace now uses the server
    try:
        assert moved.engine.dialect.name == "postgresql"
        with moved.engine.connect() as conn:
            assert airing_checksum(conn) == before
        new = airing.record(
            moved,
            AiringEntry(
                start=T0,
                end=T0 + dt.timedelta(minutes=1),
                outlet_name="Loa trung tâm xã",
                recorded_how="manual",
                title="Thông báo",
            ),
        )
        outlets.add_outlet(moved, "Loa thôn 2", "speaker")
        with moved.session() as s:  # ids go on after the copied ones (sequences moved)
            assert new.id == 32
            assert sorted(s.scalars(select(Outlet.id))) == [1, 2]
            assert s.scalar(select(Airing.media_title).where(Airing.id == 2)) == "Bản tin số 1 – “phòng chống lũ”"
    finally:
        moved.close()
    again = _cli(tmp_path, "db", "use", "--sqlite")
    assert again.returncode == 0
    res = _cli(tmp_path, "db", "copy", "--to", empty_db)
    assert res.returncode == 1 and "already holds ledcast data" in res.stderr


def test_db_copy_refuses_a_password_and_switches_nothing(sqlite_workspace, empty_db: str) -> None:  # type: ignore[no-untyped-def]
    ws = sqlite_workspace
    with pytest.raises(LedcastError, match="PGPASSWORD"):
        copy_to_server(ws, make_url(empty_db).set(password="x").render_as_string(False))
    assert location.saved_url(ws.root) is None


def test_two_operators_importing_overlapping_logs_at_once_add_each_airing_once(
    tmp_path: Path, empty_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two PCs of a centre import overlapping sets of files into one server database at
    the same moment: each airing is stored once, each file recorded once, both succeed."""
    from exchange_factory import unit_with_key

    from ledcast.core import keys
    from ledcast.core.db.models import ImportedLog
    from ledcast.core.exchange import export_log

    day = dt.date(2026, 11, 29)
    monkeypatch.delenv(pg_server.SERVER_ENV, raising=False)  # the communes: SQLite workspaces of their own
    (tmp_path / "ws").mkdir()
    location.save_url(tmp_path / "ws", location.server_url(empty_db))
    centre = open_for_use(tmp_path / "ws")
    set_self_unit(centre, "HUYEN", "Huyện")
    files = []
    for n in range(8):
        unit = unit_with_key(tmp_path / f"c{n}", f"XA-{n}", f"Xã {n}", day, [f"Tin {n}-{h}" for h in range(12)])
        keys.trust(centre, keys.public_key_file(unit))
        files.append(str(export_log(unit, tmp_path / f"c{n}.json").path))
        unit.close()
    centre.close()
    env = dict(os.environ, LEDCAST_LANG="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "ledcast", "--workspace", str(tmp_path / "ws"), "airing", "import", "--json"]
    procs = [
        subprocess.Popen([*cmd, *part], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for part in (files[:6], files[2:])
    ]
    outs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _out, err in outs]
    results = [r for out, _err in outs for r in json.loads(out)]
    assert sum(r["new"] for r in results) == 8 * 12  # an overlapping file's rows went in once, in either process
    centre = open_for_use(tmp_path / "ws")
    try:
        with centre.session() as s:
            uuids = list(s.scalars(select(Airing.uuid)))
            assert len(uuids) == len(set(uuids)) == 8 * 12
            assert len(list(s.scalars(select(ImportedLog.sha256)))) == 8
    finally:
        centre.close()


def test_media_imported_on_one_pc_export_on_another(tmp_path: Path, empty_db: str) -> None:
    """Two PCs, one server database, one shared media store: what PC A imports, PC B
    exports (fetching the files by SHA-256); a tampered shared copy is refused."""
    from media_factory import tone_playlist

    from ledcast.core import export, library, shared_store

    share = tmp_path / "ledcast-media"
    share.mkdir()
    pcs = []
    for name in ("pc-a", "pc-b"):
        root = tmp_path / name
        root.mkdir()
        location.save_url(root, location.server_url(empty_db))
        shared_store.save_shared_store(root, share)
        pcs.append(open_for_use(root))
    a, b = pcs
    try:
        assert a.engine.dialect.name == b.engine.dialect.name == "postgresql"
        tone_playlist(a, tmp_path, 2)
        rows = library.list_media(b)
        assert len(rows) == 2 and not list((b.root / "media").rglob("*.wav"))  # B has none of A's files
        res = export.export_speaker(b, "Phát thanh thử", tmp_path / "usb")
        assert (res.folder / "manifest.json").is_file()
        for m in rows:
            assert hashlib.sha256(b.path(m.store_path).read_bytes()).hexdigest() == m.sha256
        # a shared copy changed behind ledcast's back is never used
        m = rows[0]
        b.path(m.store_path).unlink()
        copy = shared_store.shared_path(share, m.store_path)
        copy.write_bytes(b"x" * copy.stat().st_size)
        with pytest.raises(LedcastError, match="SHA-256"):
            export.export_speaker(b, "Phát thanh thử", tmp_path / "usb2")
        assert not b.path(m.store_path).exists()
    finally:
        for ws in pcs:
            ws.close()
