"""Shared fixtures: a fresh workspace per test, real media generated once per
session (ffmpeg lavfi + Pillow) and copied into each test's temp folder."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
# media_factory lives next to this file; tests/qt imports it too.
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from media_factory import MediaCache  # noqa: E402

CLI_PROCESS_ENV = ("LEDCAST_LANG", "LEDCAST_DEBUG", "LEDCAST_DB")
TEST_DB_ENV = "LEDCAST_TEST_DB"  # "postgresql": every workspace the tests make lives on a throwaway server


@pytest.fixture(scope="session", autouse=True)
def _database_server():  # type: ignore[no-untyped-def]
    """LEDCAST_TEST_DB=postgresql: a throwaway PostgreSQL cluster for this test process
    (each xdist worker its own; or the one LEDCAST_TEST_PG_SERVER already names), and
    each new workspace, in this process or a child, gets a fresh database on it
    (ledcast.core.db.location). Without the variable: nothing, every workspace is SQLite."""
    import pg_server

    wanted = os.environ.get(TEST_DB_ENV, "sqlite").strip().lower()
    if wanted in ("", "sqlite"):
        yield None
        return
    if wanted != "postgresql":
        raise pytest.UsageError(f"{TEST_DB_ENV}={wanted}: use sqlite or postgresql")
    if os.environ.get(pg_server.SERVER_ENV):
        yield os.environ[pg_server.SERVER_ENV]
        return
    folder, url = pg_server.start()
    os.environ[pg_server.SERVER_ENV] = url.render_as_string(hide_password=False)
    try:
        yield os.environ[pg_server.SERVER_ENV]
    finally:
        del os.environ[pg_server.SERVER_ENV]
        pg_server.stop(folder)


@pytest.fixture(scope="session")
def server() -> str:
    """A real PostgreSQL server for the tests about servers: the suite's when it runs on
    PostgreSQL, else a cluster of our own (these fail, never skip, without PostgreSQL)."""
    import pg_server

    if os.environ.get(pg_server.SERVER_ENV):
        yield os.environ[pg_server.SERVER_ENV]
        return
    if not pg_server.available():
        pytest.fail("PostgreSQL is not installed (apt-get install postgresql): these tests need a real server")
    folder, url = pg_server.start()
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        pg_server.stop(folder)


@pytest.fixture
def empty_db(server: str) -> str:
    """A new empty database on the server, as an operator's URL (no driver named)."""
    from sqlalchemy import make_url

    from ledcast.core.db import location

    return location._fresh_test_database(make_url(server)).set(drivername="postgresql").render_as_string(False)


@pytest.fixture
def on_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests of the SQLite file itself (its pragmas, WAL, backups, repairs): their
    workspaces use their SQLite file in the PostgreSQL run too, children included."""
    import pg_server

    monkeypatch.delenv(pg_server.SERVER_ENV, raising=False)


@pytest.fixture(autouse=True)
def _isolated_default_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Code that falls back to the default workspace must never touch the
    user's real one: point LEDCAST_WORKSPACE into the test's temp folder. The
    same for the saved language choice and QSettings (XDG_CONFIG_HOME, read on Linux)."""
    monkeypatch.setenv("LEDCAST_WORKSPACE", str(tmp_path / "default-workspace"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _cli_environment_restored():  # type: ignore[no-untyped-def]
    """ledcast.cli.main puts --lang/--debug/--db into os.environ for its child processes; a
    test calling it in-process would leave them to every later test of the worker (one
    `--lang en` turned the next tests' Vietnamese English): put back as they were."""
    before = {name: os.environ.get(name) for name in CLI_PROCESS_ENV}
    yield
    for name, value in before.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def _workspace_log_closed():  # type: ignore[no-untyped-def]
    """A command run in-process sets up its workspace's log: closed after the test, so the
    next test's records never land in this one's workspace."""
    yield
    from ledcast.core import app_log

    app_log.shutdown()


@pytest.fixture
def lang_en(monkeypatch: pytest.MonkeyPatch) -> str:
    """Deterministic English messages (LEDCAST_LANG=en)."""
    monkeypatch.setenv("LEDCAST_LANG", "en")
    return "en"


@pytest.fixture
def workspace(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A new workspace (schema at head, default plan loaded) in tmp_path/ws."""
    from ledcast.core.startup import open_for_use

    ws = open_for_use(tmp_path / "ws")
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture(scope="session")
def media_cache(tmp_path_factory: pytest.TempPathFactory) -> MediaCache:
    """Samples generated once per session; use `media_files` to get copies."""
    return MediaCache(tmp_path_factory.mktemp("media-samples"))


@dataclass
class MediaFiles:
    folder: Path
    wav: Path  # 2 s 440 Hz sine, 44.1 kHz mono pcm_s16le
    mp4: Path  # 3 s 320x240 25 fps H.264 yuv420p + AAC stereo 44.1 kHz
    png: Path  # 640x360 RGB
    empty_mp3: Path  # 0 bytes
    truncated_mp4: Path  # first 20000 bytes of the MP4
    text_file: Path  # a .txt (unsupported type)

    @property
    def good(self) -> list[Path]:
        return [self.wav, self.png, self.mp4]

    @property
    def bad(self) -> list[Path]:
        return [self.empty_mp3, self.truncated_mp4, self.text_file]


@pytest.fixture
def media_files(media_cache: MediaCache, tmp_path: Path) -> MediaFiles:
    """Fresh copies of every sample in tmp_path/src (safe to rename or damage)."""
    src = tmp_path / "src"
    return MediaFiles(
        folder=src,
        wav=media_cache.copy("wav", src),
        mp4=media_cache.copy("mp4", src),
        png=media_cache.copy("png", src),
        empty_mp3=media_cache.copy("empty_mp3", src),
        truncated_mp4=media_cache.copy("truncated_mp4", src),
        text_file=media_cache.copy("text_file", src),
    )


APPROVER = "Chủ tịch UBND xã (test)"


@pytest.fixture
def approved_playlists(monkeypatch: pytest.MonkeyPatch) -> str:
    """Media put in a playlist through playlist.add_items are approved there, as the
    commune leader signs a programme off: for tests about something else than
    approval (exports refuse items not approved). Returns the approver's name."""
    from ledcast.core import library
    from ledcast.core import playlist as pl

    original = pl.add_items

    def add_items(ws, ref, media_ids, *args, **kwargs):  # type: ignore[no-untyped-def]
        done = original(ws, ref, media_ids, *args, **kwargs)
        library.set_approval(ws, list(media_ids), "approved", by=APPROVER)
        return done

    monkeypatch.setattr(pl, "add_items", add_items)
    return APPROVER


@pytest.fixture
def tones_workspace(workspace, tmp_path: Path):  # type: ignore[no-untyped-def]
    """`workspace` with a unit and the loudspeaker playlist "Phát thanh thử" of three
    0.6 s tones ("Bản tin 1".., task NV3, approved) on "Loa trung tâm" (play-out tests)."""
    from media_factory import tone_playlist

    from ledcast.core.units import set_self_unit

    set_self_unit(workspace, "XA-TC", "Xã Tân Cương")
    src = tmp_path / "tones"
    src.mkdir()
    tone_playlist(workspace, src, 3, 0.6)
    return workspace
