"""The database: Alembic migrations run from code, backups before upgrades,
SQLite pragmas, and models that match the migrations exactly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from ledcast.core import plan as plan_mod
from ledcast.core.db import engine as engine_mod
from ledcast.core.db.models import Base
from ledcast.core.startup import open_for_use

DEFAULT_CODE = "TN-CDS-2024-2025"


def _sqlite_rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_new_workspace_is_at_head(workspace) -> None:
    head = engine_mod.head_revision(workspace.engine)
    assert head is not None
    assert engine_mod.current_revision(workspace.engine) == head
    assert workspace.last_backup is None  # nothing existed: nothing to back up
    assert list(workspace.root.glob("*.bak")) == []


def test_every_model_table_exists(workspace) -> None:
    tables = set(inspect(workspace.engine).get_table_names())
    expected = set(Base.metadata.tables)
    assert expected <= tables
    assert tables - expected == {"alembic_version"}
    for name in (
        "plan",
        "task",
        "target",
        "key_date",
        "media",
        "media_task",
        "outlet",
        "unit",
        "playlist",
        "playlist_item",
        "schedule",
        "export",
        "airing",
    ):
        assert name in tables


@pytest.mark.usefixtures("on_sqlite")
def test_sqlite_pragmas(workspace) -> None:
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar().lower() == "wal"
    # WAL is a property of the file: a plain sqlite3 connection sees it too.
    assert _sqlite_rows(workspace.db_file, "PRAGMA journal_mode")[0][0].lower() == "wal"


def test_foreign_keys_are_enforced(workspace) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with workspace.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO task (plan_id, code, title, short_title, position) VALUES (987654, 'X', 'x', '', 0)"
            )


def test_models_match_migrations(workspace) -> None:
    with workspace.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_reopen_at_head_makes_no_backup(tmp_path: Path) -> None:
    ws = open_for_use(tmp_path / "ws")
    ws.close()
    ws = open_for_use(tmp_path / "ws")
    try:
        assert ws.last_backup is None
        assert list((tmp_path / "ws").glob("*.bak")) == []
    finally:
        ws.close()


def test_upgrade_backs_up_db_without_alembic_version(tmp_path: Path) -> None:
    """A database file with data but no alembic_version is copied aside, then
    brought to head; the copy holds the old content."""
    db = tmp_path / "legacy.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, text TEXT)")
    con.execute("INSERT INTO legacy_notes (text) VALUES ('ghi chú cũ')")
    con.commit()
    con.close()

    engine = engine_mod.make_engine(f"sqlite:///{db}")
    try:
        assert engine_mod.current_revision(engine) is None
        backup = engine_mod.upgrade(engine, db)
        assert backup is not None and backup.is_file()
        assert backup.parent == db.parent
        assert backup.name.startswith("legacy.db.") and backup.name.endswith(".bak")
        assert list(tmp_path.glob("*.bak")) == [backup]
        # The backup is the old database, untouched.
        assert _sqlite_rows(backup, "SELECT text FROM legacy_notes") == [("ghi chú cũ",)]
        assert _sqlite_rows(backup, "SELECT name FROM sqlite_master WHERE name='alembic_version'") == []

        head = engine_mod.head_revision(engine)
        assert engine_mod.current_revision(engine) == head
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "legacy_notes" in tables  # upgrades never drop what they do not know

        # Now at head: a second upgrade has nothing to do and makes no backup.
        assert engine_mod.upgrade(engine, db) is None
        assert list(tmp_path.glob("*.bak")) == [backup]
    finally:
        engine.dispose()


def test_upgrade_without_file_makes_no_backup(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    engine = engine_mod.make_engine(f"sqlite:///{db}")
    try:
        assert engine_mod.upgrade(engine, None) is None
        assert engine_mod.current_revision(engine) == engine_mod.head_revision(engine)
        assert list(tmp_path.glob("*.bak")) == []
    finally:
        engine.dispose()


_REVISION_0002 = '''"""test-only: a later revision

