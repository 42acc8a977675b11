"""Which database a workspace uses (issue 16, point 1): --db / LEDCAST_DB, else the
workspace's saved choice, else its SQLite file; a password is never saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledcast.core.db import location
from ledcast.core.errors import LedcastError


@pytest.fixture(autouse=True)
def _no_choice_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(location.DB_ENV, raising=False)
    monkeypatch.delenv(location.TEST_SERVER_ENV, raising=False)


def test_an_operators_address_gets_our_driver_and_is_shown_without_password() -> None:
    url = location.server_url(" postgresql://anh:bí-mật@may-chu.local:5433/ledcast ")
    assert (url.drivername, url.username, url.host, url.port, url.database) == (
        "postgresql+psycopg",
        "anh",
        "may-chu.local",
        5433,
        "ledcast",
    )
    assert "bí-mật" not in location.shown(url) and "***" in location.shown(url)
    assert location.server_url("postgres://u@h/db").drivername == "postgresql+psycopg"


@pytest.mark.parametrize("bad", ["mysql://u@h/db", "postgresql://u@h", "not a url", "sqlite:///x.db"])
def test_anything_but_a_postgresql_database_is_refused(bad: str) -> None:
    with pytest.raises(LedcastError, match="not a PostgreSQL address"):
        location.server_url(bad)


def test_the_sqlite_file_by_default_then_the_saved_choice_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert location.database_url(tmp_path) == location.sqlite_url(tmp_path / "ledcast.db")
    assert not location.is_server(location.database_url(tmp_path))
    location.save_url(tmp_path, location.server_url("postgresql://trung-tam@10.0.0.5/ledcast"))
    assert (tmp_path / "database.url").read_text(encoding="utf-8").strip() == (
        "postgresql+psycopg://trung-tam@10.0.0.5/ledcast"
    )
    assert location.database_url(tmp_path).host == "10.0.0.5"
    monkeypatch.setenv(location.DB_ENV, "postgresql://khac@10.0.0.9/thu")
    assert location.database_url(tmp_path).host == "10.0.0.9"  # --db / LEDCAST_DB win for one command
    monkeypatch.delenv(location.DB_ENV)
    location.save_url(tmp_path, None)
    assert not (tmp_path / "database.url").exists()
    assert location.database_url(tmp_path).get_backend_name() == "sqlite"


def test_a_password_is_never_saved_in_the_workspace(tmp_path: Path) -> None:
    with pytest.raises(LedcastError, match="PGPASSWORD"):
        location.save_url(tmp_path, location.server_url("postgresql://u:secret@h/db"))
    assert not (tmp_path / "database.url").exists()


def test_a_saved_choice_that_is_not_postgresql_is_refused_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "database.url").write_text("mysql://u@h/db\n", encoding="utf-8")
    with pytest.raises(LedcastError, match="not a PostgreSQL address"):
        location.database_url(tmp_path)


def test_the_database_is_shown_as_the_operator_knows_it(tmp_path: Path) -> None:
    assert location.shown(location.sqlite_url(tmp_path / "ledcast.db")) == str(tmp_path / "ledcast.db")
    url = location.server_url("postgresql://trung-tam:bi-mat@10.0.0.5/ledcast")
    assert location.shown(url) == "postgresql://trung-tam:***@10.0.0.5/ledcast"


def test_a_server_that_cannot_be_reached_is_named_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang_en
) -> None:  # type: ignore[no-untyped-def]
    from ledcast.core.startup import open_for_use

    monkeypatch.setenv(location.DB_ENV, f"postgresql://ledcast@/ledcast?host={tmp_path / 'no-server'}")
    with pytest.raises(LedcastError) as caught:
        open_for_use(tmp_path / "ws")
    message = caught.value.message()
    assert message.startswith("Cannot reach the database server “postgresql://ledcast@/ledcast?host=%2Ftmp")
    assert "No such file or directory" in message and "\n" not in message
    assert not (tmp_path / "ws" / "ledcast.db").exists()
