"""The interface language comes from one place for the GUI and the CLI: config.ui_language()."""

from __future__ import annotations

import pytest

from ledcast import config
from ledcast.core.i18n import translate


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.LANG_ENV, raising=False)


def test_vietnamese_unless_chosen_otherwise(no_env) -> None:  # type: ignore[no-untyped-def]
    assert not config.language_file().exists()  # conftest keeps it in the test's folder
    assert config.saved_language() == "" and config.ui_language() == "vi"


def test_the_settings_page_choice_reaches_the_cli_translations(no_env) -> None:  # type: ignore[no-untyped-def]
    config.save_ui_language("en")
    assert config.saved_language() == "en" and config.ui_language() == "en"
    assert translate("Cli", "Plan") == "Plan"
    config.save_ui_language("vi")
    assert config.ui_language() == "vi" and translate("Cli", "Plan") == "Kế hoạch"


def test_ledcast_lang_beats_the_saved_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    config.save_ui_language("vi")
    monkeypatch.setenv(config.LANG_ENV, "en")
    assert config.ui_language() == "en"
    monkeypatch.setenv(config.LANG_ENV, "vi")
    config.save_ui_language("en")
    assert config.ui_language() == "vi"


def test_an_unreadable_choice_means_the_default(no_env) -> None:  # type: ignore[no-untyped-def]
    path = config.language_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xfe")
    assert config.ui_language() == "vi"
    path.unlink()
    path.mkdir()  # not a file at all
    assert config.ui_language() == "vi"