Revision ID: 9999test
Revises: {down}
"""
from alembic import op
import sqlalchemy as sa

revision = "9999test"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("zz_test_extra", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("zz_test_extra")
'''


@pytest.mark.usefixtures("on_sqlite")
def test_workspace_behind_head_is_backed_up_then_upgraded(tmp_path: Path, monkeypatch) -> None:
    """A workspace made by an older release (one revision behind) is copied aside
    with its data before the new migration runs; the data survives the upgrade."""
    ws = open_for_use(tmp_path / "ws")
    old_rev = engine_mod.current_revision(ws.engine)
    plan_mod.copy_plan(ws, DEFAULT_CODE, "KEEP-ME", "Dữ liệu phải còn")
    ws.close()

    # The next release: the shipped migrations plus one more revision.
    migrations = tmp_path / "migrations"
    shutil.copytree(engine_mod.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_test_extra.py").write_text(_REVISION_0002.format(down=old_rev), encoding="utf-8")
    monkeypatch.setattr(engine_mod, "MIGRATIONS", migrations)

    ws = open_for_use(tmp_path / "ws")
    try:
        assert engine_mod.head_revision(ws.engine) == "9999test"
        assert engine_mod.current_revision(ws.engine) == "9999test"
        assert "zz_test_extra" in inspect(ws.engine).get_table_names()
        backup = ws.last_backup
        assert backup is not None and backup.is_file()
        assert old_rev in backup.name
        # The backup is a consistent copy at the old revision, WAL content included.
        assert _sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [(old_rev,)]
        assert sorted(r[0] for r in _sqlite_rows(backup, "SELECT code FROM plan")) == sorted([DEFAULT_CODE, "KEEP-ME"])
        assert _sqlite_rows(backup, "SELECT name FROM sqlite_master WHERE name='zz_test_extra'") == []
        # The data is still there after the upgrade.
        assert plan_mod.get_plan(ws, "KEEP-ME").name == "Dữ liệu phải còn"
        assert len(plan_mod.get_plan(ws, "KEEP-ME").tasks) == 8
    finally:
        ws.close()


def test_upgrade_from_the_first_schema_keeps_data_and_backs_up(tmp_path) -> None:
    """A workspace made by the first release (revision 0001) opens in this one."""
    from db_revisions import database_at

    from ledcast.core.db.engine import current_revision, head_revision
    from ledcast.core.settings import save_speaker_settings, speaker_settings
    from ledcast.core.startup import open_for_use
    from ledcast.core.units import self_unit

    ws_dir = tmp_path / "old"
    database_at(
        ws_dir, "0001", "INSERT INTO unit (code, name, is_self, trusted) VALUES ('XA-TC', 'Xã Tân Cương', 1, 0)"
    )

    ws = open_for_use(ws_dir)
    try:
        assert ws.last_backup is not None and ws.last_backup.exists()
        assert ".0001-" in ws.last_backup.name
        assert current_revision(ws.engine) == head_revision(ws.engine)
        assert self_unit(ws).name == "Xã Tân Cương"
        assert speaker_settings(ws).target_lufs == -16
        save_speaker_settings(ws, target_lufs=-18)
        assert speaker_settings(ws).target_lufs == -18
    finally:
        ws.close()


# --- atomic creation and upgrade, half-made workspaces, any path ----------------------------------

_FAILING_REVISION = '''"""test-only: a revision that fails half-way

Revision ID: 9999fail
Revises: {down}
"""
from alembic import op
import sqlalchemy as sa

revision = "9999fail"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("zz_half", sa.Column("id", sa.Integer(), primary_key=True))
    raise RuntimeError("power cut")


def downgrade() -> None:
    pass
'''


def _shipped_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(engine_mod.MIGRATIONS)).get_current_head()


def _with_failing_revision(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    migrations = tmp_path / "migrations"
    shutil.copytree(engine_mod.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_fail.py").write_text(
        _FAILING_REVISION.format(down=_shipped_head()), encoding="utf-8"
    )
    monkeypatch.setattr(engine_mod, "MIGRATIONS", migrations)


def _tables(db: Path) -> set[str]:
    return {r[0] for r in _sqlite_rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_failed_migration_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    """All revisions run in one transaction: pysqlite used to commit each CREATE TABLE
    on its own, which left half a schema behind ("table airing already exists")."""
    _with_failing_revision(tmp_path, monkeypatch)
    db = tmp_path / "new.db"
    engine = engine_mod.make_engine(f"sqlite:///{db}")
    try:
        with pytest.raises(RuntimeError, match="power cut"):
            engine_mod.upgrade(engine, None)
        assert _tables(db) == set()
    finally:
        engine.dispose()


@pytest.mark.usefixtures("on_sqlite")
def test_a_failed_first_start_leaves_no_database(tmp_path: Path, monkeypatch, lang_en) -> None:
    from ledcast.core.errors import LedcastError

    _with_failing_revision(tmp_path, monkeypatch)
    ws_dir = tmp_path / "ws"
    for _ in range(2):
        with pytest.raises((LedcastError, RuntimeError)):
            open_for_use(ws_dir)
        assert not (ws_dir / "ledcast.db").exists()
        assert [p.name for p in ws_dir.iterdir() if p.is_file()] == []  # no half-made file, no .bak
    monkeypatch.setattr(engine_mod, "MIGRATIONS", engine_mod.Path(engine_mod.__file__).parent / "migrations")
    ws = open_for_use(ws_dir)
    try:
        assert [p.code for p in plan_mod.list_plans(ws)] == [DEFAULT_CODE]
    finally:
        ws.close()


@pytest.mark.usefixtures("on_sqlite")
def test_a_failed_upgrade_keeps_the_data_and_no_extra_backup(tmp_path: Path, monkeypatch, lang_en) -> None:
    from ledcast.core.errors import LedcastError

    ws = open_for_use(tmp_path / "ws")
    plan_mod.copy_plan(ws, DEFAULT_CODE, "KEEP-ME", "Dữ liệu phải còn")
    head = engine_mod.current_revision(ws.engine)
    ws.close()
    _with_failing_revision(tmp_path, monkeypatch)
    for _ in range(3):
        with pytest.raises(LedcastError, match="power cut"):
            open_for_use(tmp_path / "ws")
        db = tmp_path / "ws" / "ledcast.db"
        assert _sqlite_rows(db, "SELECT version_num FROM alembic_version") == [(head,)]
        assert "zz_half" not in _tables(db)
        assert list((tmp_path / "ws").glob("*.bak")) == []  # rolled back: the copy was not needed
    assert ("KEEP-ME",) in _sqlite_rows(db, "SELECT code FROM plan")


def _half_made_by_old_code(ws_dir: Path) -> Path:
    """What a kill during the first start left with earlier versions: the tables of
    revision 0001 (each committed on its own), alembic_version empty, no plan."""
    from alembic import command

    ws_dir.mkdir(parents=True)
    db = ws_dir / "ledcast.db"
    engine = engine_mod.make_engine(f"sqlite:///{db}")
    cfg = engine_mod.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM alembic_version")
    engine.dispose()
    return db


def test_a_half_made_workspace_is_rebuilt(tmp_path: Path) -> None:
    _half_made_by_old_code(tmp_path / "ws")
    for _ in range(2):
        ws = open_for_use(tmp_path / "ws")
        try:
            assert engine_mod.current_revision(ws.engine) == _shipped_head()
            assert [p.code for p in plan_mod.list_plans(ws)] == [DEFAULT_CODE]
            assert ws.last_backup is None
        finally:
            ws.close()
    assert list((tmp_path / "ws").glob("*.bak")) == []


@pytest.mark.usefixtures("on_sqlite")
def test_a_half_made_workspace_with_data_is_kept(tmp_path: Path, lang_en) -> None:
    from ledcast.core.errors import M_WORKSPACE_HALF_MADE, LedcastError

    # with the whole schema: stamped, the data stays
    ws = open_for_use(tmp_path / "full")
    plan_mod.copy_plan(ws, DEFAULT_CODE, "KEEP-ME", "Dữ liệu phải còn")
    ws.close()
    con = sqlite3.connect(tmp_path / "full" / "ledcast.db")
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    ws = open_for_use(tmp_path / "full")
    try:
        assert engine_mod.current_revision(ws.engine) == _shipped_head()
        assert plan_mod.get_plan(ws, "KEEP-ME").name == "Dữ liệu phải còn"
    finally:
        ws.close()
    # half a schema and data: refused with a clear message, file untouched
    db = _half_made_by_old_code(tmp_path / "half")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO unit (code, name, is_self, trusted) VALUES ('XA-TC', 'Xã Tân Cương', 1, 0)")
    con.commit()
    con.close()
    with pytest.raises(LedcastError) as ei:
        open_for_use(tmp_path / "half")
    assert ei.value.template == M_WORKSPACE_HALF_MADE
    assert _sqlite_rows(db, "SELECT name FROM unit") == [("Xã Tân Cương",)]


@pytest.mark.usefixtures("on_sqlite")  # the SQLite file's URL from the path; a server's ignores it
@pytest.mark.parametrize("name", ["Nguyễn Văn Ánh", "100% xong", "a%(x)s b", "số #1 & ~ (bản sao)"])
def test_workspace_paths_with_any_letters(tmp_path: Path, name: str, media_files) -> None:
    from ledcast.core import library

    root = tmp_path / name / "Thư mục làm việc"
    for _ in range(2):  # created, then opened again
        ws = open_for_use(root)
        try:
            assert ws.db_file.is_file() and ws.root == root.resolve()
            assert [p.code for p in plan_mod.list_plans(ws)] == [DEFAULT_CODE]
            if not library.list_media(ws):
                library.import_files(ws, [media_files.wav])
            assert len(library.list_media(ws)) == 1
        finally:
            ws.close()


# --- leftovers -----------------------------------------------------------------------------------


def _leftovers(root: Path) -> list[Path]:
    (root / "cache" / "segments" / "ab").mkdir(parents=True, exist_ok=True)
    export_dir = root / "cache" / "export-k1ll3d"
    export_dir.mkdir(parents=True, exist_ok=True)
    (export_dir / "chunk.mp4").write_bytes(b"x" * 10)
    paths = [
        root / "media" / ".incoming-1234.mp4",
        root / "thumbs" / ".incoming-abcd.png",
        root / "cache" / "segments" / "ab" / ".partial-zz.mp4",
    ]
    for p in paths:
        p.write_bytes(b"x")
    return [*paths, export_dir]


def test_leftovers_older_than_every_live_holder_are_removed(tmp_path: Path) -> None:
    import time

    first = open_for_use(tmp_path / "ws")  # a live process that holds the workspace
    kept = tmp_path / "ws" / "media" / "keep.mp4"
    kept.write_bytes(b"stored")
    time.sleep(0.05)
    temps = _leftovers(first.root)  # e.g. written by `first`, which is alive
    time.sleep(0.05)
    second = open_for_use(tmp_path / "ws")
    assert second.leftovers_removed == [] and all(p.exists() for p in temps)
    first.close()  # now nobody alive began before them
    third = open_for_use(tmp_path / "ws")
    try:
        assert sorted(third.leftovers_removed) == sorted(temps)
        assert not any(p.exists() for p in temps)
        assert kept.read_bytes() == b"stored"  # only temporaries
        assert (third.root / "cache" / "segments" / "ab").is_dir()
    finally:
        second.close()
        third.close()
    assert list((tmp_path / "ws" / "run").glob("*.run")) == []


# --- Alembic only when a migration is due ---------------------------------------------------------


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    """A new migration must update ledcast/core/db/head.py, or workspaces would never upgrade to it."""
    from ledcast.core.db.head import HEAD_REVISION

    assert HEAD_REVISION == _shipped_head()
    assert engine_mod.head_revision() == _shipped_head()


def test_opening_a_workspace_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    ws = open_for_use(tmp_path / "ws")
    ws.close()
    code = (
        "import sys; from ledcast.core.startup import open_for_use; open_for_use(sys.argv[1]).close();"
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ws")], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
